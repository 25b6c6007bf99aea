"""An off-topic phrase is read within one clause: "sáp nhập vào đâu, từ ngày nào" holds no
"đầu tư" (investment) across its comma, and is answered from the note on the 2025
reorganisation instead of declined as off the subject."""

import pytest

from knowledge import KnowledgeBase
from knowledge.intents import load_intents
from tests.conftest import Chat

pytestmark = pytest.mark.today


def test_no_off_topic_phrase_runs_across_a_comma(kb: KnowledgeBase) -> None:
    intents = load_intents()
    assert not intents.is_off_topic("tỉnh sóc trăng sáp nhập vào đâu, từ ngày nào", kb.mentions)
    assert intents.is_off_topic("đầu tư chứng khoán thế nào", kb.mentions)
    assert intents.is_off_topic("cho hỏi, giá xăng ron 95 bao nhiêu", kb.mentions)


async def test_two_questions_on_a_merger_are_answered(chat: Chat) -> None:
    reply = (await chat.send("tỉnh sóc trăng sáp nhập vào đâu, từ ngày nào"))[0].text
    assert "Nghị quyết số 202/2025/QH15" in reply, reply
