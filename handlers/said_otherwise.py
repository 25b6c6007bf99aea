"""Which of a follow-up's own words a passage says, in those words or in another phrase of
their group in knowledge/synonyms.yaml: after an article naming "Bộ Quốc phòng, Bộ Công an",
"trong quân đội, công an thì ai" asks of what it says."""

import re
from functools import cache

from knowledge.normalize import folded_words
from knowledge.synonyms import Synonyms

_SENTENCE_END = re.compile(r"(?<=[.;:!?])\s+|\n+")


@cache
def synonyms() -> Synonyms:
    """knowledge/synonyms.yaml's groups, read by folded words (as a follow-up is)."""
    return Synonyms.from_file(lambda text: folded_words(text).split())


def said(own: list[str], text: str, asked: str) -> set[str]:
    """The words of `own` (folded words of the question `asked`) the text says, itself or
    by another phrase of the group of a phrase of the question they are in."""
    padded = f" {folded_words(text)} "
    words = {w for w in own if f" {w} " in padded}
    tokens = asked.split()
    for found in synonyms().find(tokens, False):
        if any(f" {' '.join(other)} " in padded for other in found.others):
            words.update(w for w in tokens[found.start : found.end] if w in own)
    return words


def count_said(own: list[str], text: str, asked: str) -> int:
    return len(said(own, text, asked))


def one_sentence_says_all(own: list[str], text: str, asked: str) -> bool:
    """Whether one sentence (or line) of the text says every word of `own`."""
    return bool(own) and any(
        said(own, sentence, asked) >= set(own) for sentence in _SENTENCE_END.split(text)
    )
