"""Who signed "the decree", after a decree's article naming another decree the knowledge
base does not hold: the decree read, whose card tells its signer; no signer of the one it
names is known."""

import pytest

from tests.conftest import Chat

pytestmark = pytest.mark.today


async def test_the_signer_of_the_decree_read_not_of_the_one_it_repealed(chat: Chat) -> None:
    await chat.send("nghị định 152/2025 thay thế những nghị định nào")
    reply = (await chat.send("nghị định đó do ai ký"))[0].text
    assert "Nguyễn Hoà Bình" in reply
    assert "chưa có thông tin người ký" not in reply


async def test_a_directive_named_by_a_letter_is_still_the_one_pointed_at(chat: Chat) -> None:
    # the letter is no directive: "chỉ thị đó" is the one its answer named
    await chat.send("cv stnmt kon tum phát động thi đua theo chỉ thị nào")
    reply = (await chat.send("chỉ thị đó ai ký"))[0].text
    assert "Lê Ngọc Tuấn" in reply
