"""A command a person may not use is refused in one polite line, the same everywhere."""

import pytest

from bot.messages import Incoming, InFile
from bot.roles import REFUSED
from tests.conftest import Chat


@pytest.mark.parametrize(
    "command", ["/cauhoi", "/themvanban", "/themvanban /etc/hostname", "/suahan", "/duyet"]
)
async def test_staff_get_the_one_refusal_line(chat: Chat, command: str) -> None:
    replies = await chat.send(command)
    assert [r.text for r in replies] == [REFUSED]
    assert not replies[0].choices


@pytest.mark.parametrize("name", ["KH-15.docx", "danh-sach.xlsx"])
async def test_a_file_from_staff_gets_the_one_refusal_line(chat: Chat, name: str) -> None:
    msg = Incoming(channel="console", user_id="1001", chat_id="1001", file=InFile(name, b"x"))
    replies = await chat.core.handle(msg)
    assert [r.text for r in replies] == [REFUSED]
