"""A follow-up naming another held document moves the conversation to that document.

"quay lại cv của bộ, ai ký vậy", "còn cái của bộ năm 2021 thì khác gì", "còn chủ đề của sở
tnmt kon tum giai đoạn 2021-2025": the words that name a document (its kind, its number, the
body that issued it and its sector, its province, its years, a law's short title) are read
against every document held. When together they fit one document the last answer was not
from, or, pointing back ("quay lại", "lúc nãy", "cái trước"), one this chat read before
(`Topic.documents`), the question is asked of that document: what the follow-up asks
besides naming it ("ai ký", "chủ đề"), or, when it asks nothing of its own ("thì sao", "khác
gì", "nội dung tương tự"), what the last question asked, where that document says what the
passage just read said.

After a law or a note, a province or body alone names no document ("ở sở tnmt sóc trăng
thì ai trình": where the law applies; "còn kon tum" after the note on Sóc Trăng's merger:
the note on Kon Tum); after a campaign's document it names the campaign of that province
or body ("sóc trăng có thêm gì khác không" after the ministry's criteria).
"""

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from handlers.followups.carrying_out import carrying_out
from handlers.followups.follow_up_shape import (
    _NOW,
    _RELATING,
    _SPELLED,
    POLITE_ENDS,
    _without_polite_opening,
)
from handlers.followups.other_documents import asked_kind, content_words, coverage, rarity
from handlers.followups.topic_memory import (
    ASKING,
    DOCUMENT_KINDS,
    JOINING,
    TRAILING,
    WITHIN,
    Topic,
    _name_words,
    document_passages,
    said_words,
    shown,
    year_work,
)
from handlers.named_things import POINTERS
from knowledge import Document, Hit, KnowledgeBase, Passage
from knowledge.held import named_years
from knowledge.normalize import fold
from knowledge.places import own_place, provinces
from knowledge.search import KIND_LETTERS
from knowledge.titles_answers import law_names

# Openings that say the follow-up goes (back) to something else: "còn …", "quay lại …".
_LEADS = (
    "quay tro lai", "quay lai", "quay ve", "tro lai", "tro ve", "ngoai ra con", "the con",
    "vay con", "con", "the", "vay",
)  # fmt: skip
_BACK_LEADS = frozenset(("quay tro lai", "quay lai", "quay ve", "tro lai", "tro ve"))

# Words pointing back to a document read earlier in the chat ("lúc nãy", "cái trước"), not
# "trước đây" (formerly) nor "vừa rồi" (the one just read).
_EARLIER = re.compile(
    r"\b(?:luc nay|ban nay|hoi nay|vua nay|khi nay|luc truoc|hoi truoc)\b"
    r"|\b(?:cai|van ban|" + "|".join(DOCUMENT_KINDS) + r") (?:truoc(?! day)|kia|ban dau|dau tien)\b"
)

# A kind's letters glued to its number ("ct14", "nd152").
_GLUED = re.compile(rf"\b({'|'.join(KIND_LETTERS)})(\d{{1,4}})\b")

# Letters typed with "đ" name a kind of document ("nđ"); "nd" alone may be "nội dung".
_MARKED = {"nđ": "nghị định", "qđ": "quyết định"}
_MARKED_LETTERS = re.compile(r"(?<!\w)(nđ|qđ)(?!\w)", re.IGNORECASE)

# Bodies spelled by their letters ("btnmt": "bo tai nguyen va moi truong").
_BODY_LETTERS = {k: v for k, v in _SPELLED.items() if k in ("btnmt", "stnmt", "bkhcn")}

# The bodies that issue campaign documents, as a message names them, by how their names
# start ("ubnd": "uy ban nhan dan").
_BODIES = {"bo": "bo", "so": "so", "ubnd": "uy ban nhan dan", "uy ban nhan dan": "uy ban nhan dan"}

# Words before a body making it the issuer ("của bộ", "bên sở", "theo bộ", "cv bộ").
_OWNERS = frozenset(("cua", "ben", "thuoc", "theo", "cai"))

# Sectors by the words a message may say them with.
_SECTORS = {
    "tai nguyen va moi truong": ("tai nguyen va moi truong", "tai nguyen moi truong", "tnmt",
                                 "tn&mt", "tn mt"),
    "khoa hoc va cong nghe": ("khoa hoc va cong nghe", "khoa hoc cong nghe", "khcn"),
}  # fmt: skip

# Words after a kind that say which document of it ("cv của bộ", "luật lúc nãy", "nđ hướng
# dẫn", "kh năm 2022"): not a pointer ("kh đó": the plan the answer named) nor "nào", "số
# mấy" (which one is asked).
_NAMED_AFTER = frozenset(
    "cua ben bo ubnd uy nam goc luc truoc kia theo huong thay hien moi cu dau ban".split()
)

# Words joining the naming words to each other or to the question ("của", "năm", "giai
# đoạn", "gốc"): taken out with them.
_NAMING_FILLERS = frozenset("cua ben thuoc theo van ban vb nam tinh goc lai".split())

# "nội dung tương tự", "phần tương ứng": what the passage just read says, in the other one.
_SIMILAR = re.compile(r" (?:tuong tu|tuong ung|giong vay|giong nhu vay|nhu vay) ")

# Words of "có thêm gì khác không", "nói sao": asking, not naming anything.
_ONLY_ASKING = frozenset("khac giong nhau them khong ko hon kem co gi noi sao".split())

# Words only joining others ("ở", "của", "thì"): "theo dõi", "đối với" keep theirs.
_JOINS = frozenset("o cua tai ve voi thi khi trong cho va cac nhung ben la".split())

# "số 3", "thứ 3", "mục 3" of the last document: its numbering, not the other one's
_NUMBERED_PART = re.compile(r" (?:(?:so|thu|muc|diem|khoan) )?\d+(?= )")

HEADING_WEIGHT = 2  # a part headed as the one just read is its counterpart first

_NUMBERING_WORDS = re.compile(r"\b(?:[IVXLC]+|\d+|[a-zđ])[.)]|\bmục \d+")


@dataclass(frozen=True)
class Naming:
    """What a message names of a document, folded, and the words it is asked with."""

    kinds: frozenset[str]
    numbers: frozenset[tuple[str, int]]
    bodies: frozenset[str]
    sectors: frozenset[str]
    places: frozenset[str]
    years: frozenset[int]
    laws: frozenset[str]  # ids of legal documents named by their short title or number
    back: bool  # points back to a document read earlier in the chat
    pointed: frozenset[str]  # kinds pointed at ("nghị định đó"; "van ban", "no": any)
    asked: str  # the message without the opening and the words naming a document

    def documented(self) -> bool:
        """Whether it names a document as such: by kind, number or title, or pointing back."""
        return bool(self.kinds or self.numbers or self.laws or self.back)

    def names(self) -> bool:
        """Whether it names enough to pick documents: a kind, a number, a province, a year
        or a law's short title (a body alone, "của bộ", may be a title's level)."""
        return bool(self.kinds or self.numbers or self.places or self.years or self.laws)

    def fits(self, facts: "_Facts") -> bool:
        doc = facts.doc
        return (
            (not self.laws or doc.id in self.laws)
            and all(p == facts.place for p in self.places)
            and (not self.kinds or bool(facts.kinds & self.kinds))
            and all(facts.issuer.startswith(f"{b} ") for b in self.bodies)
            and all(s in facts.issuer for s in self.sectors)
            and all(doc.period_start <= y <= doc.period_end or y == doc.year for y in self.years)
            and all(_numbered(doc, kind, number) for kind, number in self.numbers)
        )


@dataclass(frozen=True)
class _Facts:
    """What a document is named by, folded once: its issuer, province and kinds."""

    doc: Document
    issuer: str
    place: str
    kinds: frozenset[str]


@dataclass(frozen=True)
class _Catalogue:
    """The documents (not notes) a follow-up may name, with their facts, and by province:
    a knowledge base of 10,000 documents is not folded again for every message."""

    facts: tuple[_Facts, ...]
    # their places in `facts`: by province, by year (its own or one of its period), by kind
    by_place: dict[str, frozenset[int]]
    by_year: dict[int, frozenset[int]]
    by_kind: dict[str, frozenset[int]]
    # by the issuer's body (`_BODIES`: "bo", "so", "uy ban nhan dan") and sector (`_SECTORS`)
    by_body: dict[str, frozenset[int]]
    by_sector: dict[str, frozenset[int]]
    by_id: dict[str, frozenset[int]]
    by_title_word: dict[str, frozenset[int]]  # by the words of their titles (`said_words`)
    laws: tuple[tuple[str, tuple[str, ...]], ...]  # each legal document's id and short names


def _catalogue(kb: KnowledgeBase) -> _Catalogue:
    return kb.derived("naming catalogue", lambda: _catalogued(kb))


def _catalogued(kb: KnowledgeBase) -> _Catalogue:
    facts = tuple(
        _Facts(d, fold(d.issuer), fold(own_place(d)), frozenset(_kinds_of(d)))
        for d in kb.documents
        if d.category != "reference"
    )
    by_place: dict[str, set[int]] = {}
    by_year: dict[int, set[int]] = {}
    by_kind: dict[str, set[int]] = {}
    by_body: dict[str, set[int]] = {b: set() for b in _BODIES.values()}
    by_sector: dict[str, set[int]] = {s: set() for s in _SECTORS}
    by_id: dict[str, set[int]] = {}
    by_title_word: dict[str, set[int]] = {}
    for i, f in enumerate(facts):
        by_place.setdefault(f.place, set()).add(i)
        for year in {f.doc.year, *range(f.doc.period_start, f.doc.period_end + 1)}:
            by_year.setdefault(year, set()).add(i)
        for kind in f.kinds:
            by_kind.setdefault(kind, set()).add(i)
        for body, own in by_body.items():
            if f.issuer.startswith(f"{body} "):
                own.add(i)
        for sector, own in by_sector.items():
            if sector in f.issuer:
                own.add(i)
        by_id.setdefault(f.doc.id, set()).add(i)
        for word in said_words(f.doc.title).split():
            by_title_word.setdefault(word, set()).add(i)

    def frozen(groups: dict[str, set[int]]) -> dict[str, frozenset[int]]:
        return {k: frozenset(v) for k, v in groups.items()}

    return _Catalogue(
        facts,
        frozen(by_place),
        {k: frozenset(v) for k, v in by_year.items()},
        frozen(by_kind),
        frozen(by_body),
        frozen(by_sector),
        frozen(by_id),
        frozen(by_title_word),
        tuple((d.id, law_names(d)) for d in kb.documents if d.is_law),
    )


def prepare(kb: KnowledgeBase) -> None:
    """Build what reading a follow-up's naming needs of the knowledge base, at start-up."""
    _catalogue(kb)
    _held_places(kb)


@dataclass(frozen=True)
class Move:
    """Where a follow-up goes: `doc`, asked `question`, and the passage of `doc` that says
    what the one just read said, which answers unless the follow-up asks with words of its
    own that another passage says more of."""

    doc: Document
    question: str
    counterpart: tuple[Passage, int] | None = None
    # the words of its own the follow-up asks with (none: "ai ký"); None when it asks
    # nothing of its own ("thì sao")
    asked: tuple[str, ...] | None = None


def moved_to(text: str, topic: Topic | None, kb: KnowledgeBase) -> Move | None:
    """The document a follow-up names instead of the last one, with the question to ask of
    it; None when it stays, or names no one document."""
    last = kb.document(topic.doc_id) if topic is not None else None
    if topic is None or last is None:
        return None
    said = _said(text)
    naming = _naming(said, kb)
    # "còn cv theo chỉ thị 14 thì gửi ai": the letter; "tt hướng dẫn nó số mấy": the circular
    # (not "là thông tư nào": which one, told where the last document names it)
    carried_out = None if asked_kind(text) else carrying_out(text, kb, last)
    if carried_out is not None and carried_out.id != last.id and _asks_something(naming.asked):
        words = f"{naming.asked} {_document_words(carried_out, kb)}"
        return Move(carried_out, words.strip(), None, tuple(content_words(naming.asked)))
    # "nghị định đó ban hành ngày nào" after a note: the decree this chat read before it
    other_kinds = naming.pointed - {*_kinds_of(last), "van ban", "no"}
    read_before = (kb.document(d) for d in topic.documents[::-1] if d != last.id)
    of_kind = next((d for d in read_before if d and _kinds_of(d) & other_kinds), None)
    if of_kind is not None and _asks_something(naming.asked):
        words = f"{naming.asked} {_document_words(of_kind, kb)}"
        return Move(of_kind, words.strip(), None, tuple(content_words(naming.asked)))
    if not (naming.names() or naming.back):
        return None
    if naming.pointed & {*_kinds_of(last), "van ban"} and not naming.back:
        return None  # "điều 59 của nghị định đó …": of the last document, whatever it names
    if not naming.documented() and (_NOW.search(said) or not last.is_campaign):
        # "sở tnmt sóc trăng giờ thuộc đâu", "còn kon tum" after the note on the provinces
        # now, "ở sở tnmt sóc trăng thì ai trình" after the decree: the place, not a document
        return None
    if asked_kind(text) and not naming.back:
        return None  # "thông tư hướng dẫn là tt nào": which one, told where it is named
    fitting = _fitting_at(naming, kb)
    catalogue = _catalogue(kb)
    if naming.back:
        earlier = [d for d in topic.documents[::-1] if d != last.id]
        ids = {catalogue.facts[i].doc.id for i in fitting}
        chosen = next((d for d in earlier if not naming.names() or d in ids), None)
        target = kb.document(chosen) if chosen else _one(fitting, naming, kb)
    elif not catalogue.by_id.get(last.id, frozenset()).isdisjoint(fitting):
        return None  # it names the last document itself
    else:
        target = _one(fitting, naming, kb)
    if target is None or target.id == last.id:
        return None
    again = shown(topic, kb)
    counterpart = _counterpart(again[0], target, kb) if again else None
    # ("… là của bộ nào": its issuer, the body's word taken for a naming one)
    asks = _asks_something(naming.asked) or bool(ISSUER_ASKED.search(f" {said} "))
    if asks and not _SIMILAR.search(f" {naming.asked} "):
        if (naming.numbers or naming.laws) and not naming.back:
            return None  # named fully, by number or short title: a question of its own
        words = f"{naming.asked} {_document_words(target, kb)}"
        return Move(target, words.strip(), counterpart, tuple(content_words(naming.asked)))
    # "còn cái của bộ thì khác gì", "nội dung tương tự thì nói gì": what the last question
    # asked, where the document moved to says what was just read
    carried = _NUMBERED_PART.sub(" ", f" {_naming(_said(topic.query), kb).asked} ").strip()
    question = f"{carried} {_document_words(target, kb)}".strip()
    return Move(target, question, counterpart, _carried_asked(carried, last, kb) or None)


def _carried_asked(carried: str, last: Document, kb: KnowledgeBase) -> tuple[str, ...]:
    """The content words of the last question the follow-up carries over that asked
    something of the last document, not those naming it: of its kind, or said by its card
    (title, issuer, theme). "ý nghĩa" of "kế hoạch thi đua sóc trăng nói năm 2022 có ý
    nghĩa gì"; none of "công văn thi đua đặc biệt chống covid … do ai ký"."""
    cards = " ".join(p.text for _, p in document_passages(last.id, kb) if p.kind == "info")
    naming = set(said_words(f"{last.kind} {last.title} {cards}").split())
    return tuple(w for w in content_words(carried) if w not in naming)


def led_by(move: Move | None, query: str, hits: list[Hit], kb: KnowledgeBase) -> list[Hit]:
    """The hits led by the passage of the document moved to that answers: the best of that
    document the search finds for the question, unless the counterpart of the passage just
    read says as much of the follow-up's own words, and that one not all of them ("đánh giá
    là năm gì" after what the ministry's letter says of 2021: what the plan says of 2022)."""
    if move is None:
        return hits
    score = hits[0].score if hits else 1.0
    found = [*hits, *kb.search(query, WITHIN)]
    first = next((h for h in found if h.passage.doc.id == move.doc.id), None)
    if move.counterpart is not None and (move.asked is None or move.asked or first is None):
        passage, position = move.counterpart
        asked = list(move.asked or ())
        said = coverage(asked, first.passage, kb) if first is not None and asked else 0.0
        headed = first is not None and _heads_more(asked, first.passage, passage)
        if said < 1.0 and coverage(asked, passage, kb) >= said and not headed:
            first = Hit(passage, position, score, score)
    if first is None:
        return hits
    return [first, *(h for h in hits if h.position != first.position)]


def _heads_more(asked: list[str], found: Passage, counterpart: Passage) -> bool:
    """Whether the found passage's own heading says a word asked that the counterpart's does
    not: "sóc trăng 2022 tiêu chí tập thể có khác không" after the ministry's criteria for
    individuals is the plan's part "Đối với tập thể", not its counterpart for individuals."""
    own = f" {said_words(found.section.split('›')[-1])} "
    other = f" {said_words(counterpart.section.split('›')[-1])} "
    return any(f" {w} " in own and f" {w} " not in other for w in asked)


def without_name(words: str, move: Move | None, kb: KnowledgeBase) -> str:
    """The question asked of the document moved to without its name, which picks no line of
    it: every line is of that document."""
    if move is None:
        return words
    name = _document_words(move.doc, kb)
    return (words[: -len(name)].strip() or words) if name and words.endswith(name) else words


def _said(text: str) -> str:
    """Folded words as the follow-ups read them (`said_words`), with "nđ", "qđ" spelled out and
    numbers glued to a kind's letters parted ("ct14": "chi thi 14")."""
    typed = _MARKED_LETTERS.sub(lambda m: _MARKED[m.group(1).lower()], text)
    said = said_words(_GLUED.sub(lambda m: f"{m.group(1)} {m.group(2)}", typed))
    return " ".join(_BODY_LETTERS.get(w, w) for w in said.split())


def _rest(said: str) -> str:
    """The message without its opening ("còn", "quay lại")."""
    words = said.split()
    return " ".join(words[_lead(words) :])


def _lead(words: list[str]) -> int:
    """How many words open the message saying it moves ("còn", "dạ thế còn", "quay lại")."""
    said = " ".join(words)
    opened = _without_polite_opening(said)
    lead = next((w for w in _LEADS if opened == w or opened.startswith(f"{w} ")), "")
    return len(said.split()) - len(opened.split()) + len(lead.split()) if lead else 0


def _naming(said: str, kb: KnowledgeBase) -> Naming:
    """What the folded message names of a document (`Naming`)."""
    words = said.split()
    lead = _lead(words)
    marked = set(range(lead))
    back = " ".join(words[:lead]) in _BACK_LEADS or bool(_EARLIER.search(said))
    for found in (*_EARLIER.finditer(said), *_RELATING.finditer(f" {said} ")):
        marked |= _span(said, found.start(), found.end(), offset=found.re is _RELATING)
    kinds, numbers, pointed = _kinds_and_numbers(words, lead, back, marked)
    sectors = {s for s, forms in _SECTORS.items() for f in forms if _mark(words, f, marked)}
    places = {p for p in _held_places(kb) if _mark(words, p, marked)}
    years = set(named_years(said))
    for i, w in enumerate(words):
        if w.isdecimal() and int(w) in years:
            marked.add(i)
    laws = set()
    for law, names in _catalogue(kb).laws:
        if any(_mark(words, name, marked) for name in names):
            laws.add(law)
    bodies = _bodies(words, marked)
    kinds |= _kinds_before(words, marked)  # "kh sóc trăng 2022", "cv bộ"
    _mark_fillers(words, marked)
    asked = " ".join(w for i, w in enumerate(words) if i not in marked)
    return Naming(
        frozenset(kinds), frozenset(numbers), frozenset(bodies), frozenset(sectors),
        frozenset(places), frozenset(years), frozenset(laws), back, frozenset(pointed), asked,
    )  # fmt: skip


def _span(said: str, start: int, end: int, offset: bool = False) -> set[int]:
    """The word positions of the characters start to end of the folded message (of it
    space-padded, `offset`)."""
    if offset:
        start, end = max(start - 1, 0), max(end - 1, 0)
    first = len(said[:start].split())
    return set(range(first, first + len(said[start:end].split())))


def _mark(words: list[str], phrase: str, marked: set[int]) -> bool:
    """Mark where the words say the folded phrase; whether they do."""
    size = len(phrase.split())
    found = False
    for i in range(len(words) - size + 1):
        if " ".join(words[i : i + size]) == phrase:
            marked.update(range(i, i + size))
            found = True
    return found


def _kinds_and_numbers(
    words: list[str], lead: int, back: bool, marked: set[int]
) -> tuple[set[str], set[tuple[str, int]], set[str]]:
    """Kinds of document the message names as a document's, the kinds and numbers it names
    ("chỉ thị 14"), and whether it points at the last document instead ("văn bản đó"). A
    kind names a document with more of its name after it (its issuer, year, "lúc nãy"),
    after "cái", right after "quay lại" or alone after "còn" ("còn cv?"); not "có kế hoạch,
    giải pháp" in what is asked, nor "kế hoạch đó" (the one the answer named)."""
    kinds: set[str] = set()
    numbers: set[tuple[str, int]] = set()
    pointed: set[str] = set()
    i = 0
    while i < len(words):
        kind = next((k for k in (*DOCUMENT_KINDS, "van ban") if _at(words, i, k)), None)
        if kind is None:
            if words[i] == "no" or (words[i] == "cai" and _next(words, i + 1) in POINTERS):
                pointed.add("van ban")
            i += 1
            continue
        end = i + len(kind.split())
        following = _next(words, end)
        number = _next(words, end + 1) if following == "so" else following
        if number.isdecimal() and not 1900 <= int(number) <= 2100 and kind != "van ban":
            numbers.add((kind, int(number)))
            marked.update(range(i, end + (2 if following == "so" else 1)))
        elif following in POINTERS:
            pointed.add(kind)
        elif following not in ("nao", "may", "gi") and kind != "van ban":
            opening = lead > 0 and i == lead
            # ("kế hoạch năm thì sao", without a year or more of a name, is the work planned
            # for the year, not a plan: "kế hoạch năm của sóc trăng" is one)
            yearless = following == "nam" and year_work(_next(words, end + 1))
            if (
                (following in _NAMED_AFTER and not yearless)
                or _next(words, i - 1) == "cai"
                or (opening and (back or not following))
            ):
                kinds.add(kind)
                marked.update(range(i, end))
        i = end
    return kinds, numbers, pointed


def _kinds_before(words: list[str], marked: set[int]) -> set[str]:
    """Kinds of document said right before words naming a document ("kh sóc trăng")."""
    found = set()
    for i in range(len(words)):
        kind = next((k for k in DOCUMENT_KINDS if _at(words, i, k)), None)
        end = i + len(kind.split()) if kind else i
        if kind and i not in marked and end in marked:
            found.add(kind)
            marked.update(range(i, end))
    return found


def _at(words: list[str], i: int, phrase: str) -> bool:
    said = phrase.split()
    return words[i : i + len(said)] == said and not (
        phrase == "luat" and _next(words, i - 1) in ("ky", "phap", "quy", "dieu")
    )


def _next(words: list[str], i: int) -> str:
    return words[i] if 0 <= i < len(words) else ""


def _bodies(words: list[str], marked: set[int]) -> set[str]:
    """The bodies named as the issuer: after "của", "bên", "theo", a kind or "cái" ("của
    bộ", "cv bộ"), or before their sector or province ("sở tnmt", "ubnd tỉnh kon tum"); not
    "bộ đội", "cấp bộ", "cơ sở", "ở sở", "số 4"."""
    found = set()
    for i, w in enumerate(words):
        body = _BODIES.get(w) or (
            "uy ban nhan dan" if words[i : i + 4] == ["uy", "ban", "nhan", "dan"] else None
        )
        if body is None:
            continue
        size = len(body.split()) if w == "uy" else 1
        after = _next(words, i + size)
        owned = _next(words, i - 1) in _OWNERS or (i - 1 in marked and i - 1 >= 0)
        named = (i + size in marked) or (after == "tinh" and i + size + 1 in marked)
        if after.isdigit() or _next(words, i - 1) in ("o", "tai", "cap", "co"):
            continue
        if owned or named or (body == "uy ban nhan dan" and after == "tinh"):
            found.add(body)
            marked.update(range(i, i + size))
    return found


def _mark_fillers(words: list[str], marked: set[int]) -> None:
    """Mark the words joining naming words to each other or to the question ("của bộ",
    "năm 2021", "giai đoạn 2021-2025", "cái của bộ"), and those left at either end."""
    named = set(marked)
    for i, w in enumerate(words):
        if w in _NAMING_FILLERS and (i - 1 in named or i + 1 in named):
            marked.add(i)
        elif w == "cai" and (i + 1 in named or _next(words, i + 1) in _OWNERS):
            marked.update((i, i + 1) if _next(words, i + 1) in _OWNERS else (i,))
        elif words[i : i + 2] == ["giai", "doan"] and i + 2 in named:
            marked.update((i, i + 1))
    left = [i for i in range(len(words)) if i not in marked]
    while left and words[left[0]] in _NAMING_FILLERS | _JOINS:
        marked.add(left.pop(0))
    while left and words[left[-1]] in _NAMING_FILLERS | _JOINS:
        marked.add(left.pop())


def _fitting(naming: Naming, kb: KnowledgeBase) -> list[Document]:
    """The documents (not notes) the naming fits; of a number named, the document of that
    number rather than those whose titles cite it, when it fits ("chỉ thị 14 của ubnd")."""
    facts = _catalogue(kb).facts
    return [facts[i].doc for i in _fitting_at(naming, kb)]


def _fitting_at(naming: Naming, kb: KnowledgeBase) -> list[int]:
    """`_fitting` as the documents' places in the catalogue, in its order. Every part of
    `Naming.fits` but the numbers is a set of the catalogue's (thousands of documents may
    fit a province and a year); the numbers are checked one by one among those left."""
    catalogue = _catalogue(kb)
    empty: frozenset[int] = frozenset()
    pools = [catalogue.by_place.get(p, empty) for p in naming.places]
    pools += [catalogue.by_year.get(y, empty) for y in naming.years]
    if naming.kinds:
        pools.append(empty.union(*(catalogue.by_kind.get(k, empty) for k in naming.kinds)))
    pools += [catalogue.by_body.get(b, empty) for b in naming.bodies]
    pools += [catalogue.by_sector.get(s, empty) for s in naming.sectors]
    if naming.laws:
        pools.append(empty.union(*(catalogue.by_id.get(d, empty) for d in naming.laws)))
    places = sorted(frozenset.intersection(*pools)) if pools else range(len(catalogue.facts))
    if not naming.numbers:
        return list(places)
    facts = catalogue.facts
    fitting = [i for i in places if all(_numbered(facts[i].doc, k, n) for k, n in naming.numbers)]
    own = [
        i
        for i in fitting
        if all(_numbered(facts[i].doc, k, n, own=True) for k, n in naming.numbers)
    ]
    return own or fitting


def _numbered(doc: Document, kind: str, number: int, own: bool = False) -> bool:
    """Whether the document is the one of that kind and number, or (not `own`) one whose
    title cites it ("cv theo ct 14": the letter carrying out the directive)."""
    lead = fold(doc.number or "").split("/", 1)[0]
    if _kinds_of(doc) & {kind} and lead.isdecimal() and int(lead) == number:
        return True
    title = f" {said_words(doc.title)} "
    return not own and re.search(rf" {kind}(?: so)? 0*{number}\b", title) is not None


def _kinds_of(doc: Document) -> set[str]:
    """The kinds a document is named by: its own, and that of what it issues ("Ban hành
    Điều lệ Sáng kiến": a decree, and the charter)."""
    issued = said_words(doc.title).removeprefix("ban hanh ")
    return {fold(doc.kind), *(k for k in DOCUMENT_KINDS if issued.startswith(f"{k} "))}


def _one(fitting: list[int], naming: Naming, kb: KnowledgeBase) -> Document | None:
    """The one document fitting (places in the catalogue), or among several the only one
    whose title says a word of what is asked that the others' titles do not ("còn cv covid":
    the special campaign's letter)."""
    facts = _catalogue(kb).facts
    if len(fitting) <= 1:
        return facts[fitting[0]].doc if fitting else None
    own = set(naming.asked.split()) - ASKING - JOINING - _NAMING_FILLERS - _ONLY_ASKING
    if not own:
        return None
    # each word's titles among those fitting, counted by sets: thousands may fit
    among = frozenset(fitting)
    by_word = _catalogue(kb).by_title_word
    told: set[int] = set()
    for word in own:
        said = by_word.get(word, frozenset()) & among
        if len(said) == 1:
            told |= said
    return facts[next(iter(told))].doc if len(told) == 1 else None


def _held_places(kb: KnowledgeBase) -> tuple[str, ...]:
    """The provinces held documents are of, folded, longest first."""

    def find() -> tuple[str, ...]:
        names = {fold(own_place(d)) for d in kb.documents} & {fold(p) for p in provinces()}
        return tuple(sorted(names, key=len, reverse=True))

    return kb.derived("provinces of documents", find)


def _document_words(doc: Document, kb: KnowledgeBase) -> str:
    """The document's name as a question names it (`_name_words`), without the numbers of
    the words of its title that tell it from others ("kế hoạch 3510" in a letter's title
    is no plan the question names)."""
    name = _name_words(doc, kb)
    base = fold(f"{doc.kind} {doc.number if doc.has_number and doc.number else ''}")
    own = name.removeprefix(base).split()
    return " ".join([*base.split(), *(w for w in own if not w.isdigit() or w == str(doc.year))])


ISSUER_ASKED = re.compile(r" (?:cua|do) (?:bo|so|tinh|co quan|cap|ben) nao | cua ai ")


@lru_cache(maxsize=256)
def _asks_something(asked: str) -> bool:
    """Whether words left after the naming ask something of their own ("ai ký", "chủ đề",
    "ai theo dõi"), not only "thì sao", "khác gì", "có thêm gì khác không", "nói sao"."""
    said = f" {asked} "
    for tail in sorted(TRAILING, key=len, reverse=True):
        said = said.replace(f" {tail} ", " ")
    return any(
        w not in ASKING and w not in POLITE_ENDS and w not in _ONLY_ASKING and w not in _JOINS
        for w in said.split()
    )


def _counterpart(passage: Passage, doc: Document, kb: KnowledgeBase) -> tuple[Passage, int] | None:
    """The passage of `doc` saying most of what `passage` says, its headings weighing
    most: the individual criteria of one plan for another's, the card for a card."""
    own = document_passages(doc.id, kb)
    if passage.kind == "info":
        return next(((p, i) for i, p in own if p.kind == "info"), None)
    heading = content_words(_NUMBERING_WORDS.sub(" ", passage.section))
    said = _pairs(passage.text)
    weight = sum(_pair_rarity(pair, kb) for pair in said) or 1.0
    scored = [
        (
            HEADING_WEIGHT * coverage(heading, p.section, kb)
            + sum(_pair_rarity(pair, kb) for pair in said & _pairs(p.text)) / weight,
            -i,
            p,
        )
        for i, p in own
        if p.kind == passage.kind
    ]
    if not scored:
        return None
    _, at, found = max(scored, key=lambda s: s[:2])
    return found, -at


def _pairs(text: str) -> set[tuple[str, str]]:
    """Folded words side by side ("cai cach", "hanh chinh"): what two passages saying the
    same thing share, more than single syllables."""
    return set(pairwise(said_words(text).split()))


def _pair_rarity(pair: tuple[str, str], kb: KnowledgeBase) -> float:
    return max(0.0, min(rarity(pair[0], kb), rarity(pair[1], kb)))
