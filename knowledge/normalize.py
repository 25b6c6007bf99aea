"""Vietnamese text normalisation: Unicode NFC, diacritic folding, tokens.

Every token has two forms:
- its *fold*: lower case, no diacritics, đ→d ("Thưởng" → "thuong"), for people who type
  without diacritics;
- its *accent key*: the fold plus the sequence of marks it carried ("thuong|̛ ̉"), so that
  "hoà" and "hòa" (old and new tone placement) are the same word but "giá" and "gia" are not.
"""

import re
import unicodedata
from collections.abc import Callable
from typing import TypeVar

_WORD = re.compile(r"\w+", re.UNICODE)
_SPACES = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_PUNCTUATION = re.compile(r"[^\w\s]")
# Syllables staff spell two ways ("sỹ"/"sĩ", "kí"/"ký"), each written one way.
_ONE_SPELLING = {"sy": "si", "ki": "ky"}
T = TypeVar("T")


# A comma, colon or question mark closing a word ("sóc trăng, tiêu chí"), not the dot or
# slash inside a number ("14/ct-ubnd", "1.000")
_CLAUSE_MARK = re.compile(r"[,;:?!]+(?=\s|$)")


def without_clause_marks(text: str) -> str:
    """The text with the marks closing its clauses taken out, so that a name closing a
    clause ("sóc trăng,") is found and replaced as a whole word."""
    return " ".join(_CLAUSE_MARK.sub(" ", text).split())


def nfc(text: str) -> str:
    """Return text in Unicode NFC with control characters removed."""
    normal = unicodedata.normalize("NFC", text)
    # (a printable text has no control character: most texts, which need no pattern tried)
    return normal if normal.isprintable() else _CONTROL.sub("", normal)


MAX_KEPT = 65536  # texts whose fold, accent key or marks are kept
# passages' texts whose folded forms are kept: those read again and again as answers (a few
# megabytes), not every passage of a large knowledge base
PASSAGE_TEXTS_KEPT = 1024


class Kept(dict[str, T]):
    """What a function makes of each text, made when first asked and then kept; emptied when
    it holds MAX_KEPT texts. Its `__getitem__` is the function, kept: a dict's look-up, which
    costs less than half a call through `lru_cache` (a question asks `fold` hundreds of
    times)."""

    __slots__ = ("_limit", "_make")

    def __init__(self, make: Callable[[str], T], limit: int | None = None) -> None:
        super().__init__()
        self._make = make
        self._limit = limit  # None: MAX_KEPT

    def __missing__(self, text: str) -> T:
        if len(self) >= (MAX_KEPT if self._limit is None else self._limit):
            self.clear()
        made = self[text] = self._make(text)
        return made


def fold_long(text: str) -> str:
    """Return lower-case text without diacritics; đ becomes d. As `fold`, for a long text
    read once, which would only crowd fold's memory."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Return lower-case text without diacritics; đ becomes d (`fold_long`, kept).
fold: Callable[[str], str] = Kept(fold_long).__getitem__


def _accent_key(word: str) -> str:
    lower = word.lower()
    decomposed = unicodedata.normalize("NFD", lower)
    marks = "".join(c for c in decomposed if unicodedata.combining(c))
    if "đ" in lower:
        marks = "đ" + marks
    return f"{fold(lower)}|{marks}" if marks else fold(lower)


# Return the word's fold joined with the marks it carries, in order of appearance (kept).
accent_key: Callable[[str], str] = Kept(_accent_key).__getitem__


def _has_marks(word: str) -> bool:
    return accent_key(word) != fold(word)


# Tell whether the word was typed with any Vietnamese diacritic (kept: asked of the same few
# words many times a question).
has_marks: Callable[[str], bool] = Kept(_has_marks).__getitem__


def typed_as(typed: str, written: str) -> bool:
    """Whether a typed word may be the written one: the same letters, and the same marks when
    it carries any ("hòa" is "hoà"; "sơ" is no "sổ"; a bare "so" may be either)."""
    return fold(typed) == fold(written) and (
        not has_marks(typed) or accent_key(typed) == accent_key(written)
    )


def says_as_written(text: str, phrase: str) -> bool:
    """Whether the text says the phrase somewhere, each word typed as written or bare
    (`typed_as`): "làm sổ do ở đâu" says "sổ đỏ", "hồ sơ đó" does not."""
    typed, wanted = words(text), words(phrase)
    return any(
        all(typed_as(t, w) for t, w in zip(typed[at : at + len(wanted)], wanted, strict=True))
        for at in range(len(typed) - len(wanted) + 1)
    )


def typed_or_bare(phrases: tuple[str, ...]) -> str:
    """A pattern (source) of lower-case typed words saying one of the phrases, each word with
    its marks or bare: a word typed with marks means only itself ("cán" is no "cần")."""
    spelt = (" ".join(f"(?:{w}|{fold(w)})" for w in p.split()) for p in phrases)
    return rf"(?<!\w)(?:{'|'.join(sorted(spelt, key=len, reverse=True))})(?!\w)"


def words(text: str) -> list[str]:
    """Split text into lower-case words (letters and digits), keeping diacritics."""
    return _WORD.findall(nfc(text).lower().replace("_", " "))


def folded_words(text: str) -> str:
    """The text folded (see `fold`), as its words without punctuation, one space apart."""
    return " ".join(_PUNCTUATION.sub(" ", fold(text)).split())


def plain_words(folded: str) -> str:
    """Folded text as its words, without punctuation, each syllable spelt one way."""
    return " ".join(_ONE_SPELLING.get(w, w) for w in _PUNCTUATION.sub(" ", folded).split())


def squash_spaces(text: str) -> str:
    """Collapse runs of white space into single spaces."""
    return _SPACES.sub(" ", text).strip()


class Needing:
    """A pattern tried only on a text with one of the words it cannot match without: most
    questions ask none of what it looks for, and a pattern opening on "\\b" or an
    alternation is tried at every position where a substring test is one quick scan. Every
    alternative of the pattern must contain one of `needed`."""

    __slots__ = ("needed", "pattern")

    def __init__(self, pattern: str, *needed: str) -> None:
        self.pattern = re.compile(pattern)
        self.needed = needed

    def search(self, text: str) -> re.Match[str] | None:
        for word in self.needed:
            if word in text:
                return self.pattern.search(text)
        return None


def without_typed(text: str, words: re.Pattern[str], group: int = 0) -> str:
    """The text as typed, without the words whose folded form the pattern's `group` spans
    ("chủ tịch huyện giờ tặng gì" without "giờ")."""
    tokens = text.split()
    folded = [fold(t.strip(",.;:?!")) for t in tokens]
    line = " ".join(folded)
    if not words.search(line):
        return text
    # each token's start in the folded line, to map a match back to the tokens typed
    starts, at = [], 0
    for word in folded:
        starts.append(at)
        at += len(word) + 1
    dropped: set[int] = set()
    for found in words.finditer(line):
        if found.start(group) < 0:
            continue
        span = range(found.start(group), found.end(group))
        dropped |= {i for i, s in enumerate(starts) if s in span}
    return " ".join(t for i, t in enumerate(tokens) if i not in dropped)
