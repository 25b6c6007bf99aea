"""Whom a question is put to at its end ("… là gì vậy bot") is no word of what it asks, and
"dựa trên văn bản nào" asks a document's basis as "căn cứ" does."""

import pytest

from knowledge.asides import without_asides, without_closing_address
from knowledge.synonyms import Synonyms
from tests.conftest import Chat


def test_addressee_after_the_closing_particle_is_left_out() -> None:
    assert without_closing_address("sáng kiến là gì vậy bot") == "sáng kiến là gì vậy"
    assert without_closing_address("duoc khong a ad oi") == "duoc khong a"
    assert without_asides("tiêu chí cá nhân là gì thế trợ lý") == "tiêu chí cá nhân là gì thế"


def test_addressee_elsewhere_is_kept() -> None:
    # the bot asked to do something, or spoken of: not whom the question is put to
    assert without_closing_address("bot ký số giúp em tờ trình") == "bot ký số giúp em tờ trình"
    assert without_closing_address("ai tạo ra bot") == "ai tạo ra bot"


def test_asked_only_phrase_finds_the_others_but_is_not_found() -> None:
    synonyms = Synonyms([[["căn", "cứ"], ["dựa", "trên"]]], frozenset({("dua", "tren")}))
    asked = synonyms.find(["dựa", "trên", "văn", "bản", "nào"], accented=True)
    assert [m.others for m in asked] == [(("can", "cu"),)]
    assert synonyms.find(["căn", "cứ", "văn", "bản", "nào"], accented=True) == ()


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("sáng kiến là gì vậy bot", "giải pháp kỹ thuật"),
        ("tiêu chuẩn lao động tiên tiến là gì thế bot", "Hoàn thành tốt nhiệm vụ trở lên"),
        # "lập … dựa trên cv số mấy": the basis, which the card and opening state as "Căn cứ"
        (
            "sở tnmt sóc trăng lập kh thi đua 2022 dựa trên cv số mấy của bộ ạ",
            "8240/BTNMT-TĐKTTT",
        ),
    ],
)
async def test_console_answers_these_first_questions(
    chat: Chat, question: str, expected: str
) -> None:
    await chat.send(question)
    assert expected in chat.text


async def test_console_tells_what_a_department_turned_into(chat: Chat) -> None:
    # "giờ thành sở gì" asks the name now, as "đổi thành gì" and "nay là gì" do
    await chat.send("sở tnmt các tỉnh giờ thành sở gì")
    assert "Sở Nông nghiệp và Môi trường" in chat.text
