"""Mends from the review of stop 22's first round: what crashed on odd input, what was declined
for the wrong reason, one pattern for each reading."""

import pytest

from bot.core import ERROR_TEXT
from knowledge import KnowledgeBase
from tests.conftest import Chat


@pytest.mark.parametrize("odd", ["²", "①", "³"])
def test_a_superscript_before_a_counted_word_is_no_count(kb: KnowledgeBase, odd: str) -> None:
    """'²'.isdigit() is true but int('²') fails: the count asked is read from decimal digits
    only, also where a candidate answers well enough for the count to be weighed."""
    kb.search(f"phong trao {odd} nao luat 06/2022/qh15 quoc hoi 2022")
    kb.search(f"luật thi đua khen thưởng có {odd} phong trào nào")


async def test_a_superscript_in_a_follow_up_after_a_law_answer(chat: Chat) -> None:
    await chat.send("luật thi đua khen thưởng ban hành ngày nào")
    replies = await chat.send("phong trào ² nào")
    assert replies
    assert all(ERROR_TEXT not in r.text for r in replies)
