"""Follow-ups in words people type: "cái đấy", "nó" after a source answer, and what a
pointer or a "còn …" means after the answer just shown."""

import pytest

from handlers import context, named_things, source_questions
from knowledge import KnowledgeBase
from tests.conftest import Chat, shown

pytestmark = pytest.mark.today


@pytest.mark.parametrize("text", ["cái đấy giờ còn thực hiện không", "văn bản đấy ai ký"])
def test_day_points_back_as_do_does(text: str) -> None:
    assert context.points_back(text)


def test_the_article_of_cai_day_is_a_source_question(kb: KnowledgeBase) -> None:
    assert source_questions.asks("điều nào quy định cái đấy")
    topic = shown(kb, "Điều 80", "Thủ trưởng cơ quan chuyên môn", "ai quyết định tặng cstdcs")
    reply = source_questions.answer("điều nào quy định cái đấy", topic, kb)
    assert reply is not None and reply.text.startswith("Đoạn vừa trích là Điều 80")


def test_cai_do_means_whatever_the_answer_named(kb: KnowledgeBase) -> None:
    bonus = shown(kb, "Điều 50.", "thôn, tổ dân phố văn hóa", "còn thôn tổ dân phố văn hóa")
    village = named_things.Named("danh hieu", "thôn, tổ dân phố văn hóa")
    topic = context.Topic(bonus.query, bonus.doc_id, bonus.section, bonus.position, village)
    assert context.resolve("ai quyết định tặng cái đấy", topic, kb) == (
        "ai quyet dinh tang thon to dan pho van hoa"
    )


async def test_no_after_a_source_answer_is_the_document_it_named(chat: Chat) -> None:
    await chat.send("kon tum sáp nhập vào tỉnh nào")
    assert "202/2025/QH15" in (await chat.send("theo nghị quyết nào"))[0].text
    reply = (await chat.send("nó ngày bao nhiêu"))[0].text
    assert "12/6/2025" in reply.split("📄")[0]


def test_con_with_another_body_and_its_own_question_stands_alone(kb: KnowledgeBase) -> None:
    card = shown(kb, "Thông tin văn bản", "Kỷ cương, trách nhiệm", "kh 2022 so tnmt soc trang")
    text = "còn bộ năm 2021 thì chủ đề gì"
    assert context.resolve(text, card, kb) == "bo nam 2021 thi chu de gi"
    assert context.subject(text, card, kb) is None  # not looked for in the plan just shown
    # another audience of the same plan is still read within it
    assert context.resolve("còn tập thể thì tiêu chí gì", card, kb) != "tap the thi tieu chi gi"


def test_a_quoted_name_is_asked_for_by_naming_it() -> None:
    answer = "Chủ đề: “Đoàn kết, sáng tạo thi đua xây dựng và bảo vệ Tổ quốc”.\n\n📄 Nguồn: …"
    theme = named_things.named_in("chu de thi dua theo ct14 kon tum", answer)
    assert theme == named_things.Named(
        "chu de", "Đoàn kết, sáng tạo thi đua xây dựng và bảo vệ Tổ quốc"
    )
    assert named_things.named_in("ai ký chỉ thị 14", answer) is None


def test_a_yes_or_no_question_on_a_phrase_the_passage_says_is_about_it(
    kb: KnowledgeBase,
) -> None:
    article = shown(kb, "Điều 3.", "Sáng kiến là giải pháp", "sáng kiến là gì")
    again = context.shown_yes_no("có cần áp dụng thử không", article, kb)
    assert again is not None and again[1] == article.position
    assert context.shown_yes_no("có cần đăng ký trước không", article, kb) is None
    assert context.shown_yes_no("áp dụng thử là gì", article, kb) is None  # not yes or no


async def test_a_yes_or_no_follow_up_is_answered_by_the_article_just_read(chat: Chat) -> None:
    await chat.send("sáng kiến là gì")
    reply = (await chat.send("có phải áp dụng thử không"))[0].text
    # the article's conditions, read from the list that holds the answering one
    shown, source = reply.split("📄")
    assert shown.startswith("1. Sáng kiến là giải pháp") and "áp dụng thử" in shown
    assert "Điều 3" in source


def test_con_x_is_the_part_of_the_document_headed_x(kb: KnowledgeBase) -> None:
    heads = shown(kb, "III. Tổ chức thực hiện › 1.", "Phổ biến và triển khai", "thủ trưởng làm gì")
    subject = context.subject("còn văn phòng sở", heads, kb)
    assert subject is not None
    found = context.within(subject, heads, kb)
    assert found[0].passage.section.endswith("2. Văn phòng Sở")


def test_a_pointer_to_another_kind_is_the_document_of_that_kind_just_cited(
    kb: KnowledgeBase,
) -> None:
    letter = shown(kb, "Thông tin văn bản", "theo Chỉ thị số 14/CT-UBND", "ai ký cv của sở")
    assert context.resolve("còn chỉ thị đó ai ký", letter, kb) == "chi thi so 14 ct ubnd ai ky"
    assert context.resolve("chỉ thị ấy ban hành ngày nào", letter, kb) == (
        "chi thi so 14 ct ubnd ban hanh ngay nao"
    )
    # the letter's own kind is the letter
    assert "chi thi so 14" not in (context.resolve("công văn đó ai ký", letter, kb) or "")


def test_no_in_a_question_about_another_document_is_the_last_one(kb: KnowledgeBase) -> None:
    directive = shown(kb, "Thông tin văn bản", "Lê Ngọc Tuấn", "chỉ thị 14 ai ký")
    resolved = context.resolve("thế còn công văn của sở triển khai nó thì ai ký", directive, kb)
    assert resolved is not None and "chi thi 14/ct-ubnd" in resolved


def test_a_cited_document_the_knowledge_base_lacks_leaves_the_last_one(kb: KnowledgeBase) -> None:
    letter = shown(kb, "Thông tin văn bản", "Căn cứ: Kế hoạch số 3510", "công văn covid gửi ai")
    resolved = context.resolve("kế hoạch đó gửi cho ai", letter, kb) or ""
    assert "ke hoach so 3510" not in resolved and "cong van" in resolved


def test_a_question_naming_its_own_title_does_not_carry_the_last_one(kb: KnowledgeBase) -> None:
    article = shown(kb, "Điều 23.", "Chiến sĩ thi đua cơ sở", "cstdcs cần tiêu chuẩn gì")
    own = context.resolve("thôn, tổ dân phố văn hóa được thưởng bao nhiêu", article, kb)
    assert "cstdcs" not in (own or "")
    assert context.resolve("được thưởng bao nhiêu", article, kb) == "duoc thuong bao nhieu cstdcs"


def test_ho_so_do_is_a_file_pointed_at_not_a_department(kb: KnowledgeBase) -> None:
    dossier = shown(kb, "Hồ sơ xét tặng", "Tờ trình đề nghị", "tờ trình dùng mẫu nào")
    resolved = context.resolve("ai quy định hồ sơ đó", dossier, kb) or ""
    assert resolved.startswith("ai quy dinh ho so")
    assert context.points_at("ai quy định hồ sơ đó", dossier)
    assert not context.points_at("đó là hồ sơ gì", None)


async def test_a_question_pointing_back_is_not_refused_for_its_words_alone(chat: Chat) -> None:
    await chat.send("hồ sơ đề nghị cstdcs gồm những gì")
    reply = (await chat.send("ai quy định hồ sơ đó"))[0].text
    assert "ngoài phạm vi" not in reply
    reply = (await chat.send("giá xăng hôm đó bao nhiêu"))[0].text
    assert "ngoài phạm vi" in reply


def test_since_when_is_the_date_the_passage_just_shown_says(kb: KnowledgeBase) -> None:
    article = shown(kb, "Điều 80", "cấp huyện quyết định", "chủ tịch huyện còn tặng ldtt không")
    assert context.shown_since("từ ngày nào vậy", article, kb) == "từ 01/7/2025"
    assert context.shown_since("có hiệu lực từ ngày nào", article, kb) is None  # the law's
    assert context.shown_since("ai ký", article, kb) is None


async def test_since_when_after_a_note_is_answered_with_its_date(chat: Chat) -> None:
    await chat.send("chủ tịch ubnd huyện bây giờ còn quyết định tặng lao động tiên tiến không")
    reply = (await chat.send("từ bao giờ thế"))[0].text
    assert "01/7/2025" in reply.split("📄")[0]


def test_a_noun_pointed_at_is_the_part_of_the_document_headed_by_it(kb: KnowledgeBase) -> None:
    card = shown(kb, "Thông tin văn bản", "Nguyễn Quân", "thông tư đó ai ký")
    form = context.headed_pointed("đơn đó ghi những mục gì", card, kb)
    assert form is not None and form[0].section.startswith("Phụ lục I. Mẫu Đơn")
    # the passage just shown is headed by it: the question is about that passage
    dossier = shown(kb, "Hồ sơ xét tặng", "Tờ trình đề nghị", "hồ sơ cstdcs gồm gì")
    assert context.headed_pointed("ai quy định hồ sơ đó", dossier, kb) is None
    assert context.headed_pointed("văn bản đó ghi gì", card, kb) is None  # the document


async def test_the_form_pointed_at_after_a_card_is_shown(chat: Chat) -> None:
    await chat.send("thông tư 18/2013/tt-bkhcn do ai ký")
    reply = (await chat.send("mẫu đơn đó có những mục nào"))[0].text
    assert "Lĩnh vực áp dụng sáng kiến" in reply.split("📄")[0]


def test_con_a_body_by_its_level_is_the_note_s_part_on_it(kb: KnowledgeBase) -> None:
    ministry = shown(kb, "Bộ Tài nguyên và Môi trường nay là", "01/3/2025", "bộ tnmt giờ là bộ gì")
    assert context.resolve("còn sở tnmt thì sao", ministry, kb) == (
        "so tai nguyen va moi truong nay la so nong nghiep va moi truong"
    )
    # the departments in the plural are the same part ("các sở")
    assert context.resolve("còn các sở tnmt thì sao", ministry, kb) == (
        "so tai nguyen va moi truong nay la so nong nghiep va moi truong"
    )
    # a place alone is the same body of that place, as before
    department = shown(kb, "Sở Tài nguyên và Môi trường nay là", "Sóc Trăng", "so tnmt soc trang")
    assert "kon tum" in (context.resolve("còn kon tum thì sao", department, kb) or "")


def test_a_document_whose_number_is_asked_is_what_the_answer_names() -> None:
    answer = (
        "Căn cứ: Nghị quyết số 202/2025/QH15 về việc sắp xếp đơn vị hành chính cấp tỉnh; "
        "Nghị quyết số 203/2025/QH15 sửa đổi, bổ sung một số điều của Hiến pháp.\n\n📄 Nguồn: …"
    )
    asked = "nghị quyết sắp xếp đơn vị hành chính cấp tỉnh năm 2025 số mấy"
    named = named_things.named_in(asked, answer)
    assert named == named_things.Named("nghi quyet", "Nghị quyết số 202/2025/QH15")
    assert named_things.named_in("số mấy người được khen", answer) is None  # no document asked


async def test_a_definition_found_elsewhere_is_no_follow_up(chat: Chat) -> None:
    # the decree on awards mentions initiatives, but the Điều lệ Sáng kiến says what one is
    await chat.send("nghị định nào hướng dẫn luật thi đua hiện nay")
    assert "152/2025" in chat.text
    await chat.send("sáng kiến là gì")
    assert "Sáng kiến là giải pháp" in chat.text


@pytest.mark.parametrize("pointer", ["ấy", "vừa rồi"])
def test_a_two_word_pointer_to_the_cited_directive_names_it(
    kb: KnowledgeBase, pointer: str
) -> None:
    asked = "công văn phát động thi đua theo chỉ thị 14 của sở tnmt kon tum do ai ký"
    found = kb.search(asked)[0]
    letter = context.Topic(asked, found.passage.doc.id, found.passage.section, found.position)
    resolved = context.resolve(f"còn chỉ thị {pointer} thì ai ký", letter, kb)
    assert resolved is not None and "chi thi so 14 ct ubnd" in resolved


async def test_what_else_a_title_is_awarded_is_the_bonus_line_just_read(chat: Chat) -> None:
    # the decree's line on the bonus says what else the title is awarded with; the title's
    # article, which the follow-up read with the title finds, says less of it
    await chat.send("chiến sĩ thi đua toàn quốc được thưởng mấy lần lương cơ sở")
    reply = (await chat.send("ngoài tiền thì còn được tặng những gì"))[0].text
    assert "được tặng Bằng chứng nhận, khung, Huy hiệu" in reply


async def test_a_place_asked_of_now_after_a_plan_is_the_place_now(chat: Chat) -> None:
    """The ended plan cannot tell what its province is now: the note on the merger can."""
    await chat.send(
        "Sở Tài nguyên và Môi trường Sóc Trăng phát động thi đua năm 2022 với chủ đề gì?"
    )
    await chat.send("kh đó gửi những nơi nào")
    reply = (await chat.send("the con tinh soc trang bay gio"))[0].text
    assert "Sóc Trăng nay thuộc thành phố Cần Thơ" in reply


async def test_a_body_asked_after_the_card_is_the_item_naming_it(chat: Chat) -> None:
    """The card just shown says the words in its list of addressees ("Thường trực Tỉnh ủy",
    "Hội đồng TĐKT tỉnh"); the directive's item says who the standing body is."""
    await chat.send("Chỉ thị 14 của UBND tỉnh Kon Tum thực hiện các văn bản nào?")
    reply = (await chat.send("co quan thuong truc hoi dong tdkt tinh la ai"))[0].text
    assert "Sở Nội vụ (cơ quan thường trực của Hội đồng Thi đua - Khen thưởng tỉnh)" in reply


async def test_this_directive_is_the_one_read_not_the_one_it_cites(chat: Chat) -> None:
    """ "chỉ thị này" after the province's directive cited Chỉ thị 34 (not held): this
    directive, whose item 9 says who carries it out."""
    await chat.send(
        "chi thi 14 ubnd kon tum duoc ban hanh de thuc hien chi thi nao cua bo chinh tri"
    )
    await chat.send("chi thi 34 cua bo chinh tri duoc can cu la ve viec gi")
    reply = (await chat.send("chi thi nay giao ai co trach nhiem to chuc thuc hien"))[0].text
    assert "có trách nhiệm tổ chức thực hiện Chỉ thị này" in reply


@pytest.mark.parametrize("cited", ["của bộ chính trị", "của thủ tướng"])
async def test_that_directive_is_the_one_read_when_asked_in_its_own_words(
    chat: Chat, cited: str
) -> None:
    """ "chỉ thị đó" after the province's directive cited another (not held), asked in the
    words the directive says of itself ("… có trách nhiệm tổ chức thực hiện Chỉ thị này"):
    the directive read, not the line citing the other."""
    await chat.send(f"chỉ thị 14 ubnd kon tum thực hiện chỉ thị nào {cited}")
    reply = (await chat.send("ai co trach nhiem to chuc thuc hien chi thi do"))[0].text
    assert "có trách nhiệm tổ chức thực hiện Chỉ thị này" in reply


async def test_the_date_of_that_directive_is_still_the_one_cited(chat: Chat) -> None:
    await chat.send("chi thi 14/ct-ubnd kon tum thuc hien chi thi nao cua thu tuong")
    reply = (await chat.send("chỉ thị đó ban hành ngày nào"))[0].text
    assert "Chỉ thị số 19/CT-TTg ngày 16 tháng 7 năm 2021" in reply


async def test_the_passage_just_read_saying_far_more_of_the_follow_up_answers_it(
    chat: Chat,
) -> None:
    """The ministry's task on initiatives says who has many initiatives is promoted; the
    letter's part on who carries it out, which the follow-up read with the letter's name
    finds first, says far less of it."""
    await chat.send("nhiem vu giai phap trong cv btnmt 2021 co noi gi ve sang kien ko")
    reply = (await chat.send("vậy người có nhiều sáng kiến thì được gì"))[0].text
    assert "bổ nhiệm các cá nhân có nhiều sáng kiến" in reply


async def test_that_round_of_emulation_points_at_the_campaign_just_read(chat: Chat) -> None:
    """ "đợt thi đua đó" is the campaign of the letter just read, as "phong trào đó" is: who
    launched it, not the part whose heading says "Phong trào thi đua"."""
    await chat.send("chu de thi dua nam 2021 cua bo tnmt la gi")
    reply = (await chat.send("Ai phát động đợt thi đua đó"))[0].text
    assert not reply.startswith("I. Nội dung")
    assert "Bộ Tài nguyên và Môi trường" in reply.split("\n")[0]
