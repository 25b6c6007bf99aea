"""A question that names a document and asks of one topic or one item in it: the part saying
the topic answers, not the opening that repeats the document's name (issue 21, item b)."""

import pytest

from knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("cv ct14 cua so tnmt kontum noi gi ve covid", "5K + vắc xin"),
        ("công văn sở tnmt kon tum theo chỉ thị 14 có nói đến covid không", "5K + vắc xin"),
        (
            "phong trào thi đua đặc biệt covid của sở tnmt kon tum có nội dung về vắc xin ko",
            "miễn dịch cộng đồng",
        ),
        ("cv thi dua dac biet so tnmt kon tum co nhac vac xin k", "miễn dịch cộng đồng"),
        ("ct 14 kon tum noi gi ve phong chong covid", "chống dịch như chống giặc"),
        # the words carrying it out ("triển khai ct14") match the opening three times over
        ("cv so tnmt kon tum trien khai ct14 noi gi ve covid", "5K + vắc xin"),
    ],
)
def test_the_part_on_the_topic_answers_a_question_naming_its_document(
    kb: KnowledgeBase, question: str, said: str
) -> None:
    hits = kb.search(question)
    assert hits and said in hits[0].passage.text, hits[0].passage.section


@pytest.mark.parametrize(
    ("question", "section"),
    [
        (
            "nội dung thi đua thứ 2 của bộ tnmt năm 2021 là gì",
            "I. Nội dung Phong trào thi đua › mục 2",
        ),
        ("noi dung thu hai cua cv bo tnmt 2021", "I. Nội dung Phong trào thi đua › mục 2"),
        ("nhiem vu giai phap thu ba cua bo tnmt 2021", "II. Nhiệm vụ, giải pháp chủ yếu › mục 3"),
        ("tieu chi thu nhat cua soc trang 2022", "II. Tiêu chí thi đua › 1. Đối với tập thể"),
        ("ct14 kon tum muc 5 noi gi", "mục 5"),
    ],
)
def test_an_item_counted_to_answers(kb: KnowledgeBase, question: str, section: str) -> None:
    hits = kb.search(question)
    assert hits and hits[0].passage.section == section, hits[0].passage.section


def test_a_congress_counted_is_no_item() -> None:
    from knowledge.ordinals import item_asked

    assert item_asked("dai hoi thi dua lan thu 10") is None
    assert item_asked("quoc hoi khoa 15") is None
    assert item_asked("noi dung thu hai cua bo")


@pytest.mark.parametrize(
    ("question", "section"),
    [
        (
            "tieu chi thi dua tap the cua bo tnmt 2021 co nhung j",
            "III. Tiêu chí thi đua › 1. Đối với tập thể",
        ),
        (
            "tiêu chí đối với cá nhân của bộ tnmt 2021 gồm những gì",
            "III. Tiêu chí thi đua › 2. Đối với cá nhân",
        ),
        (
            "tieu chi ca nhan soc trang 2022 gom nhung gi",
            "II. Tiêu chí thi đua › 2. Đối với cá nhân",
        ),
    ],
)
def test_a_list_asked_of_a_part_named_is_that_part(
    kb: KnowledgeBase, question: str, section: str
) -> None:
    hits = kb.search(question)
    assert hits and hits[0].passage.section == section, hits[0].passage.section


def test_a_list_asked_of_the_whole_is_still_its_outline(kb: KnowledgeBase) -> None:
    hits = kb.search("tiêu chí thi đua năm 2022 sóc trăng gồm những gì")
    assert hits and hits[0].passage.kind == "outline", hits[0].passage.section


def test_a_part_named_as_a_list_answers_before_the_opening_naming_the_year(
    kb: KnowledgeBase,
) -> None:
    # the opening says "năm 2021" of the document, and so covers the question a little more
    hits = kb.search("noi dung phong trao thi dua cua bo tnmt nam 2021 gom nhung gi")
    assert hits and hits[0].passage.section == "I. Nội dung Phong trào thi đua", hits[
        0
    ].passage.section


def _first_line(kb: KnowledgeBase, question: str) -> str:
    from handlers.phone_answer import passage_reply

    hit = kb.search(question)[0]
    return passage_reply(hit.passage, hit.position, question).text.split("\n", 1)[0]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("ct14 kon tum yeu cau tiep tuc nhung phong trao nao", "Cả nước chung sức"),
        ("chỉ thị 14 của ubnd tỉnh kon tum đề nghị tiếp tục các phong trào nào", "Cả nước"),
        ("cv so tnmt kon tum theo ct14 noi ve cac chi so nao", "PAR INDEX"),
    ],
)
def test_the_line_listing_the_kind_asked_leads(kb: KnowledgeBase, question: str, said: str) -> None:
    # "phong trào nào": of two sentences saying "tiếp tục", the one naming four movements;
    # "chỉ số nào": the sentence naming three indices, not the item's opening
    assert said in _first_line(kb, question)


def test_a_kind_said_in_passing_does_not_outweigh_the_rest(kb: KnowledgeBase) -> None:
    # "Sáng kiến là giải pháp kỹ thuật, giải pháp quản lý, …" says "giải pháp" often; the
    # line on what is not recognised answers "giải pháp nào không được công nhận"
    shown = _first_line(kb, "giải pháp nào không được công nhận là sáng kiến")
    assert "không được công nhận" in shown


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "chi thi 14/CT-UBND cua chu tich ubnd tinh kon tum yeu cau trien khai phong chong"
            " dich theo nghi quyet nao vay anh",
            "78/NQ-CP",
        ),
        (
            "theo thông tư 18/2013/TT-BKHCN của bộ khoa học và công nghệ thì mẫu đơn yêu cầu"
            " công nhận sáng kiến gồm những mục gì",
            "Tôi (chúng tôi) ghi tên dưới đây",
        ),
    ],
)
def test_a_wordy_question_naming_its_document_is_answered_by_the_part_stating_the_fact(
    kb: KnowledgeBase, question: str, said: str
) -> None:
    """The document's opening repeats every word naming it (number, issuer, title) and ranks
    first on them; the part of the document that covers more of the question, and says the
    topic asked where few other parts do, answers first."""
    hits = kb.search(question)
    assert hits and said in hits[0].passage.text, hits[0].passage.section


@pytest.mark.parametrize(
    "question",
    [
        "chi thi 14/ct-ubnd ngay 28/7/2021 noi ve gi",  # what it says as a whole
        "cv cua so tnmt kon tum ve chi thi 14 co bao nhieu muc",  # every part says "mục"
        "nđ 129/2025 quy dinh ve van de gi",  # a topic no part says much of
    ],
)
def test_the_opening_still_answers_what_is_asked_of_the_whole_document(
    kb: KnowledgeBase, question: str
) -> None:
    hits = kb.search(question)
    assert hits and hits[0].passage.kind in ("intro", "outline", "info"), hits[0].passage.section


@pytest.mark.parametrize(
    "question",
    [
        # "chú trọng": two words the document's name has apart ("Chủ tịch", "trọng"), said
        # together of what is asked
        "khen thuong phai chu trong gi theo cv so tnmt kon tum thuc hien chi thi 14",
        # "triển khai CT 14": the verb names the letter by the directive it carries out, as
        # its opening does ("Thực hiện Chỉ thị số 14/CT-UBND …"); it is no topic
        "khen thuong can chu trong gi theo cv so tnmt kt trien khai ct14",
    ],
)
def test_words_the_name_has_apart_are_the_topic(kb: KnowledgeBase, question: str) -> None:
    hits = kb.search(question)
    assert hits and "khen thưởng người lao động trực tiếp" in hits[0].passage.text, hits[
        0
    ].passage.section


def test_a_period_the_name_has_is_no_topic(kb: KnowledgeBase) -> None:
    # (the years a period spans are written apart in its name, and stay naming words)
    hits = kb.search("cv thi dua 2021-2025 cua so tnmt kt nhac covid ra sao")
    assert hits and "5K + vắc xin" in hits[0].passage.text, hits[0].passage.section


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("quy định văn hóa công sở của sở tnmt sóc trăng năm 2022 ra sao", "không đi trễ về sớm"),
        ("bo tnmt 2021 yeu cau van hoa cong so ra sao", "không đi muộn về sớm"),
    ],
)
def test_the_part_spelling_out_what_is_named_answers(
    kb: KnowledgeBase, question: str, said: str
) -> None:
    # "… quy định văn hóa công sở: không đi muộn về sớm …" spells it out; the other parts
    # name it only (beside other rules, or in the name of a movement)
    hits = kb.search(question)
    assert hits and said in hits[0].passage.text, hits[0].passage.section
