"""Phrases that mean the same in administrative Vietnamese: staff ask about "giờ giấc", the
documents say "đi trễ về sớm". A question's phrase found in a group (knowledge/synonyms.yaml)
also finds the group's other phrases; it is an addition, never a replacement, so the
question's own words still count first.
"""

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from knowledge.normalize import fold

SYNONYMS_FILE = Path(__file__).parent / "synonyms.yaml"


@dataclass(frozen=True)
class Match:
    start: int  # the phrase's first token in the question
    end: int  # one past its last token
    others: tuple[tuple[str, ...], ...]  # the group's other phrases, as folded words


class Synonyms:
    """Groups of phrases, each phrase as folded words, found by their first word."""

    def __init__(self, groups: Sequence[Sequence[Sequence[str]]]) -> None:
        self._by_start: dict[str, list[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]]]
        self._by_start = defaultdict(list)
        for group in groups:
            phrases = list(dict.fromkeys(tuple(fold(w) for w in p) for p in group if p))
            for phrase in phrases:
                others = tuple(p for p in phrases if p != phrase)
                self._by_start[phrase[0]].append((phrase, others))
        for found in self._by_start.values():
            found.sort(key=lambda entry: -len(entry[0]))  # the longest phrase first
        self._by_start = dict(self._by_start)

    @classmethod
    def from_file(
        cls, analyse: Callable[[str], list[str]], path: Path = SYNONYMS_FILE
    ) -> "Synonyms":
        """Groups from the file, each phrase analysed as questions are (abbreviations)."""
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        return cls([[analyse(str(phrase)) for phrase in group] for group in data])

    def find(self, folded: Sequence[str]) -> list[Match]:
        """The group phrases in a question's folded words, longest first, not overlapping."""
        matches = []
        i = 0
        while i < len(folded):
            for phrase, others in self._by_start.get(folded[i], ()):
                if tuple(folded[i : i + len(phrase)]) == phrase:
                    matches.append(Match(i, i + len(phrase), others))
                    i += len(phrase)
                    break
            else:
                i += 1
        return matches
