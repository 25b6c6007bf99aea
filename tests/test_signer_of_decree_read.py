"""Who signed "the decree", after a decree's article naming another decree the knowledge
base does not hold: said plainly that the one it names is not held, then the card of the
decree read, named, which tells its signer."""

import pytest

from tests.conftest import Chat

pytestmark = pytest.mark.today


async def test_the_signer_of_the_decree_read_not_of_the_one_it_repealed(chat: Chat) -> None:
    await chat.send("nghị định 152/2025 thay thế những nghị định nào")
    reply = (await chat.send("nghị định đó do ai ký"))[0].text
    assert reply.startswith(
        "Kho văn bản của tôi chưa có toàn văn Nghị định số 98/2023/NĐ-CP, nên chưa có thông tin"
        " người ký.\nVăn bản vừa trích là Nghị định số 152/2025/NĐ-CP"
    )
    assert "Người ký: KT. Thủ tướng – Phó Thủ tướng Nguyễn Hoà Bình." in reply


async def test_a_directive_named_by_a_letter_is_still_the_one_pointed_at(chat: Chat) -> None:
    # the letter is no directive: "chỉ thị đó" is the one its answer named
    await chat.send("cv stnmt kon tum phát động thi đua theo chỉ thị nào")
    reply = (await chat.send("chỉ thị đó ai ký"))[0].text
    assert "Lê Ngọc Tuấn" in reply
