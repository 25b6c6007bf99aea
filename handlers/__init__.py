"""Every feature's entry points, and the one place that says where each message goes."""

from collections.abc import Awaitable, Callable

from bot.context import AppContext
from bot.core import Routes
from bot.dialogs import Dialog
from bot.messages import Incoming, Reply
from handlers import (
    admin,
    application,
    campaigns,
    documents,
    initiative,
    nomination,
    pledge,
    profile,
    questions,
    registrations,
    reminders,
    start,
)

DIALOGS: tuple[Dialog, ...] = (
    profile.DIALOG, pledge.DIALOG, initiative.DIALOG, nomination.DIALOG, admin.DIALOG,
    documents.DIALOG, application.DIALOG,
)  # fmt: skip


def _starts(name: str) -> Callable[[Incoming, AppContext], Awaitable[list[Reply]]]:
    async def handler(msg: Incoming, ctx: AppContext) -> list[Reply]:
        return await ctx.dialogs.start(name, msg, ctx)

    return handler


async def _nothing_to_control(msg: Incoming, ctx: AppContext) -> list[Reply]:
    return [Reply("Bạn không có việc đăng ký nào đang làm dở. Gõ /help để xem các lệnh.")]


ROUTES = Routes(
    commands={
        "start": start.start,
        "help": start.help_,
        "trogiup": start.help_,
        "phongtrao": campaigns.list_campaigns,
        "tieuchi": campaigns.criteria,
        "hoso": profile.show,
        "dangkythidua": _starts("pledge"),
        "sangkien": _starts("initiative"),
        "dienhinh": _starts("nomination"),
        "cuatoi": registrations.list_mine,
        "hanchot": reminders.upcoming,
        "nhacnho": reminders.settings,
        "suahan": _starts("deadline"),
        "themvanban": documents.command,
        # Dialog controls reach here only when no dialog is in progress.
        "huy": _nothing_to_control,
        "quaylai": _nothing_to_control,
        "boqua": _nothing_to_control,
        "tieptuc": _nothing_to_control,
    },
    actions={
        "campaign": campaigns.card,
        "part": campaigns.part,
        "criteria": campaigns.criteria_of,
        "passage": questions.show_passage,
        "profile": profile.edit,
        "reg": registrations.act,
        "remind": reminders.act,
        "doc": documents.act,
    },
    # Last: any text that is not a command or a chosen option is a question.
    free_text=questions.answer,
    private_only=frozenset(
        {"hoso", "dangkythidua", "sangkien", "dienhinh", "cuatoi", "huy", "quaylai", "boqua"}
        | {"tieptuc", "profile", "reg", "nhacnho", "remind", "suahan", "themvanban", "doc"}
    ),
    attachment=documents.receive_file,
)
