"""A document the question names by its kind and number ("Chỉ thị 15/CT-UBND năm 2022 của tỉnh
Kon Tum", "công văn số 1234") that the knowledge base neither holds nor cites anywhere: its
content is not here, whatever other document of the same issuer or kind shares the question's
words. A number the documents cite ("Nghị định số 98/2023/NĐ-CP … hết hiệu lực", "Chỉ thị số
34-CT/TW") is answered from the passages citing it."""

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from knowledge.normalize import fold, fold_long
from knowledge.ordinals import item_asked

if TYPE_CHECKING:
    from knowledge import KnowledgeBase
    from knowledge.documents import Document

# Kinds as the search reads them, abbreviations spelled out; "nđ" stays as typed. A law is
# left to knowledge/held.py (`law_not_held`), which names the laws held.
_KINDS = {
    "chi thi": "Chỉ thị",
    "ke hoach": "Kế hoạch",
    "cong van": "Công văn",
    "quyet dinh": "Quyết định",
    "nghi quyet": "Nghị quyết",
    "nghi dinh": "Nghị định",
    "nd": "Nghị định",
    "thong tu": "Thông tư",
}
_KIND = "|".join(sorted(_KINDS, key=len, reverse=True))
# The kind, "số" perhaps, then the number; a year is no number ("kế hoạch 2022" is the plan
# of 2022), whatever follows it.
_NAMED = re.compile(rf"(?<= )({_KIND})(?: so)? (\d+)(?= )")
DISTINCT_DIGITS = 3
_YEAR = re.compile(r"^(19|20)\d\d$")
# How the documents write a number: with its code ("98/2023/NĐ-CP", "14/CT-UBND", "34-CT/TW"),
# whose first letters tell its kind (an issuer's letters, a letter's: "1234/STNMT-VP"), or
# after its kind ("Kế hoạch số 3510").
_CODED = re.compile(r"\b(\d+)\s*[/-]\s*(?:(?:19|20)\d\d\s*/\s*)?([a-z]+)", re.IGNORECASE)
_CODE_KINDS = {
    "ct": ("chi thi",),
    "kh": ("ke hoach",),
    "nd": ("nghi dinh",),
    "qd": ("quyet dinh",),
    "tt": ("thong tu",),
    "nq": ("nghi quyet",),
    "qh": ("nghi quyet",),  # a resolution of the National Assembly ("203/2025/QH15")
}
# A law's code is the National Assembly's too ("Luật Thi đua, khen thưởng số 06/2022/QH15"):
# the kind written nearest before the code tells a law from a resolution.
_LAW_BEFORE = re.compile(r"\bluat\b(?!.*\bnghi quyet\b)", re.DOTALL)
_KIND_REACH = 150  # characters before a code where its kind is written
_AFTER_KIND = re.compile(rf"\b({_KIND})(?: so)? (\d+)\b")
_DIGIT = re.compile(r"\d")


def document_not_held(text: str, kb: "KnowledgeBase") -> str | None:
    """The document the question names by kind and number ("Chỉ thị 15") when no document
    held has that number as one of that kind, and none cites it so; None otherwise."""
    padded = f" {fold(' '.join(kb.index.read_words(text)))} "
    known = kb.derived("documents held or cited, by kind", lambda: _numbers_known(kb))
    item = item_asked(fold(text), text)
    for found in _NAMED.finditer(padded):
        kind, number = found.groups()
        if kind == "nd" and item is not None and item.noun == "nd":
            continue  # "nd số 7" is the 7th "nội dung" (knowledge/ordinals.py), not a decree
        kind = _same_kind(kind)
        number = _unpadded(number)
        if _YEAR.match(number) or (kind, number) in known:
            continue
        # a long number names its document whatever kind it is called ("kế hoạch 8240" for
        # the plan citing Công văn 8240); a short one is any document's ("Nghị quyết 15")
        if len(number) >= DISTINCT_DIGITS and any(n == number for _, n in known):
            continue
        if _mendable(kind, number, text, padded, kb) is not None:
            continue  # "chỉ thị 41" for the 14 held: read as that (`number_mended`)
        return f"{_KINDS[kind]} số {_as_typed(number, text)}"
    return None


@dataclass(frozen=True)
class Mended:
    """A question with a document's number typed in the wrong order ("Chỉ thị 41") read with
    the number of the document held ("Chỉ thị 14"), and a note telling the person so."""

    text: str
    note: str


MENDED_NOTE = (
    "Kho văn bản của tôi không có {typed}; có lẽ anh/chị muốn hỏi {meant}, dưới đây tôi trả "
    "lời theo văn bản này."
)
# Words of an issuer's name that name no one issuer ("Bộ", "Ủy ban nhân dân tỉnh"), folded;
# nor does the Government's or the National Assembly's, which issue every decree and law
_GENERIC_ISSUER = frozenset("bo so tinh va uy ban nhan dan chinh phu quoc hoi".split())
ISSUER_WORDS = 2  # distinctive words of its issuer's name a question must say ("kon tum")


def number_mended(text: str, kb: "KnowledgeBase") -> Mended | None:
    """The question read with the document number it most likely means, when it names a
    kind and a bare number no document of that kind has or cites, and exactly one document
    held of that kind has the same digits in another order and is of the issuer the question
    names ("thông tư 81 của bộ khoa học" for Thông tư 18/2013/TT-BKHCN, "chỉ thị 41 của ubnd
    tỉnh kon tum" for Chỉ thị 14/CT-UBND); None otherwise. A number typed with its code
    ("15/CT-UBND") is meant as typed, and a year the question names must be the
    document's."""
    padded = f" {fold(' '.join(kb.index.read_words(text)))} "
    for found in _NAMED.finditer(padded):
        kind, number = _same_kind(found.group(1)), _unpadded(found.group(2))
        meant = _mendable(kind, number, text, padded, kb)
        typed = re.search(rf"(?<!\d)0*{number}(?!\d)", text)
        if meant is None or typed is None:
            continue
        held = _held_number(meant)
        mended = f"{text[: typed.start()]}{held}{text[typed.end() :]}"
        note = MENDED_NOTE.format(
            typed=f"{_KINDS[kind]} số {typed.group(0)}", meant=f"{meant.kind} số {meant.number}"
        )
        return Mended(mended, note)
    return None


def _mendable(
    kind: str, number: str, text: str, padded: str, kb: "KnowledgeBase"
) -> "Document | None":
    """The one document held of `kind` whose number has `number`'s digits in another order,
    when `number` is typed bare and no document of that kind has or cites it, the question
    (`text`, and `padded`: its words as the search reads them, folded, between spaces) names
    that document's issuer and no year other than its own; None otherwise."""
    known = kb.derived("documents held or cited, by kind", lambda: _numbers_known(kb))
    if len(number) < 2 or _YEAR.match(number) or (kind, number) in known:
        return None
    if _as_typed(number, text) != number and not _as_typed(number, text).isdigit():
        return None  # typed with its code: that document is meant
    digits = sorted(number)
    meant = [
        d
        for d in kb.documents
        if d.number is not None
        and _same_kind(fold(d.kind)) == kind
        and _held_number(d) != number
        and sorted(_held_number(d)) == digits
    ]
    if len(meant) != 1 or not _issuer_named(meant[0], padded):
        return None
    if (kind, _held_number(meant[0])) in _numbers_named(padded):
        return None  # "chỉ thị 41 và chỉ thị 14 khác gì nhau": both meant as typed
    years = set(_YEARS.findall(text))
    return meant[0] if not years or str(meant[0].year) in years else None


def _numbers_named(padded: str) -> set[tuple[str, str]]:
    """The (kind, number) pairs the question's padded words name ("chỉ thị 14", "chỉ thị
    41")."""
    return {(_same_kind(k), _unpadded(n)) for k, n in _NAMED.findall(padded)}


def _held_number(doc: "Document") -> str:
    """A held document's number without its code or leading zeros ("14" of "14/CT-UBND")."""
    return _unpadded(re.split(r"\D", doc.number or "", maxsplit=1)[0])


def _issuer_named(doc: "Document", padded: str) -> bool:
    """Whether the question's padded words say the words that tell the document's issuer
    from others ("kon tum" of "Ủy ban nhân dân tỉnh Kon Tum", "khoa học" of "Bộ Khoa học và
    Công nghệ"): at least ISSUER_WORDS of them, or all when it has fewer."""
    said = set(padded.split())
    own = [w for w in fold(doc.issuer).split() if w not in _GENERIC_ISSUER]
    return bool(own) and len([w for w in own if w in said]) >= min(ISSUER_WORDS, len(own))


_YEARS = re.compile(r"\b((?:19|20)\d\d)\b")


def _as_typed(number: str, text: str) -> str:
    """The number as the question typed it, its zeros and code kept ("01", "15/CT-UBND")."""
    found = re.search(rf"(?<!\d)0*{number}(?!\d)(?:[/-][\w.-]+)*(?<![-.])", text)
    return found.group(0) if found else number


def _unpadded(number: str) -> str:
    return number.lstrip("0") or "0"


def _same_kind(kind: str) -> str:
    return "nghi dinh" if kind == "nd" else kind


def _code_kinds(code: str, folded: str, at: int) -> tuple[str, ...]:
    """The kinds a code's letters (at `at` of the folded text) file its number under, a law's
    as a law (which this module leaves to knowledge/held.py), not as a resolution."""
    if code == "qh" and _LAW_BEFORE.search(folded[max(0, at - _KIND_REACH) : at]):
        return ("luat",)
    return _CODE_KINDS.get(code, ("cong van",))


def _numbers_known(kb: "KnowledgeBase") -> frozenset[tuple[str, str]]:
    """Every (kind, number) the documents hold as their own or cite, the number without its
    leading zeros."""
    known: set[tuple[str, str]] = set()
    # each text once (generated plans repeat their templates' passages: compared as stored,
    # decoded once), and only those with a figure: a number is what is looked for
    stored = dict.fromkeys(p.utf8 for p in kb.passages)
    texts = [f"{d.kind} {d.number or ''}" for d in kb.documents]
    texts += [str(utf8, "utf-8") for utf8 in stored]
    words = _FoldedWords()
    for text in texts:
        if not _DIGIT.search(text):
            continue
        # `fold(text)` a word at a time, each word folded once across all the texts: a
        # space neither changes case nor carries a mark
        folded = " ".join(map(words.__getitem__, text.split(" ")))
        for found in _CODED.finditer(folded):
            number, code = found.groups()
            for kind in _code_kinds(code.lower(), folded, found.start()):
                known.add((kind, _unpadded(number)))
        for kind, number in _AFTER_KIND.findall(folded):
            known.add((_same_kind(kind), _unpadded(number)))
    return frozenset(known)


class _FoldedWords(dict[str, str]):
    """Words and their folds (`fold_long`), each folded when first read."""

    def __missing__(self, word: str) -> str:
        folded = self[word] = fold_long(word)
        return folded
