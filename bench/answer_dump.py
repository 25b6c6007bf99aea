"""Everything the bot answers on the development sets, written to one file, so that a
change meant only to be faster can be shown to change no answer (compare two dumps with
`cmp`): the top hits (position and score) of `KnowledgeBase.search` and of `ask` for every
question of the development question sets, typed the four ways of `tests.variants`, and
every reply of every development conversation.

    python -m bench.answer_dump OUT [--no-conversations]
"""

import argparse
import asyncio
import datetime as dt
import io
import tempfile
from pathlib import Path
from typing import TextIO

import yaml

from bench.dev_sets import CONVERSATION_SETS, DATA, QUESTION_SETS
from bot.app import open_core
from bot.clock import FixedClock
from bot.settings import Settings
from knowledge import KnowledgeBase
from knowledge.asking import ask
from tests import conversation_eval
from tests.variants import VARIANTS, variant


def dump_questions(kb: KnowledgeBase, out: TextIO) -> None:
    for name in QUESTION_SETS:
        items = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
        for how in VARIANTS:
            typed = variant(how, 0)
            for item in items:
                question = typed(str(item["q"])).strip()
                out.write(f"Q {name} {how} {question!r}\n")
                for hit in kb.search(question):
                    out.write(f"  search {hit.position} {hit.score!r} {hit.rank_score!r}\n")
                for hit in ask(kb, question):
                    out.write(f"  ask {hit.position} {hit.score!r} {hit.rank_score!r}\n")


async def dump_conversations(kb: KnowledgeBase, out: TextIO) -> None:
    for name in CONVERSATION_SETS:
        with tempfile.TemporaryDirectory() as directory:
            for number, talk in enumerate(conversation_eval.load(DATA / name), 1):
                at = talk.get("at")
                start = (
                    dt.datetime.fromisoformat(str(at)).replace(tzinfo=conversation_eval.TZ)
                    if at
                    else conversation_eval.DEFAULT_AT
                )
                database = Path(directory) / f"c{number}.sqlite3"
                settings = Settings.from_env(
                    {"THIDUA_DB": str(database), "THIDUA_ADMINS": "console:9000"}
                )
                user = str(talk.get("user", 1000 + number))
                async with open_core(settings, kb, FixedClock(start)) as core:
                    for turn in talk["turns"]:
                        said = io.StringIO()
                        await conversation_eval.run_console(
                            core, user, "", io.StringIO(f"{turn['say']}\n"), said
                        )
                        out.write(f"C {name} {number} {turn['say']!r}\n{said.getvalue()}\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.answer_dump")
    parser.add_argument("out", type=Path)
    parser.add_argument("--no-conversations", action="store_true")
    args = parser.parse_args(argv)
    kb = KnowledgeBase.load()
    with args.out.open("w", encoding="utf-8") as out:
        dump_questions(kb, out)
        if not args.no_conversations:
            asyncio.run(dump_conversations(kb, out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
