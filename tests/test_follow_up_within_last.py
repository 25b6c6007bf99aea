"""A question naming nothing of its own after a campaign document is read within that
document too, and answered from it when it covers the question better than any other."""

import pytest

from tests.conftest import Chat

pytestmark = pytest.mark.today


async def test_who_reports_after_the_ministry_letter(chat: Chat) -> None:
    await chat.send("công văn phát động thi đua năm 2021 của bộ tnmt đề ra tiêu chí gì cho cá nhân")
    reply = (await chat.send("ai báo cáo kết quả cho bộ trưởng, bao lâu một lần"))[0].text
    assert "định kỳ 06 tháng" in reply


async def test_the_same_question_alone_is_not_read_within_a_letter(chat: Chat) -> None:
    reply = (await chat.send("ai báo cáo kết quả cho bộ trưởng, bao lâu một lần"))[0].text
    assert "Bộ Tài nguyên và Môi trường" not in reply.split("📄")[1]
    assert reply.split("📄")[1].strip()
