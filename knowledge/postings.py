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

import ctypes
import ctypes.util
import mmap
import tempfile
import weakref
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
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
        self._texts: dict[str | bytes | memoryview, array[int]] = {}
        self._seen: set[str | bytes | memoryview] = set()  # texts analysed once
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

    def text_rows(self, text: str | bytes | memoryview) -> "array[int]":
        """The table rows of the text's analysed tokens (a text given in UTF-8 is decoded)."""
        rows = self._texts.get(text)
        if rows is None:
            plain = text if isinstance(text, str) else str(text, "utf-8")
            rows = array("i", self.rows(self._analyse(plain)))
            # Remembered from its second time: most texts of a body come once.
            if text not in self._seen:
                self._seen.add(text)
            elif self._remembered + len(rows) <= MAX_REMEMBERED_TOKENS:
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
    """Postings of a run of consecutive ids, sorted by term then id, compactly: each term of
    the chunk once with how many postings it has, the ids relative to the chunk's first,
    counts in half units (one byte each unless a count needs two)."""

    first_id: int
    run_terms: np.ndarray  # int32, ascending: the chunk's terms
    run_sizes: np.ndarray  # int64: postings of each
    items: np.ndarray  # uint16: id - first_id, ascending within a term
    halves: np.ndarray  # uint8 (uint16 when a count exceeds 255 halves)


class ChunkFile:
    """Chunks' postings kept in a temporary file from when they are made until the merge
    reads them back, one at a time: the chunks and the index they are merged into are not
    in memory together (the chunks' ids and counts are 3 bytes a posting, 140 MB for 48
    million postings). Only each chunk's terms stay in memory."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()  # noqa: SIM115 - closed by close()
        self._chunks: list[tuple[int, np.ndarray, np.ndarray, np.dtype, int]] = []

    def append(self, chunk: ChunkPostings) -> None:
        self._file.write(chunk.items.tobytes())
        self._file.write(chunk.halves.tobytes())
        self._chunks.append(
            (chunk.first_id, chunk.run_terms, chunk.run_sizes, chunk.halves.dtype, chunk.items.size)
        )

    def __iter__(self) -> Iterator[ChunkPostings]:
        self._file.flush()
        self._file.seek(0)
        for first_id, run_terms, run_sizes, counts, size in self._chunks:
            items = np.fromfile(self._file, dtype=np.uint16, count=size)
            halves = np.fromfile(self._file, dtype=counts, count=size)
            yield ChunkPostings(first_id, run_terms, run_sizes, items, halves)

    def close(self) -> None:
        self._file.close()


def _small_counts(halves: np.ndarray) -> np.ndarray:
    if halves.size and int(halves.max()) > 0xFF:
        return halves.astype(np.uint16)
    return halves.astype(np.uint8)


def _malloc_trim() -> Callable[[int], int] | None:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


_TRIM = _malloc_trim()


_SPOOLED: "weakref.WeakKeyDictionary[mmap.mmap, Callable[[mmap.mmap], None]]" = (
    weakref.WeakKeyDictionary()
)


def spooled(mapped: mmap.mmap, release: Callable[[mmap.mmap], None]) -> None:
    """Take a map of texts kept in a file (see `index_cache.TextSpool`) as one whose pages
    `release_freed` lets go, with `release` (which must not hold the map): they are read
    again from the file when needed, so that a text read once (to index it, to save it)
    does not stay in the process's memory. Forgotten with the map."""
    _SPOOLED[mapped] = release


def release_freed() -> None:
    """Give the pages of freed memory back to the system. The build's arrays of a few MB
    are below glibc's mmap threshold, so they live in its heap; the ones kept (a chunk's
    postings) leave the freed ones between them as holes that still count in the process's
    memory, unless returned (nothing to do without glibc). The pages of spooled texts
    read so far are let go too."""
    if _TRIM is not None:
        _TRIM(0)
    for mapped, release in list(_SPOOLED.items()):
        if not mapped.closed:
            release(mapped)


def chunk_postings(
    table: TermTable, first_id: int, texts: Iterable[Sequence[str | bytes | memoryview]]
) -> tuple[ChunkPostings, np.ndarray]:
    """Postings of consecutive items, each given as its texts: the first counts whole, the
    others (headings) half. Returns the postings and each item's length in half units."""
    found = _chunk_postings(table, first_id, texts)
    release_freed()  # the chunk's temporaries
    return found


def _chunk_postings(
    table: TermTable, first_id: int, texts: Iterable[Sequence[str | bytes | memoryview]]
) -> tuple[ChunkPostings, np.ndarray]:
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
    del rows, token_rows, segment, folds, content, content_folds, content_segment, pairs
    is_heading = np.array(segment_halves, dtype=np.int64) == 1
    item_of_segment = np.array(segment_item, dtype=np.int64)
    # One key per occurrence: term, item, and a last bit for "in a heading" (half weight).
    # Sorting the keys groups each (term, item) posting, terms first, without an argsort.
    keys = (terms.astype(np.int64) << _ITEM_BITS + 1) | (item_of_segment[term_segment] << 1)
    keys |= is_heading[term_segment]
    del terms, term_segment
    keys.sort()
    pair_keys = keys >> 1
    starts = np.flatnonzero(np.r_[True, pair_keys[1:] != pair_keys[:-1]])
    occurrences = np.diff(np.r_[starts, keys.size])
    in_headings = np.add.reduceat(keys & 1, starts) if keys.size else np.zeros(0, np.int64)
    del keys
    halves = 2 * occurrences - in_headings
    unique = pair_keys[starts]
    del pair_keys, starts, occurrences, in_headings
    items = (unique & _ITEM_MASK).astype(np.uint16)
    lengths = np.bincount(items, weights=halves, minlength=count)
    posting_terms = unique >> _ITEM_BITS
    runs = np.flatnonzero(np.r_[True, posting_terms[1:] != posting_terms[:-1]])
    postings = ChunkPostings(
        first_id=first_id,
        run_terms=posting_terms[runs].astype(np.int32),
        run_sizes=np.diff(np.r_[runs, posting_terms.size]),
        items=items,
        halves=_small_counts(halves),
    )
    return postings, lengths


SEGMENT_BITS = 16  # a posting keeps the low 16 bits of its body id
SEGMENT = 1 << SEGMENT_BITS


@dataclass(frozen=True)
class Postings:
    """A compressed sparse layout over bodies (distinct texts): the postings of term t are
    at offsets[t]:offsets[t+1], ascending by body id. An id is kept in two bytes, its low
    16 bits: the bodies are cut in segments of 65,536 ids, and the postings of term t in
    segment s are at bounds[t, s]:bounds[t, s + 1] (their ids are s × 65,536 + the low
    bits). Frequencies count items (passages), not bodies: a text that several passages
    share counts once per passage, as if each had its own postings.

    A posting keeps its count, not its weight (1 or 2 bytes instead of 4): the BM25 weight
    is computed when a term is read, by `bm25_weights`, with the same float32 operations as
    it would have been at build time, hence bit for bit the same."""

    offsets: np.ndarray  # int64, one more than the terms
    ids: np.ndarray  # uint16: the low bits of body ids, ascending within a term
    bounds: np.ndarray  # int64 (terms, segments + 1): where each segment's postings start
    halves: np.ndarray  # uint8 or uint16: each posting's count in half units
    idf: np.ndarray  # float32, each term's
    norm: np.ndarray  # float32, each body's k1 × (1 - b + b × length / mean length)
    k1: np.ndarray  # float64 scalar array
    doc_freq: np.ndarray  # int64, items having each term
    peaks: np.ndarray  # float32, each term's highest weight: a bound for pruning
    items: np.ndarray  # int64 scalar array: how many items (passages) there are
    bodies: np.ndarray  # int64 scalar array: how many bodies


def bm25_weights(
    idf: np.ndarray | np.float32, halves: np.ndarray, norm: np.ndarray, k1: float
) -> np.ndarray:
    """idf × freq × (k1 + 1) / (freq + norm) in float32, in this order (idf: one term's, or
    one per posting; norm: one per posting)."""
    freq = np.multiply(halves, np.float32(0.5), dtype=np.float32)  # exact: halves, halved
    weights: np.ndarray = idf * freq
    weights *= k1 + 1
    freq += norm
    weights /= freq
    return weights


def merge_postings(
    chunks: Iterable[ChunkPostings],
    halves_lengths: np.ndarray,
    terms: int,
    k1: float,
    b: float,
    body_of: np.ndarray,
) -> Postings:
    """Merge chunks of body postings (read twice: a `ChunkFile` or a list) into one layout sorted by term, with what BM25 weights are computed from; `body_of`
    gives each item's body, so that frequencies and the mean length are those of the items."""
    size = body_of.size
    copies = np.bincount(body_of, minlength=halves_lengths.size).astype(np.int64)
    segments = max(1, -(-halves_lengths.size // SEGMENT))
    in_segment = np.zeros((segments, terms), dtype=np.int64)  # postings of each term
    df = np.zeros(terms, dtype=np.int64)
    wide = False
    for chunk in chunks:
        segment = chunk.first_id >> SEGMENT_BITS
        if (
            chunk.items.size
            and (chunk.first_id + int(chunk.items.max())) >> SEGMENT_BITS != segment
        ):
            raise ValueError("a chunk of postings must lie within one segment of ids")
        in_segment[segment, chunk.run_terms] += chunk.run_sizes
        if chunk.items.size:
            run_starts = np.cumsum(chunk.run_sizes) - chunk.run_sizes
            df[chunk.run_terms] += np.add.reduceat(
                copies[chunk.items.astype(np.int64) + chunk.first_id], run_starts
            )
        wide = wide or chunk.halves.dtype == np.uint16
    bounds = np.zeros((terms, segments + 1), dtype=np.int64)
    bounds[:, 1:] = np.cumsum(in_segment.T.ravel()).reshape(terms, segments)
    bounds[1:, 0] = bounds[:-1, -1]
    del in_segment
    offsets = np.zeros(terms + 1, dtype=np.int64)
    offsets[1:] = bounds[:, -1]
    length = (halves_lengths / 2).astype(np.float32)
    item_length = length[body_of]  # the mean is over items, in item order
    mean = max(float(item_length.mean()) if size else 1.0, 1e-9)
    del item_length
    norm = k1 * (1 - b + b * length / mean)
    idf = np.log(1 + (size - df + 0.5) / (df + 0.5)).astype(np.float32)
    ids = np.empty(int(offsets[-1]), dtype=np.uint16)
    halves = np.empty(int(offsets[-1]), dtype=np.uint16 if wide else np.uint8)
    peaks = np.zeros(terms, dtype=np.float32)
    cursor = offsets[:-1].copy()
    for chunk in chunks:  # sorted by term, then id: a term's ids stay ascending
        if not chunk.items.size:
            continue
        run_terms, run_sizes = chunk.run_terms, chunk.run_sizes
        run_starts = np.cumsum(run_sizes) - run_sizes
        rank = np.arange(chunk.items.size) - np.repeat(run_starts, run_sizes)
        where = np.repeat(cursor[run_terms], run_sizes) + rank
        del rank
        cursor[run_terms] += run_sizes
        chunk_ids = chunk.items.astype(np.intp) + chunk.first_id
        ids[where] = chunk.items + np.uint16(chunk.first_id & (SEGMENT - 1))
        halves[where] = chunk.halves
        del where
        weights = bm25_weights(
            np.repeat(idf[run_terms], run_sizes), chunk.halves, norm[chunk_ids], k1
        )
        peaks[run_terms] = np.maximum(peaks[run_terms], np.maximum.reduceat(weights, run_starts))
        del chunk, chunk_ids, weights
        release_freed()  # the chunk read back, below the mmap threshold: in the heap
    return Postings(
        offsets,
        ids,
        bounds,
        halves,
        idf,
        norm,
        np.array(float(k1)),
        df,
        peaks,
        np.array(size),
        np.array(halves_lengths.size),
    )


def term_body_ids(ids: np.ndarray, bounds: np.ndarray) -> np.ndarray:
    """The body ids of one term's postings, as numpy's index type (gathering with it needs
    no conversion), given its row of `Postings.bounds`."""
    start, end = int(bounds[0]), int(bounds[-1])
    found: np.ndarray = ids[start:end].astype(np.intp)
    for cut in bounds[1:-1].tolist():  # each later segment is SEGMENT further
        if cut < end:
            found[cut - start :] += SEGMENT
    return found


class Needles:
    """Body ids to look for in terms' postings, each in the two-byte ids of its own segment
    (its low 16 bits, computed once for every term): nothing of a term's postings is
    converted, so a common term costs what a few bodies cost, not what its postings do."""

    def __init__(self, bodies: np.ndarray) -> None:
        self.size = bodies.size
        self._lows = bodies.astype(np.uint16)  # the low 16 bits: the cast wraps
        self._segments = bodies >> SEGMENT_BITS
        self._present = np.unique(self._segments).tolist()

    def found_in(self, ids: np.ndarray, bounds: np.ndarray) -> np.ndarray:
        """Which of the bodies a term has, given `Postings.ids` and the term's row of
        `Postings.bounds`."""
        row = bounds.tolist()
        found = np.zeros(self.size, dtype=bool)
        for segment in self._present:
            start, end = row[segment], row[segment + 1]
            if start == end:
                continue
            postings = ids[start:end]
            where = postings.searchsorted(self._lows)
            np.minimum(where, postings.size - 1, out=where)
            hit = postings[where] == self._lows
            if len(self._present) > 1:
                hit &= self._segments == segment
            found |= hit
        return found


def all_body_ids(postings: Postings) -> np.ndarray:
    """The body id of every posting, in layout order."""
    bounds = np.asarray(postings.bounds)
    segments = bounds.shape[1] - 1
    per_segment = np.diff(bounds, axis=1).ravel()  # term by term, segment by segment
    ids: np.ndarray = np.asarray(postings.ids).astype(np.intp)
    if segments > 1:
        ids += SEGMENT * np.repeat(np.tile(np.arange(segments), bounds.shape[0]), per_segment)
    return ids


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
    sizes = np.diff(postings.offsets)
    rows = np.repeat(np.arange(terms), sizes)
    ids = all_body_ids(postings)
    idf = np.repeat(np.asarray(postings.idf), sizes)
    norm = np.asarray(postings.norm)[ids]
    matrix[rows, ids] = bm25_weights(idf, np.asarray(postings.halves), norm, float(postings.k1))
    return matrix
