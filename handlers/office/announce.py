"""Announcements (/thongbao): the office writes a message, picks who receives it, sees the
number of recipients, confirms; the bot queues it in the outbox for each person once, sends it
within the platforms' limits (never in the quiet hours 21:00–07:00: it then waits for the
morning) and tells the author the result (delivered, blocked, failed).

Audiences: everyone who has written to the bot, one unit, the unit heads, or those not yet
registered for a campaign. /thongbao first shows the results of the latest announcements.
"""

from typing import Any

from bot.campaigns import by_state
from bot.context import AppContext
from bot.dialogs import Dialog, Invalid, Step, Turn
from bot.messages import Choice, Incoming, Reply, short_label
from bot.notices import announce, outcome, report_text
from bot.reminders import REMOTE_CHANNELS, is_quiet
from bot.roles import Role
from handlers.fields import one_of, option, text
from handlers.office.access import actor, refused
from handlers.registrations import campaign_name

AUDIENCES = {
    "everyone": "Mọi người đã nhắn với bot",
    "unit": "Một phòng/đơn vị",
    "unit_heads": "Thủ trưởng các đơn vị",
    "unregistered": "Người chưa đăng ký thi đua của một phong trào",
}


async def start(msg: Incoming, ctx: AppContext) -> list[Reply]:
    if stop := await refused(msg, ctx, Role.OFFICE):
        return stop
    recent = await ctx.storage.office.announcements()
    if not recent:
        return await ctx.dialogs.start("announcement", msg, ctx)
    lines = ["Các thông báo gần đây:"]
    for number, body, audience, at in recent:
        counts = await outcome(ctx, number)
        waiting = counts["pending"]
        state = f"đang gửi, còn {waiting} người" if waiting else report_text(number, counts)
        lines.append(f"• Số {number} ({at:%d/%m/%Y %H:%M}, {_audience_label(ctx, audience)}): "
                     f"“{short_label(body)}” – {state}")  # fmt: skip
    return [Reply("\n".join(lines), (Choice("Soạn thông báo mới", "ann:new"),))]


async def act(msg: Incoming, ctx: AppContext) -> list[Reply]:
    """ann:new"""
    if stop := await refused(msg, ctx, Role.OFFICE):
        return stop
    return await ctx.dialogs.start("announcement", msg, ctx)


def channels(ctx: AppContext) -> list[str]:
    """Where announcements can go: the messengers, and the console only when it is attached."""
    attached = ctx.sending.channels
    return [c for c in (*REMOTE_CHANNELS, "console") if c in REMOTE_CHANNELS or c in attached]


async def _prefill(turn: Turn) -> dict[str, Any]:
    # Step options are computed without waiting: units, campaigns and counts read up front.
    ctx, office = turn.ctx, turn.ctx.storage.office
    units = [u.name for u in await office.units()]
    units += sorted({p.unit for p in await office.people()} - set(units))
    campaigns = [d.id for d, state in await by_state(ctx) if state.is_open]
    wanted = ["everyone", "unit_heads", *(f"unit:{u}" for u in units)]
    wanted += [f"unregistered:{c}" for c in campaigns]
    me = (turn.msg.channel, turn.msg.user_id)
    counts = {
        key: sum((ch, uid) != me for ch, uid, _ in await office.audience(key, channels(ctx)))
        for key in wanted
    }
    return {"_units": units, "_campaigns": campaigns, "_counts": counts}


def _audience_options(turn: Turn) -> list[Choice]:
    return [option(label, key) for key, label in AUDIENCES.items()]


def _unit_options(turn: Turn) -> list[Choice]:
    return [option(short_label(u), f"u{i}") for i, u in enumerate(turn.answers.get("_units", []))]


def _campaign_options(turn: Turn) -> list[Choice]:
    return [
        option(short_label(campaign_name(turn.ctx, c)), f"c{i}")
        for i, c in enumerate(turn.answers.get("_campaigns", []))
    ]


def _pick(prefix: str, names: str) -> Any:
    def parse(answer: str, turn: Turn) -> str:
        items: list[str] = turn.answers.get(names, [])
        if answer.startswith(prefix) and answer[1:].isdigit() and int(answer[1:]) < len(items):
            return items[int(answer[1:])]
        raise Invalid("Anh/chị hãy chọn trong danh sách bên dưới (gõ số thứ tự).")

    return parse


def audience_key(answers: dict[str, Any] | Any) -> str:
    kind = str(answers["audience"])
    if kind == "unit":
        return f"unit:{answers['unit']}"
    if kind == "unregistered":
        return f"unregistered:{answers['campaign']}"
    return kind


def _audience_label(ctx: AppContext, key: str) -> str:
    kind, _, arg = key.partition(":")
    if kind == "unit":
        return arg
    if kind == "unregistered":
        return f"người chưa đăng ký {campaign_name(ctx, arg)}"
    return AUDIENCES.get(kind, key).lower() if kind != "everyone" else "mọi người"


def _show_audience(value: Any, turn: Turn) -> str:
    if str(value) in ("unit", "unregistered") and (
        "unit" not in turn.answers and "campaign" not in turn.answers
    ):
        return AUDIENCES[str(value)]
    key = audience_key(turn.answers)
    count = turn.answers.get("_counts", {}).get(key, 0)
    return f"{_audience_label(turn.ctx, key)} – {count} người nhận"


async def _finish(turn: Turn) -> list[Reply]:
    ctx, msg = turn.ctx, turn.msg
    key = audience_key(turn.answers)
    everyone = await ctx.storage.office.audience(key, channels(ctx))
    recipients = [r for r in everyone if (r[0], r[1]) != (msg.channel, msg.user_id)]
    await ctx.storage.drop_dialog(msg.channel, msg.user_id)
    if not recipients:
        return [
            Reply(
                "Không có ai trong nhóm này nhận được tin (chưa ai nhắn với bot). Thông báo chưa được gửi."
            )
        ]
    number = await announce(ctx, str(turn.answers["text"]), key, recipients, actor(msg))
    local = ctx.clock.now().astimezone(ctx.settings.tz).replace(tzinfo=None)
    start = "Đã bắt đầu gửi"
    if is_quiet(local) and any(r[0] in REMOTE_CHANNELS for r in recipients):
        # The messengers hold announcements till morning; a console prints them at once.
        start = "Bây giờ là giờ nghỉ (21:00–07:00): 7 giờ sáng bot sẽ bắt đầu gửi"
    return [
        Reply(
            f"{start} thông báo số {number} tới {len(recipients)} người. Khi gửi xong, "
            "bot báo lại số người đã nhận, đã chặn bot và không gửi được; gõ /thongbao để xem."
        )
    ]


DIALOG = Dialog(
    name="announcement",
    title="soạn thông báo",
    steps=(
        Step(
            "text",
            "Nội dung",
            "Anh/chị gõ nội dung thông báo (người nhận sẽ đọc đúng như vậy):",
            text(10, 3000, "Nội dung thông báo"),
            max_chars=3000,
        ),
        Step(
            "audience",
            "Gửi tới",
            "Gửi tới ai?",
            one_of(_audience_options),
            options=_audience_options,
            show=_show_audience,
        ),
        Step(
            "unit",
            "Phòng/đơn vị",
            "Gửi tới phòng/đơn vị nào?",
            _pick("u", "_units"),
            options=_unit_options,
            when=lambda turn: turn.answers.get("audience") == "unit",
        ),
        Step(
            "campaign",
            "Phong trào",
            "Những người chưa đăng ký thi đua của phong trào nào?",
            _pick("c", "_campaigns"),
            options=_campaign_options,
            when=lambda turn: turn.answers.get("audience") == "unregistered",
            show=lambda value, turn: campaign_name(turn.ctx, str(value)),
        ),
    ),
    finish=_finish,
    prefill=_prefill,
    role=Role.OFFICE,
)
