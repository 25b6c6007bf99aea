"""Work on a question done once instead of once per document or per index gives the same
results as doing it each time."""

import random

import numpy as np

from bench.synthetic import generate_documents
from knowledge.normalize import fold
from knowledge.search import (
    RECENT_QUESTIONS,
    Analyzer,
    _asked_kinds,
    _citing_groups,
    _coverage_units,
    _documents_citing,
    _issuer_words,
    _query_terms,
)


def test_citing_documents_chosen_by_group_are_those_chosen_one_by_one() -> None:
    """Documents carrying out a numbered one are matched once per issuer and kind: for any
    question text and named kinds, the documents chosen are those each document's own issuer
    and kind would choose, the same document as often as it cites the number."""
    documents = generate_documents(120)
    kind_of = [f" {fold(doc.kind)} " if doc.kind else "" for doc in documents]
    citing = _documents_citing(documents)
    grouped = _citing_groups(citing, kind_of)
    assert grouped.keys() == citing.keys() and citing
    issuers = sorted({_issuer_words(doc) for doc in documents} | {" nowhere "})
    kinds = sorted(set(kind_of) | {" cong van "})
    rng = random.Random(13)
    chosen_some = 0
    for _ in range(400):
        number = rng.choice(sorted(citing))
        text = "".join(rng.sample(issuers, rng.randint(0, 3))) + " ct 14 "
        named = set(rng.sample(kinds, rng.randint(0, 2)))
        one_by_one = [i for i, issuer in citing[number] if issuer in text or kind_of[i] in named]
        groups = [ids for issuer, kind, ids in grouped[number] if issuer in text or kind in named]
        by_group = np.concatenate(groups).tolist() if groups else []
        assert sorted(by_group) == sorted(one_by_one)
        chosen_some += bool(one_by_one)
    assert chosen_some > 50  # the texts chose some documents, not only none


def test_a_question_s_terms_kept_for_the_next_index_are_its_own() -> None:
    """The terms, units and kinds kept for the other index are handed out as new lists
    and sets: what one search changes in them is not what the next one reads."""
    tokens = ["tiêu", "chí", "thi", "đua", "gồm", "những", "nội", "dung", "gì"]
    terms = _query_terms(tokens, accented=True)
    first = list(terms)
    terms.append(terms[0])
    assert _query_terms(tokens, accented=True) == first
    assert _query_terms(list(tokens), accented=False) != first  # keyed by accent too
    units = _coverage_units(tokens, accented=True)
    units.clear()
    assert _coverage_units(tokens, accented=True)
    asked = _asked_kinds(tokens)
    assert asked == {"outline"}
    asked.discard("outline")
    assert _asked_kinds(tokens) == {"outline"}


def test_a_question_s_words_kept_for_the_next_index_are_those_read_afresh() -> None:
    """Each index reads the question's words from one analysis, kept for the last few
    questions: the same as analysing it again, before and after others push it out."""
    analyzer = Analyzer.from_file()
    questions = [f"ai ký ct{n} của sở tnmt năm 202{n % 10}" for n in range(RECENT_QUESTIONS * 3)]
    for question in [*questions, *reversed(questions)]:
        kept = analyzer.question_words(question)
        assert analyzer.question_words(question) is kept  # read once for both indexes
        assert kept == analyzer.words(question)
    assert len(analyzer._questions) == RECENT_QUESTIONS
