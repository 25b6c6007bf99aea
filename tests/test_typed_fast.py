"""A question typed fast is read as it would be typed carefully: declined as a missing feature
asked in chat shorthand ("em dc cstđcs năm 2023 chưa"), or with a slip in the words that say
what it asks ("mức luonng cơ sở", "laut cán bộ, công chức"); a title's bonus asked with a
slip in "thưởng" ("lđtt tuong bn"); its answerable neighbours are still answered."""

import pytest

from knowledge import KnowledgeBase
from knowledge.asking import ask
from knowledge.held import body_not_held, law_not_held
from knowledge.intents import load_intents
from knowledge.person_names import named_person
from knowledge.places import place_not_held
from knowledge.titles_answers import asks_bonus
from tests.conftest import Chat


@pytest.mark.parametrize(
    "question",
    [
        "em dc cstdcs nam 2023 chua, tra giup em",
        "minh duoc ldtt nam ngoai chua",
        "tôi đc khen thưởng năm 2022 chưa ạ",
        "em dat cstd co so chua nhi",
        "nam 2023 e co dc ldtt ko",  # "e" for "em"
        "e nam ngoai dat cstd co so chua a",
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


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the marks typed tell the word: "thưởng", not "thuộc" that pairs with "tiến"
        ("mức tiền thưởg chiến sĩ thi đua cơ sở là bao nhiêu", "1,0 lần mức lương cơ sở"),
        ("tập thể lđ tiên tiến thưởg bn", "0,8 lần mức lương cơ sở"),
        # a word typed without marks stays without: "thời gian", not "thời giãn"
        ("nghỉ đẻ thì có bị trừ thời gisn xét thi đua ko", "nghỉ thai sản"),
        # one slip before two: "thành" (a letter doubled), not "thần" of "tinh thần"
        ("sóc trăng giờ thuộc tỉnh thànnh nào", "Cần Thơ"),
        # read by its marks where no pair shows it
        ("nđ 98/2023 giờ còn hiệu lực ko, thay bằhg j", "Nghị định số 98/2023/NĐ-CP"),
    ],
)
def test_a_slip_in_a_word_typed_with_marks_is_read_by_them(
    kb: KnowledgeBase, question: str, expected: str
) -> None:
    hits = ask(kb, question)
    assert hits, question
    assert expected in hits[0].passage.text, hits[0].passage.text[:200]


@pytest.mark.parametrize(
    "question",
    [
        "chỉ thị thi đua của ubnd tỉnh đồng thásp năm 2021 nói gì",  # a province with a slip
        "chi thi thi dua cua ubnd tinh lam dogn nam 2021 noi gi",
        "ngahn giao duc ha noi khen thuong nam hoc 2023-2024 the nao",  # a sector with a slip
        "ke hoacch thi dua 2025 cua so noi vu ha noi",
    ],
)
def test_a_place_or_body_not_held_typed_with_a_slip_is_declined(
    kb: KnowledgeBase, question: str
) -> None:
    assert place_not_held(question, kb) or body_not_held(question, kb)
    assert ask(kb, question) == []


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("anh ngyyen van loc duoc tang cstd toan quoc nam nao", "Nguyen Van Loc"),
        ("anh nguyn van nam phong ke toan nam nay co duoc cstdcs ko", "Nguyen Van Nam"),
        ("chi lan phogn ke toan nam nay co dat ldtt ko", "chị Lan"),
    ],
)
def test_a_person_named_with_a_slip_is_declined(
    kb: KnowledgeBase, question: str, name: str
) -> None:
    assert named_person(question, kb.mentions) == name
    assert ask(kb, question) == []


@pytest.mark.parametrize(
    "question",
    [
        "hoan thanh nhiem vu thi duoc gi",
        "trong van ban nao noi ve cstd",
        "anh trong van ban co ghi gi",
    ],
)
def test_words_a_slip_from_a_family_name_are_no_person(kb: KnowledgeBase, question: str) -> None:
    assert named_person(question, kb.mentions) is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("tien tuong cstd co so bao nhieu", "1,0 lần mức lương cơ sở"),
        ("mức tiền tưởng chiến sĩ thi đua cơ sở là bao nhiêu", "1,0 lần mức lương cơ sở"),
    ],
)
def test_a_lost_letter_only_the_legal_documents_show_is_mended(
    kb: KnowledgeBase, question: str, expected: str
) -> None:
    # "tuong" is a word of both kinds of documents; only the law pairs "tiền thưởng"
    assert "thuong" in kb.spelled(question).replace("thưởng", "thuong")
    hits = ask(kb, question)
    assert hits and expected in hits[0].passage.text, hits[0].passage.text[:200] if hits else ""
