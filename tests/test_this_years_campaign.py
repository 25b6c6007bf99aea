"""What this year's campaign sets out, asked without naming a document ("mục tiêu năm nay
là gì"): the question of which campaign is open this year, told as for "năm nay có phong
trào nào không", not an article or an old letter saying "mục tiêu"."""

import pytest

from tests.conftest import Chat

NONE_OPEN = "Hiện chưa có phong trào thi đua nào đang mở"


@pytest.mark.today
@pytest.mark.parametrize(
    "asked", ["muc tieu nam nay la gi vay", "chủ đề thi đua năm nay là gì", "chỉ tiêu năm nay?"]
)
async def test_none_open_this_year_is_said(chat: Chat, asked: str) -> None:
    assert (await chat.send(asked))[0].text.startswith(NONE_OPEN)


async def test_a_held_campaign_of_this_year_is_the_searchs_to_find(chat: Chat) -> None:
    # (the clock in 2022, while the bundled campaigns of that year are held)
    text = (await chat.send("chủ đề thi đua năm nay là gì"))[0].text
    assert not text.startswith((NONE_OPEN, "Các phong trào đang mở")), text[:200]


@pytest.mark.today
async def test_a_named_document_s_aim_is_still_its_own(chat: Chat) -> None:
    text = (await chat.send("mục tiêu của kế hoạch thi đua năm nay của sở tnmt sóc trăng"))[0].text
    assert not text.startswith(NONE_OPEN)
