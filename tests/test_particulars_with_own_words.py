"""A follow-up asking a date ("từ ngày nào") of a matter of its own is answered where that
matter is told, not by the last document's opening and its date."""

import pytest

from tests.conftest import Chat

pytestmark = pytest.mark.today


@pytest.mark.parametrize(
    "follow_up",
    ["cap huyen ket thuc tu ngay nao", "thế chính quyền 2 cấp, bỏ cấp huyện từ ngày nào"],
)
async def test_the_end_of_the_district_level_after_the_decree(chat: Chat, follow_up: str) -> None:
    await chat.send("nđ 129/2025/nđ-cp quy định về cái gì")
    reply = (await chat.send(follow_up))[0].text
    assert "cấp huyện kết thúc hoạt động trong cả nước từ ngày 01/7/2025" in reply, reply


async def test_the_decree_pointed_at_after_the_note_is_the_decree(chat: Chat) -> None:
    # "nghị định đó" after the note on the district level: the decree read before it
    await chat.send("nđ 129/2025/nđ-cp quy định về cái gì")
    await chat.send("cap huyen ket thuc tu ngay nao")
    reply = (await chat.send("nghị định đó ban hành ngày nào"))[0].text
    assert "Nghị định số 129/2025/NĐ-CP ngày 11/6/2025" in reply, reply


async def test_the_decree_s_own_particulars_still_come_from_it(chat: Chat) -> None:
    await chat.send("nđ 129/2025/nđ-cp quy định về cái gì")
    reply = (await chat.send("nd do ban hanh ngay nao"))[0].text
    assert "Nghị định số 129/2025/NĐ-CP ngày 11/6/2025" in reply, reply


async def test_a_span_asked_after_a_directive_is_its_own(chat: Chat) -> None:
    # "giai đoạn nào" is all the particular: a letter saying "giai đoạn" does not take it
    await chat.send("chỉ thị 14 của ubnd kon tum thực hiện chỉ thị nào của bộ chính trị")
    await chat.send("ct 14 ngay bao nhieu")
    reply = (await chat.send("giai đoạn nào"))[0].text
    assert "2021-2025" in reply, reply


@pytest.mark.parametrize(
    "follow_up",
    ["con van phong so co nhiem vu gi", "thế còn Văn phòng Sở trong văn bản đó có nhiệm vụ gì ạ"],
)
async def test_a_part_of_the_plan_named_with_a_word_another_title_says(
    chat: Chat, follow_up: str
) -> None:
    # "nhiệm vụ" is in a directive's title, and all through the plan just read; the role
    # asked and the plan pointed at name no part
    await chat.send(
        "kh thi đua 2022 của sở tnmt sóc trăng yêu cầu thủ trưởng các phòng, đơn vị làm gì"
    )
    reply = (await chat.send(follow_up))[0].text
    assert reply.startswith("2. Văn phòng Sở"), reply


@pytest.mark.parametrize(
    "question",
    [
        "Cấp huyện trước đây có thẩm quyền tặng Lao động tiên tiến; xin hỏi từ năm 2025 cấp "
        "huyện còn tồn tại không?",
        "cap huyen bi xoa bo tu khi nao",
    ],
)
async def test_a_level_that_ceased_asked_in_staff_s_words(chat: Chat, question: str) -> None:
    # "tồn tại", "xóa bỏ": the note says the district level "kết thúc hoạt động"
    reply = (await chat.send(question))[0].text
    assert reply.startswith("Không còn cấp huyện từ ngày 01/7/2025"), reply
