"""Follow-ups whose own words name another document (a decree by its number, a ministry
and a year) are answered from that document, not from the last one."""

import pytest

from knowledge.intents import is_question
from tests.conftest import Chat

pytestmark = pytest.mark.today


@pytest.mark.parametrize(
    "text", ["nđ 13 thì đã bị thay chưa", "luật đã được sửa chưa ạ", "ký rồi hay chưa"]
)
def test_a_question_closed_by_chua_asks(text: str) -> None:
    assert is_question(text) == ("rồi hay" not in text)


async def test_whether_a_text_was_replaced_is_its_status_without_the_word_the(
    chat: Chat,
) -> None:
    reply = (await chat.send("nđ 13 đã bị thay chưa"))[0].text
    assert reply.startswith("Nghị định số 13/2012/NĐ-CP: Chưa thấy văn bản thay thế")


async def test_a_con_follow_up_naming_another_decree_asks_of_that_decree(chat: Chat) -> None:
    await chat.send("mẫu đơn yêu cầu công nhận sáng kiến nằm ở đâu")
    await chat.send("trong don phai ghi nhung muc gi")
    reply = (await chat.send("còn nđ 13 thì đã bị thay chưa"))[0].text
    assert reply.startswith("Nghị định số 13/2012/NĐ-CP: Chưa thấy văn bản thay thế")


async def test_a_place_closed_by_a_comma_is_replaced_by_the_body_the_follow_up_names(
    chat: Chat,
) -> None:
    await chat.send("sở tnmt sóc trăng, tiêu chí văn hóa công sở của tập thể năm 2022 là gì")
    reply = (await chat.send("bộ tnmt 2021 thì sao"))[0].text
    assert "không đi muộn về sớm" in reply
    assert "Công văn năm 2021 của Bộ Tài nguyên và Môi trường" in reply


async def test_after_a_status_told_the_next_question_is_of_that_document(chat: Chat) -> None:
    # the first answer names the circular too; the status told is the decree's
    await chat.send("nghị định 13/2012 là văn bản gì")
    await chat.send("giờ còn hiệu lực không")
    reply = (await chat.send("ký ngày nào"))[0].text
    assert "Nghị định số 13/2012/NĐ-CP ngày 02/3/2012" in reply
    assert "Thông tư số 18/2013" not in reply.split("📄")[0]


async def test_a_document_cited_pointed_at_by_its_number_alone(chat: Chat) -> None:
    await chat.send("chỉ thị 14 của ubnd kon tum dựa trên văn bản nào")
    reply = (await chat.send("cái 19 đó về gì"))[0].text
    assert "theo Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng" in reply
    assert reply.startswith("Thực hiện Chỉ thị số 34-CT/TW")


async def test_a_document_cited_pointed_at_by_its_issuer_alone(chat: Chat) -> None:
    await chat.send("chi thi 14 kon tum can cu nhung van ban nao")
    reply = (await chat.send("cái của thủ tướng về việc gì"))[0].text
    assert "Phát động thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế" in reply
