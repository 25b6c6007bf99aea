"""Conversation context: a follow-up is read against what the person was just answered.

After each answer the bot keeps, per person and chat, the question as it understood it and
the document it answered from. A follow-up is then made whole before it is searched:
- "còn Sóc Trăng?", "thế còn tập thể?", "còn năm 2021?": the last question with that place,
  audience or year put in place of the one it had;
- "văn bản đó ban hành ngày nào?", "nó do ai ký?": the question plus the last document's name;
- a short question that names no document ("ban hành ngày nào?"): the same.
The topic is kept per person and chat in memory (bot/storage/topics.py) and ignored once it
is older than TOPIC_LIFETIME; another person never sees it.
"""

import datetime as dt
import math
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path

import yaml

from bot.context import AppContext
from bot.messages import Incoming
from handlers import currency, said_otherwise
from handlers.currency import IN_FORCE
from handlers.named_things import CITED, POINTERS, Named, pointer
from handlers.named_things import words as named_words
from handlers.phone_answer import CONTINUED
from knowledge import Document, Hit, KnowledgeBase, Passage, asked_facts, referrals
from knowledge.held import named_campaigns as held_campaigns
from knowledge.held import named_years
from knowledge.intents import is_question
from knowledge.normalize import fold, folded_words, without_clause_marks
from knowledge.ordinals import LAST, POINT_LETTERS, ItemAsked, item_asked, item_number
from knowledge.places import provinces
from knowledge.referrals import DAY, WENT, sending
from knowledge.search import ABBREVIATIONS_FILE, KIND_LETTERS
from knowledge.synonyms import Synonyms
from knowledge.titles import Title, amendment_status, load_titles
from knowledge.titles_answers import (
    DOSSIER,
    asks_about_title,
    named_title,
    names_law,
    sets_rules,
    short_title,
    words,
)

TOPIC_LIFETIME = dt.timedelta(minutes=20)
# Readings of a message's words kept for the last few texts: each is asked of many times.
RECENT_TEXTS = 256
FOLLOW_UP = ("the con", "vay con", "con ve", "con voi", "con")
# Kinds of document a "còn …" follow-up may name instead of the last one's.
DOCUMENT_KINDS = (
    "cong van", "ke hoach", "chi thi", "nghi dinh", "nghi quyet", "thong tu", "quyet dinh",
    "luat", "dieu le",
)  # fmt: skip
# "văn bản đó", "chỉ thị này", "điều lệ đó", "cái đấy", "nó": the last document (or, of
# another kind than its own, the one of that kind the answer names: `_cited_pointed`).
REFERRED = ("van ban", "phong trao", "cai", *DOCUMENT_KINDS)
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
TIE_WORDS = 3  # a follow-up's words, all in one sentence of the passage shown: asked of it
DETAIL_WORDS = 2  # "ai ký" asks for a card's line; "đơn phải ghi những mục gì" for a detail


@dataclass(frozen=True)
class Topic:
    query: str
    doc_id: str
    section: str
    position: int = -1  # the passage's place in `KnowledgeBase.passages` when it was shown
    named: Named | None = None  # what the answer named when asked for it ("chỉ thị nào")


async def recall(msg: Incoming, ctx: AppContext) -> Topic | None:
    since = ctx.clock.now() - TOPIC_LIFETIME
    saved = await ctx.storage.topics.recall(msg.channel, msg.chat_id, msg.user_id, since)
    if not saved:
        return None
    named = saved.get("named")
    return Topic(
        str(saved["query"]),
        str(saved["doc_id"]),
        str(saved.get("section", "")),
        int(saved.get("position", -1)),
        Named(*named) if named else None,
    )


async def remember(
    msg: Incoming,
    ctx: AppContext,
    query: str,
    passage: Passage,
    position: int = -1,
    named: Named | None = None,
) -> None:
    topic = {
        "query": query,
        "doc_id": passage.doc.id,
        "section": passage.section,
        "position": position,
        "named": (named.noun, named.value) if named else None,
    }
    now = ctx.clock.now()
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


def resolve(text: str, topic: Topic, kb: KnowledgeBase) -> str | None:
    """The standalone question a follow-up means, or None when the message stands alone."""
    doc = kb.document(topic.doc_id)
    if doc is None:
        return None
    said = _words(text)
    regulated = regulator_asked(said, topic)
    if regulated is not None:
        return regulated
    rest = _follow_up_rest(said)
    if rest is not None:
        rest = _bodies_spelled(rest)  # "còn btnmt?": "còn bộ tài nguyên và môi trường"
        rest = _ORIGINAL.sub(r"\1", rest)  # "còn chỉ thị 14 gốc": the directive itself
        cited = _cited_pointed(rest, topic, doc, kb)
        if cited is not None:  # "còn chỉ thị đó ai ký" after the letter carrying it out
            return cited
        if _another_document(rest, doc) and is_question(rest):
            # "còn công văn của sở … thì ai ký" after a chỉ thị: a question of its own, where
            # "nó" is the chỉ thị ("công văn của sở triển khai nó")
            rest = _without_level_said(rest)
            return f" {rest} ".replace(" no ", f" {_name_words(doc, kb)} ", 1).strip()
        pointer = _document_reference(f" {rest} ")
        if pointer is not None and not _names_document(rest, doc):
            # "thế còn văn phòng sở trong văn bản đó làm gì": another subject, of the document
            # pointed back to, which the words name instead of the pointer
            return f" {rest} ".replace(f" {pointer} ", f" {_name_words(doc, kb)} ", 1).strip()
        titled = conversation_title(topic, kb) is not None
        if _of_another_body(rest, kb) or _asks_of_own_title(rest, kb, titled):
            return rest
        retitled = _other_title(rest, fold(topic.query), kb)
        if retitled is not None:  # "còn toàn quốc?" after a provincial title's bonus
            return retitled
        aspect = _titled_aspect(rest, topic)
        if aspect is not None:  # "cụ thể cstđcs thì sao" after the dossier of any title
            return f"{rest} {aspect}"
        title = conversation_title(topic, kb)
        pointed = _title_reference(f" {rest} ") if title is not None else None
        if title is not None and pointed is not None:
            # "còn mức tiền thưởng cho danh hiệu đó" after the title's standards: that title's
            return f" {rest} ".replace(f" {pointed} ", f" {title} ", 1).strip()
        audience = _audience_of_article(rest, topic, kb)
        if audience is not None:  # "còn bộ đội" after "nông dân có được lđtt không"
            return audience
        subject = _reference_subject(rest, doc, topic.section, kb)
        if subject is not None:  # "còn sở tnmt thì sao" after the ministry's merger
            return subject
        own_document = _names_document(rest, doc) or (
            _another_document(rest, doc) and {"place", "year"} & _entities(rest, kb).keys()
        )
        aspect = carried_aspect(rest, topic.query) if own_document else None
        if aspect is not None:  # "còn chỉ thị 14 của ubnd tỉnh thì sao" after a signer
            return f"{rest} {aspect}"
        rebodied = _rebodied(rest, _words(topic.query), kb)
        if rebodied is not None:  # "còn ở sở tnmt" after the province's directive
            return rebodied
        own = _own_words(rest, kb)
        aspect = _aspect_kept(rest, topic, kb) if own else None
        if aspect is not None:
            # "còn báo cáo thành tích" after "tờ trình dùng mẫu số mấy": its form; of a place
            # or document of its own ("còn kon tum theo ct14"), not within the last one
            if _names_elsewhere(rest, kb):
                return f"{rest} {aspect}"
            return f"{rest} {aspect} {_name_words(doc, kb)}"
        cites = bool(_DOCUMENT_NAMED.search(kinds_spelled(rest)))  # "… theo chỉ thị 14"
        if (own or cites) and _names_kind(rest, doc):
            # "còn cv chống covid?" after a letter: another letter of its issuer and year,
            # not the one the last letter's number or title words pick
            return f"{rest} {_body_words(doc)}"
        if own and _titled_elsewhere(rest, doc, kb):
            # "còn phong trào thi đua đặc biệt của sở thì sao" after the letter on Chỉ thị
            # 14: the letter whose title says "đặc biệt", not the last one
            return rest
        if own:  # "còn hình ảnh người cán bộ ngành": no place nor level
            return f"{rest} {_name_words(doc, kb)}"
        base = _audience_base(rest, topic, doc, kb) or fold(topic.query)
        return _substitute(rest, base, kb) or f"{rest} {_name_words(doc, kb)}".strip()
    retitled = title_alone(text, topic, kb)
    if retitled is not None:  # "chiến sĩ thi đua toàn quốc?" after the flag's bonus: its bonus
        return retitled
    basis = basis_now(said, topic, kb)
    if basis is not None:
        return basis
    padded = f" {said} "
    if lists_last(text, topic):  # "gồm những mục gì" after "mẫu đơn … ở văn bản nào"
        return _subject_of(topic.query)
    # a title of the catalogue the last question named is carried below, as such
    carried = topic.named is not None and topic.named.noun == "danh hieu"
    if topic.named is not None and not (carried and _title_name(topic.query, kb)):
        # "nó có hiệu lực khi nào" after "theo thông tư nào": the circular the answer named
        named = _pointed_named(said, topic.named)
        value = named_words(topic.named.value)
        if named is not None:
            return padded.replace(f" {named} ", f" {value} ", 1).strip()
        if asks_of_named(text, topic, kb):  # "do ai phát động" after the theme was told
            return f"{value} {said}"
        # (not when it points back otherwise: "ai ký cv đó" is the letter the answer quoted)
        refers = _document_reference(padded) is not None or _issuer_reference(text, padded)
        if (
            topic.named.is_document
            and not refers
            and _elliptical(text, said, kb)
            and carries_named(text, topic, kb)
        ):
            return f"{said} {value}"
    title = conversation_title(topic, kb)
    if title is not None:
        # "ai quyết định tặng danh hiệu này", "được thưởng bao nhiêu" after a title's answer
        named = (
            _title_reference(padded)
            or _audience_reference(padded, title)
            or _level_reference(padded, title)
        )
        if named is not None:
            return padded.replace(f" {named} ", f" {title} ").strip()
        # (not "thôn, tổ dân phố văn hóa được thưởng bao nhiêu": it names its own title)
        terse = bool(_TITLE_ASPECT_NAMED.fullmatch(_strip_trailing(said)))
        if (asks_about_title(said) or terse) and not _entities(said, kb) and _short(said):
            return f"{said} {title}"
        members = of_members(text, topic, kb)
        if members is not None:  # "có cần ai đạt cstđcs không" after a collective title
            return members
    body = body_pointed(text, topic, kb)
    if body is not None:  # "các phòng đó giờ còn không" after a letter's recipients
        return body
    issuer = _issuer_reference(text, padded)
    if issuer is not None:
        # a note on bodies is about the one its section names, not about the office writing
        # it: "bộ đó thành lập ngày nào" after "Bộ Tài nguyên và Môi trường nay là …"
        named = _named_issuer(topic, kb)
        issued = _ISSUED_POINTED.search(padded)
        if issued and topic.named and issued.group(2) != topic.named.noun:
            named = ""  # "sở ban hành kế hoạch đó": the plan's, not the letter it cites
        # ("sở đó" is no ministry: only a body of the noun pointed with)
        named = named if issuer.startswith(("co quan", named.split(" ")[0] or "-")) else ""
        body = _subject_words(doc, topic) or named or _province(issuer, doc) or fold(doc.issuer)
        return padded.replace(f" {issuer} ", f" {body} ").strip()
    cited = _cited_pointed(said, topic, doc, kb)
    if cited is not None:  # "chỉ thị đó ai ký" after the letter carrying it out
        return cited
    reference = _document_reference(padded)
    if reference is not None:
        return f"{padded.replace(f' {reference} ', ' ').strip()} {_name_words(doc, kb)}"
    described = _described_pointer(padded)
    if described is not None:  # "văn bản quy định thẩm quyền cấp xã vừa rồi ban hành ngày nào"
        return padded.replace(f" {described} ", " ", 1).strip()
    if _elliptical(text, said, kb) or _still_holds(said, kb):
        return f"{said} {_name_words(doc, kb)} {_subject_words(doc, topic)}".strip()
    return None


def within_present(text: str, topic: Topic, doc: Document, kb: KnowledgeBase) -> str | None:
    """After the note on what is now (the restructuring: bodies merged, the district level
    gone), a follow-up that the reading above takes as a message of its own ("sóc trăng
    nhập với ai", "hiệu lực", "vậy phòng tnmt huyện mà cv 2021 gửi tới thì sao"), naming
    no other document: the message read within the note, for the coverage score to weigh
    against its reading alone, when it has no words of its own or the note's passage it
    finds says a good share of them (not "chủ đề thi đua 2021 của btnmt là gì", of which
    the note says only "thi đua": the ministry's letter). None otherwise."""
    if doc.category != "reference" or names_other_document(text, topic, kb):
        return None
    reading = f"{_words(text)} {_name_words(doc, kb)}"
    own = content_words(text)
    found = kb.search(reading, limit=1) if own else []
    if own and not (found and coverage(own, found[0].passage, kb) >= PRESENT_SAID):
        return None
    return reading


def regulator_asked(said: str, topic: Topic) -> str | None:
    """After a question on a dossier, one asking who sets its rules and naming no dossier
    or title of its own ("ai quy định thêm?", "vậy ở sở mình thì theo quy định của ai",
    "giờ phân cấp chưa"): that dossier's, the last question's subject with what is asked."""
    if not DOSSIER.search(words(topic.query)) or not sets_rules(said):
        return None
    if DOSSIER.search(said) or named_title(said, _catalogue()) is not None:
        return None  # "hồ sơ LĐTT ai quy định": a question of its own
    return f"{_subject_of(topic.query)} {said}"


# "giờ căn cứ văn bản nào", "bây giờ áp dụng nghị định nào": which text to go by
_BASIS_ASKED = re.compile(
    r"\b(can cu|ap dung|theo|dung)( vao)? (van ban|nghi dinh|thong tu|luat|cai) (nao|gi)\b"
)


_NUMBERING = re.compile(r"^(?:[IVXLC]+|\d+|[a-zđ])[.)]\s*|^mục \d+$")


def _audience_base(rest: str, topic: Topic, doc: Document, kb: KnowledgeBase) -> str | None:
    """When a follow-up names an audience ("thế còn tập thể") and the last question named
    none ("còn lãnh đạo thủ trưởng đơn vị" after the individual criteria), the headings of
    the passage just shown, which do ("Tiêu chí thi đua › Đối với cá nhân"), with the
    document's name: what to put the audience in."""
    if "audience" not in _entities(rest, kb) or "audience" in _entities(fold(topic.query), kb):
        return None
    parts = [_NUMBERING.sub("", p.strip()) for p in topic.section.split("›")]
    heading = _words(" ".join(p for p in parts if p))
    if "audience" not in _entities(heading, kb):
        return None
    return f"{heading} {_name_words(doc, kb)}"


def basis_now(said: str, topic: Topic, kb: KnowledgeBase) -> str | None:
    """After being told a text was repealed ("nđ 98/2023 còn hiệu lực không"), the text to go
    by now is asked of the repealed one: the repealing document's words that it is the
    basis now, not the bases that document itself cites."""
    if not (_NOW.search(said) and _BASIS_ASKED.search(said)) and not currency.REPLACED_BY.search(
        said
    ):
        return None
    old = currency.repealed_name(topic.query, kb)
    new = currency.replacing(topic.query, kb)
    if old is None or new is None or new.id != topic.doc_id:
        return None
    return f"{fold(old)} het hieu luc {said}"


# "giờ", "thế", "vậy bây giờ" leading "còn hiệu lực không": when, or a follow-up, not what
_LEADS_NOW = re.compile(rf"^(?:(?:the|vay|thi|nhung|ma) )*(?:(?:{asked_facts.NOW_WORDS}) )?")


def _still_holds(said: str, kb: KnowledgeBase) -> bool:
    """ "còn dùng được không hay đã bị thay thế", "giờ còn hiệu lực ko": whether the last
    document still holds, asked without naming one (however many words it takes)."""
    asked = _LEADS_NOW.sub("", said, count=1)
    return (
        bool(IN_FORCE.match(asked)) and not _entities(said, kb) and not _DOCUMENT_NAMED.search(said)
    )


# How a question asks what a collective's members must have reached: "có cần ai đạt …",
# "phải có người đạt …", "bao nhiêu phần trăm đạt …", "mấy người …".
_MEMBERS_ASKED = re.compile(
    r"\b(ai|nguoi|ca nhan|thanh vien|phan tram|ty le|bao nhieu|may)\b.*\b(dat|co)\b"
    r"|\b(dat|co)\b.*\b(ai|nguoi|ca nhan|thanh vien)\b"
)


def of_members(text: str, topic: Topic, kb: KnowledgeBase) -> str | None:
    """After a collective title's answer, a short question about an individual title that
    its members must have reached ("có cần ai đạt cstđcs không" after Tập thể lao động xuất
    sắc) asks about a condition of the collective title: the question with that title
    named first (the title named first is the one a question is about). Not when it asks
    of the individual title itself (its bonus, who decides it, its dossier)."""
    said = _words(text)
    titles = tuple(kb.titles.values())
    last = named_title(words(topic.query), titles)
    named = named_title(words(said), titles)
    if last is None or named is None or _follow_up_rest(said) is not None:
        return None
    collective, member = last[0], named[0]
    if collective.audience != "collective" or member.audience != "individual":
        return None
    own = f" {said} ".replace(f" {named[2]} ", " ")
    if not is_question(text) or not _MEMBERS_ASKED.search(own) or not _short(own):
        return None
    if asks_about_title(own) and not _CONDITIONS_ONLY.search(own):
        return None  # "lđtt thưởng bao nhiêu": the individual title's own answer
    return f"{last[2]} {said}"


_CONDITIONS_ONLY = re.compile(r"\b(dieu kien|tieu chuan|can gi|can nhung gi|yeu cau)\b")


# Bodies a follow-up points back to by their noun ("các phòng đó", "vụ này"), as staff type
# them and as the documents write them at the head of their names.
BODY_NOUNS = {
    "phong": "Phòng", "van phong": "Văn phòng", "vu": "Vụ", "cuc": "Cục", "hoi dong": "Hội đồng",
}  # fmt: skip


# "các phòng đó", "các phòng huyện đó", "những phòng cấp huyện ấy": a body's noun, the level
# it is at, if said, and a pointer ("phong trào đó" is no body: only a level may come between).
_BODY_POINTED = re.compile(
    rf" (?:(?:cac|nhung) )?({'|'.join(sorted(BODY_NOUNS, key=len, reverse=True))})"
    r"(?: (?:cap|thuoc|o))?(?: (?:huyen|xa|phuong|tinh|quan|thanh pho|thi xa|so|bo))?"
    rf" (?:{'|'.join(POINTERS)}) "
)


def body_pointed_words(said: str) -> re.Match[str] | None:
    """Where folded words point back to a body by its noun ("các phòng huyện đó")."""
    return _BODY_POINTED.search(f" {said} ")


def body_pointed(text: str, topic: Topic, kb: KnowledgeBase) -> str | None:
    """A question pointing back to a body by its noun ("các phòng đó giờ còn không" after a
    letter sent to "Phòng Tài nguyên và Môi trường các huyện"), with the pointer replaced by
    the body of that noun the passage just shown names: what that body is now, or what it
    does, is asked of it, not of the document."""
    padded = f" {_words(text)} "
    match = body_pointed_words(_words(text))
    found = (match.group(1), match.group(0).strip()) if match else _body_led(padded)
    again = shown(topic, kb)
    if found is None or again is None:
        return None
    noun, pointed = found
    # the body's name: its noun, capitalised, then words up to a comma or the end of a clause
    named = re.search(rf"(?<!\w){BODY_NOUNS[noun]} [A-ZĐÀ-Ỹ][^,;:.()\n]*", again[0].text)
    if named is None:
        return None
    return padded.replace(f" {pointed} ", f" {_words(named.group(0))} ", 1).strip()


TERSE = 4  # "phòng huyện giờ?": a body's noun leading a few words


def _body_led(padded: str) -> tuple[str, str] | None:
    """A body's noun leading a terse question of how it is now ("phòng huyện giờ?", "các
    phòng giờ sao"): pointing back as "các phòng đó" does; (noun, the words naming it)."""
    said = padded.split()
    if len(said) > TERSE or not _NOW.search(padded):
        return None
    return next(
        (
            (noun, f"{lead}{noun}")
            for noun in sorted(BODY_NOUNS, key=len, reverse=True)
            for lead in ("cac ", "nhung ", "")
            if padded.startswith(f" {lead}{noun} ")
        ),
        None,
    )


def _cited_pointed(said: str, topic: Topic, doc: Document, kb: KnowledgeBase) -> str | None:
    """A follow-up pointing to a document of another kind than the last one ("chỉ thị đó"
    after a letter), with that pointer replaced by the document of that kind the passage
    just shown cites ("Chỉ thị số 14/CT-UBND"), or the last document's basis does."""
    padded = f" {said} "
    holder = _holder_pointed(padded, kb)
    if holder is not None:  # "thông tư có mẫu đơn đó": the circular whose part is the form
        return holder
    own = fold(doc.kind)
    found = _KIND_POINTED.search(padded)
    if found is None or found.group(2) == own:
        return None
    # ("chi thi vua roi", "cong van cua so vua roi"): a pointer may be two words, after a
    # few describing the document
    pointed, kind = found.group(1), found.group(2)
    again = shown(topic, kb)
    texts = [again[0].text] if again is not None else []
    # one the knowledge base holds: of another, the last document is all it can speak of
    # ("sở triển khai kế hoạch đó gửi cho ai": the letter carrying out Kế hoạch 3510)
    held = _held_numbers(kb)
    for text in (*texts, *doc.based_on):
        for cited in CITED.finditer(text):
            if fold(cited.group(1)) == kind and fold(cited.group(2)) in held:
                name = named_words(f"{cited.group(1)} số {cited.group(2)}")
                return padded.replace(f" {pointed} ", f" {name} ", 1).strip()
    # a legal text the passage names by its short title ("… quy định của Điều lệ Sáng kiến"
    # after Thông tư 18/2013: "điều lệ đó" is the decree issuing the Điều lệ)
    for text in texts:
        shown_words = f" {words(text)} "
        for law in kb.laws():
            short = short_title(law)
            if law is not doc and short.startswith(f"{kind} ") and names_law(shown_words, law):
                return padded.replace(f" {pointed} ", f" {_name_words(law, kb)} ", 1).strip()
    # the one document of that kind carrying out the last one ("còn công văn của sở vừa rồi"
    # after the directive the letter carries out: the letter read before it)
    carrying = _carrying_out(doc, kind, kb)
    if carrying is not None:
        return padded.replace(f" {pointed} ", f" {_name_words(carrying, kb)} ", 1).strip()
    return None


# "chỉ thị đó", "công văn của sở vừa rồi": a kind of document, a few words describing it,
# and a pointer
_KIND_POINTED = re.compile(
    rf" (({'|'.join(DOCUMENT_KINDS)})(?: \w+){{0,3}}? (?:{'|'.join(POINTERS)})) "
)


def _carrying_out(doc: Document, kind: str, kb: KnowledgeBase) -> Document | None:
    """The only document of that kind whose title names the document by its number
    ("Phát động phong trào thi đua theo Chỉ thị số 14/CT-UBND …"), if there is one."""
    if not doc.has_number or not doc.number:
        return None
    number = fold(doc.number)
    found = [
        d for d in kb.documents if d is not doc and fold(d.kind) == kind and number in fold(d.title)
    ]
    return found[0] if len(found) == 1 else None


# "thông tư có mẫu đơn đó", "nghị định chứa điều đó": a document of a kind, by a part of it
# pointed at
_HOLDER = re.compile(
    rf" ((?:{'|'.join(DOCUMENT_KINDS)}) (?:co|chua|kem|kem theo|ban hanh) ((?:\w+ ){{1,3}}?)"
    rf"(?:{'|'.join(POINTERS)})) "
)


def _holder_pointed(padded: str, kb: KnowledgeBase) -> str | None:
    """The follow-up with a document described by a part of it pointed at ("thông tư có mẫu
    đơn đó") named instead: the one document of that kind with a part headed by those
    words ("Phụ lục I. Mẫu Đơn yêu cầu …")."""
    found = _HOLDER.search(padded)
    if found is None:
        return None
    kind = next(k for k in DOCUMENT_KINDS if found.group(1).startswith(f"{k} "))
    part = f" {found.group(2).strip()} "
    holders = {
        p.doc.id: p.doc
        for p in kb.passages
        if p.doc.is_law and fold(p.doc.kind) == kind and part in f" {_words(p.section)} "
    }
    if len(holders) != 1:
        return None
    (holder,) = holders.values()
    return padded.replace(f" {found.group(1)} ", f" {_name_words(holder, kb)} ", 1).strip()


def holds(number: str, kb: KnowledgeBase) -> bool:
    """Whether the knowledge base holds the document of that number ("202/2025/QH15")."""
    return fold(number) in _held_numbers(kb)


def _held_numbers(kb: KnowledgeBase) -> frozenset[str]:
    """The folded numbers of the documents the knowledge base holds."""
    return kb.derived(
        "held numbers",
        lambda: frozenset(fold(d.number or "") for d in kb.documents if d.has_number),
    )


def _pointed_kind(said: str, doc: Document) -> str | None:
    """The kind of document, other than the last one's, a follow-up points at ("nghị quyết
    đó" after a note): the folded kind, else None."""
    padded = f" {said} "
    own = fold(doc.kind)
    kinds = [k for k in DOCUMENT_KINDS if k != own]
    return next((k for k in kinds for p in POINTERS if f" {k} {p} " in padded), None)


def with_cited_named(text: str, topic: Topic | None, kb: KnowledgeBase) -> Topic | None:
    """The topic, with the document the passage just shown cites taken as what the answer
    named, when a follow-up points at a document of its kind ("nghị quyết đó ngày nào"
    after "theo Nghị quyết số 202/2025/QH15 …, Kon Tum nay thuộc tỉnh Quảng Ngãi") that the
    knowledge base does not hold: it can only be told of where it is cited. (One it holds
    is searched by its name: `_cited_pointed`.) Only its particulars: what it says is what
    the passage citing it says ("nghị quyết đó sáp nhập sóc trăng với tỉnh nào")."""
    doc = kb.document(topic.doc_id) if topic is not None else None
    if topic is None or doc is None or topic.named is not None:
        return topic
    said = _words(text)
    kind = _pointed_kind(said, doc) if _PARTICULARS.search(f" {said} ") else None
    again = shown(topic, kb)
    if kind is None or again is None:
        return topic
    held = _held_numbers(kb)
    cited = next(
        (
            c
            for c in CITED.finditer(again[0].text)
            if fold(c.group(1)) == kind and fold(c.group(2)) not in held
        ),
        None,
    )
    if cited is None:
        return topic
    return replace(topic, named=Named(kind, f"{cited.group(1)} số {cited.group(2)}"))


# Words placing a day: "sau 1/7/2025", "từ 01/7/2025"
_AROUND = frozenset("sau tu ke truoc ngay".split())


def referred_article(text: str, topic: Topic, kb: KnowledgeBase) -> tuple[Passage, int, str] | None:
    """ "Sau 1/7/2025 thì thế nào", "vậy thẩm quyền đó giờ theo văn bản nào", "giờ còn cấp
    huyện đâu, thẩm quyền đó chuyển cho ai", "còn chủ tịch xã bây giờ?" after a passage
    noting "từ 01/7/2025 không còn cấp huyện; thẩm quyền … theo Điều 59 Nghị định
    129/2025/NĐ-CP": the article of a document held that the sentence saying what the short
    follow-up names (its days, its own words, or, asked of now, any of them) sends to, with
    that sentence. A swap not asked of now ("còn chủ tịch ubnd xã thì sao") is sent on only
    by a sentence saying every word it swaps in: the passage's words on it are no longer
    what holds since that day."""
    days = {tuple(int(n) for n in d) for d in DAY.findall(fold(text))}
    said = _strip_trailing(_words(text))
    swapped = _swapped_in(_words(text))  # ("thế chủ tịch xã thì sao" ends as one)
    # ("còn chủ tịch xã bây giờ": the last question asked of it now, as "ai" asks it)
    swapped_now = bool(_NOW.search(said)) and swapped is not None
    now = not days and (referrals.asks_who_now(said) or swapped_now)
    every = swapped if not days and not now else None
    again = shown(topic, kb) if (days or now or every) and _short(said) else None
    if again is None:
        return None
    return _sent_to(said, days, again[0], kb, every or [])


def _swapped_in(said: str) -> list[str] | None:
    """The words a "còn X" follow-up swaps in, abbreviations spelled out and joining and
    asking words left out ("còn chủ tịch ubnd xã": "chu tich uy ban nhan dan xa"); None for
    a message of its own."""
    rest = _follow_up_rest(said)
    if rest is None:
        return None
    spelled = " ".join(_SPELLED.get(w, w) for w in rest.split())
    return [w for w in spelled.split() if w not in JOINING and w not in ASKING]


def sent_note(noted: Passage, sentence: str) -> str:
    """The note a passage carries that sent the answer elsewhere, saying where it is:
    "Theo ghi chú kèm Điều 80 Luật 06/2022/QH15: từ 01/7/2025 …"."""
    head = noted.section.split(" › ")[0]
    where = (referrals.ARTICLE_NAME.match(head) or [head])[0]  # "Điều 80", not its whole heading
    if noted.doc.has_number:
        where = f"{where} {noted.doc.kind} {noted.doc.number}"
    return f"Theo ghi chú kèm {where}: {sentence}"


def _sent_to(
    said: str,
    days: set[tuple[int, ...]],
    passage: Passage,
    kb: KnowledgeBase,
    every: list[str],
) -> tuple[Passage, int, str] | None:
    """The article held that the passage's sentence on what was asked sends to: the one
    saying those days and all the words asked; asked of now (no days), a sentence saying
    from which day and any word of those asked, or `every` word swapped in."""
    # "chuyển cho", "bây giờ" say nothing of their own
    asked = _NOW.sub(" ", WENT.sub(" ", said)) if not days else said
    own = [w for w in _own_words(asked, kb) if w not in _AROUND and w not in _PARTICLES]
    for sentence, article, position in sending(passage, kb):
        there = f" {_words(sentence)} "
        said_days = {tuple(int(n) for n in d) for d in DAY.findall(sentence)}
        if every:  # a note of what changed from a day on all the swap names
            if not said_days or not all(f" {w} " in there for w in every):
                continue
        elif not days:  # a note of what changed from a day, sharing a word with the question
            if not said_days or (own and not any(f" {w} " in there for w in own)):
                continue
        elif not days <= said_days or not all(f" {w} " in there for w in own):
            continue
        return article, position, sentence
    return None


def _reference_subject(rest: str, doc: Document, section: str, kb: KnowledgeBase) -> str | None:
    """In a reference note whose parts are its subjects ("Sở Tài nguyên và Môi trường nay
    là …"), the heading of the part a "còn …" follow-up names by its start, abbreviations
    spelled out ("còn sở tnmt": "sở tài nguyên và môi trường"), when it names a body by
    its level, or names another place than the part just shown (`section`) does."""
    if doc.category != "reference" or not rest:
        return None
    spelled = _without_va(" ".join(_SPELLED.get(w, w) for w in rest.split()))
    padded = f" {spelled} "
    place = next((p for p in _places(kb) if f" {p} " in padded), "")
    last = _words(section.split("›")[0])
    if spelled.split(" ", 1)[0] in LEVELS:
        # "còn sở tnmt kon tum": the part on the departments, asked of Kon Tum's
        body = padded.replace(f" {place} ", " ").strip() if place else spelled
        # ("còn sở tnmt ở sóc trăng": the word that placed it goes with the place)
        while len(body.split()) > 1 and body.rsplit(" ", 1)[1] in JOINING:
            body = body.rsplit(" ", 1)[0]
    elif place and spelled == place and place not in last and _names_place(last, kb):
        # "còn sóc trăng" after the part on Kon Tum's merger: the part on Sóc Trăng's
        body = last.split(" ", 1)[0]
    else:
        return None  # "còn kon tum" after a department of Sóc Trăng: Kon Tum's department
    for _, passage in document_passages(doc.id, kb):
        heading = _words(passage.section)
        if "›" not in passage.section and f" {_without_va(heading)} ".startswith(f" {body} "):
            if place and place not in heading and _names_place(heading, kb):
                continue  # "còn tỉnh kon tum" after Sóc Trăng's part: Kon Tum's own
            return f"{heading} {place}".strip()
    return None


def _names_place(words: str, kb: KnowledgeBase) -> bool:
    """Whether folded words name a place of the documents."""
    padded = f" {words} "
    return any(f" {p} " in padded for p in _places(kb))


def _without_va(words: str) -> str:
    """ "tài nguyên và môi trường" as staff type it too: "tai nguyen moi truong"."""
    return " ".join(w for w in words.split() if w != "va")


def _of_another_body(rest: str, kb: KnowledgeBase) -> bool:
    """Whether a "còn …" follow-up is a question of its own about a body it names ("còn bộ
    năm 2021 thì chủ đề gì"): not to be read within the last document."""
    return "place" in _entities(rest, kb) and is_question(rest) and bool(_own_words(rest, kb))


OWN_TITLE_QUESTION = 4  # words besides a title's name that make a question of their own


def _asks_of_own_title(rest: str, kb: KnowledgeBase, titled: bool = False) -> bool:
    """Whether a "còn X" follow-up is a whole question about a title of its own: it names
    the title and asks of it ("thế còn tập thể lao động tiên tiến thì tiêu chuẩn thế nào",
    "còn cstđcs thưởng bao nhiêu"), which the title's answer gives as if asked alone, not
    read within the last answer's document."""
    if named_title(rest, tuple(kb.titles.values())) is None:
        return False
    # (or, after an answer on no title, asks of it in words of its own: "còn với tập thể lao
    # động tiên tiến, có người bị kỷ luật thì có ảnh hưởng không" after the rules on
    # discipline; after a title's answer such words ask what was asked of that one: "còn
    # cstđcs, chủ tịch xã có quyết được không" after who decides Lao động tiên tiến)
    own = not titled and len(_own_words(rest, kb)) >= OWN_TITLE_QUESTION
    return asks_about_title(rest) or own


def _elliptical(text: str, said: str, kb: KnowledgeBase) -> bool:
    """A short question naming nothing: it can only be about what was just answered."""
    return (
        not _names_any(said, kb)
        and _short(said)
        and (
            is_question(text)
            or bool(_ASKS_FOR.match(said))
            or bool(_PARTICULAR_NAMED.fullmatch(_strip_trailing(said)))
        )
    )


def _names_any(said: str, kb: KnowledgeBase) -> bool:
    """Whether folded words name a place, year or title: "bộ" alone names no ministry
    ("bộ mới hoạt động từ bao giờ" after the ministry's merger), and an audience names no
    subject of its own ("tiêu chí cá nhân?" after a plan's theme: the plan's criteria)."""
    return any(
        (k, v) != ("place", "bo") and k != "audience" for k, v in _entities(said, kb).items()
    )


# A request for what a rule requires, typed without a question word: "điều kiện để được
# công nhận", "hồ sơ cần nộp".
_ASKS_FOR = re.compile(r"(dieu kien|tieu chuan|thu tuc|ho so|quy trinh|trinh tu) ")


# A document's particular named without a word that asks, as a terse follow-up does:
# "ngày ban hành", "ban hành ngày", "người ký", "ngày hiệu lực", "số hiệu".
_PARTICULAR_NAMED = re.compile(
    r"(?:(?:van ban|no) )?(?:(?:ngay|thoi gian|thoi diem) (?:ban hanh|ky|thong qua|hieu luc|co hieu luc)"
    r"|(?:ban hanh|ky|thong qua|hieu luc|co hieu luc)(?: vao)? ngay|nguoi ky|ky boi|co quan ban hanh"
    r"|so hieu|so van ban|trich yeu|can cu)"
)


# What a title's answer tells, named without a word that asks ("thưởng?", "hồ sơ?").
_TITLE_ASPECT_NAMED = re.compile(r"(?:tien |muc )?thuong|ho so|giay to|thu tuc|tieu chuan")


def _short(said: str) -> bool:
    """Whether a question says at most SHORT_QUESTION syllables of its own: too few to name
    a subject ("nội dung về tiêm vắc xin nói gì": "về" joins, it says nothing of its own)."""
    content = [w for w in said.split() if len(w) > 1 and w not in ASKING and w not in JOINING]
    return len(content) <= SHORT_QUESTION


# "chỉ thị 14", "nđ 152", "luật TĐKT số 06": a kind of document and its number, the number
# right after the kind or after "số" a few words on.
_NUMBERED_DOCUMENT = re.compile(
    rf"\b({'|'.join(DOCUMENT_KINDS)})(?: so)? (\d{{1,4}})\b"
    rf"|\b({'|'.join(DOCUMENT_KINDS)})(?: [a-z]+){{1,4}} so (\d{{1,4}})\b"
)
# "kế hoạch 2022" names a year, not a number; "kế hoạch 3510" a number
YEARS = range(1945, 2100)
# Words of its own a question needs to be complete without the last answer: "có hiệu lực
# từ ngày nào" (three) asks about what was just answered.
COMPLETE_WORDS = 4


def names_other_document(text: str, topic: Topic, kb: KnowledgeBase) -> bool:
    """Whether the message names a document by its kind and number ("thông tư 62 là gì",
    "ai ký chỉ thị 14") that is not the last one: it is a question of its own."""
    doc = kb.document(topic.doc_id)
    if doc is None:
        return False
    lead = fold(doc.number).split("/", 1)[0] if doc.has_number and doc.number else ""
    for found in _NUMBERED_DOCUMENT.finditer(_words(text)):
        kind, number = (found.group(1), found.group(2)) if found.group(1) else found.group(3, 4)
        if int(number) in YEARS:
            continue
        same = kind == fold(doc.kind) and lead.isdigit() and int(lead) == int(number)
        if not same:
            return True
    return False


def cited_by_last(
    text: str, topic: Topic, kb: KnowledgeBase
) -> tuple[Passage, int, Named | None] | None:
    """The passage of the last document citing a document the question names by its kind and
    number, which the knowledge base does not hold ("thế chỉ thị 34 của Bộ Chính trị là về gì"
    after the letter carrying out CT 14): what the person just read tells of it, in its own
    words rather than its card's list of bases, with that document as the answer names it
    (what "ban hành ngày nào" next asks of); None when it cites none of them."""
    doc = kb.document(topic.doc_id)
    if doc is None or not names_other_document(text, topic, kb):
        return None
    held = _held_leads(kb)
    for found in _NUMBERED_DOCUMENT.finditer(_words(text)):
        kind, number = (found.group(1), found.group(2)) if found.group(1) else found.group(3, 4)
        if int(number) in YEARS or (kind, int(number)) in held:
            continue
        passage = next(
            ((i, p) for i, p in document_passages(doc.id, kb)
             if p.kind != "info" and _cites(fold(p.text), kind, int(number))),
            None,
        )  # fmt: skip
        if passage is not None:
            named = next(
                (
                    Named(kind, f"{c.group(1)} số {c.group(2)}")
                    for c in CITED.finditer(passage[1].text)
                    if fold(c.group(1)) == kind and c.group(2).startswith(f"{int(number)}")
                ),
                None,
            )
            return passage[1], passage[0], named
    return None


# A numbered document as a text cites it: "chỉ thị số 34-CT/TW", "nghị định 91/2017/…"
_CITES_NUMBERED = re.compile(rf"\b({'|'.join(DOCUMENT_KINDS)}) (?:so )?0*(\d+)[/-]")


def _cites(folded: str, kind: str, number: int) -> bool:
    """Whether folded text cites the document of that kind and leading number."""
    return any(
        c.group(1) == kind and int(c.group(2)) == number for c in _CITES_NUMBERED.finditer(folded)
    )


def _held_leads(kb: KnowledgeBase) -> frozenset[tuple[str, int]]:
    """The folded kind and leading number of every numbered document held ("chi thi", 14)."""

    def find() -> frozenset[tuple[str, int]]:
        leads = ((fold(d.kind), fold(d.number or "").split("/", 1)[0]) for d in kb.documents)
        return frozenset((k, int(n)) for k, n in leads if n.isdigit())

    return kb.derived("held kinds and numbers", find)


_ASKED_KIND = re.compile(rf"\b({'|'.join(DOCUMENT_KINDS)}) nao\b")


def follow_up_kind(text: str, topic: Topic | None, kb: KnowledgeBase) -> str | None:
    """The kind of document a "còn …" follow-up names instead of the last one's ("còn cv
    của sở tnmt thì sao" after a chỉ thị: a công văn), or a follow-up points at."""
    rest = _follow_up_rest(_words(text))
    doc = kb.document(topic.doc_id) if topic is not None else None
    if doc is None:
        return None
    if rest is None:
        # "chỉ thị đó ai ký" after a letter: the directive pointed at, if one of that kind
        # is held ("điều lệ đó" is a decree's)
        pointed = _KIND_POINTED.search(f" {_words(text)} ")
        kind = pointed.group(2) if pointed is not None else None
        held = kind is not None and any(fold(d.kind) == kind for d in kb.documents)
        return kind if held and kind != fold(doc.kind) else None
    padded = f" {rest} "
    return next((k for k in DOCUMENT_KINDS if f" {k} " in padded and k != fold(doc.kind)), None)


def asked_kind(text: str) -> str | None:
    """The kind of document a question asks for ("theo nghị định nào": "nghi dinh")."""
    found = _ASKED_KIND.search(kinds_spelled(text))
    return found.group(1) if found else None


def kinds_spelled(text: str) -> str:
    """Folded words with every document kind's abbreviation and letters spelled out, as a
    question asking for a document reads them: "theo nq nào" is "theo nghị quyết nào"."""
    return " ".join(KIND_LETTERS.get(w, w) for w in _words(text).split())


def of_kind(passage: Passage, kind: str) -> bool:
    """Whether the passage is of a document of that kind."""
    return fold(passage.doc.kind) == kind


def complete_elsewhere(text: str, topic: Topic, alone: Passage, kb: KnowledgeBase) -> bool:
    """Whether a question that does not point back brings a subject of its own: two of its
    own words, side by side, that the passage found for it alone (in another document)
    says and the last document nowhere does ("điều kiện công nhận sáng kiến" after the
    ministry's letter, "ưu tiên" after a title's article)."""
    if alone.doc.id == topic.doc_id or terse_slot(text):
        return False
    said = _strip_trailing(_words(text)).split()
    own = set(_own_words(" ".join(said), kb))
    if len(own) < COMPLETE_WORDS:
        return False
    # (not across "để": "điều kiện để" is no phrase of "sáng kiến để")
    pairs = [
        f" {a} {b} " for a, b in pairwise(said) if a in own and b in own and "de" not in (a, b)
    ]
    there = f" {_words(alone.text)} "
    last = _document_words(topic.doc_id, kb)
    return any(p in there and p not in last for p in pairs)


def terse_slot(text: str) -> bool:
    """Whether the message is a few words naming a thing, without a word that asks
    ("thủ trưởng đơn vị?", "văn phòng sở"): what the last answer told is asked of it."""
    said = _strip_trailing(_words(text))
    return 0 < len(said.split()) <= TERSE and not _ASKING_PHRASES.search(said)


RARE = 3  # a word in at most this many passages names a subject of its own
ACRONYM = re.compile(r"\b[A-ZĐ]{3,}\b")  # "PAPI", "COVID": typed in capitals


def rare_elsewhere(text: str, topic: Topic, alone: Passage, kb: KnowledgeBase) -> bool:
    """Whether the question names in capitals a rare term that the passage found for it
    alone (in another document) says and the last document nowhere does: "PAPI là chỉ số
    gì" after a decree is about the index, not the decree."""
    if alone.doc.id == topic.doc_id:
        return False
    capitals = {fold(a) for a in ACRONYM.findall(text)}
    there, last = f" {_words(alone.text)} ", _document_words(topic.doc_id, kb)
    for word in set(_own_words(_strip_trailing(_words(text)), kb)) & capitals:
        padded = f" {word} "
        if padded not in there or padded in last:
            continue
        laws = kb.law_index.passages_saying(word) if kb.law_index is not None else 0
        if 0 < kb.index.passages_saying(word) + laws <= RARE:
            return True
    return False


HEADED_WORDS = 2  # own words a terse question needs for a heading to be about it
# Asking who, when, where or how much of a subject: the last document may tell it ("sk ai
# công nhận" after a title's article), unlike what the subject is or holds.
_ASKS_OF_SUBJECT = re.compile(r"\b(ai|bao nhieu|bao gio|khi nao|luc nao|o dau|may)\b")


def headed_elsewhere(text: str, topic: Topic, alone: Passage, kb: KnowledgeBase) -> bool:
    """Whether a terse question's own words are all said by the heading of the passage
    found for it alone, in another document, and by no heading of the last document: that
    passage is about it ("điều kiện sáng kiến?" after the ministry's letter encouraging
    initiatives: "Điều 3. Sáng kiến (điều kiện công nhận sáng kiến)" of the Điều lệ)."""
    said = _words(text)
    if alone.doc.id == topic.doc_id or not _short(said) or _ASKS_OF_SUBJECT.search(said):
        return False
    if conversation_title(topic, kb) is not None:
        return False  # "tiền thưởng?" after a title's standards: that title's bonus
    own = set(_own_words(_strip_trailing(said), kb))
    if len(own) < HEADED_WORDS or not own <= set(_words(alone.section).split()):
        return False
    return not any(
        own <= set(_words(p.section).split()) for _, p in document_passages(topic.doc_id, kb)
    )


def _document_words(doc_id: str, kb: KnowledgeBase) -> str:
    """All a document's passages as folded words, space-padded (once per document)."""

    def find() -> str:
        return " ".join(f" {_words(p.text)} " for _, p in document_passages(doc_id, kb))

    return str(kb.derived(("words of", doc_id), find))


def lists_last(text: str, topic: Topic | None) -> bool:
    """Whether the message asks for the list of what the last question was about, saying
    nothing else of its own ("gồm những mục gì", "kể vài mẫu đi" after "có mấy mẫu")."""
    said = _words(text)
    if topic is None or not _LIST_REQUEST.search(said):
        return False
    last = set(_words(topic.query).split())
    return all(
        w in _LISTING or w in ASKING or w in JOINING or w in POINTING or w in last
        for w in said.split()
    )


def without_name(query: str, topic: Topic | None, kb: KnowledgeBase) -> str:
    """A completed follow-up without the last document's name it was completed with: "còn
    nq 02" searched as "nghi quyet 02 cong van bo tn&mt 2021" picks its line by "nghi quyet
    02" (every line of the document is of that document)."""
    doc = kb.document(topic.doc_id) if topic is not None else None
    name = _name_words(doc, kb) if doc is not None else ""
    stripped = query[: -len(name)].strip() if name and query.endswith(name) else ""
    return stripped or query


def _subject_of(query: str) -> str:
    """What a question asked about, without its asking words ("mẫu đơn yêu cầu công nhận
    sáng kiến ở văn bản nào": "mau don yeu cau cong nhan sang kien")."""
    said = _ASKING_PHRASES.sub(" ", _WHICH_DOCUMENT.sub(" ", _words(query)))
    return " ".join(said.split())


def points_at(text: str, topic: Topic | None) -> bool:
    """Whether the message points at what was just answered: its document, what it named,
    or a thing of it by its noun ("hồ sơ đó", "mẫu này"), in a question too short to name
    a subject of its own."""
    said = _words(text)
    pointed = any(f" {p} " in f" {' '.join(said.split()[1:])} " for p in POINTERS)
    return topic is not None and (
        names_document(text) or points_to_named(text, topic) or (pointed and _short(said))
    )


def points_to_named(text: str, topic: Topic | None) -> bool:
    """Whether the message points back to what the last answer named ("chủ đề đó")."""
    return (
        topic is not None
        and topic.named is not None
        and bool(_pointed_named(_words(text), topic.named))
    )


def carries_named(text: str, topic: Topic, kb: KnowledgeBase) -> bool:
    """Whether a short question naming nothing, after an answer that named a document
    ("căn cứ chỉ thị nào": Chỉ thị số 34-CT/TW), is about that document: one the knowledge
    base holds, its particulars ("ngày nào"), or what the lines citing it say ("về nội dung
    gì"); not a part of the last document those lines do not speak of ("cơ quan thường
    trực?" is the directive's own standing body)."""
    named, said = topic.named, _words(text)
    if named is None or not named.is_document:
        return False
    if holds(named.number, kb) or _PARTICULARS.search(f" {said} "):
        return True
    own = _own_words(_strip_trailing(said), kb)
    citing = [
        f" {_words(p.text)} "
        for _, p in document_passages(topic.doc_id, kb)
        if named.number and named.number in p.text and p.kind != "info"  # (the card lists)
    ]
    return not citing or any(all(f" {w} " in c for w in own) for c in citing)


OF_NAMED = 2  # "do ai phát động": a word or two of its own asked of the thing just named


def asks_of_named(text: str, topic: Topic | None, kb: KnowledgeBase) -> bool:
    """Whether a terse question asks about what the last answer named without naming it
    (`told_of_named`)."""
    return told_of_named(text, topic, kb) is not None


def told_of_named(text: str, topic: Topic | None, kb: KnowledgeBase) -> Hit | None:
    """The passage telling of what the last answer named, when a terse question that does
    not name it, nor a document's particulars, asks about it all the same ("do ai phát
    động" after a letter's theme): another passage says it with the question's few words of
    its own ("theo chủ đề “…” do Thủ tướng Chính phủ phát động"); else None."""
    named = topic.named if topic is not None else None
    if topic is None or named is None or named.is_document or named.noun == "danh hieu":
        return None
    said = _strip_trailing(_words(text)).split()
    while len(said) > 1 and said[-1] in POLITE_ENDS:  # "do ai phát động vậy"
        said.pop()
    asked = " ".join(said)
    if (
        not is_question(text)
        or len(said) > TERSE
        or _pointed_named(asked, named) is not None
        or _PARTICULARS.search(f" {asked} ")
        or _entities(asked, kb)  # ("tiêu chí tập thể?": the plan's criteria)
        or _DOCUMENT_NAMED.search(kinds_spelled(asked))
        or _follow_up_rest(asked) is not None
    ):
        return None
    own = [w for w in _own_words(asked, kb) if w not in POINTING]  # "do ai": by whom
    if not own or len(own) > OF_NAMED:
        return None
    value = named_words(named.value)
    for hit in kb.search(f"{value} {asked}", limit=WITHIN):
        there = f" {_words(hit.passage.text)} "
        opening = hit.passage.kind in ("info", "intro", "outline")  # (they name every part)
        if hit.position != topic.position and not opening and f" {value} " in there:
            return hit if all(f" {w} " in there for w in own) else None
    return None


def told_of_named_elsewhere(
    text: str, topic: Topic | None, answered: Passage, about_named: bool
) -> bool:
    """Whether a question about what the last answer named, not a document ("chủ đề đó do ai
    phát động"), was answered from another document than the conversation's: that document
    only tells of the thing; the conversation stays with its own."""
    return (
        topic is not None
        and topic.named is not None
        and not topic.named.is_document
        and answered.doc.id != topic.doc_id
        and (points_to_named(text, topic) or about_named)
    )


def _pointed_named(said: str, named: Named) -> str | None:
    """The words pointing back to what the last answer named: a pointer ("chủ đề đó"), or
    its noun alone in a terse question ("chủ đề của ai" after the theme was told); not a
    document's kind alone ("nghị định nào" asks for another)."""
    found = pointer(said, named)
    if found is not None or named.is_document:
        return found
    others = len(said.split()) - len(named.noun.split())
    bare = f" {named.noun} " in f" {said} " and others <= TERSE
    return named.noun if bare and _ASKING_PHRASES.search(said) else None


def subject(text: str, topic: Topic, kb: KnowledgeBase) -> str | None:
    """In a "còn X thì sao" follow-up, X when it is a subject of its own ("hình ảnh người cán
    bộ ngành", "trường hợp không được công nhận") rather than a place, year, audience, title,
    level or another document: it is looked for in the last document first."""
    doc = kb.document(topic.doc_id)
    rest = _follow_up_rest(_words(text))
    if doc is None:
        return None
    if not rest:
        named = topic.named is not None and topic.named.is_document
        return None if named else _pointed_subject(text, doc, kb)
    if _another_document(rest, doc) or not _own_words(rest, kb) or _of_another_body(rest, kb):
        return None
    if _names_kind(rest, doc) or _titled_elsewhere(rest, doc, kb):
        # "còn cv chống covid?", "còn phong trào đặc biệt": another letter, not within the
        # last one
        return None
    if _other_title(rest, fold(topic.query), kb) is not None:
        return None  # "còn toàn quốc?": the same title at another level
    aspect = _aspect_kept(rest, topic, kb)  # "còn báo cáo thành tích": its form's number
    if aspect and _names_elsewhere(rest, kb):
        return None  # "còn kon tum theo ct14" after a theme: not within the last document
    return f"{rest} {aspect}" if aspect else rest


def _pointed_subject(text: str, doc: Document, kb: KnowledgeBase) -> str | None:
    """ "văn phòng sở làm gì trong phong trào này": a subject of its own (at least
    DETAIL_WORDS words) asked of the last document, pointed at by its own kind ("kế hoạch
    này" after a plan; "chỉ thị ấy" after a letter is the directive it cites), looked for in
    it first; the question without its pointer. Not its particulars ("ký ngày nào")."""
    padded = f" {_words(text)} "
    above = _SAID_ABOVE.search(padded)
    if above is not None:  # "ở trên có nhắc 4 phong trào của Thủ tướng, liệt kê giúp em"
        said = _REQUEST.sub(" ", padded[above.end() :]).split()
        while said and said[-1] in JOINING:
            said = said[:-1]
        rest = " ".join(said)
        return rest if len(_own_words(rest, kb)) >= DETAIL_WORDS else None
    nouns = ("phong trao", "van ban", fold(doc.kind))
    reference = next((f"{n} {p}" for n in nouns for p in POINTERS if f" {n} {p} " in padded), None)
    if reference is None or _PARTICULARS.search(padded):
        return None
    said = _ROLE_ASKED.sub(" ", padded.replace(f" {reference} ", " ")).split()
    while said and said[-1] in JOINING:  # "… trong" left by "trong phong trào này"
        said = said[:-1]
    rest = " ".join(said)
    return rest if len(_own_words(rest, kb)) >= DETAIL_WORDS and not _entities(rest, kb) else None


# "ở trên có nhắc", "vừa rồi có nói đến", "bên trên đề cập": what follows is something the
# last answer said, looked for in its document
_SAID_ABOVE = re.compile(
    r" (?:(?:o|ben|phia) tren|vua roi|luc nay|vua nay)(?: co| da| vua| cung)*"
    r" (?:nhac|noi|de cap|neu)(?: (?:den|toi|ve))? "
)
# What a request to look it up adds: "liệt kê giúp em được không ạ", "là chỉ thị nào ạ"
_REQUEST = re.compile(
    r" (?:anh chi |tro ly )?(?:liet ke|ke ten|noi ro|giai thich)(?: giup| cho)*(?: em| minh)?"
    r"| (?:duoc )?(?:khong|ko) a?(?= |$)| a(?= |$)| la (?:gi|nao|the nao|sao)(?= |$)"
)
# How a body's part in a document is asked: not a subject ("văn phòng sở phải làm gì")
_ROLE_ASKED = re.compile(
    r"\b(?:co |phai |can )?(?:lam (?:nhung )?gi|(?:nhiem vu|trach nhiem|vai tro) (?:gi|nao|the nao))\b"
)
# What a document's card or opening answers: its dates, signer, recipients, subject.
_PARTICULARS = re.compile(
    r"\b(ky|ngay|ban hanh|thong qua|gui|noi nhan|hieu luc|so hieu|noi ve|van de gi|can cu"
    r"|trich yeu)\b"
)


def asks_particulars(text: str) -> bool:
    """Whether a question asks what a document's card or opening tells (its date, signer,
    recipients, subject)."""
    return bool(_PARTICULARS.search(f" {_words(text)} "))


def past_opening(text: str, hits: list[Hit], topic: Topic) -> list[Hit]:
    """The hits of a question read with the last document's name, led by a passage of that
    document covering the question at least as well as the first hit: the name makes the
    document's opening or card rank first ("điều kiện để được cơ sở công nhận" after the
    Điều lệ Sáng kiến: its article on the conditions, not its opening), and another
    document saying the words closer together may rank above it ("ai theo dõi báo cáo kết
    quả" after the ministry's letter: the ministry's own item). Unless the document's
    particulars are asked."""
    if not hits or _PARTICULARS.search(f" {_words(text)} "):
        return hits
    first = hits[0]
    opening = first.passage.kind in ("intro", "info")
    if first.passage.doc.id == topic.doc_id and not opening:
        return hits
    better = next(
        (
            h
            for h in hits
            if h.passage.doc.id == topic.doc_id
            and h.passage.kind not in ("intro", "info", "outline")
            and (h.score > first.score if opening else h.score >= first.score)
        ),
        None,
    )
    return hits if better is None else [better, *(h for h in hits if h is not better)]


def within(subject: str, topic: Topic, kb: KnowledgeBase) -> list[Hit]:
    """The last document's passages that answer `subject`, those saying most of its words
    (and word pairs) first; [] when none of them says more than half of its own words."""
    doc = kb.document(topic.doc_id)
    if doc is None:
        return []
    hits = kb.search(f"{subject} {_name_words(doc, kb)}", limit=WITHIN)
    # (the outline names every part: it is about none of them)
    own = [h for h in hits if h.passage.doc.id == doc.id and h.passage.kind != "outline"]
    wanted = _own_words(subject, kb)
    pairs = {f"{a} {b}" for a, b in zip(subject.split(), subject.split()[1:], strict=False)}

    def said(hit: Hit) -> int:
        # (with its headings: "sáng kiến thì nhiệm vụ giải pháp là gì" names the part
        # "II. Nhiệm vụ, giải pháp chủ yếu" and asks what of it is about initiatives)
        text = f" {_words(hit.passage.section)} {_words(hit.passage.text)} "
        return sum(_says(text, w) for w in (*wanted, *pairs))

    def share(hit: Hit) -> float:
        text = f" {_words(hit.passage.text)} "
        return sum(_says(text, w) for w in wanted) / len(wanted) if wanted else 0.0

    def headed(hit: Hit) -> bool:
        """ "còn văn phòng sở" after the duties of unit heads: the part headed "2. Văn phòng
        Sở", not the line of the part just shown that mentions it; "còn vp sở" too)."""
        heading = f" {_words(hit.passage.section.split('›')[-1])} "
        return bool(wanted) and all(_says(heading, w) for w in wanted)

    # A phrase that most of the document says ("thực hiện") is its vocabulary, not a topic
    # any passage dwells on.
    phrase = " ".join(wanted)
    forms = {f" {phrase} ", f" {' '.join(_SPELLED.get(w, w) for w in wanted)} "}
    passages = document_passages(doc.id, kb)
    # (each passage read only for a subject of DWELT_WORDS or more)
    topical = len(wanted) >= DWELT_WORDS and (
        sum(_says(f" {_words(p.text)} ", phrase) for _, p in passages)
        <= DWELT_SHARE * len(passages)
    )

    def dwelt(hit: Hit) -> int:
        """ "thanh tra thì sao" of a letter whose contents mention inspection in passing
        ("đổi mới công tác thanh tra, kiểm tra") and whose solutions dwell on it ("đổi mới
        công tác thanh tra, tổ chức lực lượng thanh tra theo vùng"): how often the passage
        says the subject's words together within one of its paragraphs, the one it is about
        saying them most (a list of criteria saying them once in each of its lines mentions
        them in passing as often)."""
        if not topical:
            return 0
        return max(
            sum(f" {_words(line)} ".count(form) for form in forms)
            for line in hit.passage.text.splitlines()
        )

    # stable: the search's order on a tie, after the passage just shown ("còn thôn văn hóa"
    # after the bonus of a commune: the next line of the same list)
    # ("còn báo cáo thành tích" after a form's number: the passage stating its number, not the
    # one headed by the report)
    states = asked_facts.preferred(subject)
    found = sorted(
        own,
        key=lambda h: (
            states(h.passage.text) if states else 0,
            headed(h),
            said(h),
            dwelt(h),
            # a card names the subject among its recipients ("Thành viên Hội đồng TĐKT
            # tỉnh"); the text saying as much is about it
            h.passage.kind != "info",
            h.position == topic.position,
        ),
        reverse=True,
    )
    if found and share(found[0]) > SUBJECT_SAID:
        return found
    # half of it said by the passage just shown: more of the same rather than a new search
    again = [h for h in found if h.position == topic.position and share(h) >= SUBJECT_SAID]
    return again


# "văn bản đó", "cái này": the last document, pointed at without naming its kind
_GENERIC_POINTED = re.compile(r"\b(?:van ban|cai) (?:do|nay|ay|day)\b")


def shown_saying(
    text: str, topic: Topic, kb: KnowledgeBase, found: Passage, every: bool = False
) -> tuple[Passage, int] | None:
    """The passage just shown, when a short question naming nothing has at least
    DETAIL_WORDS words of its own and the passage says at least half of them (`every`: all
    of them), and more of them than the passage `found` for it (a follow-up: as many): "đơn
    phải ghi những mục gì" after the form asks for the form's items, not for its document's
    opening."""
    said = _strip_trailing(_words(text))
    # ("văn bản đó ai ký": the document pointed at by no kind of its own, no detail of the
    # passage; a kind named, "điều lệ đó", may be one)
    own = _own_words(_GENERIC_POINTED.sub(" ", said), kb)
    again = shown(topic, kb)
    if again is None or _entities(said, kb) or len(own) < DETAIL_WORDS:
        return None
    # the outline names its parts: the part whose line, cut short there, says the words
    part = outlined_part(again[0], own, kb) if again[0].kind == "outline" else None
    again = part or again
    if topic.named is not None and topic.named.is_document and asks_date(text):
        return None  # "ban hành ngày nào" after "theo chỉ thị nào": the directive's date

    def says(passage: Passage) -> int:
        return said_otherwise.count_said(own, _words(passage.text), said)

    states = asked_facts.stated_within(kb.spelled(text))
    if states is not None and states(found.text) and not states(again[0].text):
        return None  # "từ khi nào áp dụng": "từ ngày 01/7/2025", not the card's "áp dụng: 2025"
    enough = says(again[0]) >= len(own) * (1 if every else SHOWN_SAID)
    # a follow-up's tie goes to the part whose line was just read: "đặc biệt là ai?" after an
    # outline cut at "đặc biệt là người có công…", not the opening naming the "phong trào thi
    # đua đặc biệt" (after any other passage, a tie is no sign: "ai ký qđ tặng" after a title's
    # standards, which say "tặng" as the article on who decides does)
    ahead = says(again[0]) - says(found) + int(part is not None and not every)
    # a follow-up's tie also goes to it when one of its sentences says every word asked:
    # "trong quân đội, công an thì ai" after "Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Công an
    # xem xét, công nhận …" asks the same of them, not another article naming both forces
    # (three words at least, and not a card's line: "ai thường trực theo dõi" is not "Nơi
    # nhận: … Thường trực …", nor "toàn quốc?" any line saying it)
    whole = (
        not every
        and ahead == 0
        and len(own) >= TIE_WORDS
        and again[0].kind != "info"
        and said_otherwise.one_sentence_says_all(own, _words(again[0].text), said)
    )
    return again if enough and (ahead > 0 or whole) else None


# "3. Thi đua cùng chung tay …", "Điều 23. Danh hiệu …": an outline's lines, each naming a part
OUTLINE_LEAD = 6  # the words of a line that find the part it names
OUTLINE_PARTS = "Các nội dung chính:"  # above it, a document's outline has its title and theme


def outlined_part(
    outline: Passage, own: list[str], kb: KnowledgeBase
) -> tuple[Passage, int] | None:
    """The part an outline's line names, of the lines saying the most of the words `own`
    (at least one): "đặc biệt là ai?" after an outline cut at "đặc biệt là người có công…"
    asks of that item, which the outline shows only the start of."""

    def says(line: str) -> int:
        padded = f" {_words(line)} "
        return sum(f" {w} " in padded for w in own)

    lines = [line.rstrip(" …") for line in outline.text.splitlines()]
    # (its parts' lines, below the title and theme or the part's own heading)
    lines = lines[lines.index(OUTLINE_PARTS) + 1 :] if OUTLINE_PARTS in lines else lines[1:]
    best = max(lines, key=says, default="")
    if not best or says(best) == 0 or sum(says(line) == says(best) for line in lines) > 1:
        return None  # (no line, or several alike: which part is not told)
    lead = " ".join(_words(best).split()[:OUTLINE_LEAD])
    for position, passage in document_passages(outline.doc.id, kb):
        said = f" {_words(passage.section)} {_words(passage.text)} "
        if passage.kind != "outline" and f" {lead} " in said:
            return passage, position
    return None


# "có cần áp dụng thử không", "có phải đăng ký không", "sáng kiến có cần đã áp dụng chưa":
# what a yes-or-no question asks about, and what of, when it says.
_YES_NO = re.compile(
    r"^(?:(?:the|vay|the thi) )?(?:(.+?) )?co (?:(?:can|phai|bat buoc|duoc|can phai) )?(.+?)"
    r" (?:khong|ko|k|chua|hong)(?: (?:a|nhi|vay|ha|nhe))?$"
)
YES_NO_WORDS = 2  # "áp dụng thử": a phrase, not one word that any passage may say
# Words of tense and voice, said or not alike: "đã áp dụng" asks what "đã được áp dụng" says.
_TENSE_WORDS = frozenset(("da", "duoc", "se", "bi"))


def shown_yes_no(text: str, topic: Topic, kb: KnowledgeBase) -> tuple[Passage, int] | None:
    """The passage just shown, when a yes-or-no question asks whether something it says
    word for word holds ("có cần áp dụng thử không" after the conditions of an initiative),
    of what it is about if the question names that ("sáng kiến có cần đã áp dụng chưa"):
    the question is about what was just read, though another passage says it more often."""
    asked = _YES_NO.search(_words(text))
    again = shown(topic, kb)
    if asked is None or again is None or _entities(" ".join(filter(None, asked.groups())), kb):
        return None  # (a place or a document named: not the passage just read)
    said = _words(again[0].text)
    of, phrase = (_without_tense(part or "") for part in asked.groups())
    if len(phrase.split()) < YES_NO_WORDS or f" {phrase} " not in f" {_without_tense(said)} ":
        return None
    if of and not set(of.split()) <= set(said.split()):
        return None  # asked of something the passage does not name
    return again


def _without_tense(words: str) -> str:
    return " ".join(w for w in words.split() if w not in _TENSE_WORDS)


# "từ ngày nào vậy", "từ bao giờ": since when what was just read holds.
_SINCE_WHEN = re.compile(r"\btu (?:ngay nao|bao gio|khi nao|luc nao|thoi diem nao)\b")
_SINCE_DATE = re.compile(r"\btừ (?:ngày )?\d{1,2}/\d{1,2}/\d{4}")
# "có hiệu lực từ ngày nào" asks for the document's own dates
_OWN_DATES = re.compile(r"\b(hieu luc|ban hanh|thong qua|ky)\b")


def shown_since(text: str, topic: Topic, kb: KnowledgeBase) -> str | None:
    """When a question naming nothing asks since when ("từ ngày nào vậy") and the passage
    just shown says "từ" a date ("từ 01/7/2025 không còn cấp huyện"), those words: the
    date of what was just read, not of its document."""
    said = _words(text)
    again = shown(topic, kb)
    if again is None or not _SINCE_WHEN.search(said) or _OWN_DATES.search(said):
        return None
    since = _SINCE_DATE.search(again[0].text)
    return since.group(0) if since and _short(said) and not _entities(said, kb) else None


def dated_part(text: str, topic: Topic, kb: KnowledgeBase) -> tuple[Passage, int, str] | None:
    """When a question naming nothing asks since when and the part of a reference note
    just shown says no date ("Sở … tỉnh Sóc Trăng nay thuộc …", "Năm 2025"), the part of the
    note headed by the place the conversation is about that does ("Tỉnh Sóc Trăng nay thuộc
    thành phố Cần Thơ": "từ ngày 01/7/2025"), with those words."""
    said = _words(text)
    doc = kb.document(topic.doc_id)
    again = shown(topic, kb)
    if (
        doc is None
        or doc.category != "reference"
        or again is None
        or _SINCE_DATE.search(again[0].text)
        or not _SINCE_WHEN.search(said)
        or _OWN_DATES.search(said)
        or not _short(said)
        or _entities(said, kb)
    ):
        return None
    asked = f" {_words(topic.query)} {_words(again[0].section)} "
    places = [p for p in _places(kb) if f" {p} " in asked]
    for position, passage in document_passages(doc.id, kb):
        heading = f" {_words(passage.section)} "
        since = _SINCE_DATE.search(passage.text)
        if since and any(f" {p} " in heading for p in places):
            return passage, position, since.group(0)
    return None


def headed_pointed(text: str, topic: Topic, kb: KnowledgeBase) -> tuple[Passage, int] | None:
    """The part of the last document a short question points at by the noun of its heading,
    when the passage just shown is not it: "đơn đó ghi những mục gì" after the card of
    Thông tư 18 is its "Phụ lục I. Mẫu Đơn …"; so is "đơn gồm những mục gì", a list asked of
    a noun, after the card or the opening (after an article, the list is searched for)."""
    said = _words(text).split()
    if not _short(" ".join(said)):
        return None
    again = shown(topic, kb)
    at = next((i for i, w in enumerate(said) if i and w in POINTING and w != "no"), None)
    listed = None
    if at is None and again is not None and again[0].kind in ("info", "intro"):
        # "đơn gồm những mục gì" after the card: the noun leading a list asked for, whole
        # ("nơi nhận gồm những ai" is not "Đối với cá nhân")
        listed = _LIST_REQUEST.search(" ".join(said))
        at = len(" ".join(said)[: listed.start()].split()) if listed else None
    if not at:
        return None
    before = [w for w in said[max(at - 2, 0) : at] if w not in ASKING and w not in JOINING]
    for noun in (" ".join(before), *([] if listed else before[-1:])):
        if not noun or noun in REFERRED or noun in DOCUMENT_KINDS:
            continue
        if again is not None and f" {noun} " in f" {_words(again[0].section)} ":
            return None  # "hồ sơ đó" after the dossier: the passage just shown
        for position, passage in document_passages(topic.doc_id, kb):
            if f" {noun} " in f" {_words(passage.section.split('›')[-1])} ":
                return passage, position
    return None


# Where to check what a caveat leaves open: "vậy em nên đối chiếu ở đâu", "hỏi ai", "liên hệ
# cơ quan nào", by folded words; with nothing of its own besides (CHECK_PLAIN).
_CHECK_WHERE = re.compile(
    r"\b(?:doi chieu|kiem tra|xac minh|hoi|lien he)(?: lai)?(?: o| voi| tai)?"
    r" (?:dau|ai|noi nao|co quan nao|van ban nao)\b"
)
CHECK_PLAIN = frozenset(
    "vay gio bay em toi minh anh chi nen phai can thi a ha nhi the con de xem lai cu nao o dau"
    " ai voi tai noi co quan van ban".split()
)
# A caveat that says where to check: "… anh/chị hỏi Sở Nội vụ", "đối chiếu với văn bản của …"
_SENDS_TO = re.compile(r"\b(?:doi chieu voi|hoi) (?:van ban cua )?so\b")


def check_where(text: str, doc: Document, today: str) -> str | None:
    """The caveat of the last answer's document that says where to check what it leaves open,
    when the message only asks where ("vậy em nên đối chiếu ở đâu" after the law: "…; anh/chị
    đối chiếu với văn bản của Sở Nội vụ …"); an unconfirmed amendment's (on `today`, ISO) first."""
    said = _strip_trailing(_words(text))
    found = _CHECK_WHERE.search(said)
    if found is None:
        return None
    rest = f"{said[: found.start()]} {said[found.end() :]}".split()
    if not all(w in CHECK_PLAIN for w in rest):
        return None
    status = amendment_status(doc.number, today) if doc.number else []
    notes = [*status, *([doc.caveat] if doc.caveat else [])]
    sending = next((note for note in notes if _SENDS_TO.search(_words(note))), None)
    return " ".join(sending.split()) if sending is not None else None


def caveat_asked(text: str, topic: Topic, kb: KnowledgeBase) -> str | None:
    """The caveat the last answer showed under its source, when the question asks about it
    ("luật sửa đổi năm 2026 thì sao" after "⚠️ Luật sửa đổi (… 01/10/2026 …)"): it says
    every word and year of the question's own."""
    doc = kb.document(topic.doc_id)
    if doc is None or not doc.caveat:
        return None
    said = _strip_trailing(_words(text))
    kinds = {w for kind in DOCUMENT_KINDS for w in kind.split()}
    own = [
        w
        for w in said.split()
        if len(w) > 1 and not w.isdigit() and w not in (*ASKING, *JOINING, *kinds)
    ]
    caveat = f" {_words(doc.caveat)} "
    years = [str(y) for y in named_years(said)]
    said_all = all(f" {w} " in caveat for w in (*own, *years))
    if not own or len(own) + len(years) < DETAIL_WORDS or not said_all:
        return None
    return doc.caveat


def names_other_body(text: str, topic: Topic, kb: KnowledgeBase) -> bool:
    """Whether the message names a place or an issuer's level ("của Bộ") that the last
    document's issuer and place are not."""
    place = _entities(_words(text), kb).get("place")
    doc = kb.document(topic.doc_id)
    if place is None or doc is None:
        return False
    return f" {place} " not in f" {fold(f'{doc.place} {doc.issuer} {doc.short_issuer}')} "


def names_place(text: str, kb: KnowledgeBase) -> bool:
    """Whether the message names a place or an issuer's level ("sở tnmt sóc trăng", "bộ")."""
    return "place" in _entities(_words(text), kb)


def shown(topic: Topic, kb: KnowledgeBase) -> tuple[Passage, int] | None:
    """The passage the last answer showed, if the knowledge base still has it there."""
    passages = kb.passages
    if not 0 <= topic.position < len(passages):
        return None
    passage = passages[topic.position]
    if (passage.doc.id, passage.section) != (topic.doc_id, topic.section):
        return None  # the documents changed since
    return passage, topic.position


# A share written in figures: "15%", "70 %"
_SHARE = re.compile(r"\b(\d{1,3}(?:[,.]\d+)?) ?%")


def shown_figure(text: str, topic: Topic, kb: KnowledgeBase) -> tuple[Passage, int] | None:
    """The passage just shown, when a short follow-up the search finds nothing for names a
    share it says ("còn giới hạn 15% thì sao" after a note on "không quá 15% …")."""
    shares = set(_SHARE.findall(text))
    again = shown(topic, kb) if shares and _short(_words(text)) else None
    if again is None or not shares <= set(_SHARE.findall(again[0].text)):
        return None
    return again


def stating_first(text: str, hits: list[Hit], topic: Topic, kb: KnowledgeBase) -> list[Hit]:
    """The hits of a follow-up read with the last document, led by the passage of that
    document that best states the kind of fact the follow-up asks (knowledge/asked_facts.py
    `stated_within`: a spirit, the day something starts, the body charged with a duty, a
    share, a bonus): "với tinh thần gì" after the directive's line on Nghị quyết 78 is its
    "với tinh thần “chống dịch như chống giặc”", "ai theo dõi" its item "Giao Sở Nội vụ …".
    Among the passages
    stating it, one citing the document the last answer named first ("từ khi nào áp dụng"
    after Nghị quyết 202: the day it starts, not another merger's), then the passage just
    shown ("vậy giờ là bao nhiêu %" after Điều 28: its share now), then those saying most
    of the follow-up's own words, then the search's order, then the document's."""
    if not hits or hits[0].passage.doc.id != topic.doc_id:
        return hits
    stated = asked_facts.stated_within(kb.spelled(text))
    if stated is None:
        return hits

    def states(said: str) -> int:
        return int(stated(said))

    own = _own_words(_words(text), kb)
    ranked = {h.position: rank for rank, h in enumerate(hits)}
    named = topic.named.number if topic.named is not None else ""

    def order(position: int, passage: Passage) -> tuple[int, int, int, int, int, int]:
        said = f" {_words(passage.section)} {_words(passage.text)} "
        return (
            -states(passage.text),
            -int(bool(named) and named in passage.text),
            -int(position == topic.position),  # more of the same when it states one
            -sum(_says(said, w) for w in own),
            ranked.get(position, len(hits)),
            position,
        )

    passages = document_passages(topic.doc_id, kb)
    position, passage = min(
        ((i, p) for i, p in passages if p.kind != "outline"), key=lambda found: order(*found)
    )
    if not states(passage.text) or position == hits[0].position:
        return hits
    # a first hit stating it stays, unless another cites the document named and it does not,
    # or the passage just shown states it too and says as much of the follow-up ("giai đoạn
    # nào" after the directive's item on new models: its "2021-2025", not another item's)
    leading, best = order(hits[0].position, hits[0].passage), order(position, passage)
    says_as_much = best[3] <= leading[3]  # (`order`: states, cites, just shown, own words, …)
    compared = 3 if says_as_much else 2  # "just shown" weighs only for a passage saying as much
    if states(hits[0].passage.text) and best[:compared] >= leading[:compared]:
        return hits
    first = Hit(passage, position, hits[0].score, hits[0].rank_score)
    return [first, *(h for h in hits if h.position != position)]


# "nội dung thứ 3 là gì", "mục 2 nói gì", "còn cái thứ 5", "nội dung cuối cùng": an item of the
# last document by its number (knowledge/ordinals.py reads it), or of the list in the passage
# just shown ("thứ 4 là gì" after an article's "a) … b) … c) … d) …").
ORDINAL_WORDS = 8  # a longer message is a question of its own, not "the third item"
# Where an item of a list inside a passage opens, on a line of its own or within a clause
# ("gồm: a) Tờ trình …; b) Báo cáo …"): a point "d) ", a clause "2. " before a capital.
_LETTERED = re.compile(r"(?<!\S)([a-zđ])\) ")
# A clause numbered "2. " before a capital, or "(2) " as a decree quotes its clauses.
_NUMBERED = re.compile(r"(?<![\S])\(?(\d{1,2})(?:\.|\)) (?=[A-ZĐÀ-Ỹ])")


@dataclass(frozen=True)
class Item:
    """A numbered item found: its passage and place, and when it is one line of a list inside
    the passage, that line."""

    passage: Passage
    position: int
    line: str | None = None
    asking: str = ""  # what the message asks of the item, besides naming it ("nhac chi so nao")

    @property
    def key(self) -> tuple[str, str]:
        """The item's document and section: what its pieces share."""
        return self.passage.doc.id, self.passage.section


def numbered_item(text: str, topic: Topic, kb: KnowledgeBase) -> Item | None:
    """The item the message asks for by its number: of a list inside the passage just shown
    when that passage is no numbered item of its document (an article's points); else of the
    last document's numbered items, the one under the heading sharing most words with the
    message, else under the heading just shown, else the first."""
    said = _words(text)
    asked = item_asked(said, text)
    if asked is None or len(said.split()) > ORDINAL_WORDS or _entities(said, kb):
        return None
    again = shown(topic, kb)
    named = _named_in_count(again[0].text, asked) if again is not None else None
    if again is not None and named is not None:  # "phong trào thứ 4" of "4 phong trào: “…”"
        return Item(again[0], again[1], named)
    if again is not None and item_number(again[0].section.split("›")[-1], roman=False) is None:
        listed = _listed_item(again[0], again[1], asked, kb)
        if listed is not None:
            return listed
    # a law's items: of the article shown
    within = again is not None and not again[0].doc.is_campaign
    return _item_of(topic.doc_id, asked, said, topic.section, within, kb)


def named_item(text: str, query: str, topic: Topic | None, kb: KnowledgeBase) -> Item | None:
    """The item asked for by its number in the document the message names ("ct 14 ubnd
    kontum điểm 7 là gì", "nghị định 152 nguyên tắc khen thưởng khoản 5", "chỉ thị gốc của
    ubnd mục 2 còn thêm gì" after the letter carrying it out): the document the last one
    rests on when the message names its kind, else the one the search finds for `query`
    (the message, read with the last answer when it points back); of that document's
    numbered items, else a line of the list inside the passage found ("(5) …" of a decree's
    article)."""
    said = _words(text)
    asked = item_asked(said, text)
    if asked is None or not names_a_document(text, kb):
        return None
    kinds = f" {kinds_spelled(text)} "
    found = kb.search(query)
    if not (found and f" {fold(found[0].passage.doc.kind)} " in kinds):
        # "còn chỉ thị của ubnd mục 7" after a letter: the directive it carries out
        based = _based_on_named(kinds, topic, kb)
        if based is not None:
            item = _item_of(based.id, asked, said, "", False, kb)
            return replace(item, asking=_asked_of_item(said, asked)) if item else None
    if not found:
        return None
    passage, position = found[0].passage, found[0].position
    if passage.doc.is_campaign:
        item = _item_of(passage.doc.id, asked, said, passage.section, False, kb)
        if item is None:
            return None
        # of an item cut in pieces, the piece the search found saying what is asked
        pieces = (h for h in found if (h.passage.doc.id, h.passage.section) == item.key)
        piece = next(pieces, None)
        chosen = Item(piece.passage, piece.position) if piece is not None else item
        return replace(chosen, asking=_asked_of_item(said, asked))
    if asked.letter or item_number(passage.section.split("›")[-1], roman=False) is not None:
        return None  # a law's point or clause is found by its words
    return _listed_item(passage, position, asked, kb)


def _based_on_named(kinds: str, topic: Topic | None, kb: KnowledgeBase) -> Document | None:
    """The document the last one rests on ("Căn cứ"), held, of a kind the message names
    (`kinds`, its folded words with kinds spelled out) other than the last one's."""
    last = kb.document(topic.doc_id) if topic is not None else None
    if last is None:
        return None
    for basis in last.based_on:
        based = currency.named_document(basis, kb)
        kind = fold(based.kind) if based is not None else ""
        if based is not None and kind != fold(last.kind) and f" {kind} " in kinds:
            return based
    return None


def _asked_of_item(said: str, asked: ItemAsked) -> str:
    """What a message naming an item asks of it, said after the item ("mục 2 nhắc chỉ số
    nào": "nhac chi so nao"), when it is more than asking what the item is ("là gì")."""
    _, named, rest = f" {said} ".partition(f" {asked.words} ")
    content = _ASKING_PHRASES.sub(" ", _SAYING.sub(" ", f" {rest} ")).split()
    return rest.strip() if named and content else ""


# Words only asking what an item says: "nói về gì", "có nội dung gì", "quy định gì"
_SAYING = re.compile(r"(?<= )(?:noi|ve|de cap|co|noi dung|quy dinh|la|a|thi|sao|vay)(?= )")


def _listed_item(
    passage: Passage, position: int, asked: ItemAsked, kb: KnowledgeBase
) -> Item | None:
    """The line of the list inside the passage that the message counts to, or inside
    another piece of the same section when the passage is cut in pieces ("(5) …" in the
    second piece of a decree's article)."""
    pieces = [(position, passage)] + [
        (p, other)
        for p, other in document_passages(passage.doc.id, kb)
        if other.section == passage.section and p != position and other.kind == passage.kind
    ]
    for at, piece in pieces:
        line = _listed_line(piece.text, asked)
        if line is not None:
            return Item(piece, at, line)
    return None


def names_a_document(text: str, kb: KnowledgeBase) -> bool:
    """Whether the message names a document: by its kind ("chỉ thị", "cv"), its number, its
    place or year (not an audience: "còn cá nhân thì tiêu chí đầu tiên" names none)."""
    padded = f" {kinds_spelled(text)} "
    return (
        any(f" {kind} " in padded for kind in DOCUMENT_KINDS)
        or currency.named_document(text, kb) is not None
        or not {"place", "year"}.isdisjoint(_entities(_words(text), kb))
    )


def _item_of(
    doc_id: str, asked: ItemAsked, said: str, section: str, within: bool, kb: KnowledgeBase
) -> Item | None:
    """Item `asked` of the document's numbered items: of the list under the heading sharing
    most words with the message, else under the heading of `section` (the only one when
    `within`), else the first."""
    # the item's noun ("tiêu chí thứ nhất") may name its heading ("II. Tiêu chí thi đua")
    naming = set(said.split()) - set(asked.words.split())
    shown_part = section.split("›")[0].strip()
    lists: dict[str, dict[int, tuple[int, Passage]]] = {}
    for position, passage in document_passages(doc_id, kb):
        *above, own = (p.strip() for p in passage.section.split("›"))
        number = item_number(own, roman=False)
        if number is not None:
            items = lists.setdefault(above[0] if above else "", {})
            items.setdefault(number, (position, passage))
    heads = [h for h, items in lists.items() if asked.number == LAST or asked.number in items]
    if within:
        heads = [h for h in heads if h == shown_part]
    if not heads:
        return None
    head = min(
        heads,
        key=lambda h: (-len(naming & set(_words(h).split())), h != shown_part, heads.index(h)),
    )
    items = lists[head]
    position, passage = items[max(items) if asked.number == LAST else asked.number]
    return Item(passage, position)


# Names quoted after a count of what they name: "4 phong trào thi đua … phát động: “A”, “B” …"
_QUOTED = re.compile(r"“([^”]+)”")
NAMED_AFTER = 200  # the list opens this near the count (characters)


def quoted_named(text: str, passage: Passage) -> str | None:
    """A name the passage puts in quotes that the message says ("cái đó nói mục tiêu kép là
    thế nào" of a passage saying “mục tiêu kép”): what the message asks about in it."""
    said = f" {_words(text)} "
    for found in _QUOTED.finditer(passage.text):
        name = found.group(1).replace("*", "")
        folded = _words(name)
        if len(folded.split()) >= 2 and f" {folded} " in said:
            return name
    return None


def _named_in_count(text: str, asked: ItemAsked) -> str | None:
    """The quoted name the message counts to ("phong trào thứ 4") in a passage that counts
    what the message names and quotes their names after the count ("trọng tâm là 4 phong trào
    thi đua …: “…”, “…”")."""
    if asked.noun in ("", "muc", "cai", "y", "khoan", "diem"):
        return None
    counted = re.search(rf"\b\d+ {asked.noun}\b", fold(text).lower())
    if counted is None:
        return None
    names = _QUOTED.findall(text, counted.end())
    if len(names) < 2 or _QUOTED.search(text, counted.end(), counted.end() + NAMED_AFTER) is None:
        return None
    if asked.number == LAST or asked.number <= len(names):
        return f"“{names[-1 if asked.number == LAST else asked.number - 1]}”"
    return None


def _listed_line(text: str, asked: ItemAsked) -> str | None:
    """The line of the passage's list that the message counts to: a point ("a) …") unless a
    clause is asked ("khoản 2"), else a clause ("2. …")."""
    text = CONTINUED.sub("", text)  # "(Điều 4. …, tiếp theo)" names its article, no item
    kinds = [_NUMBERED] if asked.noun == "khoan" else [_LETTERED, _NUMBERED]
    if asked.noun == "diem":  # "điểm b" a law's point, "điểm 7" a numbered item
        kinds = [_LETTERED] if asked.letter else [_NUMBERED]
    for kind in kinds:
        runs: list[list[re.Match[str]]] = []  # a list starts again at "a)", "1." further on
        for m in kind.finditer(text):
            if m.group(1) in ("a", "1") or not runs:
                runs.append([])
            runs[-1].append(m)
        run = next((r for r in runs if len(r) >= 2), [])
        label = (
            str(asked.number)
            if kind is _NUMBERED
            else POINT_LETTERS[asked.number - 1 : asked.number]
        )
        found = run[-1:] if asked.number == LAST else [m for m in run if m.group(1) == label]
        if not found:
            continue
        start = found[0].start()
        ends = [m.start() for k in (_LETTERED, _NUMBERED) for m in k.finditer(text, start + 1)]
        return text[start : min(ends, default=len(text))].split("\n", 1)[0].strip()
    return None


def document_passages(doc_id: str, kb: KnowledgeBase) -> list[tuple[int, Passage]]:
    """One document's passages with their positions, found once per document."""

    def find() -> list[tuple[int, Passage]]:
        return [(i, p) for i, p in enumerate(kb.passages) if p.doc.id == doc_id]

    return list(kb.derived(("passages of", doc_id), find))


# "giờ ra sao", "bây giờ thuộc đâu", "hiện nay": the present asked about ("8 giờ" is a time,
# "đến bao giờ" asks when); one reading with the notes that send elsewhere
_NOW = asked_facts.NOW


# "bộ nào thay bộ tài nguyên", "sáp nhập vào đâu", "bộ nn và mt bắt đầu hoạt động từ bao giờ":
# what a body became, or since when it is, which is now too
_BECAME = re.compile(
    r"\b(thay the|thay|sap nhap|hop nhat|nay la|nay thuoc|bat dau hoat dong"
    r"|hoat dong tu (ngay|khi|bao gio))\b"
)


def asks_now(text: str, doc: Document | None) -> bool:
    """Whether the question asks how things are now, which the document just discussed
    cannot tell: an ended campaign's, or any but the note on the restructuring when the
    question names a body by its level ("phòng tnmt huyện giờ ra sao")."""
    said = _words(text)
    if doc is None or doc.category == "reference" or not _NOW.search(said):
        return doc is not None and doc.is_campaign and bool(_BECAME.search(said))
    return doc.is_campaign or _level(said) is not None


# A body named by its noun at the head of a question: "phòng tnmt các huyện …"
_BODY_FIRST = re.compile(
    rf"^(?:(?:cac|nhung|may) )?(?:{'|'.join(sorted(BODY_NOUNS, key=len, reverse=True))}) "
    r"(?!trao\b|chong\b|ngua\b)"
)


def body_now(text: str, doc: Document | None) -> bool:
    """Whether a question asks what a body it names itself is now, pointing at the ended
    campaign's document only to say which ("phòng tnmt các huyện được gửi văn bản đó giờ còn
    không"): the body's present is asked, which that document cannot tell."""
    said = _words(text)
    return (
        doc is not None
        and doc.is_campaign
        and bool(_NOW.search(said))
        and bool(_BODY_FIRST.search(said))
        and body_pointed_words(said) is None
        and _body_led(f" {said} ") is None  # "phòng huyện giờ?": the body just shown
        and _ISSUED_POINTED.search(f" {said} ") is None  # "sở ban hành kh đó": its issuer
    )


# (not "áp dụng từ ngày nào": the day something starts, which the text states, not its date)
_DATE_ASKED = re.compile(
    r"(?<!\btu )\b(ngay|hom) (nao|bao nhieu|may)\b|\b(khi nao|bao gio) (ban hanh|thong qua)\b"
    r"|\b(ban hanh|thong qua) (khi nao|bao gio|luc nao|hoi nao)\b"
)


def asks_date(text: str) -> bool:
    """Whether the question asks on which day ("ngày nào", "ký ngày bao nhiêu")."""
    return bool(_DATE_ASKED.search(_words(text)))


def points_back(text: str) -> bool:
    """Whether the message itself says it follows up ("còn …", "văn bản đó"); a short
    question that merely names nothing is only a guess, to be weighed against itself."""
    said = _words(text)
    padded = f" {said} "
    return (
        _follow_up_rest(said) is not None
        or _document_reference(padded) is not None
        or _described_pointer(padded) is not None
        or _title_reference(padded) is not None
        or _LEVEL_POINTED.search(padded) is not None
        or _issuer_reference(text, padded) is not None
    )


def _document_reference(padded: str) -> str | None:
    """The words pointing back to the last document ("văn bản đó", "nó", "nghị định thay
    thế đó") in space-padded folded words, if any."""
    reference = next(
        (r for r in REFERENCES if f" {r} " in padded and not _place_pointed(padded, r)), None
    )
    described = _DESCRIBED_REFERENCE.search(padded) if reference is None else None
    return described.group(0).strip() if described is not None else reference


def points_to_title(text: str) -> bool:
    """Whether the message points back to the title or titles just discussed ("danh hiệu
    này", "nó")."""
    return _title_reference(f" {_words(text)} ") is not None


def _place_pointed(padded: str, reference: str) -> bool:
    """Whether words pointing without a noun follow a province's name: "tỉnh Kon Tum ở
    trên" is the province named above, not the document."""
    if reference not in PLACE_POINTERS:
        return False
    before = padded.split(f" {reference} ", 1)[0]
    return any(f"{before} ".endswith(f" {p} ") for p in _PROVINCES)


# "văn bản quy định thẩm quyền cấp xã vừa rồi", "công văn phát động thi đua nêu trên": a
# document described by what it is about, then pointed back to; the description names it.
_DESCRIBED_POINTED = re.compile(
    rf" (?:van ban|{'|'.join(DOCUMENT_KINDS)})(?: \w+){{2,8}}? ((?:{'|'.join(PLACE_POINTERS)}"
    r"|vua roi|vua neu|vua noi)) "
)


def _described_pointer(padded: str) -> str | None:
    """The pointer after a document described by its words, which only says it was read
    (left out: the description is what names it), if any."""
    found = _DESCRIBED_POINTED.search(padded)
    return found.group(1) if found is not None else None


def _title_reference(padded: str) -> str | None:
    """The words pointing back to the title or titles just discussed ("danh hiệu này", "cả
    hai"); not a count or "mỗi" before a title named right after ("đạt 2 danh hiệu chiến sĩ
    thi đua cơ sở liên tục", "mỗi danh hiệu lao động tiên tiến"): that title is asked of."""
    for reference in TITLE_REFERENCES:
        if f" {reference} " not in padded:
            continue
        after = padded.split(f" {reference} ", 1)[1].strip()
        found = named_title(after, _catalogue())
        if found is None or not f"{after} ".startswith(f"{found[2]} "):
            return reference
    return None


def _audience_reference(padded: str, title: str) -> str | None:
    """ "tập thể đó", "cá nhân này" pointing back to the title just discussed, when it is
    one for that audience ("tập thể đó thưởng bao nhiêu" after "tập thể lao động tiên tiến")."""
    found = named_title(title, _catalogue())
    audience = found[0].audience if found else None
    return next(
        (
            f"{said} {p}"
            for said, meant in AUDIENCE_OF.items()
            for p in POINTERS
            if meant == audience and f" {said} {p} " in padded
        ),
        None,
    )


_LEVEL_POINTED = re.compile(
    rf" (danh hieu (?:(?:{'|'.join(LEVEL_JOINERS)}) )?({'|'.join(TITLE_LEVELS)})"
    rf" (?:{'|'.join(POINTERS)})) "
)


def _level_reference(padded: str, title: str) -> str | None:
    """ "danh hiệu cấp tỉnh vừa rồi", "danh hiệu toàn quốc đó" pointing back to the title just
    discussed by its level, when its name ends with that level."""
    found = _LEVEL_POINTED.search(padded)
    return found.group(1) if found and f" {title}".endswith(f" {found.group(2)}") else None


def _issuer_reference(text: str, padded: str) -> str | None:
    """The words pointing back to the last document's issuer ("sở đó", "bộ này"); "so do"
    typed with its marks as "số đó" is a number, not a Sở, and in "hồ sơ đó" a file."""
    number = " số " in f" {_PUNCTUATION.sub(' ', text.lower())} "
    issued = _ISSUED_POINTED.search(padded)  # "sở ban hành kế hoạch đó"
    return (
        issued.group(1)
        if issued
        else next(
            (
                r
                for r in ISSUER_REFERENCES
                if f" {r} " in padded
                and not (r.startswith("so ") and (number or f" ho {r} " in padded))
            ),
            None,
        )
    )


# "sở ban hành kế hoạch đó", "cơ quan đã ký văn bản này": the body that issued the last
# document, named by what it did to it.
_ISSUED_POINTED = re.compile(
    r" ((?:co quan|so|bo|ubnd|uy ban|don vi|noi) (?:da )?(?:ban hanh|ra|ky|phat hanh)"
    rf" ({'|'.join(REFERRED)}) (?:{'|'.join(POINTERS)})) "
)


def asked_instead(text: str) -> str | None:
    """What a "còn …" follow-up asks about instead ("còn thôn văn hóa": "thon van hoa")."""
    return _follow_up_rest(_words(text))


def asks_for_another(text: str) -> bool:
    """Whether the message asks about something else than the last answer ("còn …",
    "thế còn …"): another audience, place or year."""
    return _follow_up_rest(_words(text)) is not None


@lru_cache(maxsize=RECENT_TEXTS)  # (a message's words are asked this of several times)
def _follow_up_rest(said: str) -> str | None:
    """What a "còn X" follow-up asks about instead ("còn tập thể": "tap the"), also when it
    only ends as one: "lãnh đạo đơn vị thì sao", "thế trong quân đội thì sao" (at most
    ASKED_ABOUT words); None for a message of its own. Polite words before the marker
    ("dạ, còn Chỉ thị 14 thì sao ạ", "vâng, thế còn tập thể") are left out."""
    said = _without_polite_opening(said)
    marker = next((m for m in FOLLOW_UP if said == m or said.startswith(m + " ")), None)
    if marker == "con" and IN_FORCE.match(said):
        return None  # "còn dùng được không": whether the last one still holds
    if marker is not None:
        named = _strip_trailing(said[len(marker) :].strip())
        # ("còn công văn của sở triển khai nó thì ai ký" asks of its own: "nó" is the directive)
        return named if is_question(named) else " ".join(_RELATING.sub(" ", f" {named} ").split())
    also = _also_asked(said)
    if also is not None:  # "toàn quốc nữa ạ", "giám đốc sở nữa": as "còn toàn quốc"
        return also
    first, _, named = said.partition(" ")
    if first in LEADING and _bare_name(_strip_trailing(named)):  # "thế Kon Tum?", "vậy tập thể"
        return _strip_trailing(named)
    if _only_a_name(_strip_trailing(said)) or _head_and_level(_strip_trailing(said)):
        # "ở xã?", "sóc trăng?", "tập thể?", "cờ của tỉnh?": the slot alone
        return _strip_trailing(said)
    tail = next((t for t in ASKING_TAILS if said.endswith(f" {t}")), None)
    if tail is None:
        return None
    # "cv của sở triển khai nó thì sao": the letter, whose tie to the last document the
    # clause only describes
    rest = _RELATING.sub(" ", f" {said[: -len(tail)]} ").split()
    if rest and rest[0] in LEADING:
        rest = rest[1:]
    return " ".join(rest) if 0 < _named_length(rest) <= ASKED_ABOUT else None


# "triển khai nó", "để thực hiện chỉ thị đó": how a document named in a follow-up relates to
# the one just read (the letter carrying out the directive), not something asked of it
_RELATING = re.compile(
    r" (?:de |ma )?(?:trien khai|thuc hien|cu the hoa|huong dan)(?: theo)?"
    r" (?:no|(?:cai|van ban|chi thi|ke hoach|cong van|nghi dinh|luat) (?:do|nay|ay|tren))(?= )"
)
# Negations, folded: before "nữa" they make it "anymore" ("đừng", "dừng", "không", "chẳng",
# "ngừng", "khỏi"); "dung" of "nội dung" is none.
NO_LONGER = frozenset(("dung", "khong", "ko", "k", "kg", "khg", "hok", "chang", "ngung", "khoi"))


def _also_asked(said: str) -> str | None:
    """What a short message ending in "nữa" names as asked too ("toàn quốc nữa ạ", "thế
    cờ của tỉnh nữa"): the same question of it, as "còn X" asks; None when the words before
    "nữa" ask something of their own ("còn gì nữa không", "ai nữa")."""
    words = said.split()
    while len(words) > 1 and words[-1] in POLITE_ENDS:
        words.pop()
    if len(words) < 2 or words[-1] != "nua":
        return None
    rest = words[:-1]
    if rest[0] in LEADING:
        rest = rest[1:]
    named = " ".join(rest)
    if all(w in _PARTICLES for w in rest):  # "ạ nữa", "nữa nữa": nothing named
        return None
    if is_question(named) or not 0 < _named_length(rest) <= ASKED_ABOUT:
        return None
    before = ["", *rest[:-1]]
    if any(w in NO_LONGER and (b, w) != ("noi", "dung") for b, w in zip(before, rest, strict=True)):
        return None  # "đừng nhắc em nữa", "không cần nữa": "nữa" after a negation is "anymore"
    return named


# Words that only answer or thank before a follow-up: "dạ, còn …", "vâng ạ, thế còn …",
# "ok cảm ơn, còn …".
POLITE_OPENING = re.compile(
    r"^(?:(?:da|vang|u|uh|um|ok|oke|okay|a|thua tro ly|tro ly oi|bot oi|ad oi"
    r"|(?:em |toi |minh )?cam on(?: tro ly| ban| ad| anh| chi)?) )+(?=(?:the |vay )?con )"
)


def _without_polite_opening(said: str) -> str:
    """Folded words without the polite words opening a "còn …" follow-up."""
    return POLITE_OPENING.sub("", said, count=1)


ASPECTS_FILE = Path(__file__).with_name("aspects.yaml")


def carried_aspect(rest: str, query: str) -> str | None:
    """What the last question asked of its subject (its form's number, bonus, theme, signer…,
    handlers/aspects.yaml), for a follow-up that names another subject and asks nothing of its
    own; None when it asks something itself or the last question asked none of them."""
    if is_question(rest):
        return None
    aspects = _aspects()
    if any(asked.search(rest) for asked, _ in aspects):
        return None
    last = words(query)
    return next((carried for asked, carried in aspects if asked.search(last)), None)


def _audience_of_article(rest: str, topic: Topic, kb: KnowledgeBase) -> str | None:
    """After an answer on a title, "còn bộ đội", "thế công an thì sao" names whom else its
    article may grant it, in its words or in words of a group of knowledge/synonyms.yaml
    ("bộ đội": "quân nhân"): the title asked of them, and what the last question asked of
    it (its bonus) if it asked that; None when the follow-up names a title or a level, or
    people the article shown does not grant it to."""
    title = conversation_title(topic, kb)
    said = _strip_trailing(rest)
    again = shown(topic, kb)
    if title is None or again is None or not said or is_question(said):
        return None
    if said in LEVELS or named_title(said, _catalogue()) is not None:
        return None
    # ("bộ" of "bộ đội" is read as a ministry's: the people are said whole, no place alone)
    tokens = said.split()
    phrases = [tokens]
    for found in _audience_synonyms().find(tokens, False):
        if (found.start, found.end) == (0, len(tokens)):
            phrases += [list(other) for other in found.others]
    # whom the article grants it to: what its lines say after "tặng cho" ("… để tặng cho
    # quân nhân, công nhân …"), not any words of it ("còn mức trên 50%")
    granted = [f" {w[w.index(' tang cho ') :]} " for w in _lines_words(again[0].text)]
    said_of = any(f" {' '.join(p)} " in line for p in phrases for line in granted)
    if not said_of or not _article_of(again[0], title):
        return None
    aspect = carried_aspect(said, topic.query)
    return " ".join(filter(None, (said, title, aspect)))


def _lines_words(text: str) -> list[str]:
    """The folded words of each line saying whom something is granted to ("tặng cho")."""
    lines = (f" {_words(line)} " for line in text.splitlines())
    return [line for line in lines if " tang cho " in line]


@cache
def _audience_synonyms() -> Synonyms:
    return Synonyms.from_file(lambda text: folded_words(text).split())


def _article_of(passage: Passage, title: str) -> bool:
    """Whether a passage is the article of the title named so (folded)."""
    named = named_title(title, _catalogue())
    return named is not None and passage.section.startswith(f"{named[0].article}.")


def _titled_aspect(rest: str, topic: Topic) -> str | None:
    """What the last question asked of titles in general (`carried_aspect`: "hồ sơ đề nghị
    xét tặng danh hiệu thi đua gồm gì"), for a follow-up naming one title: that title's."""
    catalogue = _catalogue()
    if named_title(rest, catalogue) is None or named_title(words(topic.query), catalogue):
        return None
    return carried_aspect(rest, topic.query)


def _aspect_kept(rest: str, topic: Topic, kb: KnowledgeBase) -> str | None:
    """The last question's aspect (`carried_aspect`) when the follow-up's subject is a
    sibling of the last one: of a place or document of its own ("còn kon tum theo ct14"
    after a theme), or said whole by the passage just shown ("báo cáo thành tích" by the
    dossier listing the report by the "tờ trình"); not a subject of the last document the
    answer did not speak of ("còn hình ảnh người cán bộ ngành" after the plan's theme)."""
    aspect = carried_aspect(rest, topic.query)
    if aspect is None or _names_elsewhere(rest, kb):
        return aspect
    again = shown(topic, kb)
    said = f" {_words(again[0].text)} " if again else ""
    own = _own_words(rest, kb)
    return aspect if own and all(f" {w} " in said for w in own) else None


def _names_document(rest: str, doc: Document) -> bool:
    """Whether a follow-up names a document by its number other than the last one ("còn
    chỉ thị 14", "còn nđ 28/2024" after the decree replacing it); a year alone names none
    ("còn luật 2003": the law of that year, which the last one may have replaced)."""
    for named in _DOCUMENT_NAMED.finditer(kinds_spelled(rest)):
        number = re.search(r"\d[\w/&-]*", named.group(0))
        if number is None or (number.group(0).isdigit() and int(number.group(0)) in YEARS):
            continue
        if f" {_words(named.group(0))} " not in f" {_words(doc.title)} ":
            return True
    return False


def _names_elsewhere(rest: str, kb: KnowledgeBase) -> bool:
    """Whether a follow-up names a place or a document by its number of its own."""
    place = _entities(rest, kb).get("place")  # ("cán bộ" names no ministry)
    return place not in (None, "bo") or bool(_DOCUMENT_NAMED.search(kinds_spelled(rest)))


@cache
def _aspects() -> tuple[tuple[re.Pattern[str], str], ...]:
    data = yaml.safe_load(ASPECTS_FILE.read_text(encoding="utf-8"))
    return tuple((re.compile(str(a["asked"])), str(a["carried"])) for a in data)


def _named_length(said: list[str]) -> int:
    """How many things the words name, a title's name counted as one: "tập thể lao động xuất
    sắc thì sao" names one title, as "tập thể thì sao" names one audience."""
    found = named_title(" ".join(said), _catalogue())
    return len(said) - (len(found[2].split()) - 1 if found else 0)


@cache
def _catalogue() -> tuple[Title, ...]:
    """The titles of the catalogue (knowledge/titles.yaml), read once."""
    return tuple(load_titles().values())


def _bare_name(words: str) -> bool:
    """Whether the words after "thế" or "vậy" only name something (a place, an audience, a
    level), as "còn …" would: no question of their own, no particle ("thế à", "vậy thôi")."""
    said = words.split()
    return (
        0 < len(said) <= ASKED_ABOUT
        and not is_question(words)
        and not any(w in _PARTICLES for w in said)
        and _names_something(words)  # not "vậy đăng ký thi đua": a request
    )


def _only_a_name(words: str) -> bool:
    """Whether folded words are only a place, a level, an audience or a year, with words
    joining them ("ở xã", "sóc trăng", "cá nhân", "năm 2021"): a slot of the last question
    typed alone. Not "bộ đó giờ" (a pointer, a word of its own)."""
    if not _bare_name(words):
        return False
    padded = f" {_bodies_spelled(words)} "
    for name in (*_PROVINCES, *AUDIENCES, *LEVELS, *_BODIES):
        padded = padded.replace(f" {name} ", " ")
    return all(w in JOINING or w.isdigit() for w in padded.split())


def title_alone(text: str, topic: Topic, kb: KnowledgeBase) -> str | None:
    """The last question about a title asked of another title a message only names
    ("chiến sĩ thi đua toàn quốc?" after "cờ thi đua của chính phủ thưởng bao nhiêu"), or
    None when the message says more or the last question named no title."""
    said = _strip_trailing(_words(text))
    if named_title(said, _catalogue()) is None:
        return None
    return _other_title(said, fold(topic.query), kb)


def _head_and_level(words: str) -> bool:
    """Whether folded words are only a title's head and a level ("cờ của tỉnh", "cờ chính
    phủ", "chiến sĩ thi đua cấp bộ"): the title of the last question at another level."""
    padded = f" {words} "
    head = next((h for h in _title_heads() if padded.startswith(f" {h} ")), None)
    if head is None or is_question(words):
        return False
    said = [w for w in padded[len(head) + 1 :].split() if w not in LEVEL_JOINERS]
    # ("cờ bộ, tỉnh": the level the law names "bộ, ban, ngành, tỉnh", by some of its words)
    return " ".join(said) in TITLE_LEVELS or (bool(said) and set(said) <= MINISTRY_OR_PROVINCE)


# The level of "Cờ thi đua của bộ, ban, ngành, tỉnh", "chiến sĩ thi đua bộ, ban, ngành, tỉnh"
MINISTRY_OR_PROVINCE = frozenset(("bo", "ban", "nganh", "tinh"))


# Words that, with a title, ask the same of it as was just asked of another ("còn cờ thi đua
# của chính phủ thì được bao nhiêu", "… thì sao"): no aspect of their own.
SAME_ASKED = frozenset("danh hieu duoc bao nhieu may sao the nao".split())


def _title_only(words: str, name: str) -> bool:
    """Whether folded words only name a title (by the name it was found by), with words
    joining it ("danh hiệu chiến sĩ thi đua toàn quốc", "còn với cstđcs")."""
    rest = f" {words} ".replace(f" {name} ", " ", 1).split()
    return all(w in JOINING or w in _PARTICLES or w in SAME_ASKED for w in rest)


@cache
def _title_heads() -> tuple[str, ...]:
    """How a title named with its level starts without it ("cờ thi đua", "cờ", "chiến sĩ
    thi đua", "cstđ"): its head, which a follow-up changing only the level repeats ("cờ của
    tỉnh?", "chiến sĩ thi đua toàn quốc?"), longest first."""
    heads: set[str] = set()
    for title in _catalogue():
        for name in (title.name, *title.aliases):
            said = words(name)
            level = next((lv for lv in TITLE_LEVELS if said.endswith(f" {lv}")), None)
            if level is None:
                continue
            stem = said[: -len(level)].strip()
            stem = next(
                (stem[: -len(j) - 1] for j in LEVEL_JOINERS if stem.endswith(f" {j}")), stem
            )
            heads.update((stem, stem.split()[0]))
    return tuple(sorted(heads, key=len, reverse=True))


def _names_something(words: str) -> bool:
    """Whether folded words name a province, a year, an audience or a level."""
    padded = f" {words} "
    return (
        any(f" {p} " in padded for p in _PROVINCES)
        or bool(named_years(words))
        or any(f" {a} " in padded for a in AUDIENCES)
        or _level(words) is not None
    )


_PROVINCES = tuple(fold(p) for p in provinces())


def names_document(text: str) -> bool:
    """Whether the message points back to the last document ("văn bản đó", "nó")."""
    return _document_reference(f" {_words(text)} ") is not None


def _substitute(rest: str, query: str, kb: KnowledgeBase) -> str | None:
    """The last question with the follow-up's place, year or audience in place of its own."""
    query = without_clause_marks(query)  # "… sóc trăng, tiêu chí …": the place is replaced
    retitled = _other_title(rest, query, kb)
    if retitled is not None:
        return retitled
    new = _entities(rest, kb)
    if not new:
        level = _level(rest)
        old_level = _level_at(query)
        if level is None:
            return None
        level = LEVEL_NAMES.get(level, level)  # "còn ở xã": the level, not a commune's name
        if old_level is None:
            return f"{query} {level}"
        # the level named last ("… ở sở … cơ sở": the Sở, not the title's "cơ sở")
        start, named = old_level
        padded = f" {query} "
        return f"{padded[:start]} {level} {padded[start + len(named) + 2 :]}".strip()
    if "title" in new:
        query = words(query)  # the title's name as matched: "cờ thi đua của bộ, tỉnh"
    old = _entities(query, kb)
    body = _body_of(rest, new.get("place"))
    if body and old.get("place") == new["place"]:
        # "thế còn sở tnmt sóc trăng" after "sóc trăng giờ thuộc đâu": the same place, and
        # now a body of it, asked about in its place.
        return f" {query} ".replace(f" {old['place']} ", f" {body} ", 1).strip()
    # "ubnd kon tum?" after the ministry's letter: the province's People's Committee
    named_body = next((b for b in _BODIES if f" {b} " in f" {rest} "), None)
    if "place" in new and "place" not in old and new["place"] != "bo":
        # "ở sóc trăng?" after "tiêu chí … trong cv btnmt": a province's document, which
        # need not be of the last one's kind (Sóc Trăng's is a plan), nor the ministry's
        # (its body named, a document still: "ubnd kon tum?" asks no count of campaigns)
        query = _MINISTRY.sub(" ", query if named_body else _without_bare_kinds(query))
        query = " ".join(query.split())
    elif "place" in new and old.get("place") not in (None, new["place"]):
        # "còn năm 2021 theo bộ" after "… theo kh sóc trăng": the ministry's document is
        # no plan
        query = " ".join(_without_bare_kinds(query).split())
    for kind, value in new.items():
        # (a document of its own named, "còn ubnd kon tum theo chỉ thị 14", picks it)
        cited = _DOCUMENT_NAMED.search(kinds_spelled(rest))
        if kind == "place" and named_body and named_body not in query and not cited:
            value = f"{named_body} {value}" if value != "bo" else named_body
            if not named_body.startswith(SECTORAL):  # the province's committee: no sector
                query = " ".join(_SECTOR.sub(" ", query).split())
        elif kind == "place" and value == "bo":
            value = _ministry(kb) or value  # "còn năm 2021 theo bộ": the ministry's letter
        if kind in old:
            query = f" {query} ".replace(f" {old[kind]} ", f" {value} ").strip()
        else:
            query = f"{query} {value}"
    if "place" in new and "year" in old and "year" not in new and new["place"] != "bo":
        # "còn kon tum thì sao" after Sóc Trăng's 2022 plan: without a Kon Tum document of
        # 2022, the place is what the person asks about, not the year
        place = new["place"]
        if not any(
            d.year == int(old["year"]) and place in fold(f"{d.place} {d.issuer}")
            for d in kb.campaigns()
        ):
            for said in (f"nam {old['year']}", old["year"]):
                query = f" {query} ".replace(f" {said} ", " ").strip()
    if "year" in new and "place" in old and "place" not in new:
        # "còn năm 2021?" after a 2022 plan of Sóc Trăng: without a Sóc Trăng document of
        # 2021, the year is what the person asks about, not the place.
        year = int(new["year"])
        same_place = [d for d in kb.campaigns() if old["place"] in fold(f"{d.place} {d.issuer}")]
        if not any(d.period_start <= year <= d.period_end for d in same_place):
            query = f" {query} ".replace(f" {old['place']} ", " ").strip()
    return query


# A kind of document as typed short ("cv", "kh") or as a phrase no other words make ("công
# văn"; "chỉ thị" is also in "tiêu chí thi đua"), with no number after it.
_BARE_KIND = re.compile(r"\b(?:cong van|van ban|[a-z]{2})\b(?! (?:so )?\d)(?!\d)")


# A ministry as a question names it ("btnmt", "bộ tnmt"): its sector's words stay ("tnmt").
_MINISTRY = re.compile(r"\bbtnmt\b|\bbo (?=tnmt|tn&mt|tn mt|tai nguyen)")


def _without_bare_kinds(query: str) -> str:
    """Folded words without the document kinds they name with no number ("cv btnmt"):
    "ct 14" still names its document."""
    kinds = (*KIND_LETTERS, *_KINDS, "cong van", "van ban")
    return " ".join(
        _BARE_KIND.sub(lambda m: " " if m.group(0) in kinds else m.group(0), query).split()
    )


# What names the body that issued a document, and the document, in a question: "ubnd tỉnh",
# "sở tnmt", "chỉ thị 14", "ct14" ("cơ sở" is no Sở, "số 14" a number).
_ISSUING = re.compile(
    r"\b(?:uy ban nhan dan|ubnd|(?<!co )so|bo|cap tinh|cap huyen|cap xa|tinh|huyen|xa|phuong"
    r"|tai nguyen va moi truong|tai nguyen moi truong|tnmt|tn&mt|tn mt|stnmt|btnmt|ptnmt)\b"
)
SECTORAL = ("so", "bo", "phong")  # bodies of a sector, unlike "tỉnh" or "xã"
_SECTOR = re.compile(r"\b(tai nguyen|tnmt|tn&mt|tn mt|stnmt|btnmt|ptnmt)\b")
# "chỉ thị 14 gốc", "văn bản gốc": the document a letter carries out, named as any other.
_ORIGINAL = re.compile(rf"\b((?:{'|'.join(DOCUMENT_KINDS)}|van ban)(?: so)?(?: \d[\w/&-]*)?) goc\b")
_DOCUMENT_NAMED = re.compile(
    rf"\b(?:{'|'.join(DOCUMENT_KINDS)})(?: so)? \d[\w/&-]*|\b(?:{'|'.join(KIND_LETTERS)})\d+\b"
)


# How the issuer of a document at a level is named ("cấp tỉnh": the province's People's
# Committee; "sở": a department).
ISSUERS_AT = {
    "tinh": ("uy ban nhan dan tinh",),
    "cap tinh": ("uy ban nhan dan tinh",),
    "so": ("so ",),
    "bo": ("bo ",),
}


_LEVEL_LEADING = re.compile(r"^(?:o )?((?:cap )?(?:tinh|bo|so)) thi ")


def _without_level_said(rest: str) -> str:
    """A follow-up's question without the level it opens with when the document it names
    says that level again by its issuer: "ở cấp tỉnh thì chỉ thị 14 của ubnd tỉnh giao cơ
    quan nào" asks what the directive assigns; "cấp tỉnh" would only match the passages
    that say "cấp tỉnh" of something else (an index "cấp tỉnh")."""
    found = _LEVEL_LEADING.match(rest)
    if found is None or not _DOCUMENT_NAMED.search(kinds_spelled(rest)):
        return rest
    question = rest[found.end() :]
    issuers = ISSUERS_AT.get(found.group(1), ())
    return question if any(f" {i.strip()} " in f" {question} " for i in issuers) else rest


def body_asked(text: str, topic: Topic | None, kb: KnowledgeBase) -> str | None:
    """The level of the body a "còn ở sở tnmt" follow-up asks about instead of the last
    question's ("so"), when it is read so (`_rebodied`)."""
    rest = _follow_up_rest(_words(text))
    if rest is None or topic is None or _rebodied(rest, _words(topic.query), kb) is None:
        return None
    return _level(rest)


def of_body(hits: list[Hit], level: str | None) -> list[Hit]:
    """The best passage of a document issued at that level first, if the best is not."""
    issuers = ISSUERS_AT.get(level or "")
    if not issuers or not hits or fold(hits[0].passage.doc.issuer).startswith(issuers):
        return hits
    first = next((h for h in hits[:WITHIN] if fold(h.passage.doc.issuer).startswith(issuers)), None)
    return hits if first is None else [first, *(h for h in hits if h is not first)]


def _rebodied(rest: str, query: str, kb: KnowledgeBase) -> str | None:
    """After a question about what one body's document says ("ct14 ubnd tỉnh … giao cơ quan
    nào làm thường trực"), "còn ở sở tnmt", "còn cấp tỉnh" or "còn công văn của sở" asks
    the same of the body (or document) it names: the last question with the old body and
    document taken out and the new one put in; None unless both name one."""
    if _level(rest) is None:
        return None
    if named_years(rest) or not (_DOCUMENT_NAMED.search(query) or _SECTOR.search(query)):
        return None  # "chủ tịch ubnd cấp huyện quyết định tặng gì": only the level changes
    said = rest.split()
    while said and (said[0] in JOINING or said[0] in ASKING):
        said = said[1:]
    while said and (said[-1] in JOINING or said[-1] in ASKING):
        said = said[:-1]
    remaining = _ISSUING.sub(" ", _DOCUMENT_NAMED.sub(" ", query))
    sector = _SECTOR.search(query)
    if sector and _level(rest) in SECTORAL and not _SECTOR.search(rest):
        said.insert(1, sector.group(1))  # "còn sở ở kon tum" after Sóc Trăng's sở tnmt
    new, old = _entities(rest, kb).get("place"), _entities(query, kb).get("place")
    if new and old:  # "còn sở tnmt sóc trăng" after Kon Tum's: the place named once
        remaining = f" {remaining} ".replace(f" {old} ", " ")
    return " ".join([*said, *remaining.split()]) if said else None


def _ministry(kb: KnowledgeBase) -> str | None:
    """The ministry a bare "bộ" means: the one whose campaign documents are held, when
    there is one (folded short name: "bo tn&mt")."""

    def find() -> str | None:
        names = {fold(d.short_issuer) for d in kb.campaigns() if d.issuer.startswith("Bộ")}
        return names.pop() if len(names) == 1 else None

    found = kb.derived("campaign ministry", find)
    return str(found) if found else None


def _body_of(rest: str, place: str | None) -> str | None:
    """The body of a place a follow-up names, from its level up to the place ("sở tnmt sóc
    trăng"), when it names one; None when it names the place alone."""
    if not place or _level(rest) is None:
        return None
    padded = f" {rest} "
    start, end = padded.rfind(f" {_level(rest)} "), padded.find(f" {place} ")
    if start < 0 or end < 0 or start >= end:
        return None
    return padded[start : end + len(place) + 1].strip()


def _another_document(rest: str, doc: Document) -> bool:
    """Whether the follow-up names a kind of document the last one is not ("kỷ luật" is
    discipline, not a law)."""
    padded = f" {rest} ".replace(" ky luat ", " ")
    kind = fold(doc.kind)
    return any(f" {k} " in padded and k != kind for k in DOCUMENT_KINDS)


def _titled_elsewhere(rest: str, doc: Document, kb: KnowledgeBase) -> bool:
    """Whether two of the follow-up's own words, side by side, are said by another
    campaign document's title and not by the last document's ("phong trào thi đua đặc
    biệt": the special campaign's letter, after another letter of the same department)."""
    own = set(_own_words(rest, kb))
    said = rest.split()
    pairs = [f" {a} {b} " for a, b in pairwise(said) if a in own and b in own]
    if not pairs:
        return False
    titles = kb.derived(
        "campaign titles' words",
        lambda: {d.id: f" {_words(d.title)} " for d in kb.documents if d.is_campaign},
    )
    last = titles.get(doc.id) or f" {_words(doc.title)} "
    return any(
        p in title and p not in last
        for other, title in titles.items()
        if other != doc.id
        for p in pairs
    )


def _own_words(rest: str, kb: KnowledgeBase) -> list[str]:
    """The follow-up's words left when what a follow-up swaps is taken out (a place, year,
    audience, title, level, kind of document or issuer, each as a whole name) and that do
    not merely ask: "văn hóa công sở" keeps "văn hóa công", "của bộ tnmt" keeps nothing."""
    padded = f" {rest} ".replace(" va ", " ")  # "tài nguyên môi trường" names it too
    title = _title_name(rest, kb)
    if title:  # "danh hiệu chiến sĩ thi đua toàn quốc": the title, by its noun too
        padded = padded.replace(f" danh hieu {title} ", " ").replace(f" {title} ", " ")
    for name in _names(kb):
        while name in padded:
            padded = padded.replace(name, " ")
    return [
        w
        for w in padded.split()
        if len(w) > 1 and not w.isdigit() and w not in ASKING and w not in JOINING
    ]


def _names(kb: KnowledgeBase) -> tuple[str, ...]:
    """Space-padded folded names of places, issuers, audiences, levels and kinds of
    document, with the abbreviations staff type for them, longest first (once per
    knowledge base)."""

    def names() -> tuple[str, ...]:
        found = {
            *_places(kb),
            *AUDIENCES,
            *LEVELS,
            *DOCUMENT_KINDS,
            *_KINDS,
            "van ban",  # "văn bản nào hướng dẫn": a document asked for, not a subject
            *_ISSUER_ABBREVIATIONS,
        }
        for doc in kb.documents:
            found |= {fold(doc.issuer), fold(doc.short_issuer)}
        spaced = {" ".join(w for w in _PUNCTUATION.sub(" ", n).split() if w != "va") for n in found}
        return tuple(f" {n} " for n in sorted(spaced, key=len, reverse=True) if n)

    return kb.derived("follow-up names", names)


def _other_title(rest: str, query: str, kb: KnowledgeBase) -> str | None:
    """After a question about one title, "còn tập thể?" or "còn cấp tỉnh?" asks about the
    title for that audience or at that level: the last question with that title's name in
    place of its own ("lao động tiên tiến" → "tập thể lao động tiên tiến", "chiến sĩ thi đua
    cơ sở" → "chiến sĩ thi đua cấp tỉnh"); None when there is no such title."""
    titles = tuple(kb.titles.values())
    said = words(query)
    old = named_title(said, titles)
    if old is None:  # "cờ thi đua cp": named as the search reads it ("… chính phủ")
        said = words(kb.spelled(query))
        old = named_title(said, titles)
    if old is None:
        return None
    title, _, name = old
    other = named_title(rest, titles)
    if other is not None:
        # "còn chiến sĩ thi đua toàn quốc?" after the flag's bonus: only another title named
        if other[0] is title or not _title_only(rest, other[2]):
            return None
        return f" {said} ".replace(f" {name} ", f" {words(other[0].name)} ", 1).strip()
    # by its full name, though it was named in shorthand ("lđtt", "cstđcs")
    canonical = words(title.name)
    padded = f" {rest} "
    audience = next((a for a in AUDIENCES if f" {a} " in padded), None)
    wanted = AUDIENCE_OF.get(audience or "")
    found: str | None = None
    if wanted and wanted != title.audience:  # the same title for the other audience
        found = next(
            (words(t.name) for t in titles if t.audience == wanted and canonical in words(t.name)),
            None,
        )
    level = next((lv for lv in TITLE_LEVELS if f" {lv} " in padded), None)
    stem = next(
        (
            _stem(said_name[: -len(lv)].strip())
            for said_name in (name, canonical)
            for lv in TITLE_LEVELS
            if said_name.endswith(f" {lv}")
        ),
        "",
    )
    if found is None and level and _head_and_level(rest) and rest.split()[0] not in stem.split():
        # "còn cờ của bộ" after a fighter's bonus: another title's head at that level
        found = _headed(rest, level, title, titles)
    if found is None and level and stem:  # the same title at another level
        # "còn cờ của chính phủ" after "cờ thi đua của tỉnh": the stem without its joiner
        base = next((stem[: -len(j) - 1] for j in LEVEL_JOINERS if stem.endswith(f" {j}")), stem)
        tried = (
            f"{stem} {level}",
            f"{base} {level}",
            *(f"{base} {j} {level}" for j in LEVEL_JOINERS),
        )
        for name_tried in tried:
            other = named_title(name_tried, titles)
            if other is not None and other[0] is not title:
                found = other[2]
                break
    if found is None:  # "còn tiên tiến?" after "tập thể lao động xuất sắc": its grade
        found = _regraded(rest, (name, canonical), title, titles)
    if found is None:
        return None
    return f" {said} ".replace(f" {name} ", f" {found} ", 1).strip()


def _headed(rest: str, level: str, title: Title, titles: tuple[Title, ...]) -> str | None:
    """The name of the other title whose head the follow-up starts with ("cờ", "cstđ"), at
    the level it names, if the catalogue has one."""
    typed = rest.split()[0]
    for head in sorted(_title_heads(), key=len):  # "cờ thi đua", not "… của chủ tịch ubnd"
        if head.split()[0] != typed:
            continue
        for tried in (f"{head} {level}", *(f"{head} {j} {level}" for j in LEVEL_JOINERS)):
            other = named_title(tried, titles)
            if other is not None and other[0] is not title and other[2] == tried:
                return tried
    return None


def _stem(name: str) -> str:
    """A title's name without the levels left closing it ("chiến sĩ thi đua cấp bộ" of
    "… cấp bộ/tỉnh", named for two levels), its joiner kept ("cờ thi đua của")."""
    while True:
        lv = next((lv for lv in TITLE_LEVELS if name.endswith(f" {lv}")), None)
        if lv is None:
            return name
        name = name[: -len(lv) - 1]


GRADE_WORDS = 2  # "tiên tiến", "xuất sắc": the words closing a title's name that grade it


def _regraded(
    rest: str, names: tuple[str, ...], title: Title, titles: tuple[Title, ...]
) -> str | None:
    """The title named as the last one with its closing words (its grade) put by the
    follow-up's ("tập thể lao động xuất sắc" with "tiên tiến": "tập thể lao động tiên
    tiến"), when that is another title of the catalogue."""
    if len(rest.split()) != GRADE_WORDS:
        return None
    for said_name in names:
        kept = said_name.split()[:-GRADE_WORDS]
        tried = " ".join((*kept, rest))
        other = named_title(tried, titles) if kept else None
        if other is not None and other[0] is not title and other[2] == tried:
            return tried
    return None


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
    if " bo " in padded or padded.startswith(" bo "):
        found.setdefault("place", "bo")
    return found


def _level(folded: str) -> str | None:
    """The level of government a folded text names last ("ở sở": "so"), if any."""
    found = _level_at(folded)
    return found[1] if found else None


def _level_at(folded: str) -> tuple[int, str] | None:
    """Where in the space-padded text the level named last starts, and which it is; the
    "sở" of "cơ sở" is no Sở."""
    padded = f" {folded} ".replace(" co so ", " co s_ ")  # (as long: places stay)
    # (where it ends, its length): "cấp xã" rather than the "xã" that ends with it
    found = [
        (padded.rfind(f" {level} ") + len(level), len(level), level)
        for level in LEVELS
        if f" {level} " in padded
    ]
    if not found:
        return None
    end, length, level = max(found)
    return end - length, level


def _places(kb: KnowledgeBase) -> tuple[str, ...]:
    """Folded place names to look for, longest first (once per knowledge base: hashing
    thousands of documents at every question is what a cache keyed on them would cost)."""

    def places() -> tuple[str, ...]:
        names = {fold(p) for p in (*{d.place for d in kb.documents}, *provinces())}
        return tuple(sorted(names, key=len, reverse=True))

    return kb.derived("place names", places)


def conversation_title(topic: Topic, kb: KnowledgeBase) -> str | None:
    """The title the last question named, else the one its answer was about ("tập thể lđ
    xuất sắc cần gì" named it in shorthand the catalogue does not hold)."""
    title = _title_name(topic.query, kb)
    if title is None and topic.named is not None and topic.named.noun == "danh hieu":
        return _title_name(topic.named.value, kb)
    return title


def _title_name(text: str, kb: KnowledgeBase) -> str | None:
    """The folded name by which the text names a title, if it does."""
    named = named_title(words(text), tuple(kb.titles.values()))
    return named[2] if named else None


def _province(issuer: str, doc: Document) -> str:
    """ "tỉnh đó" pointing at the province whose body issued the last document ("tinh soc
    trang"); "" for another pointer, or a document of no province's body."""
    province = f"tinh {fold(doc.place)}"
    return province if issuer.startswith("tinh ") and province in fold(doc.issuer) else ""


def _named_issuer(topic: Topic, kb: KnowledgeBase) -> str:
    """The issuer of the document the last answer named, as the passage just shown cites it
    ("8240/BTNMT-TĐKTTT ngày 31/12/2021 của Bộ Tài nguyên và Môi trường"): "cơ quan đó" after
    "công văn đó của cơ quan nào" is that body, not the one whose plan cites the letter."""
    named = topic.named
    again = shown(topic, kb)
    if named is None or not named.is_document or again is None:
        return ""
    cited = re.search(rf"{re.escape(named.number)}{_ISSUED_BY}", again[0].text)
    return _words(cited.group(1)) if cited else ""


# what follows a cited number up to its issuer: its date, then "của" and the issuer's name
# (up to what the document is about: "… của Bộ Tài nguyên và Môi trường về việc …")
_ISSUED_BY = r"(?: ngày [\d/]+)? của ([A-ZĐÀ-Ỹ][^,.;:()\n]*?)(?= về |[,.;:()\n]|$)"


def _subject_words(doc: Document, topic: Topic) -> str:
    """A reference note's sections are its subjects ("Bộ Tài nguyên và Môi trường nay là Bộ
    Nông nghiệp và Môi trường"): "hoạt động từ ngày nào" asks about the one just answered."""
    if doc.category != "reference" or "›" in topic.section:
        return ""
    return _words(topic.section)


def _names_kind(rest: str, doc: Document) -> bool:
    """Whether a follow-up names the last document's kind without a number ("còn cv chống
    covid", "kế hoạch khác"): another document of that kind."""
    kind = fold(doc.kind)
    if not doc.is_campaign:
        return False  # ("còn luật sửa đổi 2026" after the law: its caveat, not another law)
    numbered = (found.group(1) for found in _KIND_NUMBERED.finditer(rest))
    return f" {kind} " in f" {rest} " and kind not in numbered


# A kind of document and its number ("công văn số 8240", "chỉ thị 14")
_KIND_NUMBERED = re.compile(rf"\b({'|'.join(DOCUMENT_KINDS)})(?: so)? \d")


def _body_words(doc: Document) -> str:
    """A document's kind, issuer and year, without its number: what it shares with the
    others its issuer sent that year."""
    return fold(f"{doc.kind} {doc.short_issuer} {doc.year}")


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
        for w in _words(d.title).split()
    }
    if not others:
        return name
    own = [w for w in _words(doc.title).split() if w not in others]
    return f"{name} {' '.join(own)}"


@lru_cache(maxsize=RECENT_TEXTS)
def _words(text: str) -> str:
    """Folded words, a document kind's abbreviation spelled out ("cv đó" is "công văn đó"),
    and its letters too where a number or a pointer follows them ("nđ đó", "tt 18").
    (Kept for the last texts: a message is read this way by twenty-odd rules.)"""
    said = [_KINDS.get(w, w) for w in folded_words(text).split()]
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


def _issuer_abbreviations() -> tuple[str, ...]:
    """Abbreviations staff type for bodies ("tnmt", "ubnd", "tn mt") and what they stand
    for ("tài nguyên và môi trường"): names, not subjects."""
    data = yaml.safe_load(ABBREVIATIONS_FILE.read_text(encoding="utf-8"))
    bodies = ("tai nguyen", "uy ban", "hoi dong", "so ", "bo ", "phong ", "mat tran")
    named = [(fold(k), fold(str(v))) for k, v in data.items()]
    return tuple(n for k, v in named if v.startswith(bodies) for n in (k, v))


_ISSUER_ABBREVIATIONS = _issuer_abbreviations()


def _spelled_abbreviations() -> dict[str, str]:
    """Abbreviations as folded words and what they stand for ("tnmt": "tai nguyen va moi
    truong")."""
    data = yaml.safe_load(ABBREVIATIONS_FILE.read_text(encoding="utf-8"))
    return {fold(str(k)): folded_words(str(v)) for k, v in data.items() if " " not in str(k)}


_SPELLED = _spelled_abbreviations()
# Bodies as a follow-up names them short ("btnmt", "ubnd"), spelled out: "ubnd kon tum?"
# names a province's body as "còn ở sở?" names a level.
_BODY_LETTERS = {
    k: v
    for k, v in _SPELLED.items()
    if v.startswith(("bo ", "so ", "phong ", "uy ban ", "dai hoc "))  # "đhqg"
}
_BODIES = tuple(sorted({*_BODY_LETTERS.values(), "uy ban nhan dan"}, key=len, reverse=True))


def _bodies_spelled(said: str) -> str:
    """Folded words with the letters naming a body spelled out ("btnmt": "bo tai nguyen va
    moi truong")."""
    return " ".join(_BODY_LETTERS.get(w, w) for w in said.split())


def _says(text: str, said: str) -> bool:
    """Whether padded folded text says the words, or says in full an abbreviation among them
    ("hội đồng tđkt": "Hội đồng Thi đua - Khen thưởng")."""
    return f" {said} " in text or f" {spelled(said)} " in text


def spelled(said: str) -> str:
    """Folded words with the abbreviations among them spelled out ("dhqg": "dai hoc quoc
    gia"), as the documents write them."""
    return " ".join(_SPELLED.get(w, w) for w in said.split())


# Polite words closing a follow-up ("còn sở ở kon tum thì sao ạ", "cấp tỉnh nhỉ").
POLITE_ENDS = frozenset(("a", "nhi", "nhe", "ha", "vay", "day"))


@lru_cache(maxsize=RECENT_TEXTS)  # (as `_words`: a message's words are read so many times)
def _strip_trailing(rest: str) -> str:
    # ("kon tum à" is a remark: only a polite word after an asking tail goes with it)
    said = rest.split()
    while len(said) > 1 and said[-1] in POLITE_ENDS:
        said.pop()
    polite = " ".join(said)
    if any(polite.endswith(f" {t}") for t in TRAILING):
        rest = polite
    for tail in sorted(TRAILING, key=len, reverse=True):
        # ("nói về dịch vụ công như thế nào" asks a manner of its own, not "what about")
        if rest.endswith(f" nhu {tail}"):
            break
        if rest.endswith(" " + tail) or rest == tail:
            rest = rest[: -len(tail)].strip()
    return rest


def stays_legal(text: str, topic: Topic, alone: Passage, kb: KnowledgeBase) -> bool:
    """Whether a follow-up after an answer from a legal text (a law, decree, circular or the
    reference note on the restructuring) goes on among the legal texts rather than to the
    campaign letter its words alone find ("trường hợp nào ko được" after the decree's
    conditions, "thành tích thế nào thì được" after a title's article): unless it names a
    campaign by its kind ("công văn", "kế hoạch"), year, province or body, a letter
    repeating the laws' words does not answer it."""
    doc = kb.document(topic.doc_id)
    return doc is not None and doc.is_law and alone.doc.is_campaign and not names_campaign(text, kb)


def names_campaign(text: str, kb: KnowledgeBase) -> bool:
    """Whether the question names a campaign letter by its kind ("cv", "kế hoạch"), a year,
    a province or a body."""
    spelled = f" {kinds_spelled(text)} "
    kinds = {fold(d.kind) for d in kb.campaigns()}
    return (
        any(f" {kind} " in spelled for kind in kinds)
        or bool(named_years(text))
        or bool(held_campaigns(text, kb))
    )


# Words asking which document or which of its particulars ("quy định ở nđ nào", "ban hành
# ngày nào", "căn cứ kế hoạch nào") and fillers ("cái", "đã", "chưa", "hiện nay"): a document's card
# or citing line answers them, whatever its words, so they weigh nothing in `coverage`.
_ASKING_DOCUMENT = frozenset(
    "quy dinh van ban can cu ban hanh thong qua hieu luc ngay dieu nd nghi dinh thong tu luat "
    "ke hoach cai da chua ky hien nay vao".split()
)


def content_words(text: str) -> list[str]:
    """The follow-up's own content words: not asking, joining, pointing or polite words,
    nor those asking for a document (the carried name of the last one is not in the text)."""
    stop = ASKING | JOINING | POINTING | POLITE_ENDS | _ASKING_DOCUMENT
    said = _strip_trailing(_words(text)).split()
    return [w for w in said if len(w) > 1 and not w.isdigit() and w not in stop]


def coverage(own: list[str], passage: Passage | str, kb: KnowledgeBase) -> float:
    """The share of the words' rarity (IDF over all passages, campaign and legal) that the
    passage or its headings (or a sentence) say: one measure, the same for every reading of
    a follow-up."""
    total = len(kb.passages)

    def idf(w: str) -> float:
        laws = kb.law_index.passages_saying(w) if kb.law_index is not None else 0
        return math.log((total + 1) / (kb.index.passages_saying(w) + laws + 0.5))

    text = passage if isinstance(passage, str) else f"{passage.text}\n{passage.section}"
    said = f" {_words(text)} "
    weights = [(idf(w), f" {w} " in said) for w in own]
    whole = sum(w for w, _ in weights)
    return sum(w for w, there in weights if there) / whole if whole else 0.0


_LEAD_NUMBER = re.compile(r"(\d+)/(\d{4})")  # "13/2012" of "13/2012/NĐ-CP"
_SENTENCE_END = re.compile(r"(?<=[.;:])\s+|\n")


def linked_documents(doc_id: str, kb: KnowledgeBase) -> tuple[str, ...]:
    """The ids of the documents one is linked to by a basis, either way: the circular
    guiding a decree, the decrees carrying out the law ("13/2012" in `based_on`)."""

    def find() -> tuple[str, ...]:
        lead = {
            m.group(0): d.id for d in kb.documents if (m := _LEAD_NUMBER.search(d.number or ""))
        }
        doc = kb.document(doc_id)
        if doc is None:
            return ()
        number = _LEAD_NUMBER.search(doc.number or "")
        based = {
            lead[m.group(0)]
            for b in doc.based_on
            for m in _LEAD_NUMBER.finditer(b)
            if m.group(0) in lead
        }
        basing = {
            d.id for d in kb.documents if number and any(number.group(0) in b for b in d.based_on)
        }
        return tuple(sorted((based | basing) - {doc_id}))

    return tuple(kb.derived(("linked to", doc_id), find))


def sent_to_linked(text: str, shown: Hit, topic: Topic, kb: KnowledgeBase) -> Hit | None:
    """The passage of a linked text that answers instead of the last document's: when the
    passage of the last document chosen for a follow-up says its words in the sentence
    citing that text by number (the Điều lệ's note: "Thông tư 18/2013 … trong đó Phụ lục I
    là mẫu Đơn"), the passage of that text covering them as well (the one the search finds
    for the follow-up alone first)."""
    own = content_words(text)
    # ("văn bản nào hướng dẫn thi hành": the citing sentence itself answers which one)
    if shown.passage.doc.id != topic.doc_id or not own or _WHICH_DOCUMENT.search(_words(text)):
        return None
    covered = coverage(own, shown.passage, kb)
    if not covered:
        return None
    found: list[tuple[int, Passage]] | None = None  # the follow-up searched alone, once
    for doc_id in linked_documents(topic.doc_id, kb):
        doc = kb.document(doc_id)
        number = _LEAD_NUMBER.search(doc.number or "") if doc is not None else None
        citing = [
            s for s in _SENTENCE_END.split(shown.passage.text) if number and number.group(0) in s
        ]
        if not any(coverage(own, s, kb) >= covered for s in citing):
            continue
        if found is None:
            found = [(h.position, h.passage) for h in kb.search(text, WITHIN)]
        alone = [(position, p) for position, p in found if p.doc.id == doc_id]
        for position, passage in [*alone, *document_passages(doc_id, kb)]:
            if passage.kind != "info" and coverage(own, passage, kb) >= covered:
                return Hit(passage, position, shown.score, shown.rank_score)
    return None
