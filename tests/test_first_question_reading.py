"""How a first question is read: words that only say "now", a document named by a kind
its subject is not, where a plan was sent, the law named by its year, what a directive
launches."""

import pytest

from knowledge import KnowledgeBase, titles_answers
from knowledge.search import _asked_kinds


def _top(kb: KnowledgeBase, question: str) -> str:
    hits = kb.search(question)
    assert hits, question
    return f"{hits[0].passage.doc.id} {hits[0].passage.section}"


def test_words_that_only_say_now_do_not_hide_the_note_on_what_is_now(
    kb: KnowledgeBase,
) -> None:
    for asked in ("hiện giờ còn cấp huyện nữa không", "bay gio con cap huyen khong"):
        assert _top(kb, asked).startswith("sap-xep-bo-may-2025"), asked


def test_a_letter_about_a_directive_is_the_letter_citing_it(kb: KnowledgeBase) -> None:
    # "công văn … về ct 14": the department's letter carrying out Chỉ thị 14, not the directive
    asked = "cong van ve chi thi 14 yeu cau ai quan triet tu tuong thi dua ai quoc"
    assert _top(kb, asked).startswith("kontum-stnmt-2021-ct14")
    # the directive named alone is still the directive
    assert _top(kb, "chỉ thị 14 nói gì về tư tưởng thi đua ái quốc").startswith(
        "kontum-ubnd-ct14-2021"
    )


def test_where_a_named_document_was_sent_asks_for_its_card() -> None:
    assert "info" in _asked_kinds("kế hoạch năm đó gửi đi đâu".split())
    assert "info" in _asked_kinds("công văn của bộ gửi đâu vậy".split())
    # no document named: where a dossier goes is in the text
    assert "info" not in _asked_kinds("hồ sơ thi đua gửi đâu".split())


def test_what_a_directive_launches_asks_for_its_card() -> None:
    assert "info" in _asked_kinds("chỉ thị đó phát động phong trào gì".split())
    assert "info" in _asked_kinds("kế hoạch năm 2022 phát động những phong trào nào".split())
    # no document named: what an issuer launched is told by the text
    assert "info" not in _asked_kinds("ubnd tỉnh phát động những phong trào nào".split())
    assert "info" not in _asked_kinds("ai chịu trách nhiệm đôn đốc phong trào".split())


def test_the_law_named_by_its_year_is_the_law_not_a_campaign(kb: KnowledgeBase) -> None:
    laws = kb.law_index.passages if kb.law_index else []
    titles = tuple(kb.titles.values())
    found = titles_answers.answer("theo luật 2022, chiến sĩ tiên tiến tặng cho ai", laws, titles)
    assert found is not None and found.passage.section.startswith("Điều 24.")
    # another year is another law: not answered from this one's article
    assert (
        titles_answers.answer("theo luật 2003, chiến sĩ tiên tiến tặng cho ai", laws, titles)
        is None
    )


def test_a_known_word_next_to_half_a_name_is_the_name_mistyped(kb: KnowledgeBase) -> None:
    # "sóc" is only ever in "Sóc Trăng": "sóc tăng" lost a letter of it
    assert kb.index.spelled("chủ đề thi đua của sóc tăng năm 2022") == (
        "chủ đề thi đua của sóc trang năm 2022"
    )
    # a common word next to an ordinary neighbour stays as typed
    assert kb.index.spelled("ai được tặng danh hiệu") is None


def test_a_slip_that_makes_a_phrase_asking_for_the_card_is_mended(kb: KnowledgeBase) -> None:
    # "ngqy nào": a neighbouring key of "ngày nào", which asks a date
    assert kb.index.spelled("cv cua bo ky ngqy nao") == "cv cua bo ky ngay nao"


def test_from_when_something_counts_is_no_deadline() -> None:
    from handlers.questions import asks_for_deadline

    assert not asks_for_deadline("sau khi hết kỷ luật, thành tích xét khen thưởng tính từ khi nào")
    # a deadline named, or a person's own duty asked when, is still the schedule's
    assert asks_for_deadline("hạn nộp hồ sơ khen thưởng tính từ ngày nào")
    assert asks_for_deadline("khi nào phải nộp báo cáo sáng kiến")


def test_a_part_its_headings_name_as_asked_answers_from_its_top(kb: KnowledgeBase) -> None:
    from handlers.phone_answer import passage_reply

    asked = "bộ tnmt năm 2021 đặt tiêu chí gì cho cá nhân"
    hit = next(h for h in kb.search(asked) if h.passage.section.endswith("2. Đối với cá nhân"))
    reply = passage_reply(hit.passage, hit.position, asked)
    # the list from its first criterion, not the line on leaders that repeats the words
    assert reply.text.startswith("2. Đối với cá nhân\n- Hoàn thành xuất sắc"), reply.text[:120]


def test_a_theme_asked_is_answered_by_a_passage_stating_one(kb: KnowledgeBase) -> None:
    from knowledge import asked_facts

    prefers = asked_facts.preferred("công văn đó đưa ra chủ đề gì")
    assert prefers is not None
    assert prefers("Chủ đề: “Đoàn kết, kỷ cương”.") == 1
    assert prefers("Thực hiện Chỉ thị số 14/CT-UBND về việc phát động thi đua") == 0
    asked = "sở tài nguyên môi trường kon tum thực hiện ct 14 theo chủ đề gì"
    assert (
        "Đoàn kết, sáng tạo thi đua xây dựng và bảo vệ Tổ quốc" in kb.search(asked)[0].passage.text
    )


def test_when_an_item_of_a_form_is_written_is_no_deadline() -> None:
    from handlers.questions import asks_for_deadline

    # "ghi khi nào": in which case the form's item is filled in, which the form says
    assert not asks_for_deadline("ô tác giả của đơn sáng kiến thì ghi khi nào")
    assert not asks_for_deadline("con muc chu dau tu tao ra sang kien thi khi nao moi phai ghi")
    assert asks_for_deadline("khi nào ghi nhận sáng kiến, hạn nộp là khi nào")
    assert asks_for_deadline("khi nào phải nộp sáng kiến")
    assert asks_for_deadline("khi nào ghi nhận sáng kiến")
    assert asks_for_deadline("khi nào phải ghi tên vào danh sách đề nghị khen thưởng")


@pytest.mark.parametrize("asker", ["bọn em", "tụi mình", "tui"])
def test_the_asker_named_colloquially_is_no_subject(kb: KnowledgeBase, asker: str) -> None:
    # "bọn em" says who asks; read as a subject, no passage said it and the bot declined
    question = f"kế hoạch thi đua 2022 của Sở Sóc Trăng yêu cầu trưởng phòng {asker} làm gì"
    hits = kb.search(question)
    assert hits, question
    assert "Trưởng phòng Tài nguyên và Môi trường các huyện" in hits[0].passage.text


@pytest.mark.parametrize(
    "question",
    [
        "cv btnmt 2021 gom nhung noi dung gi",
        "btnmt 2021 phat dong thi dua gom nhung noi dung j",
        "cv btnmt 2021 cho các sở gồm những nội dung gì",  # "sở" is no card line "Số:"
    ],
)
def test_what_a_document_holds_is_its_outline_not_its_card(
    kb: KnowledgeBase, question: str
) -> None:
    # The card names the document as the question does, and so covers it best; what it
    # holds is the outline's.
    hits = kb.search(question)
    assert hits and hits[0].passage.kind == "outline" and hits[0].passage.doc.id == "btnmt-2021"


@pytest.mark.parametrize(
    "asked",
    [
        "2 nguoi cung du tieu chuan thi uu tien ai",  # not the "02 lần" of a title's article
        "neu 2 nguoi cung du tieu chuan ma chi chon 1 thi uu tien ai a, nghe noi uu tien nu?",
        "hai người cùng đủ tiêu chuẩn thì chọn ai",
    ],
)
def test_how_many_people_a_story_counts_is_no_number_searched(
    kb: KnowledgeBase, asked: str
) -> None:
    hits = kb.search(asked)
    assert hits and "lựa chọn cá nhân nữ" in hits[0].passage.text, _top(kb, asked)


def test_a_year_or_an_item_before_people_is_still_searched() -> None:
    from knowledge.searching.analyzer import _without_head_count

    assert _without_head_count(["năm", "2021", "cá", "nhân"]) == ["năm", "2021", "cá", "nhân"]
    assert _without_head_count(["có", "2", "người"]) == ["có", "người"]


@pytest.mark.parametrize(
    "asked", ["cap huyen cham dut hoat dong tu ngay nao a", "cap huyen bi bo tu khi nao vay ad"]
)
def test_a_level_ended_asked_in_other_words_is_the_note_on_it(
    kb: KnowledgeBase, asked: str
) -> None:
    assert _top(kb, asked) == "sap-xep-bo-may-2025 Không còn cấp huyện từ ngày 01/7/2025"


@pytest.mark.parametrize(
    "asked",
    ["thành phố cần thơ", "sở nông nghiệp và môi trường cần thơ", "can tho sap nhap tinh nao"],
)
def test_can_tho_is_found_as_the_note_names_it(kb: KnowledgeBase, asked: str) -> None:
    # "cần" is a word of the city's name, searched as any other
    assert _top(kb, asked).startswith("sap-xep-bo-may-2025"), _top(kb, asked)


def test_the_fatherland_fronts_committee_typed_short(kb: KnowledgeBase) -> None:
    # "ubmttq" is "ủy ban mặt trận tổ quốc", as "mttq" is the front
    assert _top(kb, "ct14 ubnd kt đề nghị ubmttq tỉnh làm gì") == "kontum-ubnd-ct14-2021 mục 9"
