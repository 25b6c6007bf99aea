"""Names typed as staff type them: a campaign's name asked by "tên gì", a title of a
province's level named short ("chiến sĩ thi đua tỉnh") where the law heads its article with
the full name."""

from knowledge import KnowledgeBase
from knowledge.asking import ask
from tests.conftest import Chat


async def test_a_campaigns_name_asked_by_ten_gi(chat: Chat) -> None:
    # "tên gì" asks as "tên là gì" does: the campaign's name, in quotes in the plan
    await chat.send("KH 2022 Sóc Trăng gắn với chỉ thị 05 nào")
    await chat.send("phong trào văn hóa công sở của tỉnh tên gì")
    assert "thi đua thực hiện văn hóa công sở” giai đoạn 2019 - 2025" in chat.text, chat.text


def test_a_provincial_fighter_named_short_is_the_laws_article_on_it(kb: KnowledgeBase) -> None:
    # "chiến sĩ thi đua tỉnh" as staff say it; the law heads Điều 22 "… Bộ, ban, ngành, tỉnh"
    found = ask(kb, "với chiến sĩ thi đua tỉnh thì ai công nhận sáng kiến")
    assert found and found[0].passage.section.startswith("Điều 22."), found[:1]
