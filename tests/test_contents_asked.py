"""A first question asking what a document or one of its parts contains ("có những nội dung
gì", "nội dung … có gì") is shown its outline, every part in brief on one screen; one asking
which document of a kind it carries out ("theo kế hoạch nào") its card's line "Căn cứ: …"."""

import re

import pytest

from handlers.phone_answer import FIRST_MESSAGE
from handlers.phone_lists import compact_list
from knowledge.normalize import fold
from knowledge.search import LIST_ASKED
from tests.conftest import Chat

pytestmark = pytest.mark.today

_ITEM = re.compile(r"(?m)^(\d+)\. ")


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("cv thi dua dac biet covid cua so tnmt kon tum co nhung noi dung gi", True),
        ("noi dung phong trao thi dua nam 2021 cua bo tai nguyen va moi truong co gi", True),
        ("kế hoạch này có nội dung gì", True),
        ("nội dung chính của chỉ thị 14 là gì", True),
        # one of the contents, or how they differ: no list
        ("noi dung thi dua thu 2 trong cv bo tnmt 2021 la gi", False),
        ("noi dung ke hoach nam nay co gi khac nam truoc", False),
        ("chỉ thị của bộ chính trị nói về nội dung gì", False),
    ],
)
def test_a_list_of_contents_is_read_from_the_question(question: str, asked: bool) -> None:
    assert bool(LIST_ASKED.search(f" {fold(question)} ")) is asked


def test_an_outline_too_long_in_brief_is_cut_to_one_length_per_item() -> None:
    lines = ["Các nội dung chính:"] + [
        f"{n}. Thi đua thực hiện nhiệm vụ số {n} của ngành bảo đảm chất lượng và hiệu quả"
        " trong toàn ngành tài nguyên và môi trường…"
        for n in range(1, 10)
    ]
    assert compact_list(lines, 480) is None  # a list's briefs that do not fit: not in brief
    shown = compact_list(lines, 480, outline=True)
    assert shown is not None and len(shown) <= 480
    assert _ITEM.findall(shown) == [str(n) for n in range(1, 10)]
    assert all(line.endswith("…") for line in shown.splitlines()[1:])


@pytest.mark.parametrize(
    ("question", "items", "saying"),
    [
        (
            "cv thi dua dac biet covid cua so tnmt kon tum co nhung noi dung gi",
            7,
            "Thi đua phát huy sáng kiến, giải pháp hỗ trợ doanh nghiệp",
        ),
        (
            "thi dua dac biet covid o so tnmt kontum co nhung noi dung gi",
            7,
            "ứng dụng công nghệ thông tin trong công tác phòng, chống đại dịch",
        ),
        # nine parts: each cut to one length, the directive's theme still above them
        (
            "chỉ thị 14 của ubnd tỉnh kon tum có những nội dung gì",
            9,
            "Đoàn kết, sáng tạo thi đua xây dựng và bảo vệ Tổ quốc",
        ),
        # "nội dung phong trào": the part so headed, its five items
        (
            "noi dung phong trao thi dua nam 2021 cua bo tn mt co gi",
            5,
            "Thi đua thực hiện chuyển đổi số toàn diện ngành",
        ),
        (
            "nội dung phong trào thi đua năm 2022 của sở tnmt sóc trăng có gì",
            7,
            "Tích cực hưởng ứng phong trào thi đua thực hiện văn hoá công sở",
        ),
    ],
)
async def test_contents_asked_show_every_part_on_one_screen(
    chat: Chat, question: str, items: int, saying: str
) -> None:
    reply = (await chat.send(question))[0]
    assert len(reply.text) <= FIRST_MESSAGE, reply.text
    shown = reply.text.split("📄")[0]
    assert _ITEM.findall(shown) == [str(n) for n in range(1, items + 1)], shown
    assert saying in shown
    assert any(c.label.startswith("Xem thêm") for c in reply.choices)


@pytest.mark.parametrize(
    ("question", "basis"),
    [
        (
            "pt thi dua dac biet phong chong covid o so tnmt kon tum theo kh nao",
            "Căn cứ: Kế hoạch số 3510/KH-UBND ngày 30/9/2021",
        ),
        (
            "thông tư 18/2013 hướng dẫn điều lệ sáng kiến theo nghị định nào",
            "Căn cứ: Nghị định số 13/2012/NĐ-CP",
        ),
    ],
)
async def test_which_document_of_a_kind_it_carries_out_is_its_card_basis(
    chat: Chat, question: str, basis: str
) -> None:
    await chat.send(question)
    assert chat.text.startswith(basis), chat.text


async def test_a_basis_of_another_kind_than_the_card_names_is_looked_for_in_the_text(
    chat: Chat,
) -> None:
    # the directive rests on two directives: the resolution is the one its text cites
    await chat.send(
        "chỉ thị 14 của ubnd tỉnh kon tum triển khai phòng chống dịch theo nghị quyết nào"
    )
    assert "78/NQ-CP" in chat.text
