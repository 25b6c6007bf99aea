"""What a question asks of documents: definitions, numbers, kinds, issuers, citations, query terms."""

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np

from knowledge.documents import Document
from knowledge.normalize import Needing, accent_key, fold, has_marks
from knowledge.searching.analyzer import _NOTE_OPENS, RECENT_QUESTIONS, QueryTerm
from knowledge.searching.index_building import content_pairs
from knowledge.searching.question_phrases import (
    _DEFINED,
    ASKS_RECIPIENTS,
    ASKS_SENT_WHERE,
    SENDS_OTHER,
)
from knowledge.searching.weights_and_vocabulary import (
    ACCENT_SHARE,
    BODY_ACTS_AFTER,
    BODY_COMPOUND_AFTER,
    BODY_COMPOUND_BEFORE,
    BODY_LEVELS,
    BODY_OWNER_BEFORE,
    DOCUMENT_KINDS,
    FOLDED_STOPWORDS,
    INFO_INTENT,
    ISSUER_WORDS,
    LIST_ASKED,
    LIST_INTENT,
    OBJECTS_ASKED,
    PAIR_SHARE,
    is_stopword,
)

# "số mấy" asks a document's number (its card), but "mẫu số mấy", "điều số mấy" a part's
# ("hệ số mấy": a bonus's multiple).
ASKS_NUMBER = Needing(r"(?<!\bmau)(?<!\bdieu)(?<!\bkhoan)(?<!\bhe) so (may|gi|bao nhieu) ", " so ")


# "chỉ thị 14 phát động phong trào gì": what a document named by its kind launches is its title
# and theme, lines of its card ("ủy ban phát động gì" names no document: left to the text).
ASKS_LAUNCHED = re.compile(r" phat dong ((nhung|cac) )?((phong trao|thi dua) )?(ve )?(gi|nao) ")


# "dựa trên văn bản nào", "dựa vào chỉ thị nào": what a document rests on, as "căn cứ" asks
# (INFO_INTENT), the line "Căn cứ: …" of its card.
# (Not the "đua" of "thi đua theo chỉ thị 14".)
ASKS_BASIS = re.compile(
    r"(?<! thi) dua (tren|vao|theo) ((nhung|cac) )?(van ban|chi thi|nghi quyet|nghi dinh"
    r"|quyet dinh|cong van|ke hoach|thong tu|luat|co so|dau)( (nao|gi))? "
)


# "cho em hỏi", "xin hỏi", "thế", "vậy", "còn", "mà", "ủa": words a question may open with
# before its subject
_ASKING_OPENERS = re.compile(
    r"^(?:(?:cho|xin|em|toi|minh|hoi|phep|vui long|giup|the|vay|con|ma|nhung|ua) )+"
)


# "theo điều lệ sáng kiến nđ 13/2012 thì …": the document named before what is asked of it
# (not the "thi" of "thi đua", nor of "hướng dẫn thi hành", which names the document)
_DOCUMENT_NAMED_FIRST = re.compile(r"^(?:theo|trong) .+? thi (?!(?:dua|hanh)\b)")
# "sáng kiến theo điều lệ sáng kiến là gì": the document named after what is asked of it
_DOCUMENT_NAMED_AFTER = re.compile(
    r" (?:theo|trong) (?:dieu le|luat|nghi dinh|nd|thong tu|tt|quy dinh|van ban)\b.*?"
    r"(?= (?:(?:duoc|dc) (?:hieu|dinh nghia) )?(?:la|co) (?:\w+ ){0,3}?(?:gi|j)$)"
)


def _defined_subject(tokens: list[str]) -> str | None:
    """What the question asks to be defined, folded, when it opens on it ("năm 2022", also
    after "cho em hỏi")."""
    return _subject_defined(tuple(tokens))


@lru_cache(maxsize=RECENT_QUESTIONS)  # asked several times of each question
def _subject_defined(tokens: tuple[str, ...]) -> str | None:
    """`_defined_subject`, kept for the last few questions."""
    said = _ASKING_OPENERS.sub("", " ".join(fold(t) for t in tokens))
    found = _DEFINED.match(_DOCUMENT_NAMED_AFTER.sub("", _DOCUMENT_NAMED_FIRST.sub("", said), 1))
    if found is None or any(w in FOLDED_STOPWORDS for w in found[1].split()):
        return None
    return found[1]


def _definition(tokens: list[str]) -> Callable[[str], bool] | None:
    """Whether a folded text has a sentence opening on what the question asks to be defined
    and saying what it is ("năm 2022 là năm …"), when the question asks that."""
    subject = _defined_subject(tokens)
    return None if subject is None else _defining(subject)


@lru_cache(maxsize=RECENT_QUESTIONS)
def _defining(subject: str) -> Callable[[str], bool]:
    """`_definition` of a subject: the pattern, which may start anywhere, is tried only on a
    text saying the subject and "là" or "có" after it at all."""
    sentence = re.compile(rf"(?:^|[\n.;:] *){re.escape(subject)} (?:la|co)\b")
    said = (f"{subject} la", f"{subject} co")
    return lambda text: (said[0] in text or said[1] in text) and bool(sentence.search(text))


def _continues(head: str) -> bool:
    """Whether a passage's start says it goes on with a section: a first line in brackets
    ending ", tiếp theo" ("(Điều 4. …, tiếp theo)")."""
    first = head.partition("\n")[0]
    return first.startswith("(") and first.endswith(", tiếp theo)")


def _continued_note(head: str) -> bool:
    """Whether a passage's start is the editors' note continuing an article ("(Điều 80, tiếp
    theo)\nGhi chú …"): a piece going on with it (`_continues`) that opens on "Ghi chú"."""
    _, newline, rest = head.partition("\n")
    return bool(newline) and _continues(head) and _NOTE_OPENS.match(rest) is not None


def _bare_body_levels(said: list[str]) -> set[str]:
    """The levels ("bo", "so") of the bodies the question names by "Bộ" or "Sở" alone as
    the one that owns or does what is asked (BODY_OWNER_BEFORE, BODY_ACTS_AFTER)."""
    folded = [fold(t) for t in said]
    levels = set()
    for i, word in enumerate(folded):
        if word not in BODY_LEVELS or (has_marks(said[i]) and said[i].lower() not in ("bộ", "sở")):
            continue
        before = folded[i - 1] if i > 0 else ""
        after = folded[i + 1] if i + 1 < len(folded) else ""
        if before in BODY_COMPOUND_BEFORE or after in BODY_COMPOUND_AFTER:
            continue
        if before in BODY_OWNER_BEFORE or after in BODY_ACTS_AFTER:
            levels.add(word)
    return levels


# Words holding "ký" that ask for no signer: "các đơn vị đăng ký những gì" asks what a
# part of the letter requires, not its card.
NOT_SIGNING = re.compile(r"(?<= )(?:dang|thu) ky(?= )")
# "kỳ", a period ("sơ kết giữa kỳ", "nhiệm kỳ", "kỳ họp"), is no "ký": typed with its marks
# it is told apart by them; folded, by the word beside it that makes it a period (not the
# "định" of "quyết định ký", nor the "hợp" of "ký hợp đồng"). "mỗi kỳ" only as typed: folded,
# it is also "mới ký", as "từng kỳ" is "từng ký" ("cv vừa mới ký", "đã từng ký").
_PERIOD_BEFORE = frozenset("giua cuoi dinh hoc nhiem".split())
_EACH = "mỗi"
_NAMES_BEFORE_DINH = frozenset(("quyet", "nghi"))
_PERIOD_AFTER = "hop"


def _signs(tokens: Sequence[str], folded: Sequence[str], i: int) -> bool:
    """Whether the word at i, folded "ky", is "ký" (signing) rather than "kỳ" (a period)."""
    if has_marks(tokens[i]):
        return tokens[i].lower() in ("ký", "kí")
    before = folded[i - 1] if i > 0 else ""
    if before in _PERIOD_BEFORE and not (
        before == "dinh" and i > 1 and folded[i - 2] in _NAMES_BEFORE_DINH
    ):
        return False
    if i > 0 and tokens[i - 1].lower() == _EACH:
        return False
    after = folded[i + 1 : i + 3]
    return not (after[:1] == [_PERIOD_AFTER] and after[1:] != ["dong"])


def _unsigned(tokens: Sequence[str], folded: Sequence[str]) -> str:
    """The question's folded words, padded, with every "ký" asking no signer left out."""
    kept = [w for i, w in enumerate(folded) if w != "ky" or _signs(tokens, folded, i)]
    return NOT_SIGNING.sub(" ", f" {' '.join(kept)} ")


# The phrases asking for a card's line or a list, between spaces (made once, not per question)
_INFO_PADDED = tuple(f" {phrase} " for phrase in INFO_INTENT)
_LIST_PADDED = tuple(f" {phrase} " for phrase in LIST_INTENT)


def _asked_kinds(tokens: list[str]) -> set[str]:
    """Which passage kinds other than plain sections the question asks for."""
    return set(_kinds_asked(tuple(tokens)))


@lru_cache(maxsize=RECENT_QUESTIONS)  # each index of the knowledge base asks it again
def _kinds_asked(tokens: tuple[str, ...]) -> frozenset[str]:
    """`_asked_kinds`, kept for the last few questions."""
    folded = [fold(t) for t in tokens]
    text = f" {' '.join(folded)} "
    unsigned = _unsigned(tokens, folded)
    asked = set()
    if (
        any(phrase in unsigned for phrase in _INFO_PADDED)
        or ASKS_NUMBER.search(text)
        or ASKS_RECIPIENTS.search(text)
        or ASKS_BASIS.search(text)
        or (
            (
                (ASKS_SENT_WHERE.search(text) and not SENDS_OTHER.search(text))
                or ASKS_LAUNCHED.search(text)
            )
            and any(f" {k} " in text for k in DOCUMENT_KINDS)
        )
    ):
        asked.add("info")
    listing = OBJECTS_ASKED.sub(" ", text)
    if any(phrase in listing for phrase in _LIST_PADDED) or LIST_ASKED.search(listing):
        asked.add("outline")
    return frozenset(asked)


def _document_numbers(documents: Sequence[Document]) -> dict[str, np.ndarray]:
    """Map the leading number of each numbered document ("14" of 14/CT-UBND) to its index."""
    numbers: dict[str, list[int]] = defaultdict(list)
    for i, doc in enumerate(documents):
        if doc.has_number and doc.number:
            numbers[re.findall(r"\d+", doc.number)[0].lstrip("0")].append(i)
    return {n: np.array(ids) for n, ids in numbers.items()}


def _issuer_words(doc: Document) -> str:
    """The folded first words of a document's issuer, padded ("sở tài nguyên"): enough to
    tell it (ISSUER_WORDS)."""
    issuer = " ".join(fold(doc.issuer).split()[:ISSUER_WORDS])
    return f" {issuer} " if issuer else ""


def _campaign_issuers(documents: Sequence[Document], issuer_of: list[str]) -> dict[str, np.ndarray]:
    """The campaigns by the first words of their issuer (`_issuer_words`)."""
    issuers: dict[str, list[int]] = defaultdict(list)
    for i, (doc, issuer) in enumerate(zip(documents, issuer_of, strict=True)):
        if doc.is_campaign and issuer:
            issuers[issuer].append(i)
    return {issuer: np.array(ids) for issuer, ids in issuers.items()}


def _documents_citing(documents: Sequence[Document]) -> dict[str, list[tuple[int, str]]]:
    """Map the leading number of each document a document carries out ("14" of its basis
    "14/CT-UBND …") to it and the folded first words of its issuer: the department's letter
    "theo Chỉ thị số 14/CT-UBND" is named "CT 14" too when the question names the department
    ("sở tnmt kon tum triển khai ct14 thế nào")."""
    numbers: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for i, doc in enumerate(documents):
        issuer = _issuer_words(doc)
        for basis in doc.based_on:
            found = _LEADING_NUMBER.match(basis)
            if found and issuer:
                numbers[found[1].lstrip("0")].append((i, issuer))
    return dict(numbers)


_LEADING_NUMBER = re.compile(r"\D{0,20}?(\d+)[/-]")


def _citing_groups(
    citing: dict[str, list[tuple[int, str]]], kind_of: list[str]
) -> dict[str, list[tuple[str, str, np.ndarray]]]:
    """The documents citing each number (`_documents_citing`) grouped by the words of their
    issuer and their kind, in order of first appearance: a question is matched once per
    group, not once per document (thousands of documents cite a province's directive)."""
    grouped: dict[str, list[tuple[str, str, np.ndarray]]] = {}
    for number, entries in citing.items():
        groups: dict[tuple[str, str], list[int]] = {}
        for i, issuer in entries:
            groups.setdefault((issuer, kind_of[i]), []).append(i)
        grouped[number] = [(issuer, kind, np.array(ids)) for (issuer, kind), ids in groups.items()]
    return grouped


def _document_years(documents: Sequence[Document]) -> dict[str, np.ndarray]:
    """Map each year of a document's period ("2022") to the documents it covers."""
    years: dict[str, list[int]] = defaultdict(list)
    for i, doc in enumerate(documents):
        for year in range(doc.period_start, doc.period_end + 1):
            years[str(year)].append(i)
    return {y: np.array(ids) for y, ids in years.items()}


def _document_kinds(documents: Sequence[Document]) -> list[tuple[str, np.ndarray]]:
    """Each kind of document (" chi thi "), padded for a whole-word match, and its documents;
    only kinds that not every document shares."""
    kinds: dict[str, list[int]] = defaultdict(list)
    for i, doc in enumerate(documents):
        if doc.kind:
            kinds[f" {fold(doc.kind)} "].append(i)
    return [(k, np.array(ids)) for k, ids in kinds.items() if len(ids) < len(documents)]


def _query_terms(tokens: list[str], accented: bool) -> list[QueryTerm]:
    """The question's scoring terms: each content word folded (and with its marks when the
    question has them), then the pairs of adjacent content words."""
    return list(_terms_of(tuple(tokens), accented))


@lru_cache(maxsize=RECENT_QUESTIONS)  # each index of the knowledge base asks it again
def _terms_of(tokens: tuple[str, ...], accented: bool) -> tuple[QueryTerm, ...]:
    """`_query_terms`, kept for the last few questions."""
    terms: list[QueryTerm] = []
    for token in tokens:
        if is_stopword(token, accented):
            continue
        if accented:
            terms.append(QueryTerm(fold(token), 1 - ACCENT_SHARE))
            terms.append(QueryTerm(accent_key(token) + "|", ACCENT_SHARE))
        else:
            terms.append(QueryTerm(fold(token), 1.0))
    terms += [QueryTerm(pair, 1.0) for pair in content_pairs(tokens, accented)]
    return tuple(terms)


def _coverage_units(tokens: list[str], accented: bool) -> list[tuple[str, float, str | None]]:
    """(folded unit, weight, exact accent key or None) for each informative word and pair."""
    return list(_units_of(tuple(tokens), accented))


@lru_cache(maxsize=RECENT_QUESTIONS)  # each index of the knowledge base asks it again
def _units_of(tokens: tuple[str, ...], accented: bool) -> tuple[tuple[str, float, str | None], ...]:
    """`_coverage_units`, kept for the last few questions."""
    units: list[tuple[str, float, str | None]] = []
    for token in tokens:
        if not is_stopword(token, accented):
            units.append((fold(token), 1.0, accent_key(token) + "|" if accented else None))
    units += [(pair, PAIR_SHARE, None) for pair in content_pairs(tokens, accented)]
    return tuple(units)
