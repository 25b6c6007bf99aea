"""A small field keeps its weights as one dense matrix (knowledge.postings.weight_matrix);
scores and coverage computed from it equal, bit for bit, those from the postings."""

import numpy as np
import pytest
import yaml

from knowledge import KnowledgeBase, candidates
from knowledge.normalize import has_marks
from knowledge.search import COMMON_DF, SearchIndex, _Field, _query_terms
from tests.test_index_cache import DATA


def questions() -> list[str]:
    return [
        str(i["q"])
        for name in ("questions.yaml", "questions_independent.yaml")
        for i in yaml.safe_load((DATA / name).read_text("utf-8"))
    ]


def without_matrix(field: _Field) -> _Field:
    plain = _Field.__new__(_Field)
    plain.__dict__.update(field.__dict__, matrix=None, _has=None, _dense={})
    plain._dense_left = field._dense_left
    return plain


def indexes(kb: KnowledgeBase) -> list[SearchIndex]:
    return [kb.index] if kb.law_index is None else [kb.index, kb.law_index]


def test_bundled_fields_are_small_enough_to_be_dense(kb: KnowledgeBase) -> None:
    for index in indexes(kb):
        assert index._passage.matrix is not None
        assert index._document.matrix is not None


@pytest.mark.parametrize("question", questions())
def test_dense_scores_and_presence_equal_the_postings(kb: KnowledgeBase, question: str) -> None:
    for index in indexes(kb):
        tokens = index._correct(index.analyzer.words(question))
        accented = sum(has_marks(t) for t in tokens) * 2 >= len(tokens) > 0
        terms = _query_terms(tokens, accented)
        for field in (index._passage, index._document):
            plain = without_matrix(field)
            usable = field.usable(terms, common_cutoff=False)
            dense = candidates.body_scores(field, usable)
            assert np.array_equal(dense, candidates.body_scores(plain, usable))  # bit for bit
            ids = np.arange(min(field.bodies, 30))[::-1]
            names = [t.term for t in terms] + ["không có từ này"]
            assert np.array_equal(field.presence(names, ids), plain.presence(names, ids))


@pytest.mark.parametrize("question", questions()[::5])
def test_common_terms_are_left_out_as_their_passage_counts_say(
    kb: KnowledgeBase, question: str
) -> None:
    """The set of common terms a field keeps gives the cut-off its document frequencies give."""
    for index in indexes(kb):
        terms = _query_terms(index.analyzer.words(question), accented=False)
        for field in (index._passage, index._document):
            known = field.usable(terms, common_cutoff=False)
            rare = [(n, w) for n, w in known if field.doc_freq[n] <= COMMON_DF * field.size]
            assert field.usable(terms, common_cutoff=True) == (rare or known)
