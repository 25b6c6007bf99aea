"""Which law is the one in force, asked in words ("luật tđkt hiện hành là luật nào"): the
opening of the law held, saying its number, when it applies and what it replaced; not a
note that happens to say "hiện hành"."""

import pytest

from handlers import currency
from knowledge import KnowledgeBase
from tests.conftest import Chat

pytestmark = pytest.mark.today

OPENING = "Luật số 06/2022/QH15 được Quốc hội khóa XV thông qua ngày 15/6/2022"


@pytest.mark.parametrize(
    "asked",
    [
        "luat tdkt hien hanh la luat nao",
        "luật thi đua khen thưởng hiện nay là luật nào",
        "cho em hỏi luật hiện hành là luật nào",  # the one law held
    ],
)
async def test_the_law_in_force_is_answered_by_its_opening(chat: Chat, asked: str) -> None:
    reply = (await chat.send(asked))[0].text
    assert reply.startswith(OPENING), reply


@pytest.mark.parametrize(
    "asked",
    [
        "luật tđkt 2022 hiện nay có sửa đổi gì chưa",  # whether it was amended
        "theo luật hiện hành cstđcs cần tiêu chuẩn gì",  # what it says
        "tiêu chuẩn chiến sĩ thi đua cơ sở theo luật hiện nay là gì",
        "văn bản hướng dẫn luật hiện nay là gì",  # a text under it
        "luật giáo dục hiện nay là luật nào",  # a law not held
        "luật sở hữu trí tuệ hiện hành là luật nào",
    ],
)
def test_other_questions_on_the_law_are_not_which_law(kb: KnowledgeBase, asked: str) -> None:
    assert currency.current_law(asked, kb) is None


async def test_citing_a_repealed_decree_as_basis_is_answered_by_when_it_ended(
    chat: Chat,
) -> None:
    reply = (await chat.send("đơn vị em vẫn dẫn nđ 98/2023 làm căn cứ, có sai ko ạ"))[0].text
    assert reply.startswith("Nghị định 98/2023/NĐ-CP hết hiệu lực từ 01/7/2025"), reply


async def test_the_effect_of_a_repealed_decree_is_when_it_ended(
    chat: Chat, kb: KnowledgeBase
) -> None:
    """ "thế còn nđ 98/2023 thì sao" after the decree replacing it took effect: read as "nđ
    98/2023 có hiệu lực từ khi nào", answered by since when it is out of force."""
    await chat.send("nd 152/2025 hieu luc tu ngay nao")
    reply = (await chat.send("the con nd 98/2023 thi sao"))[0].text
    assert reply.startswith("Nghị định 98/2023/NĐ-CP hết hiệu lực từ 01/7/2025"), reply
    # the decree held, asked so, is still answered by its own article
    for asked in (
        "nđ 152/2025 có hiệu lực từ ngày nào",
        # the law held, named by its short title, replaced the one asked of with it
        "luật thi đua khen thưởng mới thay luật 2003 có hiệu lực từ khi nào",
    ):
        assert not currency._of_repealed_effect(asked, asked, kb)


@pytest.mark.parametrize(
    "asked",
    [
        "luật tđkt 2022 hiện nay có sửa đổi gì chưa ạ",
        "nghe noi luat da sua tu 1/10/2026 dung ko ad",  # "luật" alone: the one law held
    ],
)
async def test_whether_the_law_was_amended_says_what_is_known(chat: Chat, asked: str) -> None:
    reply = (await chat.send(asked))[0].text
    assert "Luật có thể đã sửa đổi từ 01/10/2026 (chưa xác minh)" in reply, reply


async def test_whether_a_law_not_held_was_amended_says_it_is_not_held(chat: Chat) -> None:
    reply = (await chat.send("luật cán bộ công chức đã sửa đổi chưa"))[0].text
    assert reply.startswith("Xin lỗi, kho văn bản của tôi chưa có Luật Cán bộ công chức"), reply


async def test_the_text_a_decree_replaced_is_what_that_decree_points_to_next(chat: Chat) -> None:
    await chat.send("nđ 152 hiệu lực khi nào")
    await chat.send("nó thay thế nđ nào")
    await chat.send("vay nd do gio con dung dc ko")
    assert chat.text.startswith("Nghị định 98/2023/NĐ-CP hết hiệu lực từ 01/7/2025"), chat.text


@pytest.mark.parametrize("asked", ["nd 98 bi bai bo chua", "nghị định 98 bị bỏ từ khi nào"])
async def test_a_decree_asked_as_done_away_with_is_when_it_ended(chat: Chat, asked: str) -> None:
    # "bị bỏ", "bị bãi bỏ": whether it is still in force, which the decree replacing it says
    reply = (await chat.send(asked))[0].text
    assert "98/2023/NĐ-CP" in reply and "hết hiệu lực" in reply, reply


async def test_since_when_after_a_decrees_opening_is_its_article_on_effect(chat: Chat) -> None:
    # the opening just shown only sums the decree up; its article on effect says it
    await chat.send("Nghị định 152/2025 quy định về cái gì vậy ạ?")
    reply = (await chat.send("co hieu luc tu bao gio"))[0].text
    assert reply.startswith("Điều 59. Hiệu lực thi hành"), reply


async def test_since_when_after_the_laws_opening_stays_with_the_opening(chat: Chat) -> None:
    # the law held has no article on effect: its opening says it
    await chat.send("luật thi đua khen thưởng 2022 nói về gì")
    reply = (await chat.send("có hiệu lực từ bao giờ"))[0].text
    assert "có hiệu lực thi hành từ ngày 01/01/2024" in reply, reply


async def test_an_article_of_the_law_asked_after_a_decree_is_the_laws(chat: Chat) -> None:
    # "… ở điều nào của luật" names the law's kind: not the decree just read
    await chat.send("co thi dua cua chinh phu thuong bao nhieu")
    reply = await chat.send("tieu chuan co thi dua tinh o dieu nao cua luat, co nguyen van ko")
    assert reply[0].text.startswith("Điều 26. Danh hiệu cờ thi đua"), reply[0].text


async def test_whether_a_text_held_was_done_away_with_is_whether_it_is_in_force(
    chat: Chat,
) -> None:
    # "bị bỏ chưa" asks as "còn hiệu lực không" does, not for the charter's exclusions
    reply = (await chat.send("điều lệ sáng kiến bị bỏ chưa"))[0].text
    assert "Chưa thấy văn bản thay thế" in reply, reply
