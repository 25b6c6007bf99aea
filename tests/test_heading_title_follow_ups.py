"""A follow-up naming no title of its own is read with the title the heading just shown
names: "quân đội thì sao" after the article on one title asks within that article, not
wherever the law speaks of the army."""

import pytest

from handlers import context
from handlers.followups.references_and_aspects import heading_title
from knowledge import KnowledgeBase
from tests.conftest import Chat, shown

pytestmark = pytest.mark.today


@pytest.mark.parametrize(
    ("asked", "title"),
    [
        ("tiêu chuẩn lao động tiên tiến là gì", "lao dong tien tien"),
        ("chiến sĩ tiên tiến cần gì", "chien si tien tien"),  # the heading's other name
        ("điều 24 nói gì", "lao dong tien tien"),  # no title asked: the heading's first
    ],
)
def test_the_heading_s_title_as_the_last_question_named_it(
    kb: KnowledgeBase, asked: str, title: str
) -> None:
    article = shown(kb, "Điều 24.", "cán bộ, công chức", asked)
    assert heading_title(article, kb) == title


def test_a_heading_naming_no_title_adds_none(kb: KnowledgeBase) -> None:
    bonus = shown(kb, "Điều 50.", "0,3 lần", "mức thưởng theo nghị định 152")
    assert heading_title(bonus, kb) is None


def test_a_follow_up_naming_its_own_title_keeps_it(kb: KnowledgeBase) -> None:
    article = shown(kb, "Điều 24.", "cán bộ, công chức", "tiêu chuẩn lđtt")
    resolved = context.resolve("cstđcs thì cần gì", article, kb) or ""
    assert "lao dong tien tien" not in resolved


async def test_the_army_asked_after_a_title_s_article(chat: Chat) -> None:
    await chat.send("lao động tiên tiến cho viên chức cần tiêu chuẩn gì")
    reply = (await chat.send("bên quân đội thì danh hiệu gọi là gì"))[0].text
    assert "quân nhân, công nhân, công chức, viên chức quốc phòng" in reply


async def test_the_army_asked_after_who_recognises_an_initiative(chat: Chat) -> None:
    await chat.send("sáng kiến xét chiến sĩ thi đua toàn quốc do ai công nhận phạm vi toàn quốc")
    reply = (await chat.send("trong quân đội thì sao"))[0].text
    assert "Bộ trưởng Bộ Quốc phòng" in reply


@pytest.mark.parametrize(
    ("section", "saying", "asked", "follow_up"),
    [
        ("Điều 22.", "03 lần", "chiến sĩ thi đua cấp tỉnh cần gì", "toàn quốc?"),  # a level
        ("Điều 28.", "70%", "tập thể lđtt cần mấy phần trăm", "còn mức 60% thì sao"),  # a figure
    ],
)
def test_follow_ups_asking_of_another_title_or_a_figure_carry_no_heading(
    kb: KnowledgeBase, section: str, saying: str, asked: str, follow_up: str
) -> None:
    article = shown(kb, section, saying, asked)
    title = heading_title(article, kb)
    assert title is not None
    assert not (context.resolve(follow_up, article, kb) or "").endswith(title)


def test_thuong_as_usually_is_no_bonus(kb: KnowledgeBase) -> None:
    # "thường" (usually) is no "thưởng" (a bonus): the heading's title is carried
    article = shown(kb, "Điều 24.", "cán bộ, công chức", "tiêu chuẩn lao động tiên tiến là gì")
    resolved = context.resolve("bên quân đội thì thường gọi là gì", article, kb) or ""
    assert resolved.endswith("lao dong tien tien"), resolved


async def test_the_title_at_another_level_set_against_the_one_read(chat: Chat) -> None:
    await chat.send("theo luật tđkt 06/2022 muốn đạt chiến sĩ thi đua cơ sở cần tiêu chuẩn gì")
    await chat.send("còn lên cstđ cấp tỉnh thì sao")
    reply = (await chat.send("thế toàn quốc thì cần mấy lần cấp tỉnh"))[0].text
    assert "có 02 lần liên tục được tặng danh hiệu chiến sĩ thi đua" in reply.split("📄")[0]
