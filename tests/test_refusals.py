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


def test_a_day_or_hour_asked_of_a_place_not_held_is_no_question_of_its_reorganisation(
    kb: KnowledgeBase,
) -> None:
    today = not_held("hôm nay là hạn cuối đăng ký thi đua ở tỉnh Cà Mau à", kb, this_year=2026)
    changed = not_held("tỉnh Cà Mau nay là tỉnh nào", kb, this_year=2026)
    assert today is not None and changed is not None
    assert "sắp xếp lại" not in today.replies[0].text
    assert "sắp xếp lại" in changed.replies[0].text
