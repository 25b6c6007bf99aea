"""A document whose title names the text it carries out ("… theo Kế hoạch số 3510/KH-UBND")
is named by that number too: a question about its contents is answered by its part, while
one about the cited text itself ("kh 3510 ban hành ngày nào") by the passage stating it."""

from knowledge import KnowledgeBase
from knowledge.asking import ask


def test_a_part_of_the_letter_named_by_the_plan_it_follows_answers(kb: KnowledgeBase) -> None:
    hits = ask(
        kb,
        "Trong pt thi đua đặc biệt (KH 3510) của STNMT Kon Tum, nội dung bảo đảm an sinh xã hội"
        " chăm lo đặc biệt cho những đối tượng nào?",
    )
    assert "người có công, gia đình chính sách, người nghèo" in hits[0].passage.text


def test_the_cited_text_itself_is_answered_by_a_passage_stating_it(kb: KnowledgeBase) -> None:
    hits = ask(kb, "kh 3510 ban hành ngày nào")
    assert "3510/KH-UBND ngày 30/9/2021" in hits[0].passage.text
