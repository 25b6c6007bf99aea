"""Bodies before and after the 2025 restructuring: one pointed at after the note, asked of a
year before it, is the former body whose documents of that year are held; one asked what it
was renamed to, or is now, is answered from the note."""

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


@pytest.mark.parametrize(
    "asked", ["sở tnmt các tỉnh giờ đổi tên thành gì", "bo tnmt gio con ko hay doi thanh bo j r"]
)
async def test_renamed_asks_what_the_body_is_now(chat: Chat, asked: str) -> None:
    reply = (await chat.send(asked))[0].text
    assert reply.startswith(("Sở Tài nguyên và Môi trường nay là", "Bộ Tài nguyên và Môi trường"))


async def test_what_a_department_is_now_after_a_letter_naming_it(chat: Chat) -> None:
    """The 2021 letter says "Sở Tài nguyên và Môi trường các tỉnh" too; what it is now is the
    note's, not the letter's."""
    await chat.send("cv thi dua nam 2021 cua btnmt kinh gui ai vay")
    reply = (await chat.send("ma so tnmt cac tinh gio la so gi"))[0].text
    assert reply.startswith("Sở Tài nguyên và Môi trường nay là Sở Nông nghiệp và Môi trường")


@pytest.mark.parametrize(
    ("letter", "now"),
    [
        ("sở tnmt kon tum ct14", "Sở Tài nguyên và Môi trường nay là Sở Nông nghiệp và Môi trường"),
        ("btnmt 2021", "Bộ Tài nguyên và Môi trường nay là Bộ Nông nghiệp và Môi trường"),
        ("ct14 ubnd kon tum", "Tỉnh Kon Tum nay thuộc tỉnh Quảng Ngãi"),
    ],
)
async def test_what_it_is_now_after_a_letter_is_its_issuer_now(
    chat: Chat, letter: str, now: str
) -> None:
    """Not the note on Sóc Trăng, whose words "nay thuộc" the bare question says as well."""
    await chat.send(letter)
    reply = (await chat.send("giờ đổi tên thành gì"))[0].text
    assert reply.startswith(now)


async def test_another_level_asked_now_is_not_the_issuer(chat: Chat) -> None:
    await chat.send("kh thi dua soc trang 2022")
    reply = (await chat.send("giờ là bộ gì"))[0].text
    assert reply.startswith("Bộ Tài nguyên và Môi trường nay là Bộ Nông nghiệp và Môi trường")
