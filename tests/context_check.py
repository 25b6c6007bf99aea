"""Context-independence check: a standalone question is answered the same after another.

Standalone questions are the first turns of the development conversation sets and the
questions of the development question sets, each with its expected phrases. For pairs
(A, B) of them that the search answers from different documents, B is asked alone and
right after A in one console chat; the check counts how often B's reply changes and how
often the change loses B's expected phrase (B right alone, wrong after A).

    python -m tests.context_check [--pairs N] [--seed S] [--show]
"""

import argparse
import asyncio
import io
import random
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.app import open_core
from bot.channels.console import run_console
from bot.clock import FixedClock
from bot.settings import Settings
from handlers.context import points_back
from knowledge import KnowledgeBase
from knowledge.normalize import fold
from tests.conversation_eval import DATA, DEFAULT_AT

CONVERSATIONS = tuple(
    DATA / f"conversations{suffix}.yaml"
    for suffix in ("", "_blind", *(f"_blind{n}" for n in range(2, 11)))
)
QUESTIONS = tuple(
    DATA / f"questions{suffix}.yaml"
    for suffix in ("", "_independent", *(f"_blind{n}" for n in range(2, 10)))
)


@dataclass(frozen=True)
class Standalone:
    text: str
    expect: tuple[str, ...]


@dataclass(frozen=True)
class Pair:
    first: str
    then: Standalone
    alone: str  # B's reply asked alone
    after: str  # B's reply asked right after A

    @property
    def changed(self) -> bool:
        return self.alone != self.after

    @property
    def lost(self) -> bool:
        return _says(self.alone, self.then.expect) and not _says(self.after, self.then.expect)


def _says(reply: str, expect: tuple[str, ...]) -> bool:
    said = fold(reply)
    return any(fold(p) in said for p in expect)


def standalone_questions(
    conversations: tuple[Path, ...] = CONVERSATIONS, questions: tuple[Path, ...] = QUESTIONS
) -> list[Standalone]:
    """First turns with an expected phrase, and answerable questions."""
    found: list[Standalone] = []
    for path in conversations:
        for conversation in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            first = conversation["turns"][0]
            if first.get("expect") and not str(first["say"]).startswith("/"):
                found.append(Standalone(str(first["say"]), tuple(map(str, first["expect"]))))
    for path in questions:
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if item.get("expect") and not item.get("abstain"):
                found.append(Standalone(str(item["q"]), tuple(map(str, item["expect"]))))
    return found


def _document(text: str, kb: KnowledgeBase) -> str:
    hits = kb.search(text, limit=1)
    return hits[0].passage.doc.id if hits else ""


def pairs_of(
    items: list[Standalone], kb: KnowledgeBase, count: int, seed: int
) -> list[tuple[Standalone, Standalone]]:
    """`count` pairs (A, B) whose questions the search answers from different documents;
    B never says itself that it follows up ("còn cấp huyện không"): that one should not
    stand alone."""
    rng = random.Random(seed)
    docs = {item.text: _document(item.text, kb) for item in items}
    chosen: list[tuple[Standalone, Standalone]] = []
    while len(chosen) < count:
        a, b = rng.sample(items, 2)
        if docs[a.text] != docs[b.text] and not points_back(b.text):
            chosen.append((a, b))
    return chosen


async def _chat(kb: KnowledgeBase, directory: Path, number: int, said: list[str]) -> list[str]:
    settings = Settings.from_env({"THIDUA_DB": str(directory / f"x{number}.sqlite3")})
    replies: list[str] = []
    async with open_core(settings, kb, FixedClock(DEFAULT_AT)) as core:
        for text in said:
            out = io.StringIO()
            await run_console(core, "1", "", io.StringIO(text + "\n"), out)
            replies.append(out.getvalue())
    return replies


async def check(
    kb: KnowledgeBase, chosen: list[tuple[Standalone, Standalone]], directory: Path
) -> list[Pair]:
    alone: dict[str, str] = {}
    found: list[Pair] = []
    for number, (a, b) in enumerate(chosen):
        if b.text not in alone:
            alone[b.text] = (await _chat(kb, directory, 2 * number, [b.text]))[0]
        after = (await _chat(kb, directory, 2 * number + 1, [a.text, b.text]))[1]
        found.append(Pair(a.text, b, alone[b.text], after))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=300)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show", action="store_true", help="print the pairs that lost B")
    args = parser.parse_args(argv)
    kb = KnowledgeBase.load()
    chosen = pairs_of(standalone_questions(), kb, args.pairs, args.seed)
    with tempfile.TemporaryDirectory() as directory:
        found = asyncio.run(check(kb, chosen, Path(directory)))
    changed = sum(p.changed for p in found)
    lost = sum(p.lost for p in found)
    right = sum(_says(p.alone, p.then.expect) for p in found)
    print(
        f"pairs {len(found)}: B changed after A {changed} ({changed / len(found):.0%}); "
        f"B right alone {right}, lost after A {lost} ({lost / max(right, 1):.1%} of those)"
    )
    if args.show:
        for p in found:
            if p.lost:
                print(f"- A {p.first!r}\n  B {p.then.text!r}\n  after: {p.after[:200]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
