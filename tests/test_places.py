"""A question about a province no document speaks of is declined, in the chat and by
`python -m bot ask` alike."""

from knowledge import KnowledgeBase
from knowledge.asking import ask
from knowledge.places import place_not_held


def test_a_province_no_document_speaks_of_is_named(kb: KnowledgeBase) -> None:
    assert place_not_held("kế hoạch thi đua của sở tnmt Đồng Tháp", kb) == "Đồng Tháp"
    assert place_not_held("ke hoach thi dua cua so tnmt soc trang", kb) is None
    # Another province named beside one the documents hold: a question about the held one.
    assert place_not_held("Sóc Trăng sáp nhập vào Cần Thơ khi nào", kb) is None
    # A campaign's content asked of a province only a note mentions: no campaign is of it.
    assert place_not_held("kế hoạch thi đua của sở tnmt cần thơ", kb) == "Cần Thơ"


def test_asking_about_a_province_not_held_is_declined(kb: KnowledgeBase) -> None:
    assert ask(kb, "ke hoach thi dua nam 2024 cua so tnmt dong thap") == []
    assert ask(kb, "ke hoach thi dua nam 2022 cua so tnmt soc trang")
