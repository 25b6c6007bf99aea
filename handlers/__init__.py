"""Every feature's entry points, and the one place that says where each message goes."""

import logging
import re
from collections.abc import Awaitable, Callable

from bot.context import AppContext
from bot.core import Routes
from bot.dialogs import Dialog
from bot.messages import Incoming, Reply
from handlers import (
    admin,
    application,
    campaigns,
    context,
    declined,
    documents,
    initiative,
    nomination,
    pledge,
    profile,
    questions,
    refusals,
    registrations,
    reminders,
    requests,
    start,
    step_help,
)
from handlers.followups import document_switch
from handlers.office import announce, export, followup, review, stats, units
from handlers.office import roles as office_roles
from knowledge import held
from knowledge.held import asks_awardees
from knowledge.intents import asks_plainly, is_question, load_intents
from knowledge.normalize import fold
from knowledge.person_names import named_person

log = logging.getLogger(__name__)

# Each step with its hint (handlers/step_help.yaml), said when a person asks about the step.
DIALOGS: tuple[Dialog, ...] = step_help.with_help((
    profile.DIALOG, pledge.DIALOG, initiative.DIALOG, nomination.DIALOG, admin.DIALOG,
    *review.DIALOGS, announce.DIALOG, units.DIALOG,
    documents.DIALOG, application.DIALOG,
))  # fmt: skip


def _starts(name: str) -> Callable[[Incoming, AppContext], Awaitable[list[Reply]]]:
    async def handler(msg: Incoming, ctx: AppContext) -> list[Reply]:
        return await ctx.dialogs.start(name, msg, ctx)

    return handler


async def _file_received(msg: Incoming, ctx: AppContext) -> list[Reply]:
    """A file in a private chat: a spreadsheet is a staff list for the office, a DOCX, PDF or
    TXT file the office's new document."""
    assert msg.file is not None
    name = msg.file.name.lower()
    if name.endswith((".xlsx", ".csv")):
        return await units.received_file(msg, ctx, msg.file.name, msg.file.data)
    if name.endswith((".docx", ".doc", ".pdf", ".txt")):
        return await documents.receive_file(msg, ctx)
    return [
        Reply(
            "Tôi chưa xử lý được loại tệp này. Văn phòng có thể gửi danh sách cán bộ dạng "
            "Excel (.xlsx) hoặc CSV, hoặc văn bản phong trào dạng DOCX, PDF, TXT."
        )
    ]


async def _nothing_to_control(msg: Incoming, ctx: AppContext) -> list[Reply]:
    return [Reply("Anh/chị không có việc đăng ký nào đang làm dở. Gõ /help để xem các lệnh.")]


ASIDE_REQUEST_WORDS = 6
NO_WORDS = "Anh/chị cần gì, cứ gõ câu hỏi bằng chữ, hoặc gõ /help để xem hướng dẫn."


# "… đã nộp chưa", "… có đc khen ko": a question closing as yes-or-no questions do
_CLOSES_ASKING = re.compile(r"\b(chua|khong|ko|k|hong|hok|ch)\W*$")


def _asks(text: str) -> bool:
    """Whether the message asks of something (of a person named) rather than asks for it to
    be done ("duyệt đăng ký của Trần Thị Hoa" is the office's request)."""
    return is_question(text) or bool(_CLOSES_ASKING.search(fold(text)))


async def free_text(msg: Incoming, ctx: AppContext) -> list[Reply]:
    """A request in words runs its command; anything else is answered as a question."""
    if not any(c.isalnum() for c in msg.text):
        return [Reply(NO_WORDS)]  # an emoji or punctuation alone is no question to decline
    said = load_intents().readings(msg.text)  # worked out once for the three uses below
    # "còn tập thể lao động tiên tiến" after a title's bonus asks the same of another: a
    # follow-up of the answer just given, not a request to register
    following = context.asks_for_another(msg.text) and await context.recall(msg, ctx) is not None
    # "bao giờ có kết quả xét khen thưởng" reads as a deadline, but asks what the bot lacks
    # ("gia hạn đăng ký thêm 1 tuần" from the office asks for the office's command)
    reads = (
        not questions.asks_for_deadline(msg.text)
        or requests.lacks(said)
        or requests.for_the_office(said)
    )
    # "mẫu đơn yêu cầu công nhận sáng kiến": a form named is asked about, not filled in;
    # "danh sách cán bộ nhận bằng khen": those awarded, not the office's list of staff;
    # "hồ sơ của anh Nguyễn Văn Nam nộp chưa": another's records asked of, not one's own
    asked = (
        questions.names_a_form(msg.text)
        or asks_awardees(msg.text)
        or (_asks(msg.text) and named_person(msg.text, ctx.knowledge.mentions) is not None)
    )
    if reads and not following and not asked:
        understood = await requests.understand(msg, ctx, ROUTES, said)
        if understood is None:
            understood = await requests.not_allowed(msg, ctx, ROUTES, said)
        if understood is None:
            understood = await requests.calls(msg, ctx, said)
        if understood is not None:
            return understood
    return await questions.answer(msg, ctx, requests.weak_readings(msg.text, ROUTES, said))


async def aside(msg: Incoming, ctx: AppContext, failed: bool) -> list[Reply] | None:
    """In a dialog: what was typed may be a request or a question rather than the answer.

    An unmistakable request ("đừng nhắc em nữa", "thôi không khai nữa"), thanks or a greeting,
    or a question that can only be one ("…?", a short "đơn vị là gì vậy") is taken aside even
    when it would pass the step; other question-like text only when it did not pass it. A
    request is named, not run, so the dialog is not left by surprise; a question is answered.
    """
    if not any(c.isalnum() for c in msg.text):
        return None  # emoji or punctuation alone ("???"): the step says what it needs
    book = load_intents()
    # Before the answer is parsed only a reading as sure as STRONG counts (below): most
    # answers can have none, and that is cheaper to tell than to work the readings out.
    sure = failed or book.may_read(msg.text, requests.STRONG)
    said = book.readings(msg.text) if sure else []
    polite = requests.small_talk_aside(said)
    if polite is not None:
        return polite
    readings = requests.weak_readings(msg.text, ROUTES, said, strong_only=not failed)
    # An answer the step takes is a request only when it is as short as one: "Nhắc các đồng
    # chí đăng ký trước ngày 15/01" is an announcement's text, not "nhắc em trước 3 ngày".
    if readings and (failed or len(book.clean(msg.text).split()) <= ASIDE_REQUEST_WORDS):
        return [requests.named_aside(readings)]
    if asks_plainly(msg.text) or (failed and is_question(msg.text)):
        return [refusals.without_options(r) for r in await questions.answer(msg, ctx)]
    return None


# What a worker says to itself once at start-up (bot/app.py), in a transaction it then undoes:
# what each feature keeps per knowledge base (the campaigns open for registration, each
# campaign's passages, the places, bodies and years a question is checked against, the request
# phrases, the documents a follow-up may name) is made then, not while the first person waits
# (tens of milliseconds at 10,000 documents). Nothing of it is kept in the database.
WARM_UP = (
    "/phongtrao",
    "1",
    "tỉnh Bình Dương năm 2031 phát động thi đua những gì",
    "Sở Nội vụ có kế hoạch thi đua năm nay không",
    "danh hiệu lao động tiên tiến cần tiêu chuẩn gì",
    "còn kế hoạch năm 2022 của sở tnmt sóc trăng thì sao",  # the documents a follow-up names
    "/sangkien",
    "Trần Thị Mai",
)


class _WarmedUp(Exception):
    """Undoes the warm-up's transaction."""


async def warm_up(handle: Callable[[Incoming], Awaitable[list[Reply]]], ctx: AppContext) -> None:
    """Send WARM_UP through `handle` (the core's) as a person of no channel, then undo it all.
    A warm-up that fails only leaves the first messages slower: the worker starts anyway."""
    try:
        # whether a warm-up message reaches a follow-up's naming depends on the answers
        # before it (not at 10,000 documents): what it reads is built here, not by chance
        document_switch.prepare(ctx.knowledge)
        held.prepare(ctx.knowledge)
        async with ctx.storage.transaction():
            for text in WARM_UP:
                await handle(Incoming("warm-up", "0", "0", text=text))
            raise _WarmedUp
    except _WarmedUp:
        pass
    except Exception:
        log.exception("warm-up failed")


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
        "phanquyen": office_roles.overview,
        "duyet": review.queue,
        "xuatexcel": export.choose,
        "donvi": units.overview,
        "donvicuatoi": followup.overview,
        "thongke": stats.choose,
        "thongbao": announce.start,
        "cauhoi": declined.list_declined,
        "themvanban": documents.command,
        # Dialog controls reach here only when no dialog is in progress.
        "huy": _nothing_to_control,
        "quaylai": _nothing_to_control,
        "boqua": _nothing_to_control,
        "tieptuc": _nothing_to_control,
    },
    actions={
        "campaign": campaigns.card,
        "campaigns": campaigns.campaign_page,
        "part": campaigns.part,
        "criteria": campaigns.criteria_of,
        "passage": questions.show_passage,
        "more": questions.show_more,
        "cauhoi": declined.mark_handled,
        "profile": profile.edit,
        "reg": registrations.act,
        "remind": reminders.act,
        "role": office_roles.act,
        "rv": review.act,
        "xl": export.act,
        "unit": units.act,
        "fu": followup.act,
        "tk": stats.act,
        "doc": documents.act,
        "ann": announce.act,
    },
    # Last: any text that is not a command or a chosen option is a request in words
    # ("cho em đăng ký thi đua"), small talk, or a question.
    free_text=free_text,
    private_only=frozenset(
        {"hoso", "dangkythidua", "sangkien", "dienhinh", "cuatoi", "huy", "quaylai", "boqua"}
        | {"tieptuc", "profile", "reg", "nhacnho", "remind", "suahan", "themvanban", "doc"}
        | {"phanquyen", "role", "duyet", "rv", "xuatexcel", "xl", "donvi", "unit"}
        | {"donvicuatoi", "fu", "thongke", "tk", "thongbao", "ann"}
    ),
    file_received=_file_received,
)
