"""A question typed fast is read as it would be typed carefully: declined as a missing feature
asked in chat shorthand ("em dc cstđcs năm 2023 chưa"), or with a slip in the words that say
what it asks ("mức luonng cơ sở", "laut cán bộ, công chức"); a title's bonus asked with a
slip in "thưởng" ("lđtt tuong bn"); its answerable neighbours are still answered."""

import pytest

from knowledge import KnowledgeBase
from knowledge.asking import ask
from knowledge.held import law_not_held
from knowledge.intents import load_intents
from knowledge.titles_answers import asks_bonus
from tests.conftest import Chat


@pytest.mark.parametrize(
    "question",
    [
        "em dc cstdcs nam 2023 chua, tra giup em",
        "minh duoc ldtt nam ngoai chua",
        "tôi đc khen thưởng năm 2022 chưa ạ",
        "em dat cstd co so chua nhi",
    ],
)
def test_ones_own_result_asked_in_shorthand_is_a_missing_feature(
    kb: KnowledgeBase, question: str
) -> None:
    assert load_intents().feature_asked(question) is not None
    assert ask(kb, question) == []


@pytest.mark.parametrize(
    "question",
    [
        "em được xét lđtt khi chưa đủ 10 tháng không",
        "toi duoc dang ky thi dua khi chua la cong chuc k",
    ],
)
def test_a_rule_asked_with_chua_is_no_result_of_ones_own(question: str) -> None:
    assert load_intents().feature_asked(question) is None


@pytest.mark.parametrize(
    "question",
    [
        "mức lưnơg cơ sở hiện nay là bao nhiêu vậy ạ",
        "muc luonng co so hien nay la bao nhieu vay a",
        "da cho em hoi muc luogn co so hien nay la bao nhieu tien mot thang a",
    ],
)
async def test_a_missing_feature_with_a_slip_is_declined(
    chat: Chat, kb: KnowledgeBase, question: str
) -> None:
    assert ask(kb, question) == []
    reply = (await chat.send(question))[0].text
    assert reply.startswith("Tôi không theo dõi mức lương cơ sở hiện hành"), reply


def test_a_law_not_held_named_with_a_slip_is_declined(kb: KnowledgeBase) -> None:
    question = "em xin hoi laut can bo, cong chuc quy dinh danh gia xep loai cong chuc cuoi nam"
    assert law_not_held(question, kb) is not None
    assert ask(kb, question) == []
    assert law_not_held("laut tdkt 2022 co hieu luc tu ngay nao", kb) is None


@pytest.mark.parametrize(
    "question",
    [
        "ldtt tuong bn vay",
        "dat ldtt thi duoc tuong bnhieu",
        "ldtt dc thyong bao nhiu",
        "cstd cap tinh duoc tguong bao nhieu theo nd 152",
    ],
)
def test_the_bonus_word_typed_with_a_slip_still_asks_the_bonus(
    kb: KnowledgeBase, question: str
) -> None:
    # "tuong", "thong" are words too: read as "thưởng" only before the amount asked
    assert asks_bonus(question)
    hits = ask(kb, question)
    assert hits and "lần mức lương cơ sở" in hits[0].passage.text


def test_a_word_near_the_bonus_word_elsewhere_asks_no_bonus() -> None:
    assert not asks_bonus("thủ tướng phát động mấy phong trào")
    assert not asks_bonus("ldtt can tieu chuan gi")
    assert not asks_bonus("")  # an empty message
