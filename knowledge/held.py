"""Years and bodies the campaign documents do not cover, to decline a question about the
campaign of a year or of a ministry or department no document is of ("chủ đề thi đua năm
2023", "Bộ Tài chính phát động phong trào thi đua năm 2021 thế nào") instead of answering it
from another year's or another body's campaign. Places are in knowledge/places.py."""

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from knowledge.normalize import fold, folded_words
from knowledge.places import CAMPAIGN_CONTENT, provinces
from knowledge.shorthand import full_years
from knowledge.titles_answers import named_title
from knowledge.titles_answers import words as title_words

if TYPE_CHECKING:
    from knowledge import KnowledgeBase
    from knowledge.documents import Document

BODIES_FILE = Path(__file__).parent / "bodies.yaml"
_YEAR = re.compile(r"(?<![/\d-])\b(19[5-9]\d|20\d\d)\b(?![/\d])")
# A question about a legal text: laws are in force over many years and are not dated by the
# year asked about.
# "Điều 24", not "điều kiện".
_LAW_WORDS = re.compile(
    r"\b(luat|nghi dinh|thong tu|dieu le|quyet dinh|nghi quyet|dieu \d+|(nd|tt|qd|nq) \d+)\b"
)
# "Bộ Tài chính", "Sở Nội vụ", "ngành y tế": a body named by its sector.
_BODY = r"\b(bo|so|nganh) ({sectors})\b"
# A period ("giai đoạn 2015-2020", "2021 đến 2025"), folded.
_PERIOD = re.compile(r"\b((?:19|20)\d\d) ?(?:-|–|den|toi) ?((?:19|20)\d\d)\b")
_LAUNCHES = re.compile(r" (phat dong|ban hanh|co phong trao|co ke hoach)\b")
_KINDS = {"bo": "Bộ", "so": "Sở", "nganh": "ngành"}


def named_years(text: str) -> list[int]:
    """Years the question names ("năm 21" is 2021), not those inside a document number
    ("13/2012/NĐ-CP")."""
    return [int(y) for y in _YEAR.findall(full_years(text))]


def year_not_held(text: str, kb: "KnowledgeBase", this_year: int | None = None) -> int | None:
    """A year no campaign document covers, in a question that is not about a legal text; with
    `this_year`, only a year up to it (a later one is the chat's to read as what comes next).
    A question naming a province or body asks of its campaigns ("… năm 2024 của Sở TN&MT Sóc
    Trăng": Sóc Trăng's plan is of 2022 only)."""
    folded = fold(text)
    quoted = periods_quoted(folded, kb)
    years = [y for y in named_years(text) if y not in quoted]
    if not years or _LAW_WORDS.search(folded):
        return None
    covered, named = held_years(text, kb)
    # A title's standards and bonus are the law's, whatever the year ("tiêu chuẩn lao động
    # tiên tiến năm 2026"), unless the question asks it of a province's or body's campaign.
    if not named and named_title(title_words(text), tuple(kb.titles.values())) is not None:
        return None
    return next(
        (y for y in years if y not in covered and (this_year is None or y <= this_year)), None
    )


def periods_quoted(folded: str, kb: "KnowledgeBase") -> set[int]:
    """The years of the periods the question names as a campaign it names (any, when it names
    none) does ("các phong trào giai đoạn 2015-2020 mà Kon Tum yêu cầu tiếp tục" quotes the
    2021 directive): those ask of what the document says, not of a campaign of those years."""
    asked = [(int(found[1]), int(found[2])) for found in _PERIOD.finditer(folded)]
    if not asked:
        return set()
    said = _periods_said(kb)
    named = named_campaigns(folded, kb) or kb.campaigns()
    return {
        year
        for period in asked
        if any(period in said.get(d.id, ()) for d in named)
        for year in period
    }


def _periods_said(kb: "KnowledgeBase") -> dict[str, frozenset[tuple[int, int]]]:
    """The periods each campaign document's text names, read once per knowledge base."""

    def read() -> dict[str, frozenset[tuple[int, int]]]:
        found: dict[str, set[tuple[int, int]]] = {}
        for passage in kb.index.passages:
            for period in _PERIOD.finditer(fold(passage.text)):
                found.setdefault(passage.doc.id, set()).add((int(period[1]), int(period[2])))
        return {doc_id: frozenset(periods) for doc_id, periods in found.items()}

    return kb.derived("periods said", read)


def held_years(text: str, kb: "KnowledgeBase") -> tuple[frozenset[int], list["Document"]]:
    """The years the campaigns the question names (by province or body) cover, and those
    campaigns; every campaign's years, and none, when it names none the documents hold."""
    named = named_campaigns(text, kb)
    if not named:
        return campaign_years(kb), []
    return frozenset(y for d in named for y in range(d.period_start, d.period_end + 1)), named


def named_campaigns(text: str, kb: "KnowledgeBase") -> list["Document"]:
    """The campaigns of every province and body ("Bộ Tài nguyên và Môi trường") the question
    names, as far as it names them."""
    padded = _spaced(text)
    keys = [spaced.strip() for spaced in _province_keys() if spaced in padded]
    pattern, _ = _bodies()
    keys += [found.group(0) for found in pattern.finditer(padded)]
    if not keys:
        return []
    spaced = kb.derived(
        "campaigns with their place and issuer, spaced",
        lambda: [(d, _spaced(f"{d.place} {d.issuer}")) for d in kb.campaigns()],
    )
    # Once per knowledge base and set of names: a scan of every campaign per question would
    # cost milliseconds at thousands of documents.
    return kb.derived(
        ("campaigns named", tuple(sorted(set(keys)))),
        lambda: [d for d, words in spaced if all(f" {key} " in words for key in keys)],
    )


@cache
def _province_keys() -> tuple[str, ...]:
    return tuple(_spaced(name) for name in provinces())


def campaign_years(kb: "KnowledgeBase") -> frozenset[int]:
    """Every year some campaign covers, computed once per knowledge base."""
    return kb.derived(
        "campaign years",
        lambda: frozenset(
            y for d in kb.campaigns() for y in range(d.period_start, d.period_end + 1)
        ),
    )


def body_not_held(text: str, kb: "KnowledgeBase") -> str | None:
    """A ministry or department the question asks a campaign of ("kế hoạch thi đua của Sở
    Nội vụ") when no campaign is issued by one of its sector, as the question names it."""
    padded = _spaced(text)
    if not CAMPAIGN_CONTENT.search(padded):
        return None
    issuers = kb.derived(
        "campaign issuers, spaced", lambda: " | ".join(_spaced(d.issuer) for d in kb.campaigns())
    )
    pattern, names = _bodies()
    for found in pattern.finditer(padded):
        if f" {found.group(2)} " in issuers:
            continue
        # "Sở Nội vụ phối hợp với ai …" asks of a body a campaign gives a duty to: only one no
        # document mentions, or one named as the campaign's own ("của Sở Nội vụ"), is not held.
        owner = padded[: found.start()].endswith(" cua ") or _LAUNCHES.match(padded, found.end())
        if owner or not kb.mentions(found.group(0)):
            return f"{_KINDS[found.group(1)]} {names[found.group(2)]}"
    return None


def _spaced(text: str) -> str:
    """Folded words, "và" and "&" left out ("tài nguyên và môi trường"), between spaces."""
    words = [w for w in folded_words(text).split() if w != "va"]
    return f" {' '.join(words)} "


@cache
def _bodies() -> tuple[re.Pattern[str], dict[str, str]]:
    """The pattern of a body named by its sector, and each folded sector's written name."""
    data = yaml.safe_load(BODIES_FILE.read_text(encoding="utf-8"))
    written = [s.strip() for s in str(data["sectors"]).split("|") if s.strip()]
    names = {_spaced(s).strip(): s for s in written}
    sectors = sorted(names, key=lambda s: -len(s))
    return re.compile(_BODY.format(sectors="|".join(map(re.escape, sectors)))), names
