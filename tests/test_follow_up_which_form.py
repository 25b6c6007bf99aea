""" "Theo mẫu nào" asks which form: the sentence naming it (its appendix of a document) answers,
not the form's own text, which says what to write in it."""

from knowledge import KnowledgeBase
from knowledge.asked_facts import form_place_stated
from knowledge.asking import ask
from tests.conftest import Chat

NAMING = "Phụ lục I của Thông tư là mẫu Đơn yêu cầu công nhận sáng kiến"


def test_which_form_is_stated_by_its_appendix_or_its_number() -> None:
    which = form_place_stated("làm đơn theo mẫu gì")
    assert which is not None
    assert which(NAMING)
    assert which("(Mẫu số 05 Phụ lục ban hành kèm theo Nghị định 152/2025/NĐ-CP)")
    assert not which("Phụ lục I. Mẫu Đơn yêu cầu công nhận sáng kiến")
    # what the form holds is asked of the form's own text
    assert form_place_stated("đơn theo mẫu nào, ghi những mục gì") is None


def test_which_form_is_answered_by_the_sentence_naming_it(kb: KnowledgeBase) -> None:
    assert NAMING in ask(kb, "đơn yêu cầu công nhận sáng kiến theo mẫu nào")[0].passage.text


async def test_a_follow_up_asking_which_form_names_it(chat: Chat) -> None:
    text = await chat.answer_after(
        "sáng kiến được công nhận cần điều kiện gì", "đơn thì theo mẫu nào"
    )
    assert NAMING in text
    assert "Kính gửi" not in text


async def test_when_an_item_of_the_form_is_written_is_the_forms_line(chat: Chat) -> None:
    # "ghi khi nào": in which case the item is filled in, not a deadline of the schedule
    text = await chat.answer_after(
        "mẫu đơn yêu cầu công nhận sáng kiến có những mục nào",
        "phần chủ đầu tư tạo ra sáng kiến ghi khi nào",
    )
    assert "trường hợp tác giả không đồng thời là chủ đầu tư" in text
