""" "Đăng ký" holds the "ký" of a signer's question but asks for none: the part of the
letter saying what to register answers, not its card."""

from knowledge.searching.asked_of_documents import _asked_kinds
from tests.conftest import Chat


def test_registering_is_no_question_of_the_card() -> None:
    assert "info" not in _asked_kinds("cac don vi phai dang ky nhung gi".split())
    assert "info" in _asked_kinds("ai ky cong van".split())


async def test_console_answers_what_units_register(chat: Chat) -> None:
    await chat.send("công văn bộ tnmt năm 2021 các đơn vị phải đăng ký gì")
    assert "đăng ký sáng kiến, các danh hiệu thi đua theo quy định" in chat.text
