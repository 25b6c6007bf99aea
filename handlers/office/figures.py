"""Per-unit figures of a campaign: the export's summary sheet and /thongke read the same."""

from dataclasses import dataclass

from bot.campaigns import campaign_label
from bot.context import AppContext
from bot.messages import Choice
from bot.storage.office import OfficeRecord
from knowledge.normalize import fold

PAGE = 8  # campaigns per page of options, as /phongtrao shows them


@dataclass
class UnitFigures:
    unit: str
    listed: int = 0  # people on the office's staff list
    registered: int = 0  # people with an individual pledge
    collective: int = 0  # collective pledges
    titles: int = 0  # titles pledged, individual and collective
    initiatives: int = 0
    nominations: int = 0
    waiting: int = 0  # submitted, received or resubmitted: the office has yet to decide
    returned: int = 0  # returned and not yet corrected
    approved: int = 0


async def campaign_records(ctx: AppContext, campaign_id: str) -> list[OfficeRecord]:
    """The campaign's registrations in force (withdrawn ones left out), oldest first."""
    return await ctx.storage.office.records(campaign_id=campaign_id)


async def unit_figures(
    ctx: AppContext, campaign_id: str, records: list[OfficeRecord] | None = None
) -> list[UnitFigures]:
    """One line per unit known to the office or named in a profile, by unit name."""
    office = ctx.storage.office
    records = records if records is not None else await campaign_records(ctx, campaign_id)
    names = {u.name for u in await office.units()} | {p.unit for p in await office.people()}
    by_key: dict[str, UnitFigures] = {fold(n): UnitFigures(n) for n in sorted(names, key=fold)}

    def of(unit: str) -> UnitFigures:
        return by_key.setdefault(fold(unit), UnitFigures(unit))

    for member in await office.staff():
        of(member.unit).listed += 1
    registered: dict[str, set[tuple[str, str]]] = {}
    for found in records:
        record, line = found.registration, of(found.unit)
        if record.kind == "pledge":
            line.titles += len(record.fields["titles"])
            if record.fields["scope"] == "collective":
                line.collective += 1
            else:
                registered.setdefault(fold(found.unit), set()).add((found.channel, found.user_id))
        elif record.kind == "initiative":
            line.initiatives += 1
        else:
            line.nominations += 1
        if record.review == "returned":
            line.returned += 1
        elif record.review == "approved":
            line.approved += 1
        else:
            line.waiting += 1
    for key, people in registered.items():
        by_key[key].registered = len(people)
    return sorted(by_key.values(), key=lambda f: fold(f.unit))


def campaign_choices(ctx: AppContext, action: str, page: int = 1) -> tuple[Choice, ...]:
    """The campaigns as options "<action>:<id>" (those whose data fits a button), newest
    first, a page at a time as /phongtrao shows them: "<action>:@<page>" turns the page.
    Thousands of campaigns as buttons fit no chat (and took ~0.1 s to make each time)."""
    kb = ctx.knowledge
    docs = kb.derived(
        ("office campaign options", action),
        lambda: [d for d in kb.campaigns() if len(f"{action}:{d.id}".encode()) <= 64],
    )
    pages = max(1, -(-len(docs) // PAGE))
    page = min(max(page, 1), pages)
    shown = docs[(page - 1) * PAGE : page * PAGE]
    choices = [Choice(campaign_label(d), f"{action}:{d.id}") for d in shown]
    choices += page_turns(action, page, pages)
    return tuple(choices)


def page_turns(action: str, page: int, pages: int) -> list[Choice]:
    """ "‹ Trang trước" and "Trang sau ›" as options "<action>:@<page>"."""
    turns = []
    if page > 1:
        turns.append(Choice("‹ Trang trước", f"{action}:@{page - 1}"))
    if page < pages:
        turns.append(Choice(f"Trang sau › ({page + 1}/{pages})", f"{action}:@{page + 1}"))
    return turns


def page_asked(value: str) -> int | None:
    """The page an option's value ("@2", after its action) turns to; None if it is no page."""
    return int(value[1:]) if value.startswith("@") and value[1:].isdigit() else None
