"""A command a person may not use is refused in one polite line, the same everywhere."""

import datetime as dt

import pytest

from bot.messages import Incoming, InFile
from bot.roles import REFUSED
from handlers.questions import unknown_person
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


@pytest.mark.parametrize("name", ["Trần Thị Mai", "nguyen van an", "Phạm Quốc Huy"])
async def test_a_name_typed_alone_says_what_can_be_done_and_is_logged(
    chat: Chat, name: str
) -> None:
    reply = (await chat.send(name))[0]
    assert reply.text.startswith(f"Anh/chị vừa gõ họ tên “{name}”"), reply.text
    assert [c.value for c in reply.choices] == ["/hoso", "/cuatoi"]
    logged = await chat.core.ctx.storage.declined.open_since(
        chat.core.ctx.clock.now() - dt.timedelta(days=1)
    )
    assert [(q.text, q.kind) for q in logged] == [(name, "feature")]


@pytest.mark.parametrize(
    "text", ["Lê Ngọc Tuấn", "Cao Bằng", "dang ky thi dua", "phan thuong bao nhieu", "Sóc Trăng"]
)
def test_a_signer_a_province_or_words_are_no_bare_name(kb: KnowledgeBase, text: str) -> None:
    assert not unknown_person(text, kb)


async def test_criteria_of_a_province_are_its_own_campaigns(chat: Chat) -> None:
    # The ministry signs in Hà Nội, but Hà Nội's own criteria are not held.
    held = (await chat.send("/tieuchi Hà Nội"))[0].text
    assert "chưa có văn bản nào của Hà Nội" in held
    assert "Sở TN&MT Sóc Trăng" in (await chat.send("/tieuchi Sóc Trăng"))[0].text
    kon_tum = (await chat.send("/tieuchi tỉnh Kon Tum"))[0].text
    assert kon_tum.startswith("Các văn bản phong trào của Kon Tum hiện có không nêu tiêu chí")
