"""A command a person may not use is refused in one polite line, the same everywhere."""

import pytest

from bot.messages import Incoming, InFile
from bot.roles import REFUSED
from handlers.refusals import not_held
from knowledge import KnowledgeBase
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


@pytest.mark.parametrize(
    "question", ["kế hoạch thi đua của tỉnh Cà Mau", "tiêu chí thi đua năm 2015"]
)
def test_a_place_or_year_not_held_is_said_not_found_first(kb: KnowledgeBase, question: str) -> None:
    refusal = not_held(question, kb, this_year=2026)
    assert refusal is not None
    assert refusal.replies[0].text.startswith("Xin lỗi, tôi chưa tìm thấy")
