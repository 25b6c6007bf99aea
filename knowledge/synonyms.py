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

from knowledge.normalize import accent_key, fold

SYNONYMS_FILE = Path(__file__).parent / "synonyms.yaml"
ASKED_ONLY = "~"  # before a phrase of knowledge/synonyms.yaml that only questions say
TOPIC = "thì"  # the topic marker, which may stand between a phrase's words
RECENT_FINDS = 8  # the finds of the last questions kept: each is asked again of the same words


@dataclass(frozen=True)
class Match:
    start: int  # the phrase's first token in the question
    end: int  # one past its last token
    others: tuple[tuple[str, ...], ...]  # the group's other phrases, as folded words


class Synonyms:
    """Groups of phrases found by their first word: with diacritics when the question has
    them, else folded. Folded, a one-word phrase is too ambiguous to use ("dung" is "dùng",
    "dụng" or "dựng")."""

    def __init__(
        self,
        groups: Sequence[Sequence[Sequence[str]]],
        asked_only: frozenset[tuple[str, ...]] = frozenset(),
    ) -> None:
        self._accented = _by_start(groups, accent_key, asked_only)
        self._folded = _by_start(groups, fold, asked_only)
        self._recent: dict[tuple[tuple[str, ...], bool], tuple[Match, ...]] = {}

    @classmethod
    def from_file(
        cls, analyse: Callable[[str], list[str]], path: Path = SYNONYMS_FILE
    ) -> "Synonyms":
        """Groups from the file, each phrase analysed as questions are (abbreviations). A
        phrase marked ASKED_ONLY is only how staff ask: it finds the group's other phrases,
        but is never looked for in a passage, where its words may be others' ("dựa trên" is
        "thi đua trên …" without diacritics)."""
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        groups: list[list[list[str]]] = []
        asked_only: set[tuple[str, ...]] = set()
        for group in data:
            phrases = []
            for phrase in map(str, group):
                words = analyse(phrase.removeprefix(ASKED_ONLY).strip())
                if phrase.startswith(ASKED_ONLY):
                    asked_only.add(tuple(fold(w) for w in words))
                phrases.append(words)
            groups.append(phrases)
        return cls(groups, frozenset(asked_only))

    def find(self, tokens: Sequence[str], accented: bool) -> tuple[Match, ...]:
        """The group phrases in a question's words, longest first, not overlapping; kept
        for the last few questions' words (the search and the reading of its function words
        ask the same)."""
        asked = (tuple(tokens), accented)
        found = self._recent.get(asked)
        if found is None:
            found = self._find(tokens, accented)
            if len(self._recent) >= RECENT_FINDS:
                self._recent.pop(next(iter(self._recent)))
            self._recent[asked] = found
        return found

    def _find(self, tokens: Sequence[str], accented: bool) -> tuple[Match, ...]:
        by_start = self._accented if accented else self._folded
        key = accent_key if accented else fold
        keys = [key(t) for t in tokens]
        if by_start.keys().isdisjoint(keys):  # most questions: no phrase starts anywhere
            return ()
        topic = key(TOPIC)
        matches = []
        i = 0
        while i < len(keys):
            for phrase, others in by_start.get(keys[i], ()):
                end = _phrase_end(keys, i, phrase, topic)
                if end is not None and (accented or len(phrase) > 1):
                    matches.append(Match(i, end, others))
                    i = end
                    break
            else:
                i += 1
        return tuple(matches)


def _phrase_end(keys: Sequence[str], start: int, phrase: tuple[str, ...], topic: str) -> int | None:
    """Where `phrase` ends in the question's keys from `start`, the topic marker "thì" between
    its words passed over ("trường hợp nào thì không được" is "trường hợp nào không được"),
    but not "thi đua"; None when it is not there."""
    at = start
    for n, word in enumerate(phrase):
        while n and at + 1 < len(keys) and keys[at] == topic != word and keys[at + 1] != "dua":
            at += 1
        if at >= len(keys) or keys[at] != word:
            return None
        at += 1
    return at


def _by_start(
    groups: Sequence[Sequence[Sequence[str]]],
    key: Callable[[str], str],
    asked_only: frozenset[tuple[str, ...]] = frozenset(),
) -> dict[str, list[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]]]:
    """Each phrase (as keys of its words) with the group's other phrases (as folded words),
    by the phrase's first key, longest phrase first."""
    # A phrase in two groups ("ưu tiên": who is chosen, what a measure puts first) finds
    # the phrases of both.
    merged: dict[tuple[str, ...], dict[tuple[str, ...], None]] = defaultdict(dict)
    for group in groups:
        phrases = list(dict.fromkeys(tuple(p) for p in group if p))
        for phrase in phrases:
            keyed = tuple(key(w) for w in phrase)
            for other in phrases:
                folded = tuple(fold(w) for w in other)
                if other != phrase and folded not in asked_only:
                    merged[keyed][folded] = None
    found: dict[str, list[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]]]
    found = defaultdict(list)
    for keyed, others in merged.items():
        found[keyed[0]].append((keyed, tuple(others)))
    for entries in found.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return dict(found)
