"""Follow-ups (turn 2 and later) are read against the answer just shown: its passage, its
document, and what it named."""

from handlers import context, source_questions
from knowledge import KnowledgeBase


def shown(kb: KnowledgeBase, section_start: str, saying: str, query: str) -> context.Topic:
    position, passage = next(
        (i, p)
        for i, p in enumerate(kb.passages)
        if p.section.startswith(section_start) and saying in p.text
    )
    return context.Topic(query, passage.doc.id, passage.section, position)


def test_the_shown_document_may_be_named_by_its_number_in_a_source_question(
    kb: KnowledgeBase,
) -> None:
    topic = shown(kb, "Điều 4.", "đột xuất", "khen thưởng đột xuất có dùng làm căn cứ")
    decree = kb.document(topic.doc_id)
    assert decree is not None and decree.number and decree.number.startswith("152/")
    assert source_questions.asks("điều nào của nđ 152", decree)
    reply = source_questions.answer("điều nào của nđ 152", topic, kb)
    assert reply is not None and reply.text.startswith("Đoạn vừa trích là Điều 4.")
    # another document's number is a question of its own
    assert not source_questions.asks("điều nào của nđ 91", decree)
    assert not source_questions.asks("điều nào của nđ 152")


def test_a_subject_said_by_the_passage_just_shown_is_answered_from_it(kb: KnowledgeBase) -> None:
    topic = shown(kb, "Điều 50.", "xã, phường, đặc khu tiêu biểu", "xa phuong tieu bieu thuong")
    found = context.within("thon to dan pho van hoa", topic, kb)
    assert found and found[0].position == topic.position
