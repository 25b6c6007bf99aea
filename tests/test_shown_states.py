"""A follow-up asking a kind of fact the passage just shown states is answered by it
(handlers/followups/shown_states.py): which decrees the decree replaced is its article on its
effect, not its opening found with its name."""

import pytest

from tests.conftest import Chat

pytestmark = pytest.mark.today


@pytest.mark.parametrize("follow_up", ["nó thay nđ nào", "nó thay cho cái nào"])
async def test_what_a_decree_replaced_is_its_article_just_read(chat: Chat, follow_up: str) -> None:
    await chat.send("nghị định 152/2025 có hiệu lực từ ngày nào")
    reply = (await chat.send(follow_up))[0].text
    assert "Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023" in reply.split("📄")[0]
    assert "Điều 59" in reply
