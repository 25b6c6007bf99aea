"""What a question asks to be defined, after the document it names first ("theo … thì năm
2022 là gì"): the "thi" of "hướng dẫn thi hành" names the document, it is no "thì"."""

import pytest

from knowledge.normalize import words
from knowledge.searching.asked_of_documents import _defined_subject
from tests.conftest import Chat


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("theo điều lệ sáng kiến nđ 13/2012 thì sáng kiến là gì", "sang kien"),
        ("theo văn bản hướng dẫn thi hành thì năm 2022 là gì", "nam 2022"),
        ("theo nghị định hướng dẫn thi hành luật thi đua thì sáng kiến là gì", "sang kien"),
    ],
)
def test_the_subject_after_the_document_named(question: str, subject: str) -> None:
    assert _defined_subject(words(question)) == subject


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        # the document named after what is asked of it
        ("sang kien theo dieu le sang kien la gi", "sang kien"),
        ("giải pháp tác nghiệp theo điều lệ là gì", "giai phap tac nghiep"),
        # a word opening a follow-up before the subject
        ("thế sáng kiến là gì", "sang kien"),
        ("vay sang kien la gi", "sang kien"),
    ],
)
def test_the_subject_before_the_document_named_or_after_an_opening_word(
    question: str, subject: str
) -> None:
    assert _defined_subject(words(question)) == subject


def test_khen_thuong_theo_a_kind_not_a_document_keeps_its_words() -> None:
    # "theo công trạng" names no document: the whole is what is asked
    assert _defined_subject(words("khen thưởng theo công trạng là gì")) != "khen thuong"


async def test_the_definition_asked_of_the_charter_after_its_circular(chat: Chat) -> None:
    # the circular's form was just read; the question names the charter it guides
    await chat.send("don yeu cau cong nhan sk co nhung muc nao")
    reply = (await chat.send("the sang kien theo dieu le sang kien la gi"))[0].text
    assert reply.startswith("Điều 3. Sáng kiến"), reply


async def test_whether_a_solution_counts_as_an_initiative_is_the_definition(chat: Chat) -> None:
    # "có được tính là sáng kiến không" asks whether it is one: the article saying what is
    await chat.send("giai phap nao thi ko duoc cong nhan la sang kien")
    await chat.send("Thế giải pháp quản lý lớp học có được tính là sáng kiến không ạ?")
    assert "giải pháp kỹ thuật, giải pháp quản lý, giải pháp tác nghiệp" in chat.text, chat.text
