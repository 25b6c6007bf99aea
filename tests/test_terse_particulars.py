"""A document's particular named without a word that asks ("tên phong trào") after an answer
from that document: the particular of that document."""

import pytest

from tests.conftest import Chat

pytestmark = pytest.mark.today


async def test_the_campaigns_name_after_its_letter(chat: Chat) -> None:
    await chat.send("sở tnmt kon tum phát động thi đua đặc biệt chống covid theo kế hoạch nào")
    reply = (await chat.send("tên phong trào"))[0].text
    assert "“Nhân dân tỉnh Kon Tum đoàn kết, chung sức, đồng lòng" in reply.split("📄")[0]


async def test_papers_asked_for_are_the_dossier(chat: Chat) -> None:
    # "giấy tờ", as staff ask for a dossier's papers, finds "hồ sơ", "chứng nhận hoặc xác nhận"
    await chat.send("hồ sơ xét tặng cstđcs gồm những gì")
    reply = (await chat.send("vậy sáng kiến cần giấy tờ gì xác nhận"))[0].text
    assert "Chứng nhận hoặc xác nhận của cơ quan, tổ chức có thẩm quyền" in reply
