"""Fixes from the review of stop 21's merge: one reading of "now" ("đến bao giờ" asks when),
a cited number read by one pattern made once, a law's status said without repeating itself."""

import pytest

from handlers import context, currency
from knowledge import Document, KnowledgeBase, referrals
from knowledge.person_names import named_person
from knowledge.titles import amendment_warnings
from tests.conftest import TODAY, Chat


def _campaign(kb: KnowledgeBase) -> Document:
    return next(d for d in kb.documents if d.is_campaign)


def test_until_when_is_no_question_of_now(kb: KnowledgeBase) -> None:
    doc = _campaign(kb)
    for text in ("báo cáo tổng kết gửi đến bao giờ", "bao gio phai nop bc", "đến bao giờ thì xong"):
        assert not context.asks_now(text, doc), text
    for text in ("phòng tnmt huyện giờ ra sao", "hien nay ai lam", "bây giờ thế nào"):
        assert context.asks_now(text, doc), text


@pytest.mark.parametrize(
    "text",
    [
        "bộ nn và mt bắt đầu hoạt động từ bao giờ",
        "bo nong nghiep va moi truong hoat dong tu ngay nao",
        "sở nn&mt quảng ngãi bắt đầu hoạt động khi nào",
    ],
)
def test_since_when_a_body_is_asks_of_now_after_an_ended_campaign(
    kb: KnowledgeBase, text: str
) -> None:
    """Not the ended campaign just read: when a body began is the restructuring note's."""
    assert context.asks_now(text, _campaign(kb))


def test_one_pattern_reads_now_for_notes_and_the_chat() -> None:
    assert context._NOW is referrals.NOW


def test_a_cited_number_is_its_kind_and_leading_number() -> None:
    folded = "thuc hien chi thi so 34-ct/tw ngay 07 thang 4 nam 2014 cua bo chinh tri"
    assert context._cites(folded, "chi thi", 34)
    assert not context._cites(folded, "chi thi", 3)
    assert not context._cites(folded, "nghi dinh", 34)
    assert context._cites("theo nghi dinh 091/2017/nd-cp", "nghi dinh", 91)


def test_a_law_in_force_says_since_when_once(kb: KnowledgeBase) -> None:
    reply = currency.answer("nghị định 152 còn hiệu lực không", kb, TODAY)
    assert reply is not None
    text = reply[0].text
    assert "đang có hiệu lực (bắt đầu có hiệu lực từ ngày" in text
    assert "hiệu lực (có hiệu lực" not in text


@pytest.mark.parametrize(
    "text",
    [
        "Tô Lâm ký chỉ thị nào",
        "ông Phạm Minh Chính ký nghị định nào về thi đua",
        "Giám đốc Lê Văn A đã ký quyết định chưa",
        "anh nguyen van nam ban hanh van ban nao",
        "Võ Văn Kiệt đứng tên kế hoạch nào",
    ],
)
def test_a_person_signing_a_text_is_no_record_asked_of(kb: KnowledgeBase, text: str) -> None:
    assert named_person(text, kb.mentions) is None


@pytest.mark.parametrize(
    "text",
    ["Lê Thị Thu Hà được khen chưa", "anh Nguyễn Văn Nam đã ký đăng ký thi đua chưa"],
)
def test_a_persons_own_award_or_registration_is_still_declined(
    kb: KnowledgeBase, text: str
) -> None:
    assert named_person(text, kb.mentions) is not None


async def test_a_signer_asked_of_is_not_told_the_bot_looks_up_no_salary(chat: Chat) -> None:
    reply = "\n".join(r.text for r in await chat.send("Tô Lâm ký chỉ thị nào"))
    assert "lương của từng người" not in reply


@pytest.mark.parametrize(
    "text",
    [
        "đạt 2 danh hiệu chiến sĩ thi đua cơ sở liên tục thì sao",
        "dat hai danh hieu chien si thi dua co so lien tuc thi sao",
        "2 danh hiệu cstđcs liên tục thì được gì",
    ],
)
async def test_a_count_before_a_title_named_is_no_pointer_to_the_last(
    chat: Chat, text: str
) -> None:
    await chat.send("tiêu chuẩn chiến sĩ thi đua toàn quốc")
    reply = "\n".join(r.text for r in await chat.send(text))
    assert not reply.startswith("Điều 21"), reply[:200]


@pytest.mark.parametrize("text", ["cả hai do ai quyết định tặng", "danh hiệu này thưởng bao nhiêu"])
def test_pointers_to_the_titles_discussed_still_point(text: str) -> None:
    assert context.points_back(text)


def test_the_amendment_lines_address_staff(kb: KnowledgeBase) -> None:
    reply = currency.answer("luật 06/2022/QH15 có bị sửa đổi chưa", kb, TODAY)
    assert reply is not None and "anh/chị đối chiếu" in reply[0].text.lower()
    assert "hãy" not in reply[0].text
    warnings = amendment_warnings(["chien-si-thi-dua-co-so"], "2026-11-30")
    assert warnings and all("anh/chị" in w and "hãy" not in w for w in warnings)
