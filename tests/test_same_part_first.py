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


async def test_a_pair_said_by_the_other_part_s_heading_moves_there(chat: Chat) -> None:
    # "giải pháp" side by side is the tasks' heading; content item 5 says "giải quyết",
    # "pháp luật" and "thanh tra" too
    await chat.send("nội dung thi đua thứ 5 trong cv bộ tnmt 2021")
    reply = (await chat.send("giải pháp cụ thể cho công tác thanh tra"))[0].text
    assert TASKS in reply


async def test_the_passage_just_read_is_not_kept_for_another_subject(chat: Chat) -> None:
    # content item 2 says "sáng kiến" in passing: the task on initiatives answers
    await chat.send("nội dung thi đua thứ 2 trong cv bộ tnmt 2021")
    reply = (await chat.send("sáng kiến thì sao"))[0].text
    body, source = reply.split("📄")
    assert "Xây dựng cơ chế khuyến khích việc đăng ký các sáng kiến" in body
    assert "II. Nhiệm vụ, giải pháp chủ yếu › mục 3" in source
    assert "I. Nội dung Phong trào thi đua › mục 2" not in reply
