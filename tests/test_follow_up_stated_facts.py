"""A follow-up asking a kind of fact of the last document (a spirit, the day something
starts, the body charged with a duty) is answered by that document's passage stating one,
not by the passage citing what the last answer named."""

import pytest

from handlers import context
from knowledge import KnowledgeBase
from knowledge.asked_facts import preferred
from tests.conftest import Chat, shown

pytestmark = pytest.mark.today

SPIRIT = ("chống dịch như chống giặc", "mỗi người dân là một chiến sĩ")


@pytest.mark.parametrize(
    ("question", "stating", "not_stating"),
    [
        (
            "với tinh thần gì",
            "với tinh thần “chống dịch như chống giặc”",
            "theo tinh thần Nghị quyết",
        ),
        # the word asked: a slogan of precautions is no spirit
        ("tinh than nao", "với tinh thần “mỗi người dân”", "bảo đảm phương châm “5K + vắc xin”"),
        ("từ khi nào áp dụng", "từ ngày 01/7/2025, sáp nhập", "Thời gian áp dụng: 2025."),
        ("ai theo doi", "Giao Sở Nội vụ chủ trì", "tổ chức thực hiện các phong trào thi đua"),
        ("cơ quan nào chịu trách nhiệm đôn đốc", "Giao Sở Nội vụ", "đôn đốc thực hiện"),
        # the congress a theme was launched at, not the theme's card
        (
            "chủ đề đó phát động tại đại hội nào",
            "phát động tại Đại hội thi đua yêu nước toàn quốc lần thứ X",
            "Chủ đề: “Đoàn kết, sáng tạo thi đua xây dựng và bảo vệ Tổ quốc”",
        ),
    ],
)
def test_what_a_follow_up_asks_is_preferred_stated(
    question: str, stating: str, not_stating: str
) -> None:
    rank = preferred(question)
    assert rank is not None
    assert rank(stating) == 1
    assert rank(not_stating) == 0


def test_a_passage_of_the_last_document_stating_the_spirit_leads(kb: KnowledgeBase) -> None:
    cited = shown(kb, "mục 4", "theo tinh thần Nghị quyết số 78", "ct14 theo nq nao")
    hits = [h for h in kb.search("tinh thần nghị quyết số 78") if h.position == cited.position]
    led = context.stating_first("với tinh thần gì", hits, cited, kb)
    assert any(s in led[0].passage.text for s in SPIRIT)
    assert context.stating_first("nội dung gì", hits, cited, kb) == hits  # nothing asked


@pytest.mark.parametrize("follow_up", ["với tinh thần gì", "tinh than gi"])
async def test_the_spirit_after_the_resolution_cited(chat: Chat, follow_up: str) -> None:
    await chat.send("chi thi 14 kon tum chong dich covid theo nq nao cua cp")
    reply = (await chat.send(follow_up))[0].text
    assert any(s in reply for s in SPIRIT)


@pytest.mark.parametrize("follow_up", ["tu khi nao ap dung", "ap dung tu ngay nao"])
async def test_the_day_a_resolution_named_starts(chat: Chat, follow_up: str) -> None:
    await chat.send("nghi quyet sap xep don vi hanh chinh cap tinh nam 2025 so may")
    await chat.send("ky ngay nao")
    reply = (await chat.send(follow_up))[0].text
    assert "từ ngày 01/7/2025" in reply  # not the card's "Thời gian áp dụng: 2025"


def test_the_day_something_starts_is_not_the_documents_date() -> None:
    assert context.asks_date("ký ngày nào")
    assert not context.asks_date("áp dụng từ ngày nào")


async def test_the_body_charged_after_the_directive_cited(chat: Chat) -> None:
    await chat.send("ct14 kon tum can cu nhung vb nao")
    await chat.send("ct 34 ve j")
    reply = (await chat.send("ai theo doi"))[0].text
    assert "9. Thủ trưởng các sở" in reply  # the item charging bodies, not the opening


@pytest.mark.parametrize(
    "follow_up",
    [
        "vậy giải pháp kiểu gì thì không được công nhận là cái đó ạ",
        "nhung truong hop nao khong duoc cong nhan la cai do",
    ],
)
async def test_a_follow_up_pointing_back_is_answered_past_the_opening(
    chat: Chat, follow_up: str
) -> None:
    await chat.send("dieu kien cong nhan sang kien")
    reply = (await chat.send(follow_up))[0].text
    assert "trật tự công cộng" in reply  # the article, not the decree's opening note


@pytest.mark.parametrize("follow_up", ["vậy giờ là bao nhiêu %", "the gio bao nhieu %"])
async def test_a_share_asked_after_the_old_rule(chat: Chat, follow_up: str) -> None:
    await chat.send("tap the lđtt can tren 50% ca nhan dat lđtt dung ko")
    reply = (await chat.send(follow_up))[0].text
    assert "70%" in reply  # Điều 28 again, not the law's outline


@pytest.mark.parametrize(
    ("first", "follow_up"),
    [
        (
            "chỉ thị 14 kon tum căn cứ những văn bản nào",
            "chủ đề thi đua do TTg phát động tại đại hội nào",
        ),
        ("ct14 ubnd kon tum theo chu de gi", "chu de do phat dong tai dai hoi nao"),
    ],
)
async def test_the_congress_a_theme_was_launched_at(chat: Chat, first: str, follow_up: str) -> None:
    await chat.send(first)
    reply = (await chat.send(follow_up))[0].text
    assert "Đại hội thi đua yêu nước toàn quốc lần thứ X" in reply


@pytest.mark.parametrize("follow_up", ["chủ đề đó ai phát động", "ai phat dong chu de do"])
async def test_who_launched_the_theme_pointed_at(chat: Chat, follow_up: str) -> None:
    await chat.send("chủ đề thi đua trong chỉ thị 14 kon tum là gì")
    reply = (await chat.send(follow_up))[0].text
    assert "do Thủ tướng Chính phủ phát động" in reply.split("📄")[0]
    assert "Chỉ thị số 14/CT-UBND" in reply.split("📄")[1]
