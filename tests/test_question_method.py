"""How a single question is read and which passage answers it: the method, on questions
phrased unlike the question sets'."""

from knowledge import KnowledgeBase
from knowledge.asking import ask
from knowledge.search import other_i_y


def first(kb: KnowledgeBase, query: str) -> str:
    hits = ask(kb, query)
    assert hits, f"no answer for {query!r}"
    return hits[0].passage.text


def test_a_word_of_the_law_is_not_read_as_a_typo_for_a_campaign_word(kb: KnowledgeBase) -> None:
    # "thay" is only in the legal documents; the campaign index used to read it as "hay"
    # (a function word) and answer from a campaign item.
    assert kb.index._correct(["thay", "chuẩn"]) == ["thay", "chuẩn"]
    assert "15/2003/QH11" in first(kb, "luật thi đua khen thưởng thay luật nào")


def test_i_and_y_spell_the_same_syllable() -> None:
    assert other_i_y("kí") == "ký"
    assert other_i_y("Sỹ") == "Sĩ"
    assert other_i_y("quí") == "quý"
    assert other_i_y("tai") is None  # "tai" is not "tay"
    assert other_i_y("y") is None


def test_a_signer_question_spelt_ki_is_answered(kb: KnowledgeBase) -> None:
    assert "Lê Ngọc Tuấn" in first(kb, "ct 14 ubnd kon tum ai kí")


def test_two_swapped_letters_are_one_slip(kb: KnowledgeBase) -> None:
    assert "Có tính mới trong phạm vi cơ sở đó" in first(kb, "dieu kien cong nhan sang kein")


def test_an_article_answers_before_the_editors_note_that_follows_it(kb: KnowledgeBase) -> None:
    # The note after Điều 80 names "Giám đốc Sở", the article's text does not; both answer.
    hits = ask(kb, "giám đốc sở được quyền tặng những danh hiệu nào")
    assert hits[0].passage.text.startswith("Điều 80")
    assert "Thủ trưởng cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh" in hits[0].passage.text
    assert any(h.passage.text.startswith("(Điều 80") for h in hits[1:])
