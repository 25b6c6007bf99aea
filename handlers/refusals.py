"""Saying no well: why the bot cannot answer, and what the person can do next.

Four kinds, each with its own short answer: a subject the bot does not deal with (off_topic),
a year or place the knowledge base holds no document of (not_held), something the bot cannot
do (feature), and a question on the subject that no passage answers (not_found). Every
refusal is logged for the office, which sees the most frequent ones with /cauhoi.
"""

import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

import yaml

from bot.context import AppContext
from bot.messages import Choice, Incoming, Reply
from handlers.start import MAIN_CHOICES, doable
from knowledge import KnowledgeBase
from knowledge.normalize import fold

PLACES_FILE = Path(__file__).parent.parent / "knowledge" / "places.yaml"
ASK_OFFICE = "Nếu cần, anh/chị hỏi trực tiếp Văn phòng Sở (bộ phận thi đua, khen thưởng)."

OFF_TOPIC = (
    "Xin lỗi anh/chị, câu hỏi này nằm ngoài phạm vi của tôi: tôi chỉ trả lời về phong trào "
    "thi đua, danh hiệu thi đua, khen thưởng và sáng kiến. Anh/chị có thể hỏi, ví dụ: "
    "“Tiêu chuẩn Chiến sĩ thi đua cơ sở là gì?”, hoặc chọn:"
)
NOT_FOUND = (
    "Xin lỗi, tôi chưa tìm thấy nội dung trả lời câu hỏi này trong các văn bản hiện có.\n"
    "Anh/chị thử hỏi cụ thể hơn, nêu tên phong trào, năm hoặc cơ quan ban hành, ví dụ: "
    "“Tiêu chí thi đua đối với cá nhân năm 2022”. Hoặc chọn:"
)
# Both open as the general "not found" does, so that a refusal reads first as one.
YEAR_NOT_HELD = (
    "Xin lỗi, tôi chưa tìm thấy nội dung này: kho văn bản của tôi chưa có văn bản thi đua nào của năm {year}. Hiện có các văn bản "
    "phong trào năm {years} và các văn bản pháp luật về thi đua, khen thưởng đang có hiệu lực. "
    + ASK_OFFICE
)
PLACE_NOT_HELD = (
    "Xin lỗi, tôi chưa tìm thấy nội dung này: kho văn bản của tôi chưa có văn bản nào của {place}. Hiện có văn bản của: {issuers}. "
    + ASK_OFFICE
)
NOTE_TO_OFFICE = "Câu hỏi của anh/chị đã được ghi lại để Văn phòng Sở bổ sung."


@dataclass(frozen=True)
class Refusal:
    kind: str
    replies: list[Reply]


async def refuse(msg: Incoming, ctx: AppContext, refusal: Refusal) -> list[Reply]:
    """Log the refusal for the office and return what to say, with the options that can
    be taken now."""
    await ctx.storage.declined.log(
        msg.channel, msg.user_id, msg.text, fold(msg.text), refusal.kind, ctx.clock.now()
    )
    return [replace(r, choices=await doable(ctx, r.choices)) for r in refusal.replies]


_LEAD_IN = re.compile(r"[,.]? [Hh]oặc chọn:$")


def without_options(reply: Reply) -> Reply:
    """The reply with its options left out and the words that led to them
    ("…, hoặc chọn:"): in a dialog, a number typed next answers the step."""
    text = _LEAD_IN.sub("", reply.text)
    if text != reply.text and not text.endswith((".", "!", "?")):
        text += "."
    return replace(reply, text=text, choices=())


def off_topic() -> Refusal:
    return Refusal("off_topic", [Reply(OFF_TOPIC, MAIN_CHOICES)])


def not_found(suggestions: tuple[Choice, ...] = ()) -> Refusal:
    return Refusal("not_found", [Reply(NOT_FOUND, _distinct(suggestions + MAIN_CHOICES))])


def _distinct(choices: tuple[Choice, ...]) -> tuple[Choice, ...]:
    """Each option once: a suggested command may also be one of the main choices, and
    "/tieuchi 2022" is offered under the same label as "/tieuchi"."""
    seen: set[str] = set()
    kept = []
    for choice in choices:
        keys = {choice.label, choice.value.split()[0]}
        if not keys & seen:
            kept.append(choice)
        seen |= keys
    return tuple(kept)


def missing_feature(answer: str) -> Refusal:
    return Refusal("feature", [Reply(answer, MAIN_CHOICES[:2])])


def not_held(text: str, kb: KnowledgeBase, this_year: int) -> Refusal | None:
    """A refusal when the question names a year or a place no document covers."""
    year = _year_not_held(text, kb, this_year)
    if year is not None:
        held = sorted(_campaign_years(kb))
        span = f"{held[0]}–{held[-1]}" if held else "(chưa có)"
        reply = YEAR_NOT_HELD.format(year=year, years=span)
        return Refusal("not_held", [Reply(f"{reply} {NOTE_TO_OFFICE}", MAIN_CHOICES[:1])])
    place = _place_not_held(text, kb)
    if place is not None:
        issuers = kb.derived(
            "campaign issuers",
            lambda: ", ".join(dict.fromkeys(d.short_issuer for d in kb.campaigns())),
        )
        reply = PLACE_NOT_HELD.format(place=place, issuers=issuers)
        return Refusal("not_held", [Reply(f"{reply} {NOTE_TO_OFFICE}", MAIN_CHOICES[:1])])
    return None


_PUNCTUATION = re.compile(r"[^\w\s]")
_YEAR = re.compile(r"(?<![/\d-])\b(19[5-9]\d|20\d\d)\b(?![/\d])")


def named_years(text: str) -> list[int]:
    """Years the question names, not those inside a document number ("13/2012/NĐ-CP")."""
    return [int(y) for y in _YEAR.findall(text)]


LAW_WORDS = ("luat", "nghi dinh", "thong tu", "dieu le", "quyet dinh", "nghi quyet", "dieu ")


def _year_not_held(text: str, kb: KnowledgeBase, this_year: int) -> int | None:
    """A year no campaign document covers, in a question that is not about a legal text
    (laws are in force over many years and are not dated by the year asked about)."""
    folded = fold(text)
    if any(word in folded for word in LAW_WORDS):
        return None
    covered = _campaign_years(kb)
    return next((y for y in named_years(text) if y not in covered and y <= this_year), None)


def _campaign_years(kb: KnowledgeBase) -> frozenset[int]:
    """Every year some campaign covers, computed once per knowledge base."""
    return kb.derived(
        "campaign years",
        lambda: frozenset(
            y for d in kb.campaigns() for y in range(d.period_start, d.period_end + 1)
        ),
    )


# A question about a campaign's own content: its place must be a campaign's, not merely a
# word some document uses ("Hà Nội, ngày …" heads every law).
CAMPAIGN_CONTENT = re.compile(
    r"\b(tieu chi|ke hoach|phong trao|chu de|noi dung thi dua|phat dong|cong van|chi thi)\b"
)


def _place_not_held(text: str, kb: KnowledgeBase) -> str | None:
    """A province the question names that no document speaks of, when it names no other
    ("Sóc Trăng sáp nhập vào Cần Thơ khi nào?" is about a place the documents hold); for a
    question about a campaign's content, no campaign document is of."""
    padded = f" {' '.join(_PUNCTUATION.sub(' ', fold(text)).split())} "
    named = [(name, key) for name, key, spaced in _folded_provinces() if spaced in padded]
    if not named:
        return None
    if CAMPAIGN_CONTENT.search(padded):
        held = _campaign_places(kb)
        if any(f" {key} " in held for _, key in named):
            return None
    elif any(kb.mentions(key) for _, key in named):
        return None
    return named[0][0]


def _campaign_places(kb: KnowledgeBase) -> str:
    """Every campaign's place and issuer, folded, in one string (once per knowledge base)."""
    return kb.derived(
        "campaign places",
        lambda: f" {' | '.join(fold(f'{d.place} {d.issuer}') for d in kb.campaigns())} ",
    )


@cache
def _folded_provinces() -> tuple[tuple[str, str, str], ...]:
    """Each province's name, folded, and folded between spaces (to find it as whole words)."""
    return tuple((name, fold(name), f" {fold(name)} ") for name in provinces())


@cache
def provinces() -> tuple[str, ...]:
    data = yaml.safe_load(PLACES_FILE.read_text(encoding="utf-8"))
    names = [p.strip() for p in str(data["provinces"]).split("|") if p.strip()]
    return tuple(sorted(names, key=lambda n: -len(n)))
