"""A follow-up naming no other document is of the document under discussion, when that
document answers it nearly as well as the others, by what it says itself: "tiêu chí cá nhân"
after a plan's theme is that plan's criteria, though another document's read alone ranks as
high; "nơi nhận" after a plan's part (every letter's card has one) is that plan's. Not by a
sentence sending to another document ("mẫu đơn thì theo vb nào" after the Điều lệ, whose
opening names the circular holding it)."""

from handlers.followups.other_documents import content_words, coverage, names_other_document
from handlers.followups.pointing_sentences import coverage_against
from handlers.followups.topic_memory import WITHIN, Topic, said_words
from knowledge import ASKS_NOW, Document, Hit, KnowledgeBase, Passage
from knowledge.normalize import fold

LEAD_SHARE = 0.8  # the share of the first hit's score the topic's passage must be found at


def led_by_topic_document(
    text: str, hits: list[Hit], topic: Topic | None, kb: KnowledgeBase
) -> list[Hit]:
    """The hits led by the best passage of the topic's document (among the hits, or the
    first WITHIN of the search for the message), when the first hit is of another document,
    the message names no other document, the passage is found at LEAD_SHARE of the first's
    score or more and says the message's own words at least as fully as the first does."""
    if topic is None or len(hits) < 2 or hits[0].passage.doc.id == topic.doc_id:
        return hits
    if names_other_document(text, topic, kb):
        return hits
    first = hits[0]
    if _names_kind_of(text, first.passage.doc, topic, kb):
        return hits  # "… ở điều nào của luật" after a decree: the law's
    if first.passage.doc.category == "reference" and ASKS_NOW.search(fold(text)):
        return hits  # "sở tnmt các tỉnh giờ là sở gì" after a 2021 letter: the note on now
    found = [h for h in hits if h.passage.doc.id == topic.doc_id] or [
        h for h in kb.search(text, WITHIN) if h.passage.doc.id == topic.doc_id
    ]
    if not found:
        return hits
    lead = max(found, key=lambda h: h.score)  # (the first of equals, as the search ranks)
    if lead.score < LEAD_SHARE * first.score:
        return hits
    words = content_words(text)
    if coverage_against(words, lead.passage, first.passage.doc, kb) < coverage(
        words, first.passage, kb
    ):
        return hits
    if _headed(words, first.passage) and not _headed(words, lead.passage):
        # "sáng kiến được công nhận cần điều kiện gì" after a title's standard naming an
        # initiative: the article headed so ("Điều 3. Sáng kiến (điều kiện công nhận …)")
        return hits
    return [lead, *(h for h in hits if h.position != lead.position)]


def _names_kind_of(text: str, doc: Document, topic: Topic, kb: KnowledgeBase) -> bool:
    """Whether the message names the kind of `doc` ("luật"), which the topic's is not."""
    shown = kb.document(topic.doc_id)
    kind = fold(doc.kind)
    return shown is not None and fold(shown.kind) != kind and f" {kind} " in f" {said_words(text)} "


def _headed(words: list[str], passage: Passage) -> bool:
    """Whether the passage's heading says every one of the words."""
    heading = f" {said_words(passage.section)} "
    return bool(words) and all(f" {w} " in heading for w in words)
