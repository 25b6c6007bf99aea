"""Understanding people as they write: requests in words, follow-ups, refusals, /cauhoi.

The regression set (tests/data/conversations.yaml) runs through the console channel; its
score is also printed by `python -m tests.conversation_eval`.
"""

import datetime as dt

import pytest

from bot.clock import FixedClock
from bot.roles import REFUSED
from handlers import still_open
from handlers.context import Topic, numbered_item, points_back, resolve, subject, within
from handlers.phone_answer import FIRST_MESSAGE, distinct_labels
from handlers.questions import asks_for_deadline
from knowledge import KnowledgeBase
from knowledge.intents import ACCEPT, asks_plainly, is_question, load_intents
from tests.conftest import Chat
from tests.conversation_eval import DATA, score

REGRESSION_MIN = 0.97


async def test_regression_conversations_through_the_console(kb: KnowledgeBase) -> None:
    outcomes = await score(DATA / "conversations.yaml", kb)
    right = sum(o.right for o in outcomes)
    misses = [f"{o.name}: {o.why}" for o in outcomes if not o.right]
    assert len(outcomes) >= 80
    assert right / len(outcomes) >= REGRESSION_MIN, "\n".join(misses)


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("cho em đăng ký danh hiệu lao động tiên tiến", "/dangkythidua"),
        ("em muon xem lai ban dang ky", "/cuatoi"),
        ("đừng nhắc em nữa", "/nhacnho tắt"),
        ("nhac viec", "/nhacnho"),
        ("tắt nhắc việc", "/nhacnho tắt"),
        ("toi muon dang ky sang kien", "/sangkien"),
        ("thôi", "/huy"),
        ("tiep tuc viec dang lam", "/tieptuc"),
        ("làm tiếp phần đăng ký hôm qua", "/tieptuc"),
        ("em có sáng kiến muốn đăng ký", "/sangkien"),
        ("khai hồ sơ cá nhân", "/hoso"),
        ("thoi bo di", "/huy"),
        ("gui thong bao toi cac don vi", "/thongbao"),
        ("phân quyền cho người khác", "/phanquyen"),
    ],
)
def test_requests_in_words_read_as_their_command(text: str, command: str) -> None:
    readings = load_intents().readings(text)
    # acted on, not only offered when nothing answers it
    assert readings and readings[0].intent.key == command and readings[0].score >= ACCEPT


def test_questions_are_not_taken_for_requests() -> None:
    book = load_intents()
    assert is_question("đăng ký thi đua cần những gì")
    assert not is_question("cho em đăng ký sáng kiến được không")
    assert not book.readings("đăng ký thi đua cần những gì?")
    assert not book.readings("tiêu chí thi đua đối với cá nhân năm 2022")


def test_follow_ups_are_made_whole(kb: KnowledgeBase) -> None:
    theme = Topic("Chủ đề phong trào của Kon Tum là gì?", "kontum-ubnd-ct14-2021", "mục 1")
    assert (resolve("còn Sóc Trăng?", theme, kb) or "").startswith(
        "chu de phong trao cua soc trang"
    )
    signer = Topic("ai ký văn bản của Bộ năm 2021", "btnmt-2021", "Thông tin văn bản")
    assert "bo tn&mt 2021" in (resolve("ban hành ngày nào?", signer, kb) or "")
    assert resolve("tiêu chí thi đua đối với cá nhân năm 2022", signer, kb) is None


def test_it_after_a_title_is_that_title(kb: KnowledgeBase) -> None:
    title = Topic("danh hiệu chiến sĩ tiên tiến tặng cho ai", "luat-06-2022-qh15", "Điều 24")
    resolved = resolve("tiêu chuẩn của nó là gì", title, kb) or ""
    assert resolved.startswith("tieu chuan cua chien si tien tien")


def test_a_body_of_the_same_place_is_asked_about_in_its_place(kb: KnowledgeBase) -> None:
    now = Topic("soc trang gio thuoc dau", "sap-xep-bo-may-2025", "Tỉnh Sóc Trăng")
    resolved = resolve("thế còn sở tnmt sóc trăng", now, kb) or ""
    # the note's part on the departments, asked of Sóc Trăng's
    assert resolved.startswith("so tai nguyen va moi truong nay la") and resolved.endswith(
        "soc trang"
    )


def test_an_abbreviated_document_kind_points_back(kb: KnowledgeBase) -> None:
    basis = Topic("kế hoạch sóc trăng căn cứ công văn nào", "soctrang-stnmt-2022", "Căn cứ")
    resolved = resolve("cv do ngay nao", basis, kb) or ""
    assert resolved.startswith("ngay nao") and "soc trang" in resolved
    assert points_back("cv đó ngày nào") and points_back("kh này gửi những nơi nào")


async def test_context_is_per_person_and_forgotten(chat: Chat, clock: FixedClock) -> None:
    await chat.send("ai ký chỉ thị 14/CT-UBND")
    other = Chat(chat.core, user_id="2002")
    assert "Nguồn: Chỉ thị số 14/CT-UBND" not in (await other.send("ban hành ngày nào?"))[0].text
    assert "Nguồn: Chỉ thị số 14/CT-UBND" in (await chat.send("ban hành ngày nào?"))[0].text
    clock.advance(dt.timedelta(hours=1))
    assert "Nguồn: Chỉ thị số 14/CT-UBND" not in (await chat.send("ban hành ngày nào?"))[0].text


async def test_answers_fit_a_phone(chat: Chat) -> None:
    replies = await chat.send("Chỉ thị 14 giao cho các sở ban ngành những nhiệm vụ gì")
    assert len(replies[0].text) <= FIRST_MESSAGE + 50
    assert replies[0].choices[0].value.startswith("more:")
    rest = await chat.send("1")
    # "Xem thêm" brings what the first message did not show (the passage from its top, or
    # from where a first message read from its top stopped)
    more = rest[0].text.split("\n\n📄")[0]
    assert any(line not in replies[0].text for line in more.split("\n"))


def test_labels_differ_within_thirty_characters() -> None:
    labels = distinct_labels(["Thông tin văn bản – Sở TN&MT Kon Tum 2021"] * 2 + ["Khác"])
    assert len({label[:30] for label in labels}) == 3


async def test_every_refusal_is_logged_and_the_office_sees_them(chat: Chat) -> None:
    await chat.send("giá vàng hôm nay bao nhiêu")
    await chat.send("tiêu chí thi đua năm 2019")
    assert [r.text for r in await chat.send("/cauhoi")] == [REFUSED]
    logged = await chat.core.ctx.storage.declined.open_since(
        chat.core.ctx.clock.now() - dt.timedelta(days=1)
    )
    assert [q.kind for q in logged] == ["off_topic", "not_held"]


def test_amendment_warning_after_october_2026() -> None:
    from knowledge.titles import amendment_warnings

    assert not amendment_warnings(["chien-si-thi-dua-co-so"], "2026-09-30")
    assert "01/10/2026" in amendment_warnings(["chien-si-thi-dua-co-so"], "2026-11-30")[0]
    assert not amendment_warnings(["lao-dong-tien-tien"], "2026-11-30")


@pytest.mark.parametrize(
    ("question", "section"),
    [
        ("chiến sĩ thi đua cấp tỉnh cần mấy lần chiến sĩ thi đua cơ sở", "Điều 22."),
        ("tập thể lao động tiên tiến cần tiêu chuẩn gì", "Điều 28."),
        ("lao động tiên tiến được thưởng bao nhiêu", "Điều 50."),
        ("ở cấp xã ai quyết định tặng chiến sĩ thi đua cơ sở", "Điều 59."),
        ("ai quyết định tặng lao động tiên tiến", "Điều 80"),
    ],
)
def test_title_questions_go_to_their_article(
    kb: KnowledgeBase, question: str, section: str
) -> None:
    from handlers import title_questions

    found = title_questions.answer(question, kb)
    assert found is not None and found[0].section.startswith(section)
    assert title_questions.answer("tiêu chí thi đua cá nhân năm 2022", kb) is None


def test_a_follow_up_naming_another_level_replaces_the_level(kb: KnowledgeBase) -> None:
    who = Topic("ai quyết định tặng chiến sĩ thi đua cơ sở ở cấp huyện", "luat-06-2022-qh15", "")
    assert (
        resolve("thế còn cấp xã?", who, kb) == "ai quyet dinh tang chien si thi dua co so o cap xa"
    )
    bare = Topic("ai quyết định tặng giấy khen", "luat-06-2022-qh15", "")
    # a ward is of the commune level, as the law names it
    assert resolve("còn ở phường thì sao", bare, kb) == "ai quyet dinh tang giay khen cap xa"


async def test_who_decides_at_commune_level_follows_who_decides_at_a_department(
    chat: Chat,
) -> None:
    await chat.send("ai quyết định tặng chiến sĩ thi đua cơ sở ở sở")
    assert "cấp xã" in (await chat.send("vậy còn ở xã?"))[0].text


def test_a_three_word_question_after_a_document_is_read_with_it(kb: KnowledgeBase) -> None:
    signer = Topic("chỉ thị 14 của ubnd tỉnh kon tum do ai ký", "kontum-ubnd-ct14-2021", "")
    assert "chi thi 14" in (resolve("giao cơ quan nào kiểm tra đôn đốc", signer, kb) or "")


def test_a_follow_up_about_a_subject_is_looked_for_in_the_last_document(
    kb: KnowledgeBase,
) -> None:
    theme = Topic("sóc trăng 2022 chủ đề gì", "soctrang-stnmt-2022", "Thông tin văn bản")
    # "cán bộ" holds "bộ" but names no ministry: the words are a subject of the plan
    assert subject("còn hình ảnh người cán bộ ngành thì sao", theme, kb) == (
        "hinh anh nguoi can bo nganh"
    )
    found = within("hinh anh nguoi can bo nganh", theme, kb)
    assert found and "Trung thành - Tận tụy" in found[0].passage.text
    # a place, an audience, a level or an issuer is swapped into the last question instead
    for swapped in ("còn Kon Tum?", "thế còn tập thể?", "còn ở cấp xã thì sao", "còn bộ tnmt?"):
        assert subject(swapped, theme, kb) is None, swapped
    assert within("gia vang hom nay", theme, kb) == []  # words the plan does not say


def test_a_follow_up_naming_another_kind_of_document_asks_about_it(kb: KnowledgeBase) -> None:
    signer = Topic("ai ký chỉ thị 14/CT-UBND kon tum", "kontum-ubnd-ct14-2021", "Thông tin")
    asked = "còn công văn của sở tn&mt kon tum thì ai ký"
    assert resolve(asked, signer, kb) == "cong van cua so tn mt kon tum thi ai ky"
    assert subject(asked, signer, kb) is None


async def test_a_carried_title_leads_the_answer_and_a_card_line_is_found_by_its_name(
    chat: Chat,
) -> None:
    await chat.send("tiêu chuẩn chiến sĩ thi đua cơ sở")
    bonus = (await chat.send("được thưởng bao nhiêu"))[0].text
    assert "1,0 lần mức lương cơ sở" in bonus.split("\n\n")[0]
    await chat.send("ai ký chỉ thị 14/CT-UBND của kon tum")
    position = (await chat.send("chức vụ gì"))[0].text
    assert "Người ký: Chủ tịch Lê Ngọc Tuấn." in position  # the card again, not a section
    assert "Chỉ thị số 14/CT-UBND" in position and "Thông tin văn bản" in position


def test_a_body_reporting_duty_is_a_question_about_the_document() -> None:
    assert not asks_for_deadline("vụ thi đua khen thưởng báo cáo bộ trưởng khi nào")
    assert not asks_for_deadline("văn phòng sở tổng kết phong trào khi nào")
    # the person's own deadlines stay with /hanchot, whoever the question names
    assert asks_for_deadline("sở tnmt sóc trăng đăng ký thi đua khi nào")
    assert asks_for_deadline("khi nào tổng kết phong trào")
    assert asks_for_deadline("hạn chót nộp báo cáo của sở là khi nào")


async def test_whether_one_can_still_register_comes_from_the_campaign_state(
    chat: Chat, clock: FixedClock
) -> None:
    assert still_open.asks("vậy giờ tôi còn đăng ký được không")
    assert still_open.asks("còn kịp đăng ký sáng kiến không")
    assert still_open.asks("hết hạn đăng ký chưa")
    assert not still_open.asks("đăng ký thi đua cần những gì")
    assert not still_open.asks("cá nhân có thể đăng ký những danh hiệu nào")
    # 25/03/2022: the plan takes registrations until its deadline
    opened = await chat.send("phong trào 2022 của sở tnmt sóc trăng còn đăng ký được không")
    assert "đang nhận đăng ký thi đua đến 17:00" in opened[0].text
    assert [c.value for c in opened[0].choices] == ["/dangkythidua"]
    clock.advance(dt.timedelta(days=365))
    await chat.send("kế hoạch thi đua 2022 của sở tnmt sóc trăng chủ đề gì")
    ended = (await chat.send("bây giờ còn kịp đăng ký không"))[0].text
    assert "Kế hoạch 2022 của Sở TN&MT Sóc Trăng đã kết thúc" in ended


def test_weather_is_off_topic_with_or_without_marks(kb: KnowledgeBase) -> None:
    book = load_intents()
    for asked in ("mai ở cần thơ có mưa không", "chieu nay ha noi co mua khong"):
        assert book.is_off_topic(asked, kb.mentions), asked
    assert not book.is_off_topic("tiêu chí thi đua có những gì", kb.mentions)


async def test_a_list_that_does_not_fit_shows_every_item_without_its_bracketed_note(
    chat: Chat,
) -> None:
    reply = (await chat.send("mẫu đơn yêu cầu công nhận sáng kiến gồm những mục gì"))[0]
    first = reply.text.split("\n\n")[0]
    assert "- Kính gửi: (…)" in first and "- Mô tả bản chất của sáng kiến" in first
    assert len(reply.text) <= FIRST_MESSAGE and reply.choices[0].label.startswith("Xem thêm")


def test_a_short_text_asks_plainly_only_with_words_questions_have() -> None:
    for asked in ("đơn vị là gì vậy", "ghi tên phòng như thế nào", "ho ten co can viet hoa khong"):
        assert asks_plainly(asked), asked
    for answer in (
        "Nguyễn Thị Ái",
        "Phòng Kế hoạch – Tài chính",
        "Chuyên viên chính",
        "Có máy tính, không cần thêm kinh phí",  # the conditions of an initiative
    ):
        assert not asks_plainly(answer), answer
    # a description may say "ở đâu" in passing: only a question mark makes it a question
    long = "Phần mềm cho biết hồ sơ đang ở đâu, ai đang xử lý và còn bao nhiêu ngày đến hạn"
    assert not asks_plainly(long) and asks_plainly(long + "?")


async def test_thanks_and_a_cancel_in_words_do_not_answer_a_step(chat: Chat) -> None:
    await chat.send("/hoso")
    thanked = await chat.send("cám ơn")
    assert "không có gì" in thanked[0].text and "(1/3)" in thanked[-1].text
    assert not thanked[0].choices  # a number typed next answers the step, not an option
    cancel = await chat.send("thôi không khai nữa")
    assert "/huy" in cancel[0].text and "(1/3)" in cancel[-1].text
    cancel = await chat.send("thôi")
    assert "/huy" in cancel[0].text and "(1/3)" in cancel[-1].text
    assert "(2/3)" in (await chat.send("Nguyễn Thị Lan"))[-1].text


async def test_go_on_in_words_inside_the_dialog_asks_the_step_again(chat: Chat) -> None:
    await chat.send("/hoso")
    went_on = await chat.send("tiếp tục")
    # the dialog is already under way: nothing to pause, nor a command to type
    assert "tạm dừng" not in went_on[0].text and "/tieptuc" not in went_on[0].text
    assert "(1/3)" in went_on[-1].text
    assert "(2/3)" in (await chat.send("Nguyễn Thị Lan"))[-1].text


def test_that_body_is_the_last_document_s_issuer(kb: KnowledgeBase) -> None:
    letter = Topic("ai ký", "kontum-stnmt-2021-covid", "Thông tin văn bản")
    assert resolve("so do gio thuoc dau", letter, kb) == (
        "so tai nguyen va moi truong tinh kon tum gio thuoc dau"
    )
    assert points_back("cơ quan ban hành bây giờ là gì")


def test_an_item_is_found_by_its_number_under_the_heading_it_names(kb: KnowledgeBase) -> None:
    plan = Topic("kế hoạch 2022 sóc trăng", "soctrang-stnmt-2022", "I. Nội dung Phong trào thi đua")
    sections = {
        asked: (found.passage.section if (found := numbered_item(asked, plan, kb)) else None)
        for asked in ("nội dung thứ 3 là gì", "tiêu chí thứ nhất", "các nội dung sau", "mục 9")
    }
    assert sections == {
        "nội dung thứ 3 là gì": "I. Nội dung Phong trào thi đua › mục 3",
        "tiêu chí thứ nhất": "II. Tiêu chí thi đua › 1. Đối với tập thể",
        "các nội dung sau": None,  # "sau" is "after" here, not "sáu"
        "mục 9": None,  # the plan has no ninth item
    }


def test_another_audience_or_level_after_a_title_is_that_title(kb: KnowledgeBase) -> None:
    conditions = Topic("lao động tiên tiến cần tiêu chuẩn gì", "luat-06-2022-qh15", "Điều 24")
    assert resolve("còn tập thể thì sao", conditions, kb) == (
        "tap the lao dong tien tien can tieu chuan gi"
    )
    bonus = Topic("mức thưởng chiến sĩ thi đua cơ sở", "nd-152-2025-nd-cp", "Điều 50")
    assert resolve("còn cấp tỉnh?", bonus, kb) == "muc thuong chien si thi dua cap tinh"
    # no title of that audience: the follow-up is read as before
    assert "tap the" in (resolve("còn tập thể?", bonus, kb) or "")


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("nhac em truoc 3 ngay nhe", "trước hạn 3 ngày."),
        ("nhắc trước 7 ngày và 1 ngày", "trước hạn 7 ngày, trước hạn 1 ngày."),
        ("nhắc em trước 3 ngày và vào ngày hết hạn", "trước hạn 3 ngày, ngày hết hạn."),
        ("nhắc em trước một ngày", "trước hạn 1 ngày."),
        ("nhắc trước một tuần và ba ngày", "trước hạn 7 ngày, trước hạn 3 ngày."),
        ("nhắc em trước mười bốn ngày", "trước hạn 14 ngày."),
        ("nhắc em trước 1 tuần", "trước hạn 7 ngày."),
        ("nhac toi truoc hai tuan nhe", "trước hạn 14 ngày."),
    ],
)
async def test_days_of_a_reminder_request_in_words_are_set(
    chat: Chat, text: str, days: str
) -> None:
    await chat.send(text)
    assert f"các ngày: {days}" in chat.text


def test_a_reminder_request_is_not_a_deadline_question() -> None:
    assert not asks_for_deadline("nhắc em trước 3 ngày và ngày hết hạn")
    assert asks_for_deadline("hạn nộp sáng kiến khi nào")


async def test_a_reminder_request_with_days_outside_the_choices_says_how(chat: Chat) -> None:
    await chat.send("nhắc em trước 5 ngày")
    assert "Cách dùng: /nhacnho" in chat.text


async def test_reminder_days_asked_for_turn_reminders_back_on(chat: Chat) -> None:
    await chat.send("đừng nhắc em nữa")
    assert "đang tắt" in chat.text
    await chat.send("nhắc em trước 3 ngày")
    assert "đang bật" in chat.text and "trước hạn 3 ngày." in chat.text


async def test_a_long_answer_in_a_dialog_is_not_taken_for_a_request(chat: Chat) -> None:
    for answer in ("/sangkien", "Nguyễn Văn An", "Phòng Kế hoạch", "Chuyên viên", "1", "1"):
        await chat.send(answer)
    assert "Tên sáng kiến" in chat.text
    await chat.send("Nhắc việc trước ngày hết hạn hồ sơ bằng tin nhắn tự động")
    assert "Anh/chị muốn:" not in chat.text and "Tên sáng kiến" not in chat.text


def test_a_word_typed_with_other_marks_is_not_the_example_it_folds_to() -> None:
    book = load_intents()
    assert not book.readings("đúng")  # folds to "dung", as "dừng (lại)" does
    for cancel in ("dừng lại", "dừng", "huỷ", "HỦY"):
        assert book.readings(cancel)[0].intent.key == "/huy", cancel
    assert book.readings("em dùng thế nào")[0].intent.key == "/help"


@pytest.mark.parametrize(("typed", "saved"), [("đúng rồi", True), ("Đúng.", True), ("dừng", False)])
async def test_the_summary_is_confirmed_by_saying_it_is_right(
    chat: Chat, typed: str, saved: bool
) -> None:
    for answer in ("/hoso", "Nguyễn Văn An", "Phòng Kế hoạch", "Chuyên viên"):
        await chat.send(answer)
    assert "Thông tin đúng chưa?" in chat.text
    await chat.send(typed)
    assert chat.text.startswith("Đã lưu hồ sơ") is saved
