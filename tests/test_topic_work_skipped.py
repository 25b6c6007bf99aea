"""Work that a question cannot use is not done: the topic of a document is worked out only
when two of its parts could be told apart by it (answers byte-identical: `python -m
bench.answer_dump` before and after)."""

import numpy as np
import pytest

from knowledge import KnowledgeBase
from knowledge.search import SearchIndex


def _never(*args: object, **kwargs: object) -> None:
    raise AssertionError("worked out the topic of a document no two parts of which answer")


def test_one_answering_part_has_no_topic_to_rank_by(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(SearchIndex, "_topic_of", _never)
    index = kb.index
    part = next(i for i, p in enumerate(index.passages) if p.kind == "section")
    units = [("thi dua", 1.0, None), ("covid", 2.0, None)]
    assert index._topic_parts(units, np.array([part]), [0], [1.0]) is None


def test_an_opening_with_no_part_covering_more_yields_to_none(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The opening found first yields only to a part of its document covering more of the
    question: with none, its topic is not worked out."""
    monkeypatch.setattr(SearchIndex, "_topic_of", _never)
    index = kb.index
    opening = next(i for i, p in enumerate(index.passages) if p.kind == "intro")
    doc = index.passages[opening].doc
    part = next(i for i, p in enumerate(index.passages) if p.kind == "section" and p.doc is doc)
    units = [("thi dua", 1.0, None), ("covid", 2.0, None)]
    rank = np.array([2.0, 1.0])
    index._opening_yields(units, np.array([opening, part]), np.array([0.9, 0.8]), [0, 1], rank)
    assert rank.tolist() == [2.0, 1.0]
