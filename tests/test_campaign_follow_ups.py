"""Terse follow-ups after an answer from a campaign document: a body, a province, an
audience or another document of the same issuer put in the last question's place, and what
the answer named asked of in a few words."""

import pytest

from tests.conftest import Chat

pytestmark = pytest.mark.today


async def last(chat: Chat, *said: str) -> str:
    """The text of the bot's answer to the last message, the others sent before it."""
    reply = ""
    for text in said:
        reply = "\n".join(r.text for r in await chat.send(text))
    return reply


@pytest.mark.parametrize("body", ["còn btnmt?", "con bo tnmt thi sao", "thế còn btnmt"])
async def test_a_body_named_short_asks_the_same_of_that_body(chat: Chat, body: str) -> None:
    """ "còn btnmt?" after who proposes awards at Sóc Trăng's department: who does at the
    ministry, not the ministry's letter the plan is based on."""
    reply = await last(chat, "ở sở tnmt sóc trăng ai đề xuất khen thưởng cho tập thể", body)
    assert "Vụ trưởng Vụ Thi đua, Khen thưởng và Tuyên truyền" in reply


@pytest.mark.parametrize(
    "body", ["ubnd kon tum?", "còn ubnd tỉnh kon tum", "con ubnd kon tum thi sao"]
)
async def test_a_provinces_committee_keeps_the_document_asked_of(chat: Chat, body: str) -> None:
    """ "ubnd kon tum?" after the movements the ministry's letter names: the movements the
    province's directive names, not a count of the campaigns held."""
    first = "cv thi đua 2021 của bộ tnmt nhắc những phong trào nào thủ tướng phát động"
    reply = await last(chat, first, body)
    assert "Ủy ban nhân dân tỉnh phát động trong giai đoạn 2015-2020" in reply
    assert "Trong kho có" not in reply


@pytest.mark.parametrize("year", ["còn năm 2021 của bộ", "con nam 2021 theo bo thi sao"])
async def test_a_bare_ministry_is_the_ministry_whose_campaigns_are_held(
    chat: Chat, year: str
) -> None:
    """ "còn năm 2021 theo bộ" after the meaning of 2022 in Sóc Trăng's plan: the ministry's
    letter of 2021 (no "kế hoạch", which the ministry did not issue)."""
    reply = await last(chat, "kế hoạch thi đua sóc trăng nói năm 2022 có ý nghĩa gì", year)
    assert "bầu cử Quốc hội khóa XV" in reply


@pytest.mark.parametrize("other", ["còn cv chống covid?", "con cong van phong chong covid"])
async def test_another_letter_of_the_same_issuer(chat: Chat, other: str) -> None:
    """ "còn cv chống covid?" after the Kon Tum department's letter on Chỉ thị 14: its other
    letter, not a line of the first one about the epidemic."""
    reply = await last(chat, "cv sở tnmt kon tum theo chỉ thị 14 có chủ đề gì", other)
    assert "3510/KH-UBND" in reply


async def test_the_audience_swapped_after_a_subject_follow_up(chat: Chat) -> None:
    """ "thế còn tập thể" after the leaders' rule under the individual criteria: the
    collective criteria, the audience the passage's heading named."""
    said = (
        "tiêu chí cá nhân trong công văn thi đua 2021 của bộ tnmt",
        "còn lãnh đạo thủ trưởng đơn vị",
        "vay con tap the",
    )
    assert "không đi muộn về sớm" in await last(chat, *said)


@pytest.mark.parametrize("asked", ["ai phát động", "do ai phat dong vay", "tại đại hội nào"])
async def test_what_the_answer_named_asked_in_a_few_words(chat: Chat, asked: str) -> None:
    """ "do ai phát động" after the Kon Tum letter's theme: who launched the theme, which
    the directive says, not the letter's card."""
    reply = await last(chat, "công văn sở tnmt kon tum thực hiện ct14 chủ đề là gì", asked)
    assert "do Thủ tướng Chính phủ phát động tại Đại hội thi đua yêu nước toàn quốc" in reply


async def test_the_conversation_stays_with_the_letter_after_its_theme_is_traced(
    chat: Chat,
) -> None:
    """After "chủ đề đó của ai" was answered from the directive that launched the theme,
    "văn bản đó gửi cho ai" is still the letter asked about first."""
    said = (
        "cv sở tnmt kon tum theo ct14 chủ đề gì",
        "chủ đề đó của ai",
        "văn bản đó gửi cho những ai",
    )
    assert "Phòng Tài nguyên và Môi trường các huyện, thành phố" in await last(chat, *said)


@pytest.mark.parametrize("asked", ["cơ quan thường trực?", "giao ai thường trực"])
async def test_a_part_of_the_document_is_not_asked_of_a_basis_it_cites(
    chat: Chat, asked: str
) -> None:
    """After "căn cứ văn bản nào" named Chỉ thị 34-CT/TW (not held), "cơ quan thường trực?"
    is the directive's own standing body, which no line citing Chỉ thị 34 speaks of."""
    reply = await last(chat, "ct 14 ubnd kon tum dựa trên căn cứ nào", asked)
    assert "Giao Sở Nội vụ" in reply


@pytest.mark.parametrize("asked", ["lãnh đạo đơn vị thì thêm điều kiện gì", "lanh dao thi them gi"])
async def test_what_leaders_need_more(chat: Chat, asked: str) -> None:
    said = ("tieu chi tap the cv thi dua bo tnmt 2021", "còn cá nhân", asked)
    assert "tập thể tiêu biểu xuất sắc" in await last(chat, *said)


@pytest.mark.parametrize("asked", ["ai thường trực", "co quan nao thuong truc theo doi"])
async def test_the_card_just_shown_is_no_tie_breaker_for_another_question(
    chat: Chat, asked: str
) -> None:
    """ "ai thường trực" after "ai ký" showed the directive's card: the item naming its
    standing body, not the card's "Nơi nhận" (Thường trực Tỉnh ủy) that ties with it."""
    reply = await last(chat, "chỉ thị 14 ubnd kon tum do ai ký", asked)
    assert "Giao Sở Nội vụ" in reply
