"""A newcomer's story before the question, read as context: only what it names is kept.

New staff explain their situation first and ask after: "chào bot, e mới vào làm ở 1 đơn vị
thuộc bộ, mọi người hay nhắc phong trào thi đua năm 2021. cho e hỏi năm đó bộ tnmt phát động
thi đua với chủ đề gì ạ". What the story names (the campaign of 2021, the ministry, a province,
a title) says what the question asks of, and its pointers ("năm đó", "cv phát động đó",
"phong trào đó") point there; the rest of it ("mới vào làm", "mọi người hay nhắc", "lục hồ sơ
cũ") is in no passage that answers, so it weighs against every one and may make the question
look like one the documents cannot answer. Left out whole (knowledge/asides.py), the story
would take what it names with it ("em vừa được công nhận chiến sĩ thi đua cơ sở, ngoài giấy
chứng nhận thì có tiền thưởng không"). So a story is cut down to the words naming what the
documents name themselves by, and put before the question.

The story is every sentence before the one that asks, and the clauses opening the asking
sentence that tell of the asker, ask nothing and count nothing ("em vừa được công nhận …,";
not "em đạt LĐTT 2 năm", which is what is asked of).
"""

import re
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

import yaml

from knowledge.asides import TypedClause, clause_asks, clauses_of, tells_of_asker
from knowledge.normalize import fold, has_marks, nfc, words
from knowledge.searching.weights_and_vocabulary import ABBREVIATIONS_FILE
from knowledge.titles_answers import ANY_YEAR

if TYPE_CHECKING:
    from knowledge import KnowledgeBase

# One Vietnamese syllable: an abbreviation that is one ("nhắc", "nữa") is a word of the story.
_SYLLABLE = re.compile(r"^[bcdghklmnpqrstvx]*[aeiouy]+(?:ch|ng|nh|[cmnpt])?$")

Naming = tuple[frozenset[str], frozenset[str], dict[str, str]]


def _pairs(words: list[str]) -> list[str]:
    return [f"{a} {b}" for a, b in pairwise(words)]


def _naming(kb: "KnowledgeBase") -> Naming:
    """What the documents are named by: the pairs of words of the campaigns' titles, themes,
    issuers and places, of the laws' kinds and issuers and of the titles of the law, as
    written (lower case) and folded; and the abbreviations staff type for them ("tnmt",
    "cstđcs"). A single common word is no name ("mới", "hồ" are in some name too). A
    province no document is of is where the asker is ("em mới về làm ở Quảng Ngãi"), not
    what they ask of."""

    def compute() -> Naming:
        texts = [f"{d.title} {d.theme or ''} {d.issuer} {d.place}" for d in kb.campaigns()]
        texts += [f"{d.kind} {d.issuer}" for d in kb.documents if d.category == "law"]
        texts += [n for t in kb.titles.values() for n in (t.name, *t.aliases)]
        written = frozenset(pair for text in texts for pair in _pairs(words(text)))
        return written, frozenset(fold(p) for p in written), _abbreviations()

    return kb.derived("pairs of words naming documents and titles", compute)


@cache
def _abbreviations() -> dict[str, str]:
    """The abbreviations staff type for bodies, titles and documents ("tnmt", "cstđcs"),
    folded, each with the first word it stands for ("tài")."""
    data = yaml.safe_load(ABBREVIATIONS_FILE.read_text(encoding="utf-8"))
    found = {}
    for key, value in data.items():
        folded = fold(str(key))
        if " " not in folded and not _SYLLABLE.match(folded):
            first = value[0] if isinstance(value, list) else value
            found[folded] = nfc(str(first)).lower().split()[0]
    return found


def _named(typed: tuple[str, ...], naming: Naming) -> list[str]:
    """The words of a clause that name something: a number, an abbreviation, or one of a
    pair of words naming a document or title."""
    written, folded, abbreviations = naming
    keep = [
        (any(c.isdigit() for c in w) and not _article(typed, i)) or fold(w) in abbreviations
        for i, w in enumerate(typed)
    ]
    for i, (first, second) in enumerate(pairwise(typed)):
        marked = has_marks(first) or has_marks(second)
        # "sở tnmt" is named as "sở tài nguyên …" is
        said = f"{first} {abbreviations.get(fold(second), second)}"
        if (nfc(said).lower() in written) if marked else (fold(said) in folded):
            keep[i] = keep[i + 1] = True
    return [w for w, k in zip(typed, keep, strict=True) if k]


def read_with_story(text: str, kb: "KnowledgeBase") -> str:
    """The message with the story before its question cut down to what it names; as typed
    when it tells no story."""
    sentences: list[list[TypedClause]] = [[]]
    for clause in clauses_of(text):
        sentences[-1].append(clause)
        if clause.ends_sentence:
            sentences.append([])
    sentences = [s for s in sentences if s]
    asking = [i for i, s in enumerate(sentences) if any(clause_asks(c) for c in s)]
    if not asking or any(not _told(sentences[i]) for i in asking[:-1]):
        return text  # nothing asked, or two questions: no story to tell apart
    last = asking[-1]
    told = [c for s in sentences[:last] for c in s]
    asked = sentences[last]
    while len(asked) > 1 and _of_asker(asked[0]):
        told.append(asked[0])
        asked = asked[1:]
    if not told:
        return text
    naming = _naming(kb)
    after = [c for s in sentences[last + 1 :] for c in s]
    question = "".join(c.text + c.end for c in [*asked, *after]).strip()
    roles = [_role(c.text) for c in told]
    role = next((r for r in roles if r is not None), None)
    asked_of = _as_role(question, role) if role is not None else None
    if asked_of is not None:
        question, told = asked_of, [c for c, r in zip(told, roles, strict=True) if r is None]
    named = [" ".join(_named(c.typed, naming)) for c in told]
    return ", ".join([*(n for n in named if n), question])


# "em là trưởng phòng tnmt huyện", "tôi là công chức xã": who the asker is, which the
# question after asks of in their stead ("giao em việc gì", "của tôi")
_ASKERS = r"(?:em|e|tôi|toi|mình|minh)"
_ROLE = re.compile(rf"^\s*{_ASKERS}\s+(?:là|la)\s+(\S.*?)\s*$", re.IGNORECASE)
# ... said as whom a text gives or grants something ("giao em", "cho tôi", "của mình"), not
# "anh em", "tự mình", "phòng em" (the asker's office), "cho em hỏi", nor "Hồ Chí Minh"
_ASKER = re.compile(
    rf"\b(giao|cho|của|cua|với|voi|tặng|tang|xét|xet|khen) {_ASKERS}\b(?! (?:hỏi|hoi)\b)"
)


# ... or as who must, may or should do something ("tôi phải làm gì", "em được tặng gì")
_ASKER_DOING = re.compile(
    rf"(?<!\banh )(?<!\btự )(?<!\btu )\b{_ASKERS}(?= (?:phải|phai|cần|can|được|duoc|nên|nen)\b)"
)


def _as_role(question: str, role: str) -> str | None:
    """The question with the asker said by their role where it speaks of them ("… giao em
    việc gì": what is given to that head; "… tôi phải làm gì": what that head must do);
    None when it does not."""
    if _ASKER.search(question):
        return _ASKER.sub(lambda found: f"{found.group(1)} {role}", question, count=1)
    if _ASKER_DOING.search(question):
        return _ASKER_DOING.sub(role, question, count=1)
    return None


def _role(text: str) -> str | None:
    found = _ROLE.match(text)
    return found.group(1) if found else None


def _of_asker(clause: TypedClause) -> bool:
    """Whether a clause opening the asking sentence only tells of the asker: it opens on
    them (or on those who told them), asks nothing and counts nothing ("em đạt LĐTT 2 năm"
    is what is asked of)."""
    return tells_of_asker(clause) and not clause_asks(clause) and not _counts(clause.folded)


# A year names what the story is cut down to ("… bảo năm 2021 bộ có phát động …"), and "1"
# before what is not a span of time is "một" ("em làm ở 1 đơn vị"): neither counts.
_SPANS = frozenset("nam thang ngay tuan quy ky lan dot".split())
# ... unless a word numbering what it names comes before it ("khoản 1", "phụ lục 1", "số 1")
_NUMBERING = frozenset("dieu khoan muc diem so thu luc mau chuong phan".split())


def _article(words: tuple[str, ...], i: int) -> bool:
    """Whether the word at `i` is "1" typed for "một" before what is not a span of time
    ("em làm ở 1 đơn vị", "cho 1 đồng chí"), not after a word numbering something
    ("khoản 1"): it names nothing."""
    return (
        words[i] == "1"
        and i + 1 < len(words)
        and fold(words[i + 1]) not in _SPANS
        and (i == 0 or fold(words[i - 1]) not in _NUMBERING)
    )


def _counts(folded: tuple[str, ...]) -> bool:
    """Whether a clause's words count something ("2 năm", "1 lần")."""
    return any(
        any(c.isdigit() for c in word) and not ANY_YEAR.fullmatch(word) and not _article(folded, i)
        for i, word in enumerate(folded)
    )


def _told(sentence: list[TypedClause]) -> bool:
    """Whether a sentence before the question, though it has an asking word, tells of the
    asker: it opens on them and ends with no question mark ("Em làm ở vụ, … mà chưa biết
    bắt đầu từ đâu.")."""
    return tells_of_asker(sentence[0]) and "?" not in sentence[-1].end
