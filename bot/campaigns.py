"""Where each campaign stands now: its state from the clock and the registration deadline in
force, the year its records carry, and why registering is not possible when it is not.

Every feature asks here (/phongtrao, cards, /hanchot, the registration dialogs, answers), so
one computation decides what "open" means.
"""

import datetime as dt
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any, TypeVar

from bot.context import AppContext
from bot.messages import short_label
from bot.storage.reminders import ScheduledDeadline
from knowledge import Document
from knowledge.campaign_state import CampaignState, campaign_state, is_override, opens_on
from knowledge.successors import Successor, successor_of

T = TypeVar("T")
Schedule = Mapping[str, Sequence[ScheduledDeadline]]  # deadlines by campaign id
WEEKDAYS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")


def when(at: dt.datetime) -> str:
    """ "17:00 thứ Năm, ngày 31/03/2022"."""
    return f"{at:%H:%M} {WEEKDAYS[at.weekday()]}, ngày {at:%d/%m/%Y}"


def campaign_label(doc: Document) -> str:
    """A campaign as an option: "Sở TN&MT Kon Tum 2021-2025 – Phát động…". The period, not
    the year: two campaigns of one issuer launched in one year differ by it within the first
    characters a narrow button shows, and a plan issued in December names the year it runs."""
    return short_label(f"{doc.short_issuer} {doc.period} – {doc.title}")


def local_now(ctx: AppContext) -> dt.datetime:
    """Now as the office's wall clock reads it (naive, in THIDUA_TZ)."""
    return ctx.clock.now().astimezone(ctx.settings.tz).replace(tzinfo=None)


async def deadline_of(ctx: AppContext, doc_id: str, kind: str) -> dt.datetime | None:
    """The latest deadline of that kind in force for the campaign (the office may move it)."""
    return _latest(await ctx.storage.reminders.campaign_deadlines(doc_id), kind)


def _latest(deadlines: Iterable[ScheduledDeadline], kind: str) -> dt.datetime | None:
    times = [s.deadline.at for s in deadlines if s.deadline.kind == kind]
    return max(times) if times else None


async def state_of(ctx: AppContext, doc: Document) -> CampaignState:
    closes = await deadline_of(ctx, doc.id, "registration")
    return campaign_state(doc, local_now(ctx), closes)


def _state(doc: Document, now: dt.datetime, schedule: Schedule) -> CampaignState:
    """`state_of` with the schedule in hand: for lists of thousands of campaigns."""
    return campaign_state(doc, now, _latest(schedule.get(doc.id, ()), "registration"))


def state_text(doc: Document, state: CampaignState) -> str:
    """ "đang mở đăng ký", or with the note that the office decided it."""
    if is_override(doc):
        return f"{state.value} (theo quyết định của cơ quan thường trực thi đua)"
    return state.value


async def by_state(ctx: AppContext) -> list[tuple[Document, CampaignState]]:
    """Campaign documents with their state: open ones first, then coming, then history.

    Only a campaign within its period can depend on a deadline; the others' states depend on
    the date alone. Kept until the date or the schedule changes or a deadline passes."""

    async def compute(now: dt.datetime) -> list[tuple[Document, CampaignState]]:
        settled, in_period = _by_period(ctx, now)
        schedule = await ctx.storage.reminders.by_campaign()
        found = [*settled, *[(doc, _state(doc, now, schedule)) for doc in in_period]]
        kb = ctx.knowledge
        order = kb.derived(
            "campaign order", lambda: {d.id: n for n, d in enumerate(kb.campaigns())}
        )
        ranks = {state: state.order for state in CampaignState}  # an Enum hashes slowly
        ranked = [(ranks[state], order[doc.id], doc, state) for doc, state in found]
        ranked.sort(key=lambda row: (row[0], row[1]))
        return [(doc, state) for _, _, doc, state in ranked]

    return list(await _kept(ctx, "by state", compute, lambda now: _by_period(ctx, now)[1]))


async def open_ids(ctx: AppContext) -> frozenset[str]:
    """The ids of the campaigns under way now (registering or running), kept as `by_state`
    is: a list of thousands of campaigns asks this of each one."""

    async def compute(now: dt.datetime) -> list[frozenset[str]]:
        return [frozenset(doc.id for doc, state in await by_state(ctx) if state.is_open)]

    return (await _kept(ctx, "open ids", compute, lambda now: _by_period(ctx, now)[1]))[0]


async def _kept(
    ctx: AppContext,
    key: str,
    compute: Callable[[dt.datetime], Awaitable[list[T]]],
    watched: Callable[[dt.datetime], list[Document]],
) -> list[T]:
    """What `compute(now)` gives, kept per knowledge base until the date changes, the
    schedule changes or a deadline of a `watched` campaign passes: given the date and the
    schedule, the answer can change only then."""
    now = local_now(ctx)
    version = await ctx.storage.reminders.schedule_version()
    kept: dict[str, Any] = ctx.knowledge.derived(("kept", key), dict)
    if kept.get("version") is version and kept.get("date") == now.date() and now < kept["until"]:
        return list(kept["value"])
    value = await compute(now)
    until = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time())
    schedule = await ctx.storage.reminders.by_campaign()
    for doc in watched(now):
        for scheduled in schedule.get(doc.id, ()):
            if now < scheduled.deadline.at < until:
                until = scheduled.deadline.at
    kept.update(version=version, date=now.date(), until=until, value=value)
    return list(value)


def _by_period(
    ctx: AppContext, now: dt.datetime
) -> tuple[list[tuple[Document, CampaignState]], list[Document]]:
    """(campaigns whose state the date decides, with it; campaigns within their period)."""
    kb = ctx.knowledge

    def split() -> tuple[list[tuple[Document, CampaignState]], list[Document]]:
        settled, in_period = [], []
        for doc in kb.campaigns():
            state = campaign_state(doc, now)  # without a deadline: the period alone
            if state.is_open and not is_override(doc):
                in_period.append(doc)
            else:
                settled.append((doc, state))
        return settled, in_period

    return kb.derived(("campaigns by period", now.date()), split)


def possibly_open(ctx: AppContext) -> list[Document]:
    """Campaigns that may accept registrations today (the others have not begun or ended),
    newest first: what a registration dialog needs to look at."""
    now = local_now(ctx)
    kb = ctx.knowledge

    def newest_first() -> list[Document]:
        settled, in_period = _by_period(ctx, now)
        opened = {d.id for d, state in settled if state.is_open} | {d.id for d in in_period}
        return [d for d in kb.campaigns() if d.id in opened]

    return list(kb.derived(("possibly open", now.date()), newest_first))


def ref_year(doc: Document, ctx: AppContext) -> int:
    """The year a record of this campaign carries: this year, within the campaign's period."""
    return min(max(local_now(ctx).year, doc.period_start), doc.period_end)


@lru_cache(maxsize=4096)
def _successor(issuer: str) -> "Successor | None":
    return successor_of(issuer)


async def registrable(ctx: AppContext, kind: str) -> list[Document]:
    """Campaigns that accept this kind of registration now, newest first (`cannot_register`
    is None), kept as `_kept` says."""

    async def compute(now: dt.datetime) -> list[Document]:
        schedule = await ctx.storage.reminders.by_campaign()
        return [d for d in possibly_open(ctx) if _refusal(d, kind, now, schedule) is None]

    return await _kept(ctx, f"registrable {kind}", compute, lambda now: possibly_open(ctx))


def _opening(doc: Document) -> str:
    """When a campaign not open yet opens, as the refusal says it: the office's own decision
    (front matter `status:`) has no date."""
    if is_override(doc):
        return f"(thời gian thực hiện từ năm {doc.period_start})"
    return f"(bắt đầu từ ngày {opens_on(doc):%d/%m/%Y})"


def contact(doc: Document) -> str:
    """Who to ask about the campaign now (its issuer's office, or its successor's)."""
    successor = _successor(doc.issuer)
    issuer = successor.name if successor else doc.issuer
    return f"Văn phòng (bộ phận thi đua – khen thưởng) của {issuer}"


async def cannot_register(ctx: AppContext, doc: Document, kind: str = "pledge") -> str | None:
    """One sentence saying why this kind of registration is refused now; None when allowed.

    A pledge needs the registration window; an initiative or a nomination needs the campaign
    under way (and before its own deadline, when the office set one).
    """
    deadlines = await ctx.storage.reminders.campaign_deadlines(doc.id)
    return _refusal(doc, kind, local_now(ctx), {doc.id: deadlines})


def _refusal(doc: Document, kind: str, now: dt.datetime, schedule: Schedule) -> str | None:
    """`cannot_register` at `now` with the schedule in hand."""
    state = _state(doc, now, schedule)
    if state is CampaignState.NOT_OPEN:
        name = f"{doc.kind} {doc.year} của {doc.short_issuer}"
        return (
            f"Phong trào theo {name} chưa mở {_opening(doc)}; anh/chị vui "
            f"lòng quay lại khi phong trào mở đăng ký hoặc liên hệ {contact(doc)}."
        )
    if state is CampaignState.ENDED:
        name = f"{doc.kind} {doc.year} của {doc.short_issuer}"
        return (
            f"Phong trào theo {name} đã kết thúc (thời gian {doc.period}), không nhận đăng ký "
            f"nữa; anh/chị vui lòng liên hệ {contact(doc)} nếu cần."
        )
    closing = {"pledge": "registration", "initiative": "initiative"}.get(kind)
    closes = _latest(schedule.get(doc.id, ()), closing) if closing else None
    if (kind == "pledge" and state is CampaignState.RUNNING) or (
        closes is not None and now >= closes
    ):
        what = "đăng ký sáng kiến" if kind == "initiative" else "đăng ký thi đua"
        at = f" lúc {when(closes)}" if closes else ""
        name = f"{doc.kind} {doc.year} của {doc.short_issuer}"
        return (
            f"Phong trào theo {name} đã hết hạn {what}{at}; anh/chị cần đăng ký muộn xin "
            f"liên hệ {contact(doc)}."
        )
    return None


def history_note(doc: Document, state: CampaignState, basis: bool = True) -> str | None:
    """For an ended campaign: that it is history, and who replaced its issuer, with the
    basis unless `basis` is False (an answer's first message has little room; the card and
    /phongtrao give it)."""
    if state is not CampaignState.ENDED:
        return None
    successor = successor_of(doc.issuer)
    if not basis:  # one short line: every character here is one less of the answer
        note = "Đây là văn bản lịch sử (phong trào đã kết thúc)"
        return f"{note}; nay do {successor.name} đảm nhận." if successor else f"{note}."
    note = "Đây là văn bản lịch sử: phong trào đã kết thúc."
    return f"{note} {taken_over(doc)}" if successor else note


def taken_over(doc: Document) -> str | None:
    """Who does the work of the document's issuer since the 2025 reorganisation, and why."""
    successor = successor_of(doc.issuer)
    if successor is None:
        return None
    basis = f"{successor.basis[0].upper()}{successor.basis[1:]}"
    return f"{doc.issuer} nay không còn; công việc do {successor.name} đảm nhận. {basis}."
