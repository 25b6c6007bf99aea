"""A follow-up asking for the detail of the passage just read ("cụ thể là những giải pháp gì").

Read with the last document's name, such a follow-up may rank first a passage of that
document saying the word it asks with ("cụ thể") rather than the passage just read, which says
what it asks of ("các giải pháp trong phòng chống dịch … truy vết, khoanh vùng …"). The measure
is the one that weighs the two readings of a follow-up: the share of its own words, by rarity,
that a passage says (`coverage`).
"""

import re

from handlers.followups.other_documents import coverage, said_anywhere
from handlers.followups.phrase_coverage import pair_coverage, word_pairs
from handlers.followups.topic_memory import AUDIENCES, Topic, said_words, shown
from knowledge import Hit, KnowledgeBase, Passage, led_by
from knowledge.normalize import fold

WHOLE = 1.0  # the passage just read says every word of the follow-up
MOST = 0.8  # ... or most of them (by rarity)
FAR_MORE = 0.25  # ... and this much more of them than the first hit
# "cụ thể là gì", "chi tiết ra sao": the detail of what was just read
_DETAIL_ASKED = re.compile(r"\b(?:cu the|chi tiet)\b")


def shown_saying_more(
    text: str, own: list[str], found: list[Hit], topic: Topic, kb: KnowledgeBase
) -> list[Hit]:
    """The hits, led by the passage just read (a section, not a card or a list of parts)
    when the follow-up asks for detail, that passage says every word of it and the first hit
    says less."""
    again = _shown_section(own, found, topic, kb)
    if again is None or not _DETAIL_ASKED.search(fold(text)):
        return found
    if coverage(own, again[0], kb) < WHOLE or coverage(own, found[0].passage, kb) >= WHOLE:
        return found
    return led_by(found, *again)


def shown_saying_far_more(
    own: list[str], found: list[Hit], topic: Topic, kb: KnowledgeBase
) -> list[Hit]:
    """The hits, led by the passage just read (a section) when it says most of the
    follow-up's own words and the first hit far fewer: "vậy người có nhiều sáng kiến thì
    được gì" after the ministry's task on initiatives, which says what they get."""
    again = _shown_section(own, found, topic, kb)
    if again is None:
        return found
    said = coverage(own, again[0], kb)
    if said < MOST or said < coverage(own, found[0].passage, kb) + FAR_MORE:
        return found
    return led_by(found, *again)


def shown_saying_most(
    own: list[str], found: list[Hit], topic: Topic, kb: KnowledgeBase
) -> list[Hit]:
    """The hits, led by the passage just read (a section) when it says more of the
    follow-up's own words than the first hit: "ngoài tiền còn được tặng gì" after the
    decree's line on a title's bonus, which says what it is awarded with, not the title's
    article the follow-up read with the title finds."""
    again = _shown_section(own, found, topic, kb)
    if again is None:
        return found
    if coverage(own, again[0], kb) <= coverage(own, found[0].passage, kb):
        return found
    return led_by(found, *again)


# The audiences a part of criteria is headed for ("1. Đối với tập thể", "2. Đối với cá nhân")
_AUDIENCE = re.compile(rf"\b(?:{'|'.join(AUDIENCES)})\b")


def shown_audience_kept(
    text: str, own: list[str], found: list[Hit], topic: Topic, kb: KnowledgeBase
) -> list[Hit]:
    """The hits, led by the passage just read when it is one audience's part ("Đối với tập
    thể") that says every word of the follow-up and its words side by side, the follow-up
    names no audience, and the first hit says no more of them: "vhcs check gì" after the
    collective criteria asks the collectives' line on office culture, which the
    individuals' part and a content item say as well. Words no passage says ("check") are
    left out: they tell no passage from another."""
    again = _shown_section(own, found, topic, kb)
    if again is None or _AUDIENCE.search(fold(text)):
        return found
    if not _AUDIENCE.search(fold(again[0].section.rpartition(" › ")[2])):
        return found
    known = [w for w in own if said_anywhere(w, kb)]
    pairs = [
        pair for pair in word_pairs(said_words(text)) if all(said_anywhere(w, kb) for w in pair)
    ]
    first = found[0].passage
    said, said_pairs = coverage(known, again[0], kb), pair_coverage(pairs, again[0], kb)
    if said < WHOLE or said_pairs < WHOLE:
        return found
    if said_pairs < pair_coverage(pairs, first, kb) or said < coverage(known, first, kb):
        return found
    return led_by(found, *again)


def _shown_section(
    own: list[str], found: list[Hit], topic: Topic, kb: KnowledgeBase
) -> tuple[Passage, int] | None:
    """The passage just read and its position, when it is a section other than the first
    hit and the follow-up has words of its own to weigh; None otherwise."""
    again = shown(topic, kb)
    if not own or not found or again is None or found[0].position == again[1]:
        return None
    return again if again[0].kind == "section" else None
