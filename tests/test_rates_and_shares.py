"""A rate asked ("tỷ lệ … là bao nhiêu") is a share in per cent however the line words it,
and a short follow-up naming a share the passage just read says is of that passage."""

import pytest

from tests.conftest import Chat

pytestmark = pytest.mark.today


async def test_a_rate_asked_is_the_rule_s_share_then_the_note_on_the_old_one(chat: Chat) -> None:
    await chat.send(
        "Tập thể lao động xuất sắc theo Điều 27 yêu cầu tỷ lệ cá nhân hoàn thành nhiệm vụ là "
        "bao nhiêu?"
    )
    reply = (
        await chat.send(
            "Còn Tập thể lao động tiên tiến theo Điều 28 thì tỷ lệ cá nhân đạt Lao động tiên "
            "tiến là bao nhiêu?"
        )
    )[0].text
    # the rule's 70%, not the note on the 2003 law's "trên 50%" that says "tỷ lệ"
    assert "có ít nhất là 70% cá nhân trong tập thể đạt danh hiệu" in reply, reply
    assert not reply.startswith("Ghi chú"), reply
    reply = (await chat.send("mức trên 50% trước đây giờ còn dùng được không"))[0].text
    assert reply.startswith("Ghi chú: mức “trên 50% cá nhân đạt Lao động tiên tiến”"), reply
