"""What an answer named when the question asked for it.

"Căn cứ chỉ thị nào của Bộ Chính trị" is answered by a line naming "Chỉ thị số 34-CT/TW";
"theo thông tư nào" by one naming "Thông tư 62/2025/TT-BNNMT"; "chủ đề là gì" by one naming
“Đoàn kết, sáng tạo thi đua xây dựng và bảo vệ Tổ quốc”. In the next question, "nó",
"chỉ thị đó" or "chủ đề đó" mean that thing, not the document the answer was quoted from.
"""

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from knowledge import Document
from knowledge.normalize import fold, folded_words

CITED = re.compile(
    r"(Nghị quyết|Nghị định|Thông tư|Quyết định|Chỉ thị|Kế hoạch|Công văn|Luật)"
    r"(?: số)? (\d+/(?:\d{4}/)?[A-ZĐa-z0-9-]+|\d+-[A-Z]+/[A-Z]+)"
    # its date as written in figures or in words ("ngày 16 tháng 7 năm 2021"), then its issuer
    r"(?: ngày \d{1,2}(?:/\d{1,2}/\d{4}| tháng \d{1,2} năm \d{4}))?(?: của [A-ZĐÀ-Ỹ][^,.;:()]*)?"
)
# The kinds of document a question may ask for by "… nào", and how answers write them.
KINDS = {
    "nghi quyet": "Nghị quyết",
    "nghi dinh": "Nghị định",
    "thong tu": "Thông tư",
    "quyet dinh": "Quyết định",
    "chi thi": "Chỉ thị",
    "ke hoach": "Kế hoạch",
    "cong van": "Công văn",
    "luat": "Luật",
    "van ban": "",  # any kind
}
# Things an answer names in quotation marks: "Chủ đề: “…”".
QUOTED = ("chu de", "khau hieu", "phuong cham", "ten phong trao")
_ASKS = re.compile(
    rf"\b({'|'.join((*KINDS, *QUOTED))}) (?:nao|gi|la gi)\b"
    # "nghị quyết sắp xếp đơn vị hành chính cấp tỉnh số mấy": its number asked for
    rf"|\b({'|'.join(KINDS)})\b(?: \w+){{0,10}} so (?:may|bao nhieu|hieu)\b"
)
# Words of a question asking for a document that do not tell which one it is.
_ASKING = frozenset(
    "nao gi la cua theo can cu vao dua tren so ngay chi thi nghi dinh quyet thong tu ke hoach"
    " cong van luat van ban".split()
)
_GROUNDS = re.compile(r"\bcan cu\b")  # "căn cứ vào đâu": a document of any kind
# "8240/BTNMT-TĐKTTT", "14/CT-UBND": a document's number, with its issuer's letters
_BARE_NUMBER = re.compile(r"(?<![\w/])(\d+/(?:\d{4}/)?[A-ZĐ]+-[A-ZĐa-z0-9-]+)")
_QUOTE = re.compile(r"[“\"]([^”\"]{4,})[”\"]")
_LEADING_NUMBER = re.compile(r"\d+")
# "d) Danh hiệu thôn, tổ dân phố văn hóa được tặng …": an item leading with a title.
_TITLE_LINE = re.compile(
    r"^\s*(?:\(?[a-zđ0-9]{1,2}[).]\s+)?Danh hiệu\s+(.+?)(?:\s+(?:được|để|do|là)\s|[;:]|$)"
)
TITLE_LINES = 2  # the answer's lead, with the heading of its block above it
T = TypeVar("T")
# "chỉ thị đó", "chủ đề này", "cái đấy" (as the North says "đó"): as written, and folded
WRITTEN_POINTERS = ("đó", "này", "ấy", "đấy", "đây", "trên", "vừa rồi")
POINTERS = tuple(dict.fromkeys(fold(w) for w in WRITTEN_POINTERS))
# Words saying a document carries out or guides the one named after them, folded: "cv theo
# chỉ thị 14", "thực hiện kh 8240", "tt hướng dẫn nó" ("theo dõi" follows up, "theo quy
# định" cites a rule)
CARRYING_OUT = r"(?:theo(?! doi| quy dinh)|thuc hien|trien khai|huong ung|can cu|huong dan)"
# "ai ký", "người ký": who signed a document
SIGNER_ASKED = re.compile(r"\b(ai|nguoi) ky\b|\bky boi\b|\bdo ai\b")


@dataclass(frozen=True)
class Named:
    noun: str  # folded: "chi thi", "van ban", "chu de"
    value: str  # as the answer wrote it: "Chỉ thị số 34-CT/TW", "Đoàn kết, sáng tạo…"

    @property
    def is_document(self) -> bool:
        return self.noun in KINDS

    @property
    def number(self) -> str:
        """A named document's number ("34-CT/TW"), else nothing."""
        return self.value.rsplit(" ", 1)[-1] if self.is_document else ""


def named_in(question: str, answer: str) -> Named | None:
    """What the answer shown names when the question asked for a document or a quoted name;
    a document the question itself names by its number is not what it asked for."""
    said = words(question)
    asked = _ASKS.search(said)
    # "chủ đề thi đua theo ct14": a quoted name is asked for by naming it
    naming = next((n for n in QUOTED if f" {n} " in f" {said} "), None)
    grounds = _GROUNDS.search(said)
    if asked is None and not grounds and naming is None:
        return _title_led(answer)
    noun = (asked.group(1) or asked.group(2)) if asked else "van ban" if grounds else str(naming)
    shown = answer.split("\n\n📄", 1)[0]
    if noun in KINDS:
        typed = set(_LEADING_NUMBER.findall(question))
        found = [
            c
            for c in CITED.finditer(shown)
            if c.group(1).startswith(KINDS[noun])
            and (number := _LEADING_NUMBER.match(c.group(2)))
            and number[0] not in typed
        ]
        if not found:
            return _bare_number(shown, typed) if noun == "van ban" else None
        # "chỉ thị nào của ttg": of the directives cited, the one whose issuer was asked
        own = set(said.split()) - _ASKING

        def shared(cited: re.Match[str]) -> int:
            return len(own & set(words(cited.group(0)).split()))

        best = max(found, key=lambda c: (shared(c), -c.start()))
        return Named(noun, f"{best.group(1)} số {best.group(2)}")
    for line in shown.splitlines():
        quoted = _QUOTE.search(line)
        if quoted and noun in words(line):
            return Named(noun, quoted.group(1))
    return None


# "ct 05?", "còn chỉ thị 34 thì sao": a document named by its kind and number, nothing asked
_TYPED_DOCUMENT = re.compile(rf"^(?:(?:the |vay )?con )?({'|'.join(KINDS)}) (?:so )?(\d+)\b")
_TYPED_CLOSING = frozenset(("thi", "sao", "a", "nhi", "the", "nao"))  # word by word


def typed_cited(question: str, answer: str, own: str | None) -> Named | None:
    """The document a bare question names by its kind and number ("ct 05?") as the answer
    cites it ("… Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về …"), when it is not
    the answer's own document (`own`, its number): what a next "về gì" asks of."""
    said = words(question)
    typed = _TYPED_DOCUMENT.search(said)
    if typed is None or not set(said[typed.end() :].split()) <= _TYPED_CLOSING:
        return None
    number = int(typed.group(2))
    if own is not None and (mine := _LEADING_NUMBER.match(own)) and int(mine[0]) == number:
        return None
    shown = answer.split("\n\n📄", 1)[0]
    for cited in CITED.finditer(shown):
        leading = _LEADING_NUMBER.match(cited.group(2))
        if cited.group(1) == KINDS[typed.group(1)] and leading and int(leading[0]) == number:
            return Named(typed.group(1), f"{cited.group(1)} số {cited.group(2)}")
    return None


def _bare_number(shown: str, typed: set[str]) -> Named | None:
    """A document the answer names by its number alone ("Căn cứ: 8240/BTNMT-TĐKTTT ngày
    31/12/2021"), when any document was asked for; not one the question typed."""
    found = next((n for n in _BARE_NUMBER.findall(shown) if n.split("/")[0] not in typed), None)
    return Named("van ban", found) if found else None


def _title_led(answer: str) -> Named | None:
    """The title an answer leads with ("d) Danh hiệu thôn, tổ dân phố văn hóa được tặng…"):
    what "danh hiệu đó" in the next question means."""
    for line in answer.split("\n\n📄", 1)[0].splitlines()[:TITLE_LINES]:
        led = _TITLE_LINE.match(line)
        if led:
            return Named("danh hieu", led.group(1).strip(' “”"'))
    return None


def title_asked(asked: str, answer: str) -> Named | None:
    """The title of a line of the answer ("d) Danh hiệu thôn, tổ dân phố văn hóa được tặng…")
    whose name has every word a "còn …" follow-up asked about ("thôn, tổ dân phố văn hóa"):
    what "cái đấy" in the next question means."""
    wanted = set(words(asked).split())
    for line in answer.split("\n\n📄", 1)[0].splitlines():
        led = _TITLE_LINE.match(line)
        if led and wanted and wanted <= set(words(led.group(1)).split()):
            return Named("danh hieu", led.group(1).strip(' “”"'))
    return None


def is_own(doc: Document, named: Named) -> bool:
    """Whether the document is the named one (by its number), not one citing it."""
    number = named.number
    return bool(number) and doc.has_number and fold(doc.number or "") == fold(number)


def citing(passages: Sequence[T], named: Named, text: Callable[[T], str]) -> list[T]:
    """Of the passages, those that mention the named document by its number, in order."""
    number = named.number
    return [p for p in passages if number and number in text(p)]


def dated(passages: Sequence[T], named: Named, text: Callable[[T], str]) -> T | None:
    """The first of the passages citing the named document with its date ("Chỉ thị số
    19/CT-TTg ngày 16 tháng 7 năm 2021")."""
    number = named.number
    if not number:
        return None
    cited = re.compile(rf"{re.escape(number)}\s+ngày\s+\d")
    return next((p for p in passages if cited.search(text(p))), None)


def fullest(passages: Sequence[T], named: Named, text: Callable[[T], str]) -> tuple[str, T] | None:
    """The named document as the passages cite it most fully (with its date and issuer:
    "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội"), and the passage citing it."""
    number = named.number
    found = [
        (cited.group(0).strip(), p)
        for p in passages
        if number and number in text(p)
        for cited in CITED.finditer(text(p))
        if cited.group(2) == number
    ]
    return max(found, key=lambda f: len(f[0]), default=None)


def pointer(said: str, named: Named) -> str | None:
    """The folded words of a follow-up pointing back to the named thing ("chỉ thị đó",
    "văn bản này", "nó"), if it has some."""
    # "cái đó": whatever was named; "công văn này" as well as "văn bản này" when the answer
    # asked for any document ("căn cứ văn bản nào") named a công văn
    nouns = (
        (named.noun, "van ban", "cai", *_kind_of(named))
        if named.is_document
        else (named.noun, "cai")
    )
    pointers = [f"{n} {p}" for n in nouns for p in POINTERS] + ["no"]
    # ("trong văn bản đó": inside the text just read, the one the answer quoted, not a
    # document it named, which the person has not read)
    padded = f" {said} ".replace(" trong van ban ", " trong van_ban ")
    return next((p for p in pointers if f" {p} " in padded), None)


def points_by_kind(said: str, named: Named) -> bool:
    """Whether a follow-up points back to the named document by its own kind ("nghị quyết
    đó" after "Nghị quyết số 202/2025/QH15"), not as any document ("văn bản đó" may be the
    letter the answer was quoted from)."""
    padded = f" {said} "
    return any(f" {k} {p} " in padded for k in _kind_of(named) for p in POINTERS)


def is_of_kind(said: str, named: Named, doc: Document) -> bool:
    """Whether a follow-up points back by a kind that is both the named document's and the
    document's ("nghị định đó" after a decree's article naming another decree)."""
    padded = f" {said} "
    kind = fold(doc.kind)
    return points_by_kind(said, named) and any(f" {kind} {p} " in padded for p in POINTERS)


def asks_other_kind(kind: str | None, named: Named) -> bool:
    """Whether the question asks for a document of another kind than the named one ("tt
    hướng dẫn nó là tt nào" after a decree was named: a circular)."""
    return kind is not None and kind not in _kind_of(named)


def names_no_kind(said: str) -> bool:
    """Whether a follow-up names no particular kind of document ("ai ký", "vb đó ai ký"): it
    may be of the document read as well as of the one its answer named."""
    padded = f" {said} "
    return not any(f" {k} " in padded for k in KINDS if KINDS[k])


def first_of_kind(said: str, named: Named) -> bool:
    """Whether the first kind of document the words name is the named one's: "cv của sở
    triển khai kh đó do ai ký" asks of the letter, which carries out the plan pointed at."""
    padded = f" {said} "
    first = min(((padded.find(f" {k} "), k) for k in KINDS if f" {k} " in padded), default=None)
    return first is None or first[1] in _kind_of(named)


def _kind_of(named: Named) -> tuple[str, ...]:
    """The kind a named document's own name starts with ("Công văn số 8240/…": "cong van"),
    else the kind its bare number tells ("8240/BTNMT-TĐKTTT": a letter)."""
    value = folded_words(named.value)
    kinds = tuple(k for k in KINDS if k != "van ban" and value.startswith(f"{k} "))
    bare = _BARE_NUMBER.fullmatch(named.value)
    return kinds or ((_kind_coded(bare.group(1)),) if bare else ())


# The code of a kind after a number's slash ("14/CT-UBND", "02/2022/TT-BNV"); a number with
# none, only its issuer's letters ("8240/BTNMT-TĐKTTT"), is a letter's (công văn).
_KIND_CODES = {
    "kh": "ke hoach",
    "qd": "quyet dinh",
    "ct": "chi thi",
    "tt": "thong tu",
    "nd": "nghi dinh",
    "nq": "nghi quyet",
}


def _kind_coded(number: str) -> str:
    code = folded_words(number.rsplit("/", 1)[-1].split("-", 1)[0])
    return _KIND_CODES.get(code, "cong van")


words = folded_words  # folded words without punctuation
