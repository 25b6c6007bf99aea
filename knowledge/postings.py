"""Build the postings of a search field in chunks, with numpy, from analysed tokens.

A field's terms are folded words, accent keys and folded pairs of adjacent content words
(see `knowledge.search.index_terms`). Building them one Python object per occurrence does not
scale to thousands of documents, so the work is split:
- each distinct token is analysed once (its fold, accent key, whether it is a stopword) and
  becomes a row of a small table;
- a chunk of texts becomes one array of token rows; terms, pairs and counts are computed on
  the whole chunk with numpy;
- the chunks' postings (id, term, count) are merged into one compressed sparse layout sorted
  by term, with the ids of a term ascending.

Counts are kept in half units, because headings above a passage count half.
"""

from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from knowledge.normalize import accent_key, fold

_SHIFT = np.int64(32)
_ITEM_BITS = 13  # items per chunk < 8192
_ITEM_MASK = (1 << _ITEM_BITS) - 1


MAX_REMEMBERED_TOKENS = 8_000_000  # tokens of texts whose analysis is kept (32 MB)


class TermTable:
    """Term ids and the per-token facts that terms are made of, each computed once; the
    analysis of a text that comes again (a heading above many passages, a standard
    sentence) is looked up, not redone."""

    def __init__(
        self, analyse: Callable[[str], list[str]], is_stopword: Callable[[str], bool]
    ) -> None:
        self.terms: dict[str, int] = {}
        self._analyse = analyse
        self._is_stopword = is_stopword
        self._texts: dict[str, array[int]] = {}
        self._remembered = 0
        self._rows: dict[str, int] = {}
        self._fold = array("i")  # term id of the token's fold
        self._accent = array("i")  # term id of the token's accent key
        self._stop = array("b")
        self._pairs: dict[int, int] = {}
        self._folded_text: list[str] = []  # fold of each term id that is a fold, else ""

    def term(self, text: str) -> int:
        number = self.terms.get(text)
        if number is None:
            number = self.terms[text] = len(self.terms)
            self._folded_text.append(text)
        return number

    def text_rows(self, text: str) -> "array[int]":
        """The table rows of the text's analysed tokens."""
        rows = self._texts.get(text)
        if rows is None:
            rows = array("i", self.rows(self._analyse(text)))
            if self._remembered + len(rows) <= MAX_REMEMBERED_TOKENS:
                self._texts[text] = rows
                self._remembered += len(rows)
        return rows

    def rows(self, tokens: Sequence[str]) -> list[int]:
        """The table row of each token, adding the tokens never seen before."""
        found: list[int | None] = list(map(self._rows.get, tokens))
        if None in found:
            return [self._add(t) if r is None else r for r, t in zip(found, tokens, strict=True)]
        return found  # type: ignore[return-value]

    def _add(self, token: str) -> int:
        row = self._rows.get(token)
        if row is not None:
            return row
        row = self._rows[token] = len(self._rows)
        self._fold.append(self.term(fold(token)))
        self._accent.append(self.term(accent_key(token) + "|"))
        self._stop.append(self._is_stopword(token))
        return row

    def columns(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        return (
            np.frombuffer(self._fold, dtype=np.int32),
            np.frombuffer(self._accent, dtype=np.int32),
            np.frombuffer(self._stop, dtype=np.int8).astype(bool),
        )

    def pair_terms(self, first: np.ndarray, second: np.ndarray) -> np.ndarray:
        """Term ids of the folded pairs "first second", given the fold term ids."""
        if first.size == 0:
            return np.zeros(0, dtype=np.int32)
        keys = (first.astype(np.int64) << _SHIFT) | second.astype(np.int64)
        unique, inverse = np.unique(keys, return_inverse=True)
        ids = np.empty(unique.size, dtype=np.int32)
        pairs = self._pairs
        text = self._folded_text
        for i, key in enumerate(unique.tolist()):
            number = pairs.get(key)
            if number is None:
                a, b = key >> 32, key & 0xFFFFFFFF
                number = pairs[key] = self.term(f"{text[a]} {text[b]}")
            ids[i] = number
        return ids[inverse]


@dataclass
class ChunkPostings:
    """Postings of a run of consecutive ids, sorted by term then id; counts in half units."""

    ids: np.ndarray  # int32
    terms: np.ndarray  # int32
    halves: np.ndarray  # uint16


def chunk_postings(
    table: TermTable, first_id: int, texts: Iterable[Sequence[str]]
) -> tuple[ChunkPostings, np.ndarray]:
    """Postings of consecutive items, each given as its texts: the first counts whole, the
    others (headings) half. Returns the postings and each item's length in half units."""
    rows = array("i")
    segment_sizes: list[int] = []
    segment_halves: list[int] = []
    segment_item: list[int] = []
    count = 0
    for item, segments in enumerate(texts):
        for number, text in enumerate(segments):
            text_rows = table.text_rows(text)
            rows += text_rows
            segment_sizes.append(len(text_rows))
            segment_halves.append(2 if number == 0 else 1)
            segment_item.append(item)
        count = item + 1
    fold_of, accent_of, stop_of = table.columns()
    token_rows = np.frombuffer(rows, dtype=np.int32) if rows else np.zeros(0, dtype=np.int32)
    sizes = np.array(segment_sizes, dtype=np.int64)
    segment = np.repeat(np.arange(sizes.size), sizes)
    folds = fold_of[token_rows]
    content = ~stop_of[token_rows]
    content_folds = folds[content]
    content_segment = segment[content]
    adjacent = np.flatnonzero(content_segment[1:] == content_segment[:-1])
    pairs = table.pair_terms(content_folds[adjacent], content_folds[adjacent + 1])
    terms = np.concatenate([folds, accent_of[token_rows], pairs])
    term_segment = np.concatenate([segment, segment, content_segment[adjacent]])
    is_heading = np.array(segment_halves, dtype=np.int64) == 1
    item_of_segment = np.array(segment_item, dtype=np.int64)
    # One key per occurrence: term, item, and a last bit for "in a heading" (half weight).
    # Sorting the keys groups each (term, item) posting, terms first, without an argsort.
    keys = (terms.astype(np.int64) << _ITEM_BITS + 1) | (item_of_segment[term_segment] << 1)
    keys |= is_heading[term_segment]
    keys.sort()
    pair_keys = keys >> 1
    starts = np.flatnonzero(np.r_[True, pair_keys[1:] != pair_keys[:-1]])
    occurrences = np.diff(np.r_[starts, keys.size])
    in_headings = np.add.reduceat(keys & 1, starts) if keys.size else np.zeros(0, np.int64)
    halves = 2 * occurrences - in_headings
    unique = pair_keys[starts]
    items = (unique & _ITEM_MASK).astype(np.int32)
    lengths = np.bincount(items, weights=halves, minlength=count)
    postings = ChunkPostings(
        ids=items + np.int32(first_id),
        terms=(unique >> _ITEM_BITS).astype(np.int32),
        halves=halves.astype(np.uint16),
    )
    return postings, lengths


@dataclass(frozen=True)
class Postings:
    """A compressed sparse layout over bodies (distinct texts): the bodies having term t are
    ids[offsets[t]:offsets[t+1]]. Frequencies count items (passages), not bodies: a text
    that several passages share counts once per passage, as if each had its own postings."""

    offsets: np.ndarray  # int64, one more than the terms
    ids: np.ndarray  # int32 body ids, ascending within a term
    weights: np.ndarray  # float32 BM25 weight of each posting
    doc_freq: np.ndarray  # int64, items having each term
    peaks: np.ndarray  # float32, each term's highest weight: a bound for pruning
    items: np.ndarray  # int64 scalar array: how many items (passages) there are
    bodies: np.ndarray  # int64 scalar array: how many bodies


def merge_postings(
    chunks: list[ChunkPostings],
    halves_lengths: np.ndarray,
    terms: int,
    k1: float,
    b: float,
    body_of: np.ndarray,
) -> Postings:
    """Merge chunks of body postings (consumed from the list, so their memory is freed as it
    goes) into one layout sorted by term, with BM25 weights precomputed; `body_of` gives
    each item's body, so that frequencies and the mean length are those of the items."""
    size = body_of.size
    copies = np.bincount(body_of, minlength=halves_lengths.size).astype(np.int64)
    postings_of_term = np.zeros(terms, dtype=np.int64)
    df = np.zeros(terms, dtype=np.int64)
    for chunk in chunks:
        postings_of_term += np.bincount(chunk.terms, minlength=terms)
        df += np.bincount(chunk.terms, weights=copies[chunk.ids], minlength=terms).astype(np.int64)
    offsets = np.zeros(terms + 1, dtype=np.int64)
    np.cumsum(postings_of_term, out=offsets[1:])
    length = (halves_lengths / 2).astype(np.float32)
    item_length = length[body_of]  # the mean is over items, in item order
    mean = max(float(item_length.mean()) if size else 1.0, 1e-9)
    norm = k1 * (1 - b + b * length / mean)
    idf = np.log(1 + (size - df + 0.5) / (df + 0.5)).astype(np.float32)
    ids = np.empty(int(offsets[-1]), dtype=np.int32)
    weights = np.empty(int(offsets[-1]), dtype=np.float32)
    cursor = offsets[:-1].copy()
    chunks.reverse()
    while chunks:
        chunk = chunks.pop()  # sorted by term, then id: a term's ids stay ascending
        sorted_terms = chunk.terms
        starts = np.flatnonzero(np.r_[True, sorted_terms[1:] != sorted_terms[:-1]])
        group_sizes = np.diff(np.r_[starts, sorted_terms.size])
        rank = np.arange(sorted_terms.size) - np.repeat(starts, group_sizes)
        where = cursor[sorted_terms] + rank
        cursor[sorted_terms[starts]] += group_sizes
        freq = (chunk.halves / 2).astype(np.float32)
        ids[where] = chunk.ids
        weights[where] = idf[sorted_terms] * freq * (k1 + 1) / (freq + norm[chunk.ids])
        del chunk, sorted_terms, starts, group_sizes, rank, where, freq
    peaks = np.maximum.reduceat(weights, offsets[:-1]) if terms else np.zeros(0, dtype=np.float32)
    return Postings(offsets, ids, weights, df, peaks, np.array(size), np.array(halves_lengths.size))


SMALL_FIELD = 1 << 21  # terms × bodies (8 MB of float32) up to which a field is kept dense


def weight_matrix(postings: Postings) -> np.ndarray | None:
    """Every term's weight in every body as one matrix, for a field small enough (a handful
    of documents): a question's scores and which candidates have which words are then a few
    numpy operations instead of a few per term. A last row of zeros stands for unknown terms.
    None for a larger field."""
    terms, bodies = postings.offsets.size - 1, int(postings.bodies)
    if (terms + 1) * bodies > SMALL_FIELD:
        return None
    matrix = np.zeros((terms + 1, bodies), dtype=np.float32)
    rows = np.repeat(np.arange(terms), np.diff(postings.offsets))
    matrix[rows, postings.ids] = postings.weights
    return matrix
