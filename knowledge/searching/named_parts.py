"""A part of a document the question names by its headings ("tiêu chí … tập thể") answers
before an item of another part that only shares the topic's words ("văn hoá công sở" is
both a content item and a line of the collective criteria)."""

from collections.abc import Sequence
from typing import Protocol

import numpy as np

from knowledge.documents import Document
from knowledge.searching.weights_and_vocabulary import OUTLINE_LEAD
from knowledge.sections import Passage


class _Index(Protocol):
    @property
    def passages(self) -> Sequence[Passage]: ...

    def pairs(self, text: str) -> tuple[str, ...]: ...


def _document_pairs(index: _Index, doc: Document) -> set[str]:
    return set(index.pairs(" ".join(filter(None, [doc.kind, doc.title, doc.issuer]))))


def _headings_named(index: _Index, passage: Passage, asked: set[str]) -> set[str]:
    """The question's pairs said by the headings of the passage's part (the section path:
    "II. Tiêu chí thi đua › 1. Đối với tập thể"), not by its own text."""
    return asked.intersection(index.pairs(passage.section.replace(" › ", " . ")))


def prefer_named_part(
    index: _Index,
    pairs: list[str],
    candidates: np.ndarray,
    coverage: np.ndarray,
    answering: list[int],
    rank: np.ndarray,
) -> None:
    """When the best passage's headings say none of the question's pairs that another part
    of the same document's headings say, and that part covers more of the question, that
    part answers first: the question placed what it asks under those headings."""
    if len(answering) < 2 or not pairs:
        return
    ids = candidates.tolist()
    ranked, covered = rank.tolist(), coverage.tolist()
    best = max(answering, key=ranked.__getitem__)
    first = index.passages[ids[best]]
    if first.kind != "section":
        return
    # the words naming the document say which document, never which part
    asked = set(pairs) - _document_pairs(index, first.doc)
    if not asked or _headings_named(index, first, asked):
        return
    named = [
        i
        for i in answering
        if (other := index.passages[ids[i]]).doc is first.doc
        and other.kind == "section"
        and covered[i] > covered[best]
        and _headings_named(index, other, asked)
    ]
    if named:
        part = max(named, key=lambda i: (covered[i], ranked[i]))
        rank[part] = max(ranked[part], ranked[best] * OUTLINE_LEAD)  # (as an outline leads)
