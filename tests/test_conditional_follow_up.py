"""A follow-up asking under a condition of the asker ("nếu em làm ở xã thì ai quyết định
tặng"): "nếu" joins, it names no subject, so the question is as short as one without it and
asks of the title just answered."""

import pytest

from tests.conftest import Chat

pytestmark = pytest.mark.today


async def test_a_condition_leaves_the_title_asked_of(chat: Chat) -> None:
    await chat.send("tiêu chuẩn chiến sĩ thi đua cơ sở là gì")
    reply = (await chat.send("nếu tôi công tác ở xã thì ai quyết định tặng"))[0].text
    assert "Chủ tịch Ủy ban nhân dân cấp xã quyết định" in reply
