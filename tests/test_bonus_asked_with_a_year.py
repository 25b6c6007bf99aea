"""A title's bonus is the law's whatever the year the question names ("thưởng cstđcs năm 2025
bao nhiêu"), unless it asks the bonus of a province's or body's campaign."""

import pytest

from knowledge import KnowledgeBase
from knowledge.asking import ask
from knowledge.titles_answers import asks_bonus
from tests.conftest import Chat

pytestmark = pytest.mark.today

BONUS_ARTICLE = "Điều 50. Mức tiền thưởng danh hiệu thi đua"


def test_a_question_opened_by_the_bonus_word_asks_the_bonus() -> None:
    assert asks_bonus("thuong cstdcs nam 2025 bao nhieu")
    assert asks_bonus("thưởng lđtt bao nhiêu")
    assert not asks_bonus("khen thưởng cstđcs cần bao nhiêu sáng kiến")


@pytest.mark.parametrize(
    "question", ["thuong cstdcs nam 2025 bao nhieu", "thưởng lao động tiên tiến năm 2024 bao nhiêu"]
)
def test_the_bonus_of_a_title_with_a_year_is_the_decrees(kb: KnowledgeBase, question: str) -> None:
    assert ask(kb, question)[0].passage.section.startswith(BONUS_ARTICLE)


def test_the_bonus_asked_of_a_bodys_campaign_is_not_the_decrees(kb: KnowledgeBase) -> None:
    found = ask(kb, "tien thuong lao dong tien tien nam 2022 cua so tnmt soc trang bao nhieu")
    assert not found or not found[0].passage.section.startswith(BONUS_ARTICLE)


async def test_the_chat_answers_the_bonus_with_the_decrees_amount(chat: Chat) -> None:
    replies = await chat.send("thuong cstdcs nam 2025 bao nhieu")
    assert "1,0 lần mức lương cơ sở" in replies[0].text
