"""Follow-ups after answers that are not a passage's (whether a document is in force), and
the conversation's subject carried into a short follow-up."""

import datetime as dt

import pytest

from bot.clock import FixedClock
from handlers import context
from knowledge import KnowledgeBase
from tests.conftest import TZ, Chat


@pytest.fixture
def clock() -> FixedClock:
    """Today, when the bundled campaigns are history."""
    return FixedClock(dt.datetime(2026, 11, 30, 9, 0, tzinfo=TZ))


@pytest.mark.parametrize(
    "follow_up",
    ["văn bản nào hướng dẫn thi hành", "thông tư nào hướng dẫn nó", "co van ban huong dan khong"],
)
async def test_after_whether_a_decree_is_in_force_it_stays_the_topic(
    chat: Chat, follow_up: str
) -> None:
    await chat.send("nghị định 13/2012 về sáng kiến còn áp dụng không")
    reply = (await chat.send(follow_up))[0].text
    assert "18/2013/TT-BKHCN" in reply.split("📄")[0]


def test_van_ban_asks_for_a_document_and_is_no_subject(kb: KnowledgeBase) -> None:
    assert context._own_words("van ban nao huong dan thi hanh", kb) == ["huong", "dan", "hanh"]


@pytest.mark.parametrize(
    ("first", "follow_up"),
    [
        ("tập thể lđ xuất sắc cần tiêu chuẩn gì", "thưởng bao nhiêu"),
        ("tap the lao dong xuat sac can gi", "duoc thuong nhieu khong"),
        ("tập thể lao động xuất sắc cần những gì", "thưởng nhiều vậy"),
    ],
)
async def test_the_bonus_of_the_title_just_answered_in_shorthand(
    chat: Chat, first: str, follow_up: str
) -> None:
    await chat.send(first)
    reply = (await chat.send(follow_up))[0].text
    assert "1,5 lần mức lương cơ sở" in reply.split("📄")[0]


@pytest.mark.parametrize(
    ("query", "rest", "expected"),
    [
        (
            "co thi dua cua tinh duoc thuong bao nhieu",
            "co cua chinh phu",
            "co thi dua cua chinh phu",
        ),
        ("co thi dua cap tinh thuong bao nhieu", "chinh phu", "co thi dua chinh phu"),
        ("co thi dua cua chinh phu thuong bao nhieu", "cua bo", "co thi dua cua bo"),
    ],
)
def test_the_same_flag_at_another_level(
    kb: KnowledgeBase, query: str, rest: str, expected: str
) -> None:
    retitled = context._other_title(rest, query, kb)
    assert retitled is not None and retitled.startswith(expected)


@pytest.mark.parametrize(
    "now",
    [
        "phòng tnmt huyện giờ ra sao",
        "phong tai nguyen huyen gio con khong",
        "hiện nay cấp huyện còn không",
    ],
)
async def test_what_is_now_is_not_read_in_an_ended_campaign(chat: Chat, now: str) -> None:
    await chat.send("kế hoạch sóc trăng 2022 tiêu chí tập thể có gì")
    reply = (await chat.send(now))[0].text
    assert "cấp huyện" in reply.split("📄")[0]
