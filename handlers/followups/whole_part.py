"""A part of a document asked for as a whole: its heading and the start of each item.

"còn nội dung thi đua?" after the ministry's 2021 letter's theme asks for its part "I. Nội
dung Phong trào thi đua", made of five numbered items, each a passage of its own: showing
the first item alone answers a fifth of what was asked. When the follow-up's own words are
all said by the part's heading (more than by the item's own line) and the part holds
several item passages, the reply is the part: its heading, then each item's first line cut
short so that the whole fits a phone's first message.
"""

from dataclasses import dataclass

from handlers.followups import within_document
from handlers.followups.pointed_by_name import own_words
from handlers.followups.topic_memory import document_passages, said_words
from knowledge import KnowledgeBase, Passage
from knowledge.ordinals import item_asked, item_number

ITEM_LINES = 520  # characters of the items' first lines together (the phone's first message)
LEAST_LINE = 60  # characters of an item's first line shown at least (then "…")
LEAST_ITEMS = 2
LEAST_NAMED = 3  # words of a part's heading a question names it by, at least
_LISTING = {"gom", "bao"}  # "gồm những gì", "bao gồm": asking for the list, not naming it


@dataclass(frozen=True)
class Part:
    heading: str
    items: tuple[tuple[int, Passage], ...]  # (position, passage) of each item, in order

    @property
    def text(self) -> str:
        lines = [self.heading]
        room = max(LEAST_LINE, ITEM_LINES // len(self.items))
        for _, passage in self.items:
            first = _first_line(passage)
            lines.append(first if len(first) <= room else first[:room].rsplit(" ", 1)[0] + " …")
        return "\n".join(lines)


def part_asked(text: str, passage: Passage, kb: KnowledgeBase) -> Part | None:
    """The part above `passage` (an item of it) when the message asks for that part as a
    whole: every word of its own said by the part's heading, and it asks no item by number."""
    if item_asked(said_words(text), text) is not None:
        return None
    *above, own_heading = (p.strip() for p in passage.section.split("›"))
    if len(above) != 1 or item_number(own_heading, roman=False) is None:
        return None
    heading = above[0]
    asked = within_document.words_asked(text, kb, instead=True)
    said = f" {said_words(heading)} "
    if not asked or not all(within_document.says_asked(a, said) for a in asked):
        return None
    return _part(passage, above, kb)


def part_named(text: str, passage: Passage, kb: KnowledgeBase) -> Part | None:
    """The part above `passage` (an item of it) when a question names that part by the
    words of its heading alone, the document aside: "nội dung phong trào thi đua sóc trăng
    2022 gồm những gì" is the plan's part "I. Nội dung Phong trào thi đua", not its item
    saying "phong trào" most."""
    *above, own_heading = (p.strip() for p in passage.section.split("›"))
    if len(above) != 1 or item_number(own_heading, roman=False) is None:
        return None
    own = [w for w in own_words(said_words(text), kb) if w not in _LISTING]
    said = f" {said_words(above[0])} "
    if len(own) < LEAST_NAMED or not all(f" {w} " in said for w in own):
        return None
    part = _part(passage, above, kb)
    # (items that are headings of their own, "2. Văn phòng Sở:", "1. Đối với tập thể", say
    # nothing on their first line)
    if part is None or any(_headed(p) for _, p in part.items):
        return None
    return part


def _headed(item: Passage) -> bool:
    first = _first_line(item)
    return first.endswith(":") or len(first) < LEAST_LINE


def _part(passage: Passage, above: list[str], kb: KnowledgeBase) -> Part | None:
    """The part of that heading (`above`), made of the item passages under it."""
    heading = above[0]
    items: dict[int, tuple[int, Passage]] = {}
    for position, other in document_passages(passage.doc.id, kb):
        *over, last = (p.strip() for p in other.section.split("›"))
        number = item_number(last, roman=False)
        if over == above and number is not None and other.kind == passage.kind:
            items.setdefault(number, (position, other))  # (an item cut in pieces: its first)
    if len(items) < LEAST_ITEMS:
        return None
    return Part(heading, tuple(items[n] for n in sorted(items)))


def _first_line(passage: Passage) -> str:
    return passage.text.strip().split("\n", 1)[0].strip()
