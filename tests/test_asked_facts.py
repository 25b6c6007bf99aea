"""A bonus, a share or (of a title) a deadline asked is answered only by a passage stating it."""

import pytest

from knowledge import KnowledgeBase
from knowledge.asked_facts import form_place_stated, preferred, required, stated_within
from knowledge.asking import ask
from tests.conftest import Chat


@pytest.mark.parametrize(
    "question",
    [
        "chiến sĩ thi đua toàn quốc có bị khống chế tỷ lệ 15% ko",  # Điều 21 states no share
        "chien si thi dua toan quoc co bi khong che ty le 15% ko",
        "Hạn chót nộp hồ sơ Chiến sĩ thi đua toàn quốc lên Bộ Nội vụ là ngày nào?",
        "giay khen cua giam doc so duoc thuong bao nhieu lan luong co so?",
    ],
)
def test_a_question_the_answer_would_not_state_is_declined(
    kb: KnowledgeBase, question: str
) -> None:
    assert ask(kb, question) == []
    assert kb.title_answer(question) is None  # the chat asks the title layer first


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("tap the lao dong xuat sac can bao nhieu % ca nhan dat ldtt", "70%"),
        ("CSTĐ toàn quốc được thưởng bao nhiêu tiền", "4,5 lần mức lương cơ sở"),
    ],
)
def test_a_passage_stating_what_is_asked_still_answers(
    kb: KnowledgeBase, question: str, stated: str
) -> None:
    assert stated in ask(kb, question)[0].passage.text


def test_what_each_question_requires() -> None:
    share = required("tỷ lệ chiến sĩ thi đua cơ sở")
    assert share is not None and share("không quá 15%") and not share("Điều 23. Danh hiệu")
    bonus = required("lao động tiên tiến đc thưởng bn")
    assert bonus is not None and bonus("được thưởng 0,3 lần") and not bonus("khen thưởng")
    assert required("hạn nộp hồ sơ ngày nào") is None  # the search weighs a date itself
    deadline = required("hạn nộp hồ sơ ngày nào", title=True)
    assert deadline is not None and deadline("trước ngày 15/11") and not deadline("Tờ trình")
    assert required("tiêu chuẩn chiến sĩ thi đua cơ sở", title=True) is None


@pytest.mark.parametrize(
    "question",
    [
        "ct 14 của ubnd tỉnh kon tum dựa theo chỉ thị nào của thủ tướng",
        "CT 14 cua UBND tinh Kon Tum thuc hien chi thi nao cua Thu tuong",
    ],
)
def test_which_directive_is_answered_by_the_passage_naming_it(
    kb: KnowledgeBase, question: str
) -> None:
    # "mục 2" speaks of the Prime Minister's campaigns, "mục 1" names the Politburo's
    # directive; the opening names the Prime Minister's by its number.
    assert "Chỉ thị số 19/CT-TTg" in ask(kb, question)[0].passage.text


def test_what_makes_a_passage_better() -> None:
    rank = preferred("theo chỉ thị nào của thủ tướng")
    assert rank is not None
    assert rank("Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ") == 2
    assert rank("Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị") == 1
    assert rank("các phong trào thi đua đã được Thủ tướng Chính phủ phát động") == 0
    assert preferred("chỉ thị 14 có mấy mục") is None


def test_a_share_stated_by_an_editors_note_is_answered(kb: KnowledgeBase) -> None:
    (hit,) = ask(kb, "chiến sĩ thi đua cơ sở có bị khống chế tỷ lệ 15% ko")[:1]
    assert "không quy định tỷ lệ tối đa" in hit.passage.text


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("mẫu đơn đề nghị công nhận sáng kiến lấy ở đâu", "Phụ lục I của Thông tư"),
        ("mau don cong nhan sang kien thuoc phu luc nao", "Phụ lục I của Thông tư"),
        ("báo cáo thành tích đề nghị cstđ cơ sở làm theo mẫu số mấy", "Mẫu số 05"),
    ],
)
def test_where_a_form_is_or_its_number_is_answered_by_the_passage_saying_it(
    kb: KnowledgeBase, question: str, stated: str
) -> None:
    # The form's own heading ("Phụ lục I. Mẫu Đơn …") names no document; the list of the
    # forms of a decree names none by its number.
    assert stated in ask(kb, question)[0].passage.text


def test_which_form_and_where_it_is_are_stated_so() -> None:
    where = form_place_stated("mẫu đơn công nhận sáng kiến nằm ở đâu")
    assert where is not None
    assert where("Phụ lục I của Thông tư là mẫu Đơn yêu cầu công nhận sáng kiến.")
    assert where("(Mẫu số 05 Phụ lục ban hành kèm theo Nghị định 152/2025/NĐ-CP)")
    assert not where("Phụ lục I. Mẫu Đơn yêu cầu công nhận sáng kiến")
    number = preferred("báo cáo thành tích dùng mẫu số mấy")
    assert number is not None and number("(Mẫu số 05 Phụ lục …)") == 1
    assert form_place_stated("nộp hồ sơ ở đâu") is None
    # where it is, then what it holds: the form's items are asked too
    assert form_place_stated("mẫu đơn sáng kiến ở đâu, đơn ghi những mục gì") is None
    assert form_place_stated("mẫu đơn sáng kiến ở phụ lục nào của thông tư 18") is not None
    # the document it is an appendix of, asked by its kind ("theo TT nào", "ở văn bản nào")
    for question in (
        "don yeu cau cong nhan sang kien theo mau cua tt nao",
        "mẫu đơn sáng kiến nằm ở văn bản nào ạ",
        "mau don sk kem nd nao",
    ):
        assert form_place_stated(question) is not None, question
    assert form_place_stated("sáng kiến theo nghị định nào") is None  # no form named


@pytest.mark.parametrize(
    "question",
    [
        "don yeu cau cong nhan sang kien theo mau cua tt nao",
        "da em muon lam don de nghi cong nhan sang kien thi mau don nam o van ban nao a",
        "mau don sk o vb nao",
    ],
)
def test_the_document_a_form_is_in_is_answered_by_its_appendix_line(
    kb: KnowledgeBase, question: str
) -> None:
    text = ask(kb, question)[0].passage.text
    assert "Phụ lục I của Thông tư là mẫu Đơn yêu cầu công nhận sáng kiến" in text


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("ct14 kon tum thuc hien theo nq dai hoi dang bo tinh lan thu may", "Kon Tum lần thứ XVI"),
        ("chỉ thị 14 kon tum theo nghị quyết đại hội đảng bộ tỉnh khóa mấy", "Kon Tum lần thứ XVI"),
        ("ct 19 cua thu tuong theo nq dai hoi toan quoc lan thu may cua dang", "quốc lần thứ XIII"),
    ],
)
def test_an_ordinal_asked_is_stated_after_what_it_counts(
    kb: KnowledgeBase, question: str, stated: str
) -> None:
    assert stated in ask(kb, question)[0].passage.text
    rank = preferred("đại hội đảng bộ tỉnh lần thứ mấy")
    assert rank is not None
    assert rank("Đại hội đại biểu Đảng bộ tỉnh Kon Tum lần thứ XVI") == 1
    assert rank("Đại hội thi đua yêu nước toàn quốc lần thứ X") == 0  # another congress


@pytest.mark.parametrize(
    "question",
    [
        "CT 14 kon tum phat dong thi dua cho giai doan nao",
        "chỉ thị 14 của ubnd kon tum phát động thi đua cho giai đoạn nào",
    ],
)
def test_the_period_a_document_is_for_is_on_its_card(kb: KnowledgeBase, question: str) -> None:
    # not item 2, which names the campaigns of 2015-2020 it carries on
    assert "Thời gian áp dụng: 2021-2025" in ask(kb, question)[0].passage.text


@pytest.mark.today
async def test_from_when_something_counts_is_the_rule_not_a_date(chat: Chat) -> None:
    await chat.send("đang bị thanh tra kiểm tra thì có được đề nghị khen thưởng không")
    reply = (await chat.send("còn sau khi hết kỷ luật thì thành tích tính từ lúc nào"))[0].text
    assert "được tính từ thời điểm chấp hành xong" in reply.split("📄")[0]
    assert preferred("nghị định có hiệu lực từ khi nào") is not None


@pytest.mark.parametrize("question", ["sáp nhập tỉnh từ khi nào", "bỏ cấp tỉnh từ bao giờ"])
def test_a_province_s_day_asked_is_a_date(question: str) -> None:
    # "tỉnh từ" (a province, since) is no "tính từ" (counted from)
    states = preferred(question)
    assert states is not None and states("Từ ngày 01/7/2025, tỉnh Kon Tum sáp nhập")
    assert not states("Thời gian áp dụng: 2025")


@pytest.mark.today
async def test_what_more_is_required_is_the_line_besides_those_read(chat: Chat) -> None:
    await chat.send("tiêu chí cá nhân thi đua 2021 của bộ tnmt")
    reply = (await chat.send("nếu là thủ trưởng đơn vị thì cần thêm gì"))[0].text
    assert "đơn vị phải là tập thể tiêu biểu xuất sắc" in reply.split("📄")[0]


def test_what_more_is_required_is_stated_besides_what_was_said() -> None:
    states = stated_within("nếu là thủ trưởng đơn vị thì cần thêm gì")
    assert states is not None
    assert states("Ngoài các tiêu chí nêu trên, thủ trưởng đơn vị phải …")
    assert states("Ngoài những điều kiện kể trên, cá nhân phải …")
    assert not states("Ngoài ra, trên cơ sở kết quả sơ kết, các đơn vị …")


@pytest.mark.parametrize("follow_up", ["van phong so lam nhung viec gi", "vp sở làm j"])
async def test_what_a_body_named_does_is_the_part_opening_with_it(
    chat: Chat, follow_up: str
) -> None:
    """ "văn phòng sở làm gì" after the plan's criteria: the part "2. Văn phòng Sở:", not the
    criteria saying "văn hóa công sở", "phong trào", "làm việc" one by one."""
    await chat.send("tieu chi tap the kh thi dua soc trang 2022")
    reply = (await chat.send(follow_up))[0].text
    assert reply.startswith("2. Văn phòng Sở:")
    assert "Nguồn: Kế hoạch năm 2022 của Sở Tài nguyên và Môi trường tỉnh Sóc Trăng" in reply


def test_a_body_s_duties_are_stated_by_a_line_opening_with_it() -> None:
    states = preferred("van phong so lam nhung viec gi")
    assert states is not None
    assert states("9. Giao Văn phòng Sở Tài nguyên và Môi trường chủ trì, phối hợp …")
    assert not states("- Thực hiện tốt kỷ luật, quy định văn hóa công sở; làm việc đúng giờ")
