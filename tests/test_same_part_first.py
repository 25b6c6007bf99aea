"""A follow-up's passage from the part of the document just read, when another part says it
no better (handlers/followups/same_part.py): the ministry's 2021 letter speaks of inspection
and complaints both in its contents (part I) and in its tasks (part II)."""

import pytest

from tests.conftest import Chat

pytestmark = pytest.mark.today

TASKS = "II. Nhiệm vụ, giải pháp chủ yếu › mục 5"


@pytest.mark.parametrize("follow_up", ["về công tác thanh tra thì thế nào", "còn khiếu nại tố cáo"])
async def test_a_task_follows_a_task(chat: Chat, follow_up: str) -> None:
    await chat.send("cv thi đua 2021 của bộ tnmt có giải pháp gì khuyến khích sáng kiến")
    assert TASKS in (await chat.send(follow_up))[0].text


async def test_a_content_item_follows_a_content_item(chat: Chat) -> None:
    await chat.send("nội dung thi đua thứ 2 trong cv bộ tnmt 2021")
    reply = (await chat.send("còn khiếu nại tố cáo"))[0].text
    assert "I. Nội dung Phong trào thi đua › mục 5" in reply
