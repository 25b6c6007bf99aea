"""Which line of a passage leads the first message: the words that tell its lines apart,
not the words every line has, and the editors' note that qualifies the line beside it."""

import pytest

from handlers.phone_answer import (
    _about_first,
    _asked_kind,
    _line_terms,
    _segments,
    _terms,
    passage_reply,
)
from knowledge import KnowledgeBase, Passage

ARTICLE_80 = "Ủy ban nhân dân cấp xã và các cơ quan, tổ chức, đơn vị khác"


def article_80(kb: KnowledgeBase) -> tuple[Passage, int]:
    return next((p, i) for i, p in enumerate(kb.passages) if ARTICLE_80 in p.text)


def first_message(kb: KnowledgeBase, question: str) -> str:
    passage, position = article_80(kb)
    return passage_reply(passage, position, question).text.split("\n\n📄")[0]


def test_the_kind_asked_for_does_not_pick_the_line(kb: KnowledgeBase) -> None:
    # Every clause of the article lists titles; "giám đốc sở" is said only by the note on
    # a department's director, while "Tổng giám đốc, Giám đốc doanh nghiệp" shares the rest.
    # The note answers best: the clause it annotates leads, the note right after it.
    shown = first_message(kb, "giám đốc sở có quyền tặng những danh hiệu nào")
    assert shown.startswith("1. Thủ trưởng cơ quan, tổ chức, đơn vị có tư cách pháp nhân")
    assert "\nGhi chú (không phải lời văn của Luật): ở Sở, Giám đốc Sở" in shown
    assert "Tổng giám đốc" not in shown


def test_the_rule_an_editors_note_annotates_leads_when_both_fit(kb: KnowledgeBase) -> None:
    passage, position = article_80(kb)
    rule = (
        "1. Thủ trưởng cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh quyết định tặng giấy khen."
    )
    note = "Ghi chú: ở Sở, Giám đốc Sở (Thủ trưởng cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh) quyết định tặng giấy khen."
    other = "2. Tổng giám đốc, Giám đốc doanh nghiệp quyết định tặng giấy khen."
    filler = ["3. Nội dung khác của điều này, không nói về ai quyết định."] * 12
    text = "\n".join(["Điều 80", other, *filler, rule, note, *filler])
    short = Passage(passage.doc, passage.section, text, "section", "")
    reply = passage_reply(short, position, "giam doc so duoc quyet dinh tang danh hieu nao")
    assert reply.text.startswith(f"{rule}\n{note}")


def test_an_editors_note_follows_the_rule_it_qualifies(kb: KnowledgeBase) -> None:
    shown = first_message(kb, "chủ tịch huyện giờ còn được tặng lao động tiên tiến không")
    assert shown.startswith("2. Chủ tịch Ủy ban nhân dân cấp huyện")
    assert "từ 01/7/2025 không còn cấp huyện" in shown


def test_the_kind_asked_for_is_the_pair_before_nao() -> None:
    asked = _terms("giám đốc sở có quyền tặng những danh hiệu nào")
    assert _asked_kind("giám đốc sở có quyền tặng những danh hiệu nào", asked) == {
        "danh",
        "hieu",
        "danh hieu",
        "tang danh",
    }
    # "cơ quan nào": "cơ" folds as the function word "có", so the kind is left unsaid
    assert _asked_kind("giao cơ quan nào theo dõi", _terms("giao cơ quan nào theo dõi")) == set()


def test_pairs_do_not_cross_punctuation() -> None:
    terms = _terms("ở Sở, Giám đốc Sở quyết định tặng danh hiệu “Lao động tiên tiến”")
    assert "giam doc" in terms and "doc so" in terms
    assert "so giam" not in terms
    assert "hieu lao" not in terms


def test_an_editors_note_label_is_not_what_it_says() -> None:
    terms = _line_terms("Ghi chú (không phải lời văn của Luật): từ 01/7/2025 không còn cấp huyện")
    assert "luat" not in terms and "phai" not in terms
    assert "cap huyen" in terms


def test_an_articles_title_glued_to_its_first_clause_is_cut_before_it() -> None:
    text = "Điều 80. Thẩm quyền của các đơn vị khác 1. Thủ trưởng quyết định. 2. Chủ tịch xã."
    assert _segments(text, 20) == [
        "Điều 80. Thẩm quyền của các đơn vị khác",
        "1. Thủ trưởng quyết định.",
        "2. Chủ tịch xã.",
    ]
    assert _segments("áp dụng theo khoản 1. Điều này quy định rõ hơn về thẩm quyền", 20) == [
        "áp dụng theo khoản 1. Điều này quy định rõ hơn về thẩm quyền"
    ]


def test_a_sentence_of_a_list_item_is_shown_with_the_item_it_ends(kb: KnowledgeBase) -> None:
    # "Văn phòng Sở … làm gì": the answering sentence closes the office's second duty,
    # which is shown from its start rather than cut out of it.
    passage, position = next(
        (p, i) for i, p in enumerate(kb.passages) if p.text.startswith("2. Văn phòng Sở:")
    )
    note = "Đây là văn bản lịch sử (phong trào đã kết thúc); nay do một sở khác đảm nhận."
    question = "văn phòng sở sóc trăng làm gì trong kh thi đua 2022"
    reply = passage_reply(passage, position, question, note=note)
    shown = reply.text.split("\n\n📄")[0]
    item = shown.index("- Theo dõi, đôn đốc, kiểm tra việc triển khai")
    assert item < shown.index("Tổ chức đánh giá tổng kết phong trào thi đua vào cuối năm")


def test_a_sentence_of_running_text_leads_a_question_asking_for_what_it_lists(
    kb: KnowledgeBase,
) -> None:
    # "dựa vào những gì" asks what one sentence in the middle of a directive's paragraph
    # says, not for the paragraph's list of movements read from its top.
    passage, position = next(
        (p, i)
        for i, p in enumerate(kb.passages)
        if p.doc.id == "kontum-ubnd-ct14-2021"
        and p.text.startswith("2. Tiếp tục thực hiện có hiệu quả các phong trào thi đua")
    )
    question = (
        "Chỉ thị 14 của UBND tỉnh Kon Tum khuyến khích thi đua xây dựng mô hình phát triển"
        " kinh tế bền vững dựa vào những gì ạ?"
    )
    # read with the item it is part of when both fit, else first
    for note in (
        None,
        "Đây là văn bản lịch sử (phong trào đã kết thúc); nay do một sở khác đảm nhận.",
    ):
        shown = passage_reply(passage, position, question, note=note).text.split("\n\n📄")[0]
        assert "công nghệ sinh học, nông nghiệp hữu cơ, gắn với chế biến" in shown
    assert shown.startswith("Thi đua xây dựng mô hình phát triển kinh tế bền vững")


def test_a_long_sentence_is_cut_before_the_phrase_answering(kb: KnowledgeBase) -> None:
    # A sentence longer than the first message with no semicolons, whose answering phrase
    # comes near its end: read from that phrase, marked as taken from mid-sentence.
    passage, position = article_80(kb)
    filler = [
        f"thực hiện nhiệm vụ số {n} của năm kế hoạch theo chương trình chung" for n in range(12)
    ]
    answer = "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI"
    text = ", ".join(
        ["Phát huy những kết quả đã đạt được", *filler, answer, "nhằm phát triển nhanh."]
    )
    long = Passage(passage.doc, passage.section, text, "section", "")
    reply = passage_reply(long, position, "theo nghị quyết đại hội đảng bộ tỉnh lần thứ mấy")
    assert reply.text.startswith(f"… {answer}, nhằm phát triển nhanh.")
    # a sentence whose answering phrase the message reaches anyway is read from its start
    short = Passage(passage.doc, passage.section, ", ".join([answer, *filler]), "section", "")
    reply = passage_reply(short, position, "theo nghị quyết đại hội đảng bộ tỉnh lần thứ mấy")
    assert reply.text.startswith(answer)


def test_the_kind_asked_for_is_also_the_pair_before_nhung_gi(kb: KnowledgeBase) -> None:
    question = (
        "trong mẫu đơn yêu cầu công nhận sáng kiến, phần tác giả cần kê khai những thông tin gì"
    )
    assert {"thong", "tin", "thong tin"} <= _asked_kind(question, _terms(question))
    # "để làm gì" asks for a purpose, not for a kind of thing
    purpose = "chỉ thị 14 phát động thi đua để làm gì"
    assert _asked_kind(purpose, _terms(purpose)) == set()
    # so the form's line on its authors answers, not the one on "thông tin cần được bảo mật"
    passage, position = next(
        (p, i)
        for i, p in enumerate(kb.passages)
        if p.doc.id == "tt-18-2013-tt-bkhcn" and "bảng tác giả" in p.text
    )
    shown = passage_reply(passage, position, question).text.split("\n\n📄")[0]
    assert "tỷ lệ (%) đóng góp vào việc tạo ra sáng kiến" in shown
    assert not shown.startswith("- Những thông tin cần được bảo mật")


def test_the_kind_asked_for_in_its_words_together_tells_a_line_apart(kb: KnowledgeBase) -> None:
    # "ghi ngày nào" names what kind of thing is asked, and the form's line on the date of
    # first use says "(ghi ngày nào sớm hơn)": that line leads, not the one on the form's
    # later items that shares "mục" and "áp dụng"
    passage, position = next(
        (p, i)
        for i, p in enumerate(kb.passages)
        if p.doc.id == "tt-18-2013-tt-bkhcn" and "bảng tác giả" in p.text
    )
    question = "mau don yeu cau cong nhan sang kien muc ngay ap dung thi ghi ngay nao"
    shown = passage_reply(passage, position, question).text
    assert shown.startswith("- Ngày sáng kiến được áp dụng lần đầu hoặc áp dụng thử")


def test_a_pair_the_line_writes_with_a_comma_is_the_pair_typed_without(
    kb: KnowledgeBase,
) -> None:
    assert "phong chong" in _line_terms("tham gia phòng, chống dịch bệnh")
    assert "phong chong" not in _terms("tham gia phòng, chống dịch bệnh")  # (not the question's)
    # so of the two sentences on the epidemic, the one on "phòng, chống dịch" leads
    passage, position = next(
        (p, i)
        for i, p in enumerate(kb.passages)
        if p.doc.id == "kontum-ubnd-ct14-2021" and p.text.startswith("4. Hiện nay")
    )
    note = "Đây là văn bản lịch sử (phong trào đã kết thúc); nay do một sở khác đảm nhận."
    reply = passage_reply(passage, position, "ct14 kon tum noi gi ve phong chong covid", note=note)
    assert "“mỗi người dân là một chiến sĩ”" in reply.text.split("\n\n📄")[0]


def test_a_line_of_its_own_above_a_list_does_not_take_a_list_question(kb: KnowledgeBase) -> None:
    # "gồm những nội dung gì": the theme line ("Chủ đề: … thi đua phòng, chống …") says
    # more of the question than the list does, but it is a line of its own, not a sentence
    # inside a paragraph: the list of contents is what answers
    passage, position = next(
        (p, i)
        for i, p in enumerate(kb.passages)
        if p.doc.id == "kontum-stnmt-2021-covid" and "Các nội dung chính:" in p.text
    )
    question = (
        "phong trao thi dua dac biet phong chong covid cua so tnmt kon tum gom nhung noi dung gi"
    )
    shown = passage_reply(passage, position, question).text
    # (the theme may stay above the list, as the outline has it, when there is room)
    assert shown.split("\n")[0].startswith(("Các nội dung chính:", "Chủ đề:"))
    assert "Các nội dung chính:\n1. " in shown
    assert "2. Thi đua phát huy sáng kiến, giải pháp hỗ trợ doanh nghiệp" in shown


def test_the_line_opening_on_the_topic_asked_about() -> None:
    """ "về ô nhiễm": of lines saying as much, the one naming "ô nhiễm" first as words, not the
    one whose "do nhiễm" has its letters."""
    lines = [
        "Do nhiễm khuẩn nên phải cách ly.",
        "Tuyên truyền, vận động, giảm ô nhiễm.",
        "Xử lý ô nhiễm môi trường.",
    ]
    assert _about_first(lines, "yêu cầu về ô nhiễm thế nào", [1.0, 1.0, 1.0], 0) == 2


@pytest.mark.parametrize(
    ("question", "chosen"),
    [("giá vé tàu xe được hỗ trợ thế nào", 0), ("yeu cau ve tau xe the nao", 1)],
)
def test_ve_is_about_only_as_ve(question: str, chosen: int) -> None:
    """ "vé" typed with its marks names a ticket, no topic; "ve" typed bare may be "về"."""
    lines = ["Hỗ trợ ăn ở, tàu xe cho đại biểu.", "Tàu xe đi lại do đơn vị chi."]
    assert _about_first(lines, question, [1.0, 1.0], 0) == chosen
