"""A follow-up naming another level of the title just discussed ("thế toàn quốc", "còn cấp
bộ, tỉnh"), or a title with "lao động" typed "lđ", asks the same of that title."""

import pytest

from tests.conftest import Chat

pytestmark = pytest.mark.today


async def test_then_national_after_the_provincial_fighter(chat: Chat) -> None:
    await chat.send("chiến sĩ thi đua cấp tỉnh cần tiêu chuẩn gì")
    reply = (await chat.send("vậy toàn quốc"))[0].text
    assert "Chiến sĩ thi đua toàn quốc" in reply
    assert "02 lần liên tục" in reply


async def test_ministry_and_province_level_after_the_national_bonus(chat: Chat) -> None:
    await chat.send("chiến sĩ thi đua toàn quốc được thưởng bao nhiêu")
    reply = (await chat.send("còn cấp bộ, tỉnh thì thưởng mấy lần"))[0].text
    assert "3,0 lần mức lương cơ sở" in reply


async def test_a_collective_title_typed_with_ld(chat: Chat) -> None:
    await chat.send("danh hiệu lao động tiên tiến thưởng bao nhiêu")
    reply = (await chat.send("thế tập thể lđ xuất sắc thì sao"))[0].text
    assert "1,5 lần mức lương cơ sở" in reply


async def test_what_a_title_brings_is_its_bonus_article(chat: Chat) -> None:
    reply = (await chat.send("chiến sĩ thi đua cơ sở thì được tặng gì"))[0].text
    assert "Bằng chứng nhận, khung và được thưởng 1,0 lần" in reply


async def test_what_a_title_brings_after_its_standards(chat: Chat) -> None:
    await chat.send("tiêu chuẩn chiến sĩ thi đua toàn quốc")
    reply = (await chat.send("đạt danh hiệu đó thì được tặng những gì"))[0].text
    assert "4,5 lần mức lương cơ sở" in reply


async def test_what_an_authority_may_award_is_not_a_bonus(chat: Chat) -> None:
    await chat.send("trong doanh nghiep ai quyet dinh tang ldtt, cstdcs")
    reply = (await chat.send("còn chủ tịch hđqt thì được tặng gì"))[0].text
    assert "Chủ tịch Hội đồng quản trị, Chủ tịch Hội đồng thành viên quyết định tặng" in reply
    assert "lần mức lương cơ sở" not in reply


async def test_a_question_on_the_title_just_read_is_answered_from_its_article(chat: Chat) -> None:
    """Its words are as much in the national title's article, found first: the article just
    shown wins the tie, and a clause of it stands for it."""
    await chat.send("Chiến sĩ thi đua cấp tỉnh cần những tiêu chuẩn gì?")
    reply = (await chat.send("ai cong nhan pham vi anh huong cua sang kien"))[0].text
    assert "phạm vi ảnh hưởng trong Bộ, ban, ngành, tỉnh của sáng kiến" in reply
    assert "phạm vi ảnh hưởng trong toàn quốc của sáng kiến" not in reply
