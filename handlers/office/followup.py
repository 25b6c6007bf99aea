"""Unit follow-up (/donvicuatoi): who in the unit registered what, who has not, who has never
written to the bot, for an open campaign; "Nhắc" nudges those not registered.

A unit head sees their own unit; the office picks any unit. A nudge reaches only people who
wrote to the bot, at most once a day each, and never in quiet hours (21:00–07:00).
"""

from dataclasses import dataclass, field

from bot.campaigns import campaign_label, open_ids
from bot.context import AppContext
from bot.messages import Choice, Incoming, Reply, short_label
from bot.notices import queue_to
from bot.reminders import is_quiet
from bot.roles import Role, headed_unit, role_of
from bot.storage.office import OfficeRecord
from handlers.office.access import actor, refused
from handlers.office.figures import PAGE, page_asked, page_turns
from handlers.registrations import campaign_name, headline
from knowledge import Document
from knowledge.normalize import fold


@dataclass
class Member:
    name: str
    position: str
    channel: str | None = None  # None: on the staff list, never wrote to the bot
    user_id: str | None = None
    reachable: bool = False
    records: list[OfficeRecord] = field(default_factory=list)


async def overview(msg: Incoming, ctx: AppContext) -> list[Reply]:
    if stop := await refused(msg, ctx, Role.UNIT_HEAD):
        return stop
    campaigns = await _open(ctx)
    if not campaigns:
        return [Reply("Hiện không có phong trào nào đang mở để theo dõi đăng ký.")]
    if len(campaigns) == 1:
        return await _pick_unit(msg, ctx, 0)
    return [_campaign_page(campaigns, 1)]


def _campaign_page(campaigns: list[Document], page: int) -> Reply:
    """The open campaigns as options, a page at a time ("fu:@<page>" turns it)."""
    pages = max(1, -(-len(campaigns) // PAGE))
    page = min(max(page, 1), pages)
    first = (page - 1) * PAGE
    choices = [
        Choice(campaign_label(d), f"fu:camp:{i}")
        for i, d in enumerate(campaigns[first : first + PAGE], first)
    ]
    return Reply("Theo dõi đăng ký của phong trào nào?", (*choices, *page_turns("fu", page, pages)))


async def act(msg: Incoming, ctx: AppContext) -> list[Reply]:
    """fu:camp:<campaign> | fu:see:<unit>:<campaign> | fu:nudge:<unit>:<campaign> (indexes)
    | fu:@<page of the campaigns>"""
    if stop := await refused(msg, ctx, Role.UNIT_HEAD):
        return stop
    parts = (msg.choice or "").split(":")
    numbers = [int(p) for p in parts[2:] if p.isdigit()]
    campaigns = await _open(ctx)
    if (page := page_asked(parts[1] if len(parts) == 2 else "")) is not None:
        return [_campaign_page(campaigns, page)]
    if parts[1:2] == ["camp"] and len(numbers) == 1 and numbers[0] < len(campaigns):
        return await _pick_unit(msg, ctx, numbers[0])
    units = await _units_of(msg, ctx)
    if len(numbers) != 2 or numbers[0] >= len(units) or numbers[1] >= len(campaigns):
        return [Reply("Lựa chọn này không còn hiệu lực. Gõ /donvicuatoi để xem lại.")]
    unit, campaign = units[numbers[0]], campaigns[numbers[1]].id
    if parts[1] == "see":
        return [await _report(ctx, unit, campaign, f"{numbers[0]}:{numbers[1]}")]
    if parts[1] == "nudge":
        return [await _nudge(msg, ctx, unit, campaign)]
    return [Reply("Lựa chọn này không còn hiệu lực. Gõ /donvicuatoi để xem lại.")]


async def _open(ctx: AppContext) -> list[Document]:
    """Campaigns under way now (registering or running), as the clock says."""
    under_way = await open_ids(ctx)
    return [d for d in ctx.knowledge.campaigns() if d.id in under_way]


async def _pick_unit(msg: Incoming, ctx: AppContext, campaign: int) -> list[Reply]:
    units = await _units_of(msg, ctx)
    if not units:
        return [Reply("Chưa có đơn vị nào để theo dõi. Gõ /donvi để tạo đơn vị.")]
    if len(units) == 1:
        return [await _report(ctx, units[0], (await _open(ctx))[campaign].id, f"0:{campaign}")]
    return [
        Reply(
            "Anh/chị muốn xem đơn vị nào?",
            tuple(Choice(short_label(u), f"fu:see:{i}:{campaign}") for i, u in enumerate(units)),
        )
    ]


async def _units_of(msg: Incoming, ctx: AppContext) -> list[str]:
    """The unit a head leads, or every unit for the office."""
    if await role_of(ctx, msg.channel, msg.user_id) >= Role.OFFICE:
        office = ctx.storage.office
        names = {u.name for u in await office.units()} | {p.unit for p in await office.people()}
        return sorted(names, key=fold)
    led = await headed_unit(ctx, msg.channel, msg.user_id)
    return [led] if led else []


async def members(ctx: AppContext, unit: str, campaign_id: str) -> list[Member]:
    """The unit's people: profiles and staff-list rows, each with their records in force."""
    office = ctx.storage.office
    found: dict[tuple[str, str], Member] = {}
    for person in await office.people(unit):
        found[(person.channel, person.user_id)] = Member(
            person.full_name, person.position, person.channel, person.user_id,
            reachable=person.chat_id is not None,
        )  # fmt: skip
    listed = [
        Member(s.full_name, s.position)
        for s in await office.staff(unit)
        if s.channel is None or (s.channel, s.user_id) not in found
    ]
    for record in await office.records(campaign_id=campaign_id, unit=unit):
        member = found.get((record.channel, record.user_id))
        if member is not None:
            member.records.append(record)
    everyone = [*found.values(), *listed]
    return sorted(everyone, key=lambda m: fold(m.name))


async def _report(ctx: AppContext, unit: str, campaign_id: str, where: str) -> Reply:
    people = await members(ctx, unit, campaign_id)
    done = [m for m in people if m.records]
    waiting = [m for m in people if m.channel and not m.records]
    silent = [m for m in people if m.channel is None]
    lines = [f"{unit} – {campaign_name(ctx, campaign_id)}:"]
    registered = []
    for m in done:
        what = "; ".join(f"{r.registration.ref} {headline(r.registration, ctx)}" for r in m.records)
        registered.append(f"• {m.name}: {what}")
    lines += _section("Đã đăng ký", registered)
    lines += _section("Chưa đăng ký", [f"• {m.name} – {m.position}" for m in waiting])
    lines += _section("Chưa từng nhắn với bot", [f"• {m.name} – {m.position}" for m in silent])
    choices: list[Choice] = []
    reachable = [m for m in waiting if m.reachable]
    if reachable:
        choices.append(Choice(f"Nhắc {len(reachable)} người chưa đăng ký", f"fu:nudge:{where}"))
    unsure = [s for s in await ctx.storage.office.staff(unit) if s.match == "unsure"]
    if unsure:  # people whose profile does not quite match the staff list: the head confirms
        choices.append(Choice(f"Xác nhận cán bộ chưa khớp ({len(unsure)})", "unit:unsure"))
    return Reply("\n".join(lines), tuple(choices))


async def _nudge(msg: Incoming, ctx: AppContext, unit: str, campaign_id: str) -> Reply:
    local = ctx.clock.now().astimezone(ctx.settings.tz)
    if is_quiet(local.replace(tzinfo=None)):
        return Reply(
            "Bây giờ là giờ nghỉ (21:00–07:00), bot không gửi tin nhắc. Anh/chị nhắc lại sau 7 giờ sáng nhé."
        )
    sender = await ctx.storage.profile(msg.channel, msg.user_id)
    who = sender.full_name if sender else "Văn phòng"
    text = (
        f"{who} nhắc anh/chị đăng ký thi đua {campaign_name(ctx, campaign_id)}. "
        "Gõ /dangkythidua để đăng ký, hoặc /hanchot để xem các hạn."
    )
    sent = already = 0
    for member in await members(ctx, unit, campaign_id):
        if (
            member.records
            or not member.reachable
            or member.channel is None
            or member.user_id is None
        ):
            continue
        if not await ctx.storage.office.nudge_once(
            member.channel, member.user_id, local.date(), actor(msg)
        ):
            already += 1
            continue
        source = f"nudge:{local.date().isoformat()}"
        await queue_to(
            ctx,
            "nudge",
            source,
            member.channel,
            member.user_id,
            [Reply(text, (Choice("Đăng ký thi đua", "/dangkythidua"),))],
        )
        sent += 1
    note = f" {already} người đã được nhắc hôm nay nên không nhắc lại." if already else ""
    return Reply(f"Đã gửi tin nhắc tới {sent} người chưa đăng ký.{note}")


def _section(title: str, items: list[str]) -> list[str]:
    """A heading with its count and items, or one line when there is nobody."""
    return [f"{title} ({len(items)}):", *items] if items else [f"{title}: không có."]
