"""A conversation's first question, standalone and often typed fast: the office's shorthand
and title letters ("yc", "csttq"), "đk" read by the words beside it, and a basis asked in
other words than "căn cứ"."""

import pytest

from handlers.phone_answer import passage_reply, with_words_added
from knowledge import KnowledgeBase
from knowledge.asides import without_asides
from knowledge.asking import ask
from knowledge.intents import ACCEPT, load_intents
from knowledge.searching.asked_of_documents import _asked_kinds
from tests.conftest import Chat


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "đk công nhận": the documents have "điều kiện công nhận", never a registration's
        ("dk cong nhan sk", "Có tính mới trong phạm vi cơ sở đó"),
        # "yc": "yêu cầu", as "đơn yêu cầu công nhận sáng kiến" is titled
        ("don yc cong nhan sk gom muc j", "Mô tả bản chất của sáng kiến"),
        # "csttq": the national title in letters, as "cstdcs" is the base one
        ("csttq sk phai nhan rong toan quoc ko", "nhân rộng trong toàn quốc"),
        ("tieu chuan csttq la gi", "nhân rộng trong toàn quốc"),
        # "bằng điểm nhau": several who qualify alike
        ("2 nguoi bang diem nhau thi uu tien ai", "lựa chọn cá nhân nữ"),
    ],
)
async def test_a_first_question_in_office_shorthand_is_answered(
    chat: Chat, question: str, expected: str
) -> None:
    await chat.send(question)
    assert expected in chat.text, chat.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "dựa trên văn bản nào" asks what "căn cứ" asks: the card's line of bases
        ("chỉ thị 14 của ubnd kon tum dựa trên văn bản nào", "19/CT-TTg"),
        ("chi thi 14 kon tum dua vao van ban nao", "34-CT/TW"),
        # "thực hiện các văn bản nào": what it carries out, the same line
        ("Chỉ thị 14 của UBND tỉnh Kon Tum thực hiện các văn bản nào?", "19/CT-TTg"),
        # "… của ttg": the number's own letters name the issuer asked
        ("chỉ thị 14 của ubnd tỉnh kon tum căn cứ văn bản nào của ttg", "19/CT-TTg"),
        # "phát động thi đua về gì": what the directive launches, its title
        ("chi thi 14/CT-UBND kon tum phat dong thi dua ve gi", "phát triển kinh tế - xã hội"),
    ],
)
async def test_a_first_question_asking_a_basis_or_a_launch_reads_the_card(
    chat: Chat, question: str, expected: str
) -> None:
    await chat.send(question)
    assert expected in chat.text.split("\n")[0] or expected in chat.text[:300], chat.text


@pytest.mark.today  # (the note on a past campaign leaves no room for the whole passage)
async def test_the_closing_words_sharing_one_word_by_chance_do_not_answer(chat: Chat) -> None:
    # "nhiệm vụ" of the office, and the closing's "tinh thần trách nhiệm": one word by chance
    await chat.send("vp so soc trang nhiem vu j trong kh td 2022")
    assert "Tham mưu Giám đốc Sở" in chat.text, chat.text
    # the closing still answers what it says ("kêu gọi toàn ngành")
    await chat.send("giám đốc sở tnmt sóc trăng kêu gọi toàn ngành điều gì")
    assert "Trên đây là kế hoạch" in chat.text, chat.text


@pytest.mark.parametrize("question", ["ltt can dieu kien gi a", "lđtt cần điều kiện gì ạ"])
async def test_a_title_in_letters_asked_politely_leads_with_its_first_clause(
    chat: Chat, question: str
) -> None:
    # the title's name added to find its clause goes before the closing "ạ", which would
    # otherwise be read as the "a)" of the clause on workers
    await chat.send(question)
    first = chat.text.split("\n")
    assert any("cán bộ, công chức, viên chức" in line for line in first[:2]), chat.text


def test_words_are_added_before_the_particles_closing_a_question() -> None:
    assert with_words_added("ltt can dieu kien gi a", "X") == "ltt can dieu kien gi X a"
    assert with_words_added("có cần không?", "X") == "có cần X không?"
    assert with_words_added("ltt là gì", "X") == "ltt là gì X"


@pytest.mark.today
async def test_a_plan_named_alone_is_answered_by_the_line_quoting_its_theme(chat: Chat) -> None:
    # nothing asked but the plan's name, which no line of its opening says more of than
    # another: what it launches, not the basis it opens with
    await chat.send("ke hoach thi dua 2022 so tnmt soc trang")
    assert "Kỷ cương, trách nhiệm, đổi mới, hội nhập, hiệu quả" in chat.text, chat.text


@pytest.mark.parametrize(
    "typed",
    [
        "em thay nhieu van ban trong kho ghi So Tai nguyen va Moi truong, bay gio so do doi thanh gi",
        "em thấy kế hoạch ghi Sở TN&MT Sóc Trăng, bây giờ sở đó là sở nào",
    ],
)
def test_the_askers_clause_naming_what_the_question_points_to_is_kept(typed: str) -> None:
    assert without_asides(typed) == typed


@pytest.mark.today
@pytest.mark.parametrize(
    "question",
    [
        # the story names the department "sở đó" points to
        "em thay nhieu van ban trong kho ghi So Tai nguyen va Moi truong, bay gio so do doi thanh gi",
        # "bây giờ đổi thành gì" asks what it is now, as "bây giờ là gì" does
        "so tai nguyen va moi truong bay gio doi thanh gi",
        "sở tnmt bây giờ đổi thành gì",
    ],
)
async def test_what_a_department_is_now_called_is_asked_in_a_first_question(
    chat: Chat, question: str
) -> None:
    await chat.send(question)
    assert "sắp xếp thành Sở Nông nghiệp và Môi trường" in chat.text, chat.text


def test_a_note_answering_what_its_long_rule_does_not_is_shown_with_it(kb: KnowledgeBase) -> None:
    # the clause on the decree it replaces is long; the editors' note after it says which
    # decree is current, which is what is asked: the rule is cut for the note, not the note
    # left behind "Xem thêm"
    position, passage = next(
        (i, p)
        for i, p in enumerate(kb.passages)
        if p.doc.id.startswith("nd-152") and p.section.startswith("Điều 59") and "Ghi chú" in p.text
    )
    shown = passage_reply(passage, position, "nghị định hướng dẫn luật tđkt hiện hành là nđ nào")
    assert "căn cứ hiện hành là Nghị định 152/2025/NĐ-CP" in shown.text.split("📄")[0]


@pytest.mark.parametrize(
    "question",
    [
        "ct14 kon tum phong dich theo nq nao",
        "chỉ thị 14 kon tum phòng dịch theo tinh thần nghị quyết nào",
    ],
)
def test_a_document_cited_is_found_where_the_passage_on_it_goes_on(
    kb: KnowledgeBase, question: str
) -> None:
    # "phòng dịch" is the directive's "phòng, chống dịch"; of the passages citing a resolution,
    # the continuation of the one speaking of it over the opening citing another
    assert "Nghị quyết số 78/NQ-CP" in kb.search(question)[0].passage.text


@pytest.mark.parametrize(
    "question",
    [
        # a plan asking for initiatives states no form's items: the Thông tư's form does
        "mình muốn đăng ký sáng kiến thì đơn phải có những mục gì",
        # the form's own items lead, not the editors' note beside them on the bot's command
        "đơn đăng ký sáng kiến gồm những mục gì",
        "em muon nop sang kien thi don co nhung muc nao",
    ],
)
async def test_the_items_of_a_form_are_read_from_the_form(chat: Chat, question: str) -> None:
    await chat.send(question)
    assert "Lĩnh vực áp dụng sáng kiến" in chat.text.split("📄")[0], chat.text


@pytest.mark.parametrize(
    "question",
    [
        "các phong trào thi đua thủ tướng phát động mà bộ tnmt nhắc lại năm 2021",
        "cac phong trao thi dua thu tuong phat dong ma chi thi 14 kon tum nhac lai",
    ],
)
def test_a_list_request_followed_by_a_document_asks_the_documents(question: str) -> None:
    # "các phong trào thi đua" opening the message, then what a document says of them: the
    # documents' text, not the list of campaigns
    listing = [m for m in load_intents().readings(question) if m.intent.key == "/phongtrao"]
    assert all(m.score < ACCEPT for m in listing)
    # the request with details of its own still is one
    assert load_intents().readings("các phong trào thi đua năm 2022 của sở")[0].intent.key == (
        "/phongtrao"
    )


@pytest.mark.parametrize(
    "question",
    [
        "giam doc so quyet dinh tang nhung gi",
        "ở sở thì giám đốc tặng được những gì",
        "giam doc so co tham quyen tang nhung gi",
    ],
)
async def test_a_note_answering_what_things_leads_its_rule(chat: Chat, question: str) -> None:
    # "những gì" alone names no list's items: the editors' note on Điều 80 clause 1 says what
    # the director of a department decides, which the clause says of its "Thủ trưởng"
    await chat.send(question)
    shown = chat.text.split("📄")[0]
    assert "Giám đốc Sở (Thủ trưởng cơ quan chuyên môn" in shown, chat.text
    assert shown.count("Điều 80") == 0, chat.text


async def test_a_story_before_the_clause_naming_what_is_pointed_back_to_is_left_out(
    chat: Chat,
) -> None:
    # "em mới chuyển về" says only why they ask; the clause after it names the body that
    # "bộ đó" points back to, so the story goes and the note on the reorganisation answers
    question = (
        "em mới chuyển về, thấy văn bản cũ ghi bộ tài nguyên và môi trường, "
        "giờ bộ đó là bộ gì rồi ạ"
    )
    assert not without_asides(question).startswith("em mới")
    await chat.send(question)
    assert "Bộ Nông nghiệp và Môi trường" in chat.text, chat.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "đọc … thấy có …": how the asker came on it; the document read and what they saw
        # there are what is asked of
        (
            "đọc chỉ thị 14 kon tum thấy có giao cơ quan thông tin truyền thông làm gì đó, "
            "là gì vậy mn",
            "tăng cường thời lượng các chuyên trang, chuyên mục",
        ),
        (
            "em doc luat thay cstdcs chi can htxs nhiem vu hoac co sang kien dung ko",
            "Hoàn thành xuất sắc nhiệm vụ",
        ),
    ],
)
async def test_what_the_asker_read_and_saw_there_is_asked_of(
    chat: Chat, question: str, expected: str
) -> None:
    await chat.send(question)
    assert expected in chat.text, chat.text


@pytest.mark.parametrize(
    "question",
    [
        "kế hoạch sóc trăng 2022 sơ kết giữa kỳ thế nào",
        "ke hoach soc trang 2022 so ket giua ky the nao",
    ],
)
async def test_a_period_asked_by_its_word_asks_for_no_signer(chat: Chat, question: str) -> None:
    # "giữa kỳ" is a period ("kỳ"), not "ký": the passage on the review, not the card; "sơ
    # tổng kết" is how the plan writes the midway and the final review as one
    await chat.send(question)
    assert "sơ tổng kết phong trào thi đua" in chat.text, chat.text
    assert "Người ký:" not in chat.text, chat.text


@pytest.mark.parametrize("question", ["giám đốc sở ký là ai", "giam doc so ky la ai"])
async def test_a_signer_asked_reads_the_card(chat: Chat, question: str) -> None:
    await chat.send(question)
    assert "Người ký: Bộ trưởng Trần Hồng Hà" in chat.text, chat.text


@pytest.mark.parametrize("follow_up", ["kế hoạch đó ký tháng mấy", "ke hoach do ky thang may"])
async def test_when_a_document_was_signed_reads_its_card(chat: Chat, follow_up: str) -> None:
    answer = await chat.answer_after("kế hoạch sóc trăng 2022", follow_up)
    assert "tháng 01 năm 2022" in answer, answer


@pytest.mark.parametrize(
    ("question", "signs"),
    [
        ("giám đốc sở ký là ai", True),
        ("ai kí kế hoạch", True),
        ("quyet dinh ky ngay nao", True),
        ("nguoi ky hop dong la ai", True),
        ("sơ kết giữa kỳ", False),
        ("so ket giua ky", False),
        ("nhiem ky may nam", False),
        ("bao cao dinh ky", False),
        ("ky hop thu may", False),
        ("báo cáo mỗi ky", False),
        # folded, "moi"/"tung" before it is also "mới"/"từng": signing
        ("cv do ai moi ky", True),
        ("ke hoach vua moi ky la ai", True),
        ("cong van tung ky boi ai", True),
    ],
)
def test_a_period_is_told_from_signing(kb: KnowledgeBase, question: str, signs: bool) -> None:
    tokens = kb.index._analysed(question)[2]
    assert ("info" in _asked_kinds(tokens)) is signs


@pytest.mark.parametrize(
    "question",
    [
        # the document named before what is asked of it: the term it defines, not its opening
        "theo nghị định 13/2012 thì sáng kiến là gì",
        "trong dieu le sang kien thi sang kien la gi",
    ],
)
async def test_a_term_asked_after_naming_the_document_is_defined(chat: Chat, question: str) -> None:
    await chat.send(question)
    assert "Sáng kiến là giải pháp kỹ thuật" in chat.text.split("📄")[0], chat.text


@pytest.mark.parametrize(
    "question",
    [
        "luật thi đua khen thưởng điều 24 quy định danh hiệu lao động tiên tiến ra sao",
        "luat tdkt dieu 24 quy dinh lao dong tien tien the nao",
    ],
)
async def test_an_article_asked_what_it_rules_is_read_from_its_start(
    chat: Chat, question: str
) -> None:
    # "quy định … thế nào" only asks: the clause citing "đối tượng quy định tại khoản 1"
    # says "quy định" by chance, and is not the article's first answer
    await chat.send(question)
    first = chat.text.split("📄")[0]
    assert "cán bộ, công chức, viên chức, người lao động" in first, chat.text
    assert first.index("1. Danh hiệu") < first.find("3. Danh hiệu") or "3. Danh" not in first


@pytest.mark.parametrize(
    "question",
    [
        "cong van so tnmt kon tum trien khai chi thi 14 co nhac chi so pci khong",
        "công văn sở tn&mt kon tum thực hiện ct 14 có nói chỉ số papi, pci không",
    ],
)
async def test_the_document_carried_out_names_the_letter_not_its_line(
    chat: Chat, question: str
) -> None:
    # "thực hiện ct 14" names the letter, as its number would: the line on the indexes
    # answers, not the one saying "tiếp tục thực hiện"
    await chat.send(question)
    assert "cấp tỉnh (PCI)" in chat.text.split("📄")[0], chat.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "chỉ tiêu" of a line listing many things is no "tiêu chí", which the heading says;
        # of the lines saying "cải cách hành chính", the one opening on it
        ("tieu chi tap the bo tnmt nam 2021 ve cai cach hanh chinh", "trực tuyến cấp độ 3, 4"),
        (
            "tieu chi thi dua doi voi tap the kh soc trang 2022 ve thuc hien ke hoach nhiem vu the nao",
            "không có nhiệm vụ quá hạn của năm",
        ),
    ],
)
async def test_a_criterion_asked_about_a_topic_leads_with_the_line_on_it(
    chat: Chat, question: str, expected: str
) -> None:
    await chat.send(question)
    assert expected in chat.text.split("📄")[0], chat.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "lấy" only says where the form comes from
        ("đơn xin công nhận sáng kiến thì lấy mẫu ở văn bản nào", "Phụ lục I của Thông tư"),
        # a patent in staff's words is what the decree calls "được bảo hộ"
        (
            "giai phap dang duoc bao ve bang sang che co duoc cong nhan la sang kien khong",
            "đang được bảo hộ quyền sở hữu trí tuệ",
        ),
        # whom a rule covers: "thuộc diện", which the decree writes "thuộc đối tượng"
        (
            "nữ lãnh đạo thuộc diện nghỉ hưu muộn hơn thì sao",
            "thời gian để xét khen thưởng quá trình cống hiến thực hiện theo quy định chung",
        ),
    ],
)
async def test_a_question_in_staff_words_finds_the_passage(
    chat: Chat, question: str, expected: str
) -> None:
    await chat.send(question)
    assert expected in chat.text, chat.text


@pytest.mark.parametrize(
    "question",
    ["năm 2022 bộ phát động bằng cv nào", "nam 2022 bo phat dong thi dua bang cong van nao"],
)
def test_by_what_a_campaign_was_launched_is_no_word_of_the_answer(
    kb: KnowledgeBase, question: str
) -> None:
    # "bằng" before a document's kind says "by means of"; the letter's line has no "bằng"
    hits = kb.search(question)
    assert hits and "8240/BTNMT" in hits[0].passage.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("luat thi dua moi thay the luat so may", "15/2003/QH11"),
        (
            "tieu chi tap the ve dich vu cong online 2021 cua bo tnmt yeu cau muc do may",
            "cấp độ 3, 4",
        ),
    ],
)
def test_may_after_a_numbering_word_asks_which_number(
    kb: KnowledgeBase, question: str, expected: str
) -> None:
    # "số mấy", "mức độ mấy" typed bare: not the "máy" of "bộ máy", which no answer says
    hits = kb.search(question)
    assert hits and expected in hits[0].passage.text


async def test_the_number_of_a_letter_a_plan_cites_is_its_basis_line(chat: Chat) -> None:
    # the plan's card answers, from its line citing the letter, not its own number
    await chat.send("nam 2022 bo phat dong bang cv so may")
    assert chat.text.startswith("Căn cứ Công văn số 8240/BTNMT"), chat.text
    await chat.send("kh thi dua 2022 cua so tnmt soc trang so may")
    assert chat.text.startswith("Số: …/KH-STNMT"), chat.text


async def test_which_directive_a_letter_carries_out_is_its_basis_line(chat: Chat) -> None:
    # "gửi" of what the letter is said to be names the card's "Kính gửi"; "chỉ thị nào" asks
    await chat.send(
        "Cho tôi hỏi công văn phát động thi đua năm 2021 của Sở TN&MT Kon Tum gửi các phòng "
        "TN&MT huyện là thực hiện chỉ thị nào ạ?"
    )
    assert chat.text.startswith("Căn cứ: Chỉ thị số 14/CT-UBND ngày 28/7/2021"), chat.text


@pytest.mark.parametrize(
    "question", ["bao cao ket qua dinh ky may thang 1 lan", "báo cáo kết quả mấy tháng một lần"]
)
def test_how_often_asked_is_no_month_of_the_answer(kb: KnowledgeBase, question: str) -> None:
    # "mấy tháng 1 lần" asks how often: neither "1 lần" nor January ("tháng 1") is said
    hits = kb.search(question)
    assert hits and "định kỳ 06 tháng" in hits[0].passage.text


@pytest.mark.parametrize("question", ["sang kien dc hieu la j", "sáng kiến được hiểu là gì"])
def test_how_a_term_is_understood_asks_its_definition(kb: KnowledgeBase, question: str) -> None:
    # "được hiểu là gì" (typed "dc hieu la j") asks what "là gì" asks
    answers = ask(kb, question)
    assert answers and "Sáng kiến là giải pháp kỹ thuật" in answers[0].passage.text


def test_the_old_days_only_say_the_body_was_named_so_then(kb: KnowledgeBase) -> None:
    # "ngày xưa" is no word of the answer: not the "ngày" of a date
    hits = ask(kb, "btnmt ngay xua gio sap nhap voi bo nao")
    assert hits and hits[0].passage.section.startswith("Bộ Tài nguyên và Môi trường nay là")


def test_a_text_applied_is_one_something_goes_by(kb: KnowledgeBase) -> None:
    # "áp dụng thông tư nào": the note's "nay theo Thông tư 62/2025/TT-BNNMT"
    hits = ask(kb, "thi dua nganh moi truong gio ap dung thong tu nao")
    assert hits and "Thông tư 62/2025/TT-BNNMT" in hits[0].passage.text


async def test_a_principle_asked_by_its_number_after_the_article(chat: Chat) -> None:
    await chat.send("nguyên tắc khen thưởng theo nđ 152")
    reply = (await chat.send("nguyen tac so 6"))[0].text
    assert reply.startswith("(6) Khi có nhiều cá nhân, tập thể cùng đủ điều kiện")


def test_the_theme_of_a_campaign_asked_with_its_noun_is_the_card_s_line(kb: KnowledgeBase) -> None:
    # "chủ đề thi đua là gì": the card's line "Chủ đề: “…”", not the opening that says more
    # of the letter's name ("triển khai ct 14")
    hits = ask(kb, "cv so tnmt kon tum trien khai ct 14 chu de thi dua la gi")
    assert hits and "Chủ đề: “Đoàn kết, sáng tạo thi đua" in hits[0].passage.text


async def test_what_an_article_says_is_read_from_its_first_piece(chat: Chat) -> None:
    # "quy định về gì" only asks: not the piece of Điều 80 that happens to say "quy định"
    await chat.send("dieu 80 luat tdkt quy dinh ve j")
    assert "Thủ trưởng cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh" in chat.text, chat.text


def test_a_definition_asked_of_a_document_named_first_is_its_defining_article(
    kb: KnowledgeBase,
) -> None:
    # "theo điều lệ sáng kiến thì sáng kiến là gì": the document is named before what is
    # defined, and "thì" says where; its article saying "Sáng kiến là …" answers
    hits = ask(kb, "theo dieu le sang kien thi sang kien duoc hieu la gi a")
    assert hits[0].passage.section.startswith("Điều 3. Sáng kiến"), hits[0].passage.section


def test_a_condition_opened_by_neu_typed_without_marks_is_searched(kb: KnowledgeBase) -> None:
    # "neu … thi …" is "nếu" (if), not the "nêu" (state) it folds as
    hits = ask(kb, "neu nhieu nguoi cung du tieu chuan thi chon ai")
    assert hits and "lựa chọn cá nhân nữ" in hits[0].passage.text


def test_papers_proving_an_initiative_are_the_dossiers_certification(kb: KnowledgeBase) -> None:
    # "chứng minh": what the dossier asks as "chứng nhận hoặc xác nhận" (knowledge/synonyms.yaml)
    hits = ask(kb, "trong hồ sơ thì cần giấy tờ gì để chứng minh sáng kiến")
    assert "Chứng nhận hoặc xác nhận của cơ quan, tổ chức có thẩm quyền" in hits[0].passage.text


@pytest.mark.parametrize(
    "question",
    [
        "nhân viên đang bị xem xét kỷ luật thì phòng em có được đề nghị khen thưởng không",
        "dong nghiep em dang bi xem xet ky luat thi co duoc de nghi khen thuong khong a",
    ],
)
def test_an_article_saying_the_questions_phrase_outranks_a_plan_saying_its_words_apart(
    kb: KnowledgeBase, question: str
) -> None:
    # "đang … xem xét kỷ luật": the decree's principle says it word for word; a plan's
    # duties on nominations only say "phòng", "đề nghị khen thưởng", "kỷ luật" apart
    hits = ask(kb, question)
    assert hits[0].passage.section.startswith("Điều 4. Nguyên tắc"), hits[0].passage.section


def test_a_campaigns_criteria_asked_in_the_laws_words_stay_the_campaigns(
    kb: KnowledgeBase,
) -> None:
    # the review's case: "của sở" names a campaign's document; the law's "tích cực tham gia
    # phong trào thi đua" word for word does not take the answer
    hits = ask(
        kb, "tiêu chí thi đua cá nhân của sở có cần tích cực tham gia phong trào thi đua không"
    )
    assert hits[0].passage.doc.category != "law", hits[0].passage.section
