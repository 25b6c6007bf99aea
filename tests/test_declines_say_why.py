"""Declines that are right: a person's award asked of by a given name alone or as a document's
signer, a campaign launched in a year no document of that body is from, and a procedure of
personnel or of a citizen's papers that a campaign only mentions in passing. Each is declined
in one line saying why, with the next step; the answerable questions near them still are."""

import pytest

from knowledge import KnowledgeBase
from knowledge.asking import ask
from knowledge.person_names import named_person
from tests.conftest import Chat

pytestmark = pytest.mark.today


NAMED = "Xin lỗi, tôi không có danh sách người được tặng"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("chị Lan phòng kế toán năm nay có đạt lđtt ko", "chị Lan"),
        ("chi lan phong ke toan nam nay co dat ldtt ko", "chị Lan"),
        ("đ/c Hùng phòng đo đạc được tặng cstđcs chưa", "đ/c Hùng"),
        ("c Huyền phòng môi trường có đạt LĐTT không", "chị Huyền"),
        ("a Tuấn bên văn phòng dc tặng giấy khen chưa", "anh Tuấn"),
        ("bà Tuyết được tặng huân chương lao động hạng ba năm nào", "bà Tuyết"),
        # a signer the documents name: what he signed is theirs, his awards are not
        ("anh nguyen van loc duoc tang cstd toan quoc nam nao", "Nguyen Van Loc"),
        ("ông Lê Ngọc Tuấn có được tặng bằng khen của Thủ tướng không", "Lê Ngọc Tuấn"),
    ],
)
async def test_a_persons_award_asked_by_given_name_or_of_a_signer_is_declined(
    chat: Chat, kb: KnowledgeBase, text: str, name: str
) -> None:
    reply = (await chat.send(text))[0]
    assert reply.text.startswith(NAMED) and f"(như {name})" in reply.text, reply.text
    assert ask(kb, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "anh chị em trong phòng có được xét lao động tiên tiến không",
        "chị em phụ nữ được tặng danh hiệu gì",
        "danh hiệu anh hùng lao động được tặng cho ai",
        "Anh Hùng Lao Động được tặng khi nào",
        "ông Giám đốc Sở có được tặng bằng khen không",
        "Huân chương Hồ Chí Minh được tặng cho ai",
        "ca nhan ba lan duoc tang cstdcs thi sao",
        "chi lan dau duoc tang bang khen",
        "Nguyễn Văn Lộc ký văn bản nào",
        "có Bằng khen được tặng thì thưởng bao nhiêu",
    ],
)
def test_words_that_only_look_like_a_given_name_or_a_signers_award_are_no_person(
    kb: KnowledgeBase, text: str
) -> None:
    assert named_person(text, kb.mentions) is None


@pytest.mark.parametrize(
    "text",
    [
        "so tnmt kon tum nam 2023 phat dong thi dua chu de gi",
        "Sở TN&MT Kon Tum năm 2024 phát động phong trào thi đua nào",
        "ubnd tinh kon tum ban hanh ke hoach thi dua nam 2023 noi dung gi",
    ],
)
async def test_a_campaign_launched_in_a_year_no_document_is_from_is_declined(
    chat: Chat, kb: KnowledgeBase, text: str
) -> None:
    """Kon Tum's 2021 letter runs to 2025 but was launched in 2021: said so, not shown."""
    reply = (await chat.send(text))[0]
    assert reply.text.startswith("Xin lỗi, tôi chưa tìm thấy nội dung này"), reply.text
    assert "hiện chỉ có văn bản năm 2021" in reply.text
    assert "Riêng phong trào giai đoạn 2021–2025" in reply.text
    assert ask(kb, text) == []


def test_a_campaign_launched_that_year_or_running_then_is_still_answered(
    kb: KnowledgeBase,
) -> None:
    assert ask(kb, "năm 2021 sở tnmt kon tum phát động thi đua chủ đề gì")
    assert ask(kb, "kon tum nam 2023 thi dua chu de gi")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("đk bổ nhiệm phó trưởng phòng thuộc sở", "bổ nhiệm"),
        ("bổ nhiệm phó phòng cần những điều kiện gì ạ", "bổ nhiệm"),
        ("quy trinh bo nhiem can bo lanh dao cap phong", "bổ nhiệm"),
        ("hồ sơ tuyển dụng viên chức cần những gì", "tuyển dụng"),
        ("thủ tục nâng lương trước hạn gồm giấy tờ gì", "nâng lương"),
        ("thu tuc cap giay chung nhan quyen su dung dat lan dau gom nhung giay to gi?", "đất đai"),
        ("thủ tục đăng ký thường trú cần giấy tờ gì", "cư trú"),
        ("làm sổ hộ khẩu cần những gì", "cư trú"),
    ],
)
async def test_a_procedure_of_personnel_or_of_papers_is_off_the_subject(
    chat: Chat, kb: KnowledgeBase, text: str, said: str
) -> None:
    reply = (await chat.send(text))[0]
    assert "nằm ngoài phạm vi của tôi" in reply.text and said in reply.text, reply.text
    assert ask(kb, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "btnmt yêu cầu bổ nhiệm những cá nhân nào",
        "kịp thời phát hiện, đào tạo, tuyển dụng, bổ nhiệm ai theo btnmt",
        "btnmt có khuyến khích bổ nhiệm người có nhiều sáng kiến không",
    ],
)
def test_what_a_campaign_says_of_appointing_is_still_answered(kb: KnowledgeBase, text: str) -> None:
    hits = ask(kb, text)
    assert hits and "bổ nhiệm" in hits[0].passage.text


OFF_TOPIC = "nằm ngoài phạm vi của tôi"


@pytest.mark.parametrize(
    "text",
    ["thời tiết hôm nay thế nào", "thoi tiet hom nay the nao", "giá vàng hiện nay bao nhiêu"],
)
async def test_an_off_topic_question_after_a_title_answer_is_declined(
    chat: Chat, text: str
) -> None:
    """A time ("hôm nay", "hiện nay") does not point back at the article just shown, although
    folded its "nay" is the "này" of "điều này"."""
    first = await chat.send("muốn đạt chiến sĩ thi đua cơ sở có bắt buộc sáng kiến không")
    assert "Điều 23" in first[0].text
    reply = (await chat.send(text))[0]
    assert OFF_TOPIC in reply.text and "Điều 23" not in reply.text, reply.text


@pytest.mark.parametrize(
    "asked",
    [
        "bang luong cong chuc moi nhat, chuyen vien bac 3 he so 3,00 thi linh bao nhieu tien",
        "1 lan muc luong co so hien nay la bao nhieu dong vay ad",  # the amount in money
    ],
)
def test_pay_scales_and_the_base_salarys_amount_are_declined(kb: KnowledgeBase, asked: str) -> None:
    assert ask(kb, asked) == []


def test_a_bonus_counted_in_base_salaries_is_still_answered(kb: KnowledgeBase) -> None:
    found = ask(kb, "lđtt được thưởng bao nhiêu lần lương cơ sở")
    assert found and "0,3 lần mức lương cơ sở" in found[0].passage.text


async def test_counting_as_a_basis_is_not_read_as_being_one(chat: Chat) -> None:
    # "được tính là" reads as "là" only of an initiative
    reply = await chat.send("khen thưởng đột xuất có được tính là căn cứ khen công trạng không")
    assert "không dùng làm căn cứ để đề nghị cấp trên khen thưởng công trạng" in chat.text, reply


@pytest.mark.parametrize(
    "asked",
    [
        "email van phong so tnmt soc trang la gi a",  # contact details, beside the subject
        "dia chi nha rieng cua ong le ngoc tuan o dau",  # a signer's home: no document's
        "dạo này em hay bị đau lưng khi ngồi máy tính, nên đi khám chuyên khoa nào",
        "dao nay em hay bi dau lung khi ngoi may tinh, nen di kham chuyen khoa nao",
        "ho so dang ky giai thuong moi truong viet nam nop o dau",  # a prize no document is on
    ],
)
def test_contacts_health_and_prizes_not_held_are_declined(kb: KnowledgeBase, asked: str) -> None:
    assert ask(kb, asked) == []


def test_a_doctor_asking_of_a_title_is_still_answered(kb: KnowledgeBase) -> None:
    found = ask(kb, "bác sĩ có được xét lao động tiên tiến không")
    assert found and found[0].passage.section.startswith("Điều 24."), found[:1]
