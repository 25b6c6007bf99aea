"""A follow-up answered from a text linked to the last document (the circular guiding the
Điều lệ Sáng kiến) carries the last document's sentence citing it (task i27b): the Điều lệ
says which circular holds the form, the circular is where it is; both are told."""

import pytest

from tests.conftest import Chat

pytestmark = pytest.mark.today


@pytest.mark.parametrize(
    ("first", "follow_up"),
    [
        ("sáng kiến cần điều kiện gì để được cơ sở công nhận", "mẫu đơn nằm ở đâu"),
        ("điều lệ sáng kiến còn hiệu lực không", "thông tư hướng dẫn nó là thông tư nào"),
    ],
)
async def test_the_linked_circular_is_answered_with_the_sentence_citing_it(
    chat: Chat, first: str, follow_up: str
) -> None:
    await chat.send(first)
    text = (await chat.send(follow_up))[0].text
    assert "Thông tư số 18/2013/TT-BKHCN ngày 01/8/2013" in text  # the circular
    assert "Thông tư 18/2013/TT-BKHCN hướng dẫn thi hành" in text  # the Điều lệ citing it


async def test_a_follow_up_staying_in_the_last_document_gets_no_citing_note(chat: Chat) -> None:
    await chat.send("sáng kiến cần điều kiện gì để được cơ sở công nhận")
    text = (await chat.send("trường hợp nào không được công nhận"))[0].text
    assert "trái với trật tự công cộng" in text
    assert " ghi: " not in text
