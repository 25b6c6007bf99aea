"""Review (/duyet): the office receives, approves or returns registrations.

Flow: /duyet shows how many registrations wait and offers filters (kind, status, campaign,
unit); a list opens one registration at a time with every field, the registrant and the state
of its review. Actions: Tiếp nhận, Duyệt, Trả lại (a dialog asks the required reason), Lịch sử
(every change: who, when, what, before → after). The registrant is told at once in their chat;
a returned registration comes with a button to correct it and send it again. `/duyet TD-2022-0001`
opens one registration by its reference.
"""

from typing import Any

from bot.context import AppContext
from bot.dialogs import Dialog, Step, Turn
from bot.messages import Choice, Incoming, Reply, short_label
from bot.notices import queue_to
from bot.roles import Role
from bot.storage.office import OfficeError, OfficeRecord
from handlers.fields import text
from handlers.office.access import actor, refused
from handlers.registrations import KIND_NAMES, REVIEW, campaign_name, details, headline

WAITING = ("submitted", "resubmitted", "received")
ACTIONS = {
    # code: (new state, states it may come from, what the office did, what the registrant reads)
    "recv": ("received", ("submitted", "resubmitted"), "tiếp nhận", "đã được Văn phòng tiếp nhận"),
    "appr": ("approved", (*WAITING, "returned"), "duyệt", "đã được duyệt"),
}
ACTION_NAMES = {
    "submit": "gửi đăng ký",
    "edit": "sửa",
    "resubmit": "sửa và gửi lại",
    "withdraw": "rút đăng ký",
    "received": "tiếp nhận",
    "approved": "duyệt",
    "returned": "trả lại",
}
STATE_FILTERS = {
    "waiting": ("Chờ xử lý", WAITING),
    "returned": ("Đã trả lại", ("returned",)),
    "approved": ("Đã duyệt", ("approved",)),
    "all": ("Tất cả", ("submitted", "received", "approved", "returned", "resubmitted")),
}
PAGE = 10


async def queue(msg: Incoming, ctx: AppContext) -> list[Reply]:
    if stop := await refused(msg, ctx, Role.OFFICE):
        return stop
    if msg.args:
        return await _by_ref(msg.args, ctx)
    records = await ctx.storage.office.records(reviews=WAITING)
    lines = [f"Có {len(records)} bản đăng ký đang chờ xử lý."]
    choices = [Choice("Tất cả bản chờ xử lý", "rv:ls:s:waiting")] if records else []
    for kind, name in KIND_NAMES.items():
        count = sum(r.registration.kind == kind for r in records)
        if count:
            lines.append(f"• {name}: {count}")
            choices.append(Choice(f"{name} chờ xử lý", f"rv:ls:k:{kind}"))
    if not records:
        lines = ["Hiện không có bản đăng ký nào chờ xử lý."]
    lines.append("Anh/chị muốn xem nhóm nào?")
    choices += [
        Choice("Lọc theo phong trào", "rv:by:c"),
        Choice("Lọc theo đơn vị", "rv:by:u"),
        Choice("Đã trả lại", "rv:ls:s:returned"),
        Choice("Đã duyệt", "rv:ls:s:approved"),
    ]
    return [Reply("\n".join(lines), tuple(choices))]


async def act(msg: Incoming, ctx: AppContext) -> list[Reply]:
    """rv:ls:<k|s|c|u>:<value>[:<page>] | rv:by:<c|u> | rv:open:<kind>:<id> |
    rv:do:<recv|appr>:<kind>:<id> | rv:ret:<kind>:<id> | rv:log:<kind>:<id>"""
    if stop := await refused(msg, ctx, Role.OFFICE):
        return stop
    parts = (msg.choice or "").split(":")
    action = parts[1] if len(parts) > 1 else ""
    if action == "ls" and len(parts) >= 4:
        page = int(parts[4]) if len(parts) > 4 and parts[4].isdigit() else 0
        return await _list(ctx, parts[2], parts[3], page)
    if action == "by" and len(parts) == 3:
        return await _filters(ctx, parts[2])
    if action == "next" and len(parts) == 4 and parts[3].isdigit():
        return [await _next(ctx, parts[2], int(parts[3]))]
    if action in ("open", "ret", "log") and len(parts) == 4 and parts[3].isdigit():
        found = await ctx.storage.office.record(parts[2], int(parts[3]))
        if found is None:
            return [Reply("Không tìm thấy bản đăng ký này. Gõ /duyet để xem lại.")]
        if action == "open":
            return [_card(found, ctx)]
        if action == "log":
            return [await _history(found, ctx)]
        return await ctx.dialogs.start(
            f"return_{parts[2]}", msg, ctx, record=found.registration.id, then=None
        )
    if action == "do" and len(parts) == 5 and parts[2] in ACTIONS and parts[4].isdigit():
        return await _decide(msg, ctx, parts[2], parts[3], int(parts[4]))
    return [Reply("Lựa chọn này không còn hiệu lực. Gõ /duyet để bắt đầu lại.")]


async def _next(ctx: AppContext, kind: str, record_id: int) -> Reply:
    """The first waiting registration after this one (in the order they came), else the first."""
    waiting = await ctx.storage.office.records(reviews=WAITING)
    keys = [(r.registration.kind, r.registration.id) for r in waiting]
    after = keys.index((kind, record_id)) + 1 if (kind, record_id) in keys else 0
    following = [
        r
        for r in waiting[after:] + waiting[:after]
        if (r.registration.kind, r.registration.id) != (kind, record_id)
    ]
    if not following:
        return Reply("Không còn bản đăng ký nào chờ xử lý.", (Choice("Về danh sách", "/duyet"),))
    return _card(following[0], ctx)


async def _by_ref(ref: str, ctx: AppContext) -> list[Reply]:
    wanted = ref.strip().upper()
    records = await ctx.storage.office.records(include_withdrawn=True)
    found = next((r for r in records if r.registration.ref == wanted), None)
    if found is None:
        return [Reply(f"Không có bản đăng ký số {ref.strip()}.")]
    return [_card(found, ctx)]


async def _filters(ctx: AppContext, dimension: str) -> list[Reply]:
    records = await ctx.storage.office.records(reviews=WAITING)
    if dimension == "c":
        campaigns = sorted({r.registration.campaign_id for r in records})
        choices = [
            Choice(short_label(campaign_name(ctx, c)), f"rv:ls:c:{c}")
            for c in campaigns
            if len(f"rv:ls:c:{c}:99".encode()) <= 64
        ]
        title = "Phong trào nào?"
    else:
        units = sorted({r.unit for r in records})
        choices = [Choice(short_label(u), f"rv:ls:u:{i}") for i, u in enumerate(units)]
        title = "Đơn vị nào?"
    if not choices:
        return [Reply("Hiện không có bản đăng ký nào chờ xử lý.")]
    return [Reply(title, tuple(choices))]


async def _list(ctx: AppContext, dimension: str, value: str, page: int) -> list[Reply]:
    office = ctx.storage.office
    reviews: tuple[str, ...] = WAITING
    options: dict[str, Any] = {}
    title = "Các bản đăng ký chờ xử lý"
    if dimension == "s" and value in STATE_FILTERS:
        name, reviews = STATE_FILTERS[value]
        title = f"Các bản đăng ký – {name.lower()}"
    elif dimension == "k" and value in KIND_NAMES:
        options["kind"] = value
        title = f"{KIND_NAMES[value]} – chờ xử lý"
    elif dimension == "c":
        options["campaign_id"] = value
        title = f"{campaign_name(ctx, value)} – chờ xử lý"
    elif dimension == "u" and value.isdigit():
        units = sorted({r.unit for r in await office.records(reviews=WAITING)})
        if int(value) >= len(units):
            return [Reply("Danh sách đơn vị đã thay đổi. Gõ /duyet để xem lại.")]
        options["unit"] = units[int(value)]
        title = f"{units[int(value)]} – chờ xử lý"
    records = await office.records(reviews=reviews, **options)
    if not records:
        return [Reply(f"{title}: không có bản nào.", (Choice("Về danh sách chờ", "/duyet"),))]
    shown = records[page * PAGE : (page + 1) * PAGE]
    lines = [f"{title} ({len(records)} bản):"]
    choices = []
    for number, found in enumerate(shown, page * PAGE + 1):
        record = found.registration
        lines.append(
            f"{number}. {record.ref} – {found.full_name} ({found.unit}): "
            f"{headline(record, ctx)} [{REVIEW[record.review]}]"
        )
        choices.append(Choice(f"Mở {record.ref}", f"rv:open:{record.kind}:{record.id}"))
    if len(records) > (page + 1) * PAGE:
        choices.append(Choice("Xem tiếp", f"rv:ls:{dimension}:{value}:{page + 1}"))
    return [Reply("\n".join(lines), tuple(choices))]


def _card(found: OfficeRecord, ctx: AppContext) -> Reply:
    record = found.registration
    lines = details(record, ctx)
    lines.insert(1, f"• Người đăng ký: {found.full_name} – {found.position}, {found.unit}")
    lines.append(f"• Cập nhật lần cuối: {record.updated_at:%d/%m/%Y %H:%M}")
    choices: list[Choice] = []
    if record.status == "active":
        kind, rid = record.kind, record.id
        if record.review in ACTIONS["recv"][1]:
            choices.append(Choice("Tiếp nhận", f"rv:do:recv:{kind}:{rid}"))
        if record.review in ACTIONS["appr"][1]:
            choices.append(Choice("Duyệt", f"rv:do:appr:{kind}:{rid}"))
        if record.review != "returned":
            choices.append(Choice("Trả lại (ghi lý do)", f"rv:ret:{kind}:{rid}"))
    choices.append(Choice("Lịch sử thay đổi", f"rv:log:{record.kind}:{record.id}"))
    choices.append(Choice("Bản chờ tiếp theo", f"rv:next:{record.kind}:{record.id}"))
    choices.append(Choice("Về danh sách chờ", "rv:ls:s:waiting"))
    return Reply("\n".join(lines), tuple(choices))


async def _decide(
    msg: Incoming, ctx: AppContext, code: str, kind: str, record_id: int
) -> list[Reply]:
    review, allowed, did, told = ACTIONS[code]
    found = await ctx.storage.office.record(kind, record_id)
    if found is None:
        return [Reply("Không tìm thấy bản đăng ký này. Gõ /duyet để xem lại.")]
    ref = found.registration.ref
    try:
        event = await ctx.storage.office.set_review(
            kind, record_id, review, None, actor(msg), ctx.clock.now(), allowed
        )
    except OfficeError:
        return [Reply(f"Không {did} được {ref}: bản đăng ký đã đổi trạng thái hoặc đã được rút.")]
    await _tell(
        ctx, found, event, f"Bản đăng ký {ref} ({headline(found.registration, ctx)}) {told}."
    )
    after = await ctx.storage.office.record(kind, record_id)
    assert after is not None
    return [Reply(f"Đã {did} {ref}; {found.full_name} đã được báo."), _card(after, ctx)]


async def _tell(
    ctx: AppContext, found: OfficeRecord, event: int, text_: str, choices: tuple[Choice, ...] = ()
) -> None:
    await queue_to(
        ctx, "notice", f"notice:{event}", found.channel, found.user_id, [Reply(text_, choices)]
    )


async def _history(found: OfficeRecord, ctx: AppContext) -> Reply:
    record = found.registration
    lines = [f"Lịch sử thay đổi của {record.ref}:"]
    for event in await ctx.storage.office.events(record.kind, record.id):
        who = await _who(ctx, event.actor)
        change = ""
        if event.before and event.after and event.before != event.after:
            change = f" ({_state(event.before)} → {_state(event.after)})"
        note = f"; lý do: {event.note}" if event.note else ""
        name = ACTION_NAMES.get(event.action, event.action)
        lines.append(f"• {event.at:%d/%m/%Y %H:%M} – {who}: {name}{change}{note}")
    return Reply(
        "\n".join(lines), (Choice(f"Mở {record.ref}", f"rv:open:{record.kind}:{record.id}"),)
    )


def _state(value: str) -> str:
    return REVIEW.get(value, {"active": "đang hiệu lực", "withdrawn": "đã rút"}.get(value, value))


async def _who(ctx: AppContext, who: str) -> str:
    channel, _, user_id = who.partition(":")
    person = await ctx.storage.profile(channel, user_id)
    return person.full_name if person else who


def _return_dialog(kind: str) -> Dialog:
    async def finish(turn: Turn) -> list[Reply]:
        ctx, msg = turn.ctx, turn.msg
        await ctx.storage.drop_dialog(msg.channel, msg.user_id)
        assert turn.record is not None
        found = await ctx.storage.office.record(kind, turn.record)
        if found is None:
            return [Reply("Không tìm thấy bản đăng ký này. Gõ /duyet để xem lại.")]
        ref, reason = found.registration.ref, str(turn.answers["reason"])
        try:
            event = await ctx.storage.office.set_review(
                kind, turn.record, "returned", reason, actor(msg), ctx.clock.now(),
                (*WAITING, "approved"),
            )  # fmt: skip
        except OfficeError:
            return [
                Reply(f"Không trả lại được {ref}: bản đăng ký đã đổi trạng thái hoặc đã được rút.")
            ]
        await _tell(
            ctx, found, event,
            f"Bản đăng ký {ref} ({headline(found.registration, ctx)}) được Văn phòng trả lại "
            f"để sửa. Lý do: {reason}\nAnh/chị sửa rồi gửi lại giúp Văn phòng.",
            (Choice(f"Sửa và gửi lại {ref}", f"reg:edit:{kind}:{turn.record}"),),
        )  # fmt: skip
        return [Reply(f"Đã trả lại {ref} kèm lý do; {found.full_name} đã được báo.")]

    return Dialog(
        name=f"return_{kind}",
        title="trả lại bản đăng ký",
        steps=(
            Step(
                "reason",
                "Lý do trả lại",
                "Lý do trả lại là gì? (người đăng ký sẽ đọc được lý do này)",
                text(5, 1000, "Lý do"),
                max_chars=1000,
            ),
        ),
        finish=finish,
        role=Role.OFFICE,
    )


DIALOGS = tuple(_return_dialog(kind) for kind in KIND_NAMES)
