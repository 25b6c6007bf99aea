"""Items of a list asked by their place after an answer: "nd 2" (a content item, not a decree),
the one before or after the item just shown, the last member of a line listing them."""

import pytest

from knowledge.ordinals import neighbour_asked
from tests.conftest import Chat

pytestmark = pytest.mark.today

SECOND = "Thi đua phát huy sáng kiến, giải pháp hỗ trợ doanh nghiệp"
FOURTH = "Thi đua giữ vững ổn định chính trị, bảo đảm quốc phòng, an ninh"


def lead(replies: list) -> str:  # type: ignore[type-arg]
    """The answer itself, without its source lines."""
    return str(replies[0].text).split("📄")[0]


async def test_nd_and_a_small_number_is_a_content_item(chat: Chat) -> None:
    await chat.send("công văn phát động thi đua đặc biệt covid sở tnmt kon tum gửi những ai")
    assert lead(await chat.send("nd 2 là gì")).startswith(f"2. {SECOND}")


async def test_the_items_before_and_after_the_one_shown(chat: Chat) -> None:
    await chat.send("thi đua đặc biệt covid sở tnmt kon tum nội dung thứ 3 là gì")
    assert lead(await chat.send("mục tiếp theo")).startswith(f"4. {FOURTH}")
    # after the one after the third, the one before is before the third
    assert lead(await chat.send("còn cái trước")).startswith(f"2. {SECOND}")


async def test_the_one_before_asked_plainly_is_next_to_the_one_shown(chat: Chat) -> None:
    await chat.send("thi đua đặc biệt covid sở tnmt kon tum nội dung thứ 3 là gì")
    assert lead(await chat.send("mục tiếp theo")).startswith(f"4. {FOURTH}")
    assert lead(await chat.send("cái trước đó")).startswith("3. ")


async def test_a_clause_or_point_after_a_letters_item_is_its_next_item(chat: Chat) -> None:
    # a letter's numbered items are what "khoản", "điểm" count there
    await chat.send("thi đua đặc biệt covid sở tnmt kon tum nội dung thứ 3 là gì")
    assert lead(await chat.send("khoản tiếp theo")).startswith(f"4. {FOURTH}")
    assert lead(await chat.send("còn điểm trước")).startswith(f"2. {SECOND}")


async def test_the_clause_or_point_after_the_one_named_in_a_laws_article(chat: Chat) -> None:
    # a law's clauses and points are lines of its article: next to the one last named
    await chat.send("khoản 1 điều 24 luật thi đua khen thưởng nói gì")
    assert lead(await chat.send("khoản tiếp theo")).startswith("2. Danh hiệu “Chiến sĩ tiên tiến”")
    await chat.send("điểm a khoản 1 điều 3 điều lệ sáng kiến là gì")
    assert lead(await chat.send("điểm sau")).startswith("b) Đã được áp dụng")


async def test_the_last_member_of_a_line_listing_them(chat: Chat) -> None:
    await chat.send("phụ lục nđ 152 có mấy mẫu báo cáo thành tích")
    said = lead(await chat.send("cái cuối cùng"))
    assert said.split("\n")[1].startswith("đề nghị khen thưởng đối ngoại cho cá nhân")


@pytest.mark.parametrize(
    ("said", "step"),
    [("cai truoc do", -1), ("con cai sau", 1), ("muc tiep theo la gi", 1), ("y ke tiep", 1)],
)
def test_a_neighbour_asked(said: str, step: int) -> None:
    assert neighbour_asked(said) == step


@pytest.mark.parametrize("said", ["truoc do thi sao", "cai sau ten sang kien la gi"])
def test_a_time_or_a_longer_question_is_no_neighbour(said: str) -> None:
    assert neighbour_asked(said) is None
