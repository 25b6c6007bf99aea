"""Follow-ups asking what is current of the law or of a body just spoken of: the text to go
by now after a repealed one, what became of the ministry that issued the letter just read
or that a plan cites, and an enterprise's boards typed in their letters."""

import pytest

from handlers import named_things
from tests.conftest import Chat

pytestmark = pytest.mark.today


def lead(replies: list) -> str:  # type: ignore[type-arg]
    """The answer itself, without its source lines."""
    return str(replies[0].text).split("📄")[0]


@pytest.mark.parametrize("asked", ["vậy giờ căn cứ văn bản nào", "hien nay can cu vao van ban nao"])
async def test_the_text_to_go_by_now_after_a_repealed_one(chat: Chat, asked: str) -> None:
    await chat.send("nghị định 98/2023 còn hiệu lực không")
    assert "căn cứ hiện hành là Nghị định 152/2025/NĐ-CP" in lead(await chat.send(asked))


@pytest.mark.parametrize(
    "asked", ["bộ tnmt đổi tên thành gì", "bo tai nguyen moi truong giai the chua"]
)
async def test_a_ministry_renamed_or_dissolved_is_what_it_became(chat: Chat, asked: str) -> None:
    assert "Bộ Nông nghiệp và Môi trường" in lead(await chat.send(asked))


async def test_the_ministry_of_the_letter_just_read_renamed(chat: Chat) -> None:
    await chat.send("chủ đề thi đua năm 2021 của bộ tài nguyên và môi trường")
    reply = lead(await chat.send("bộ đó giờ đổi tên thành gì rồi"))
    assert "Bộ Tài nguyên và Môi trường nay là Bộ Nông nghiệp và Môi trường" in reply


async def test_the_body_of_the_letter_a_plan_cites_is_the_one_asked_about_now(chat: Chat) -> None:
    await chat.send("kế hoạch thi đua 2022 của sở tnmt sóc trăng căn cứ văn bản nào")
    await chat.send("công văn đó của cơ quan nào")
    reply = lead(await chat.send("cơ quan đó giờ còn không"))
    assert "Bộ Tài nguyên và Môi trường nay là Bộ Nông nghiệp và Môi trường" in reply


def test_a_bare_number_without_a_kind_code_is_a_letters() -> None:
    letter = named_things.Named("van ban", "8240/BTNMT-TĐKTTT")
    plan = named_things.Named("van ban", "3510/KH-UBND")
    assert named_things.points_by_kind("cong van do cua co quan nao", letter)
    assert named_things.points_by_kind("ke hoach do ai ky", plan)
    assert not named_things.points_by_kind("ke hoach do ai ky", letter)


async def test_the_enterprise_board_typed_in_letters(chat: Chat) -> None:
    await chat.send("giám đốc doanh nghiệp được quyết định tặng danh hiệu gì")
    reply = lead(await chat.send("thế còn chủ tịch hđqt"))
    assert (
        "Chủ tịch Hội đồng quản trị, Chủ tịch Hội đồng thành viên quyết định tặng giấy khen"
        in reply
    )


async def test_the_department_pointed_at_is_not_the_ministry_its_plan_cites(chat: Chat) -> None:
    await chat.send("kế hoạch thi đua 2022 của sở tnmt sóc trăng căn cứ văn bản nào")
    reply = lead(await chat.send("sở đó giờ còn không"))
    assert "Sở Tài nguyên và Môi trường nay là Sở Nông nghiệp và Môi trường" in reply
