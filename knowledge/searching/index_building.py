"""Building the saved index: index terms, fields and postings, marked forms of words, names and roles."""

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
import yaml

from knowledge import candidates
from knowledge.documents import Document
from knowledge.normalize import accent_key, fold, words
from knowledge.postings import (
    ChunkFile,
    Needles,
    Postings,
    TermTable,
    bm25_weights,
    chunk_postings,
    merge_postings,
    release_freed,
    term_body_ids,
    weight_matrix,
)
from knowledge.searching.analyzer import (
    _LEAD_END,
    _NUMBER,
    ADDRESSING,
    HEADING_WORDS,
    ROLE_LIST_WORDS,
    ROLE_WORDS,
    ROLES_FILE,
    Analyzer,
    QueryTerm,
    _swapped,
)
from knowledge.searching.weights_and_vocabulary import (
    COMMON_DF,
    DENSE_BUDGET,
    DENSE_SHARE,
    K1,
    B,
    is_stopword,
)
from knowledge.sections import Passage

_TYPED_WORD = re.compile(r"\w+")


def index_terms(tokens: Sequence[str]) -> Counter[str]:
    """Terms of a text for the index: folded words and pairs, and accent keys."""
    terms: Counter[str] = Counter(fold(t) for t in tokens)
    terms.update(accent_key(t) + "|" for t in tokens)
    terms.update(content_pairs(tokens, accented=True))
    return terms


def content_pairs(tokens: Sequence[str], accented: bool) -> list[str]:
    """Folded pairs of adjacent content words, skipping stopwords ("thường trực của Hội đồng")."""
    content = [fold(t) for t in tokens if not is_stopword(t, accented)]
    return [f"{a} {b}" for a, b in pairwise(content)]


@dataclass(frozen=True)
class SavedIndex:
    """What an index is made of, as plain arrays: what is saved to disk and mapped back."""

    doc_of: np.ndarray  # int32: each passage's document, in order of first appearance
    body_of: np.ndarray  # int32: each passage's body, its text and headings (shared if equal)
    passage_terms: list[str]  # term strings by term id
    passage_postings: Postings
    document_terms: list[str]
    document_postings: Postings


BUILD_CHUNK = 4096  # passages analysed together


def _build(
    passages: Sequence[Passage], documents: Sequence[Document], analyzer: Analyzer
) -> SavedIndex:
    doc_number = {id(d): i for i, d in enumerate(documents)}
    doc_of = np.array([doc_number[id(p.doc)] for p in passages], dtype=np.int32)
    # Passages with the same text under the same headings (a standard paragraph that many
    # documents repeat) share one body: analysed, stored and scored once.
    body_number: dict[tuple[bytes | memoryview, str], int] = {}
    body_of = np.array(
        [body_number.setdefault((p.utf8, p.context), len(body_number)) for p in passages],
        dtype=np.int32,
    )
    bodies: list[tuple[str | bytes | memoryview, ...]] = list(body_number)
    del body_number  # not needed while the postings are merged
    release_freed()  # the pages of spooled texts read to tell bodies apart
    passage_terms, passage_postings = _field_postings(bodies, body_of, analyzer)
    document_terms, document_postings = _field_postings(
        [(_document_text(d),) for d in documents],
        np.arange(len(documents), dtype=np.int32),
        analyzer,
    )
    return SavedIndex(
        doc_of, body_of, passage_terms, passage_postings, document_terms, document_postings
    )


def _field_postings(
    bodies: list[tuple[str | bytes | memoryview, ...]], body_of: np.ndarray, analyzer: Analyzer
) -> tuple[list[str], Postings]:
    """Postings of bodies given as texts (the first whole, the others at half weight).
    The list is emptied once analysed."""
    table = TermTable(analyzer.words, lambda token: is_stopword(token, accented=True))
    chunks, lengths = ChunkFile(), []
    try:
        for start in range(0, len(bodies), BUILD_CHUNK):
            chunk, chunk_lengths = chunk_postings(table, start, bodies[start : start + BUILD_CHUNK])
            chunks.append(chunk)
            lengths.append(chunk_lengths)
            del chunk
        bodies.clear()  # its keys are not needed to merge (the texts stay in their passages)
        terms = list(table.terms)
        del table  # the analysis of the texts is not needed to merge
        release_freed()  # ... nor its memory, before the merged layout takes its own
        halves = np.concatenate(lengths) if lengths else np.zeros(0)
        del lengths
        postings = merge_postings(chunks, halves, len(terms), K1, B, body_of)
    finally:
        chunks.close()
    return terms, postings


class _Field:
    """Postings of one field in a compressed sparse layout: for each term, the ids that have
    it (ascending) and their counts, from which their BM25 weights are computed when a
    term is read (the same bits as computing them at build time). No Python object per
    posting."""

    def __init__(self, terms: list[str], postings: Postings) -> None:
        self.vocabulary: dict[str, int] = dict(zip(terms, range(len(terms)), strict=True))
        self.size = int(postings.items)  # passages (or documents): what frequencies count
        self.bodies = int(postings.bodies)  # the length of score vectors
        # Plain views: slicing a numpy.memmap costs more than slicing an array.
        self._offsets = np.asarray(postings.offsets)
        self._bounds = np.asarray(postings.bounds)
        self._ids = np.asarray(postings.ids)
        self._halves = np.asarray(postings.halves)
        self._idf = np.asarray(postings.idf)
        self._norm = np.asarray(postings.norm)
        self._k1 = float(postings.k1)
        self.doc_freq = np.asarray(postings.doc_freq)
        self.peaks = np.asarray(postings.peaks)
        # Common terms as dense vectors: adding one is a fraction of scattering its postings
        # and gives the same sums (x + 0.0 is x). Made on first use, within a memory budget.
        self._dense: dict[int, np.ndarray] = {}
        self._dense_left = DENSE_BUDGET // 4  # floats
        self._scratch = np.empty(0, dtype=np.float32)
        self.matrix = weight_matrix(postings)
        # Which body has which term (weights are positive), for `presence`: a quarter of
        # the matrix, and no comparison per question.
        self._has = None if self.matrix is None else self.matrix > 0
        self._unknown = len(terms)  # the matrix's row of zeros
        # The terms in more than half the passages (few), told apart by a set look-up
        # rather than by a numpy comparison per question.
        self._common = frozenset(np.flatnonzero(self.doc_freq > COMMON_DF * self.size).tolist())

    def __contains__(self, term: str) -> bool:
        return term in self.vocabulary

    def df(self, term: str) -> int:
        number = self.vocabulary.get(term)
        return 0 if number is None else int(self.doc_freq[number])

    def idf(self, term: str) -> float:
        df = self.df(term)
        return math.log(1 + (self.size - df + 0.5) / (df + 0.5))

    def dense_of(self, number: int) -> np.ndarray | None:
        return self._dense.get(number)

    def ids_of(self, number: int) -> np.ndarray:
        """The term's body ids, ascending, as numpy's index type."""
        return term_body_ids(self._ids, self._bounds[number])

    def postings_of(self, number: int) -> tuple[np.ndarray, np.ndarray]:
        start, end = self._offsets[number], self._offsets[number + 1]
        ids = self.ids_of(number)
        norm = self._norm.take(ids)
        return ids, bm25_weights(self._idf[number], self._halves[start:end], norm, self._k1)

    def add_to(self, scores: np.ndarray, number: int, weight: float) -> None:
        """Add a term's weighted BM25 weights to every passage's score."""
        dense = self._dense.get(number)
        if (
            dense is None
            and self._dense_left >= self.bodies
            and self.doc_freq[number] > DENSE_SHARE * self.size
        ):
            ids, weights = self.postings_of(number)
            dense = self._dense[number] = np.zeros(self.bodies, dtype=np.float32)
            dense[ids] = weights
            self._dense_left -= self.bodies
        if dense is not None:
            if weight == 1.0:  # 1.0 × w is w: one pass instead of two
                np.add(scores, dense, out=scores)
                return
            if self._scratch.size != self.bodies:
                self._scratch = np.empty(self.bodies, dtype=np.float32)
            np.multiply(dense, weight, out=self._scratch)
            np.add(scores, self._scratch, out=scores)
        else:
            ids, weights = self.postings_of(number)
            # ids are distinct: the same sums as scores[ids] += ..., several times faster
            np.add.at(scores, ids, weights if weight == 1.0 else weight * weights)

    def usable(self, terms: Iterable[QueryTerm], common_cutoff: bool) -> list[tuple[int, float]]:
        """(term id, weight) of the known terms, in order; terms in more than half the
        passages are left out when others are there."""
        vocabulary = self.vocabulary  # one look-up a term
        usable = [
            (number, weight)
            for term, weight in terms
            if (number := vocabulary.get(term)) is not None
        ]
        if common_cutoff and usable:
            common = self._common
            rare = [pair for pair in usable if pair[0] not in common]
            usable = rare or usable
        return usable

    def scores(self, terms: Iterable[QueryTerm], common_cutoff: bool) -> np.ndarray:
        """Each body's score (here a body is an item: documents are never shared)."""
        return candidates.body_scores(self, self.usable(terms, common_cutoff))

    def has(self, terms: Sequence[str], ids: np.ndarray) -> np.ndarray | None:
        """`presence` as booleans, when the matrix says it (else None)."""
        if self._has is None:
            return None
        vocabulary, unknown = self.vocabulary, self._unknown
        found: np.ndarray = self._has.take([vocabulary.get(t, unknown) for t in terms], axis=0)
        return found.take(ids, axis=1)

    def presence(self, terms: Sequence[str], ids: np.ndarray) -> np.ndarray:
        """`contains(term, ids)` of each term, as the rows of one matrix."""
        if self._has is None:
            needles = Needles(ids.astype(np.intp))
            found_rows = [self._contains(t, ids, needles) for t in terms]
            return np.array(found_rows).reshape(len(terms), ids.size)
        rows = [self.vocabulary.get(t, self._unknown) for t in terms]
        found: np.ndarray = self._has.take(rows, axis=0).take(ids, axis=1)
        return found.astype(np.float64)

    def contains(self, term: str, ids: np.ndarray) -> np.ndarray:
        """1.0 where the body has the term, else 0.0 (posting ids are sorted)."""
        return self._contains(term, ids, Needles(ids.astype(np.intp)))

    def _contains(self, term: str, ids: np.ndarray, needles: Needles) -> np.ndarray:
        number = self.vocabulary.get(term)
        if number is None:
            return np.zeros(ids.size)
        dense = self._dense.get(number)
        if dense is not None:
            present: np.ndarray = dense[ids] > 0  # BM25 weights are positive
            return present.astype(np.float64)
        found: np.ndarray = needles.found_in(self._ids, self._bounds[number])
        return found.astype(np.float64)


_ALPHABET = "abcdefghijklmnopqrstuvwxyz"


_VOWELS = frozenset("aeiouy")


def _one_slip(word: str) -> set[str]:
    """The words one slip away: a letter lost, one too many, another letter, or two
    neighbours swapped."""
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return (
        {a + b[1:] for a, b in cuts if b}
        | {a + c + b for a, b in cuts for c in _ALPHABET}
        | {a + c + b[1:] for a, b in cuts if b for c in _ALPHABET if c != b[0]}
        | _swapped(word)
    ) - {word}


# Letters that take a mark in Vietnamese, the vowels they make, and the tones a syllable's
# vowel may carry (`_VOWELS` above is the folded vowels only).
_LETTER_FORMS = {"a": "aăâ", "e": "eê", "o": "oôơ", "u": "uư", "d": "dđ"}


_MARKABLE_VOWELS = frozenset("aeiouyăâêôơư")


_TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")


MAX_MARKED_FORMS = 400  # a syllable has a few vowels: more than this is not one syllable


def _marked_forms(folded: str) -> list[str]:
    """Every spelling with diacritics of a folded syllable ("nhung": "những", "nhưng", …),
    one tone on one vowel; none for a longer word."""
    forms = [""]
    for letter in folded:
        forms = [f + other for f in forms for other in _LETTER_FORMS.get(letter, letter)]
        if len(forms) * len(_TONES) * len(folded) > MAX_MARKED_FORMS:
            return []
    marked = []
    for form in forms:
        for i, letter in enumerate(form):
            if letter in _MARKABLE_VOWELS:
                marked += [
                    unicodedata.normalize("NFC", form[: i + 1] + t + form[i + 1 :])
                    for t in _TONES[1:]
                ]
        marked.append(form)
    return marked


def other_i_y(token: str) -> str | None:
    """The word with its final i written y or y written i, marks kept ("kí" → "ký",
    "sỹ" → "sĩ"), when that letter follows a consonant (or "qu"): Vietnamese spells
    these syllables both ways. None for any other word ("tai" is not "tay")."""
    letters = unicodedata.normalize("NFD", token)
    base = [(i, c) for i, c in enumerate(letters) if not unicodedata.combining(c)]
    if len(base) < 2 or base[-1][1] not in "iy" or not base[-2][1].isalpha():
        return None
    before = fold("".join(c for _, c in base[:-1]))
    if before[-1] in _VOWELS and not before.endswith("qu"):
        return None
    place, letter = base[-1]
    other = "y" if letter == "i" else "i"
    return unicodedata.normalize("NFC", letters[:place] + other + letters[place + 1 :])


def _one_letter_more(word: str) -> set[str]:
    """The words with one more letter than this one, anywhere ("teu" → "tieu")."""
    return {word[:i] + c + word[i:] for i in range(len(word) + 1) for c in _ALPHABET}


def _document_name(doc: Document) -> str:
    number = doc.number if doc.has_number and doc.number else ""
    return f"{doc.kind} {number} {doc.title}. {doc.issuer}. {doc.short_issuer}"


def passage_title(passage: Passage) -> str:
    """What a passage says it is about: its own heading ("2. Văn phòng Sở", "Điều 3. Sáng
    kiến"), or for a numbered paragraph its lead clause ("6. Thi đua đẩy mạnh …"). Document
    parts named by the bot ("Phần mở đầu", "Bố cục văn bản") and continued parts have none."""
    if passage.kind not in ("section", "outline") or passage.section == "Bố cục văn bản":
        return ""
    own = passage.section.rsplit(" › ", 1)[-1]
    if not own.startswith("mục "):
        return own
    if passage.utf8[:1] == b"(":  # "(mục 4, tiếp theo)": the title was in another part
        return ""
    lead = _LEAD_END.split(_NUMBER.sub("", passage.text, 1), 1)[0]
    return lead if len(lead.split()) <= HEADING_WORDS else ""


_SENTENCE_END = re.compile(r"[;:.]")


WHICH = "nao"  # "phong trào doanh nghiệp nào"


SEVERAL = frozenset(("nhung", "cac"))  # "những chỉ số nào" asks for several


WHICH_WORDS = 4  # the words before it that may open the name ("cán bộ công chức nào")


ROLES = tuple(
    " ".join(fold(w) for w in words(str(role)))
    for role in yaml.safe_load(ROLES_FILE.read_text(encoding="utf-8")) or []
)


_ITEM_MARK = re.compile(r"^(?:[IVX]+\.|\d+\.|[a-zđ]\)|-)\s*")


def _roles_in(text: str) -> set[str]:
    """The roles (roles.yaml) a folded, padded text names."""
    return {role for role in ROLES if f" {role} " in text}


def _addressed(passage: Passage) -> frozenset[str]:
    """The roles a part of a campaign document addresses: those its lines open on, as a
    list between commas ("- Thủ trưởng các đơn vị thuộc Bộ, Giám đốc các Sở …, thành phố
    trực thuộc Trung ương, Khối trưởng, …") or after "Đối với" ("Đối với cá nhân là lãnh đạo
    thủ trưởng đơn vị:"), its heading among them ("2. Văn phòng Sở:"). A role a line names
    later ("- Tham mưu Giám đốc Sở …") is one it speaks of, not to."""
    if not passage.doc.is_campaign or passage.kind != "section":
        return frozenset()
    found: set[str] = set()
    for line in passage.text.splitlines():
        clauses = _ITEM_MARK.sub("", line.strip(), count=1).split(";")
        for clause in clauses:
            # a list of addressees goes on past a semicolon ("Thủ trưởng các sở, ban,
            # ngành …; Chủ tịch Ủy ban nhân dân các huyện … có trách nhiệm …") only while
            # each clause opens on someone
            addressed = _addressed_in(_SENTENCE_END.split(clause, maxsplit=1)[0])
            if not addressed:
                break
            found |= addressed
    return frozenset(found)


def _addressed_in(lead: str) -> set[str]:
    """The roles a clause opens on (`_addressed`), as a list between commas."""
    found: set[str] = set()
    for k, piece in enumerate(lead.split(",")):
        text = " ".join(fold(w) for w in words(piece))
        if k == 0:
            text = next((text[len(a) :] for a in ADDRESSING if text.startswith(a)), text)
        if any(text == role or text.startswith(f"{role} ") for role in ROLES):
            found |= _roles_in(f" {' '.join(text.split()[:ROLE_WORDS])} ")
        elif k == 0 or len(text.split()) > ROLE_LIST_WORDS:
            break  # the clause opens on no one, or is past its addressees
    return found


def _document_text(doc: Document) -> str:
    years = " ".join(str(y) for y in range(doc.period_start, doc.period_end + 1))
    signer = f"{doc.signer.title} {doc.signer.name or ''}"
    number = (doc.number or "") if doc.has_number else ""  # a blank "…/KH-STNMT" says nothing
    date = f"{doc.date.day}/{doc.date.month}/{doc.date.year}" if doc.date else ""
    return " ".join(
        [doc.kind, number, date, doc.title, doc.issuer, doc.place, years, signer, *_names(doc)]
    )


# A document number's own number, year and kind code ("129/2025/NĐ-CP", "14/CT-UBND").
_NUMBER_PARTS = re.compile(r"^(\d+)(?:/(\d{4}))?/([^\W\d_]+)")


def _names(doc: Document) -> list[str]:
    """The ways a question names the document by its number ("NĐ 129 năm 2025", "nghị định
    129 năm 2025", "tt 18/2013") where the document writes "129/2025/NĐ-CP"."""
    parts = _NUMBER_PARTS.match(doc.number or "") if doc.has_number else None
    if parts is None:
        return []
    number, year, code = parts.groups()
    if year is None:  # "14/CT-UBND": "chỉ thị 14", not "năm 2021", which says too little
        return [f"{doc.kind} {number} {code} {number}"]
    return [f"{doc.kind} {number} năm {year} {code} {number} năm {year} {code} {number}/{year}"]
