"""Whether a legal document still applies, when the sources give no date for it."""

import datetime as dt

from handlers import currency
from knowledge import KnowledgeBase
from tests.conftest import TZ, Chat

NOW = dt.datetime(2026, 11, 30, 9, 0, tzinfo=TZ)


def test_an_undated_law_is_answered_with_what_the_sources_show(kb: KnowledgeBase) -> None:
    replies = currency.answer("nghị định 13/2012 còn áp dụng không", kb, NOW)
    assert replies is not None
    text = replies[0].text
    assert text.startswith("Nghị định số 13/2012/NĐ-CP: Chưa thấy văn bản thay thế")
    assert "Ngày có hiệu lực chưa kiểm tra được" in text


async def test_the_document_just_quoted_still_applies_asked_as_a_follow_up(chat: Chat) -> None:
    await chat.send("điều kiện công nhận sáng kiến là gì")
    await chat.send("văn bản này bây giờ còn áp dụng không")
    assert "Chưa thấy văn bản thay thế" in chat.text
