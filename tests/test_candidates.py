"""The pruned top-k (rare terms first, common terms only for the candidates) is the top-k of
scoring every passage: same passages up to ties at the k-th score, same scores bit for bit."""

import numpy as np
import pytest
import yaml

from bench.synthetic import generate_documents
from knowledge import KnowledgeBase, candidates
from knowledge.normalize import has_marks
from knowledge.search import _asked_kinds, _query_terms
from tests.test_index_cache import DATA


@pytest.fixture(scope="module")
def generated() -> KnowledgeBase:
    return KnowledgeBase.from_documents(generate_documents(120, seed=11))


@pytest.fixture(scope="module")
def distinct() -> KnowledgeBase:
    """Documents whose passages are mostly distinct: few bodies shared."""
    return KnowledgeBase.from_documents(generate_documents(150, seed=5, distinct=True))


def questions(kb: KnowledgeBase) -> list[str]:
    asked = [str(i["q"]) for i in yaml.safe_load((DATA / "questions.yaml").read_text("utf-8"))]
    docs = kb.documents
    return asked + [f"{q} {docs[i % len(docs)].place}" for i, q in enumerate(asked)]


@pytest.mark.parametrize("k", [3, 30])
@pytest.mark.parametrize("data", ["generated", "distinct"])
def test_pruned_top_is_the_top_of_all_scores(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, data: str, k: int
) -> None:
    monkeypatch.setattr(candidates, "MIN_PASSAGES", 0)
    monkeypatch.setattr(candidates, "MAX_EXACT", 400)
    kb: KnowledgeBase = request.getfixturevalue(data)
    index = kb.index
    pruned = 0
    for question in questions(kb):
        tokens = index._correct(index.analyzer.words(question))
        accented = sum(has_marks(t) for t in tokens) * 2 >= len(tokens) > 0
        query = index._query(tokens, _query_terms(tokens, accented), _asked_kinds(tokens))
        everything = candidates.all_scores(index._passage, query, index._docs)
        found = candidates._pruned(index._passage, query, index._docs, k)
        if found is None:
            continue
        pruned += 1
        ids, scores = found
        assert np.array_equal(scores, everything[ids])  # bit for bit
        positive = np.sort(everything[everything > 0])[::-1]
        assert np.array_equal(np.sort(scores)[::-1], positive[: ids.size]), question
        # and the same passages, ties included
        assert np.array_equal(ids, candidates._best(everything, np.arange(everything.size), k))
    assert pruned >= 5  # the bound held often enough to test it


@pytest.mark.parametrize("k", [3, 30])
@pytest.mark.parametrize("data", ["generated", "distinct"])
def test_top_from_the_best_bodies_is_the_top_of_all_scores(
    request: pytest.FixtureRequest, data: str, k: int
) -> None:
    kb: KnowledgeBase = request.getfixturevalue(data)
    index = kb.index
    used = 0
    for question in questions(kb):
        tokens = index._correct(index.analyzer.words(question))
        accented = sum(has_marks(t) for t in tokens) * 2 >= len(tokens) > 0
        query = index._query(tokens, _query_terms(tokens, accented), _asked_kinds(tokens))
        body_scores = candidates._body_scores(index._passage, query)
        everything = candidates._expand(body_scores, query, index._docs)
        found = candidates._by_best_bodies(body_scores, query, index._docs, k)
        if found is None:
            continue
        used += 1
        ids, scores = found
        assert np.array_equal(scores, everything[ids])  # bit for bit
        positive = np.sort(everything[everything > 0])[::-1]
        assert np.array_equal(np.sort(scores)[::-1], positive[: ids.size]), question
        assert np.array_equal(ids, candidates._best(everything, np.arange(everything.size), k))
    assert used >= 20


@pytest.mark.parametrize("seed", range(20))
def test_highest_finds_the_n_highest_values(seed: int) -> None:
    rng = np.random.default_rng(seed)
    size = int(rng.integers(1, 20_000))
    values = rng.integers(0, 50, size).astype(np.float32) * rng.random(size, dtype=np.float32)
    n = int(rng.integers(1, min(size, 200) + 1))
    found = candidates._highest(values, n)
    assert np.unique(found).size == n
    assert np.array_equal(np.sort(values[found]), np.sort(values)[-n:])
