"""Follow-ups (turn 2 and later) are read against the answer just shown: its passage, its
document, and what it named."""

import pytest

from bot.messages import Reply
from handlers import context, named_things, questions, source_questions, title_questions
from knowledge import KnowledgeBase
from tests.conftest import Chat, shown

pytestmark = pytest.mark.today


def test_the_shown_document_may_be_named_by_its_number_in_a_source_question(
    kb: KnowledgeBase,
) -> None:
    topic = shown(kb, "Điều 4.", "đột xuất", "khen thưởng đột xuất có dùng làm căn cứ")
    decree = kb.document(topic.doc_id)
    assert decree is not None and decree.number and decree.number.startswith("152/")
    assert source_questions.asks("điều nào của nđ 152", decree)
    reply = source_questions.answer("điều nào của nđ 152", topic, kb)
    assert reply is not None and reply.text.startswith("Đoạn vừa trích là Điều 4.")
    # another document's number is a question of its own
    assert not source_questions.asks("điều nào của nđ 91", decree)
    assert not source_questions.asks("điều nào của nđ 152")


def test_a_subject_said_by_the_passage_just_shown_is_answered_from_it(kb: KnowledgeBase) -> None:
    topic = shown(kb, "Điều 50.", "xã, phường, đặc khu tiêu biểu", "xa phuong tieu bieu thuong")
    found = context.within("thon to dan pho van hoa", topic, kb)
    assert found and found[0].position == topic.position


def test_what_an_answer_names_when_asked_for_it() -> None:
    answer = (
        "Căn cứ: Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị; Chỉ thị số 19/CT-TTg.\n"
        "Chủ đề: “Đoàn kết, sáng tạo thi đua xây dựng và bảo vệ Tổ quốc”.\n\n"
        "📄 Nguồn: Chỉ thị số 14/CT-UBND ngày 28/7/2021"
    )
    basis = named_things.named_in("chỉ thị 14 căn cứ chỉ thị nào", answer)
    assert basis == named_things.Named("chi thi", "Chỉ thị số 34-CT/TW")
    assert basis.number == "34-CT/TW"
    # of the directives cited, the one of the issuer asked for
    prime_minister = named_things.named_in("căn cứ chỉ thị nào của ttg", answer)
    assert prime_minister is not None and prime_minister.number == "19/CT-TTg"
    theme = named_things.named_in("chủ đề là gì", answer)
    assert theme is not None and theme.value.startswith("Đoàn kết, sáng tạo")
    assert named_things.named_in("ai ký", answer) is None  # asked for no document


def test_a_pointer_to_what_was_named_is_replaced_by_it(kb: KnowledgeBase) -> None:
    card = shown(kb, "Thông tin văn bản", "34-CT/TW", "căn cứ chỉ thị nào")
    basis = context.Topic(
        card.query, card.doc_id, card.section, card.position,
        named_things.Named("chi thi", "Chỉ thị số 34-CT/TW"),
    )  # fmt: skip
    assert context.resolve("chỉ thị đó về nội dung gì", basis, kb) == (
        "chi thi so 34 ct tw ve noi dung gi"
    )
    # a short question naming nothing is about the directive named, not the one quoted
    assert "34 ct tw" in (context.resolve("ban hành năm nào", basis, kb) or "")
    assert context.points_to_named("nó nói về gì", basis)
    assert not context.points_to_named("nó nói về gì", card)


async def test_a_follow_up_on_a_named_directive_quotes_where_it_is_cited(chat: Chat) -> None:
    await chat.send("chỉ thị 14 kon tum căn cứ chỉ thị nào của bộ chính trị")
    reply = (await chat.send("chỉ thị đó nói về gì"))[0].text
    assert "Tiếp tục đổi mới công tác thi đua" in reply.split("📄")[0]


def test_a_bare_level_word_names_no_other_body(kb: KnowledgeBase) -> None:
    merger = shown(kb, "Bộ Tài nguyên và Môi trường nay là", "01/3/2025", "bộ tnmt hợp nhất với ai")
    resolved = context.resolve("bộ mới hoạt động từ bao giờ", merger, kb) or ""
    assert resolved.startswith("bo moi hoat dong tu bao gio")
    assert "bo nong nghiep va moi truong" in resolved  # the section just shown


def test_a_passage_saying_every_word_of_the_question(kb: KnowledgeBase) -> None:
    item = shown(kb, "mục 9", "Giao Sở Nội vụ", "chỉ thị 14 ai theo dõi")
    passage = kb.passages[item.position]
    said = context.content_words("giao cơ quan nào theo dõi đôn đốc")
    assert context.coverage(said, passage, kb) == 1.0
    assert context.coverage(context.content_words("mức thưởng bao nhiêu"), passage, kb) < 0.5


async def test_whom_a_measure_puts_first_is_asked_as_who(chat: Chat) -> None:
    """ "đối tượng nào" asks who, as "ai" does: the directive's item naming the people, not
    another document's item saying "đối tượng"."""
    assert "tuong" not in context.content_words("khen thưởng thì chú trọng đối tượng nào")
    await chat.send("chi thi 14 ubnd kon tum yeu cau ung dung cntt trong chong dich de lam gi")
    reply = (await chat.send("khen thuong thi chu trong doi tuong nao"))[0].text
    assert "khen thưởng người lao động trực tiếp, vùng sâu, vùng xa" in reply


async def test_a_question_naming_nothing_stays_with_the_directive_discussed(chat: Chat) -> None:
    await chat.send("chỉ thị 14 của ubnd tỉnh kon tum ban hành ngày nào")
    await chat.send("người ký là ai")
    reply = (await chat.send("cơ quan nào được giao theo dõi, đôn đốc"))[0].text
    assert "Giao Sở Nội vụ" in reply.split("📄")[0]


def test_a_list_asked_for_alone_is_the_list_of_what_was_asked_last(kb: KnowledgeBase) -> None:
    opening = shown(
        kb, "Phần mở đầu", "Phụ lục I của Thông tư", "mẫu đơn công nhận sáng kiến ở văn bản nào"
    )
    assert context.lists_last("gồm những mục gì", opening)
    assert context.lists_last("kể vài mẫu đi", opening)
    assert context.resolve("gồm những mục gì", opening, kb) == "mau don cong nhan sang kien"
    # a list of something else is a question of its own
    assert not context.lists_last("hồ sơ gồm những gì", opening)
    assert not context.lists_last("gồm những mục gì", None)


def test_one_title_of_those_asked_last_is_its_own_list(kb: KnowledgeBase) -> None:
    # after "who sets the dossiers of LĐTT and CSTĐCS", the dossier of one of them
    rules = shown(kb, "Điều 6", "khoản 7 Điều 84", "ho so xet lđtt, cstdcs bay gio ai quy dinh")
    assert not context.lists_last("ho so cstdcs cu the gom gi", rules)
    assert context.lists_last("cụ thể gồm những gì", rules)


def test_another_level_of_the_title_asked_about_is_that_title(kb: KnowledgeBase) -> None:
    bonus = shown(kb, "Điều 50.", "4,5 lần", "thuong bao nhieu cstd cap tinh")
    assert context.resolve("còn toàn quốc", bonus, kb) == "thuong bao nhieu cstd toan quoc"
    assert context.subject("còn toàn quốc", bonus, kb) is None


def test_in_the_title_s_own_article_the_typed_words_pick_the_line(kb: KnowledgeBase) -> None:
    article = shown(kb, "Điều 22.", "03 lần liên tục", "cstđ cấp tỉnh tiêu chuẩn ra sao")
    passage = kb.passages[article.position]
    typed = "ai công nhận hiệu quả sáng kiến đó"
    completed = "ai cong nhan hieu qua sang kien do cstd cap tinh"
    assert title_questions.carried(typed, completed, kb, passage) == typed
    bonus = next(p for p in kb.passages if p.section.startswith("Điều 50."))
    assert "Chiến sĩ thi đua cấp bộ/tỉnh" in title_questions.carried(typed, completed, kb, bonus)


def test_a_completed_follow_up_picks_its_line_by_its_own_words(kb: KnowledgeBase) -> None:
    tasks = shown(kb, "II. Nhiệm vụ", "02/NQ-CP", "cv bo 2021 nhac nq 01 ve gi")
    completed = context.resolve("còn nq 02", tasks, kb) or ""
    assert completed.startswith("nghi quyet 02 ")
    assert context.without_name(completed, tasks, kb) == "nghi quyet 02"
    assert context.without_name("ai ký", tasks, kb) == "ai ký"


def test_what_a_document_says_of_one_subject_is_no_overview(kb: KnowledgeBase) -> None:
    from handlers.questions import _document_overview

    asked = "chỉ thị 14/CT-UBND nói về gì"
    overview = _document_overview(asked, asked, kb)
    assert overview is not None and overview[0].kind == "intro"
    asked = "chỉ thị 14/CT-UBND nói gì về tiêm vắc xin"
    assert _document_overview(asked, asked, kb) is None
    # a subject typed before "thì <the document> nói gì", read from the message as typed
    asked = "chi thi 14/ct-ubnd ubnd kon tum noi gi"
    assert _document_overview(asked, "con ve ha tang thi chi thi do noi gi", kb) is None


def test_joining_words_do_not_make_a_follow_up_a_question_of_its_own(kb: KnowledgeBase) -> None:
    card = shown(
        kb, "Thông tin văn bản", "3510/KH-UBND", "công văn covid của sở tnmt kon tum gửi ai"
    )
    resolved = context.resolve("nội dung về tiêm vắc xin nói gì", card, kb) or ""
    assert resolved.startswith("noi dung ve tiem vac xin noi gi cong van")


async def test_the_caveat_under_an_answer_answers_a_question_only_it_speaks_of(
    chat: Chat,
) -> None:
    await chat.send("chiến sĩ thi đua cơ sở có cần sáng kiến không")
    reply = (await chat.send("thế luật sửa đổi năm 2026 thì sao"))[0].text
    assert "01/10/2026" in reply and "chưa xác minh" in reply
    assert reply.startswith("Các văn bản hiện có chưa có nội dung trả lời câu hỏi này.")


async def test_the_history_note_is_not_repeated_within_one_document(chat: Chat) -> None:
    first = (await chat.send("tiêu chí thi đua cá nhân của sở tnmt sóc trăng 2022"))[0].text
    assert "văn bản lịch sử" in first
    collective = (await chat.send("thế còn tập thể"))[0].text
    assert "văn bản lịch sử" not in collective
    assert "không có nhiệm vụ quá hạn" in collective  # the room goes to the criteria
    status = (await chat.send("kế hoạch đó còn hiệu lực không"))[0].text
    assert "lịch sử" in status or "kết thúc" in status


def test_a_few_words_closed_by_thi_sao_ask_about_them_instead(kb: KnowledgeBase) -> None:
    criteria = shown(kb, "III. Tiêu chí thi đua › 1.", "100% kế hoạch năm", "cv bộ 2021 tập thể")
    assert context.asks_for_another("lãnh đạo đơn vị thì sao")
    assert context.asks_for_another("thế trong quân đội thì sao")
    assert not context.asks_for_another("cá nhân đạt danh hiệu lao động tiên tiến cần gì thì sao")
    assert context.subject("lãnh đạo đơn vị thì sao", criteria, kb) == "lanh dao don vi"
    found = context.within("lanh dao don vi", criteria, kb)
    assert found and "tập thể tiêu biểu xuất sắc" in found[0].passage.text
    # "kỷ luật" is discipline, not another kind of document (a law)
    rule = shown(kb, "Điều 4.", "đột xuất", "đang bị kỷ luật có được khen không")
    assert context.subject("thế hết kỷ luật rồi thì sao", rule, kb) == "het ky luat roi"


def test_a_document_pointed_to_by_its_own_kind_is_not_the_named_one(kb: KnowledgeBase) -> None:
    opening = shown(
        kb, "Phần mở đầu", "3510/KH-UBND", "sở tnmt kon tum chống covid theo kế hoạch nào"
    )
    plan = named_things.Named("ke hoach", "Kế hoạch số 3510/KH-UBND")
    named = context.Topic(opening.query, opening.doc_id, opening.section, opening.position, plan)
    value = "ke hoach so 3510 kh ubnd"
    assert value not in (context.resolve("ai ký cv đó", named, kb) or "")
    assert value in (context.resolve("kế hoạch đó ai ký", named, kb) or "")


def test_the_title_an_answer_leads_with_is_what_danh_hieu_do_means(kb: KnowledgeBase) -> None:
    answer = "2. Đối với tập thể:\nd) Danh hiệu thôn, tổ dân phố văn hóa được tặng khung\n\n📄 x"
    led = named_things.named_in("còn thôn, tổ dân phố văn hóa", answer)
    assert led == named_things.Named("danh hieu", "thôn, tổ dân phố văn hóa")
    bonus = shown(kb, "Điều 50.", "thôn, tổ dân phố văn hóa", "còn thôn văn hóa")
    topic = context.Topic(bonus.query, bonus.doc_id, bonus.section, bonus.position, led)
    resolved = context.resolve("bây giờ ai quyết định tặng danh hiệu đó", topic, kb)
    assert resolved == "bay gio ai quyet dinh tang thon to dan pho van hoa"


def test_the_body_of_a_note_on_bodies_is_the_one_its_section_names(kb: KnowledgeBase) -> None:
    merger = shown(kb, "Bộ Tài nguyên và Môi trường nay là", "01/3/2025", "bộ tnmt giờ là bộ gì")
    resolved = context.resolve("bộ đó thành lập ngày nào", merger, kb) or ""
    assert resolved.startswith("bo tai nguyen va moi truong nay la bo nong nghiep")
    assert "van phong so" not in resolved  # not the office that wrote the note


def test_a_list_asked_for_with_a_pointing_word_is_still_the_last_subject(
    kb: KnowledgeBase,
) -> None:
    opening = shown(kb, "Phần mở đầu", "Phụ lục I của Thông tư", "mau don cong nhan sang kien")
    assert context.lists_last("liệt kê các mục trong đó", opening)


def test_a_catalogue_title_carried_over_is_not_replaced_by_the_line_led(
    kb: KnowledgeBase,
) -> None:
    bonus = shown(
        kb, "Điều 50.", "Tập thể Lao động tiên tiến", "tập thể lao động tiên tiến thưởng bao nhiêu"
    )
    led = named_things.Named("danh hieu", "Tập thể Lao động tiên tiến”, “Đơn vị tiên tiến")
    topic = context.Topic(bonus.query, bonus.doc_id, bonus.section, bonus.position, led)
    resolved = context.resolve("ai quyết định tặng danh hiệu này", topic, kb) or ""
    assert "don vi tien tien" not in resolved and "tap the lao dong tien tien" in resolved


def test_what_was_named_stays_named_when_the_question_types_it_with_its_marks() -> None:
    directive = named_things.Named("chi thi", "Chỉ thị số 34-CT/TW")
    topic = context.Topic("căn cứ chỉ thị nào", "doc", "", -1, directive)
    plain = Reply("Tiếp tục đổi mới công tác thi đua, khen thưởng.")
    typed = "Chỉ thị số 34-CT/TW nói về gì"
    assert questions._named(typed, plain, topic, typed) == directive
    assert questions._named(typed, plain, topic, "chi thi so 34 ct tw noi ve gi") == directive
    # another number that starts alike is another directive
    other = "Chỉ thị số 34-CT/TWA nói về gì"
    assert questions._named(other, plain, topic, other) is None


async def test_words_the_last_document_says_in_two_phrases_are_no_subject_of_their_own(
    chat: Chat,
) -> None:
    # "báo cáo kết quả" typed without marks: "cáo kết" joins two phrases the directive says
    # ("báo cáo … kết quả"), not a subject only the department's letter names
    await chat.send("chỉ thị 14 của ubnd tỉnh kon tum giao những ai thực hiện")
    reply = (await chat.send("co quan nao theo doi, bao cao ket qua"))[0].text
    assert "Giao Sở Nội vụ" in reply.split("📄")[0]


async def test_what_someone_must_do_is_asked_of_the_letter_just_read(chat: Chat) -> None:
    """ "phải làm gì" only asks for duties: the letter just read states them ("Đề cao vai
    trò, trách nhiệm của người đứng đầu …"), not another letter saying "phải"."""
    assert "phai" not in context.content_words("người đứng đầu phải làm gì")
    await chat.send(
        "Công văn phát động thi đua đặc biệt phòng chống COVID-19 của Sở TN&MT Kon Tum gửi cho ai?"
    )
    reply = (await chat.send("nguoi dung dau phai lam gi"))[0].text
    assert "Đề cao vai trò, trách nhiệm của người đứng đầu" in reply


async def test_a_share_of_the_work_plan_asks_for_no_plan_document(
    kb: KnowledgeBase, chat: Chat
) -> None:
    """ "hoàn thành bao nhiêu % kế hoạch" is the work planned, not a Kế hoạch: after the
    ministry's letter the collective criteria are its own, not the Sóc Trăng plan's."""
    topic = shown(
        kb, "III. Tiêu chí thi đua › 2", "Hoàn thành xuất sắc", "tiêu chí cá nhân bộ tnmt"
    )
    assert (
        context.follow_up_kind("con tap the thi phai hoan thanh bn % ke hoach", topic, kb) is None
    )
    assert context.follow_up_kind("con ke hoach cua so thi sao", topic, kb) == "ke hoach"
    assert (
        context.follow_up_kind("con tap the thi phai dat bao nhieu % ke hoach", topic, kb) is None
    )
    await chat.send("tieu chi ca nhan trong cv thi dua 2021 cua bo tnmt")
    reply = (await chat.send("con tap the thi phai hoan thanh bn % ke hoach"))[0].text
    assert "hoàn thành 100% kế hoạch năm" in reply


async def test_a_follow_up_naming_another_province_leaves_the_last_plan(
    kb: KnowledgeBase, chat: Chat
) -> None:
    """ "còn pt covid kon tum …" after the Sóc Trăng plan is asked of Kon Tum's letter, not
    read within the plan with its name added."""
    plan = kb.document("soctrang-stnmt-2022")
    assert plan is not None
    assert context.of_another_place("pt covid kon tum thi sang kien huong vao dau", plan, kb)
    assert not context.of_another_place("soc trang thi sang kien huong vao dau", plan, kb)
    assert not context.of_another_place("tap the thi sang kien huong vao dau", plan, kb)
    law = kb.document("luat-06-2022-qh15")  # signed in Hà Nội, of no province
    assert law is not None
    assert not context.of_another_place("kon tum thi tieu chi ca nhan the nao", law, kb)
    await chat.send("thế kh sóc trăng thì tập thể đăng ký sáng kiến về gì")
    reply = (await chat.send("còn pt covid kon tum thì sáng kiến hướng vào đâu"))[0].text
    assert "Kon Tum" in reply.split("📄")[-1]
    assert "Thi đua phát huy sáng kiến" in reply


@pytest.mark.parametrize(
    "rumour", ["nghe nói trên 50% là được đúng k", "nghe noi tren 50% la du, con dung ko"]
)
async def test_a_share_the_article_just_read_notes_is_answered_from_its_note(
    chat: Chat, rumour: str
) -> None:
    """A share the follow-up names and the article just read notes ("trên 50%" was the 2003
    law's): that note, not another title's article, nor whether the law is in force."""
    await chat.send("tập thể lao động tiên tiến cần tiêu chuẩn gì")
    reply = (await chat.send(rumour))[0].text
    assert "là của Luật năm 2003, không dùng làm căn cứ hiện hành" in reply


async def test_a_share_said_of_a_named_text_still_asks_whether_it_is_in_force(
    chat: Chat,
) -> None:
    await chat.send("tập thể lao động tiên tiến cần tiêu chuẩn gì")
    reply = (await chat.send("thông tư 12/2019 quy định 70% còn hiệu lực không"))[0].text
    assert "Thông tư 12/2019" in reply and "Luật năm 2003" not in reply


async def test_another_title_asked_in_words_of_its_own_is_a_question_of_its_own(
    chat: Chat,
) -> None:
    """After a title's bonus, "còn tập thể lđtt thì cần bao nhiêu % người đạt lđtt" asks of
    the other title in words of its own: its standard, not the bonus again."""
    await chat.send("Phòng em muốn phấn đấu tập thể lao động xuất sắc thì cần đạt những gì?")
    await chat.send("dc thuong bao nhieu")
    reply = (await chat.send("còn tập thể LĐTT thì cần bao nhiêu % người đạt LĐTT?"))[0].text
    assert "có ít nhất là 70% cá nhân trong tập thể đạt danh hiệu" in reply


def test_of_the_names_a_passage_quotes_the_longest_the_message_says_is_asked(
    kb: KnowledgeBase,
) -> None:
    """ "Mức trên 50% cá nhân đạt Lao động tiên tiến …" says both “Lao động tiên tiến” and
    “trên 50% cá nhân đạt Lao động tiên tiến”, which Điều 28 quotes: the longer is asked."""
    article = next(p for p in kb.passages if p.section.startswith("Điều 28."))
    asked = "Mức trên 50% cá nhân đạt Lao động tiên tiến còn dùng làm căn cứ được không?"
    assert context.quoted_named(asked, article) == "trên 50% cá nhân đạt Lao động tiên tiến"
    assert context.quoted_named("lao động tiên tiến là gì", article) == "Lao động tiên tiến"
