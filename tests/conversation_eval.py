"""Score short scripted conversations driven through the console channel.

Each conversation in a YAML file is a list of turns; a turn says what the person types and
which phrases the bot's replies to that turn must (`expect`, any one of them) or must not
(`reject`, none of them) contain, compared without case or diacritics. A conversation is
right when every turn is. Each conversation runs as a new person on a fresh database, at
`at` (default 30/11/2026 09:00, Hà Nội time), through `bot.channels.console.run_console`.

    python -m tests.conversation_eval [FILE ...] [--variant folded] [--show-misses]

With `--variant`, every turn is typed that way (without diacritics, with a typo: see
`tests.variants`); what the replies must contain is still compared without diacritics.
"""

import argparse
import asyncio
import datetime as dt
import io
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import yaml

from bot.app import open_core
from bot.channels.console import run_console
from bot.clock import FixedClock
from bot.settings import Settings
from knowledge import KnowledgeBase
from knowledge.normalize import fold
from tests.variants import VARIANTS, variant

DATA = Path(__file__).parent / "data"
SETS = (DATA / "conversations.yaml", DATA / "conversations_blind.yaml")
TZ = ZoneInfo("Asia/Ho_Chi_Minh")
DEFAULT_AT = dt.datetime(2026, 11, 30, 9, 0, tzinfo=TZ)
TURN_END = "\x00"  # never typed: separates the output of one turn from the next


@dataclass(frozen=True)
class Outcome:
    name: str
    right: bool
    why: str


def load(path: Path) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return items


async def replies(
    conversation: dict[str, Any],
    kb: KnowledgeBase,
    directory: Path,
    number: int,
    typed: Callable[[str], str] = str,
) -> list[str]:
    """What the console printed after each turn of one conversation, as a new person."""
    at = conversation.get("at")
    start = dt.datetime.fromisoformat(str(at)).replace(tzinfo=TZ) if at else DEFAULT_AT
    settings = Settings.from_env(
        {"THIDUA_DB": str(directory / f"c{number}.sqlite3"), "THIDUA_ADMINS": "console:9000"}
    )
    user = str(conversation.get("user", 1000 + number))
    outputs: list[str] = []
    async with open_core(settings, kb, FixedClock(start)) as core:
        for turn in conversation["turns"]:
            out = io.StringIO()
            await run_console(core, user, "", io.StringIO(typed(str(turn["say"])) + "\n"), out)
            outputs.append(out.getvalue())
    return outputs


async def run_one(
    conversation: dict[str, Any],
    kb: KnowledgeBase,
    directory: Path,
    number: int,
    typed: Callable[[str], str] = str,
) -> Outcome:
    """Run one conversation through the console channel and check each turn's replies."""
    name = str(conversation.get("name", f"#{number}"))
    outputs = await replies(conversation, kb, directory, number, typed)
    for index, (turn, output) in enumerate(zip(conversation["turns"], outputs, strict=True), 1):
        said = fold(output)
        expect = [fold(str(p)) for p in turn.get("expect", [])]
        reject = [fold(str(p)) for p in turn.get("reject", [])]
        if expect and not any(p in said for p in expect):
            return Outcome(
                name, False, f"turn {index} {typed(str(turn['say']))!r}: {output[:300]!r}"
            )
        found = next((p for p in reject if p in said), None)
        if found:
            return Outcome(name, False, f"turn {index} {typed(str(turn['say']))!r}: has {found!r}")
    return Outcome(name, True, "")


async def score(path: Path, kb: KnowledgeBase, how: str = "normal", seed: int = 0) -> list[Outcome]:
    typed = variant(how, seed)
    with tempfile.TemporaryDirectory() as directory:
        return [
            await run_one(conversation, kb, Path(directory), number, typed)
            for number, conversation in enumerate(load(path), 1)
        ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=list(SETS))
    parser.add_argument("--variant", nargs="+", choices=VARIANTS, default=["normal"])
    parser.add_argument("--seed", type=int, default=0, help="which typo each turn gets")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args(argv)
    kb = KnowledgeBase.load()
    for path in args.files:
        for how in args.variant:
            outcomes = asyncio.run(score(path, kb, how, args.seed))
            right = sum(o.right for o in outcomes)
            shown = "" if args.variant == ["normal"] else f" [{how}]"
            print(
                f"{path.name}{shown}: {right}/{len(outcomes)} right ({right / len(outcomes):.0%})"
            )
            if args.show_misses:
                for outcome in outcomes:
                    if not outcome.right:
                        print(f"  miss {outcome.name}: {outcome.why}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
