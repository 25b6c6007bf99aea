"""An article or clause cited as staff type it ("k.3 đ.80", "đ.23"), and a count the
question gives ("2 danh hiệu đó") told apart from a clause's number."""

import pytest

from knowledge.shorthand import articles_spelled
from tests.conftest import Chat


@pytest.mark.parametrize(
    ("typed", "spelled"),
    [
        ("k.3 đ.80 luật tđkt", "khoản 3 điều 80 luật tđkt"),
        ("theo Đ. 23 luật", "theo điều 23 luật"),
        ("đ84 luật", "điều 84 luật"),
        ("k3 đ80", "khoản 3 điều 80"),
        ("d.21 luat tdkt", "dieu 21 luat tdkt"),
        # "đ" alone is a letter, "k" alone "không", money keeps its "đ"
        ("điểm đ khoản 2 điều 3", "điểm đ khoản 2 điều 3"),
        ("có k 3 người", "có k 3 người"),
        ("thưởng 500đ. 20 người", "thưởng 500đ. 20 người"),
    ],
)
def test_an_article_or_clause_cited_short_is_written_out(typed: str, spelled: str) -> None:
    assert articles_spelled(typed) == spelled


async def test_a_clause_cited_short_answers_from_that_clause(chat: Chat) -> None:
    await chat.send("k.3 đ.80 luật tđkt: ct ubnd cấp xã được quyết định tặng gì?")
    assert chat.text.startswith("3. Chủ tịch Ủy ban nhân dân cấp xã"), chat.text


async def test_a_count_of_titles_is_not_the_clause_of_that_number(chat: Chat) -> None:
    await chat.send("tiêu chuẩn cstđcs là gì")
    await chat.send("còn lđtt")
    await chat.send("ở sở thì ai quyết định tặng 2 danh hiệu đó?")
    assert "Thủ trưởng cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh" in chat.text[:400]
    assert not chat.text.startswith("2."), chat.text


async def test_a_clause_named_by_its_number_is_that_clause_not_one_citing_it(chat: Chat) -> None:
    # clause 3 of Điều 24 says "không thuộc đối tượng quy định tại khoản 1 và khoản 2"
    await chat.send("khoản 2 điều 24 luật tđkt: danh hiệu chiến sĩ tiên tiến tặng cho ai?")
    assert chat.text.startswith("2. Danh hiệu “Chiến sĩ tiên tiến”"), chat.text


async def test_an_article_named_by_number_alone_is_the_one_legal_text_holding_it(
    chat: Chat,
) -> None:
    # only the law has a Điều 80: its article from the top, not a piece of it
    await chat.send("điều 80 quy định gì")
    assert chat.text.startswith("Điều 80 (thẩm quyền"), chat.text


async def test_an_article_number_two_texts_hold_is_not_guessed(chat: Chat) -> None:
    # both decrees have a Điều 59: the search decides, as before
    await chat.send("dieu 59 quy dinh gi")
    assert chat.text.startswith("Điều 59."), chat.text
