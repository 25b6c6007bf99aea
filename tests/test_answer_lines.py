"""The answering line of a first message: found by what the question asks beyond the words
that name the document or the section (its heading, its issuer as staff abbreviate it), and
not pushed out by the law's caveat, which is one short line."""

import pytest

from handlers.phone_answer import _SENTENCE_END, passage_reply
from knowledge import KnowledgeBase
from tests.conftest import Chat

CAVEAT_LINE = 80  # "⚠️ " and the caveat, on one line of a phone screen


def test_every_caveat_is_one_short_line(kb: KnowledgeBase) -> None:
    for doc in kb.documents:
        if doc.caveat:
            line = f"⚠️ {doc.caveat}"
            assert len(line) <= CAVEAT_LINE and "\n" not in line, doc.id


async def test_the_law_caveat_says_the_amendment_is_unverified_in_one_line(chat: Chat) -> None:
    first = (await chat.send("điều kiện để được chiến sĩ thi đua cơ sở"))[0].text
    caveat = next(line for line in first.splitlines() if line.startswith("⚠️"))
    assert "01/10/2026" in caveat and "chưa xác minh" in caveat and "sửa đổi" in caveat
    assert len(first) <= 700 and first.index("Điều 23") < first.index("⚠️")


@pytest.mark.parametrize(
    "question",
    [
        "tiêu chí tập thể sóc trăng năm 2022 nói gì về nhiệm vụ bị trễ hạn",
        "tieu chi tap the nam 2022 cua so tnmt soc trang co nhac den nhiem vu tre han khong",
    ],
)
async def test_a_section_heading_does_not_choose_the_line(chat: Chat, question: str) -> None:
    # "tiêu chí" and "tập thể" name the section; the line asked for is the one on overdue
    # work, read right after the heading of its list
    lines = (await chat.send(question))[0].text.splitlines()
    assert lines[0] == "1. Đối với tập thể:" and "không có nhiệm vụ quá hạn" in lines[1]


async def test_a_card_question_naming_its_document_finds_the_line_it_asks_for(
    chat: Chat,
) -> None:
    first = (await chat.send("kế hoạch thi đua 2022 sở tnmt sóc trăng báo cáo với cơ quan nào"))[0]
    assert first.text.startswith("Nơi nhận:")


async def test_a_recipient_named_picks_the_recipient_line_naming_it(chat: Chat) -> None:
    first = (await chat.send("công văn năm 2021 của bộ có gửi công đoàn bộ không"))[0]
    assert first.text.startswith("Nơi nhận:")


async def test_the_signer_is_found_with_the_i_for_y(chat: Chat) -> None:
    first = (await chat.send("chỉ thị 14 của ubnd tỉnh kon tum do ai kí"))[0]
    assert first.text.startswith("Người ký:")


def test_a_plans_closing_words_answer_what_they_alone_say(kb: KnowledgeBase) -> None:
    position, passage = next(
        (i, p)
        for i, p in enumerate(kb.passages)
        if p.doc.id == "soctrang-stnmt-2022" and "Trên đây" in p.text and "Văn phòng" in p.section
    )
    question = "lời kêu gọi của giám đốc sở với toàn ngành là gì"
    shown = passage_reply(passage, position, question).text.splitlines()
    assert shown[1].startswith("Trên đây") and "kêu gọi" in shown[1]  # after its heading


@pytest.mark.parametrize(
    "question",
    [
        "don yeu cau cong nhan sang kien theo tt 18/2013 phan tac gia khai j",
        "mẫu đơn công nhận sáng kiến phần tác giả ghi những gì",
    ],
)
def test_a_note_on_the_assistant_does_not_answer_a_question_on_the_form(
    kb: KnowledgeBase, question: str
) -> None:
    # The form's part ends on an editors' note saying what the assistant's /sangkien command
    # collects: of the form itself it tells nothing.
    form = next(p for p in kb.passages if p.section.startswith("Phụ lục I. Mẫu Đơn"))
    text = passage_reply(form, -1, question).text
    assert not text.startswith("Ghi chú"), text[:80]
    about = passage_reply(form, -1, "lệnh /sangkien của trợ lý thu phần nào của mẫu đơn").text
    assert about.startswith("Ghi chú") and "lệnh /sangkien" in about


async def test_a_sentence_ending_on_a_name_s_number_ends_there(chat: Chat) -> None:
    # "… đại dịch COVID-19. Triển khai …": the answering sentence opens the reply, not cut
    # off at the end of the long sentence before it
    asked = "phong trào đặc biệt chống covid của sở tnmt kon tum đặt mục tiêu bảo vệ gì trên hết"
    first = (await chat.send(asked))[0].text
    assert "là trên hết, trước hết" in first


def test_a_number_numbering_what_follows_ends_no_sentence() -> None:
    assert _SENTENCE_END.split("… Nhân dân. 1. Trưởng các phòng") == [
        "… Nhân dân. 1. Trưởng các phòng"
    ]
    assert _SENTENCE_END.split("đại dịch COVID-19. Triển khai") == [
        "đại dịch COVID-19.",
        "Triển khai",
    ]
    assert _SENTENCE_END.split("ngày 28/7/2021. Thực hiện") == ["ngày 28/7/2021.", "Thực hiện"]
