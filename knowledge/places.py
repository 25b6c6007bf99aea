"""Provinces staff may name (knowledge/places.yaml), to tell a question about a place the
knowledge base holds no document of, which is declined as such, from one it can answer."""

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from knowledge.normalize import fold, folded_words, says_as_written

if TYPE_CHECKING:
    from knowledge import KnowledgeBase
    from knowledge.documents import Document

PLACES_FILE = Path(__file__).parent / "places.yaml"


# A question about a campaign's own content: its place must be a campaign's, not merely a
# word some document uses ("Hà Nội, ngày …" heads every law).
CAMPAIGN_CONTENT = re.compile(
    r"\b(tieu chi|ke hoach|phong trao|chu de|noi dung thi dua|phat dong|cong van|chi thi)\b"
)


def place_not_held(text: str, kb: "KnowledgeBase") -> str | None:
    """A province the question names that no document speaks of, when it names no other
    ("Sóc Trăng sáp nhập vào Cần Thơ khi nào?" is about a place the documents hold); for a
    question about a campaign's content, no campaign document is of. A name typed with a
    slip is read as the search mends it ("lâm đpng": "lâm đồng")."""
    return as_typed_or_spelled(_place_not_held, text, kb)


def as_typed_or_spelled(
    read: Callable[[str, "KnowledgeBase"], str | None], text: str, kb: "KnowledgeBase"
) -> str | None:
    """What `read` finds in the question as typed, else in it with its slips mended as the
    search mends them (a name typed with a slip: "lâm đpng", "ngahn giáo dục")."""
    found = read(text, kb)
    if found is None:
        spelled = kb.spelled(text)
        if spelled != text:
            found = read(spelled, kb)
    return found


def _place_not_held(text: str, kb: "KnowledgeBase") -> str | None:
    padded = f" {folded_words(text)} "
    named = [
        (name, key)
        for name, key, spaced in _folded_provinces()
        # (typed with other marks than its own, the words are ordinary ones: "phải làm đồng
        # bộ" is no "Lâm Đồng")
        if spaced in padded and says_as_written(text, name)
    ]
    if not named:
        return None
    if CAMPAIGN_CONTENT.search(padded):
        if any(key in campaign_provinces(kb) for _, key in named):
            return None
    elif any(kb.mentions(key) for _, key in named):
        return None
    return named[0][0]


def campaign_provinces(kb: "KnowledgeBase") -> frozenset[str]:
    """The provinces (folded) that campaigns' own places and issuers name, found once per
    knowledge base rather than in thousands of campaigns' names at every question."""

    def find() -> frozenset[str]:
        held = _campaign_places(kb)
        return frozenset(key for _, key, spaced in _folded_provinces() if spaced in held)

    return kb.derived("provinces of campaigns", find)


def _campaign_places(kb: "KnowledgeBase") -> str:
    """Every campaign's own place and issuer, folded, in one string (once per knowledge
    base)."""
    return kb.derived(
        "campaign places",
        lambda: f" {' | '.join(fold(f'{own_place(d)} {d.issuer}') for d in kb.campaigns())} ",
    )


# A ministry or another central body: where its documents are signed (Hà Nội) is not whose
# campaign it is ("tiêu chí thi đua của Hà Nội" is not the ministry's).
_CENTRAL = ("bo ", "chinh phu", "thu tuong", "quoc hoi", "ban thi dua", "trung uong")


def own_place(doc: "Document") -> str:
    """The province a campaign is of: its place, unless a central body issued it."""
    return "" if fold(doc.issuer).startswith(_CENTRAL) else doc.place


def named_province(text: str) -> str | None:
    """The province the words name and nothing else ("Sóc Trăng", "tỉnh Kon Tum"), as written."""
    words = re.sub(r"^(tinh|thanh pho|tp) ", "", folded_words(text).strip())
    return next((name for name, key, _ in _folded_provinces() if key == words), None)


def provinces_in(text: str) -> list[str]:
    """The provinces the words name anywhere ("ở sở sóc trăng thì …"), as written, in the
    order of `provinces`. Only the provinces whose name opens on a word of the text are
    looked for (asked of every question: a few words, where the provinces are many)."""
    padded = f" {folded_words(text)} "
    by_first = _provinces_by_first_word()
    folded = _folded_provinces()
    opened = sorted({i for word in set(padded.split()) for i in by_first.get(word, ())})
    return [folded[i][0] for i in opened if folded[i][2] in padded]


@cache
def _provinces_by_first_word() -> dict[str, tuple[int, ...]]:
    """The places in `_folded_provinces` of the provinces whose folded name opens on each word."""
    found: dict[str, list[int]] = {}
    for i, (_, key, _) in enumerate(_folded_provinces()):
        found.setdefault(key.split()[0], []).append(i)
    return {word: tuple(places) for word, places in found.items()}


@cache
def _folded_provinces() -> tuple[tuple[str, str, str], ...]:
    """Each province's name, folded, and folded between spaces (to find it as whole words)."""
    return tuple((name, fold(name), f" {fold(name)} ") for name in provinces())


@cache
def provinces() -> tuple[str, ...]:
    """The provinces' names, longest first."""
    data = yaml.safe_load(PLACES_FILE.read_text(encoding="utf-8"))
    names = [p.strip() for p in str(data["provinces"]).split("|") if p.strip()]
    return tuple(sorted(names, key=lambda n: -len(n)))
