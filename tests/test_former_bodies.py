"""A body pointed at after a note on the 2025 restructuring, asked of a year before it: the
former body, whose documents of that year are held."""

import pytest

from tests.conftest import Chat

pytestmark = pytest.mark.today


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            ["bộ tnmt giờ đổi thành bộ gì rồi", "hồi 2021 bộ đó phát động thi đua chủ đề gì"],
            "Đoàn kết, kỷ cương, đổi mới toàn diện để phát triển",
        ),
        (
            [
                "sóc trăng giờ thuộc tỉnh thành nào",
                "the so tnmt soc trang thi sao",
                "kế hoạch thi đua 2022 của sở đó chủ đề là gì",
            ],
            "Kỷ cương, trách nhiệm, đổi mới, hội nhập, hiệu quả",
        ),
    ],
)
async def test_a_body_pointed_at_in_a_year_before_the_merger_is_the_former_one(
    chat: Chat, turns: list[str], expected: str
) -> None:
    for said in turns:
        reply = (await chat.send(said))[0].text
    assert expected in reply


async def test_the_body_pointed_at_without_an_earlier_year_is_the_new_one(chat: Chat) -> None:
    await chat.send("bộ tnmt giờ đổi thành bộ gì rồi")
    reply = (await chat.send("bộ đó hoạt động từ ngày nào"))[0].text
    assert "Bộ Nông nghiệp và Môi trường hoạt động từ ngày 01/3/2025" in reply
