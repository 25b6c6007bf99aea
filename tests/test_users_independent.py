"""Each person is answered as if alone: what other people asked before (or between their
turns) never changes an answer. Caches of the knowledge base may only make answers faster."""

from pathlib import Path

from bot.app import open_core
from bot.clock import FixedClock
from bot.core import BotCore
from bot.settings import Settings
from knowledge import KnowledgeBase
from tests.conftest import Chat

# Other people's questions, each a subject of its own or a follow-up of the one before.
OTHERS = [
    "chủ đề thi đua năm 2022 của bộ tnmt",
    "ai ký văn bản đó",
    "tieu chuan lao dong tien tien la gi",
    "ai quyết định tặng lao động tiên tiến ở sở",
    "luat thi dua sua doi chua",
    "thông tư 62 là gì",
    "chỉ thị 14 phát động phong trào gì",
    "cờ thi đua của chính phủ thưởng bao nhiêu",
    "hồ sơ đề nghị tặng bằng khen thủ tướng gồm gì",
    "thế còn huân chương lao động",
]

# One person's conversation: a law question, a follow-up, a switch of level, typed tersely.
ASKED = [
    "theo luat tdkt ho so de nghi xet tang danh hieu thi dua gom gi",
    "ai quy định chi tiết hồ sơ thủ tục",
    "thế hồ sơ các danh hiệu cơ sở thì sao",
    "hs xét cstđcs gồm những j",
    "được thưởng bao nhiêu",
]


async def replies(chat: Chat, turns: list[str]) -> list[str]:
    out = []
    for text in turns:
        await chat.send(text)
        out.append(chat.text)
    return out


async def alone(settings: Settings, clock: FixedClock) -> list[str]:
    """The person's replies on a core of their own, with a knowledge base nobody asked yet."""
    async with open_core(settings, KnowledgeBase.load(), clock) as own:
        return await replies(Chat(own, "3001"), ASKED)


async def test_a_persons_answers_do_not_depend_on_what_others_asked_before(
    core: BotCore, tmp_path: Path, clock: FixedClock
) -> None:
    for number in range(3):  # three people asking the same, one after the other
        await replies(Chat(core, str(4000 + number)), OTHERS)
    asked_after = await replies(Chat(core, "3002"), ASKED)
    settings = Settings.from_env({"THIDUA_DB": str(tmp_path / "alone.sqlite3")})
    assert asked_after == await alone(settings, clock)


async def test_a_persons_follow_ups_keep_their_own_topic_between_others_turns(
    core: BotCore, tmp_path: Path, clock: FixedClock
) -> None:
    person, other = Chat(core, "3004"), Chat(core, "3005")
    interleaved = []
    for number, text in enumerate(ASKED):  # two of the others' questions before each turn
        await other.send(OTHERS[2 * number])
        await other.send(OTHERS[2 * number + 1])
        await person.send(text)
        interleaved.append(person.text)
    settings = Settings.from_env({"THIDUA_DB": str(tmp_path / "alone.sqlite3")})
    assert interleaved == await alone(settings, clock)
