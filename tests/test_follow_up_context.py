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
