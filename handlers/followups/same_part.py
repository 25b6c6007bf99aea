"""A follow-up's passage from the part of the document just read, when another part says it
no better.

"thanh tra thì đổi mới thế nào" after the letter's task on initiatives (part "II. Nhiệm vụ,
giải pháp chủ yếu"): the letter speaks of inspection in its contents (part I) and in its
tasks (part II) alike, and the person is reading the tasks. The measure is the one that
weighs the readings of a follow-up: the share of its own words, by rarity, that a passage
says (`coverage`).
"""

from handlers.followups.other_documents import coverage
from handlers.followups.phrase_coverage import pair_coverage, word_pairs
from handlers.followups.topic_memory import Topic, said_words
from knowledge import Hit, KnowledgeBase, led_by


def same_part_first(
    text: str, own: list[str], hits: list[Hit], topic: Topic, kb: KnowledgeBase
) -> list[Hit]:
    """The hits, led by the first one of the last document under the part just read (the
    first step of its section path), other than the passage just read, that says the
    follow-up's words, and its words side by side, as well as the first hit, when the first
    hit is of that document under another part ("giải pháp về thanh tra" after content item
    5: "giải pháp" side by side is the tasks' heading, and item 5 says "giải quyết", "pháp
    luật")."""
    part = _part(topic.section)
    if not own or len(hits) < 2 or part is None:
        return hits
    first = hits[0].passage
    if first.doc.id != topic.doc_id or _part(first.section) in (part, None):
        return hits
    best = coverage(own, first, kb)
    pairs = word_pairs(said_words(text))
    best_pairs = pair_coverage(pairs, first, kb)
    same = (
        h
        for h in hits[1:]
        if h.passage.doc.id == topic.doc_id
        and h.position != topic.position  # ("sáng kiến thì sao": not the item just read)
        and _part(h.passage.section) == part
        and coverage(own, h.passage, kb) >= best
        and pair_coverage(pairs, h.passage, kb) >= best_pairs
    )
    found = next(same, None)
    return hits if found is None else led_by(hits, found.passage, found.position)


def _part(section: str) -> str | None:
    """The part a section is in ("II. Nhiệm vụ, giải pháp chủ yếu" of "… › mục 3"); None for
    a section in no part."""
    head, separator, _ = section.partition("›")
    return head.strip() if separator else None
