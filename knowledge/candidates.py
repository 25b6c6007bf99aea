"""The passages with the highest BM25 scores, without scoring every passage that has a
common word.

A passage's score is (its BM25 over the question's terms + its document's score) × its prior.
Most of the postings a question touches belong to common terms ("thi đua", "cá nhân"), and
they decide little. So:
1. the passages having the rarest terms are scored exactly, every term included;
2. the k-th best of them is a threshold: a passage outside them can only beat it with the
   terms not used to find them, its document's score and the highest prior, and each term's
   highest weight bounds what it can add;
3. documents whose bound still reaches the threshold have their passages scored exactly too;
4. when the bound cannot be made tight within a small budget, every passage is scored.

The top k is then the same set as scoring every passage (up to ties at the k-th score) and
each score is computed by the same float32 operations in the same term order, so it is equal
bit for bit.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

MIN_PASSAGES = 20_000  # below this, scoring every passage is as quick as pruning
MAX_EXPANDED = 12_000  # passages scored from their bodies' scores before scoring them all
MAX_EXACT = 1_500  # passages scored exactly before scoring them all is cheaper
RARE_SHARE = 0.05  # terms in at most this share of passages find the first candidates
MARGIN = 1.0001  # float32 sums may round above the float64 bound by a few ulps


class Postings(Protocol):
    size: int  # passages
    bodies: int  # distinct texts: what postings and score vectors index
    peaks: np.ndarray
    doc_freq: np.ndarray  # passages having each term
    matrix: np.ndarray | None  # every term's weight in every body, when the field is small

    def postings_of(self, number: int) -> tuple[np.ndarray, np.ndarray]: ...

    def ids_of(self, number: int) -> np.ndarray: ...  # postings_of(number)[0], no weights

    def dense_of(self, number: int) -> np.ndarray | None: ...  # the term's weights, if dense

    def add_to(self, scores: np.ndarray, number: int, weight: float) -> None: ...


@dataclass(frozen=True)
class Query:
    """One question's scoring: passage terms (id, weight) in question order, each document's
    score, and the prior of any set of passages."""

    terms: Sequence[tuple[int, float]]
    doc_scores: np.ndarray  # float32, one per document
    prior: Callable[[np.ndarray | None], np.ndarray]  # float32 prior of passages (None: all)
    max_prior: float


@dataclass(frozen=True)
class Layout:
    """Where passages belong: their documents and their bodies (passages with the same text
    and headings share one body, hence one set of postings)."""

    of: np.ndarray  # each passage's document (int32)
    starts: np.ndarray | None  # where each document's passages start, when contiguous
    body_of: np.ndarray  # each passage's body (int32)
    body_starts: np.ndarray  # passages of body b: by_body[body_starts[b]:body_starts[b + 1]]
    by_body: np.ndarray  # passage ids ordered by body
    body_sizes: np.ndarray  # how many passages share each body


def layout(doc_of: np.ndarray, documents: int, body_of: np.ndarray) -> Layout:
    contiguous = not (doc_of.size and np.any(np.diff(doc_of) < 0))
    starts = np.searchsorted(doc_of, np.arange(documents + 1)) if contiguous else None
    by_body = np.argsort(body_of, kind="stable").astype(np.int32)
    bodies = int(body_of.max(initial=-1)) + 1
    body_starts = np.searchsorted(body_of[by_body], np.arange(bodies + 1))
    # Indexes as numpy's own integer type: gathering with them needs no conversion per query.
    return Layout(
        doc_of.astype(np.intp),
        starts,
        body_of.astype(np.intp),
        body_starts,
        by_body,
        np.diff(body_starts),
    )


def all_scores(field: Postings, query: Query, docs: Layout) -> np.ndarray:
    """Every passage's score."""
    return _expand(_body_scores(field, query), query, docs)


def _body_scores(field: Postings, query: Query) -> np.ndarray:
    """Every body's BM25 score."""
    return body_scores(field, query.terms)


def body_scores(field: Postings, terms: Sequence[tuple[int, float]]) -> np.ndarray:
    """Every body's score: the sum of the terms' weighted weights, added in term order."""
    if field.matrix is not None and terms:
        numbers, weights = zip(*terms, strict=True)
        rows = field.matrix.take(numbers, axis=0)
        rows *= np.array(weights, dtype=np.float32)[:, None]  # as float32 × a Python float
        # Along the first axis numpy adds row after row: the loop below, bit for bit.
        summed: np.ndarray = np.add.reduce(rows, axis=0)
        return summed
    scores = np.zeros(field.bodies, dtype=np.float32)
    for number, weight in terms:
        field.add_to(scores, number, weight)
    return scores


def _expand(body_scores: np.ndarray, query: Query, docs: Layout) -> np.ndarray:
    """Passage scores from body scores: plus the document's score, times the prior."""
    scores: np.ndarray = body_scores.take(docs.body_of)
    scores += query.doc_scores.take(docs.of)
    scores *= query.prior(None)
    return scores


def _scores_of(body_scores: np.ndarray, query: Query, docs: Layout, ids: np.ndarray) -> np.ndarray:
    """The same for some passages: `_expand(...)[ids]`, bit for bit."""
    scores: np.ndarray = body_scores.take(docs.body_of[ids])
    scores += query.doc_scores.take(docs.of[ids])
    scores *= query.prior(ids)
    return scores


def exact_scores(field: Postings, query: Query, docs: Layout, ids: np.ndarray) -> np.ndarray:
    """The scores of the given passages (sorted ids), equal to `all_scores(...)[ids]`."""
    bodies, where_body = np.unique(docs.body_of[ids], return_inverse=True)
    body_scores = _exact_body_scores(field, query, bodies)
    scores: np.ndarray = body_scores[where_body]
    scores += query.doc_scores[docs.of[ids]]
    scores *= query.prior(ids)
    return scores


def _exact_body_scores(field: Postings, query: Query, bodies: np.ndarray) -> np.ndarray:
    """The BM25 scores of some bodies (ascending ids), equal to `_body_scores(...)[bodies]`."""
    # Searched as the postings' own type: other needles would make numpy copy the postings.
    bodies = bodies.astype(np.intp)
    body_scores = np.zeros(bodies.size, dtype=np.float32)
    for number, weight in query.terms:
        dense = field.dense_of(number)
        if dense is not None:  # 0.0 where a body lacks the term: x + 0.0 is x
            body_scores += weight * dense.take(bodies)
            continue
        posting, weights = field.postings_of(number)
        if posting.size <= bodies.size:
            where = bodies.searchsorted(posting)
            np.minimum(where, bodies.size - 1, out=where)
            found = bodies[where] == posting
            body_scores[where[found]] += weight * weights[found]
        else:
            where = posting.searchsorted(bodies)
            np.minimum(where, posting.size - 1, out=where)
            found = posting[where] == bodies
            body_scores[found] += weight * weights[where[found]]
    return body_scores


def _passages_of(docs: Layout, bodies: np.ndarray) -> np.ndarray:
    """The passages (ascending) whose body is one of these."""
    starts, ends = docs.body_starts[bodies], docs.body_starts[bodies + 1]
    sizes = ends - starts
    where = np.repeat(starts - np.cumsum(sizes) + sizes, sizes) + np.arange(int(sizes.sum()))
    return np.sort(docs.by_body[where])


def top(field: Postings, query: Query, docs: Layout, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The ids (ascending) of the k best-scoring passages with a positive score, and their
    scores."""
    found = _pruned(field, query, docs, k)
    if found is not None:
        return found
    body_scores = _body_scores(field, query)
    found = _by_best_bodies(body_scores, query, docs, k) if field.size >= MIN_PASSAGES else None
    if found is not None:
        return found
    scores = _expand(body_scores, query, docs)
    ids = _best_of_all(scores, k)
    return ids, scores[ids]


def _by_best_bodies(
    body_scores: np.ndarray, query: Query, docs: Layout, k: int
) -> tuple[np.ndarray, np.ndarray] | None:
    """Top k from the passages of the best bodies, when a bound shows no other passage can
    reach them: a passage scores at most (its body's score + the best document score) × the
    highest prior."""
    counts = docs.body_sizes
    seeds = min(body_scores.size, 4 * k)
    if seeds == 0:
        return None
    best = _highest(body_scores, seeds)
    best = best[np.argsort(-body_scores[best], kind="stable")]
    enough = int(np.searchsorted(np.cumsum(counts[best]), k)) + 1
    ids = _passages_of(docs, np.sort(best[:enough]))
    if ids.size < k or ids.size > MAX_EXPANDED:
        return None
    scores = _scores_of(body_scores, query, docs, ids)
    positive = scores[scores > 0]
    if positive.size < k:
        return None
    threshold = float(np.partition(positive, positive.size - k)[positive.size - k])
    best_document = float(query.doc_scores.max(initial=0))
    # (score + best document) × max prior × MARGIN ≥ threshold, solved for the body's score
    # once rather than computed for every body; rounded down, so that no body is left out.
    lowest = threshold / (query.max_prior * MARGIN) - best_document
    lowest32 = np.nextafter(np.float32(lowest), np.float32(-np.inf))
    reach = np.flatnonzero(body_scores >= lowest32)
    if int(counts[reach].sum()) > MAX_EXPANDED:
        return None
    ids = _passages_of(docs, reach)
    scores = _scores_of(body_scores, query, docs, ids)
    chosen = _best(scores, ids, k)
    return chosen, scores[np.searchsorted(ids, chosen)]


def _pruned(
    field: Postings, query: Query, docs: Layout, k: int
) -> tuple[np.ndarray, np.ndarray] | None:
    if docs.starts is None or not query.terms or field.size < MIN_PASSAGES:
        return None
    if int(field.doc_freq[[n for n, _ in query.terms]].min()) > MAX_EXACT:
        return None  # even the rarest term finds too many passages (checked below anyway)
    by_rarity = sorted({n for n, _ in query.terms}, key=lambda n: int(field.doc_freq[n]))
    limit = RARE_SHARE * field.size
    used = [n for n in by_rarity if field.doc_freq[n] <= limit] or by_rarity[:1]
    if int(field.doc_freq[used].sum()) > MAX_EXACT:
        return None
    while len(used) < len(by_rarity) and int(field.doc_freq[used].sum()) < k:
        used.append(by_rarity[len(used)])
    if int(field.doc_freq[used].sum()) > MAX_EXACT:
        return None
    unused = set(by_rarity) - set(used)
    rest = sum(w * float(field.peaks[n]) for n, w in query.terms if n in unused)
    reach_of = (rest + query.doc_scores.astype(np.float64)) * query.max_prior * MARGIN
    # Even a threshold as high as any passage can score leaves too many documents in reach?
    highest = sum(w * float(field.peaks[n]) for n, w in query.terms)
    highest = (highest + float(query.doc_scores.max(initial=0))) * query.max_prior
    if _passages_in(docs, np.flatnonzero(reach_of >= highest)) > MAX_EXACT:
        return None
    bodies = np.unique(np.concatenate([field.ids_of(n) for n in used]))
    ids = _passages_of(docs, bodies)
    scores = exact_scores(field, query, docs, ids)
    positive = scores > 0
    if np.count_nonzero(positive) < k:
        return None  # the k-th best may be any passage with only common terms
    threshold = float(np.partition(scores[positive], -k)[-k])
    reach = np.flatnonzero(reach_of >= threshold)
    if reach.size:
        starts, ends = docs.starts[reach], docs.starts[reach + 1]
        sizes = ends - starts
        if int(sizes.sum()) + ids.size > MAX_EXACT:
            return None
        more = np.repeat(starts - np.cumsum(sizes) + sizes, sizes) + np.arange(int(sizes.sum()))
        extra = np.setdiff1d(more, ids, assume_unique=True)
        if extra.size:
            ids = np.union1d(ids, extra)
            scores = exact_scores(field, query, docs, ids)
    best = _best(scores, ids, k)
    return best, scores[np.searchsorted(ids, best)]


def _passages_in(docs: Layout, which: np.ndarray) -> int:
    """How many passages these documents have."""
    assert docs.starts is not None
    return int((docs.starts[which + 1] - docs.starts[which]).sum())


def _group_maxima(values: np.ndarray, groups: int, block: int) -> np.ndarray:
    """The maximum of each of `groups` groups of `block` values, a group taking every
    `groups`-th value: the rows of the reshaped values are compared element by element,
    which numpy does many at a time (a maximum along short rows goes one row at a time)."""
    maxima: np.ndarray = values[: groups * block].reshape(block, groups).max(axis=0)
    return maxima


def _highest(values: np.ndarray, n: int, block: int = 64) -> np.ndarray:
    """The ids of n highest values, in no order (any of those equal to the n-th). At least n
    values reach the n-th highest of the blocks' maxima, so only those are partitioned."""
    blocks = values.size // block
    if blocks <= 4 * n:
        return np.argpartition(-values, n - 1)[:n]
    maxima = _group_maxima(values, blocks, block)
    floor = np.partition(maxima, blocks - n)[blocks - n]
    above = np.flatnonzero(values >= floor)
    return above[np.argpartition(-values[above], n - 1)[:n]]


def _best_of_all(scores: np.ndarray, k: int, block: int = 64) -> np.ndarray:
    """The ids of the k highest positive scores, ascending. The k-th highest of the blocks'
    maxima is a floor for the k-th highest score, so only the scores above it are ranked."""
    blocks = scores.size // block
    if blocks <= 4 * k:
        return _best(scores, None, k)
    maxima = _group_maxima(scores, blocks, block)
    floor = float(np.partition(maxima, blocks - k)[blocks - k])
    if floor <= 0:
        return _best(scores, None, k)
    above = np.flatnonzero(scores >= floor)
    return _best(scores[above], above, k)


def _best(scores: np.ndarray, ids: np.ndarray | None, k: int) -> np.ndarray:
    """The ids of the k highest positive scores (scores[i] belongs to ids[i], ids ascending;
    to i itself when ids is None), ascending. Of the scores equal to the k-th, the lowest ids
    are taken: every way of finding the top k then gives the same passages."""
    positive = np.flatnonzero(scores > 0)
    if positive.size > k:
        values = scores[positive]
        kth = np.partition(values, positive.size - k)[positive.size - k]
        above = positive[values > kth]
        tied = positive[values == kth]
        positive = np.concatenate([above, tied[: k - above.size]])
    return np.sort(positive if ids is None else ids[positive])
