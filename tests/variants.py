"""Ways people type a question other than the careful way it was written, for scoring.

- "folded": without diacritics, as on a phone keyboard without Vietnamese input
  (`knowledge.normalize.fold`, which also lower-cases);
- "typo": one slip in one of the longer words (a letter dropped, doubled, swapped with the
  next, or replaced by a neighbour on the keyboard), the same slip for the same text every run;
- "folded-typo": both.

Slash commands are typed as they are: a variant changes only free text.
"""

import random
import re
import zlib
from collections.abc import Callable

from knowledge.normalize import fold

VARIANTS = ("normal", "folded", "typo", "folded-typo")
# Letters of the words a slip goes into: the longer words when there are any (most Vietnamese
# syllables have four letters or fewer, and a slip in "ai" or "thi" makes another word).
LONG_WORDS = (5, 4)
_LETTERS = re.compile(r"[^\W\d_]+", re.UNICODE)
_NEIGHBOURS = {  # QWERTY neighbours of each letter, for a replaced letter
    "a": "qsz", "b": "vgn", "c": "xdv", "d": "sfe", "e": "wrd", "f": "dgr", "g": "fht",
    "h": "gjy", "i": "uok", "j": "hku", "k": "jli", "l": "ko", "m": "nk", "n": "bmh",
    "o": "ipl", "p": "ol", "q": "wa", "r": "etf", "s": "adw", "t": "ryg", "u": "yij",
    "v": "cbf", "w": "qes", "x": "zcs", "y": "tuh", "z": "xa",
}  # fmt: skip


def typo(text: str, seed: int = 0) -> str:
    """The text with one slip in one of its longer words (LONG_WORDS)."""
    if text.startswith("/"):
        return text
    spans = []
    for least in LONG_WORDS:
        spans = [m.span() for m in _LETTERS.finditer(text) if m.end() - m.start() >= least]
        if spans:
            break
    else:
        return text
    rng = random.Random(seed * 1_000_003 + zlib.crc32(text.encode("utf-8")))
    start, end = rng.choice(spans)
    word = text[start:end]
    at = rng.randrange(1, len(word) - 1)  # the first and last letters are rarely the slip
    kind = rng.choice(("drop", "double", "swap", "replace"))
    if kind == "drop":
        slipped = word[:at] + word[at + 1 :]
    elif kind == "double":
        slipped = word[: at + 1] + word[at:]
    elif kind == "swap":
        slipped = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    else:
        base = fold(word[at])
        slipped = word[:at] + rng.choice(_NEIGHBOURS.get(base, base)) + word[at + 1 :]
    return text[:start] + slipped + text[end:]


def folded(text: str) -> str:
    return text if text.startswith("/") else fold(text)


def variant(name: str, seed: int = 0) -> Callable[[str], str]:
    """The function that types a text the named way."""
    if name == "normal":
        return lambda text: text
    if name == "folded":
        return folded
    if name == "typo":
        return lambda text: typo(text, seed)
    if name == "folded-typo":
        return lambda text: typo(folded(text), seed)
    raise ValueError(f"unknown variant {name!r}; one of {', '.join(VARIANTS)}")
