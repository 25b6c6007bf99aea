"""The line that states the kind of fact a question asks (a place, whom by, a span of years,
an ordinal) is the one the first message shows, and a follow-up asking that kind of the
passage just shown stays in it: not the line that repeats the question's words."""

import pytest

from handlers.phone_answer import _answering_line
from knowledge.asked_facts import asking_words, line_stated, preferred
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
    assert asking_words("ai phat dong o dau") == {"dau", "o dau"}
    assert asking_words("người đứng đầu") == set()


def test_only_the_phrase_asking_what_a_rule_says_is_left_out() -> None:
    # "quy định" only asks; the "định" of "nghị định", "định mức" names what is asked
    assert asking_words("nghị định 152 quy định định mức thế nào") == {
        "quy dinh", "quy", "152 quy", "dinh dinh",
    }  # fmt: skip
    lines = ["Mức chi tiếp khách là 200.000 đồng một người.", "Định mức chi thưởng là 1,5 lần."]
    assert _answering_line(lines, "quy định về định mức thế nào") == 1


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


@pytest.mark.parametrize(
    ("question", "stating", "not_stating"),
    [
        # a document asked by its abbreviated kind, as by its name
        (
            "ct14 chống dịch theo nq nào",
            "Nghị quyết số 78/NQ-CP ngày 20",
            "theo tinh thần nghị quyết",
        ),
        ("căn cứ cv nào", "Công văn số 8240/BTNMT-TĐKTTT", "công văn của Bộ"),
        # campaigns by name: a list of quoted names, not a sentence speaking of campaigns
        (
            "có nhắc lại phong trào cũ nào ko",
            "Phong trào “Cả nước chung sức …”; phong trào “Doanh nghiệp …”",
            "các phong trào thi đua theo chủ đề “Đoàn kết, sáng tạo …”",
        ),
        (
            "trọng tâm là các phong trào thi đua nào",
            "4 phong trào thi đua: “Cả nước chung sức …”, “Doanh nghiệp Việt Nam …”",
            "phát động phong trào thi đua phù hợp với từng lĩnh vực",
        ),
    ],
)
def test_a_passage_stating_what_is_asked_is_preferred(
    question: str, stating: str, not_stating: str
) -> None:
    rank = preferred(question)
    assert rank is not None
    assert rank(stating) >= 1
    assert rank(not_stating) == 0


@pytest.mark.parametrize(
    "question",
    [
        "công văn sở tnmt kon tum thực hiện ct14 có nhắc tới những phong trào cũ nào",
        "so tnmt kon tum trien khai ct 14 nhac lai phong trao thi dua nao",
        "ct14 ubnd kon tum nhắc lại phong trào nào đã phát động trước đây",
    ],
)
async def test_the_campaigns_a_directive_recalls(chat: Chat, question: str) -> None:
    reply = (await chat.send(question))[0].text
    assert "Cả nước chung sức xây dựng nông thôn mới" in reply.split("📄")[0]


@pytest.mark.parametrize("follow_up", ["giai đoạn nào", "chi thi do cho giai doan nao"])
async def test_the_period_of_the_document_after_its_date(chat: Chat, follow_up: str) -> None:
    """After the directive's date, the period asked is the directive's own, on its card, not
    the old campaigns' span one of its items names."""
    await chat.send("ct 14 ubnd kon tum ngay bao nhieu")
    reply = (await chat.send(follow_up))[0].text
    assert "Kế hoạch 5 năm (2021-2025)" in reply.split("📄")[0]
    assert "2015-2020" not in reply


async def test_a_question_opening_with_giai_doan_nao_is_not_the_card(chat: Chat) -> None:
    """ "giai đoạn nào" asked alone is the document's period; a question going on after it
    asks the text."""
    await chat.send("chỉ thị 14 ubnd kon tum nói gì")
    reply = (await chat.send("giai đoạn nào thì phải tổng kết"))[0].text
    assert "Thời gian áp dụng" not in reply
    assert "5. Đẩy mạnh công tác tuyên truyền" in reply.split("📄")[0]
