"""Words that only say when ("giờ", "trước đây") are not what a question asks: one nothing
answers with them is answered without them, unless it still asks what is now ("… bây giờ
còn không"), which only a passage saying what is now answers."""

import pytest

from knowledge import KnowledgeBase
from knowledge.asking import ask
from knowledge.when_words import without_when
from tests.conftest import Chat

pytestmark = pytest.mark.today

DECLINED = "Xin lỗi, tôi chưa tìm thấy"


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("chủ tịch huyện giờ tặng gì", "chủ tịch huyện tặng gì"),
        ("trước đây luật quy định chủ tịch huyện tặng gì", "luật quy định chủ tịch huyện tặng gì"),
        ("hồi trước ai ký", "ai ký"),
        ("hồi xưa chủ tịch huyện tặng gì", "chủ tịch huyện tặng gì"),
        # a time of day, or asking when, is not "now"
        ("họp lúc 8 giờ", "họp lúc 8 giờ"),
        ("bao giờ nộp hồ sơ", "bao giờ nộp hồ sơ"),
    ],
)
def test_the_words_that_only_say_when_are_left_out(text: str, left: str) -> None:
    assert without_when(text) == left


@pytest.mark.parametrize(
    "text", ["chủ tịch huyện giờ tặng gì", "trước đây luật quy định chủ tịch huyện tặng gì"]
)
def test_a_question_saying_when_is_answered_as_without_it(kb: KnowledgeBase, text: str) -> None:
    found = ask(kb, text)
    assert found and "cấp huyện quyết định tặng" in found[0].passage.text


def test_the_old_days_named_in_a_word_no_document_uses_are_left_out(kb: KnowledgeBase) -> None:
    typed = "hoi xua phai co giay khen roi moi de nghi bang khen, len tu tu tung bac, gio con bat buoc ko"
    found = ask(kb, typed)
    assert found and "không nhất thiết phải có hình thức khen thưởng mức thấp" in (
        found[0].passage.text
    )


async def test_after_an_answer_the_past_law_is_still_read(chat: Chat) -> None:
    await chat.send("chủ tịch ubnd xã giờ được tặng những danh hiệu nào")
    reply = (await chat.send("trước đây luật quy định chủ tịch huyện tặng gì"))[0].text
    assert not reply.startswith(DECLINED), reply
    assert "Chủ tịch Ủy ban nhân dân cấp huyện quyết định tặng danh hiệu thôn" in reply
