"""A follow-up pointing at the last document by "đó", "này", "ấy" ("văn bản đó ai ký"): the
pointer names the document, no detail of the passage just shown, so the signer's line answers
as for "ai ký" alone, not the passage quoted again because it happens to say "đó" or "kỷ"."""

import pytest

from tests.conftest import Chat

pytestmark = pytest.mark.today


@pytest.mark.parametrize("follow_up", ["văn bản đó ai ký", "vb đó ai ký", "văn bản ấy ai ký vậy"])
async def test_who_signed_the_document_pointed_at(chat: Chat, follow_up: str) -> None:
    await chat.send("tieu chi thi dua doi voi ca nhan nam 2022")
    text = (await chat.send(follow_up))[0].text
    assert text.startswith("Người ký:"), text[:200]


async def test_phong_trao_do_after_a_note_is_the_campaign_read_before(chat: Chat) -> None:
    await chat.send("cv so tnmt kon tum theo ct14 kinh gui ai")
    await chat.send("phòng tnmt huyện giờ còn ko")
    await chat.send("vậy ai tổng hợp đề xuất khen thưởng phong trào đó")
    assert "Giao Văn phòng Sở Tài nguyên và Môi trường" in chat.text, chat.text


async def test_van_ban_do_cua_so_is_the_sos_letter_not_the_directive_it_named(
    chat: Chat,
) -> None:
    await chat.send("sở tnmt kon tum phát động thi đua theo chỉ thị nào của tỉnh")
    await chat.send("văn bản đó của sở ai ký")
    assert "Nguyễn Văn Lộc" in chat.text, chat.text
    assert "Lê Ngọc Tuấn" not in chat.text, chat.text


async def test_so_typed_without_marks_is_the_department_not_the_number_line(chat: Chat) -> None:
    await chat.send("cv so tnmt kon tum theo ct14 ai ky")
    assert chat.text.startswith("Người ký: Giám đốc Nguyễn Văn Lộc"), chat.text


async def test_so_may_typed_without_marks_is_the_number_line(chat: Chat) -> None:
    await chat.send("cv so tnmt kon tum theo ct14 so may")
    assert chat.text.startswith("Số: …/STNMT-VP"), chat.text


async def test_which_article_of_that_decree_is_the_article_on_what_was_asked(chat: Chat) -> None:
    await chat.send("bây giờ tính tiền thưởng danh hiệu thi đua theo nghị định nào")
    await chat.send("điều mấy của nghị định đó")
    assert chat.text.startswith("Điều 50. Mức tiền thưởng danh hiệu thi đua"), chat.text


async def test_another_one_besides_the_one_named_is_read_in_the_same_document(
    chat: Chat,
) -> None:
    await chat.send("nhiem vu giai phap so 1 trong cv thi dua 2021 cua btnmt gan voi nq nao cua cp")
    await chat.send("ngoai nq do con nq nao nua?")
    assert "Nghị quyết số 02/NQ-CP ngày 01/01/2021 của Chính phủ" in chat.text, chat.text


@pytest.mark.parametrize(
    "follow_up",
    [
        "thế chỉ thị 14 của ubnd kon tum có nhắc các phong trào đó không",
        "ct14 kon tum co nhac cac phong trao do ko",
    ],
)
async def test_whether_another_document_names_the_campaigns_just_quoted(
    chat: Chat, follow_up: str
) -> None:
    # "các phong trào đó": the Prime Minister's campaigns the letter quoted, asked of the
    # directive the question names, not the letter again
    await chat.send("cv btnmt 2021 nhắc những phong trào thi đua nào của thủ tướng")
    await chat.send(follow_up)
    assert "phát động trong giai đoạn 2015-2020" in chat.text, chat.text
