"""The words just before the "gì" closing a question ("nhằm mục đích gì", "yêu cầu gì") say
what kind of thing is asked, which every line that answers says alike: the line of a long
passage read first is the one saying the rest of the question, not one sharing only those
words by chance ("mục tiêu" for "mục đích"). The passage's other lines stay behind "Xem thêm"."""

import pytest

from handlers.phone_answer import _asked_kind, _terms
from knowledge.shorthand import spell_out
from tests.conftest import Chat


def test_words_before_a_closing_what_are_the_kind_asked() -> None:
    for question, kind in (
        ("kế hoạch đó nhằm mục đích gì", "muc dich"),
        ("kế hoạch đó nhằm mục đích j", "muc dich"),
        ("nội dung thứ hai yêu cầu gì ạ", "yeu cau"),
        ("văn bản này quy định gì vậy", "quy dinh"),
    ):
        said = spell_out(question)  # (as a chat message is read: "j" is "gì")
        assert kind in _asked_kind(said, _terms(said)), question
    # not inside the question: "gì" there asks nothing of the words before it
    assert not _asked_kind("phải nộp gì cho hội đồng", _terms("phải nộp gì cho hội đồng"))


@pytest.mark.today  # (the campaign closed: no list of open campaigns before the answer)
async def test_the_line_saying_what_a_plan_is_for_leads(chat: Chat) -> None:
    await chat.send(
        "sở tài nguyên và môi trường sóc trăng phát động phong trào thi đua năm 2022 nhằm mục"
        " đích gì vậy"
    )
    first = chat.last[0].text.split("📄")[0]
    assert first.startswith("Sở Tài nguyên và Môi trường phát động"), first
    assert "nhằm khơi dậy lòng yêu nước" in first
    assert first.count("nhằm khơi dậy") == 1
    await chat.press("Xem thêm")
    assert "Căn cứ Công văn số 8240/BTNMT-TĐKTTT" in chat.text  # the rest is still there
