"""A numbered item cut in pieces answers from its opening piece when that says every word of
the topic, though a later piece says them side by side."""

from tests.conftest import Chat


async def test_console_answers_from_the_items_opening(chat: Chat) -> None:
    # item 4 opens on the spirit of the fight ("mỗi người dân là một chiến sĩ", "phòng,
    # chống dịch bệnh"); its second piece says "phòng chống dịch Covid-19" side by side
    await chat.send("ct14 kon tum nói về chống dịch covid ra sao")
    assert "mỗi người dân là một chiến sĩ" in chat.text
