"""A follow-up pointing at what the last answer said ("ở trên có nhắc 4 phong trào …, liệt
kê giúp em"): looked for in the same document; and the position of a signer just named
("ông đó chức vụ gì")."""

import pytest

from tests.conftest import Chat

pytestmark = pytest.mark.today


async def test_what_the_answer_mentioned_is_looked_for_in_its_document(chat: Chat) -> None:
    await chat.send("cv bo tnmt 2021 noi dung thu 4 la gi")
    reply = (await chat.send("ở trên có nhắc 4 phong trào của Thủ tướng, liệt kê giúp em"))[0]
    assert "Cả nước chung sức xây dựng nông thôn mới" in reply.text
    await chat.send("cv so tnmt kon tum theo ct14 muc 1 la gi")
    reply = (await chat.send("o tren co noi chi thi cua bo chinh tri, la chi thi nao a"))[0]
    assert "Chỉ thị số 34-CT/TW" in reply.text


@pytest.mark.parametrize(
    ("first", "asked", "position"),
    [
        ("chỉ thị 14 ubnd kon tum ai ký", "ông ấy giữ chức vụ gì", "Chủ tịch Ủy ban nhân dân tỉnh"),
        ("cv phat dong thi dua 2021 cua bo tnmt ai ky", "ong do chuc vu gi", "Bộ trưởng Bộ Tài"),
        ("cv cua so tnmt kon tum ve covid ai ky", "người đó làm chức vụ gì", "Giám đốc Sở Tài"),
    ],
)
async def test_a_signers_position_is_the_title_with_the_body(
    chat: Chat, first: str, asked: str, position: str
) -> None:
    await chat.send(first)
    reply = (await chat.send(asked))[0].text
    assert reply.startswith("Người ký:") and f"Chức vụ: {position}" in reply


async def test_a_name_the_passage_quotes_is_what_is_asked_of_it(chat: Chat) -> None:
    await chat.send(
        "em xin hoi chi thi 14 cua ubnd tinh kon tum trien khai phong chong dich covid theo"
        " tinh than nghi quyet nao cua chinh phu a"
    )
    reply = (await chat.send("dạ cái đó nói mục tiêu kép là thế nào ạ"))[0].text
    assert "vừa phòng chống dịch Covid-19 hiệu quả, bảo vệ sức khỏe Nhân dân" in reply
