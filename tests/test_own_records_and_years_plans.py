"""Declining what the documents do not hold, however it is typed: one's own past titles typed
without diacritics ("em da dat …" is "em đã đạt", not "dạ") or followed by a request to look
them up, and a year's own plan of a body whose campaign spans several years."""

import pytest

from knowledge import KnowledgeBase
from knowledge.asides import without_asides
from knowledge.asking import ask
from knowledge.held import year_not_held
from tests.conftest import Chat

pytestmark = pytest.mark.today

OWN_RECORD = "Tôi chưa tra cứu được kết quả khen thưởng"


def test_da_after_the_asker_typed_without_diacritics_is_the_past() -> None:
    assert without_asides("em da dat ldtt may nam lien tuc roi") == (
        "em da dat ldtt may nam lien tuc roi"
    )
    # "dạ" opening the message, or written with its diacritics, is still polite
    assert without_asides("dạ em hỏi tiêu chí lđtt") == "tiêu chí lđtt"
    assert without_asides("em dạ cho em hỏi tiêu chí lđtt") == "tiêu chí lđtt"


@pytest.mark.parametrize(
    "question",
    [
        "em da dat ldtt may nam lien tuc roi",
        "toi dc cstdcs may nam roi, tra giup voi",
        "em đạt lao động tiên tiến mấy năm rồi, xem giúp em với",
    ],
)
def test_ones_own_past_titles_are_not_answered_from_the_law(
    kb: KnowledgeBase, question: str
) -> None:
    assert ask(kb, question) == []


async def test_the_chat_says_own_records_are_not_looked_up(chat: Chat) -> None:
    replies = await chat.send("em da dat ldtt may nam lien tuc roi")
    assert replies[0].text.startswith(OWN_RECORD)


def test_a_years_own_plan_is_not_a_campaign_spanning_it(kb: KnowledgeBase) -> None:
    # Kon Tum's department has a 2021–2025 letter, no plan of 2022
    asked = "Kế hoạch thi đua năm 2022 của Sở TNMT Kon Tum có những tiêu chí gì"
    assert year_not_held(asked, kb) == 2022
    assert ask(kb, asked) == []
    # Sóc Trăng's plan is of 2022: answered
    assert ask(kb, "ke hoach thi dua nam 2022 cua so tnmt soc trang co nhung tieu chi gi")


def test_a_year_not_held_is_read_through_a_typo(kb: KnowledgeBase) -> None:
    assert year_not_held("so tnmt kon tum nam 2022 phat doong thi dua chu de gi", kb) == 2022
