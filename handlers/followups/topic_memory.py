"""The remembered topic of a conversation and the words follow-ups are read with."""

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

import yaml

from bot.context import AppContext
from bot.messages import Incoming
from handlers.named_things import POINTERS, Named
from knowledge import Document, KnowledgeBase, Passage
from knowledge.held import named_years
from knowledge.normalize import fold, folded_words, without_clause_marks
from knowledge.places import provinces
from knowledge.search import ABBREVIATIONS_FILE, KIND_LETTERS
from knowledge.titles import title_catalogue
from knowledge.titles_answers import DOSSIER, named_title, sets_rules, words

TOPIC_LIFETIME = dt.timedelta(minutes=20)


DOCUMENTS_KEPT = 5  # documents of a chat a follow-up may go back to ("quay lại cv lúc nãy")


# Readings of a message's words kept for the last few texts: each is asked of many times.
RECENT_TEXTS = 256


FOLLOW_UP = ("the con", "vay con", "con ve", "con voi", "con")


def opens_follow_up(said: str) -> bool:
    """Whether folded words open with "còn …", "thế còn …": a follow-up setting what it names
    against what was just read."""
    return said.startswith(tuple(f"{marker} " for marker in FOLLOW_UP))


# Kinds of document a "còn …" follow-up may name instead of the last one's.
DOCUMENT_KINDS = (
    "cong van", "ke hoach", "chi thi", "nghi dinh", "nghi quyet", "thong tu", "quyet dinh",
    "luat", "dieu le",
)  # fmt: skip


# "văn bản đó", "chỉ thị này", "điều lệ đó", "cái đấy", "nó": the last document (or, of
# another kind than its own, the one of that kind the answer names: `_cited_pointed`).
REFERRED = ("van ban", "phong trao", "dot thi dua", "cai", *DOCUMENT_KINDS)


# "vụ này", "việc đó", "chuyện ấy", "vấn đề này": what was just discussed, pointed at by a
# word for any matter, which names no heading ("ai theo dõi đôn đốc vụ này" is not the
# part headed "Nhiệm vụ, giải pháp").
MATTERS = ("vu", "viec", "chuyen", "van de")


# "hồ sơ ở trên", "trong đó có …", "các việc nêu trên": what was just read, said without a noun.
PLACE_POINTERS = ("o tren", "neu tren", "noi tren", "tren day", "trong do")


REFERENCES = (*(f"{n} {p}" for n in REFERRED for p in POINTERS), *PLACE_POINTERS, "no")


# "nghị định thay thế đó", "văn bản mới này": the last document, described as the answer told
# it (the text replacing the one asked about is the one kept).
_DESCRIBED_REFERENCE = re.compile(
    rf" (?:{'|'.join(REFERRED)}) (?:thay the|moi|hien hanh|vua noi|vua neu|nay moi)"
    rf" (?:{'|'.join(p for p in POINTERS)}) "
)


# "danh hiệu này", "nó": the title the last answer was about; "mỗi cái", "cả hai": each of the
# titles just discussed, the last of which the answer names with the others of its article.
TITLE_REFERENCES = (
    *(f"danh hieu {p}" for p in POINTERS),
    *(f"{each} {noun}" for each in ("moi", "tung") for noun in ("cai", "loai", "danh hieu")),
    *(f"{both} {noun}" for both in ("ca hai", "ca 2", "hai", "2") for noun in ("cai", "danh hieu")),
    "ca hai",
    "no",
)
# "cái đó thưởng bao nhiêu", "cái đó phải có mấy lần …" after a title: the title, as "nó" is,
# when it opens the question as its subject (not "ai công nhận cái đó", "cái này ở quyết định
# nào": a thing the answer named, a document)
TITLE_SUBJECTS = tuple(f"cai {p}" for p in POINTERS)


# "sở đó giờ thuộc đâu": the body that issued the last document, named in its place ("tỉnh
# đó": its province).
ISSUER_REFERENCES = (
    "co quan ban hanh",
    *(
        f"{body} {p}"
        for body in ("co quan", "so", "bo", "ubnd", "uy ban", "tinh")
        for p in ("do", "nay", "ay", "day")
    ),
)


# "lãnh đạo đơn vị thì sao": a few words closed by these ask about them instead.
# "còn tập thể khác gì": what was asked of the last subject, asked of this one to compare.
ASKING_TAILS = ("thi sao", "thi the nao", "thi sao a", "thi sao nhi", "khac gi", "co gi khac")


LEADING = frozenset(("the", "vay", "con"))  # "thế trong quân đội thì sao"


# Words after "thế" or "vậy" that make it a remark or a request ("vậy em đăng ký luôn"), not
# a follow-up naming something.
_PARTICLES = frozenset(
    "a ha nhe nhi thoi roi ok oke vang da u chu ma nen nua em toi minh anh chi ban la".split()
)


ASKED_ABOUT = 4


TRAILING = ("thi sao", "the nao", "nua", "thi the nao", "sao", "khac gi", "co gi khac")


AUDIENCES = ("ca nhan", "tap the")


AUDIENCE_OF = {"ca nhan": "individual", "tap the": "collective"}  # as the catalogue says it


# How a title's name ends with its level ("chiến sĩ thi đua cơ sở"), and how a follow-up
# names another one ("còn cấp tỉnh?"), longest first.
TITLE_LEVELS = (
    "cua chinh phu", "chinh phu", "toan quoc", "cap tinh", "cap bo", "co so", "tinh", "bo",
)  # fmt: skip


# Words joining a title's stem to its level ("cờ thi đua của tỉnh", "… cấp tỉnh").
LEVEL_JOINERS = ("cua", "cap")


# Levels of government a "còn ở xã thì sao" asks about instead of the one just answered,
# longest first. Only read in a "còn …" follow-up: "sở" or "tỉnh" in a question is a name.
LEVELS = (
    "cap xa", "cap huyen", "cap tinh", "cap bo", "xa", "phuong", "huyen", "tinh", "so", "bo",
)  # fmt: skip


# A level of local government as a follow-up names it bare, and as the law names it.
LEVEL_NAMES = {"xa": "cap xa", "phuong": "cap xa", "huyen": "cap huyen", "tinh": "cap tinh"}


# Content syllables: a question this short that names nothing is elliptical. Most words are
# two syllables, so six is three words ("giao cơ quan nào theo dõi thực hiện").
SHORT_QUESTION = 6


# Words that only ask ("có … từ bao giờ"): not counted as content.
ASKING = frozenset("co tu bao gio nao khi luc gi ai may dau la thi sao vay the duoc them".split())


_PUNCTUATION = re.compile(r"[^\w\s]")


# "gồm những mục gì", "liệt kê ra", "kể vài mẫu đi": a list asked for.
_LIST_REQUEST = re.compile(
    r"\b(gom|bao gom|liet ke|ke (ra|ten|vai|mot vai|mot so|cac|nhung|het))\b"
)


POINTING = frozenset((*(p for p in POINTERS if " " not in p), "no"))  # "liệt kê các mục trong đó"


# Words of such a request that name nothing.
_LISTING = frozenset(
    "gom bao liet ke ra ten vai mot so cac nhung het muc gi nao di duoc khong nhe xem cho"
    " toi em minh voi nua cu the giup dum gium".split()
)


_WHICH_DOCUMENT = re.compile(
    rf"\b(?:(?:o|trong|theo|tai) )?(?:van ban|{'|'.join(DOCUMENT_KINDS)}) nao\b"
)


# How a question asks, as whole phrases: "bao" alone is also the "báo" of "báo cáo".
_ASKING_PHRASES = re.compile(
    r"\b(bao nhieu|bao gio|bao lau|co may|la gi|the nao|ra sao|o dau|khi nao|nao|gi|ai|may"
    r"|khong|ko|chua)\b"
)


# Words that only join the others in "còn ở cấp xã thì sao", "còn của năm 2021".
JOINING = frozenset("o cua tai ve voi doi nam cap va cac nhung thi khi trong theo cho".split())


WITHIN = 10  # passages of the search looked at for those of the last document


SUBJECT_SAID = 0.5  # more than this share of its own words said: the passage is about it


PRESENT_SAID = 0.25  # this share of a follow-up's own words said: it may be of the note on now


SHOWN_SAID = 0.5  # this share of a detail's own words said: the passage shown is about it


DWELT_WORDS = 2  # one word said twice says less ("thi đua" in every paragraph)


DWELT_SHARE = 0.4  # of a document's passages: a phrase said by more is its vocabulary


DETAIL_WORDS = 2  # "ai ký" asks for a card's line; "đơn phải ghi những mục gì" for a detail


@dataclass(frozen=True)
class Topic:
    query: str
    doc_id: str
    section: str
    position: int = -1  # the passage's place in `KnowledgeBase.passages` when it was shown
    named: Named | None = None  # what the answer named when asked for it ("chỉ thị nào")
    # the passage shown before the last one (doc_id, section, position): "thẩm quyền đó"
    # may point past an answer between, as a note on what changed since
    earlier: tuple[str, str, int] | None = None
    # the documents this chat's answers came from, oldest first, the last one's last:
    # "quay lại công văn lúc nãy" goes back to one of them
    documents: tuple[str, ...] = ()


async def recall(msg: Incoming, ctx: AppContext) -> Topic | None:
    since = ctx.clock.now() - TOPIC_LIFETIME
    saved = await ctx.storage.topics.recall(msg.channel, msg.chat_id, msg.user_id, since)
    if not saved:
        return None
    named = saved.get("named")
    earlier = saved.get("earlier")
    return Topic(
        str(saved["query"]),
        str(saved["doc_id"]),
        str(saved.get("section", "")),
        int(saved.get("position", -1)),
        Named(*named) if named else None,
        (str(earlier[0]), str(earlier[1]), int(earlier[2])) if earlier else None,
        tuple(str(d) for d in saved.get("documents", ())),
    )


async def remember(
    msg: Incoming,
    ctx: AppContext,
    query: str,
    passage: Passage,
    position: int = -1,
    named: Named | None = None,
) -> None:
    now = ctx.clock.now()
    last = await ctx.storage.topics.recall(
        msg.channel, msg.chat_id, msg.user_id, now - TOPIC_LIFETIME
    )
    earlier = None
    if last is not None and int(last.get("position", -1)) != position:
        earlier = (last["doc_id"], last.get("section", ""), int(last.get("position", -1)))
    elif last is not None:  # the same passage again: what was before it stays before it
        earlier = last.get("earlier")
    read = [d for d in (last or {}).get("documents", ()) if d != passage.doc.id]
    topic = {
        "query": query,
        "doc_id": passage.doc.id,
        "section": passage.section,
        "position": position,
        "named": (named.noun, named.value) if named else None,
        "earlier": earlier,
        "documents": (*read[-(DOCUMENTS_KEPT - 1) :], passage.doc.id),
    }
    await ctx.storage.topics.remember(
        msg.channel, msg.chat_id, msg.user_id, topic, now, forget_before=now - TOPIC_LIFETIME
    )


async def remember_document(msg: Incoming, ctx: AppContext, query: str, doc: Document) -> None:
    """Keep as the topic a document an answer spoke of as a whole (whether it is in force),
    by its card, else its first passage."""
    passages = document_passages(doc.id, ctx.knowledge)
    card = next(((i, p) for i, p in passages if p.kind == "info"), None) or next(
        iter(passages), None
    )
    if card is not None:
        await remember(msg, ctx, query, card[1], card[0])


async def name(msg: Incoming, ctx: AppContext, topic: Topic, named: Named | None) -> None:
    """Keep the topic, now with what a follow-up's answer named ("theo nghị quyết nào":
    Nghị quyết số 202/2025/QH15), so that "nó" in the next question means it."""
    again = shown(topic, ctx.knowledge)
    if named is not None and again is not None:
        await remember(msg, ctx, topic.query, again[0], again[1], named)


def with_title(query: str, topic: Topic | None, passage: Passage, kb: KnowledgeBase) -> str:
    """The question to remember: a follow-up answered from the same document keeps the title
    the conversation is about ("có bắt buộc sáng kiến không" after "cstdcs cần tiêu chuẩn
    gì"), so that the next follow-up ("hồ sơ gồm những gì") is still about that title."""
    if topic is None or passage.doc.id != topic.doc_id or _title_name(query, kb) is not None:
        return query
    title = _title_name(topic.query, kb)
    return f"{query} {title}" if title else query


def regulator_asked(said: str, topic: Topic) -> str | None:
    """After a question on a dossier, one asking who sets its rules and naming no dossier
    or title of its own ("ai quy định thêm?", "vậy ở sở mình thì theo quy định của ai",
    "giờ phân cấp chưa"): that dossier's, the last question's subject with what is asked."""
    if not DOSSIER.search(words(topic.query)) or not sets_rules(said):
        return None
    if DOSSIER.search(said) or named_title(said, title_catalogue()) is not None:
        return None  # "hồ sơ LĐTT ai quy định": a question of its own
    return f"{_subject_of(topic.query)} {said}"


_NUMBERING = re.compile(r"^(?:[IVXLC]+|\d+|[a-zđ])[.)]\s*|^mục \d+$")


# Words after "kế hoạch năm" saying which year's plan it is ("năm 2022", "năm nay", "năm
# ngoái", "năm của bộ"); after any other ("kế hoạch năm phải hoàn thành …", "kế hoạch năm
# thì sao") it is the work planned for the year, no document.
_YEAR_NAMING = frozenset("cua ben bo ubnd uy theo goc luc truoc kia nay ngoai sau toi qua".split())


def year_work(after: str) -> bool:
    """Whether "kế hoạch năm" followed by the folded word `after` is the year's planned work."""
    return not after.isdecimal() and after not in _YEAR_NAMING


# "điều mấy", "khoản nào": which article or clause says it (folded)
ARTICLE_ASKED = re.compile(r"\b(dieu|khoan) (may|nao|bao nhieu|so may|so nao)\b")


def _subject_of(query: str) -> str:
    """What a question asked about, without its asking words ("mẫu đơn yêu cầu công nhận
    sáng kiến ở văn bản nào": "mau don yeu cau cong nhan sang kien")."""
    said = _ASKING_PHRASES.sub(" ", _WHICH_DOCUMENT.sub(" ", said_words(query)))
    return " ".join(said.split())


def shown_before(topic: Topic, kb: KnowledgeBase) -> tuple[Passage, int] | None:
    """The passage shown before the last answer, if the knowledge base still has it there."""
    if topic.earlier is None:
        return None
    doc_id, section, position = topic.earlier
    return shown(Topic("", doc_id, section, position), kb)


def shown(topic: Topic, kb: KnowledgeBase) -> tuple[Passage, int] | None:
    """The passage the last answer showed, if the knowledge base still has it there."""
    passages = kb.passages
    if not 0 <= topic.position < len(passages):
        return None
    passage = passages[topic.position]
    if (passage.doc.id, passage.section) != (topic.doc_id, topic.section):
        return None  # the documents changed since
    return passage, topic.position


def document_passages(doc_id: str, kb: KnowledgeBase) -> list[tuple[int, Passage]]:
    """One document's passages with their positions, found once per document."""

    def find() -> list[tuple[int, Passage]]:
        return [(i, p) for i, p in enumerate(kb.passages) if p.doc.id == doc_id]

    return list(kb.derived(("passages of", doc_id), find))


def document_words(doc_id: str, kb: KnowledgeBase) -> str:
    """All a document's passages as folded words, space-padded (once per document)."""

    def find() -> str:
        return " ".join(f" {said_words(p.text)} " for _, p in document_passages(doc_id, kb))

    return str(kb.derived(("words of", doc_id), find))


# A level's letters in a word of two syllables that names no level, folded: "xã hội", "cán
# bộ", "bộ máy", "tính mới", "tinh thần", "cơ sở", "chỉ số", "số lượng", and "số" before a
# number ("số 5") (the level's syllable blanked out)
_IN_COMPOUND = re.compile(
    r"(?<= )(?:xa(?= hoi )|bo(?= (?:may|phan|doi|luat) )|(?<=can )bo|(?<=toan )bo|(?<=noi )bo"
    r"|tinh(?= (?:moi|than|hinh|chat|toan) )|(?<=duoc )tinh|(?<=co )so|(?<=chi )so"
    r"|so(?= (?:sanh|luong|lan|nguoi|\d)))"
    r"(?= )"
)


def without_compounds(padded: str) -> str:
    """A space-padded folded text with a level's letters blanked out where they are a
    syllable of a word naming no level (`_IN_COMPOUND`), its length kept."""
    return _IN_COMPOUND.sub(lambda found: "_" * len(found.group(0)), padded)


def _entities(folded: str, kb: KnowledgeBase) -> dict[str, str]:
    """The place, year and audience a folded text names."""
    padded = f" {without_clause_marks(folded)} "
    found: dict[str, str] = {}
    place = next((p for p in _places(kb) if f" {p} " in padded), None)
    if place:
        found["place"] = place
    years = named_years(folded)
    if years:
        found["year"] = str(years[0])
    title = _title_name(folded, kb)
    audience = next((a for a in AUDIENCES if f" {a} " in padded), None)
    if title:
        found["title"] = title  # "tập thể lao động tiên tiến" is a title, not an audience
    elif audience:
        found["audience"] = audience
    if " bo " in without_compounds(padded):  # (not "bộ máy", "cán bộ")
        found.setdefault("place", "bo")
    return found


def places_spelled(folded: str, kb: KnowledgeBase) -> str:
    """Folded words with a province's initials spelled out ("kh st 2022": "kh soc trang
    2022"), as abbreviations.yaml reads them first."""

    def initials() -> dict[str, str]:
        data = yaml.safe_load(ABBREVIATIONS_FILE.read_text(encoding="utf-8"))
        firsts = {fold(k): fold(v[0] if isinstance(v, list) else str(v)) for k, v in data.items()}
        return {k: v for k, v in firsts.items() if v in _places(kb) and " " not in k}

    spelled: dict[str, str] = kb.derived("place initials", initials)
    return " ".join(spelled.get(w, w) for w in folded.split())


def _places(kb: KnowledgeBase) -> tuple[str, ...]:
    """Folded place names to look for, longest first (once per knowledge base: hashing
    thousands of documents at every question is what a cache keyed on them would cost)."""

    def places() -> tuple[str, ...]:
        names = {fold(p) for p in (*{d.place for d in kb.documents}, *provinces())}
        return tuple(sorted(names, key=len, reverse=True))

    return kb.derived("place names", places)


# A share written in figures: "15%", "70 %", "12,5%" (unlike a bare number or a year)
SHARE = re.compile(r"\b(\d{1,3}(?:[,.]\d+)?)\s*%")


def _title_name(text: str, kb: KnowledgeBase) -> str | None:
    """The folded name by which the text names a title, if it does: not one named as the
    share of members holding it ("chỉ cần trên 50% lđtt là đủ" is of the collective)."""
    folded = words(SHARE.sub(r"\1 phan tram ", text))
    titles = tuple(kb.titles.values())
    while (named := named_title(folded, titles)) is not None:
        if not _SHARE_BEFORE.search(folded[: named[1]]):
            return named[2]
        folded = folded[named[1] + len(named[2]) + 1 :]
    return None


# "50% lđtt", "70% cá nhân đạt lđtt": a share right before a title is of its holders
_SHARE_BEFORE = re.compile(r"\bphan tram( ca nhan)?( (dat|duoc|co))?( danh hieu)?\s*$")


def _subject_words(doc: Document, topic: Topic) -> str:
    """A reference note's sections are its subjects ("Bộ Tài nguyên và Môi trường nay là Bộ
    Nông nghiệp và Môi trường"): "hoạt động từ ngày nào" asks about the one just answered."""
    if doc.category != "reference" or "›" in topic.section:
        return ""
    return said_words(topic.section)


def _name_words(doc: Document, kb: KnowledgeBase | None = None) -> str:
    number = doc.number if doc.has_number and doc.number else ""
    name = fold(f"{doc.kind} {number} {doc.short_issuer} {doc.year}")
    if number or kb is None:
        return name
    # Without a number, two letters of one issuer and year differ only by their titles:
    # the title's words that the other's lacks tell which.
    others = {
        w
        for d in kb.documents
        if d is not doc and d.short_issuer == doc.short_issuer and d.year == doc.year
        for w in said_words(d.title).split()
    }
    if not others:
        return name
    own = [w for w in said_words(doc.title).split() if w not in others]
    return f"{name} {' '.join(own)}"


# "ct ubnd xã", "ct huyện": the chairman, who decides, as knowledge/abbreviations.yaml reads
# them; no chỉ thị of a commune or district is held
_CHAIRMAN_LETTERS = re.compile(
    r"\bct (?=(?:ubnd |uy ban nhan dan )?(?:cap )?(?:xa|phuong|huyen)\b)"
)


@lru_cache(maxsize=RECENT_TEXTS)
def said_words(text: str) -> str:
    """Folded words, a document kind's abbreviation spelled out ("cv đó" is "công văn đó"),
    and its letters too where a number or a pointer follows them ("nđ đó", "tt 18").
    (Kept for the last texts: a message is read this way by twenty-odd rules.)"""
    folded = _CHAIRMAN_LETTERS.sub("chu tich ", folded_words(text))
    said = [_KINDS.get(w, w) for w in folded.split()]
    return " ".join(
        KIND_LETTERS[w] if w in KIND_LETTERS and _names_one(said[i + 1 : i + 2]) else w
        for i, w in enumerate(said)
    )


def _names_one(following: list[str]) -> bool:
    """Whether the word after a kind's letters makes them name a document: a number or
    a pointer back ("nđ 152", "nđ đó"), not "tt" of "thông tin" in a sentence."""
    return bool(following) and (following[0][:1].isdigit() or following[0] in POINTING)


def _kind_abbreviations() -> dict[str, str]:
    """The abbreviations (abbreviations.yaml) of the document kinds a reference names."""
    data = yaml.safe_load(ABBREVIATIONS_FILE.read_text(encoding="utf-8"))
    return {fold(k): fold(v) for k, v in data.items() if fold(str(v)) in REFERRED and " " not in k}


_KINDS = {**_kind_abbreviations(), "vb": "van ban"}  # "vb đó": the search reads "vb" itself
