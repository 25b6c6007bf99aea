"""A title named in a follow-up asking what is required is read in the legal article just
shown (handlers/followups/title_required_in_shown.py): the collective title's article says
it needs a member holding the title, the dossier's article says which paper it needs more."""

import pytest

from tests.conftest import Chat

pytestmark = pytest.mark.today


async def test_a_collective_title_s_requirement_of_an_individual_title(chat: Chat) -> None:
    await chat.send("danh hiệu tập thể lao động xuất sắc cần những tiêu chuẩn nào")
    reply = (await chat.send("vậy có bắt buộc phải có chiến sĩ thi đua cơ sở không"))[0].text
    assert reply.split("📄")[0].count("Có cá nhân đạt danh hiệu “Chiến sĩ thi đua cơ sở”") == 1
    assert "Điều 27" in reply


async def test_a_requirement_typed_bare_is_read_as_one(chat: Chat) -> None:
    await chat.send("danh hiệu tập thể lao động xuất sắc cần những tiêu chuẩn nào")
    reply = (await chat.send("tap the do co can chien si thi dua co so khong"))[0].text
    assert reply.split("📄")[0].count("Có cá nhân đạt danh hiệu “Chiến sĩ thi đua cơ sở”") == 1
    assert "Điều 27" in reply


@pytest.mark.parametrize(
    "follow_up",
    [
        # "cán" typed with its marks is no "cần"
        "cán bộ đạt chiến sĩ thi đua cơ sở được thưởng bao nhiêu",
        # "có phải" asks whether something is so, not what is required
        "có phải chiến sĩ thi đua cơ sở được thưởng 1,5 lần lương cơ sở không",
        # "thêm" of a bonus is no paper more for the title
        "cstđcs có được thưởng thêm tiền không",
    ],
)
async def test_a_holder_s_bonus_is_not_what_the_article_requires(
    chat: Chat, follow_up: str
) -> None:
    await chat.send("danh hiệu tập thể lao động xuất sắc cần những tiêu chuẩn nào")
    reply = (await chat.send(follow_up))[0].text
    body, source = reply.split("📄")
    assert "“Chiến sĩ thi đua cơ sở” được tặng Bằng chứng nhận, khung và được thưởng" in body
    assert "Nghị định số 152/2025/NĐ-CP" in source and "Điều 50" in source


async def test_an_article_named_by_number_is_the_one_read(chat: Chat) -> None:
    await chat.send("danh hiệu tập thể lao động xuất sắc cần những tiêu chuẩn nào")
    reply = (
        await chat.send("điều 28 luật thi đua khen thưởng có cần chiến sĩ thi đua cơ sở không")
    )[0].text
    assert reply.startswith("Điều 28. Danh hiệu “Tập thể lao động tiên tiến”")


async def test_the_dossier_s_paper_for_a_title(chat: Chat) -> None:
    await chat.send("theo luật thì hồ sơ xét tặng danh hiệu thi đua có những gì")
    reply = (await chat.send("với cstđcs thì phải kèm thêm gì"))[0].text
    assert "Chứng nhận hoặc xác nhận của cơ quan, tổ chức có thẩm quyền" in reply.split("📄")[0]


@pytest.mark.parametrize(
    "follow_up",
    [
        "còn chiến sĩ thi đua cơ sở thì sao",
        "thế còn cstđcs thì cần những gì",
        # "thế" with the title right after it moves to the title as "còn" does
        "thế chiến sĩ thi đua cơ sở thì cần thêm gì",
        # an article named by its number is the one asked
        "điều 23 luật thi đua khen thưởng: chiến sĩ thi đua cơ sở cần những gì",
    ],
)
async def test_the_same_asked_of_the_title_is_its_own_article(chat: Chat, follow_up: str) -> None:
    await chat.send("danh hiệu tập thể lao động xuất sắc cần những tiêu chuẩn nào")
    reply = (await chat.send(follow_up))[0].text
    assert reply.startswith("Điều 23.")


async def test_the_article_kept_stays_the_subject(chat: Chat) -> None:
    await chat.send("danh hiệu tập thể lao động xuất sắc cần những tiêu chuẩn nào")
    await chat.send("vậy có bắt buộc phải có chiến sĩ thi đua cơ sở không")
    reply = (await chat.send("được thưởng bao nhiêu"))[0].text
    assert "1,5 lần mức lương cơ sở" in reply.split("📄")[0]


@pytest.mark.parametrize(
    "follow_up",
    [
        "muốn được cstđcs thì cá nhân cần điều kiện gì",
        "cá nhân ấy cần tiêu chuẩn gì để được cstđcs",
    ],
)
async def test_the_title_s_own_standards_are_its_article(chat: Chat, follow_up: str) -> None:
    await chat.send("danh hiệu tập thể lao động xuất sắc cần những tiêu chuẩn nào")
    reply = (await chat.send(follow_up))[0].text
    body, source = reply.split("📄")
    assert "Danh hiệu “Chiến sĩ thi đua cơ sở” để tặng cho cá nhân đạt các tiêu chuẩn" in body
    assert "Điều 23" in reply
    assert "Điều 27" not in source


async def test_papers_asked_for_a_title_are_its_own_dossier(chat: Chat) -> None:
    await chat.send("theo luật thì hồ sơ xét tặng danh hiệu thi đua có những gì")
    reply = (await chat.send("đề nghị cstđcs thì cần thêm giấy tờ gì"))[0].text
    body, source = reply.split("📄")
    assert 'Thành phần hồ sơ xét tặng danh hiệu "Chiến sĩ thi đua cơ sở" gồm' in body
    assert "Nghị định số 152/2025/NĐ-CP" in source
    assert "Điều 84" not in source


@pytest.mark.parametrize(
    "follow_up", ["chiến sĩ thi đua thì cần thêm gì", "cstđ thì cần thêm giấy tờ gì"]
)
async def test_papers_asked_for_titles_named_together_are_the_dossier_s(
    chat: Chat, follow_up: str
) -> None:
    await chat.send("theo luật thì hồ sơ xét tặng danh hiệu thi đua có những gì")
    reply = (await chat.send(follow_up))[0].text
    assert "Chứng nhận hoặc xác nhận của cơ quan, tổ chức có thẩm quyền" in reply.split("📄")[0]
    assert "Điều 84" in reply
