"""A first question about one topic inside a document: "… nói gì về vắc xin", "… có giải pháp
gì về sáng kiến", "… yêu cầu cơ quan truyền thông làm gì" (issue 12, item 2)."""

import pytest

from knowledge import KnowledgeBase
from knowledge.search import _asked_about, _split_asked_to


def test_what_a_question_asks_about_follows_gi_ve() -> None:
    assert _asked_about("bộ có giải pháp gì về sáng kiến".split()) == ["sáng", "kiến"]
    assert _asked_about("quy định gì đối với tập thể".split()) == ["tập", "thể"]
    assert _asked_about("giải pháp gì về".split()) == []


def test_what_a_document_asks_of_a_body_is_searched_without_yeu_cau() -> None:
    tokens = "chỉ thị yêu cầu cơ quan truyền thông làm gì".split()
    kept, body = _split_asked_to(tokens)
    assert body == ["cơ", "quan", "truyền", "thông"]
    assert "yêu" not in kept and "làm" in kept
    # "yêu cầu" as a noun: nothing asked of a body
    assert _split_asked_to("yêu cầu đối với sáng kiến là gì".split())[1] == []


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("công văn thi đua covid sở tnmt kon tum nói gì về vắc xin", "miễn dịch cộng đồng"),
        (
            "phong trào thi đua đặc biệt covid của sở tnmt kon tum có yêu cầu gì về vắc xin",
            "miễn dịch cộng đồng",
        ),
        # a list asked ("có nội dung gì") of one subject: the part saying it, not the outline
        (
            "phong trào thi đua đặc biệt covid của sở tnmt kon tum có nội dung gì về vắc xin",
            "miễn dịch cộng đồng",
        ),
        (
            "thi dua dac biet covid cua so tnmt kon tum co noi dung gi ve an sinh xa hoi",
            "người có công, gia đình chính sách",
        ),
        ("btnmt 2021 đưa ra giải pháp nào về sáng kiến", "cơ chế khuyến khích việc đăng ký"),
        # the pair asked ("đăng ký sáng kiến") said with a function word between ("đăng ký
        # các sáng kiến"), as the search reads pairs
        ("công văn của bộ tnmt 2021 nói gì về đăng ký sáng kiến", "cơ chế khuyến khích"),
        (
            "ct14 kon tum yeu cau co quan truyen thong phai lam gi",
            "tăng cường thời lượng các chuyên trang",
        ),
    ],
)
def test_the_passage_on_the_topic_asked_comes_first(
    kb: KnowledgeBase, question: str, said: str
) -> None:
    hits = kb.search(question)
    assert hits and said in hits[0].passage.text, hits[0].passage.section


def test_a_subject_said_in_passing_elsewhere_does_not_lead_away_from_the_document(
    kb: KnowledgeBase,
) -> None:
    # the COVID letter says "chống dịch COVID" too; the letter on Chỉ thị 14 is the one asked
    hits = kb.search("công văn sở tnmt kon tum triển khai chỉ thị 14 nói gì về chống dịch covid")
    assert hits and hits[0].passage.doc.id == "kontum-stnmt-2021-ct14"


@pytest.mark.parametrize(
    "question",
    [
        "ct 14 kon tum triển khai thi đua theo chủ đề nào",
        "chi thi 14 cua tinh kon tum theo chu de nao",
    ],
)
def test_a_theme_asked_is_the_card_s_line_stating_it_whole(
    kb: KnowledgeBase, question: str
) -> None:
    hits = kb.search(question)
    assert hits and "Chủ đề: “Đoàn kết, sáng tạo thi đua xây dựng và bảo vệ Tổ quốc”" in (
        hits[0].passage.text
    )


@pytest.mark.parametrize(
    "question",
    [
        "chỉ thị 14 kon tum khen thưởng chú trọng những đối tượng nào",
        "ct14 ubnd kt khen thuong chu trong doi tuong nao",
        "theo chi thi 14 thi khen thuong phai chu trong den nhung doi tuong nao vay a",
    ],
)
def test_doi_tuong_nao_asks_who_as_ai_does(kb: KnowledgeBase, question: str) -> None:
    # "đối tượng" of the question is no word of the answer, which names the people; folded
    # it matched "đổi mới … tư tưởng" of another item
    hits = kb.search(question)
    assert hits and "khen thưởng người lao động trực tiếp" in hits[0].passage.text


def test_doi_tuong_the_documents_pair_is_still_searched(kb: KnowledgeBase) -> None:
    hits = kb.search("danh hiệu lao động tiên tiến tặng cho đối tượng nào")
    assert hits and "Lao động tiên tiến" in hits[0].passage.text
