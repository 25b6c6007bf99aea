"""An item pointed at by its number or place ("nội dung thứ 4", "còn cái thứ 5", "mục 6 thì
sao", "nd thi đua số 1", "thứ 4 là gì" after a law's list, "nội dung cuối cùng"), and a count
written out in words ("bốn phong trào")."""

import pytest

from handlers import context, currency
from knowledge import KnowledgeBase
from knowledge.ordinals import LAST, item_asked, item_number
from tests.conftest import TODAY, Chat, shown

pytestmark = pytest.mark.today


@pytest.mark.parametrize(
    ("said", "number", "noun"),
    [
        ("noi dung thi dua thu 3 la gi", 3, "noi dung"),
        ("con cai thu 5", 5, "cai"),
        ("cai so 4", 4, "cai"),
        ("con so 6", 6, "cai"),
        ("the so 5", 5, "cai"),
        ("the con so 2", 2, "cai"),
        ("con thu 3", 3, ""),
        ("muc 6 thi sao", 6, "muc"),
        ("kh soc trang 2022 noi dung thi dua so 1 la gi", 1, "noi dung"),
        ("y thu hai", 2, "y"),
        ("con noi dung cuoi cung", LAST, "noi dung"),
        ("diem c", 3, "diem"),
        ("phong trao thu tu la gi", 4, "phong trao"),
    ],
)
def test_an_item_is_read_by_its_number_or_place(said: str, number: int, noun: str) -> None:
    asked = item_asked(said)
    assert asked is not None and (asked.number, asked.noun) == (number, noun)


@pytest.mark.parametrize(
    "said",
    [
        "dai hoi thi dua lan thu xi",
        "quoc hoi khoa xv",
        "ky hop thu 3",
        "ke hoach so 3510 kh ubnd",
        "so 6/2021",
        "cong van so 6",
        "cac noi dung sau",
        "noi dung 6 thang dau nam",
        "nam 2021 co may noi dung",
        "thu 6 tuan nay nop duoc khong",
        "hop vao thu hai",
    ],
)
def test_other_numbers_point_at_no_item(said: str) -> None:
    assert item_asked(said) is None


async def test_a_follow_up_counts_in_the_document_just_discussed(chat: Chat) -> None:
    # a letter whose items are numbered at its top level ("1.", "2.", …, no Roman parts)
    await chat.send("pt thi dua dac biet chong covid cua so tnmt kon tum can cu van ban nao")
    reply = (await chat.send("noi dung thu 4 la gi"))[0].text
    assert reply.startswith("4. Thi đua giữ vững ổn định chính trị")
    reply = (await chat.send("còn cái thứ hai"))[0].text
    assert reply.startswith("2. Thi đua phát huy sáng kiến")
    reply = (await chat.send("cái cuối cùng"))[0].text
    assert reply.startswith("7. Giao Văn phòng Sở")


async def test_the_first_list_of_a_plan_is_counted_when_none_is_named(chat: Chat) -> None:
    reply = (await chat.send("kh soc trang 2022 noi dung thi dua so 1 la gi"))[0].text
    assert reply.startswith("1. Triển khai thực hiện đảm bảo chất lượng")
    reply = (await chat.send("kế hoạch sóc trăng 2022 ý thứ năm"))[0].text
    assert reply.startswith("5. Tích cực hưởng ứng phong trào thi đua")
    reply = (await chat.send("còn nội dung cuối cùng"))[0].text
    assert reply.startswith("7. Tiếp tục triển khai và vận động")


async def test_an_item_of_a_named_directive_is_not_its_overview(chat: Chat) -> None:
    reply = (await chat.send("ct 14/ct-ubnd kon tum muc 5 noi gi"))[0].text
    assert reply.startswith("5. Đẩy mạnh công tác tuyên truyền")
    overview = (await chat.send("chỉ thị 14 của UBND tỉnh Kon Tum nói gì"))[0].text
    assert not overview.startswith("5.")


async def test_a_point_of_the_article_just_shown_is_its_line(chat: Chat) -> None:
    await chat.send("hồ sơ đề nghị xét tặng danh hiệu thi đua theo điều 84 luật gồm mấy thứ")
    reply = (await chat.send("thứ 4 là gì"))[0].text
    assert reply.startswith("d) Chứng nhận hoặc xác nhận của cơ quan")
    assert "Điều 84" in reply
    reply = (await chat.send("con diem b"))[0].text
    assert reply.startswith("b) Báo cáo thành tích của cá nhân, tập thể")


async def test_a_name_counted_in_the_passage_just_shown(chat: Chat) -> None:
    first = (await chat.send("btnmt 2021 trong tam may phong trao thi dua cua ttg"))[0].text
    assert "4 phong trào thi đua đã được Thủ tướng" in first
    reply = (await chat.send("phong trào thứ 4 là gì"))[0].text
    assert reply.startswith("“Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở”")
    reply = (await chat.send("con phong trao thu hai"))[0].text
    assert reply.startswith("“Doanh nghiệp Việt Nam hội nhập và phát triển”")


def test_a_count_the_text_names_is_not_the_campaigns_held(kb: KnowledgeBase) -> None:
    asked = "bộ tnmt pđ thi đua 2021 trọng tâm mấy phong trào của TTg, kể tên giúp e"
    assert currency.answer(asked, kb, TODAY) is None
    assert currency.answer("năm 2021 có mấy phong trào thi đua", kb, TODAY) is not None


@pytest.mark.parametrize(
    "asked",
    [
        "bốn phong trào thi đua trọng tâm của btnmt 2021 là gì",
        "bon phong trao thu tuong phat dong ma bo tnmt neu la gi",
        "bộ tnmt pđ thi đua 2021 trọng tâm mấy phong trào của TTg, kể tên giúp e",
    ],
)
def test_a_count_in_words_finds_the_count_in_figures(kb: KnowledgeBase, asked: str) -> None:
    hits = kb.search(asked)
    assert hits and "4 phong trào thi đua đã được Thủ tướng" in hits[0].passage.text


async def test_a_numbered_point_of_a_named_directive_is_its_item(chat: Chat) -> None:
    # "điểm 7" with a number is a directive's item, not a law's point (those are letters)
    reply = (await chat.send("chỉ thị 14 ubnd kon tum điểm 5 nói gì"))[0].text
    assert reply.startswith("5. Đẩy mạnh công tác tuyên truyền")
    reply = (await chat.send("cv so tnmt kon tum ve covid diem 5 la gi"))[0].text
    assert reply.startswith("5. Thi đua tuyên truyền triển khai kịp thời")


async def test_a_clause_numbered_in_brackets_is_its_line(chat: Chat) -> None:
    # a decree's article quoted with "(1) … (7)", cut in two pieces
    reply = (await chat.send("nguyên tắc khen thưởng theo nghị định 152 khoản 3 là gì"))[0].text
    assert reply.startswith("(3) Kết quả khen thưởng thành tích đột xuất")
    reply = (await chat.send("khoản 7"))[0].text
    assert reply.startswith("(7) Thời gian giữ chức vụ")
    reply = (await chat.send("con khoan 1"))[0].text
    assert reply.startswith("(1) Khen thưởng phải căn cứ vào điều kiện")


async def test_an_item_of_another_document_named_by_its_kind(chat: Chat) -> None:
    await chat.send("cong van so tnmt kon tum theo chi thi 14 muc 7 noi gi")
    reply = (await chat.send("còn chỉ thị của ubnd tỉnh mục 7"))[0].text
    assert reply.startswith("7. Nâng cao vai trò, trách nhiệm của Hội đồng Thi đua")
    assert "Chỉ thị số 14/CT-UBND" in reply
    # the piece of an item that says what is asked
    reply = (await chat.send("chi thi cua ubnd muc 4 can cu nghi quyet nao cua cp"))[0].text
    assert "Nghị quyết số 78/NQ-CP" in reply


def test_an_item_heading_names_its_number() -> None:
    assert item_number("mục 7") == 7
    assert item_number("7. Nâng cao vai trò") == 7
    assert item_number("II. Nhiệm vụ") == 2
    assert item_number("II. Nhiệm vụ", roman=False) is None
    assert item_number("Điều 4. Nguyên tắc") is None
    assert item_number("2023") is None


async def test_an_item_of_the_directive_a_letter_rests_on(chat: Chat) -> None:
    await chat.send("cv sở tnmt kon tum theo ct14 mục 5 nói gì")
    reply = (await chat.send("chỉ thị gốc mục 5 nhắc mấy khâu"))[0].text
    assert "Chỉ thị số 14/CT-UBND" in reply and "4 khâu" in reply


async def test_what_is_asked_of_an_item_leads_its_reply(chat: Chat) -> None:
    asked = "chi thi 14 ubnd kon tum muc 3 nhac dich vu cong truc tuyen muc do may"
    reply = (await chat.send(asked))[0].text
    assert "dịch vụ công trực tuyến mức độ 3, 4" in reply.split("📄")[0]
    reply = (await chat.send("cv so tnmt kt theo ct14 muc 2 nhac chi so nao"))[0].text
    assert "Chỉ số cải cách hành chính (PAR INDEX)" in reply


async def test_an_audience_named_with_an_item_names_no_document(chat: Chat) -> None:
    await chat.send("tiêu chí thi đua tập thể của bộ tnmt năm 2021 về văn hóa công sở")
    reply = (await chat.send("thế còn cá nhân thì tiêu chí đầu tiên là gì"))[0].text
    assert "Hoàn thành xuất sắc nhiệm vụ được giao" in reply


async def test_an_item_of_another_list_asked_as_a_follow_up(chat: Chat) -> None:
    # "còn … thì sao" around the item does not make the message a question of its own
    await chat.send("công văn thi đua 2021 của bộ tnmt nội dung thứ 3 là gì")
    reply = (await chat.send("vậy còn nhiệm vụ giải pháp số 2 thì sao"))[0].text
    assert "II. Nhiệm vụ, giải pháp chủ yếu › mục 2" in reply


def test_a_number_said_with_so_names_no_department(kb: KnowledgeBase) -> None:
    # "số 2" is folded "so 2": a number, not the Sở of "còn ở sở thì sao", whose sector
    # would be put in after the follow-up's first word ("giai btnmt phap so 2 …")
    topic = shown(
        kb,
        "I. Nội dung Phong trào thi đua › mục 5",
        "thực thi pháp luật",
        "cv btnmt 2021 nội dung thứ năm nói gì",
    )
    resolved = context.resolve("còn giải pháp số 2", topic, kb)
    assert resolved is not None and resolved.startswith("giai phap so 2")
    assert (
        context.resolve("còn ở sở thì sao", topic, kb)
        == "so btnmt cong van 2021 noi dung thu nam noi gi"
    )


async def test_the_nth_bullet_of_the_list_just_shown(chat: Chat) -> None:
    """ "cái thứ 2 là gì" after the dossier listed with "+" bullets: its second paper."""
    await chat.send("ho so de nghi cstdcs gom nhung gi theo qd 638")
    reply = (await chat.send("cái thứ 2 là gì"))[0].text
    assert reply.startswith("+ Báo cáo thành tích của cá nhân (Mẫu số 05")


@pytest.mark.parametrize("asked", ["cai so 4 noi gi", "cái số 4 nói gì"])
async def test_an_item_counted_by_its_number_asking_what_it_says(chat: Chat, asked: str) -> None:
    await chat.send("cv sở tnmt kon tum phát động thi đua theo ct14 nội dung đầu tiên là gì")
    reply = (await chat.send(asked))[0].text
    assert reply.startswith("4. Tiếp tục phổ biến, quán triệt, tuyên truyền công tác phòng")
