"""Answers in the documents' own words: what a document rests on, a law's number, since when
a text is out of force, as the documents write them (staff check an answer against the paper)."""

import pytest

from handlers import currency
from knowledge import KnowledgeBase
from knowledge.documents import as_written
from tests.conftest import TODAY, Chat


def test_a_basis_is_cited_as_the_text_cites_it() -> None:
    body = (
        "Căn cứ Quyết định số 125/QĐ-UBND ngày 05 tháng 3 năm 2023 của Ủy ban nhân dân tỉnh "
        "Đồng Tháp về việc ban hành quy chế,"
    )
    basis = "125/QĐ-UBND ngày 05/3/2023 của Ủy ban nhân dân tỉnh Đồng Tháp"
    assert as_written(body, basis) == (
        "Quyết định số 125/QĐ-UBND ngày 05 tháng 3 năm 2023 của Ủy ban nhân dân tỉnh Đồng Tháp"
    )
    # the text names the issuer short of the front matter, the plan's title following: its
    # own words first, so that a phrase copied from it is found
    short = "Thực hiện Kế hoạch số 77/KH-UBND ngày 02/3/2024 của Ủy ban nhân dân tỉnh Triển khai"
    written = as_written(short, "77/KH-UBND ngày 02/3/2024 của Ủy ban nhân dân tỉnh Bến Tre")
    assert written == "Kế hoạch số 77/KH-UBND ngày 02/3/2024 của Ủy ban nhân dân tỉnh Bến Tre"
    # what it is about, said after its issuer
    about = "Theo Nghị quyết số 5/2024/NQ-HĐND ngày 10/01/2024 của HĐND tỉnh về khen thưởng, …"
    assert as_written(about, "Nghị quyết số 5/2024/NQ-HĐND về khen thưởng") == (
        "Nghị quyết số 5/2024/NQ-HĐND ngày 10/01/2024 của HĐND tỉnh về khen thưởng"
    )
    # a basis the text does not cite by its kind and number stays as the front matter says
    assert as_written("Không nhắc văn bản nào.", "12/CT-TTg ngày 01/02/2020") == (
        "12/CT-TTg ngày 01/02/2020"
    )
    assert as_written("theo 12/CT-TTg thì", "12/CT-TTg ngày 01/02/2020") == (
        "12/CT-TTg ngày 01/02/2020"
    )


def test_a_card_states_its_bases_in_the_words_of_its_document(kb: KnowledgeBase) -> None:
    cards = {p.doc.id: p.text for p in kb.passages if p.kind == "info"}
    assert (
        "Căn cứ: Chỉ thị số 34-CT/TW ngày 07 tháng 4 năm 2014 của Bộ Chính trị; Chỉ thị số "
        "19/CT-TTg ngày 16 tháng 7 năm 2021 của Thủ tướng Chính phủ."
    ) in cards["kontum-ubnd-ct14-2021"]
    # a basis the document's opening cites is quoted as it cites it, up to what it is about
    assert (
        "Căn cứ Công văn số 8240/BTNMT-TĐKTTT ngày 31/12/2021 của Bộ Tài nguyên và Môi trường.\n"
    ) in cards["soctrang-stnmt-2022"]
    # one basis whose name has a comma is one basis
    assert "Căn cứ: Luật Thi đua, khen thưởng số 06/2022/QH15." in cards["nd-152-2025-nd-cp"]


@pytest.mark.parametrize(
    "question",
    [
        "kế hoạch thi đua 2022 sóc trăng căn cứ văn bản nào",
        "kh thi dua 2022 so tnmt soc trang can cu cv nao",
        "ke hoach 2022 cua so tnmt soc trang dua tren van ban nao vay",
    ],
)
async def test_what_a_plan_rests_on_is_said_as_the_plan_says_it(chat: Chat, question: str) -> None:
    await chat.send(question)
    assert "Công văn số 8240/BTNMT-TĐKTTT ngày 31/12/2021" in chat.text, chat.text


@pytest.mark.parametrize(
    "question",
    [
        "chỉ thị 14 kon tum căn cứ chỉ thị nào của thủ tướng",
        "ct14 ubnd kon tum thuc hien chi thi nao cua ttg",
        "chỉ thị 14 của tỉnh kon tum dựa trên chỉ thị nào của thủ tướng vậy",
    ],
)
async def test_a_basis_asked_of_its_issuer_is_answered_with_its_date_as_written(
    chat: Chat, kb: KnowledgeBase, question: str
) -> None:
    await chat.send(question)
    assert "Chỉ thị số 19/CT-TTg ngày 16 tháng 7 năm 2021" in chat.text.split("\n")[0]
    assert "Chỉ thị số 19/CT-TTg ngày 16 tháng 7 năm 2021" in kb.search(question)[0].passage.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("luật tđkt 2022 số mấy, hiệu lực từ ngày nào", "Luật số 06/2022/QH15 được Quốc hội"),
        ("luat thi dua khen thuong hien hanh la luat so may", "Luật số 06/2022/QH15 được"),
        ("luật thi đua khen thưởng mới số bao nhiêu", "Luật số 06/2022/QH15 được Quốc hội"),
        ("điều lệ sáng kiến ban hành kèm nđ số mấy, ngày nào", "Nghị định số 13/2012/NĐ-CP ngày"),
        ("dieu le sang kien theo nghi dinh so may vay", "Nghị định số 13/2012/NĐ-CP ngày 02/3"),
    ],
)
def test_a_laws_number_is_answered_by_the_sentence_stating_it(
    kb: KnowledgeBase, question: str, said: str
) -> None:
    found = kb.title_answer(question)
    assert found is not None and found.passage.kind == "intro", question
    assert said in found.passage.text
    # who signed is still the card's
    signer = kb.title_answer("luật thi đua khen thưởng ai ký")
    assert signer is not None and signer.passage.kind == "info"


@pytest.mark.parametrize(
    "question",
    [
        "hồ sơ thi đua giờ còn theo nđ 98/2023 ko",
        "ho so tdkt con theo nd 98/2023 nua khong",
        "nd 98/2023 ve thi dua khen thuong con dung dc ko",
        "xét khen thưởng giờ còn làm theo nghị định 98/2023 không?",
        # the text named, then only "còn không": whether it still stands
        "the nd 98/2023 gio con ko",
        "nghị định 98/2023 bây giờ còn không?",
    ],
)
def test_since_when_a_text_is_out_of_force_is_said_as_written(
    question: str, kb: KnowledgeBase
) -> None:
    replies = currency.answer(question, kb, TODAY)
    assert replies is not None, question
    first = replies[0].text.split("\n")[0]
    assert first.startswith("Nghị định 98/2023/NĐ-CP hết hiệu lực từ 01/7/2025"), first
    assert "Ghi chú" not in replies[0].text


def test_still_going_by_a_text_is_not_read_into_other_questions() -> None:
    assert not currency.asks_what_is_current("còn theo luật thì tiêu chuẩn lao động tiên tiến gì")
    assert not currency.asks_what_is_current("tiêu chí còn theo kế hoạch 2022 gồm những gì")
    assert currency.asks_what_is_current("giờ còn theo nđ 98/2023 không?")
    # "còn không" after a text's number asks of the text; after other words, not
    assert not currency.asks_what_is_current("tiền thưởng theo nđ 152/2025 có còn không")
    assert not currency.asks_what_is_current("tập thể lao động tiên tiến còn không")


@pytest.mark.parametrize(
    "question",
    [
        "chỉ thị 14 kon tum dựa trên những văn bản nào",
        "chi thi 14 kon tum dua vao nhung van ban nao",
        "chỉ thị 14 kon tum căn cứ những văn bản nào",
    ],
)
async def test_what_a_card_rests_on_is_its_first_line_when_asked(chat: Chat, question: str) -> None:
    await chat.send(question)
    assert chat.text.startswith("Căn cứ: Chỉ thị số 34-CT/TW ngày 07 tháng 4 năm 2014"), chat.text
