"""A follow-up naming a level or place the last document nowhere says is asked of the
document that says it; a province typed by its initials in the last question is the one
a follow-up naming another province replaces."""

import pytest

from tests.conftest import Chat

pytestmark = pytest.mark.today


async def test_a_level_the_last_decree_never_names_is_asked_of_the_law(chat: Chat) -> None:
    await chat.send("chủ tịch ubnd xã được tặng những danh hiệu nào ạ")
    reply = (await chat.send("con chu tich huyen"))[0].text
    assert "Chủ tịch Ủy ban nhân dân cấp huyện quyết định tặng" in reply
    assert "Luật số 06/2022/QH15" in reply.split("📄")[1]


async def test_a_level_the_last_document_names_stays_in_it(chat: Chat) -> None:
    await chat.send("luật tđkt quy định chủ tịch ubnd xã được tặng những danh hiệu nào")
    reply = (await chat.send("còn chủ tịch huyện"))[0].text
    assert "Chủ tịch Ủy ban nhân dân cấp huyện quyết định tặng" in reply


async def test_a_province_typed_by_its_initials_is_replaced(chat: Chat) -> None:
    await chat.send("tieu chi ca nhan kh st 2022 co yeu cau phong chong dich ko")
    reply = (await chat.send("kon tum thì sao"))[0].text
    assert "Kon Tum" in reply.split("📄")[1]
    assert "Sóc Trăng" not in reply.split("📄")[1]


async def test_a_decree_asked_for_after_the_law(chat: Chat) -> None:
    await chat.send("luật thi đua khen thưởng 2022 có hiệu lực khi nào")
    reply = (await chat.send("còn nđ hướng dẫn thi hành luật đó hiện nay là nđ nào"))[0].text
    assert "Nghị định 152/2025/NĐ-CP" in reply
    assert "Nghị định" in reply.split("📄")[1]


async def test_then_a_longer_subject_keeps_what_was_asked(chat: Chat) -> None:
    await chat.send("luật tđkt quy định hồ sơ đề nghị xét tặng gồm những gì")
    await chat.send("ai quy định chi tiết hồ sơ, thủ tục")
    reply = (await chat.send("vậy hồ sơ các danh hiệu cấp cơ sở thì sao"))[0].text
    assert "phân cấp cho bộ, ban, ngành, tỉnh" in reply
