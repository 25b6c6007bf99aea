"""The sentence of the last document that sends to the document a follow-up is answered from.

A follow-up read with the last document can be answered from a text linked to it by a basis
(the circular guiding a decree): "mẫu đơn thì theo tt nào" after the Điều lệ Sáng kiến. Either
document alone answers only half: the Điều lệ says which circular holds the form, the circular
is where it is. The answer from the linked text carries the last document's sentence citing it
by number, so that both are told, whichever one the follow-up was read with; only when
that sentence says what the follow-up asks (half its own words by rarity, the measure of
`coverage`), not on every move to a linked text ("nghị định kia thì loại trừ gì").
"""

from handlers.followups.other_documents import content_words, coverage
from handlers.followups.pointing_sentences import SENTENCE_END
from handlers.followups.resting_on import LEAD_NUMBER, linked_documents
from handlers.followups.topic_memory import Topic, document_passages, shown
from knowledge import KnowledgeBase, Passage

CITING_NOTE = "{name} ghi: {sentence}"
SAYS_ASKED = 0.5  # the share of the follow-up's own words the citing sentence says


def citing_sentence(text: str, answered: Passage, topic: Topic, kb: KnowledgeBase) -> str | None:
    """The sentence of the last document (the passage just shown first, then its others)
    citing by number the linked document the answer is from and saying what the follow-up
    asks, with that document's name; None when the answer stays in the last document or comes from one not linked to it."""
    doc = answered.doc
    if doc.id == topic.doc_id or doc.id not in linked_documents(topic.doc_id, kb):
        return None
    number = LEAD_NUMBER.search(doc.number or "")
    last = kb.document(topic.doc_id)
    own = content_words(text)
    if number is None or last is None or not own:
        return None
    again = shown(topic, kb)
    passages = [p for _, p in document_passages(topic.doc_id, kb)]
    if again is not None:
        passages = [again[0], *(p for p in passages if p is not again[0])]
    for passage in passages:
        for sentence in SENTENCE_END.split(passage.text):
            if number.group(0) in sentence and coverage(own, sentence, kb) >= SAYS_ASKED:
                return CITING_NOTE.format(name=last.name, sentence=sentence.strip())
    return None
