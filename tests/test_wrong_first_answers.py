"""First answers that used to come from the wrong passage, the wrong document or the wrong
reading of the question: a card's fact asked of a document found by its other words, the
kind of document a question names, and who may award a title against who may receive it."""

import pytest

from handlers.phone_answer import _terms
from handlers.questions import names_a_form
from knowledge import KnowledgeBase
from knowledge.asked_facts import card_fact, count_stated
from knowledge.asking import ask
from knowledge.normalize import fold
from knowledge.search import _split_saying
from knowledge.shorthand import spell_out
from knowledge.titles_answers import decides_asked, words
from tests.conftest import Chat


def _first(kb: KnowledgeBase, question: str) -> tuple[str, str, str]:
    hits = kb.search(question)
    assert hits, f"no answer for {question!r}"
    passage = hits[0].passage
    return passage.doc.id, passage.kind, passage.section


@pytest.mark.parametrize(
    ("question", "doc_id"),
    [
        # the card says "Nơi nhận:", never "gửi đến": it answers by that line
        ("chỉ thị 14 gửi đến những ai", "kontum-ubnd-ct14-2021"),
        ("chỉ thị 14 của tỉnh kon tum gửi tới đâu", "kontum-ubnd-ct14-2021"),
        ("cong van thi dua nam 2021 cua bo gui den nhung ai", "btnmt-2021"),
        ("kế hoạch thi đua sóc trăng gửi đến những đơn vị nào", "soctrang-stnmt-2022"),
    ],
)
def test_recipients_are_answered_by_the_card(kb: KnowledgeBase, question: str, doc_id: str) -> None:
    assert _first(kb, question)[:2] == (doc_id, "info")


@pytest.mark.parametrize(
    ("question", "doc_id"),
    [
        # the signer is on the card of the document the other words find
        ("bộ trưởng nào đứng tên phát động thi đua toàn ngành 2021", "btnmt-2021"),
        ("phong trào thi đua toàn ngành tài nguyên môi trường năm 2021 do ai ký", "btnmt-2021"),
        ("thông tư 18/2013 bộ khcn ai ký", "tt-18-2013-tt-bkhcn"),
        # the kind named first is the document asked about, not the decree it carries out
        ("thông tư hướng dẫn điều lệ sáng kiến do ai ký", "tt-18-2013-tt-bkhcn"),
        ("điều lệ sáng kiến do ai ký", "nd-13-2012-dieu-le-sang-kien"),
        # the kind as staff shorten it ("tt", "nđ") is named first all the same
        ("tt 18 hướng dẫn điều lệ sáng kiến do ai ký", "tt-18-2013-tt-bkhcn"),
        ("ai ky tt 18/2013 ve dieu le sang kien", "tt-18-2013-tt-bkhcn"),
    ],
)
def test_signer_is_answered_by_the_card(kb: KnowledgeBase, question: str, doc_id: str) -> None:
    assert _first(kb, question)[:2] == (doc_id, "info")


def test_where_a_report_goes_is_no_card_fact() -> None:
    assert card_fact("báo cáo kết quả gửi về đâu") is None
    assert card_fact("hồ sơ đề nghị khen thưởng gửi đến ai") is None
    assert card_fact("công văn của sở gửi đến những ai") is not None
    assert card_fact("ai ký chỉ thị 14") is not None


def test_a_named_kind_keeps_its_document_before_a_legal_one(kb: KnowledgeBase) -> None:
    # "chỉ thị": the directive, not the decree's article on its own entry into force
    assert _first(kb, "chỉ thị 14 còn hiệu lực không")[0] == "kontum-ubnd-ct14-2021"


@pytest.mark.parametrize(
    ("question", "decides"),
    [
        ("chủ tịch xã có được tặng lao động tiên tiến không", True),
        ("ct ubnd xã có đc tặng cstđcs không", True),
        ("giám đốc sở có được tặng chiến sĩ thi đua cơ sở không", True),
        ("nông dân có được tặng lao động tiên tiến không", False),
        ("công nhân có được tặng lđtt ko", False),
        ("ai quyết định tặng lao động tiên tiến", True),
    ],
)
def test_who_may_award_is_told_from_who_may_receive(question: str, decides: bool) -> None:
    assert decides_asked(words(spell_out(question))) is decides


@pytest.mark.parametrize(
    ("question", "section"),
    [
        # an authority "đc tặng": who decides at the commune, since 01/7/2025 Nghị định 129
        ("ct ubnd xã có đc tặng cstđcs và lđtt ko, từ khi bỏ huyện", "Điều 59."),
        ("giờ ko còn huyện thì thẩm quyền khen của ct xã thế nào", "Điều 59."),
        ("chủ tịch phường có đc tặng lao động tiên tiến k", "Điều 59."),
        # anyone else: whether they may receive it, the title's article
        ("nông dân có được tặng lao động tiên tiến không", "Điều 24."),
        ("công nhân có đc tặng lđtt ko", "Điều 24."),
    ],
)
def test_title_question_goes_to_the_article_asked(
    kb: KnowledgeBase, question: str, section: str
) -> None:
    assert _first(kb, question)[2].startswith(section)


@pytest.mark.parametrize(
    "question",
    [
        "cv thi dua 2021 cua bo noi tap trung vao may phong trao cua thu tuong",
        "Bộ TNMT 2021 yêu cầu tiếp tục mấy phong trào do Thủ tướng phát động",
        "bộ tnmt 2021 nhắc tới mấy phong trào thủ tướng phát động",
    ],
)
def test_a_count_asked_is_answered_by_the_passage_stating_it(
    kb: KnowledgeBase, question: str
) -> None:
    hits = kb.search(question)
    assert hits and "4 phong trào" in hits[0].passage.text


def test_a_count_is_no_multiple_nor_a_number_that_names() -> None:
    assert count_stated("báo cáo bộ trưởng mấy lần") is None  # how often, or "1,5 lần"
    assert count_stated("chỉ thị số mấy") is None
    assert count_stated("hưởng bao nhiêu phần trăm") is None
    states = count_stated("tập trung vào mấy phong trào")
    assert states is not None and states("trọng tâm là 4 phong trào") and not states("phong trào")


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # "nói gì về": the words asking what a text says are no words of the passage
        ("phong trao covid kon tum noi gi ve cac the luc thu dich", "loi dung tinh hinh dai dich"),
        ("thi đua 2021 của bộ tnmt có nói gì về sáng kiến ko", "co che khuyen khich"),
        ("công văn thi đua của bộ năm 2021 đề cập đến sáng kiến thế nào", "co che khuyen khich"),
    ],
)
def test_what_a_text_says_about_something(kb: KnowledgeBase, question: str, said: str) -> None:
    hits = kb.search(question)
    assert hits and said in fold(hits[0].passage.text)


def test_saying_words_are_left_out_only_before_or_after_a_subject() -> None:
    def kept(question: str) -> str:
        return " ".join(_split_saying(question.split())[0])

    assert kept("covid nói gì về tiêm vắc xin") == "covid gì tiêm vắc xin"
    assert _split_saying("covid nói gì về tiêm vắc xin".split())[1] == ["tiêm", "vắc", "xin"]
    assert kept("thi đua tiêm vắc xin nói gì") == "thi đua tiêm vắc xin gì"
    assert kept("công văn đó nói về gì") == "công văn đó nói về gì"  # what it is about
    assert kept("nơi nhận gồm những ai") == "nơi nhận gồm những ai"


async def test_a_form_named_is_shown_not_filled_in(chat: Chat) -> None:
    await chat.send("mẫu đơn yêu cầu công nhận sáng kiến")
    assert "ĐƠN YÊU CẦU CÔNG NHẬN SÁNG KIẾN" in chat.text
    await chat.send("cho em xin mẫu đơn công nhận sáng kiến")
    assert "ĐƠN YÊU CẦU CÔNG NHẬN SÁNG KIẾN" in chat.text


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("mẫu đơn yêu cầu công nhận sáng kiến", True),
        ("mau don de nghi cong nhan sang kien", True),
        ("mau don nop o dau", True),  # a question, though it says what one does
        ("em muốn làm đơn yêu cầu công nhận sáng kiến", False),
        ("đăng ký sáng kiến", False),
    ],
)
def test_a_form_named_is_told_from_a_request(text: str, form: bool) -> None:
    assert names_a_form(text) is form


@pytest.mark.parametrize(
    "question",
    [
        "giam doc so nn&mt tp can tho hien nay la ai",
        "chủ tịch ubnd tỉnh quảng ngãi bây giờ là ai",
        "giám đốc sở tnmt sóc trăng tên gì",  # its plan leaves the signer blank
    ],
)
def test_who_holds_a_post_is_declined_when_no_passage_names_them(
    kb: KnowledgeBase, question: str
) -> None:
    assert ask(kb, question) == []


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("ai là bộ trưởng bộ tnmt năm 2021", "Trần Hồng Hà"),
        ("Chủ tịch UBND tỉnh Kon Tum ký chỉ thị thi đua 2021 là ai", "Lê Ngọc Tuấn"),
    ],
)
def test_who_held_a_post_is_the_signer_named_on_a_card(
    kb: KnowledgeBase, question: str, named: str
) -> None:
    hits = kb.search(question)
    assert hits and named in hits[0].passage.text


@pytest.mark.parametrize(
    ("question", "section"),
    [
        # its effect: the decree's own article, not the opening that sums it up
        ("nđ 152/2025 có hiệu lực từ ngày nào, thay nđ nào", "Điều 59. Hiệu lực"),
        ("nghị định 152 hiệu lực từ khi nào", "Điều 59. Hiệu lực"),
        # a law without such an article here: its opening
        ("luật thi đua khen thưởng có hiệu lực từ khi nào", "Phần mở đầu"),
        # named by its kind and leading number, its date is in its opening
        ("nghị định 129 ban hành ngày nào", "Phần mở đầu"),
        # "được khen" of an authority: what it may award
        ("bỏ cấp huyện rồi thì chủ tịch xã được khen những danh hiệu nào", "Điều 59. Thẩm quyền"),
    ],
)
def test_a_law_named_by_kind_and_number(kb: KnowledgeBase, question: str, section: str) -> None:
    assert _first(kb, question)[2].startswith(section)


async def test_the_form_s_own_line_leads_before_an_editors_note(chat: Chat) -> None:
    await chat.send("trong đơn công nhận sáng kiến ngày áp dụng ghi thế nào")
    assert chat.text.startswith("- Ngày sáng kiến được áp dụng lần đầu")


async def test_a_word_written_with_marks_is_no_function_word(chat: Chat) -> None:
    # "quan trọng" is not "trong": the line saying why the year matters leads
    await chat.send("vì sao năm 2021 quan trọng với ngành tài nguyên")
    assert chat.text.startswith("Năm 2021 có ý nghĩa đặc biệt quan trọng")


def test_marked_content_words_are_terms_beside_the_folded_ones() -> None:
    assert {"trong|̣", "quan trong|̣"} <= _terms("năm 2021 quan trọng")
    assert "trong" not in _terms("trong năm 2021")  # the function word
    # typed without marks, the line's terms read as before
    assert "dua so" in _terms("chiến sĩ thi đua cơ sở") & _terms("chien si thi dua co so")


@pytest.mark.parametrize(
    "question",
    [
        "chỉ thị 14 của ubnd tỉnh kon tum về thi đua áp dụng giai đoạn nào",
        "kế hoạch thi đua sóc trăng áp dụng năm nào",
        "công văn thi đua chống dịch của sở tnmt kon tum thời gian áp dụng",
    ],
)
def test_the_period_a_document_applies_to_is_on_its_card(kb: KnowledgeBase, question: str) -> None:
    assert _first(kb, question)[1] == "info"


def test_the_period_of_a_campaign_a_text_names_is_no_card_fact() -> None:
    assert card_fact("ct 14 kon tum ap dung trong giai doan nao") is not None
    assert card_fact("phong trào văn hoá công sở của tỉnh sóc trăng áp dụng giai đoạn nào") is None


@pytest.mark.parametrize(
    "question",
    [
        "năm 2022 được kế hoạch của sở tnmt sóc trăng xác định là năm gì",
        "nam 2022 duoc so tnmt soc trang coi la nam gi",
    ],
)
def test_what_a_year_is_held_to_be_is_what_it_is(kb: KnowledgeBase, question: str) -> None:
    # "được xác định là", "được coi là" ask what the year is, as "là gì" does
    assert "Năm 2022 là năm tạo nền tảng" in ask(kb, question)[0].passage.text


@pytest.mark.parametrize(
    "question",
    [
        "tập thể của bộ năm 2021 phải đạt mấy phần trăm kế hoạch",
        "tap the thuoc bo nam 2021 phai hoan thanh bao nhieu phan tram ke hoach",
    ],
)
def test_a_share_asked_in_words_is_a_share(kb: KnowledgeBase, question: str) -> None:
    # "phần trăm" is the documents' "%", not a slip for "tra" of "kiểm tra"
    assert "hoàn thành 100% kế hoạch năm" in ask(kb, question)[0].passage.text


@pytest.mark.parametrize(
    "question",
    [
        "tên đầy đủ của phong trào thi đua đặc biệt phòng chống covid mà sở tnmt kon tum phát động là gì",
        "sở tài nguyên kon tum phát động phong trào thi đua đặc biệt chống dịch, tên đầy đủ của phong trào là gì",
    ],
)
def test_a_campaign_name_asked_is_the_quoted_name(kb: KnowledgeBase, question: str) -> None:
    # "tên" is no slip for "trên"; the opening names the campaign in quotes
    assert "chung sức, đồng lòng cùng Nhân dân cả nước" in ask(kb, question)[0].passage.text


@pytest.mark.parametrize(
    "question",
    [
        "sáng kiến cần điều kiện gì thì cơ sở mới công nhận",
        "sang kien can nhung dieu kien gi de co so cong nhan",
    ],
)
def test_conditions_asked_are_not_said_by_tao_dieu_kien(kb: KnowledgeBase, question: str) -> None:
    # the ministry's letter asks units to "tạo điều kiện" (make it possible) for initiatives:
    # no condition; the Điều lệ's article states them
    assert ask(kb, question)[0].passage.text.startswith("Điều 3. Sáng kiến")
