"""Options offer only what can be done now: the clock decides which campaigns are over."""

import datetime as dt

from bot.clock import FixedClock
from handlers.phone_answer import FIRST_MESSAGE
from tests.conftest import Chat

LATER = dt.timedelta(days=365 * 4 + 250)  # 2022-03-25 → late November 2026: all ended


def values(chat: Chat) -> list[str]:
    return [c.value for r in chat.last for c in r.choices]


async def test_nhacnho_offers_campaign_toggles_only_while_not_ended(
    chat: Chat, clock: FixedClock
) -> None:
    await chat.send("/nhacnho")
    assert any(v.startswith("remind:off:") and v != "remind:off:*" for v in values(chat))
    clock.advance(LATER)
    await chat.send("/nhacnho")
    assert [v for v in values(chat) if v.startswith("remind:o")] == ["remind:off:*"]
    assert "không có phong trào nào" in chat.text


async def test_nhacnho_hides_a_muted_campaign_once_ended(chat: Chat, clock: FixedClock) -> None:
    await chat.send("/nhacnho")
    await chat.press("Tắt nhắc:")
    assert "Đã tắt nhắc cho phong trào" in chat.text
    clock.advance(LATER)
    await chat.send("/nhacnho")
    assert "Đã tắt nhắc cho phong trào" not in chat.text
    assert not any(v.startswith("remind:on:") for v in values(chat))


async def test_cuatoi_offers_registering_only_when_a_campaign_is_open(
    chat: Chat, clock: FixedClock
) -> None:
    await chat.send("/cuatoi")
    assert "/dangkythidua" in values(chat)
    clock.advance(LATER)
    await chat.send("/cuatoi")
    assert not {"/dangkythidua", "/sangkien"} & set(values(chat))
    assert "Hiện chưa có phong trào nào đang mở đăng ký" in chat.text
    assert "/phongtrao" in values(chat)


QUESTIONS_TODAY = [
    "tieu chi thi dua doi voi ca nhan nam 2021",
    "chủ đề thi đua năm 2022 của sở tnmt sóc trăng là gì",
    "ai ky van ban phat dong thi dua cua so tnmt kon tum",
    "Chỉ thị 14 giao cho các sở ban ngành những nhiệm vụ gì",
    "nơi nhận của công văn 8240",
]


async def test_an_answer_today_with_its_history_note_fits_a_phone(
    chat: Chat, clock: FixedClock
) -> None:
    """Today every bundled campaign has ended: the note saying so counts in the first message."""
    clock.advance(LATER)
    for question in QUESTIONS_TODAY:
        first = (await chat.send(question))[0].text
        assert "ℹ️ Đây là văn bản lịch sử" in first, question
        assert len(first) <= FIRST_MESSAGE, (question, len(first))
