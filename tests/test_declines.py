"""Near-domain questions the documents cannot answer are declined, with the reason, while
their answerable neighbours are still answered."""

import datetime as dt

import pytest

from bot.clock import FixedClock
from bot.core import BotCore
from knowledge import KnowledgeBase
from knowledge.asking import ask
from knowledge.awards import named_awards
from knowledge.held import asks_awardees, asks_outcome, body_not_held, year_not_held
from knowledge.intents import load_intents
from knowledge.ordinals import named_ordinals
from tests.conftest import TODAY, Chat


def test_the_most_specific_award_named_comes_first() -> None:
    named = named_awards("bang khen thu tuong chinh phu dc thuong bao nhieu tien")
    assert [a.name for a in named] == ["Bằng khen của Thủ tướng Chính phủ", "Bằng khen"]
    assert named_awards("Huy chương Chiến sỹ vẻ vang")[0].name == "Huy chương Chiến sĩ vẻ vang"
    assert named_awards("tiêu chuẩn chiến sĩ thi đua cơ sở") == ()


@pytest.mark.parametrize(
    "question",
    [
        "Huy chương chiến sỹ vẻ vang tặng cho ai",  # an article that only cites a decree
        "tiêu chuẩn bằng khen của bộ trưởng là j",  # principles name no such certificate
        "danh hieu nha giao nhan dan can tieu chuan j",  # another title's article
        "giấy khen của chủ tịch xã cần đạt tiêu chuẩn gì",
    ],
)
def test_an_award_no_passage_speaks_of_is_declined(kb: KnowledgeBase, question: str) -> None:
    assert ask(kb, question) == []


def test_a_passage_speaking_of_the_awards_named_still_answers(kb: KnowledgeBase) -> None:
    hits = ask(kb, "có cần giấy khen rồi mới được đề nghị bằng khen ko")
    assert hits and "không bắt buộc phải có giấy khen" in hits[0].passage.text


async def test_the_chat_says_the_award_is_not_in_the_documents_yet(chat: Chat) -> None:
    replies = await chat.send("huy chuong chien si ve vang thuong bao nhieu")
    text = replies[0].text
    assert "chưa có quy định về Huy chương Chiến sĩ vẻ vang" in text
    assert "Văn phòng Sở" in text


def test_a_body_no_campaign_is_of_is_named(kb: KnowledgeBase) -> None:
    assert body_not_held("Bộ Tài chính phát động phong trào thi đua thế nào?", kb) == "Bộ Tài chính"
    assert body_not_held("ke hoach thi dua cua so noi vu", kb) == "Sở Nội vụ"
    # The body of a campaign held, and a body a campaign gives a duty to, are held.
    assert body_not_held("chu de thi dua nam 2021 cua bo tai nguyen va moi truong", kb) is None
    assert body_not_held("so noi vu phoi hop voi ai de bao cao ket qua chi thi", kb) is None


def test_a_year_no_campaign_covers_is_declined_without_a_clock(kb: KnowledgeBase) -> None:
    # Campaigns run 2021–2025: a year after them is not held, whatever the clock says.
    assert year_not_held("chủ đề thi đua năm 2027 ngành tài nguyên môi trường", kb) == 2027
    assert year_not_held("nghị định 152/2025 có hiệu lực khi nào", kb) is None
    # An article of a law is a legal text; "điều kiện" (a condition) is not.
    assert year_not_held("Điều 24 áp dụng cho năm 2027 không", kb) is None
    assert year_not_held("điều kiện đăng ký thi đua năm 2027 của Sở TN&MT Sóc Trăng", kb) == 2027
    assert ask(kb, "chu de thi dua nam 2027 nganh tai nguyen moi truong") == []
    assert ask(kb, "Bộ Tài chính phát động phong trào thi đua năm 2021 thế nào?") == []
    assert ask(kb, "chủ đề thi đua năm 2021 của bộ tài nguyên môi trường")


async def test_the_chat_names_the_body_not_held(chat: Chat) -> None:
    replies = await chat.send("Bộ Tài chính phát động phong trào thi đua năm 2021 thế nào?")
    assert "chưa có văn bản nào của Bộ Tài chính" in replies[0].text


@pytest.mark.parametrize(
    "question",
    [
        "danh sach ldtt nam 2025 cua so co ten toi ko",  # "tôi" is a filler, and the subject
        "luong co ban cua cong chuc nam 2022 la bao nhieu",  # "lương" is not "chất lượng"
        "thi nang ngach chuyen vien chinh can dieu kien gi",
        "kể chuyện cười đi",
    ],
)
def test_other_fields_and_own_records_are_off_topic(kb: KnowledgeBase, question: str) -> None:
    assert load_intents().is_off_topic(question, kb.mentions)
    assert ask(kb, question) == []


def test_a_phrase_of_the_subject_is_not_off_topic(kb: KnowledgeBase) -> None:
    assert not load_intents().is_off_topic("phong trào thi đua có tên là gì", kb.mentions)
    assert ask(kb, "tien thuong lao dong tien tien bao nhieu lan luong co so")


def test_an_off_topic_phrase_typed_with_one_slip_is_still_off_topic(kb: KnowledgeBase) -> None:
    book = load_intents()
    assert book.is_off_topic("thoi toet kon tum hom nay", kb.mentions)
    assert ask(kb, "thoi toet kon tum hom nay") == []
    # A slip into a word the documents use is not read as one ("tiền điện"), nor a slip in a
    # phrase the documents use ("xét nghiệm" in a COVID campaign), nor one in a short word.
    assert not book.is_off_topic("lao dong tien tien can gi", kb.mentions)
    assert not book.is_off_topic("ubnd tinh yeu cau xet ngihem nhu the nao", kb.mentions)
    assert not book.is_off_topic("chi thi 05 hoc tap lam teo bac", kb.mentions)


async def test_asking_whether_an_initiative_was_recognised_is_a_missing_feature(
    chat: Chat,
) -> None:
    replies = await chat.send("Sáng kiến em nộp tháng trước hội đồng đã công nhận chưa ạ?")
    assert replies[0].text.startswith("Tôi chưa tra cứu được kết quả")


def test_a_year_is_held_only_by_the_campaigns_of_the_province_or_body_named(
    kb: KnowledgeBase,
) -> None:
    # Kon Tum's plan runs 2021–2025, Sóc Trăng's is of 2022, the ministry's of 2021.
    assert year_not_held("ke hoach thi dua nam 2024 cua so tnmt soc trang", kb) == 2024
    assert year_not_held("chủ đề thi đua năm 2023 của Bộ Tài nguyên và Môi trường", kb) == 2023
    assert year_not_held("ke hoach thi dua nam 2022 cua so tnmt soc trang", kb) is None
    assert year_not_held("tieu chi thi dua nam 2024 kon tum", kb) is None


async def test_the_chat_says_whose_documents_are_of_other_years(chat: Chat) -> None:
    replies = await chat.send("phong trao thi dua nam 2021 cua so tnmt soc trang chu de la gi")
    text = replies[0].text
    assert "chưa có văn bản thi đua nào của Sở TN&MT Sóc Trăng năm 2021" in text
    assert "hiện chỉ có văn bản năm 2022" in text


def test_an_ordinal_named_must_be_the_passages_own(kb: KnowledgeBase) -> None:
    assert named_ordinals("Đại hội lần thứ XI tổ chức bao giờ") == ["lan thu xi"]
    assert named_ordinals("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ mấy") == []
    # The documents speak of the tenth congress, not the eleventh.
    assert ask(kb, "dai hoi thi dua yeu nuoc toan quoc lan thu XI to chuc bao h") == []
    assert ask(kb, "chủ đề đại hội thi đua yêu nước toàn quốc lần thứ X")


def test_a_titles_standards_are_the_laws_whatever_the_year(kb: KnowledgeBase) -> None:
    # No campaign runs in 2026, but the law says what "Lao động tiên tiến" needs.
    assert year_not_held("tiêu chuẩn lao động tiên tiến năm 2026", kb, 2026) is None
    assert year_not_held("tiền thưởng chiến sĩ thi đua cơ sở năm 2026 bao nhiêu", kb, 2026) is None
    # Asked of one province's campaign, the year is still that campaign's.
    assert year_not_held("chiến sĩ thi đua năm 2024 của sở tnmt sóc trăng", kb, 2026) == 2024


def test_a_period_a_campaign_quotes_is_no_year_asked(kb: KnowledgeBase) -> None:
    # The 2021 directive and its department's letter name "giai đoạn 2015-2020": a question
    # quoting that period asks what they say of it.
    quoting = "những phong trào giai đoạn 2015-2020 mà sở tnmt kon tum đề nghị làm tiếp"
    assert year_not_held(quoting, kb) is None
    assert ask(kb, quoting)
    # A period no campaign names is a campaign asked of years the documents do not cover.
    assert year_not_held("kế hoạch thi đua giai đoạn 2016-2020 của sở tnmt kon tum", kb) == 2016
    assert year_not_held("ke hoach thi dua 2015 - 2020 so tnmt soc trang", kb) == 2015


async def test_the_chat_answers_a_question_quoting_a_period(chat: Chat) -> None:
    await chat.send("giai đoạn 2015-2020 ubnd tỉnh kon tum đề nghị tiếp tục những phong trào nào")
    assert "Doanh nghiệp hội nhập và phát triển" in chat.text


def test_a_legal_text_named_by_its_short_kind_is_not_dated_by_its_year(kb: KnowledgeBase) -> None:
    assert year_not_held("tt 18 năm 2013 ai ký", kb) is None
    assert year_not_held("nd 13 nam 2012 ban hanh dieu le gi", kb) is None


def test_a_body_abbreviated_is_read_as_written_out(kb: KnowledgeBase) -> None:
    # "bộ tnmt" is the ministry, whose only campaign is of 2021.
    assert year_not_held("chu de thi dua nam 2023 cua bo tnmt la gi", kb) == 2023
    assert year_not_held("chủ đề thi đua năm 2021 của bộ tn&mt", kb) is None


def test_a_campaign_of_several_years_holds_them_only_for_its_province(kb: KnowledgeBase) -> None:
    # Kon Tum's directive runs 2021–2025: asked of Kon Tum, 2024 is held; asked of a sector
    # or of no one, a year's own campaign is asked, and only 2021 and 2022 have one.
    assert year_not_held("tieu chi thi dua nam 2024 kon tum", kb) is None
    assert year_not_held("chủ đề thi đua năm 2024 là gì", kb) == 2024
    assert year_not_held("chủ đề thi đua năm 2023 ngành tài nguyên môi trường", kb) == 2023
    assert year_not_held("phong trao thi dua nam 2022 cua nganh tai nguyen", kb) is None
    # A document named by its letters and number is of its own year.
    assert year_not_held("nd 152 nam 2025 ai ky vay", kb) is None
    assert year_not_held("ct 14 năm 2024 giao sở nội vụ làm gì", kb) is None


async def test_the_chat_names_the_campaign_of_several_years_that_holds_the_year(
    core: BotCore, clock: FixedClock
) -> None:
    clock.current = TODAY
    text = (await Chat(core).send("chủ đề thi đua năm 2023 là gì"))[0].text
    assert "chưa có văn bản thi đua nào của năm 2023" in text
    assert "Riêng phong trào giai đoạn 2021–2025 của Sở TN&MT Kon Tum và UBND Kon Tum" in text


async def test_a_sector_of_a_place_no_campaign_is_of_is_named_together(chat: Chat) -> None:
    # Hà Nội has the ministry's campaign and education has none: together, nothing is held.
    text = (await chat.send("nganh giao duc ha noi khen thuong nam hoc 2023-2024 the nao"))[0].text
    assert "chưa có văn bản nào của ngành Giáo dục Hà Nội" in text


@pytest.mark.parametrize(
    "question",
    [
        "danh sách cá nhân được tặng chiến sĩ thi đua cơ sở năm 2025 của sở",
        "danh sach tap the dat tap the lao dong xuat sac nam 2024",
        "cho em xin danh sách những người được đề nghị khen thưởng năm nay",
        "danh sách cán bộ nhận bằng khen năm 2023",
    ],
)
async def test_a_list_of_those_awarded_is_said_not_held_and_logged(
    chat: Chat, question: str
) -> None:
    assert asks_awardees(question)
    text = (await chat.send(question))[0].text
    assert text.startswith("Xin lỗi, kho văn bản của tôi không có danh sách"), text
    logged = await chat.core.ctx.storage.declined.open_since(
        chat.core.ctx.clock.now() - dt.timedelta(days=1)
    )
    assert [q.kind for q in logged] == ["not_held"]


@pytest.mark.parametrize(
    "question",
    [
        "danh sách chờ duyệt",
        "danh sách đăng ký thi đua",
        "hồ sơ đề nghị tặng bằng khen gồm gì",
        # whether one may be put on the list: a rule, not the list
        "đang bị thanh tra thì có được đưa vào danh sách đề nghị khen thưởng không",
        "có được đưa vô danh sách đề nghị khen thưởng không",
    ],
)
def test_other_lists_are_no_list_of_those_awarded(question: str) -> None:
    assert not asks_awardees(question)


def test_a_year_asked_of_no_campaigns_content_is_every_campaigns(kb: KnowledgeBase) -> None:
    # Not a campaign's theme or plan: Kon Tum's 2021–2025 campaign still holds 2024.
    assert year_not_held("thi đua năm 2024 có gì mới", kb) is None
    assert year_not_held("kế hoạch thi đua năm 2024 có gì mới", kb) == 2024
    assert asks_awardees("danh sách đề nghị khen thưởng năm 2025 của sở")


@pytest.mark.parametrize(
    "question",
    [
        "hội đồng thi đua sở tnmt kon tum đã khen thưởng những ai trong phong trào chống covid",
        "bo tnmt da khen thuong nhung don vi nao trong nam 2021",
        "kon tum da tong ket chi thi 14 chua",
        "ket qua tong ket phong trao thi dua dac biet cua kon tum",
        "năm 2022 sở tnmt sóc trăng có bao nhiêu sáng kiến được công nhận",
        "kon tum da togn ket chi thi 14 chua",  # a slip, mended
    ],
)
async def test_what_came_of_a_campaign_after_its_documents_is_said_not_held(
    chat: Chat, kb: KnowledgeBase, question: str
) -> None:
    assert ask(kb, question) == []
    text = (await chat.send(question))[0].text
    assert text.startswith("Xin lỗi, kho văn bản của tôi chỉ có các văn bản phát động"), text
    assert "Văn phòng Sở" in text
    logged = await chat.core.ctx.storage.declined.open_since(
        chat.core.ctx.clock.now() - dt.timedelta(days=1)
    )
    assert [q.kind for q in logged] == ["not_held"]


@pytest.mark.parametrize(
    "question",
    [
        "tập thể lao động xuất sắc cần có bao nhiêu cá nhân đạt lđtt",  # a title's standard
        "ai tổng hợp báo cáo kết quả thi đua",  # a duty a plan gives
        "kết quả bình xét thi đua có cần trong hồ sơ không",  # a paper of the dossier
        "phụ lục nghị định 152 có bao nhiêu mẫu báo cáo thành tích",
    ],
)
def test_a_rule_or_a_duty_is_no_outcome(kb: KnowledgeBase, question: str) -> None:
    assert not asks_outcome(question, kb.spelled(question))
    assert ask(kb, question)


@pytest.mark.parametrize(
    "question",
    [
        "chiến sĩ thi đua cơ sở có được nâng lương trước thời hạn không",
        "tiền thưởng lao động tiên tiến có phải đóng thuế thu nhập cá nhân không",
        "phụ cấp trách nhiệm của chủ tịch hội đồng thi đua",
        "nghi om dai ngay co duoc xet lao dong tien tien khong",
        "bhxh co tinh tien thuong thi dua vao luong dong khong",
    ],
)
def test_salary_tax_and_insurance_are_off_topic_beside_the_subject(
    kb: KnowledgeBase, question: str
) -> None:
    assert load_intents().is_off_topic(question, kb.mentions)
    assert ask(kb, question) == []


def test_what_the_documents_say_beside_the_subject_is_still_answered(kb: KnowledgeBase) -> None:
    hits = ask(kb, "nghỉ thai sản có được tính để xét thi đua không")
    assert hits and "Thời gian nghỉ thai sản" in hits[0].passage.text
    hits = ask(kb, "thưởng lao động tiên tiến bao nhiêu lần lương cơ sở")
    assert hits and "0,3 lần mức lương cơ sở" in hits[0].passage.text


async def test_the_chat_says_whom_to_ask_about_tax_on_a_bonus(chat: Chat) -> None:
    text = (await chat.send("tiền thưởng chiến sĩ thi đua có phải nộp thuế không"))[0].text
    assert "thuế thu nhập cá nhân" in text and "cơ quan thuế" in text


def test_an_organisation_no_campaign_is_of_is_named(kb: KnowledgeBase) -> None:
    assert body_not_held("Hội Nông dân tỉnh Kon Tum phát động phong trào gì", kb) == (
        "Hội Nông dân Kon Tum"
    )
    assert body_not_held("phong trào thi đua của công an tỉnh kon tum chống covid", kb)
    assert body_not_held("cuc thue tinh phat dong thi dua nam 2022 chu de gi", kb) == "Cục Thuế"
    # one a campaign gives a duty to, asked of as such, is held
    assert body_not_held("chỉ thị 14 đề nghị mặt trận tổ quốc làm gì", kb) is None


async def test_a_signers_own_life_is_not_looked_up(chat: Chat, kb: KnowledgeBase) -> None:
    for question in (
        "ông Lê Ngọc Tuấn sinh năm bao nhiêu",
        "Vương Đình Huệ còn làm chủ tịch quốc hội không",
    ):
        assert ask(kb, question) == []
    text = (await chat.send("ông Vương Đình Huệ quê ở đâu"))[0].text
    assert text.startswith("Xin lỗi, tôi không tra cứu thông tin cá nhân"), text
    assert "Vương Đình Huệ" in text
    # who signed is still answered
    hits = ask(kb, "Lê Ngọc Tuấn là ai")
    assert hits and "Lê Ngọc Tuấn" in hits[0].passage.text


def test_a_person_asked_whether_they_hold_a_title_is_declined(kb: KnowledgeBase) -> None:
    assert ask(kb, "chi Hoa phong to chuc co phai chien si thi dua khong") == []


@pytest.mark.parametrize(
    "question",
    [
        "thủ tục giải quyết đơn thư khiếu nại tố cáo",
        "đề tài khoa học cấp tỉnh nghiệm thu cần hồ sơ gì",
        "danh gia xep loai chat luong cong chuc muc hoan thanh tot nhiem vu can gi",
    ],
)
def test_a_procedure_of_another_field_the_documents_name_is_off_topic(
    kb: KnowledgeBase, question: str
) -> None:
    assert ask(kb, question) == []


def test_the_words_of_another_field_in_a_campaign_are_still_answered(kb: KnowledgeBase) -> None:
    hits = ask(
        kb, "bộ tnmt năm 2021 thi đua đổi mới công tác thanh tra, giải quyết đơn thư thế nào"
    )
    assert hits and "giải quyết đơn thư khiếu nại tố cáo" in hits[0].passage.text
    hits = ask(kb, "đề tài khoa học có cần nghiệm thu để xét chiến sĩ thi đua cơ sở không")
    assert hits and "đã được nghiệm thu" in hits[0].passage.text


def test_sending_ones_papers_to_another_body_is_a_missing_feature() -> None:
    intents = load_intents()
    feature = intents.feature_asked("gửi bản đăng ký thi đua của em lên sở nội vụ giúp")
    assert feature is not None and "Sở Nội vụ" in feature.answer
    assert intents.feature_asked("hồ sơ đề nghị khen thưởng gửi lên sở nội vụ gồm những gì") is None


def test_the_labour_creativity_award_is_not_held(kb: KnowledgeBase) -> None:
    assert ask(kb, "danh hiệu lao động sáng tạo của tổng liên đoàn cần gì") == []
    assert ask(kb, "bằng lao động sáng tạo xét thế nào") == []


async def test_a_follow_up_on_a_quoted_period_is_no_year_asked(chat: Chat) -> None:
    """ "còn nâng cao những chỉ số nào" after the letter's campaigns of "giai đoạn 2015-2020":
    read with the last question, whose period lost its dash, it is still the letter's."""
    await chat.send(
        "cv sở tnmt kon tum theo ct14 tiếp tục những phong trào nào giai đoạn 2015-2020"
    )
    reply = (await chat.send("con nang cao nhung chi so nao"))[0].text
    assert "Chỉ số cải cách hành chính (PAR INDEX)" in reply
    assert "chưa có văn bản thi đua nào" not in reply


async def test_a_body_a_letter_was_sent_to_is_asked_of_its_card(chat: Chat) -> None:
    # "có gửi công đoàn bộ, đoàn thanh niên không": its recipients, whatever names them; a
    # campaign of the youth union is still one no document holds
    await chat.send("cv thi dua 2021 bo tnmt co gui cong doan bo, doan thanh nien ko")
    assert chat.text.startswith("Nơi nhận: Như trên;"), chat.text
    await chat.send("kế hoạch thi đua của đoàn thanh niên tỉnh kon tum")
    assert "Đoàn Thanh niên" in chat.text and "chưa" in chat.text, chat.text
