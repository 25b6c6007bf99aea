"""What a repealed text not held was about: the repealing article's words naming it."""

from handlers import repealed_subject
from handlers.followups.topic_memory import Topic
from knowledge import KnowledgeBase


def test_a_repealed_decree_named_is_told_by_the_words_repealing_it(kb: KnowledgeBase) -> None:
    replies = repealed_subject.answer("nghị định 28/2024 nói về vấn đề gì", None, kb)
    assert replies is not None
    assert "Huy chương Thanh niên xung phong vẻ vang" in replies[0].text
    # the sentence names two texts: only the one asked is quoted
    assert "Nghị định số 98/2023/NĐ-CP ngày" not in replies[0].text


def test_a_follow_up_asks_of_the_text_whose_repeal_was_told(kb: KnowledgeBase) -> None:
    doc = next(d for d in kb.documents if d.number == "152/2025/NĐ-CP")
    topic = Topic("nđ 98/2023 còn hiệu lực ko", doc.id, "Điều 59")
    replies = repealed_subject.answer("thế nó quy định về gì", topic, kb)
    assert replies is not None
    assert "quy định chi tiết thi hành một số điều của Luật Thi đua" in replies[0].text
    # a question naming a document of its own is that document's
    assert repealed_subject.answer("nđ 152 quy định về gì", topic, kb) is None


def test_a_text_named_only_in_passing_gives_no_subject(kb: KnowledgeBase) -> None:
    # the law of 2003 is named at the end of the new law's opening, which says nothing of it
    assert repealed_subject.answer("luật thi đua 2003 quy định về gì", None, kb) is None
