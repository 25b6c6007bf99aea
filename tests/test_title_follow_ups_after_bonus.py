"""Follow-ups after a title. After its bonus (the decree's article on bonuses), a "còn …"
follow-up in words the law says of that title is asked of what the law says; "thưởng mấy
lần" is its bonus; "họ" is the people the last question asked of."""

import pytest

from tests.conftest import Chat


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            [
                "dieu 22 cstd cap tinh thi can may lan cstd co so lien tuc",
                "vậy thưởng bao nhiêu",
                "con trong quan doi, cong an thi ai cong nhan muu tri sang tao trong chien dau",
            ],
            "Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Công an xem xét, công nhận sự mưu trí",
        ),
        (
            [
                "danh hiệu chiến sĩ tiên tiến áp dụng cho những ai",
                "thuong bao nhieu",
                "còn thẩm quyền tặng trong quân đội, công an thì ai quy định",
            ],
            "dân quân tự vệ cơ động do Bộ Quốc phòng, Bộ Công an quy định",
        ),
    ],
)
async def test_what_the_law_says_of_the_title_after_its_bonus(
    chat: Chat, turns: list[str], expected: str
) -> None:
    for said in turns:
        reply = (await chat.send(said))[0].text
    assert expected in reply


async def test_another_title_named_is_that_title_s_bonus(chat: Chat) -> None:
    await chat.send("cho toi hoi cstdcs duoc thuong bao nhieu a")
    await chat.send("Thế còn lao động tiên tiến ạ?")
    reply = (await chat.send("Còn trường đạt tập thể lao động xuất sắc thì sao ạ?"))[0].text
    assert "được thưởng 1,5 lần mức lương cơ sở" in reply


@pytest.mark.parametrize("asked", ["cstd cap tinh thuong may lan", "ttlđtt thuong may lan lcs vay"])
async def test_a_bonus_asked_in_times_the_base_salary(chat: Chat, asked: str) -> None:
    """ "thưởng mấy lần" asks the bonus (so many times the base salary), not how many times
    the title must be won before."""
    reply = (await chat.send(asked))[0].text
    assert "Điều 50" in reply.split("📄")[1]


async def test_a_bonus_in_times_asked_after_a_title_s_standards(chat: Chat) -> None:
    await chat.send("tập thể lao động xuất sắc cần gì")
    reply = (await chat.send("thưởng mấy lần"))[0].text
    assert "“Tập thể lao động xuất sắc”, “Đơn vị quyết thắng” được tặng Bằng chứng nhận" in reply


async def test_them_after_a_title_asked_of_some_people_is_those_people(chat: Chat) -> None:
    await chat.send("nong dan o xa co duoc xet lao dong tien tien ko")
    reply = (await chat.send("thế tiêu chuẩn cho họ là gì"))[0].text
    assert reply.startswith("3. Danh hiệu “Lao động tiên tiến” để tặng cho công nhân, nông dân")


async def test_a_dossier_typed_without_marks_is_no_pronoun(chat: Chat) -> None:
    await chat.send("tieu chuan chien si thi dua co so la gi")
    reply = (await chat.send("ho so gom nhung gi"))[0].text
    assert "Hồ sơ" in reply.split("\n")[0] or "hồ sơ" in reply.split("\n")[0]


async def test_a_flag_named_by_its_level_alone_is_that_flag(chat: Chat) -> None:
    """ "cờ thi đua tỉnh" names the province's flag, not the Government's asked before."""
    await chat.send("cờ thi đua của tỉnh được thưởng bao nhiêu")
    await chat.send("con co thi dua cua chinh phu")
    reply = (await chat.send("thế tiêu chuẩn cờ thi đua tỉnh trong luật thế nào"))[0].text
    assert reply.startswith("Điều 26. Danh hiệu cờ thi đua Bộ, ban, ngành, tỉnh")


async def test_how_often_honoured_is_no_bonus(chat: Chat) -> None:
    reply = (await chat.send("phải được khen thưởng mấy lần thì được cstđ toàn quốc"))[0].text
    assert reply.startswith("Điều 21.")


@pytest.mark.parametrize(
    "turns",
    [
        ["nông dân có được xét lđtt không", "họ được thưởng bao nhiêu"],
        ["tiêu chuẩn lđtt", "tìm hộ em mức thưởng"],
    ],
)
async def test_a_bonus_asked_of_them_or_on_one_s_behalf_leads_with_the_title_s_line(
    chat: Chat, turns: list[str]
) -> None:
    for said in turns:
        reply = (await chat.send(said))[0].text
    assert reply.split("\n")[1].startswith("d) Danh hiệu “Lao động tiên tiến”")


async def test_so_many_times_the_base_salary_is_a_bonus(chat: Chat) -> None:
    reply = (await chat.send("tập thể lđxs khen thưởng mấy lần mức lương cơ sở"))[0].text
    assert reply.startswith("Điều 50.")
