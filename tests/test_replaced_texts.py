"""What a legal document replaced is answered with every text its article on effect repeals;
what replaced a text, asked with the text first ("nđ nào thay"), as "thay bằng nđ nào" is
(handlers/replaced_texts.py, handlers/currency.py)."""

import pytest

from handlers import currency
from handlers.replaced_texts import asks_replaced
from tests.conftest import Chat

pytestmark = pytest.mark.today

DECREE_IN_FORCE = "nđ 152/2025 có hiệu lực từ khi nào"
OLD_DECREE_STATUS = "nđ 98/2023 còn dùng được ko"


@pytest.mark.parametrize(
    "asked", ["nó thay nđ nào", "thay cho cái nào", "no thay the nghi dinh nao"]
)
async def test_what_a_decree_replaced_names_both_texts_its_article_repeals(
    chat: Chat, asked: str
) -> None:
    await chat.send(DECREE_IN_FORCE)
    text = (await chat.send(asked))[0].text
    assert "thay thế Nghị định 98/2023/NĐ-CP" in text  # its opening
    # its article on effect: the other decree too, each with its date
    assert "Nghị định số 28/2024/NĐ-CP ngày 06 tháng 3 năm 2024" in text
    assert "Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ" in text  # as named


async def test_the_law_s_opening_is_its_own_repealing_passage(chat: Chat) -> None:
    text = (await chat.send("luat tdkt 2022 thay the luat nao"))[0].text
    assert "thay thế Luật Thi đua, khen thưởng số 15/2003/QH11" in text
    assert "ℹ️" not in text  # nothing to add: the opening is the passage repealing it


@pytest.mark.parametrize(
    "asked", ["vậy nđ nào thay", "văn bản nào thay thế nó", "thay bằng nđ nào"]
)
async def test_what_replaced_a_repealed_decree_whichever_word_comes_first(
    chat: Chat, asked: str
) -> None:
    await chat.send(OLD_DECREE_STATUS)
    text = (await chat.send(asked))[0].text
    assert "căn cứ hiện hành là Nghị định 152/2025/NĐ-CP" in text
    # "nđ đó" next is the decree replacing it, not the repealed one
    about = (await chat.send("nđ đó quy định về những gì"))[0].text
    assert "phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng" in about


def test_what_replaced_a_text_is_not_what_it_replaced() -> None:
    assert asks_replaced("nó thay luật nào")
    assert not asks_replaced("thay bằng nđ nào")
    assert not asks_replaced("nđ nào thay nó")


def test_what_changed_a_text_is_not_what_replaced_it() -> None:
    assert currency.REPLACED_BY.search(" van ban nao thay the no ")
    assert not currency.REPLACED_BY.search(" van ban nao thay doi muc tien thuong ")


async def test_the_note_names_the_decree_whose_article_it_quotes(chat: Chat) -> None:
    await chat.send(DECREE_IN_FORCE)
    text = (await chat.send("nó thay nđ nào"))[0].text
    assert "Theo Điều 59 Nghị định số 152/2025/NĐ-CP:" in text


@pytest.mark.parametrize(
    "follow_up", ["vậy văn bản thay thế là nđ nào, ban hành ngày nào", "nđ mới thay là nđ nào"]
)
async def test_the_replacing_text_asked_after_whether_a_text_is_in_force(
    chat: Chat, follow_up: str
) -> None:
    # "văn bản thay thế" names no text: the one replacing the decree the last question
    # named, not the note on another decree that "chưa thấy văn bản thay thế"
    await chat.send("Nghị định 98/2023/NĐ-CP hướng dẫn luật thi đua giờ còn hiệu lực không?")
    reply = (await chat.send(follow_up))[0].text
    assert "Nghị định số 152/2025/NĐ-CP ngày 14/6/2025" in reply
    assert "13/2012" not in reply
