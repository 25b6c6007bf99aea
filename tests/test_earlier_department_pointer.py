""" "sở đó" after an answer from no department's document (the law, the province's
directive, the note on district offices) points back at the department whose document the
chat read before, not at the last document's issuer."""

import pytest

from tests.conftest import Chat

pytestmark = pytest.mark.today


async def test_the_department_after_the_law(chat: Chat) -> None:
    await chat.send("kế hoạch thi đua năm 2022 của sở tnmt sóc trăng: tiêu chí cho cá nhân")
    await chat.send("theo luật thì chiến sĩ thi đua cơ sở cần những gì")
    reply = (await chat.send("vậy sở đó bây giờ thuộc đâu"))[0].text
    assert "Sở Nông nghiệp và Môi trường thành phố Cần Thơ" in reply


async def test_the_department_after_the_province_s_directive(chat: Chat) -> None:
    await chat.send("cv của sở tnmt kon tum triển khai chỉ thị số mấy của chủ tịch ubnd tỉnh")
    await chat.send("chỉ thị đó ai ký")
    reply = (await chat.send("thế sở đó giờ thuộc đâu"))[0].text
    assert "Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi" in reply
