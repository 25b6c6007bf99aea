"""A follow-up asking where the last answer comes from, or for a detail of it, is answered
from the passage just shown."""

import pytest

from handlers import context, source_questions
from knowledge import KnowledgeBase
from tests.conftest import Chat, shown


@pytest.mark.parametrize(
    "text", ["điều mấy của luật", "theo nghị quyết nào của qh", "căn cứ vào đâu", "khoản nào vậy"]
)
def test_a_bare_question_for_the_source_asks_for_it(text: str) -> None:
    assert source_questions.asks(text)


@pytest.mark.parametrize(
    "text",
    ["khen thưởng đột xuất theo nghị định nào", "điều kiện công nhận sáng kiến", "còn tập thể"],
)
def test_a_question_with_words_of_its_own_is_not_about_the_source(text: str) -> None:
    assert not source_questions.asks(text)


def test_the_article_is_read_from_the_shown_passage_heading(kb: KnowledgeBase) -> None:
    topic = shown(kb, "Điều 80", "Thủ trưởng cơ quan chuyên môn", "ai quyết định tặng")
    reply = source_questions.answer("điều mấy của luật", topic, kb)
    assert reply is not None
    assert reply.text.startswith("Đoạn vừa trích là Điều 80")
    assert "Luật số 06/2022/QH15" in reply.text


def test_a_basis_the_passage_does_not_cite_is_found_near_what_was_asked(
    kb: KnowledgeBase,
) -> None:
    # The note on departments cites no resolution; its part on Sóc Trăng does.
    topic = shown(kb, "Sở Tài nguyên", "Sóc Trăng", "so tnmt soc trang gio thuoc dau")
    reply = source_questions.answer("theo nghị quyết nào của qh", topic, kb)
    assert reply is not None
    assert reply.text.startswith("Theo Nghị quyết số 202/2025/QH15")
    assert "203/2025" not in reply.text


def test_a_basis_is_found_after_the_document_was_read_for_another_follow_up(
    kb: KnowledgeBase,
) -> None:
    # One list of a document's passages serves every follow-up, whichever reads it first.
    topic = shown(kb, "Sở Tài nguyên", "Sóc Trăng", "so tnmt soc trang gio thuoc dau")
    context.numbered_item("mục 2 nói gì", topic, kb)
    reply = source_questions.answer("theo nghị quyết nào của qh", topic, kb)
    assert reply is not None
    assert reply.text.startswith("Theo Nghị quyết số 202/2025/QH15")


def test_a_detail_of_the_form_just_shown_is_answered_by_the_form(kb: KnowledgeBase) -> None:
    form = shown(kb, "Phụ lục I.", "ĐƠN YÊU CẦU", "mẫu đơn công nhận sáng kiến")
    opening = next(p for p in kb.passages if p.doc.id == form.doc_id and p.kind == "intro")
    again = context.shown_saying("trong đơn cần điền những mục nào", form, kb, opening)
    assert again is not None
    assert again[1] == form.position


def test_a_question_the_form_does_not_speak_of_is_not_answered_by_it(kb: KnowledgeBase) -> None:
    form = shown(kb, "Phụ lục I.", "ĐƠN YÊU CẦU", "mẫu đơn công nhận sáng kiến")
    opening = next(p for p in kb.passages if p.doc.id == form.doc_id and p.kind == "intro")
    assert context.shown_saying("thông tư này hiệu lực từ bao giờ", form, kb, opening) is None
    assert context.shown_saying("ai ký", form, kb, opening) is None


def test_a_follow_up_on_the_same_document_keeps_the_title_talked_about(
    kb: KnowledgeBase,
) -> None:
    title = shown(kb, "Điều 23.", "Chiến sĩ thi đua cơ sở", "cstdcs cần tiêu chuẩn gì")
    passage = kb.passages[title.position]
    kept = context.with_title("co bat buoc sang kien khong", title, passage, kb)
    assert kept == "co bat buoc sang kien khong cstdcs"
    other = next(p for p in kb.passages if p.doc.id != title.doc_id)
    assert context.with_title("co bat buoc", title, other, kb) == "co bat buoc"


def test_which_document_says_so_is_the_one_just_quoted(kb: KnowledgeBase) -> None:
    assert source_questions.asks("văn bản nào quy định việc này")
    assert not source_questions.asks("nghị định nào quy định mức thưởng")
    topic = shown(kb, "Điều 80", "Thủ trưởng cơ quan chuyên môn", "ai quyết định tặng")
    for question in ("văn bản nào quy định việc này", "theo luật nào"):
        reply = source_questions.answer(question, topic, kb)
        assert reply is not None
        assert reply.text.startswith("Đoạn vừa trích là Điều 80")


def test_what_a_passage_rests_on_is_its_basis_not_itself(kb: KnowledgeBase) -> None:
    topic = shown(kb, "Sở Tài nguyên", "Sóc Trăng", "so tnmt soc trang gio thuoc dau")
    reply = source_questions.answer("căn cứ vào đâu", topic, kb)
    assert reply is not None
    assert "202/2025/QH15" in reply.text


def test_where_it_is_written_names_the_passage_just_quoted(kb: KnowledgeBase) -> None:
    assert source_questions.asks("quy định ở đâu")
    assert not source_questions.asks("nộp hồ sơ ở đâu")
    topic = shown(kb, "Điều 80", "Thủ trưởng cơ quan chuyên môn", "ai quyết định tặng")
    reply = source_questions.answer("quy định ở đâu", topic, kb)
    assert reply is not None
    assert reply.text.startswith("Đoạn vừa trích là Điều 80")
    assert "Luật số 06/2022/QH15" in reply.text


def test_the_article_is_named_by_its_own_heading_and_the_clause_by_its_opening(
    kb: KnowledgeBase,
) -> None:
    # The section is headed by a summary; the text's own heading is what a letter cites.
    topic = shown(kb, "Điều 80", "Thủ trưởng cơ quan chuyên môn", "giam doc so duoc tang gi")
    reply = source_questions.answer("điều nào quy định", topic, kb)
    assert reply is not None
    assert "“Điều 80. Thẩm quyền của Thủ trưởng, người đứng đầu" in reply.text
    assert "Ủy ban nhân dân cấp xã và các cơ quan, tổ chức, đơn vị khác”" in reply.text
    assert (
        "Dòng trả lời nằm ở khoản 1 Điều 80, khoản này mở đầu bằng: “1. Thủ trưởng cơ quan"
        in reply.text
    )


def test_a_clause_is_quoted_by_its_opening_words(kb: KnowledgeBase) -> None:
    topic = shown(
        kb, "Điều 3.", "Các đối tượng sau đây", "giai phap trai dao duc co dc cong nhan ko"
    )
    reply = source_questions.answer("khoản mấy vậy", topic, kb)
    assert reply is not None
    assert (
        "khoản 2 Điều 3, khoản này mở đầu bằng: “2. Các đối tượng sau đây không được công nhận"
        " là sáng kiến:”" in reply.text
    )
    assert "Tên điều" not in reply.text  # the section is the article's own heading


def test_a_basis_cited_in_the_rest_of_the_shown_section_is_the_passage_own(
    kb: KnowledgeBase,
) -> None:
    # "mục 4" of Chỉ thị 14 is cut in two; Nghị quyết 78 is cited in its second part, and
    # another resolution of the Government in the directive's opening.
    topic = shown(kb, "mục 4", "mỗi người dân là một chiến sĩ", "ct14 kon tum noi gi ve chong dich")
    assert "78/NQ-CP" not in kb.passages[topic.position].text
    reply = source_questions.answer("theo nghị quyết nào của cp", topic, kb)
    assert reply is not None
    assert reply.text.startswith("Đoạn vừa trích dẫn Nghị quyết số 78/NQ-CP")
    assert "50/NQ-CP" not in reply.text


def test_which_document_after_a_reference_note_names_what_the_note_relies_on(
    kb: KnowledgeBase,
) -> None:
    # A compiled note is no document one acts on: "theo văn bản nào" asks for its source.
    topic = shown(kb, "Không còn cấp huyện", "203/2025/QH15", "cap huyen con ko")
    reply = source_questions.answer("theo vb nao", topic, kb)
    assert reply is not None
    assert "Nghị quyết số 203/2025/QH15" in reply.text


def test_the_grounds_of_a_later_part_of_an_opening_are_read_from_its_first_part(
    kb: KnowledgeBase,
) -> None:
    # The part shown cites a resolution in passing; the opening rests on two directives.
    topic = shown(kb, "Phần mở đầu", "Tỉnh ta vẫn còn nhiều khó khăn", "ct14 yeu cau nhung ai")
    reply = source_questions.answer("can cu vb nao", topic, kb)
    assert reply is not None
    assert "Chỉ thị số 34-CT/TW ngày 07 tháng 4 năm 2014" in reply.text
    assert "Chỉ thị số 19/CT-TTg" in reply.text


def test_a_basis_is_quoted_with_the_words_saying_how_the_text_rests_on_it(
    kb: KnowledgeBase,
) -> None:
    # The plan's particulars write "Căn cứ Công văn số 8240/…": the answer says it so, not
    # "dẫn", which would make a basis of a document merely mentioned.
    topic = shown(kb, "Thông tin văn bản", "8240", "kế hoạch sóc trăng 2022")
    reply = source_questions.answer("kh đó căn cứ cv nào", topic, kb)
    assert reply is not None
    assert reply.text.startswith("Đoạn vừa trích ghi: Căn cứ Công văn số 8240/BTNMT-TĐKTTT")


def test_a_passage_citing_without_saying_how_keeps_its_plain_form(kb: KnowledgeBase) -> None:
    topic = shown(kb, "mục 4", "mỗi người dân là một chiến sĩ", "ct14 kon tum noi gi ve chong dich")
    reply = source_questions.answer("theo nghị quyết nào của cp", topic, kb)
    assert reply is not None
    assert reply.text.startswith("Đoạn vừa trích dẫn Nghị quyết số 78/NQ-CP")


def test_a_clause_citing_another_issuer_does_not_answer_for_the_one_asked(
    kb: KnowledgeBase,
) -> None:
    # Mục 1 of Chỉ thị 14 cites the Politburo's directive in a clause on "thực hiện"; the
    # Prime Minister's, asked for by "của ttg", is cited only in the opening.
    topic = shown(kb, "mục 1", "Đại hội thi đua yêu nước toàn quốc lần thứ X", "ct14 chủ đề gì")
    plain = source_questions.cited_for("ct đó thực hiện theo chỉ thị nào", topic, kb)
    assert plain is not None and "34-CT/TW" in plain.text
    assert source_questions.cited_for("ct đó thực hiện theo chỉ thị nào của ttg", topic, kb) is None


async def test_which_article_grounds_an_article_names_both(chat: Chat) -> None:
    await chat.send("o phuong bay gio ai ky quyet dinh tang gia dinh van hoa, thon van hoa")
    reply = (await chat.send("căn cứ điều mấy"))[0].text
    # the article just read, by its heading, then the law's clauses it says it rests on
    assert reply.startswith(
        "Đoạn vừa trích là “Điều 59. Thẩm quyền quyết định danh hiệu thi đua và hình thức"
    ), reply
    assert "(Nghị định số 129/2025/NĐ-CP ngày 11/6/2025 của Chính phủ)" in reply
    assert "Điều này ghi căn cứ: “tại khoản 2, khoản 3 Điều 80 Luật Thi đua, khen thưởng”" in reply


@pytest.mark.parametrize(
    ("text", "article"),
    [
        ("cstd cap bo tinh la dieu may luat tdkt", "Điều 22. Danh hiệu chiến sĩ thi đua Bộ"),
        (
            "tiêu chuẩn lđtt quy định ở điều nào luật tđkt",
            "Điều 24. Danh hiệu “Lao động tiên tiến”",
        ),
        # the note under the standard keeps its room
        ("cstđcs là điều mấy", "Điều 23. Danh hiệu “Chiến sĩ thi đua cơ sở”"),
    ],
)
async def test_asked_which_article_the_answer_opens_with_its_heading(
    chat: Chat, text: str, article: str
) -> None:
    reply = (await chat.send(text))[0].text
    assert reply.startswith(article), reply
    assert len(reply.split("\n\n📄")[0]) <= 700
    # the source does not name the article again, nor is its number said twice
    source = reply.split("📄", 1)[1].split("\n", 1)[0]
    assert article.split(".")[0] not in source, source


async def test_asked_which_article_of_another_document_the_article_cited_stays(
    chat: Chat,
) -> None:
    await chat.send("phu luc nd 152/2025 co bao nhieu mau bao cao thanh tich")
    await chat.send("Còn hồ sơ, thủ tục xét Lao động tiên tiến thì do cấp nào quy định?")
    reply = (await chat.send("Việc phân cấp đó theo khoản mấy Điều mấy của Luật?"))[0].text
    assert "theo khoản 7 Điều 84 của Luật Thi đua, khen thưởng" in reply, reply
