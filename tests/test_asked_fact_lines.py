"""The line that states the kind of fact a question asks (a place, whom by, a span of years,
an ordinal) is the one the first message shows, and a follow-up asking that kind of the
passage just shown stays in it: not the line that repeats the question's words."""

import pytest

from knowledge.asked_facts import asking_words, line_stated
from tests.conftest import Chat

pytestmark = pytest.mark.today

LAUNCHED = "phát động tại Đại hội thi đua yêu nước toàn quốc lần thứ X"


@pytest.mark.parametrize(
    ("question", "line", "kinds"),
    [
        ("ai phat dong, o dau", "“Đoàn kết…” do Thủ tướng Chính phủ phát động tại Đại hội", 2),
        ("ai phat dong, o dau", "các tầng lớp Nhân dân, phấn đấu thực hiện thắng lợi", 0),
        ("trong giai đoạn nào", "trong từng năm và cả giai đoạn 2021-2025", 1),
        ("trong giai đoạn nào", "đưa các phong trào vào giai đoạn mới", 0),
        (
            "đại hội đảng bộ tỉnh lần thứ mấy",
            "Đại hội đại biểu Đảng bộ tỉnh Kon Tum lần thứ XVI",
            1,
        ),
        ("đại hội đảng bộ tỉnh lần thứ mấy", "Đại hội đại biểu toàn quốc lần thứ XIII", 0),
    ],
)
def test_a_line_states_the_kind_asked(question: str, line: str, kinds: int) -> None:
    stating = line_stated(question)
    assert stating is not None
    assert stating(line) == kinds


def test_nothing_asked_of_a_kind() -> None:
    assert line_stated("tiêu chí cá nhân") is None
    # "đâu" of "ở đâu" only asks: a line saying "phấn đấu" does not answer it
    assert asking_words("ai phat dong o dau") == {"dau"}
    assert asking_words("người đứng đầu") == set()


@pytest.mark.parametrize("follow_up", ["ai phat dong, o dau", "do ai phát động, tại đâu"])
async def test_whom_by_and_where_a_theme_was_launched(chat: Chat, follow_up: str) -> None:
    await chat.send("chu de thi dua chi thi 14 kon tum")
    reply = (await chat.send(follow_up))[0].text
    assert LAUNCHED in reply.split("📄")[0]


@pytest.mark.parametrize("follow_up", ["giai doan nao", "trong giai đoạn nào"])
async def test_the_span_of_the_passage_just_shown(chat: Chat, follow_up: str) -> None:
    await chat.send("ct14 kt nhan dien hinh tien tien may khau")
    reply = (await chat.send(follow_up))[0].text
    assert "giai đoạn 2021-2025" in reply  # its item on models, not the old campaigns' item
    assert "2015-2020" not in reply


@pytest.mark.parametrize(
    "question",
    [
        "cho em hỏi chỉ thị 14 của ubnd kon tum thực hiện nhiệm vụ theo nghị quyết đại hội"
        " đảng bộ tỉnh lần thứ mấy ạ",
        "ct14 kon tum theo nghị quyết đại hội đảng bộ tỉnh lần thứ mấy",
    ],
)
async def test_the_ordinal_asked_is_shown(chat: Chat, question: str) -> None:
    # the directive's title names the congress: the phrase stating its ordinal is the answer
    reply = (await chat.send(question))[0].text
    assert "Đảng bộ tỉnh Kon Tum lần thứ XVI" in reply.split("📄")[0]
