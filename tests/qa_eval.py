"""Score question sets as ../shared/eval/score_qa.py does, each question also typed another
way: without diacritics, with a typo, or both (see `tests.variants`).

The answer path is `python -m bot ask`'s: an off-topic question is declined, any other is
searched. A question with `expect` is a hit when one of its phrases is in the first answer's
text (case, spacing and diacritics ignored, at most MAX_CHARS long); one with `abstain: true`
is right when nothing is answered.

    python -m tests.qa_eval [FILE ...] [--variant normal folded typo folded-typo]
                            [--seed N] [--show-misses]
"""

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from knowledge import KnowledgeBase
from knowledge.asking import ask
from knowledge.normalize import fold
from tests.variants import VARIANTS, variant

DATA = Path(__file__).parent / "data"
SAMPLE = Path(__file__).parents[2] / "shared" / "eval" / "qa_sample.yaml"
SETS = (SAMPLE, DATA / "questions.yaml", DATA / "questions_independent.yaml")
MAX_CHARS = 1500


@dataclass(frozen=True)
class Score:
    hits: int
    answerable: int
    declined: int
    off_topic: int
    misses: tuple[str, ...]  # "question -> first answer", for --show-misses

    @property
    def hit1(self) -> float:
        return self.hits / self.answerable if self.answerable else 1.0

    @property
    def abstain(self) -> float:
        return self.declined / self.off_topic if self.off_topic else 1.0


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", fold(text.replace("*", ""))).strip()


def answers(kb: KnowledgeBase, query: str) -> list[str]:
    """The texts `python -m bot ask` answers with, best first."""
    return [hit.passage.text for hit in ask(kb, query.strip())]


def score(kb: KnowledgeBase, items: list[dict[str, Any]], how: str, seed: int = 0) -> Score:
    typed = variant(how, seed)
    hits = answerable = declined = off_topic = 0
    misses = []
    for item in items:
        query = typed(str(item["q"]))
        found = answers(kb, query)
        if item.get("abstain"):
            off_topic += 1
            declined += not found
            if found:
                misses.append(f"answered: {query!r} -> {found[0][:120]!r}")
            continue
        answerable += 1
        first = _flat(found[0]) if found else ""
        if len(first) <= MAX_CHARS and any(_flat(p) in first for p in item["expect"]) and found:
            hits += 1
        else:
            top = found[0][:120] if found else "(no answer)"
            misses.append(f"missed: {query!r} -> {top!r}")
    return Score(hits, answerable, declined, off_topic, tuple(misses))


def load(path: Path) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return items


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=[p for p in SETS if p.is_file()])
    parser.add_argument("--variant", nargs="+", choices=VARIANTS, default=["normal", "folded"])
    parser.add_argument("--seed", type=int, default=0, help="which typo each question gets")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args(argv)
    kb = KnowledgeBase.load()
    for path in args.files:
        items = load(path)
        for how in args.variant:
            result = score(kb, items, how, args.seed)
            print(
                f"{path.name} [{how}]: hit@1 {result.hits}/{result.answerable} "
                f"({result.hit1:.0%}), abstain {result.declined}/{result.off_topic} "
                f"({result.abstain:.0%})"
            )
            if args.show_misses:
                for miss in result.misses:
                    print(f"  {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
