"""Two questions in one message, and what replaced what asked either way: what a text was
replaced by (of the old text), what a text replaced (of the new one)."""

import pytest

from knowledge import KnowledgeBase
from knowledge.asides import without_asides
from tests.conftest import Chat

pytestmark = pytest.mark.today


def lead(replies: list) -> str:  # type: ignore[type-arg]
    return str(replies[0].text).split("📄")[0]


@pytest.mark.parametrize(
    ("asked", "doc"),
    [
        ("nđ 98/2023 giờ còn hiệu lực ko, thay bằng j", "nd-152-2025-nd-cp"),
        ("nghi dinh 98 con dung dc ko hay thay bang cai khac roi", "nd-152-2025-nd-cp"),
        (
            "Xin hỏi Điều lệ Sáng kiến theo Nghị định 13/2012 giờ còn áp dụng được không, "
            "hay đã có văn bản khác thay thế rồi ạ",
            "nd-13-2012-dieu-le-sang-kien",
        ),
        (
            "thông tư 18/2013 giờ còn dùng được không hay có thông tư mới thay chưa ạ",
            "tt-18-2013-tt-bkhcn",
        ),
    ],
)
def test_two_questions_at_once_are_answered_by_the_first(
    kb: KnowledgeBase, asked: str, doc: str
) -> None:
    hits = kb.search(asked)
    assert hits and hits[0].passage.doc.id == doc, asked


@pytest.mark.parametrize(
    "asked",
    ["giá xăng RON 95 hôm nay, thi đua năm 2022", "bhyt năm 2022 đóng bao nhiêu, hay thế nào"],
)
def test_a_joined_question_on_what_the_documents_lack_is_declined(
    kb: KnowledgeBase, asked: str
) -> None:
    assert kb.search(asked) == []


@pytest.mark.parametrize(
    "asked",
    [
        "nd 152/2025 thay the nhung nghi dinh nao",
        "nđ 152/2025 bãi bỏ những văn bản nào",
        "nghi dinh 152 thay cac nd nao vay",
        "nghị định 152 còn thay nghị định nào nữa",
    ],
)
def test_what_a_decree_replaced_is_its_own_article_naming_them(
    kb: KnowledgeBase, asked: str
) -> None:
    text = kb.search(asked)[0].passage.text
    assert "Nghị định số 98/2023/NĐ-CP" in text and "Nghị định số 28/2024/NĐ-CP" in text


@pytest.mark.parametrize(
    "asked", ["thay bang nd nao", "được thay thế bởi văn bản gì", "thay bằng gì vậy"]
)
async def test_what_replaced_the_text_just_told_of(chat: Chat, asked: str) -> None:
    await chat.send("nđ 98/2023 giờ còn hiệu lực ko")
    assert "căn cứ hiện hành là Nghị định 152/2025/NĐ-CP" in lead(await chat.send(asked))


async def test_what_else_the_replacing_decree_replaced(chat: Chat) -> None:
    await chat.send("nghị định 98/2023 còn hiệu lực không")
    assert "Nghị định số 28/2024/NĐ-CP" in lead(await chat.send("nó còn thay nghị định nào nữa"))


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        (
            "Vậy mẫu đơn yêu cầu công nhận sáng kiến thì theo văn bản nào ạ, tôi tìm mãi mà chưa thấy?",
            "Thông tư số 18/2013/TT-BKHCN",
        ),
        (
            "mau don sang kien theo thong tu nao vay, minh luc tren mang ca buoi ma van chua thay",
            "18/2013/TT-BKHCN",
        ),
        (
            "Vậy Sở Tài nguyên và Môi trường Kon Tum, nơi ban hành mấy công văn thi đua năm 2021, "
            "giờ thuộc về đâu ạ?",
            "Sở Nông nghiệp và Môi trường",
        ),
        (
            "so tnmt soc trang, noi ra ke hoach thi dua 2022, gio la so gi",
            "Sở Nông nghiệp và Môi trường",
        ),
    ],
)
async def test_what_a_polite_message_says_besides_its_question_is_left_out(
    chat: Chat, asked: str, said: str
) -> None:
    assert said in lead(await chat.send(asked))


def test_a_clause_of_the_asker_still_asking_is_kept() -> None:
    asked = "sáng kiến của phòng, tôi có được đứng tên không?"
    assert without_asides(asked) == asked
