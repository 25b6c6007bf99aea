"""A question that names its own subject is answered as if asked alone, whatever was asked
before it; a true follow-up still takes the last answer's document."""

from pathlib import Path

import pytest

from bot.core import BotCore
from handlers import context
from knowledge import KnowledgeBase
from tests import context_check
from tests.conftest import Chat

pytestmark = pytest.mark.today


def law_opening(kb: KnowledgeBase) -> context.Topic:
    position, passage = next(
        (i, p) for i, p in enumerate(kb.passages) if p.doc.id == "luat-06-2022-qh15"
    )
    return context.Topic("luật thi đua sửa đổi chưa", passage.doc.id, passage.section, position)


def test_another_document_named_by_kind_and_number_is_a_question_of_its_own(
    kb: KnowledgeBase,
) -> None:
    topic = law_opening(kb)
    assert context.names_other_document("thông tư 62 là gì", topic, kb)
    assert context.names_other_document("ai ký chỉ thị 14/CT-UBND", topic, kb)
    assert context.names_other_document("nđ 152 thay thế nghị định nào", topic, kb)
    assert context.names_other_document("kế hoạch 3510 ngày nào", topic, kb)
    # the law just answered, named by its number, or a year, or a kind without a number
    assert not context.names_other_document("luật số 06 có hiệu lực khi nào", topic, kb)
    assert not context.names_other_document("kế hoạch 2022 có mấy mục", topic, kb)
    assert not context.names_other_document("nó căn cứ nghị định nào", topic, kb)


async def alone(core: BotCore, text: str) -> str:
    fresh = Chat(core, "2002")
    await fresh.send(text)
    return fresh.text


async def test_a_circular_asked_after_the_law_is_answered_as_if_alone(
    chat: Chat, core: BotCore
) -> None:
    await chat.send("luat thi dua sua doi chua")
    await chat.send("thong tu 62 la gi")
    assert chat.text == await alone(core, "thong tu 62 la gi")
    assert "Luật số 06/2022/QH15 được Quốc hội" not in chat.text


async def test_a_directive_named_after_a_title_question_gets_its_own_card(chat: Chat) -> None:
    await chat.send("ai quyết định tặng lao động tiên tiến ở sở")
    await chat.send("ai ký chỉ thị 14/CT-UBND")
    assert "Chỉ thị của Ủy ban nhân dân tỉnh Kon Tum" in chat.text


async def test_a_question_bringing_a_subject_the_last_document_never_names_leaves_it(
    chat: Chat, core: BotCore
) -> None:
    await chat.send("Bộ trưởng kêu gọi cán bộ toàn ngành với ý chí như thế nào?")
    await chat.send("điều kiện công nhận sáng kiến là gì")
    assert chat.text == await alone(core, "điều kiện công nhận sáng kiến là gì")
    assert "Điều 3. Sáng kiến" in chat.text


async def test_a_definition_asked_after_a_passage_saying_its_words_is_the_definition(
    chat: Chat,
) -> None:
    # the title's article says "có sáng kiến được cơ sở công nhận", and defines nothing
    await chat.send("chiến sĩ thi đua cơ sở có cần sáng kiến không")
    await chat.send("sáng kiến là gì ạ")
    assert "Sáng kiến là giải pháp kỹ thuật" in chat.text


async def test_a_short_question_still_follows_the_last_answer(chat: Chat) -> None:
    await chat.send("kon tum sáp nhập với tỉnh nào")
    await chat.send("có hiệu lực từ ngày nào")
    assert "01/7/2025" in chat.text


# Pairs the context check found answered from the last document before the change.
SAMPLE = (
    ("luật thi đua khen thưởng hiện hành số mấy", "ai ký chỉ thị 14/CT-UBND", "Lê Ngọc Tuấn"),
    ("tinh kon tum bay gio thuoc tinh nao", "nd 152 thay the nghi dinh nao", "98/2023/NĐ-CP"),
    ("ho so de nghi chien si thi dua co so gom nhung gi", "Luật TĐKT số 06 thay thế luật nào",
     "15/2003/QH11"),
    ("kh thi dua 2022 so tnmt soc trang can cu cv nao", "chỉ thị 14 gửi cho những nơi nào",
     "Thường trực Tỉnh ủy"),
)  # fmt: skip


async def test_the_context_check_loses_no_answer_on_a_sample(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    chosen = [
        (context_check.Standalone(a, ()), context_check.Standalone(b, (e,))) for a, b, e in SAMPLE
    ]
    found = await context_check.check(kb, chosen, tmp_path)
    assert [p.then.text for p in found if not context_check._says(p.after, p.then.expect)] == []
    assert all(context_check._says(p.alone, p.then.expect) for p in found)


def test_the_context_check_takes_pairs_from_different_documents(kb: KnowledgeBase) -> None:
    items = context_check.standalone_questions()
    assert len(items) > 300
    pairs = context_check.pairs_of(items[:60], kb, 10, seed=1)
    assert len(pairs) == 10
    assert all(
        context_check._document(a.text, kb) != context_check._document(b.text, kb) for a, b in pairs
    )


def test_a_kinds_letters_point_back_only_before_a_pointer_or_a_number() -> None:
    assert context.points_back("ai ký nđ đó")
    assert context.names_document("tt này có hiệu lực không")
    # "tt" of "thông tin" in a sentence is no circular
    assert not context.points_back("tt cá nhân cần ghi những gì")


async def test_a_follow_up_naming_another_title_is_not_read_as_a_request(chat: Chat) -> None:
    await chat.send("tập thể lao động xuất sắc được thưởng mấy lần lương cơ sở")
    await chat.send("còn tập thể lao động tiên tiến")
    assert "0,8 lần mức lương cơ sở" in chat.text


async def test_a_complaint_is_answered_as_one_not_from_the_last_document(chat: Chat) -> None:
    await chat.send("ai quyết định tặng lao động tiên tiến")
    await chat.send("tại sao ko trả lời dc")
    assert chat.text.startswith("Xin lỗi anh/chị vì câu trả lời chưa đúng ý.")
    assert "Điều 80" not in chat.text


def test_a_question_for_a_kind_of_document_wants_one_of_that_kind(kb: KnowledgeBase) -> None:
    assert context.asked_kind("nó theo nghị định nào") == "nghi dinh"
    assert context.asked_kind("quy định ở nđ nào") == "nghi dinh"
    assert context.asked_kind("ai ký nghị định đó") is None
    law = next(p for p in kb.passages if p.doc.id == "luat-06-2022-qh15")
    assert not context.of_kind(law, "nghi dinh")
    assert context.of_kind(law, "luat")


async def test_which_decree_after_a_title_answer_is_answered_from_a_decree(chat: Chat) -> None:
    await chat.send("ai quyết định tặng lao động tiên tiến")
    await chat.send("nó theo nghị định nào")
    assert "Nguồn: Nghị định số 152/2025/NĐ-CP" in chat.text
