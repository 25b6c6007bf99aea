"""Awards other than the emulation titles (knowledge/awards.yaml), to tell a question about
one of them, which only a passage speaking of it answers, from a question whose words a
passage merely shares ("Huân chương Lao động thưởng bao nhiêu" is not answered by the
article on the bonus for the emulation titles)."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import yaml

from knowledge.normalize import PASSAGE_TEXTS_KEPT, Kept, fold_long, plain_words
from knowledge.searching.weights_and_vocabulary import ABBREVIATIONS_FILE

AWARDS_FILE = Path(__file__).parent / "awards.yaml"


@dataclass(frozen=True)
class Award:
    name: str  # as the bot writes it
    words: tuple[str, ...]  # folded phrases that, all together, name it

    def named_in(self, spaced: str) -> bool:
        return all(f" {phrase} " in spaced for phrase in self.words)


def spaced_text(text: str) -> str:
    """Folded words without punctuation, one spelling per syllable, between spaces."""
    folded = fold_long(text)  # not kept in fold's memory: a passage's text is long
    return f" {plain_words(folded)} "


# Questions only: a passage's text (`speaks_of`) is kept apart, fewer of them, or the cache
# would hold tens of thousands of passage texts twice each.
spaced_words = lru_cache(maxsize=4096)(spaced_text)
# `spaced_text` of a passage's text (kept: the same few answers are read for every award and
# ordinal a question names, and spacing one costs more than the rest of its checks)
spaced_passage: Callable[[str], str] = Kept(spaced_text, PASSAGE_TEXTS_KEPT).__getitem__


@lru_cache(maxsize=4096)  # each answer asks it of the same question several times
def named_awards(question: str) -> tuple[Award, ...]:
    """The awards the question names, the most specific first ("Bằng khen của Thủ tướng
    Chính phủ" before "Bằng khen")."""
    spaced = _spelled(spaced_words(question))
    # Award.named_in, with each phrase spaced once: most awards fail on their first phrase
    # (every answer checks every award, several times).
    named = [
        award
        for award, first, rest in _phrases()
        if first in spaced and all(phrase in spaced for phrase in rest)
    ]
    return tuple(sorted(named, key=lambda a: -sum(len(p.split()) for p in a.words)))


def _spelled(spaced: str) -> str:
    """Spaced words with the awards' shortenings spelled out ("bk": "bang khen")."""
    for short, words in _shortenings():
        spaced = spaced.replace(short, words)
    return spaced


@cache
def _shortenings() -> tuple[tuple[str, str], ...]:
    """The abbreviations (knowledge/abbreviations.yaml, which the search reads too) that
    stand for an award named by one phrase, spaced: " bk " for " bang khen " (not "ttg",
    one of the phrases naming the Prime Minister's Bằng khen)."""
    data = yaml.safe_load(ABBREVIATIONS_FILE.read_text(encoding="utf-8"))
    names = {award.words[0] for award in awards() if len(award.words) == 1}
    return tuple(
        (spaced_words(short), spaced_words(words))
        for short, words in data.items()
        if isinstance(words, str) and words and spaced_words(words).strip() in names
    )


@cache
def _phrases() -> tuple[tuple[Award, str, tuple[str, ...]], ...]:
    """Each award with its phrases between spaces: the first, and the others."""
    spaced = [(award, tuple(f" {phrase} " for phrase in award.words)) for award in awards()]
    # An award without phrases is named by any text, as all(()) says: " " is in every one.
    return tuple((award, (*phrases, " ")[0], phrases[1:]) for award, phrases in spaced)


def speaks_of(named: Sequence[Award], text: str) -> bool:
    """Whether a passage's text speaks of every award named."""
    if not named:
        return True
    spaced = spaced_passage(text)
    return all(award.named_in(spaced) for award in named)


@cache
def awards() -> tuple[Award, ...]:
    data = yaml.safe_load(AWARDS_FILE.read_text(encoding="utf-8"))
    return tuple(
        Award(
            str(entry["name"]),
            tuple(spaced_words(str(p)).strip() for p in entry.get("words", [entry["name"]])),
        )
        for entry in data["awards"]
    )
