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
from handlers.followups.topic_memory import document_passages, said_words
from knowledge import KnowledgeBase, Passage
from knowledge.ordinals import item_asked, item_number

ITEM_LINES = 520  # characters of the items' first lines together (the phone's first message)
LEAST_LINE = 60  # characters of an item's first line shown at least (then "…")
LEAST_ITEMS = 2


@dataclass(frozen=True)
class Part:
    heading: str
    items: tuple[tuple[int, Passage], ...]  # (position, passage) of each item, in order

    @property
    def text(self) -> str:
        lines = [self.heading]
        room = max(LEAST_LINE, ITEM_LINES // len(self.items))
        for _, passage in self.items:
            first = passage.text.strip().split("\n", 1)[0].strip()
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
    items: dict[int, tuple[int, Passage]] = {}
    for position, other in document_passages(passage.doc.id, kb):
        *over, last = (p.strip() for p in other.section.split("›"))
        number = item_number(last, roman=False)
        if over == above and number is not None and other.kind == passage.kind:
            items.setdefault(number, (position, other))  # (an item cut in pieces: its first)
    if len(items) < LEAST_ITEMS:
        return None
    return Part(heading, tuple(items[n] for n in sorted(items)))
