"""Wordings of the sets released in stop 50, read as their writers meant: a law named by its
number with "ngày nào", a bonus the decree states below plans naming the title, shorthand
("lương cs", "v/v", "v ạ"), "tổ văn em" typed without marks, a subject said before
"thì chỉ thị đó nói gì", pointers typed with marks ("năm 2021 đó"), an article of a decree
named by number, what was before told when what is now is asked, follow-ups moving to another
body or letter; through the search and the console."""

import pytest

from handlers.questions import asks_for_deadline
from knowledge import KnowledgeBase
from knowledge.asking import ask
from knowledge.person_names import named_person
from tests.conftest import Chat

pytestmark = pytest.mark.today


def test_a_law_named_by_its_number_sets_no_deadline() -> None:
    assert not asks_for_deadline("con nd 13 ve sang kien thi ngay nao")
    assert not asks_for_deadline("thông tư 18 về sáng kiến ban hành ngày nào")
    # a deadline named, or one's own initiative asked when, is still the schedule's
    assert asks_for_deadline("theo nđ 152 thì hạn nộp hồ sơ là khi nào")
    assert asks_for_deadline("đăng ký sáng kiến ngày nào")


async def test_the_date_of_a_decree_named_after_another_text(chat: Chat) -> None:
    await chat.send("thông tư 18 ban hành ngày nào")
    text = (await chat.send("con nd 13 ve sang kien thi ngay nao"))[0].text
    assert "Nghị định số 13/2012/NĐ-CP ngày 02/3/2012" in text


@pytest.mark.parametrize(
    "asked",
    [
        "xã tiêu biểu được thưởng bao nhiêu ạ",
        "xa tieu bieu thuong bao nhieu",
        "xã mình mà đạt xã tiêu biểu thì thưởng mấy lần lương cs",
    ],
)
def test_a_bonus_the_decree_states_below_plans_naming_the_title(
    kb: KnowledgeBase, asked: str
) -> None:
    hits = ask(kb, asked)
    assert hits, asked
    assert (
        "xã, phường, đặc khu tiêu biểu được tặng Bằng chứng nhận, khung và được thưởng 2,0 lần"
        in (hits[0].passage.text)
    )


def test_a_bonus_asked_of_what_no_text_rewards_is_still_declined(kb: KnowledgeBase) -> None:
    assert ask(kb, "giá lúa hôm nay ở sóc trăng bao nhiêu") == []
    assert ask(kb, "thưởng tết năm nay bao nhiêu") == []


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        ("the co quy dinh di lam dung gio ko", "không đi trễ về sớm"),
        ("Cấp huyện chấm dứt từ ngày nào ạ", "kết thúc hoạt động trong cả nước từ ngày 01/7/2025"),
        ("cap huyen bo tu ngay nao v a", "kết thúc hoạt động trong cả nước từ ngày 01/7/2025"),
        ("2 nguoi ngang tieu chuan nhau thi uu tien ai v a", "tỷ lệ nữ từ 70% trở lên"),
        ("2 người ngang tiêu chuẩn nhau thì ưu tiên ai", "tỷ lệ nữ từ 70% trở lên"),
        (
            "Công văn của Sở TN&MT Kon Tum về CT 14 v/v gì",
            "Sở Tài nguyên và Môi trường phát động phong trào thi đua trong toàn Ngành",
        ),
    ],
)
def test_words_staff_use_for_the_documents_own(kb: KnowledgeBase, asked: str, said: str) -> None:
    hits = kb.search(asked)
    assert hits and said in hits[0].passage.text, asked


def test_a_group_of_ones_own_typed_without_marks_is_no_person() -> None:
    def mentions(_: str) -> bool:
        return False

    assert named_person("to van em cai nhau mai: lam cstdcs co bat buoc sk ko", mentions) is None
    # a name after a word a person is spoken of with, or written with capitals, still is
    assert named_person("anh nguyen van em co dc cstdcs ko", mentions) == "Nguyen Van Em"
    assert named_person("Tô Văn Em có được cstđcs không", mentions) == "Tô Văn Em"


async def test_a_subject_said_before_the_document_is_asked_of_it(chat: Chat) -> None:
    await chat.send("Chỉ thị 14 của tỉnh Kon Tum có khuyến khích xây dựng mô hình kinh tế không?")
    text = (await chat.send("con ve ha tang giao thong thi chi thi do noi gi"))[0].text
    assert "hạ tầng giao thông kết nối đa phương thức" in text
    # the document alone asked what it says is still its opening
    text = (await chat.send("chỉ thị 14 kon tum nói gì"))[0].text
    assert text.startswith("Thực hiện Chỉ thị số 34-CT/TW")


@pytest.mark.parametrize("asked", ["gui nhung dau", "gửi đi đâu"])
async def test_where_a_document_went_asked_bare(chat: Chat, asked: str) -> None:
    await chat.send("bộ tnmt phát động thi đua 2021 chủ đề gì")
    text = (await chat.send(asked))[0].text
    assert text.startswith("Kính gửi: Thủ trưởng các đơn vị trực thuộc Bộ"), text[:120]


async def test_what_a_letter_says_of_a_subject_typed_first(chat: Chat) -> None:
    await chat.send("cv so tnmt kon tum v/v phat dong thi dua theo ct 14 ai ky")
    # "nói gì" asks, it is no subject ("nơi nhận"); the letter's own item on the epidemic
    text = (await chat.send("covid thi cv do noi gi"))[0].text
    assert "phòng, chống dịch bệnh Covid-19" in text and "Nơi nhận" not in text


async def test_a_body_named_after_a_cited_resolution_is_asked_of_itself(chat: Chat) -> None:
    await chat.send("tinh soc trang gio thuoc dau")
    await chat.send("theo nq nào")
    # the note on the department, not the resolution just named nor the note's outline
    text = (await chat.send("vậy sở tnmt sóc trăng giờ là gì"))[0].text
    assert text.startswith("Sở Tài nguyên và Môi trường nay là Sở Nông nghiệp và Môi trường")


async def test_another_letter_named_by_its_title_is_not_the_last_ones_body(chat: Chat) -> None:
    await chat.send("cv so tnmt kon tum trien khai ct 14 gui ai")
    await chat.send("văn phòng sở được giao làm gì trong cv đó")
    text = (await chat.send("con cv thi dua dac biet covid thi giao van phong so gi"))[0].text
    assert "Công văn năm 2021 của Sở Tài nguyên và Môi trường tỉnh Kon Tum, mục 7" in text


@pytest.mark.parametrize(
    "asked",
    [
        "truoc day luat cho chu tich xa tang nhung gi",  # without marks: "tăng", "xã hội"
        "trước đây luật cho chủ tịch xã tặng những gì",  # "những gì" granted, not parts listed
    ],
)
def test_the_law_named_as_what_grants_answers_from_its_article(
    kb: KnowledgeBase, asked: str
) -> None:
    hit = kb.search(asked)[0]
    assert hit.passage.doc.id == "luat-06-2022-qh15" and hit.passage.kind == "section"
    assert hit.passage.section.startswith("Điều 80")


def test_a_title_opening_on_its_kind_says_it_once(kb: KnowledgeBase) -> None:
    outline = next(
        p for p in kb.passages if p.doc.id == "luat-06-2022-qh15" and p.kind == "outline"
    )
    assert outline.text.startswith("Luật Thi đua, khen thưởng"), outline.text[:40]


async def test_what_the_law_let_a_commune_chair_grant_is_its_clause(chat: Chat) -> None:
    await chat.send("chu tich ubnd xa co dc quyet dinh tang cstdcs ko a")
    await chat.send("Văn bản đó ban hành ngày nào ạ")
    text = (await chat.send("the truoc day luat cho chu tich xa tang nhung gi"))[0].text
    # the clause on the commune, not the article from its top as a list asked
    assert text.startswith("3. Chủ tịch Ủy ban nhân dân cấp xã quyết định tặng"), text[:80]


@pytest.mark.parametrize("pointer", ["đó", "ấy", "đấy"])
def test_a_pointer_typed_with_marks_is_no_word_of_the_answer(
    kb: KnowledgeBase, pointer: str
) -> None:
    # "đó" points: it is no "do" of "do Bộ, ngành Trung ương"
    asked = f"Năm 2021 {pointer} có ý nghĩa gì mà Bộ nhấn mạnh vậy?"
    hit = kb.search(asked)[0]
    assert hit.passage.doc.id == "btnmt-2021", asked
    assert "Năm 2021 có ý nghĩa đặc biệt quan trọng" in hit.passage.text


@pytest.mark.parametrize(
    ("asked", "heading"),
    [
        ("Điều 59 nđ 129 quy định về thẩm quyền của ai thế ạ", "Điều 59. Thẩm quyền"),
        ("dieu 59 nd 129 quy dinh gi", "Điều 59. Thẩm quyền"),
        ("điều 3 nghị định 13 quy định gì", "Điều 3. Sáng kiến"),
    ],
)
def test_an_article_of_a_decree_named_by_number(
    kb: KnowledgeBase, asked: str, heading: str
) -> None:
    hit = kb.search(asked)[0]
    assert hit.passage.kind == "section" and hit.passage.section.startswith(heading), asked


def test_an_article_number_no_held_decree_has_is_not_guessed(kb: KnowledgeBase) -> None:
    # ("nđ 98" is not held: no article of another decree stands in for its Điều 59)
    assert kb.title_answer("điều 59 nđ 98 quy định gì") is None


@pytest.mark.parametrize(
    "asked",
    [
        "xa minh truoc thuoc soc trang gio thuoc dau vay",
        "xã mình trước thuộc sóc trăng giờ thuộc đâu",
    ],
)
def test_what_a_place_belonged_to_told_before_asking_what_now(
    kb: KnowledgeBase, asked: str
) -> None:
    hit = kb.search(asked)[0]
    assert hit.passage.section == "Tỉnh Sóc Trăng nay thuộc thành phố Cần Thơ", asked


async def test_what_a_letter_asks_to_do_is_its_list_of_tasks(chat: Chat) -> None:
    # "làm những gì" asks the letter's tasks in brief, not one item of another letter
    text = (await chat.send("sở phải làm những gì theo cv covid"))[0].text
    assert text.startswith("Các nội dung chính:"), text[:80]


@pytest.mark.parametrize("asked", ["gương điển hình gửi đi đâu", "đề xuất khen thưởng gửi đi đâu"])
async def test_where_something_named_is_sent_is_no_list_of_recipients(
    chat: Chat, asked: str
) -> None:
    await chat.send("kế hoạch sóc trăng 2022")
    text = (await chat.send(asked))[0].text
    assert not text.startswith(("Nơi nhận", "Kính gửi")), text[:80]


async def test_the_base_salary_typed_short_is_the_missing_amount(chat: Chat) -> None:
    text = (await chat.send("lương cs hiện nay"))[0].text
    assert text.startswith("Tôi không theo dõi mức lương cơ sở hiện hành")
