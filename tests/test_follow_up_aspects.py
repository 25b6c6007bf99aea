"""Follow-ups that name another subject keep what the last question asked of its own (its
form's number, bonus, theme, signer…); a document the last answer cites is told of where it
is cited; a person's salary and an action the bot cannot do are declined, saying why."""

import pytest

from handlers import context
from knowledge import KnowledgeBase
from knowledge.asking import ask
from tests.conftest import Chat, shown

pytestmark = pytest.mark.today


def test_a_sibling_of_the_last_subject_keeps_its_aspect(kb: KnowledgeBase) -> None:
    dossier = shown(kb, "Hồ sơ xét tặng", "Mẫu số 05", "tờ trình dùng mẫu số mấy")
    assert context.resolve("còn báo cáo thành tích", dossier, kb).startswith(
        "bao cao thanh tich theo mau so may"
    )


def test_a_place_of_its_own_keeps_the_aspect_outside_the_last_document(
    kb: KnowledgeBase,
) -> None:
    card = shown(kb, "Thông tin văn bản", "Kỷ cương, trách nhiệm", "chủ đề sở tnmt sóc trăng")
    assert context.resolve("con kon tum theo ct14", card, kb) == "kon tum theo ct14 chu de la gi"
    assert context.subject("con kon tum theo ct14", card, kb) is None


def test_a_subject_the_answer_did_not_speak_of_takes_no_aspect(kb: KnowledgeBase) -> None:
    card = shown(kb, "Thông tin văn bản", "Kỷ cương, trách nhiệm", "chủ đề thi đua sóc trăng")
    resolved = context.resolve("còn hình ảnh người cán bộ ngành thì sao", card, kb)
    assert resolved is not None and "chu de" not in resolved


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tập thể lao động xuất sắc thì sao", "tap the lao dong xuat sac thuong bao nhieu"),
        ("danh hiệu chiến sĩ thi đua toàn quốc thì sao", "chien si thi dua toan quoc thuong"),
    ],
)
def test_a_long_title_closed_by_thi_sao_is_asked_the_same(
    kb: KnowledgeBase, text: str, expected: str
) -> None:
    bonus = shown(kb, "Điều 50.", "Tập thể Lao động tiên tiến", "tập thể lđtt thưởng bao nhiêu")
    assert context.asks_for_another(text)
    assert (context.resolve(text, bonus, kb) or "").startswith(expected)


async def test_each_of_the_titles_asks_their_bonus(chat: Chat) -> None:
    await chat.send("muon len chien si thi dua cap tinh thi can gi")
    await chat.send("the con toan quoc")
    reply = (await chat.send("tien thuong moi cai bao nhieu"))[0].text
    assert "được thưởng 4,5 lần mức lương cơ sở" in reply


async def test_a_document_the_last_answer_cites_is_told_of_where_it_is_cited(
    chat: Chat,
) -> None:
    await chat.send("so tnmt kon tum trien khai ct14 theo chu de gi")
    reply = (await chat.send("the chi thi 34 cua bo chinh tri la ve gi"))[0].text
    assert "Tiếp tục đổi mới công tác thi đua, khen thưởng" in reply
    assert "Công văn năm 2021 của Sở Tài nguyên và Môi trường tỉnh Kon Tum" in reply
    assert "ngày 07 tháng 4 năm 2014" in (await chat.send("ban hanh ngay nao"))[0].text


async def test_the_signer_of_a_letter_carrying_out_the_plan_pointed_at(chat: Chat) -> None:
    await chat.send("kế hoạch 3510/KH-UBND kon tum ngày nào")
    reply = (await chat.send("cv của sở tnmt triển khai kh đó do ai ký"))[0].text
    assert "Nguyễn Văn Lộc" in reply
    await chat.send("kế hoạch 3510/KH-UBND kon tum ngày nào")
    assert "chưa có thông tin người ký" in (await chat.send("ai ký kh đó"))[0].text


def test_which_directive_of_an_issuer_is_told_in_the_directive_s_own_words(
    kb: KnowledgeBase,
) -> None:
    hits = kb.search("chỉ thị 14 kon tum căn cứ chỉ thị nào của thủ tướng")
    assert "Chỉ thị số 19/CT-TTg ngày 16 tháng 7 năm 2021" in hits[0].passage.text
    # every basis asked: the card lists them
    bases = kb.search("chỉ thị 14 ubnd kon tum căn cứ những văn bản nào")[0].passage
    assert bases.kind == "info"


@pytest.mark.parametrize(
    "question",
    [
        "luong cua giam doc so nguyen van loc bao nhieu 1 thang",
        "lương của trưởng phòng thi đua là bao nhiêu vậy",
        "thu nhap hang thang cua pho giam doc so",
        "phu cap cho can bo chuyen trach tdkt bao nhieu 1 thang",  # an allowance: no document
        "phụ cấp trách nhiệm cán bộ làm tđkt bn",
        "phu cap cong vu nam nay bao nhieu %",
        "chuyen khoan tien thuong ldtt vao tai khoan cua toi giup nhe",
        "chuyển luôn tiền thưởng lao động tiên tiến vào tài khoản vietcombank cho em nhé",
        "ck tien thuong cstdcs vao tk cua e di",
        "đặt vé máy bay ra hà nội giúp em",
    ],
)
def test_a_salary_or_an_action_is_declined(kb: KnowledgeBase, question: str) -> None:
    assert ask(kb, question) == []


@pytest.mark.parametrize(
    "question",
    [
        "tiền thưởng lao động tiên tiến bao nhiêu",
        "lđtt được thưởng mấy lần lương cơ sở",
        "0,3 lần lương là bao nhiêu tiền",
        "chiến sĩ thi đua cơ sở thưởng bao nhiêu lần lương cơ sở",
    ],
)
def test_a_bonus_counted_in_the_base_salary_is_answered(kb: KnowledgeBase, question: str) -> None:
    assert ask(kb, question)


async def test_the_refusal_says_why(chat: Chat) -> None:
    reply = (await chat.send("chuyển tiền thưởng lđtt vào tài khoản vietcombank cho em"))[0]
    assert reply.text.startswith("Xin lỗi anh/chị, tôi không chuyển tiền")
    reply = (await chat.send("luong cua giam doc so tnmt soc trang bao nhieu 1 thang"))[0]
    assert "không tra cứu lương" in reply.text


@pytest.mark.parametrize("asked", ["tien thuong thi sao", "còn tiền thưởng"])
async def test_an_aspect_alone_after_a_title_is_of_that_title(chat: Chat, asked: str) -> None:
    """ "tiền thưởng thì sao" after the provincial emulation fighter's standards: its bonus,
    as "thưởng bao nhiêu?" is, not a search of the law's name for "tiền thưởng"."""
    await chat.send("cstd cap bo cap tinh tieu chuan the nao")
    reply = (await chat.send(asked))[0].text
    assert "được thưởng 3,0 lần mức lương cơ sở" in reply


async def test_a_sibling_in_another_part_of_the_article_keeps_the_aspect(chat: Chat) -> None:
    """ "còn thôn, tổ dân phố văn hóa" after the bonus of individuals (Điều 50 khoản 1): the
    village's bonus, which the article's part on collectives states."""
    await chat.send("cstdcs dc thuong bao nhieu tien")
    reply = (await chat.send("con thon to dan pho van hoa"))[0].text
    assert "thôn, tổ dân phố văn hóa được tặng Bằng chứng nhận, khung và được thưởng 1,5" in reply


async def test_serving_as_a_basis_is_no_basis_asked(chat: Chat) -> None:
    """ "dùng làm căn cứ" in the last question asks no basis document: "thế còn thi đua theo
    chuyên đề" is the same rule's other case, in the line just read."""
    await chat.send("khen thuong dot xuat co dung lam can cu de nghi khen cong trang ko")
    reply = (await chat.send("the con thi dua theo chuyen de"))[0].text
    assert reply.startswith("(3) Kết quả khen thưởng thành tích đột xuất, thi đua theo chuyên đề")


async def test_who_recognises_is_kept_for_another_achievement(chat: Chat) -> None:
    await chat.send("ai cong nhan hieu qua, kha nang nhan rong cua sang kien de xet cstd toan quoc")
    reply = (await chat.send("còn mưu trí sáng tạo trong chiến đấu?"))[0].text
    assert "Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Công an xem xét" in reply.split("📄")[0]


async def test_an_attribute_with_a_subject_of_its_own_takes_no_title(chat: Chat) -> None:
    """ "còn ai công nhận mưu trí sáng tạo … toàn quốc" after the army's authority for a
    title: a subject of its own, not that title's recognition."""
    await chat.send("trong quân đội ai quy định thẩm quyền tặng chiến sĩ tiên tiến")
    reply = await chat.send("còn ai công nhận mưu trí sáng tạo trong chiến đấu phạm vi toàn quốc")
    assert "Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Công an xem xét" in reply[0].text


async def test_an_attribute_of_a_part_the_title_s_standards_say(chat: Chat) -> None:
    """ "còn phong trào thi đua thì yêu cầu sao" after the excellent collective's standards:
    what that title requires of it, which its article just shown says."""
    await chat.send("tap the lao dong xuat sac co bat buoc co ca nhan dat cstdcs ko")
    reply = (await chat.send("con phong trao thi dua thi yeu cau sao"))[0].text
    assert "Tích cực tham gia phong trào thi đua thường xuyên, thiết thực, hiệu quả" in reply
