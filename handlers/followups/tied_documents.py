"""A bare follow-up that several documents answer equally well ("nơi nhận" after a plan's
part: every letter's card has one) is of the document under discussion, when it answers it
as well as the others, by what it says itself: not by a sentence sending to another document
("mẫu đơn thì theo vb nào" after the Điều lệ, whose opening names the circular holding it)."""

from handlers.followups.other_documents import content_words, coverage
from handlers.followups.pointing_sentences import coverage_against
from handlers.followups.topic_memory import WITHIN, Topic
from knowledge import Hit, KnowledgeBase


def led_by_topic_document(
    query: str, hits: list[Hit], topic: Topic | None, kb: KnowledgeBase
) -> list[Hit]:
    """The hits led by a passage of the topic's document that ties with the first, found
    among the first WITHIN of the search when the first few are all of other documents."""
    if topic is None or len(hits) < 2 or hits[1].score != hits[0].score:
        return hits
    if any(h.passage.doc.id == topic.doc_id for h in hits if h.score == hits[0].score):
        return hits
    tied = next(
        (
            h
            for h in kb.search(query, WITHIN)
            if h.score == hits[0].score and h.passage.doc.id == topic.doc_id
        ),
        None,
    )
    if tied is None:
        return hits
    words = content_words(query)
    first = hits[0].passage
    if coverage_against(words, tied.passage, first.doc, kb) < coverage(words, first, kb):
        return hits
    return [tied, *(h for h in hits if h.position != tied.position)]
