"""Wordings of the sets released in stop 52, read as their writers meant: "theo luật" asks
the law's own article even where a decree citing the law covers the words better; a bonus
asked after a word leading a follow-up ("thế thưởng …") is still a bonus, a share is not;
the statute a decree issues is named by its own kind ("theo điều lệ"); "cần" says how a
question asks; a follow-up after one legal text moves to another whose heading says what
it asks; through the search and the console."""

import pytest

from knowledge import KnowledgeBase
from knowledge.asking import ask
from knowledge.held import law_not_held
from tests.conftest import Chat

pytestmark = pytest.mark.today


@pytest.mark.parametrize(
    ("asked", "section"),
    [
        ("thế theo luật thì hồ sơ xét tặng danh hiệu gồm những gì", "Điều 84."),
        ("theo luat thi ho so xet tang danh hieu gom nhung gi", "Điều 84."),
        # a text named by its number keeps its own article first, the law named beside it
        ("đ59 nđ 129 hướng dẫn khoản nào đ80 luật tđkt", "Điều 59."),
    ],
)
def test_the_kind_of_legal_text_named_answers_nearly_as_covering(
    kb: KnowledgeBase, asked: str, section: str
) -> None:
    hits = ask(kb, asked)
    assert hits and hits[0].passage.section.startswith(section), hits[:1]


def test_a_decree_cited_by_number_in_the_passage_found_keeps_it_first(kb: KnowledgeBase) -> None:
    # the law's note citing "Nghị định 152/2025/NĐ-CP" on shares, not the decree's own
    # principle on the share of women that only says "tỷ lệ"
    hits = ask(kb, "Nghị định 152 có đặt tỷ lệ cstđcs không?")
    assert hits and hits[0].passage.doc.id == "luat-06-2022-qh15", hits[:1]


@pytest.mark.parametrize(
    "asked",
    [
        "thế thưởng cho cstđ toàn quốc bao nhiêu",
        "vay thuong cho cstd toan quoc bao nhieu",
        "ok thưởng cstđ toàn quốc bn",
        "vậy thưởng cstđcs bao nhiêu năm 2025",
    ],
)
def test_a_bonus_asked_after_a_leading_word_is_the_bonus(kb: KnowledgeBase, asked: str) -> None:
    hits = ask(kb, asked)
    assert hits and hits[0].passage.section.startswith("Điều 50."), hits[:1]
    assert "lần mức lương cơ sở" in hits[0].passage.text


async def test_the_statute_named_by_its_kind_after_the_circular_guiding_it(chat: Chat) -> None:
    await chat.send("thong tu 18/2013 la cua bo nao, huong dan gi")
    text = (await chat.send("thế sáng kiến là gì theo điều lệ"))[0].text
    assert text.startswith("Điều 3. Sáng kiến"), text[:80]


@pytest.mark.parametrize("asked", ["nd do la nd gi", "nghị định đó là nghị định gì"])
async def test_which_text_it_is_after_one_of_its_articles_is_its_opening(
    chat: Chat, asked: str
) -> None:
    await chat.send("chủ tịch ubnd xã được tặng những danh hiệu gì")
    text = (await chat.send(asked))[0].text
    assert text.startswith("Nghị định số 129/2025/NĐ-CP ngày 11/6/2025"), text[:80]


async def test_a_bonus_in_times_the_base_salary_names_no_base_level(chat: Chat) -> None:
    # "lương cơ sở" is the bonus's unit, not the title "chiến sĩ thi đua cơ sở"
    await chat.send("Chiến sĩ thi đua toàn quốc thì xét thế nào ạ")
    text = (await chat.send("còn tiền thưởng thì được mấy lần lương cơ sở ạ"))[0].text
    assert text.startswith("Điều 50. Mức tiền thưởng"), text[:80]
    assert "4,5 lần mức lương cơ sở" in text


async def test_a_dossier_under_that_decree_is_the_decree_read_not_the_one_it_repealed(
    chat: Chat,
) -> None:
    await chat.send("nđ 152/2025 có hiệu lực từ ngày nào ạ")
    await chat.send("no thay the nhung nghi dinh nao vay chi")
    text = (await chat.send("thế hồ sơ xét CSTĐ cơ sở theo nghị định đó gồm những gì ạ"))[0].text
    assert "Mẫu số 01 Phụ lục ban hành kèm theo Nghị định 152/2025/NĐ-CP" in text, text[:200]


@pytest.mark.parametrize(
    "asked",
    [
        "ở xã ai tặng lđtt",
        "theo luật thì ở xã ai tặng cstđcs",
        "cán bộ bị kỷ luật thì ở xã ai tặng lđtt",
    ],
)
def test_who_decides_at_the_commune_is_still_the_decree_of_2025(
    kb: KnowledgeBase, asked: str
) -> None:
    # the law's clause on the commune names fewer titles than the decree of 2025
    hits = ask(kb, asked)
    assert hits and hits[0].passage.doc.id == "nd-129-2025-nd-cp", hits[:1]


async def test_that_which_is_awarded_is_the_title_discussed(chat: Chat) -> None:
    await chat.send("cstđ cơ sở là gì, cần đạt j ạ")
    await chat.send("vay duoc thuong bao nhieu")
    text = (await chat.send("thế ở phường thì ai ký quyết định tặng cái đó"))[0].text
    assert "Chủ tịch Ủy ban nhân dân cấp xã quyết định tặng" in text, text[:200]
    assert "Người ký" not in text.split("\n📄")[0]


@pytest.mark.parametrize(
    "asked",
    [
        "thế thẩm quyền khen của chủ tịch huyện trong luật giờ chuyển cho ai",
        "luật bây giờ quy định ai tặng lđtt",
    ],
)
def test_a_word_of_when_after_law_names_no_law(kb: KnowledgeBase, asked: str) -> None:
    assert law_not_held(asked, kb) is None


@pytest.mark.parametrize(
    "asked",
    [
        "sáng kiến cần điều kiện gì",
        "sk muốn đc công nhận cần đk gì",
        "sáng kiến được công nhận cần đk gì",
    ],
)
def test_what_an_initiative_needs_is_the_statutes_conditions(kb: KnowledgeBase, asked: str) -> None:
    # "cần" says how it is asked; the form's "điều kiện cần thiết để áp dụng" is no answer
    hits = ask(kb, asked)
    assert hits and hits[0].passage.section.startswith("Điều 3. Sáng kiến"), hits[:1]


def test_need_typed_unmarked_is_still_a_word_of_the_form(kb: KnowledgeBase) -> None:
    hits = ask(kb, "co muc nao ve thong tin can giu bi mat ko a")
    assert hits and "Những thông tin cần được bảo mật" in hits[0].passage.text, hits[:1]


async def test_conditions_asked_after_the_form_move_to_the_statute_headed_so(chat: Chat) -> None:
    await chat.send("thong tu 18/2013 ve sang kien do bo nao ban hanh a")
    await chat.send("trong đơn phải ghi những thông tin gì về tác giả ạ")
    text = (await chat.send("the con dieu kien de sang kien duoc cong nhan thi sao"))[0].text
    assert text.startswith("Điều 3. Sáng kiến"), text[:80]


@pytest.mark.parametrize(
    ("asked", "section"),
    [
        ("vậy thưởng cstđcs tối đa bao nhiêu % số người", "Điều 23."),
        ("còn thưởng tập thể lđtt thì cần bao nhiêu % lđtt", "Điều 28."),
    ],
)
def test_a_share_asked_after_the_bonus_word_is_no_bonus(
    kb: KnowledgeBase, asked: str, section: str
) -> None:
    hits = ask(kb, asked)
    assert hits and hits[0].passage.section.startswith(section), hits[:1]


async def test_only_what_is_awarded_is_the_title_pointed_at(chat: Chat) -> None:
    # "đạt cái đó 3 lần": the title above it; "nộp được cái đó": no title's standards
    await chat.send("cstđ cơ sở cần gì")
    text = (await chat.send("đạt cái đó 3 lần thì sao"))[0].text
    assert text.startswith("1. Danh hiệu chiến sĩ thi đua Bộ, ban, ngành, tỉnh"), text[:80]
    text = (await chat.send("nộp được cái đó ở đâu"))[0].text
    assert not text.startswith("Điều 23."), text[:80]


async def test_a_follow_up_moves_to_the_legal_text_whose_heading_says_most(chat: Chat) -> None:
    # the circular's form, whose heading says all of it, not the Điều lệ saying three pairs
    await chat.send("cstđ cơ sở cần gì")
    text = (await chat.send("còn mẫu đơn yêu cầu công nhận sáng kiến"))[0].text
    assert "Thông tư số 18/2013/TT-BKHCN" in text.split("\n📄")[0], text[:120]


async def test_whose_a_text_named_by_number_is_asks_of_it_not_the_last_question(
    chat: Chat,
) -> None:
    # "của bộ nào" asks its issuer; the body's word is no naming of another document
    await chat.send("sáng kiến cần điều kiện gì")
    text = (await chat.send("thong tu 18/2013 la cua bo nao"))[0].text
    assert text.startswith("Thông tư số 18/2013/TT-BKHCN ngày 01/8/2013"), text[:80]


async def test_whose_the_text_just_read_is_is_its_opening(chat: Chat) -> None:
    await chat.send("mẫu đơn sáng kiến")
    text = (await chat.send("tt 18 là của bộ nào"))[0].text
    assert text.startswith("Thông tư số 18/2013/TT-BKHCN ngày 01/8/2013"), text[:80]
