"""Answers the phone cuts short: on the development sets, the questions and conversation
turns whose expected phrase is in the passage the bot chose but not in the first message it
sent (cut away behind "Xem thêm", pushed out by editors' notes or card lines, or shown in
brief).

Each question is sent alone through the core, as a new person; each conversation is played
turn by turn, as `tests.conversation_eval` does. A reply's passage is the one its "Xem thêm"
option opens; a reply with no such option showed its passage whole.

    python -m bench.first_message [--variant normal folded] [--show]
"""

import argparse
import asyncio
import datetime as dt
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bench.dev_sets import CONVERSATION_SETS, DATA, QUESTION_SETS
from bot.app import open_core
from bot.channels.console import render
from bot.clock import FixedClock
from bot.core import BotCore
from bot.messages import Incoming, Reply
from bot.settings import Settings
from knowledge import KnowledgeBase
from knowledge.normalize import fold
from tests.conversation_eval import DEFAULT_AT, TZ
from tests.variants import VARIANTS, variant


@dataclass(frozen=True)
class CutShort:
    where: str  # "questions_blind14.yaml #12" or "conversations.yaml #3 turn 2"
    said: str
    expected: str
    first: str  # the first message


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", fold(text.replace("*", "")))


def _passage_behind(replies: list[Reply], kb: KnowledgeBase) -> str | None:
    """The full text of the passage a reply's "Xem thêm" opens, if one does."""
    for reply in replies:
        for choice in reply.choices:
            if choice.value.startswith("more:"):
                position = choice.value.split(":")[1]
                if position.isdigit() and int(position) < len(kb.passages):
                    return kb.passages[int(position)].text
    return None


def _cut_short(replies: list[Reply], expect: list[str], kb: KnowledgeBase) -> str | None:
    """The expected phrase the passage holds but the replies do not show, if the turn was
    missed only for that."""
    said = _flat("\n".join(render(reply) for reply in replies))
    if any(_flat(phrase) in said for phrase in expect):
        return None
    behind = _passage_behind(replies, kb)
    if behind is None:
        return None
    return next((phrase for phrase in expect if _flat(phrase) in _flat(behind)), None)


async def _send(core: BotCore, user: str, text: str) -> list[Reply]:
    return await core.handle(Incoming(channel="console", user_id=user, chat_id=user, text=text))


async def questions(
    kb: KnowledgeBase, name: str, typed: Callable[[str], str], folder: Path
) -> tuple[int, list[CutShort]]:
    items: list[dict[str, Any]] = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    settings = Settings.from_env({"THIDUA_DB": str(folder / f"{name}.sqlite3")})
    found: list[CutShort] = []
    asked = 0
    async with open_core(settings, kb, FixedClock(DEFAULT_AT)) as core:
        for number, item in enumerate(items, 1):
            if item.get("abstain"):
                continue
            asked += 1
            said = typed(str(item["q"]))
            replies = await _send(core, str(50_000 + number), said)
            phrase = _cut_short(replies, [str(p) for p in item["expect"]], kb)
            if phrase is not None:
                first = replies[0].text if replies else ""
                found.append(CutShort(f"{name} #{number}", said, phrase, first))
    return asked, found


async def conversations(
    kb: KnowledgeBase, name: str, typed: Callable[[str], str], folder: Path
) -> tuple[int, list[CutShort]]:
    talks: list[dict[str, Any]] = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    found: list[CutShort] = []
    turns = 0
    for number, talk in enumerate(talks, 1):
        at = talk.get("at")
        start = dt.datetime.fromisoformat(str(at)).replace(tzinfo=TZ) if at else DEFAULT_AT
        settings = Settings.from_env(
            {"THIDUA_DB": str(folder / f"{name}-{number}.sqlite3"), "THIDUA_ADMINS": "console:9000"}
        )
        user = str(talk.get("user", 1000 + number))
        async with open_core(settings, kb, FixedClock(start)) as core:
            for index, turn in enumerate(talk["turns"], 1):
                said = typed(str(turn["say"]))
                replies = await _send(core, user, said)
                if not turn.get("expect"):
                    continue
                turns += 1
                phrase = _cut_short(replies, [str(p) for p in turn["expect"]], kb)
                if phrase is not None:
                    first = replies[0].text if replies else ""
                    where = f"{name} #{number} turn {index}"
                    found.append(CutShort(where, said, phrase, first))
    return turns, found


async def measure(kb: KnowledgeBase, how: str, show: bool) -> int:
    total = 0
    with tempfile.TemporaryDirectory() as directory:
        folder = Path(directory)
        for kind, sets in ((questions, QUESTION_SETS), (conversations, CONVERSATION_SETS)):
            for name in sets:
                count, found = await kind(kb, name, variant(how, 0), folder)
                total += len(found)
                print(f"{name} [{how}]: {len(found)} of {count} cut short")
                for cut in found if show else []:
                    print(f"  {cut.where} {cut.said!r}: wants {cut.expected!r}")
                    print("    " + cut.first.replace("\n", "\n    "))
    print(f"total [{how}]: {total} cut short")
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variant", nargs="+", choices=VARIANTS, default=["normal", "folded"])
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    kb = KnowledgeBase.load()
    for how in args.variant:
        asyncio.run(measure(kb, how, args.show))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
