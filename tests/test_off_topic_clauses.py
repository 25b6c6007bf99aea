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


def test_an_off_topic_phrase_typed_with_other_marks_is_not_said(kb: KnowledgeBase) -> None:
    # "hồ sơ đó" folds as "sổ đỏ" does: typed with its own marks, it is no land title
    intents = load_intents()
    assert intents.is_off_topic("làm sổ đỏ ở đâu", kb.mentions)
    # a word typed bare may be it; and the phrase is looked for wherever it is typed
    assert intents.is_off_topic("làm sổ do ở đâu", kb.mentions)
    assert intents.is_off_topic("hồ sơ đó làm sổ đỏ được không", kb.mentions)
    assert not intents.is_off_topic(
        "Trong hồ sơ đó, báo cáo thành tích cá nhân dùng mẫu số mấy?", kb.mentions
    )


async def test_a_dossier_pointed_at_is_no_land_title(chat: Chat) -> None:
    await chat.send("ho so de nghi xet tang danh hieu thi dua theo dieu 84 gom nhung gi")
    reply = (await chat.send("Tờ trình trong hồ sơ đó dùng mẫu số mấy theo Nghị định 152?"))[0]
    assert "Mẫu số 01" in reply.text, reply.text


async def test_a_land_title_after_an_answer_points_at_nothing(chat: Chat) -> None:
    # "đỏ" folds as the pointer "đó": typed with its own marks, it points at nothing
    await chat.send("hồ sơ đề nghị xét tặng danh hiệu thi đua theo điều 84 gồm những gì")
    reply = (await chat.send("làm sổ đỏ ở đâu"))[0].text
    assert reply.startswith("Xin lỗi anh/chị, thủ tục hành chính về đất đai"), reply
