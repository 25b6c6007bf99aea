"""Which line of a passage answers a follow-up or a question on one of two titles: the
first message shows that line, not the passage from its top."""

from handlers import title_questions
from handlers.phone_answer import passage_reply
from knowledge import KnowledgeBase, Passage


def passage_saying(kb: KnowledgeBase, words: str) -> tuple[Passage, int]:
    return next((p, i) for i, p in enumerate(kb.passages) if words in p.text)


def test_a_later_clause_of_a_long_item_answers_when_it_says_what_is_asked(
    kb: KnowledgeBase,
) -> None:
    # The ministry's 2021 letter lists its tasks as one long item, land first; the clause on
    # weather forecasting comes after the first message's end when shown from the top.
    passage, position = passage_saying(kb, "cảnh báo khí tượng thủy văn")
    reply = passage_reply(passage, position, "khí tượng thủy văn")
    first = reply.text.split("\n\n📄")[0]
    assert "dự báo, cảnh báo khí tượng thủy văn" in first
    assert len(reply.text) <= 700


def test_a_clause_is_not_cut_out_when_the_item_fits(kb: KnowledgeBase) -> None:
    passage, position = passage_saying(kb, "cảnh báo khí tượng thủy văn")
    reply = passage_reply(passage, position, "nâng cao hiệu quả sử dụng đất")
    assert reply.text.startswith("2. Tăng cường huy động")


def test_thi_sao_closing_a_follow_up_is_not_a_word_of_it(kb: KnowledgeBase) -> None:
    # "thì" is also the "thi" of "thi đua": only as the closing "thì sao" does it merely ask,
    # and then the line on women leaders' shorter tenure answers, not the one after it.
    passage, position = passage_saying(kb, "(7) Thời gian giữ chức vụ")
    reply = passage_reply(passage, position, "nữ lãnh đạo thì sao")
    assert "giảm 1/3 thời gian" in reply.text


def test_an_article_on_two_titles_leads_with_the_clause_on_the_one_asked(
    kb: KnowledgeBase,
) -> None:
    question = "chiến sĩ tiên tiến dành cho ai"
    found = title_questions.answer(question, kb)
    assert found is not None
    reply = passage_reply(*found, title_questions.focus(question, kb))
    assert reply.text.startswith("2. Danh hiệu “Chiến sĩ tiên tiến”")
    assert "Quân đội nhân dân" in reply.text


def test_a_title_typed_as_letters_is_focused_by_its_full_name(kb: KnowledgeBase) -> None:
    assert title_questions.focus("lđtt thưởng bao nhiêu", kb).endswith("Lao động tiên tiến")
    assert title_questions.focus("chiến sĩ tiên tiến là gì", kb) == "chiến sĩ tiên tiến là gì"


def test_a_number_pointed_back_to_is_not_the_issuer() -> None:
    from handlers.context import _issuer_reference, points_back, said_words

    def reference(text: str) -> str | None:
        return _issuer_reference(text, f" {said_words(text)} ")

    assert reference("sở đó giờ thuộc đâu") == "so do"
    assert reference("so do gio thuoc dau") == "so do"  # typed without marks: read as "sở"
    assert reference("văn bản số này ký ngày nào") is None
    assert not points_back("số này là gì")
