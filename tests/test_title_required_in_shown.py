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


async def test_the_dossier_s_paper_for_a_title(chat: Chat) -> None:
    await chat.send("theo luật thì hồ sơ xét tặng danh hiệu thi đua có những gì")
    reply = (await chat.send("với cstđcs thì phải kèm thêm gì"))[0].text
    assert "Chứng nhận hoặc xác nhận của cơ quan, tổ chức có thẩm quyền" in reply.split("📄")[0]


@pytest.mark.parametrize(
    "follow_up", ["còn chiến sĩ thi đua cơ sở thì sao", "thế còn cstđcs thì cần những gì"]
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
    assert "Điều 27" not in reply


async def test_papers_asked_for_a_title_are_its_own_dossier(chat: Chat) -> None:
    await chat.send("theo luật thì hồ sơ xét tặng danh hiệu thi đua có những gì")
    reply = (await chat.send("đề nghị cstđcs thì cần thêm giấy tờ gì"))[0].text
    assert "Điều 84" not in reply.split("📄")[1]


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
