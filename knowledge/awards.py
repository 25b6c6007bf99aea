"""Awards other than the emulation titles (knowledge/awards.yaml), to tell a question about
one of them, which only a passage speaking of it answers, from a question whose words a
passage merely shares ("Huân chương Lao động thưởng bao nhiêu" is not answered by the
article on the bonus for the emulation titles)."""

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import yaml

from knowledge.normalize import fold, plain_words

AWARDS_FILE = Path(__file__).parent / "awards.yaml"


@dataclass(frozen=True)
class Award:
    name: str  # as the bot writes it
    words: tuple[str, ...]  # folded phrases that, all together, name it

    def named_in(self, spaced: str) -> bool:
        return all(f" {phrase} " in spaced for phrase in self.words)


def spaced_text(text: str) -> str:
    """Folded words without punctuation, one spelling per syllable, between spaces."""
    folded = fold.__wrapped__(text)  # not kept in fold's cache: a passage's text is long
    return f" {plain_words(folded)} "


# Questions only: a passage's text (`speaks_of`) is spaced afresh, not kept, or the cache
# would hold tens of thousands of passage texts twice each.
spaced_words = lru_cache(maxsize=4096)(spaced_text)


def named_awards(question: str) -> list[Award]:
    """The awards the question names, the most specific first ("Bằng khen của Thủ tướng
    Chính phủ" before "Bằng khen")."""
    spaced = spaced_words(question)
    named = [award for award in awards() if award.named_in(spaced)]
    return sorted(named, key=lambda a: -sum(len(p.split()) for p in a.words))


def speaks_of(named: Sequence[Award], text: str) -> bool:
    """Whether a passage's text speaks of every award named."""
    if not named:
        return True
    spaced = spaced_text(text)
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
