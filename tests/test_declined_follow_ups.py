"""Answerable questions that were declined because of words that only say how they are asked
(chat shorthand "tđ", "vb"; "hiện giờ"; "ghi thêm"; "trước … rồi mới"), and
"điều mấy" after a clause of an article: the clause the answering line is in."""

import pytest

from handlers import context, source_questions
from knowledge import KnowledgeBase
from knowledge.asking import ask
from knowledge.normalize import fold
from tests.conftest import Chat, shown
from tests.test_false_refusals import units


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "td", "vb": chat shorthand for "thi đua", "văn bản"
        ("so tnmt kon tum phat dong td 2021-2025 theo vb nao", "Chỉ thị số 14/CT-UBND"),
        ("sở tnmt kon tum pđ tđ theo vb nào", "Chỉ thị số 14/CT-UBND"),
        # "hiện giờ" is "hiện nay"
        ("nghị định hướng dẫn luật tđkt hiện giờ là nđ nào", "152/2025/NĐ-CP"),
        # "trước … rồi mới": which comes first, which no passage says in those words
        ("co can giay khen truoc roi moi xin bang khen ko", "không nhất thiết"),
        ("có phải có giấy khen trước mới được đề nghị bằng khen không", "không nhất thiết"),
    ],
)
def test_questions_with_words_of_asking_are_answered(
    kb: KnowledgeBase, question: str, expected: str
) -> None:
    hits = ask(kb, question)
    assert hits, f"declined: {question!r}"
    said = fold(f"{hits[0].passage.doc.name} {hits[0].passage.text}")
    assert fold(expected) in said


def test_a_time_of_the_askers_own_still_counts(kb: KnowledgeBase) -> None:
    # "tháng trước" is when the asker did something: not "which comes first"
    assert "truoc" in units(kb, "sáng kiến em nộp tháng trước đã được công nhận chưa", True)
    assert "truoc" not in units(kb, "có cần giấy khen trước rồi mới xin bằng khen", True)
    assert ask(kb, "Sáng kiến em nộp tháng trước hội đồng đã công nhận chưa ạ?") == []


def test_saying_words_weigh_nothing(kb: KnowledgeBase) -> None:
    found = units(kb, "chỉ thị 14 của tỉnh thì ghi thêm đối tượng nào", accented=True)
    assert not {"ghi", "tinh ghi", "ghi doi"} & found


def test_trước_weighs_only_where_it_is_what_is_asked(kb: KnowledgeBase) -> None:
    assert "truoc" in units(kb, "quy trình nâng lương trước thời hạn", accented=True)
    assert ask(kb, "quy trình nâng lương trước thời hạn") == []


def test_the_clause_of_the_answering_line_is_named(kb: KnowledgeBase) -> None:
    topic = shown(kb, "Điều 6", "phân cấp cho bộ", "ho so thu tuc xet cstdcs ldtt do ai quy dinh")
    reply = source_questions.answer("điều mấy", topic, kb)
    assert reply is not None
    assert "Điều 6 khoản 2" in reply.text
    assert "khoản 2 Điều 6 Nghị định 152/2025/NĐ-CP" in reply.text


def test_an_article_answered_by_its_heading_names_no_clause(kb: KnowledgeBase) -> None:
    topic = shown(kb, "Điều 80", "Thủ trưởng cơ quan chuyên môn", "điều 80 luật thi đua")
    reply = source_questions.answer("điều mấy", topic, kb)
    assert reply is not None
    assert reply.text.startswith("Đoạn vừa trích là Điều 80")


async def test_a_follow_up_asking_which_document_in_shorthand(chat: Chat) -> None:
    await chat.send("btnmt phát động thi đua năm 2021 chủ đề gì")
    reply = (await chat.send("so tnmt kon tum thi pd td theo vb nao"))[0].text
    assert "Chỉ thị số 14/CT-UBND" in reply


def test_the_clause_of_a_sentence_opening_the_reply_is_named(kb: KnowledgeBase) -> None:
    # the law's Điều 84 holds its clauses 1 and 7 on long lines: the reply opened with "7. …"
    topic = shown(
        kb, "Điều 84", "Chính phủ quy định chi tiết hồ sơ", "quy định về hồ sơ của luật tđkt"
    )
    reply = source_questions.answer("khoản nào", topic, kb)
    assert reply is not None
    assert "khoản 7 Điều 84 Luật 06/2022/QH15" in reply.text


@pytest.mark.parametrize("text", ["mục mấy", "ở mục nào", "phần nào vậy", "muc so may"])
def test_which_part_of_the_document_is_a_source_question(kb: KnowledgeBase, text: str) -> None:
    assert source_questions.asks(text)
    topic = shown(kb, "III. Tiêu chí thi đua › 2.", "Hoàn thành xuất sắc", "tiêu chí cá nhân btnmt")
    reply = source_questions.answer(text, topic, kb)
    assert reply is not None
    assert reply.text.startswith("Đoạn vừa trích là III. Tiêu chí thi đua › 2. Đối với cá nhân")


def test_a_part_named_with_words_of_its_own_is_not_a_source_question() -> None:
    assert not source_questions.asks("phần nào nói về khen thưởng")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("vậy thẩm quyền tặng ltt của huyện cũ giờ ai làm", "Chủ tịch Ủy ban nhân dân cấp xã"),
        ("tập thể ltt thưởng bao nhiêu", "0,8 lần mức lương cơ sở"),
    ],
)
def test_ldtt_typed_without_its_d_names_the_title(
    kb: KnowledgeBase, question: str, expected: str
) -> None:
    hits = ask(kb, question)
    assert hits, f"declined: {question!r}"
    assert fold(expected) in fold(hits[0].passage.text)


@pytest.mark.parametrize("text", ["vậy em nên đối chiếu ở đâu", "vay gio em nen doi chieu o dau"])
def test_where_to_check_after_the_law_is_its_note(kb: KnowledgeBase, text: str) -> None:
    law = kb.document("luat-06-2022-qh15")
    assert law is not None
    note = context.check_where(text, law, "2026-11-30")
    assert note is not None
    assert "Sở Nội vụ" in note


def test_a_question_with_words_of_its_own_is_not_where_to_check(kb: KnowledgeBase) -> None:
    law = kb.document("luat-06-2022-qh15")
    assert law is not None
    assert context.check_where("đăng ký sáng kiến thì hỏi ai", law, "2026-11-30") is None


@pytest.mark.today
async def test_where_to_check_after_the_laws_status(chat: Chat) -> None:
    await chat.send("luật tđkt 2022 có bị sửa đổi chưa")
    reply = (await chat.send("vậy em nên đối chiếu ở đâu"))[0].text
    assert "văn bản của Sở Nội vụ" in reply  # the unconfirmed amendment's note
    assert "chưa tìm thấy" not in reply
