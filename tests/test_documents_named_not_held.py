"""A document named by its number that the knowledge base neither holds nor cites, and a named
body's own rules, are declined saying so instead of answered from another document sharing
their words; questions on what the documents do hold, typed as staff write them ("qh", "đ84",
"còn dùng làm căn cứ", results asked of as a basis, a title named in a story), are answered."""

import pytest

from knowledge import KnowledgeBase
from knowledge.asides import without_asides
from knowledge.asking import ask
from knowledge.held import periods_quoted
from knowledge.numbered_documents import document_not_held
from tests.conftest import Chat

pytestmark = pytest.mark.today


@pytest.mark.parametrize(
    ("text", "document"),
    [
        ("chỉ thị 16/CT-UBND của tỉnh kon tum về thi đua có gì", "Chỉ thị số 16/CT-UBND"),
        ("ct 20 ubnd kon tum giao nhiem vu gi", "Chỉ thị số 20"),
        ("công văn số 4321 của sở tnmt nói gì về thi đua", "Công văn số 4321"),
        ("kế hoạch 01 của sở tnmt về thi đua có gì", "Kế hoạch số 01"),
        ("nghị định 45/2019 quy định thưởng thế nào", "Nghị định số 45/2019"),
        # 06/2022/QH15 is the law held, no resolution
        ("nghị quyết 06/2022 của quốc hội quy định gì", "Nghị quyết số 06/2022"),
    ],
)
async def test_a_numbered_document_none_holds_nor_cites_is_declined(
    chat: Chat, kb: KnowledgeBase, text: str, document: str
) -> None:
    assert document_not_held(text, kb) == document
    assert ask(kb, text) == []
    reply = (await chat.send(text))[0]
    assert f"kho văn bản của tôi chưa có {document} mà anh/chị hỏi" in reply.text, reply.text


@pytest.mark.parametrize(
    "text",
    [
        "chỉ thị 14/CT-UBND của kon tum nói gì",
        "ct14 giao sở tnmt làm gì",
        "kh 3510 phát động thi đua gì",
        "chỉ thị 34-CT/TW nói về gì",
        "nghị định 98/2023 còn hiệu lực không",
        "thông tư 18/2013 quy định đơn sáng kiến thế nào",
        "quyết định 638 quy định hồ sơ chiến sĩ thi đua cơ sở thế nào",
        "kế hoạch 2022 của sở tnmt sóc trăng có tiêu chí gì",
        "nghị quyết 203/2025/QH15 nói gì",
        "nd số 7 là gì",  # the 7th "nội dung", not Nghị định số 7
        "kế hoạch thi đua năm 2022 của sở tnmt sóc trăng nd số 7 là gì",
    ],
)
def test_a_document_held_or_cited_is_no_document_not_held(kb: KnowledgeBase, text: str) -> None:
    assert document_not_held(text, kb) is None


async def test_a_named_bodys_own_rules_are_declined(chat: Chat, kb: KnowledgeBase) -> None:
    text = "quy chế khen thưởng của học viện hành chính quy định bằng khen thế nào"
    assert ask(kb, text) == []
    reply = (await chat.send(text))[0]
    assert "chưa có văn bản nào của Học viện" in reply.text, reply.text


@pytest.mark.parametrize(
    ("text", "saying"),
    [
        # "qh" is Quốc hội
        ("nq nao cua qh bo cap huyen", "Nghị quyết số 203/2025/QH15"),
        # "đ84" is Điều 84
        ("đ84 luật tđkt hồ sơ có cần biên bản bình xét không", "Biên bản bình xét thi đua"),
        # "còn dùng làm căn cứ … nữa không" asks whether it is still in force
        ("nđ 98/2023 còn dùng làm căn cứ xét khen thưởng nữa không", "98/2023/NĐ-CP"),
        # results asked of as a basis for an award: a rule, not what came of a campaign
        (
            "kết quả khen thưởng theo chuyên đề có dùng làm căn cứ khen công trạng không",
            "không dùng làm căn cứ để đề nghị cấp trên khen thưởng công trạng",
        ),
    ],
)
def test_questions_typed_as_staff_write_them_are_answered(
    kb: KnowledgeBase, text: str, saying: str
) -> None:
    found = ask(kb, text)
    assert found and saying in found[0].passage.text, found[:1]


def test_a_story_naming_the_title_asked_of_is_kept() -> None:
    text = "đơn vị em định đăng ký tập thể lao động xuất sắc, cần mấy phần trăm cá nhân đạt lđtt"
    assert without_asides(text) == text
    # a story naming no title still goes
    told = "em đang làm báo cáo cuối năm cho phòng, lao động tiên tiến cần tiêu chuẩn gì ạ"
    assert without_asides(told).startswith("lao động tiên tiến")


def test_a_period_is_two_years_apart_not_one_number(kb: KnowledgeBase) -> None:
    assert periods_quoted("cac phong trao giai doan 2015-2020", kb) == {2015, 2020}
    assert periods_quoted("cac phong trao giai doan 2015 2020", kb) == {2015, 2020}
    assert periods_quoted("ma so 20152020", kb) == set()
