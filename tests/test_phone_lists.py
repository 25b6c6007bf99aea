"""How the first message of a long answer is cut: a list much too long shows every item in
brief, a list a little too long keeps its items whole, a cut falls where a phrase ends, and
the line that answers is the one that says what was asked."""

from handlers.phone_answer import FIRST_MESSAGE, _identity, _terms, passage_reply, rest_of
from handlers.phone_lists import cut_at_phrase
from knowledge import KnowledgeBase, Passage

HISTORY = (
    "Đây là văn bản lịch sử (phong trào đã kết thúc); nay do Bộ Nông nghiệp và Môi trường đảm nhận."
)


def criteria(kb: KnowledgeBase, doc_id: str, audience: str) -> tuple[Passage, int]:
    return next(
        (p, i)
        for i, p in enumerate(kb.passages)
        if p.doc.id == doc_id and p.section.endswith(f"Đối với {audience}")
    )


def first_message(kb: KnowledgeBase, doc_id: str, audience: str, question: str) -> str:
    passage, position = criteria(kb, doc_id, audience)
    reply = passage_reply(passage, position, question, note=HISTORY)
    assert len(reply.text) <= FIRST_MESSAGE and reply.choices[0].label.startswith("Xem thêm")
    return reply.text.split("\n\n📄")[0]


def test_a_list_much_too_long_shows_every_item_in_brief(kb: KnowledgeBase) -> None:
    shown = first_message(kb, "btnmt-2021", "tập thể", "tiêu chí tập thể bộ tnmt 2021")
    items = [line for line in shown.splitlines() if line.startswith("- ")]
    assert len(items) == 5, shown  # all five criteria, not two and a half
    # the pieces stating a figure or a "không" rule are kept: they are what is checked
    assert "hoàn thành 100% kế hoạch năm" in shown and "không đi muộn về sớm" in shown
    assert all(item.endswith(("…", ".")) for item in items), shown


def test_a_list_a_little_too_long_keeps_its_items_whole(kb: KnowledgeBase) -> None:
    shown = first_message(kb, "soctrang-stnmt-2022", "cá nhân", "tiêu chí cá nhân sóc trăng 2022")
    assert "giải pháp đổi mới, sáng tạo, linh hoạt, để nâng cao chất lượng" in shown
    assert "phòng, chống dịch bệnh và nội quy của cơ quan, đơn vị." in shown


def test_a_cut_line_ends_where_a_phrase_ends() -> None:
    line = (
        "- Có chương trình công tác của năm được xây dựng, phê duyệt theo quy định; sáng tạo, "
        "vượt khó, hoàn thành 100% kế hoạch năm, trong đó chương trình xây dựng pháp luật"
    )
    assert cut_at_phrase(line, 125) == line[: line.index(", trong đó")]
    assert cut_at_phrase(line, 100) == line[: line.index(", hoàn thành")]
    # no phrase ends near the end of the room: cut at a word rather than lose half of it
    note = (
        "Ghi chú: ở Sở, Giám đốc Sở (Thủ trưởng cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh)"
    )
    assert cut_at_phrase(note, 90) == note[:90].rsplit(" ", 1)[0]


def test_a_share_asked_for_is_answered_by_the_line_giving_one(kb: KnowledgeBase) -> None:
    passage, position = next(
        (p, i) for i, p in enumerate(kb.passages) if p.section.startswith("Điều 28.")
    )
    question = "tập thể lao động tiên tiến cần bao nhiêu % cá nhân đạt lao động tiên tiến"
    shown = passage_reply(passage, position, question).text.split("\n\n📄")[0]
    assert "có ít nhất là 70% cá nhân trong tập thể" in shown
    # read with what it is an example of, not as the law's own words: from the middle of the
    # sentence, marked so ("… ví dụ một quy định cấp tỉnh"), or, when the whole sentence fits
    # beside the source, from its start, which says the article itself is unread
    example = shown.index("ví dụ một quy định cấp tỉnh")
    assert example < shown.index("70%")
    assert shown.startswith("… ví dụ") or "Chưa đọc được nguyên văn Điều 28" in shown[:example]


def test_the_words_naming_the_document_pick_no_line(kb: KnowledgeBase) -> None:
    passage, _ = criteria(kb, "soctrang-stnmt-2022", "tập thể")
    named = _terms("kế hoạch") | _terms("phát động phong trào thi đua năm 2022")
    assert named <= _identity(passage)


def test_the_source_does_not_name_again_the_heading_the_message_opens_with(
    kb: KnowledgeBase,
) -> None:
    passage, position = criteria(kb, "soctrang-stnmt-2022", "tập thể")
    reply = passage_reply(passage, position, "tiêu chí tập thể sóc trăng 2022", note=HISTORY)
    assert reply.text.startswith("1. Đối với tập thể:")
    assert (
        "📄 Nguồn: Kế hoạch năm 2022 của Sở Tài nguyên và Môi trường tỉnh Sóc Trăng, II. Tiêu chí thi đua.\n"
        in reply.text
    )


def test_a_line_opening_a_list_is_shown_with_the_list(kb: KnowledgeBase) -> None:
    passage, position = next(
        (p, i) for i, p in enumerate(kb.passages) if p.section.startswith("Điều 3. Sáng kiến")
    )
    reply = passage_reply(passage, position, "giải pháp nào không được công nhận là sáng kiến")
    shown = reply.text.split("\n\n📄")[0]
    assert "không được công nhận là sáng kiến:\na)" in shown, shown


def test_read_on_goes_on_from_where_the_first_message_stopped(kb: KnowledgeBase) -> None:
    passage, position = criteria(kb, "soctrang-stnmt-2022", "cá nhân")
    reply = passage_reply(passage, position, "tiêu chí cá nhân sóc trăng 2022", note=HISTORY)
    shown = reply.text.split("\n\n📄")[0]
    _, at, offset = reply.choices[0].value.split(":")
    rest = rest_of(passage, int(offset)).split("\n\n📄")[0]
    assert int(at) == position and rest.startswith("- Chấp hành tốt chủ trương"), rest
    assert not any(line in rest for line in shown.splitlines()[:-1])  # nothing twice
    # a message not read from the top is followed by the whole passage
    assert rest_of(passage, 0).startswith("2. Đối với cá nhân:")


def test_every_passage_fits_the_first_message_whatever_is_asked(kb: KnowledgeBase) -> None:
    asked = ("", "tiêu chí", "ai ký", "ngày nào", "bao nhiêu %", "gồm những gì", "không được")
    for position, passage in enumerate(kb.passages):
        for question in asked:
            for note in (None, HISTORY):
                reply = passage_reply(passage, position, question, note=note)
                assert len(reply.text) <= FIRST_MESSAGE, (passage.section, question)
                if reply.choices and reply.choices[0].value.startswith("more:"):
                    offset = reply.choices[0].value.split(":")[2:3]
                    rest_of(passage, int(offset[0]) if offset else 0)


def test_an_item_the_question_names_is_read_before_the_rest_of_its_list(
    kb: KnowledgeBase,
) -> None:
    """ "những gì" asks for a list, but "Cờ thi đua của Chính phủ được thưởng những gì" names
    one item of the bonuses of collectives: that item is read first, not the list's top."""
    passage, position = next(
        (p, i) for i, p in enumerate(kb.passages) if p.section.endswith("(khoản 2, tập thể)")
    )
    for question, item in [
        ("co thi dua cua chinh phu duoc thuong nhung gi", "đ) Danh hiệu “Cờ thi đua của Chính"),
        ("cờ thi đua của quân khu được thưởng những gì", "g) Danh hiệu cờ thi đua của quân khu"),
    ]:
        shown = passage_reply(passage, position, question).text.split("\n\n📄")[0]
        assert item in shown and shown.index(item) < shown.find("a) Danh hiệu"), shown


def test_an_item_named_by_a_word_no_other_item_says_is_read_first(kb: KnowledgeBase) -> None:
    """The article's title names every item's subject ("… Ủy ban nhân dân cấp huyện, Ủy ban
    nhân dân cấp xã …") and its notes speak of them: "huyện" still tells the item asked."""
    passage, position = next(
        (p, i) for i, p in enumerate(kb.passages) if p.section.startswith("Điều 80 (")
    )
    question = "cho em hỏi chủ tịch ubnd huyện trước đây được tặng những gì theo luật tđkt"
    shown = passage_reply(passage, position, question).text
    assert shown.startswith("2. Chủ tịch Ủy ban nhân dân cấp huyện quyết định tặng"), shown


def test_a_list_asked_for_by_what_it_is_of_is_read_from_its_opening(kb: KnowledgeBase) -> None:
    """Item d) of the law's dossier names the "Chiến sĩ thi đua toàn quốc" the question
    names, but "hồ sơ … cần những gì" asks for the list that "Hồ sơ … gồm:" opens."""
    passage, position = next(
        (p, i) for i, p in enumerate(kb.passages) if p.section.startswith("Điều 84.")
    )
    for question in (
        "chiến sĩ thi đua toàn quốc thì hồ sơ cần những gì",
        "ho so de nghi cstd toan quoc gom nhung gi",
    ):
        shown = passage_reply(passage, position, question).text.split("\n\n📄")[0]
        assert "a) Tờ trình đề nghị xét tặng danh hiệu thi đua" in shown, shown
