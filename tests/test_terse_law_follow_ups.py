"""Terse follow-ups after an answer from a law text, asking a slot of what was just read
without a word that asks: "ngày ban hành", "người ký" of that text, not of a campaign
letter's card; "giờ còn hiệu lực ko" of that text; "hồ sơ?", "thưởng?" of the title just
discussed, answered where that title's dossier or bonus is; "còn tiên tiến?" the same
title at another grade."""

import pytest

from tests.conftest import Chat

pytestmark = pytest.mark.today


def lead(replies: list) -> str:  # type: ignore[type-arg]
    """The answer with its source line."""
    return str(replies[0].text)


@pytest.mark.parametrize("asked", ["ngày ban hành", "ban hanh ngay", "ngày ký"])
async def test_the_date_named_bare_is_the_decree_just_read(chat: Chat, asked: str) -> None:
    await chat.send("chủ tịch ubnd xã được tặng những danh hiệu gì")
    reply = lead(await chat.send(asked))
    assert "11/6/2025" in reply
    assert "Kon Tum" not in reply


async def test_the_signer_named_bare_is_the_law_just_read(chat: Chat) -> None:
    await chat.send("luật thi đua khen thưởng 2022 quy định những danh hiệu thi đua nào")
    assert "Vương Đình Huệ" in lead(await chat.send("người ký"))


@pytest.mark.parametrize("asked", ["giờ còn hiệu lực ko", "vay bay gio con dung duoc khong"])
async def test_still_in_force_after_now_is_the_text_just_read(chat: Chat, asked: str) -> None:
    await chat.send("đơn yêu cầu công nhận sáng kiến có những mục nào")
    assert "Chưa thấy văn bản thay thế" in lead(await chat.send(asked))


@pytest.mark.parametrize("asked", ["hồ sơ?", "ho so gom nhung gi", "giấy tờ?"])
async def test_the_dossier_of_the_title_just_discussed(chat: Chat, asked: str) -> None:
    await chat.send("muốn đạt chiến sĩ thi đua cơ sở cần những gì")
    reply = lead(await chat.send(asked))
    assert "Mẫu số 01" in reply
    assert "Hồ sơ xét tặng “Chiến sĩ thi đua cơ sở”" in reply
    assert "Nghị định số 152/2025/NĐ-CP" in reply


async def test_another_grade_then_its_bonus_bare(chat: Chat) -> None:
    await chat.send("tập thể lao động xuất sắc tiêu chuẩn như thế nào")
    assert "Tập thể lao động tiên tiến" in lead(await chat.send("còn tiên tiến?"))
    assert "0,8 lần mức lương cơ sở" in lead(await chat.send("thưởng?"))


@pytest.mark.parametrize("asked", ["gio ai lam thay", "bây giờ cấp nào làm thay"])
async def test_who_does_it_instead_now_is_where_the_note_sends(chat: Chat, asked: str) -> None:
    await chat.send("trước đây chủ tịch ubnd huyện được tặng danh hiệu gì")
    reply = lead(await chat.send(asked))
    assert "Nghị định số 129/2025/NĐ-CP" in reply
    assert "Chủ tịch Ủy ban nhân dân cấp xã quyết định tặng danh hiệu thôn" in reply


@pytest.mark.parametrize(
    ("first", "asked", "bonus"),
    [
        ("tập thể lao động tiên tiến tiêu chuẩn là gì", "tap the do thuong bao nhieu", "0,8 lần"),
        ("chiến sĩ thi đua cơ sở cần tiêu chuẩn gì", "cá nhân đó được thưởng bao nhiêu", "1,0 lần"),
    ],
)
async def test_the_audience_pointed_back_is_the_title_just_discussed(
    chat: Chat, first: str, asked: str, bonus: str
) -> None:
    await chat.send(first)
    assert f"{bonus} mức lương cơ sở" in lead(await chat.send(asked))


@pytest.mark.parametrize("asked", ["đơn gồm những mục gì", "don yeu cau gom nhung muc nao"])
async def test_a_list_asked_of_a_noun_after_the_card_is_that_part(chat: Chat, asked: str) -> None:
    await chat.send("thông tư 18/2013/TT-BKHCN do ai ký")
    assert "Mô tả bản chất của sáng kiến" in lead(await chat.send(asked))
