"""Mends from the review of stop 22's first round: what crashed on odd input, what was declined
for the wrong reason, one pattern for each reading."""

import pytest

from bot.core import ERROR_TEXT
from handlers import context
from knowledge import KnowledgeBase, asked_facts, referrals
from knowledge.person_names import named_person
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


@pytest.mark.parametrize(
    "text",
    [
        "huyện Anh Sơn có được tặng cờ thi đua không",
        "huyen Anh Son co duoc tang co thi dua khong",
        "xã Bà Điểm có đạt danh hiệu xã văn hóa không",
        "thị trấn Ông Đốc có được tặng bằng khen không",
        "Bà Rịa - Vũng Tàu được tặng cờ thi đua không",
        "huyện Lâm Hà có đạt tập thể lao động xuất sắc không",
    ],
)
def test_a_place_named_as_a_person_is_spoken_of_is_no_person(kb: KnowledgeBase, text: str) -> None:
    """A place's name may open with 'Anh', 'Bà', 'Ông' or a family name: after the word for
    its kind (huyện, xã, thị trấn), or as a province, it is the place's."""
    assert named_person(text, kb.mentions) is None


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("chị Lan phòng kế toán có đạt LĐTT không", "chị Lan"),
        ("co quan chi Lan co duoc tang bang khen khong", "chị Lan"),
        ("phòng anh Hùng được tặng cờ không", "anh Hùng"),
    ],
)
def test_a_person_after_a_unit_is_still_a_person(kb: KnowledgeBase, text: str, person: str) -> None:
    assert named_person(text, kb.mentions) == person


async def test_a_district_opening_with_anh_is_not_declined_as_a_person(chat: Chat) -> None:
    replies = await chat.send("huyện Anh Sơn có được tặng cờ thi đua không")
    assert "anh Sơn" not in replies[0].text
    assert "từng người" not in replies[0].text


def test_one_pattern_reads_now_for_posts_notes_and_the_chat() -> None:
    assert referrals.NOW is asked_facts.NOW
    assert context._NOW is asked_facts.NOW


@pytest.mark.parametrize(
    ("text", "now"),
    [
        ("lúc này ai là chủ tịch ubnd tỉnh kon tum", "now"),
        ("bây h ai là giám đốc sở tnmt", "now"),
        ("chủ tịch ubnd tỉnh từ bao giờ là ai", "named"),  # "bao giờ" asks when
    ],
)
def test_a_post_asked_of_now_reads_now_as_the_chat_does(text: str, now: str) -> None:
    assert asked_facts.asks_officeholder(text) == now


def test_now_typed_short_asks_where_a_power_went() -> None:
    assert referrals.asks_who_now("bay h ai tang danh hieu gia dinh van hoa")


async def test_now_typed_short_is_sent_to_the_article_now_in_force(chat: Chat) -> None:
    replies = await chat.send("bây h ai tặng danh hiệu gia đình văn hóa")
    answer, source = replies[0].text.split("📄")
    assert "Điều 59" in answer and "129/2025/NĐ-CP" in source


def test_one_pattern_names_an_article_and_gives_its_number(kb: KnowledgeBase) -> None:
    """The article a note sends to is found by the same pattern that names an article in
    the chat ("Điều 80", "Điều 3a"), its number read from it."""
    named = referrals.ARTICLE_NAME.match("Điều 3a. Nguyên tắc")
    assert named is not None and named.group(1) == "3a"
    articles = referrals.article_positions(kb)
    assert articles
    for (_, number), position in articles.items():
        head = referrals.ARTICLE_NAME.match(kb.passages[position].section)
        assert head is not None and head.group(1) == number
