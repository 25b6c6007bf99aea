"""A year no campaign covers is refused only as the person typed it, in the message or the
question before: a follow-up read with the last document's name ("… (ghi chú tổng hợp)
2025") asks of no year, and "sở ở Sóc Trăng nói ở trên nay thuộc đâu" after the note on the
2025 reorganisation is not told that no 2025 document of the department is held."""

import pytest

from tests.conftest import Chat

pytestmark = pytest.mark.today

YEAR_REFUSED = "kho văn bản của tôi chưa có văn bản thi đua nào"


async def test_a_year_of_the_last_document_s_name_is_not_refused(chat: Chat) -> None:
    await chat.send("bây giờ sở tài nguyên và môi trường đổi thành gì rồi")
    reply = (await chat.send("thế sở ở Sóc Trăng nói ở trên nay thuộc đâu ạ"))[0].text
    assert YEAR_REFUSED not in reply, reply
    assert "Cần Thơ" in reply


async def test_a_year_typed_in_the_follow_up_is_still_refused(chat: Chat) -> None:
    await chat.send("chủ đề thi đua năm 2022 sở tnmt sóc trăng")
    reply = (await chat.send("còn năm 2024 thì sao"))[0].text
    assert YEAR_REFUSED in reply, reply
