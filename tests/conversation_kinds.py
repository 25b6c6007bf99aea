"""Sort the misses of scripted conversations by kind, to see where the bot goes wrong.

Each conversation's first turn whose replies hold none of the expected phrases is put in one
kind, for the first turn ("t1") or a follow-up ("follow"); a turn failing only by a phrase
it must not say (`reject`) is not counted:

- declined: the reply says it found or holds nothing ("Xin lỗi, …");
- not shown: the passage the reply quotes holds an expected phrase; its first message does not;
- other passage: the reply quotes another passage of a document holding an expected phrase;
- wrong document: no document quoted holds one. For a follow-up, whether the reply stayed in
  the last reply's document, left the last document though it held the answer, or went to a
  third one; and whether the answer is in a legal text, a campaign's, or in no passage
  (a line the reply builds from a document's fields, as the card's "V/v …");
- other: the reply quotes no passage (a menu, a dialog's step).

Only counts are printed unless --details is given: on a held-out set, the counts say where to
look without reading it.

    python -m tests.conversation_kinds FILE ... [--details]
"""

import argparse
import asyncio
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from knowledge import KnowledgeBase, Passage
from knowledge.normalize import fold
from tests.conversation_eval import load, replies

QUOTED_LINES = 3  # the reply's first lines of some length tell which passages it quotes
LINE_LENGTH = 30
QUOTED_CHARS = 60


def squashed(text: str) -> str:
    """Folded text without spaces or asterisks, as the expected phrases are compared."""
    return re.sub(r"[\s*]+", "", fold(text))


def quoted(output: str, kb: KnowledgeBase) -> list[Passage]:
    """The passages whose text the reply quotes in its first lines."""
    lines = [squashed(line) for line in output.splitlines() if len(line) > LINE_LENGTH]
    starts = [line[:QUOTED_CHARS] for line in lines[:QUOTED_LINES]]
    return [p for p in kb.passages if any(s in squashed(f"{p.section}{p.text}") for s in starts)]


def kind_of_miss(
    expect: Sequence[object], output: str, previous: str | None, kb: KnowledgeBase
) -> str | None:
    """The kind of a turn's miss (None when its replies hold an expected phrase)."""
    phrases = [squashed(str(p)) for p in expect]  # (a phrase may be a bare number)
    if not phrases or any(p in squashed(output) for p in phrases):
        return None  # (a turn expecting nothing only checks what its replies must not say)
    where = "t1" if previous is None else "follow"
    if fold(output).startswith("xin loi"):
        return f"{where}: declined"
    shown = quoted(output, kb)
    if not shown:
        return f"{where}: other"
    if any(p in squashed(passage.text) for passage in shown for p in phrases):
        return f"{where}: not shown"
    holding = {p.doc.id for p in kb.passages if any(e in squashed(p.text) for e in phrases)}
    if {p.doc.id for p in shown} & holding:
        return f"{where}: other passage"
    if previous is None:
        return f"{where}: wrong document"
    before = {p.doc.id for p in quoted(previous, kb)}
    if before & {p.doc.id for p in shown}:
        how = "stayed"
    elif before & holding:
        how = "left"
    else:
        how = "elsewhere"
    if not holding:  # a line the reply builds from a document's fields ("V/v …")
        held = "no passage"
    elif holding <= {d.id for d in kb.documents if d.category == "law"}:
        held = "legal text"
    else:
        held = "other"
    return f"{where}: wrong document, {how}, {held}"


async def kinds(paths: Sequence[Path], kb: KnowledgeBase) -> list[tuple[str, str, str]]:
    """(conversation, turn said, kind) for each conversation's first missed turn."""
    found: list[tuple[str, str, str]] = []
    for path in paths:
        with tempfile.TemporaryDirectory() as directory:  # each set on fresh databases
            for number, conversation in enumerate(load(path), 1):
                outputs = await replies(conversation, kb, Path(directory), number)
                previous: str | None = None
                for turn, output in zip(conversation["turns"], outputs, strict=True):
                    kind = kind_of_miss(turn.get("expect", []), output, previous, kb)
                    if kind is not None:
                        found.append((f"{path.name} {conversation['name']}", turn["say"], kind))
                        break
                    previous = output
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--details", action="store_true", help="each miss, not only counts")
    args = parser.parse_args(argv)
    found = asyncio.run(kinds(args.files, KnowledgeBase.load()))
    if args.details:
        for name, said, kind in found:
            print(f"{name}: {kind} | {said}")
    for kind, count in sorted(Counter(kind for _, _, kind in found).items()):
        print(f"{kind}: {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
