"""Wordings of the sets released in stop 51, read as their writers meant: "nó" after an
answer naming a document the knowledge base does not hold asks the text being read, unless
it asks that document's own particulars; an occupation no document names ("của giáo viên")
does not make a question on a rule for all staff unanswerable; through the search and the
console."""

import pytest

from knowledge import KnowledgeBase
from knowledge.asker import without_asker
from knowledge.asking import ask
from tests.conftest import Chat

pytestmark = pytest.mark.today

CITING = "chỉ thị 14 của ubnd tỉnh kon tum căn cứ chỉ thị nào của thủ tướng"


@pytest.mark.parametrize(
    "asked",
    [
        "nó giao ai tổ chức thực hiện",
        "no giao co quan nao lam thuong truc hoi dong tdkt tinh",
        "chỉ thị đó giao cơ quan nào làm thường trực",
    ],
)
async def test_what_an_unheld_cited_text_is_asked_to_do_is_the_one_read(
    chat: Chat, asked: str
) -> None:
    await chat.send(CITING)
    text = (await chat.send(asked))[0].text
    assert text.startswith("Giao Sở Nội vụ (cơ quan thường trực"), text[:80]


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        ("nó ban hành ngày nào", "Chỉ thị số 19/CT-TTg ngày 16 tháng 7 năm 2021"),
        ("chỉ thị đó về nội dung gì", "Phát động thi đua thực hiện thắng lợi"),
        # asked in words no list of particulars holds: still of the text cited
        ("chỉ thị đó số mấy", "Chỉ thị số 19/CT-TTg"),
        ("nó về cái gì", "Chỉ thị số 19/CT-TTg"),
    ],
)
async def test_the_particulars_of_an_unheld_cited_text_are_still_its_own(
    chat: Chat, asked: str, said: str
) -> None:
    await chat.send(CITING)
    text = (await chat.send(asked))[0].text
    assert said in text.split("\n📄")[0], text[:200]


@pytest.mark.parametrize(
    "asked",
    [
        "Cho tôi hỏi sáng kiến của giáo viên cần điều kiện gì để được cơ sở công nhận ạ?",
        "sang kien cua giao vien can dieu kien gi de duoc co so cong nhan",
    ],
)
def test_an_occupation_no_document_names_is_left_out_of_a_rule_asked(
    kb: KnowledgeBase, asked: str
) -> None:
    hits = ask(kb, asked)
    assert hits, asked
    assert hits[0].passage.doc.id == "nd-13-2012-dieu-le-sang-kien"


@pytest.mark.parametrize(
    "asked",
    [
        "lương giáo viên bao nhiêu",
        "bác sĩ trực đêm có được phụ cấp không",
        "danh hieu nha giao nhan dan can tieu chuan j",  # an honorary title, not an occupation
    ],
)
def test_what_is_not_of_emulation_is_still_declined_for_an_occupation(
    kb: KnowledgeBase, asked: str
) -> None:
    assert ask(kb, asked) == [], asked


@pytest.mark.parametrize(
    "asked",
    [
        # "tính" typed with its marks is no "tỉnh": the question names no campaign
        "Sáng kiến phải có tính mới trong phạm vi nào vậy ạ, toàn quốc hay chỉ trong cơ quan mình?",
        # "áp dụng thực tế" is what the decree calls "áp dụng"
        "sáng kiến có cần áp dụng thực tế rồi mới được công nhận không",
    ],
)
def test_the_conditions_of_an_initiative_in_staff_words(kb: KnowledgeBase, asked: str) -> None:
    hits = ask(kb, asked)
    assert hits, asked
    assert hits[0].passage.doc.id == "nd-13-2012-dieu-le-sang-kien", hits[0].passage.section


@pytest.mark.parametrize("asked", ["cstd co so thuong he so bn vay", "cstđcs thưởng hệ số mấy"])
def test_a_bonus_asked_as_a_multiple_is_no_document_number(kb: KnowledgeBase, asked: str) -> None:
    hits = ask(kb, asked)
    assert hits, asked
    assert "được thưởng 1,0 lần mức lương cơ sở" in hits[0].passage.text


@pytest.mark.parametrize(
    "asked", ["con van phong so thi lam nhiem vu gi", "còn văn phòng sở thì làm nhiệm vụ gì"]
)
async def test_the_office_of_the_body_read_is_the_part_headed_so(chat: Chat, asked: str) -> None:
    # "văn phòng sở": an office of the department whose plan is read, not another body
    await chat.send(
        "Theo mục III Kế hoạch 2022 của Sở TN&MT Sóc Trăng, thủ trưởng các phòng, đơn vị có"
        " trách nhiệm gì với gương điển hình tiên tiến?"
    )
    text = (await chat.send(asked))[0].text
    assert text.startswith("2. Văn phòng Sở:"), text[:80]


@pytest.mark.parametrize(
    ("typed", "left"),
    [
        ("sang kien cua giao vien can dk gi", "sang kien can dk gi"),
        ("Giáo viên, có được xét lđtt", "có được xét lđtt"),
        # words that only read as an occupation with other marks, or bare beside "liệt"
        ("liệt kê toàn bộ danh hiệu thi đua", "liệt kê toàn bộ danh hiệu thi đua"),
        ("liet ke toan bo danh hieu thi dua", "liet ke toan bo danh hieu thi dua"),
        ("tôi thấy giao cho văn phòng sở theo dõi", "tôi thấy giao cho văn phòng sở theo dõi"),
        ("danh hieu nha giao nhan dan", "danh hieu nha giao nhan dan"),
        ("Bác sĩ ưu tú cần tiêu chuẩn gì", "Bác sĩ ưu tú cần tiêu chuẩn gì"),
    ],
)
def test_an_occupation_is_left_out_as_typed(typed: str, left: str) -> None:
    assert without_asker(typed) == left


async def test_the_criteria_of_an_unheld_cited_text_are_the_ones_of_the_text_read(
    chat: Chat,
) -> None:
    await chat.send("kế hoạch thi đua 2022 sở tnmt sóc trăng căn cứ văn bản nào")
    text = (await chat.send("nó có tiêu chí thi đua gì"))[0].text
    assert "Đối với" in text.split("\n")[0], text[:80]


async def test_the_number_of_the_text_read_after_one_of_its_items_is_its_card(chat: Chat) -> None:
    await chat.send("chỉ thị 14 ubnd kon tum")
    await chat.send("chỉ thị đó giao cơ quan nào làm thường trực")
    text = (await chat.send("chỉ thị đó số mấy"))[0].text
    assert text.startswith("Số: 14/CT-UBND"), text[:80]
