"""Words told apart by their marks: "đổi" is not "đối", "chỉ" not "chí", "bỏ" not "bộ".

A question typed with marks says which word it means; a line whose word folds alike but is
written with other marks shares it only by its letters. A question typed without marks
(most of its words bare) says nothing of marks, and every line's word matches it fully.
"""

from collections.abc import Mapping
from functools import lru_cache

from knowledge.normalize import accent_key, fold, has_marks, words

Forms = Mapping[str, frozenset[str]]


def _forms(said: list[str]) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for word in said:
        found.setdefault(fold(word), set()).add(accent_key(word))
    return {plain: frozenset(keys) for plain, keys in found.items()}


@lru_cache(maxsize=1024)
def typed_forms(question: str) -> Forms:
    """Each folded word the question writes with marks, and the ways it writes it; empty
    when the question is typed without marks (fewer than half its words carry any)."""
    typed = words(question)
    if sum(has_marks(w) for w in typed) * 2 < len(typed):
        return {}
    return _forms([w for w in typed if has_marks(w)])


@lru_cache(maxsize=8192)
def line_forms(line: str) -> Forms:
    """Each folded word of a line and the ways the line writes it."""
    return _forms(words(line))


def off_marks(term: str, asked: Forms, line: Forms) -> bool:
    """Whether a term a line shares with the question (folded words, or a pair of them) has
    a word the question writes with marks that the line writes only with other marks."""
    return any(
        word in asked and word in line and asked[word].isdisjoint(line[word])
        for word in term.split()
    )
