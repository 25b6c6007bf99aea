"""A question placing its topic under a part's headings ("tiêu chí … tập thể") is answered
by that part, not by an item of another part sharing the topic's words; an item counted to
("nội dung số 6", "nd số 6") answers a question asking something of it; a passage of the
document the last answer named is of that document though it does not cite its number."""

from knowledge import KnowledgeBase
from knowledge.ordinals import item_asked
from tests.conftest import Chat


def _first(kb: KnowledgeBase, question: str) -> str:
    return kb.search(question)[0].passage.section


def test_the_part_named_by_its_headings_answers(kb: KnowledgeBase) -> None:
    # "văn hoá công sở" is content item 5 and a line of the collective criteria
    asked = "tieu chi tap the kh sóc trăng 2022 noi gi ve van hoa cong so"
    assert _first(kb, asked) == "II. Tiêu chí thi đua › 1. Đối với tập thể"


def test_an_item_counted_to_answers_what_is_asked_of_it(kb: KnowledgeBase) -> None:
    # items 5 and 6 also say "tích cực hưởng ứng … phong trào"; "nd" is "nội dung"
    asked = "nd so 7 kh soc trang 2022 tich cuc huong ung phong trao nao"
    assert _first(kb, asked) == "I. Nội dung Phong trào thi đua › mục 7"


def test_end_of_year_is_no_last_item() -> None:
    assert item_asked("ai tong ket phong trao thi dua cuoi nam") is None
    found = item_asked("noi dung cuoi cung la gi")
    assert found is not None and found.noun == "noi dung"


async def test_a_part_of_the_named_document_answers_without_citing_its_number(
    chat: Chat,
) -> None:
    await chat.send("theo nđ 13/2012 thì sáng kiến là giải pháp gì")
    text = await chat.answer_after("tt nào hướng dẫn", "bảng tác giả trong mẫu đơn có những cột gì")
    assert "tỷ lệ (%) đóng góp" in text


def test_then_only_asks_the_conditions(kb: KnowledgeBase) -> None:
    # "X thì mới được công nhận": the article on the conditions, not the form saying the words
    asked = "sáng kiến có cần đã áp dụng thử rồi mới được công nhận không"
    assert _first(kb, asked).startswith("Điều 3. Sáng kiến")


def test_a_legal_text_named_keeps_its_year_when_words_are_mended(kb: KnowledgeBase) -> None:
    from knowledge.held import year_not_held

    # mending reads "tu" as a count ("thông 4"), which must not unsay the circular
    asked = "ben chu dau tu thi ghi ra sao thong tu 18/2013/tt-bkhcn 2013"
    assert year_not_held(asked, kb, 2026) is None


async def test_a_bare_card_line_is_of_the_document_under_discussion(chat: Chat) -> None:
    text = await chat.answer_after(
        "văn phòng sở tnmt sóc trăng có nhiệm vụ gì trong kế hoạch thi đua 2022", "nơi nhận"
    )
    assert "Các đoàn thể thuộc Sở" in text
