"""Answerable questions typed as staff chat are answered, not declined: words that only say
how a question is asked ("lên", "xong", "bị", "lại", "bao lâu", "trước đó") do not count
against the passage that answers it, and chat shorthand ("sk", "pt") is read."""

import pytest

from knowledge import KnowledgeBase
from knowledge.asking import ask
from knowledge.normalize import fold


def units(kb: KnowledgeBase, question: str, accented: bool) -> set[str]:
    """The words and pairs of a question that the campaign index weighs in the coverage."""
    tokens = kb.index._analysed(question)[2]
    return {unit for unit, _, _ in kb.index._weighted_units(tokens, accented)}


def test_scaffolding_weighs_nothing_and_makes_no_pairs(kb: KnowledgeBase) -> None:
    found = units(kb, "điển hình đề xuất lên sở xong đưa lên cổng", accented=True)
    assert {"dien hinh", "de xuat", "cong"} <= found
    assert not {"len", "xong", "xuat len", "len so", "so xong", "xuat so", "so dua"} & found


def test_a_scaffolding_word_in_a_known_compound_is_content(kb: KnowledgeBase) -> None:
    # "bền vững" typed without marks is "ben vung": "ben" pairs with its neighbour there
    assert {"ben", "ben vung"} <= units(kb, "phat trien ben vung", accented=False)
    assert "ben" not in units(kb, "ben bo vu nao theo doi", accented=False)


def test_where_a_verb_goes_and_what_one_speaks_about_weigh_nothing(kb: KnowledgeBase) -> None:
    found = units(kb, "kế hoạch nói gì về văn hóa công sở", accented=True)
    assert not {"ve", "noi ve", "ve van"} & found
    # "bảo vệ" typed without marks is "bao ve": "ve" pairs with its neighbour there
    assert "bao ve" in units(kb, "bao ve moi truong", accented=False)
    assert not {"theo", "noi"} & units(kb, "sáng kiến theo em nói gì", accented=True)
    assert "theo doi" in units(kb, "ai theo dõi phong trào", accented=True)
    # "noi" without marks is as often "nơi" ("gửi những nơi nào"): not left out
    assert "noi" in units(kb, "chi thi gui nhung noi nao", accented=False)


def test_con_says_also_only_before_a_verb_of_obligation(kb: KnowledgeBase) -> None:
    assert "con" not in units(kb, "ngoài tiêu chí cá nhân còn phải đạt gì", accented=True)
    assert "con" in units(kb, "cấp huyện bây giờ còn không", accented=True)
    assert "con" in units(kb, "con phai nop gi nua", accented=False)  # a follow-up's opening


def test_a_time_told_by_what_came_before_is_left_out(kb: KnowledgeBase) -> None:
    found = units(kb, "luật này thay cho luật nào trước đó", accented=True)
    assert not {"truoc", "do", "truoc do", "luat truoc"} & found
    assert "luat" in found


def test_lai_is_left_out_only_where_it_ends_a_phrase(kb: KnowledgeBase) -> None:
    assert "lai" not in units(kb, "bao lau duoc xet thi dua lai", accented=False)
    assert "lai" in units(kb, "thi bang lai xe", accented=False)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "gương điển hình sau khi sở chọn xong có được đăng lên cổng thông tin điện tử không",
            "Cổng thông tin điện tử của tỉnh",
        ),
        ("bi ky luat thi bao lau sau moi duoc xet danh hieu lai", "chấp hành xong thời gian"),
        ("luật thi đua khen thưởng 2022 thay cho luật nào trước đó", "15/2003/QH11"),
        ("cá nhân là thủ trưởng thì còn cần tiêu chí nào nữa", "tập thể tiêu biểu xuất sắc"),
    ],
)
def test_questions_asked_in_chat_words_are_answered(
    kb: KnowledgeBase, question: str, expected: str
) -> None:
    hits = ask(kb, question)
    assert hits, f"declined: {question!r}"
    assert fold(expected) in fold(hits[0].passage.text)


@pytest.mark.parametrize(
    "question",
    [
        "thi bang lai xe bi truot thi bao lau duoc thi lai",
        "làm căn cước công dân xong bao lâu thì nhận",
        "thu tuc cap so do mat bao lau",
    ],
)
def test_off_topic_questions_in_chat_words_stay_declined(kb: KnowledgeBase, question: str) -> None:
    assert ask(kb, question) == []


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("sk muốn được công nhận thì cần điều kiện gì", "Sáng kiến là giải pháp kỹ thuật"),
        ("cai gi thi ko duoc cong nhan la sk", "đang được bảo hộ quyền sở hữu trí tuệ"),
        (
            "pt thi đua đặc biệt chống dịch của sở tnmt kon tum tên đầy đủ là gì",
            "Phong trào thi đua đặc biệt",
        ),
    ],
)
def test_chat_shorthand_for_initiatives_and_campaigns_is_read(
    kb: KnowledgeBase, question: str, expected: str
) -> None:
    hits = ask(kb, question)
    assert hits, f"declined: {question!r}"
    assert fold(expected) in fold(hits[0].passage.text)


def test_sk_of_a_health_check_stays_declined(kb: KnowledgeBase) -> None:
    assert ask(kb, "khám sk định kỳ cho công chức ở đâu") == []


@pytest.mark.parametrize(
    "question",
    [
        "nam 2022 co y nghai gi doi voi nganh tnmt soc trang",
        "năm 2022 có ý nghiax gì theo sở tài nguyên sóc trăng",
    ],
)
def test_a_slip_inside_a_rewritten_phrase_is_read_once_mended(
    kb: KnowledgeBase, question: str
) -> None:
    # "có ý nghĩa gì" asks as "là gì" does (knowledge/abbreviations.yaml), typo or not
    hits = ask(kb, question)
    assert hits, f"declined: {question!r}"
    assert fold("năm tạo nền tảng thực hiện các mục tiêu") in fold(hits[0].passage.text)


def test_what_a_document_focuses_on_is_its_trong_tam(kb: KnowledgeBase) -> None:
    # "tập trung vào" (focus on) is said "trọng tâm là" in the documents (synonyms.yaml)
    hits = ask(kb, "năm 2021 bộ tnmt tập trung vào những phong trào nào của thủ tướng")
    assert hits and "trong đó trọng tâm" in hits[0].passage.text


def test_an_abbreviation_with_a_letter_lost_is_read_where_its_neighbours_say_so(
    kb: KnowledgeBase,
) -> None:
    mend = kb.index._mend_abbreviations
    assert mend(["bo", "tmt"]) == ["bo", *kb.index.analyzer.words("tài nguyên và môi trường")]
    assert ask(kb, "so tnt soc trang 2022 chu de gi")
    # "ktx" (a dormitory) is no "ktxh" lost a letter: "kinh tế xã hội" pairs with nothing here
    assert mend(["dang", "ky", "o", "ktx", "cho", "sinh", "vien"])[3] == "ktx"
    assert ask(kb, "đăng ký ở ktx cho sinh viên ở đâu") == []


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # whom a measure puts first, asked with another verb of attention than the text's
        ("sở tnmt kon tum chú ý khen thưởng những ai", "khen thưởng người lao động trực tiếp"),
        # "nhóm người nào", "kiểu gì": how a question asks, not what about
        ("đảm bảo an sinh xã hội thời covid ưu tiên nhóm người nào", "người có công"),
        ("chỉ thị ubnd kon tum khuyến khích phát triển kinh tế bền vững kiểu gì", "hữu cơ"),
        # "đvhc": the administrative units, as staff shorten them
        ("nghi quyet sap xep dvhc cap tinh nam 2025 so may", "202/2025/QH15"),
        # "giờ còn là tỉnh không": whether it still is, asked of the province's own part
        ("soc trang gio con la tinh ko", "sáp nhập tỉnh Sóc Trăng và tỉnh Hậu Giang"),
        ("kon tum h con la tinh ko", "sáp nhập tỉnh Kon Tum vào tỉnh Quảng Ngãi"),
        # "thế nào thì được": what it must be, the conditions, not a title requiring it
        ("sang kien the nao thi duoc co so cong nhan", "Có tính mới trong phạm vi cơ sở đó"),
    ],
)
def test_how_a_question_asks_who_or_what_kind_is_read(
    kb: KnowledgeBase, question: str, expected: str
) -> None:
    found = ask(kb, question)
    assert found and expected in found[0].passage.text


def test_a_legal_document_named_by_its_short_kind_number_and_year_is_found(
    kb: KnowledgeBase,
) -> None:
    # "129/2025/NĐ-CP" is asked as "nđ 129 năm 2025": every passage of it has those words
    found = ask(kb, "nđ 129 năm 2025 quy định những gì về thi đua khen thưởng")
    assert found and found[0].passage.doc.id == "nd-129-2025-nd-cp"
    # the kind shortened before the number is the kind asked about, not the decree whose
    # short title ("Điều lệ Sáng kiến") the circular's title repeats
    signer = ask(kb, "tt 18/2013 về điều lệ sáng kiến do ai ký")
    assert signer and "Nguyễn Quân" in signer[0].passage.text


def test_the_verb_a_question_asks_a_requirement_with_weighs_nothing(kb: KnowledgeBase) -> None:
    assert not {"yeu", "cau", "yeu cau"} & units(kb, "bộ yêu cầu tập thể làm gì", accented=True)
    # "đơn yêu cầu công nhận" is the form's name, which the documents have
    assert "yeu cau" in units(kb, "mẫu đơn yêu cầu công nhận sáng kiến", accented=True)
    found = ask(kb, "cv thi đua 2021 của bộ tnmt yêu cầu tập thể hoàn thành bao nhiêu % kế hoạch")
    assert found and "100% kế hoạch năm" in found[0].passage.text


def test_the_verb_a_question_asks_an_encouragement_with_weighs_nothing(kb: KnowledgeBase) -> None:
    said = units(kb, "ubnd tỉnh khuyến khích phát triển gì", accented=True)
    assert not {"khuyen", "khich", "khuyen khich"} & said
    # "cơ chế khuyến khích" is a phrase of the documents
    assert "khuyen khich" in units(kb, "cơ chế khuyến khích sáng kiến", accented=True)
    found = ask(kb, "ubnd kon tum khuyến khích làm kinh tế bền vững dựa vào những gì")
    assert found and "công nghệ cao" in found[0].passage.text


def test_a_share_asked_is_answered_by_a_passage_stating_it_a_little_lower(
    kb: KnowledgeBase,
) -> None:
    # the ministry's opening and other parts share more words; its criteria state the share
    for query in (
        "tap the nganh tnmt nam 2021 phai hoan thanh bn % ke hoach",
        "nam 2021 tap the nganh tai nguyen moi truong hoan thanh bn % ke hoach",
    ):
        found = ask(kb, query)
        assert found and "100% kế hoạch năm" in found[0].passage.text, query
