"""Follow-ups on who decides at another level or since the district level went: a clause of
an article listing the levels, the article a note sends to when the follow-up repeats the
note's words, and when an answer came between."""

import pytest

from tests.conftest import Chat

pytestmark = pytest.mark.today


@pytest.mark.parametrize("follow_up", ["còn ở xã thì ai quyết", "the cap xa thi ai quyet dinh"])
async def test_a_level_swapped_is_the_clause_on_it(chat: Chat, follow_up: str) -> None:
    await chat.send("thủ trưởng cơ quan chuyên môn thuộc ubnd tỉnh đc quyết định tặng danh hiệu gì")
    reply = (await chat.send(follow_up))[0].text
    assert reply.startswith("3. Chủ tịch Ủy ban nhân dân cấp xã quyết định tặng danh hiệu")


async def test_a_follow_up_repeating_the_note_is_sent_where_it_says(chat: Chat) -> None:
    await chat.send("theo luat tdkt chu tich ubnd huyen duoc tang danh hieu gi")
    reply = (await chat.send("giờ ko còn huyện thì thẩm quyền đó ai làm"))[0].text
    assert reply.startswith("Điều 59. Thẩm quyền")


async def test_where_a_power_went_after_an_answer_between(chat: Chat) -> None:
    await chat.send("theo luật thì chủ tịch ubnd huyện được tặng những danh hiệu gì")
    await chat.send("cấp huyện bây giờ còn không")
    reply = (await chat.send("vậy quyền đó giao cho ai"))[0].text
    assert reply.startswith("Điều 59. Thẩm quyền")
    assert "Theo ghi chú kèm Điều 80 Luật 06/2022/QH15: từ 01/7/2025" in reply


async def test_a_level_swapped_with_a_clause_restating_the_note(chat: Chat) -> None:
    await chat.send("giám đốc sở được tặng những danh hiệu gì theo luật")
    reply = (await chat.send("vậy cấp xã thì sao, giờ không còn cấp huyện"))[0].text
    assert reply.startswith("Điều 59. Thẩm quyền")
