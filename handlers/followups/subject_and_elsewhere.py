"""The subject a follow-up keeps, and answers found elsewhere than in the last document."""

import re
from itertools import pairwise

from handlers.followups.follow_up_shape import (
    _SPELLED,
    TERSE,
    _follow_up_rest,
    _short,
    _strip_trailing,
    without_question_end,
)
from handlers.followups.other_documents import COMPLETE_WORDS
from handlers.followups.pointed_by_name import (
    _PARTICULARS,
    _of_another_body,
    _pointed_named,
    own_words,
    said_of,
)
from handlers.followups.references_and_aspects import (
    _aspect_kept,
    _document_reference,
    _names_elsewhere,
    conversation_title,
    other_title,
)
from handlers.followups.resolving import (
    _another_document,
    _headed_in_other_law,
    _names_kind,
    _titled_elsewhere,
    of_another_place,
    title_passage_says,
    unsaid,
)
from handlers.followups.topic_memory import (
    _ASKING_PHRASES,
    DETAIL_WORDS,
    DOCUMENT_KINDS,
    DWELT_SHARE,
    DWELT_WORDS,
    JOINING,
    SUBJECT_SAID,
    WITHIN,
    Topic,
    _entities,
    _name_words,
    document_passages,
    document_words,
    said_words,
)
from handlers.named_things import POINTERS, WRITTEN_POINTERS
from knowledge import Document, Hit, KnowledgeBase, Passage, asked_facts
from knowledge.normalize import fold, says_as_written

# the label of a piece of an article cut at its numbered items (knowledge/sections.py)
_PIECE = re.compile(r"muc \d+")


def complete_elsewhere(text: str, topic: Topic, alone: Passage, kb: KnowledgeBase) -> bool:
    """Whether a question that does not point back brings a subject of its own: two of its
    own words, side by side, that the passage found for it alone (in another document)
    says and the last document nowhere does ("điều kiện công nhận sáng kiến" after the
    ministry's letter, "ưu tiên" after a title's article)."""
    if alone.doc.id == topic.doc_id or terse_slot(text):
        return False
    said = _strip_trailing(said_words(text)).split()
    own = set(own_words(" ".join(said), kb))
    if len(own) < COMPLETE_WORDS:
        return False
    # (not across "để": "điều kiện để" is no phrase of "sáng kiến để")
    last = document_words(topic.doc_id, kb)
    # (not where two phrases the last document says meet: "báo cáo kết quả" is no subject
    # "cáo kết" when the directive says "báo cáo … kết quả")
    padded = ["", *said, ""]
    pairs = [
        f" {a} {b} "
        for i, (a, b) in enumerate(pairwise(said), start=1)
        if a in own
        and b in own
        and "de" not in (a, b)
        and not (f" {padded[i - 1]} {a} " in last and f" {b} {padded[i + 2]} " in last)
    ]
    there = f" {said_words(alone.text)} "
    return any(p in there and p not in last for p in pairs)


def terse_slot(text: str) -> bool:
    """Whether the message is a few words naming a thing, without a word that asks
    ("thủ trưởng đơn vị?", "văn phòng sở"): what the last answer told is asked of it."""
    said = _strip_trailing(said_words(text))
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
    there, last = f" {said_words(alone.text)} ", document_words(topic.doc_id, kb)
    for word in set(own_words(_strip_trailing(said_words(text)), kb)) & capitals:
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
    said = said_words(text)
    if alone.doc.id == topic.doc_id or not _short(said) or _ASKS_OF_SUBJECT.search(said):
        return False
    if conversation_title(topic, kb) is not None:
        return False  # "tiền thưởng?" after a title's standards: that title's bonus
    own = set(own_words(_strip_trailing(said), kb))
    if len(own) < HEADED_WORDS or not own <= set(said_words(alone.section).split()):
        return False
    return not any(
        own <= set(said_words(p.section).split()) for _, p in document_passages(topic.doc_id, kb)
    )


def without_name(query: str, topic: Topic | None, kb: KnowledgeBase) -> str:
    """A completed follow-up without the last document's name it was completed with: "còn
    nq 02" searched as "nghi quyet 02 cong van bo tn&mt 2021" picks its line by "nghi quyet
    02" (every line of the document is of that document)."""
    doc = kb.document(topic.doc_id) if topic is not None else None
    name = _name_words(doc, kb) if doc is not None else ""
    stripped = query[: -len(name)].strip() if name and query.endswith(name) else ""
    return stripped or query


# "hôm nay", "hiện nay", "năm nay": "nay" of a time, not "này" pointing back
_TIME_NOW = re.compile(r"\b(?:hom|hien|ngay|nam|sang|trua|chieu|toi|dem) nay\b")


def points_at(text: str, topic: Topic | None) -> bool:
    """Whether the message points at what was just answered: its document, what it named,
    or a thing of it by its noun ("hồ sơ đó", "mẫu này"), in a question too short to name
    a subject of its own ("thời tiết hôm nay thế nào" points at nothing)."""
    said = said_words(text)
    after_first = _TIME_NOW.sub(" ", " ".join(said.split()[1:]))
    # (a pointer typed with other marks is none: "làm sổ đỏ ở đâu" points at nothing)
    pointed = any(
        f" {fold(w)} " in f" {after_first} " and says_as_written(text, w) for w in WRITTEN_POINTERS
    )
    return topic is not None and (
        names_document(text) or points_to_named(text, topic) or (pointed and _short(said))
    )


def points_to_named(text: str, topic: Topic | None) -> bool:
    """Whether the message points back to what the last answer named ("chủ đề đó")."""
    return (
        topic is not None
        and topic.named is not None
        and bool(_pointed_named(said_words(text), topic.named))
    )


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


def subject(text: str, topic: Topic, kb: KnowledgeBase) -> str | None:
    """In a "còn X thì sao" follow-up, X when it is a subject of its own ("hình ảnh người cán
    bộ ngành", "trường hợp không được công nhận") rather than a place, year, audience, title,
    level or another document: it is looked for in the last document first."""
    doc = kb.document(topic.doc_id)
    rest = _follow_up_rest(said_words(text))
    if doc is None:
        return None
    if not rest:
        named = topic.named is not None and topic.named.is_document
        return None if named else _pointed_subject(text, doc, kb)
    own = own_words(rest, kb)
    if _another_document(rest, doc) or not own or _of_another_body(rest, kb):
        return None
    if (
        _names_kind(rest, doc)
        or _titled_elsewhere(rest, doc, kb)
        or unsaid(rest, doc, kb)
        or of_another_place(rest, doc, kb)
        or title_passage_says(rest, own, topic, kb)
        or _headed_in_other_law(rest, own, doc, kb) is not None
    ):
        # "còn cv chống covid?", "còn phong trào đặc biệt", "còn pt covid kon tum …" after
        # the Sóc Trăng plan: another document, not within the last one; "còn trong quân
        # đội ai công nhận mưu trí" after a title's bonus: its own article; "còn điều kiện
        # để sáng kiến được công nhận" after the form: the Điều lệ's article headed so
        return None
    if other_title(rest, fold(topic.query), kb) is not None:
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
    padded = f" {said_words(text)} "
    above = _SAID_ABOVE.search(padded)
    if above is not None:  # "ở trên có nhắc 4 phong trào của Thủ tướng, liệt kê giúp em"
        said = _REQUEST.sub(" ", padded[above.end() :]).split()
        while said and said[-1] in JOINING:
            said = said[:-1]
        rest = " ".join(said)
        return rest if len(own_words(rest, kb)) >= DETAIL_WORDS else None
    nouns = ("phong trao", "van ban", fold(doc.kind))
    reference = next((f"{n} {p}" for n in nouns for p in POINTERS if f" {n} {p} " in padded), None)
    if reference is None or _PARTICULARS.search(padded) or asked_facts.asks_document_span(padded):
        return None
    said = _ROLE_ASKED.sub(" ", padded.replace(f" {reference} ", " ")).split()
    while said and said[-1] in JOINING:  # "… trong" left by "trong phong trào này"
        said = said[:-1]
    rest = " ".join(said)
    return rest if len(own_words(rest, kb)) >= DETAIL_WORDS and not _entities(rest, kb) else None


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


# The document just read pointed at: "trong văn bản đó", "của kế hoạch này"
_POINTED_DOCUMENT = re.compile(
    rf" (?:(?:trong|cua|o|theo) )?(?:van ban|{'|'.join(DOCUMENT_KINDS)})"
    rf" (?:{'|'.join(POINTERS)})(?= )"
)


# How a body's part in a document is asked: not a subject ("văn phòng sở phải làm gì")
_ROLE_ASKED = re.compile(
    r"\b(?:co |phai |can |lam )?"  # ("làm nhiệm vụ gì": all of it asks the role)
    r"(?:lam (?:nhung )?gi|(?:nhiem vu|trach nhiem|vai tro) (?:gi|nao|the nao))\b"
    r"|\bnoi (?:ve )?(?:nhung )?(?:gi|j)(?: ve)?\b"  # "nói gì (về)": "nói" is no subject ("nơi")
)


def asks_particulars(text: str) -> bool:
    """Whether a question asks what a document's card or opening tells (its date, signer,
    recipients, subject, the span of years it applies to)."""
    said = f" {said_words(text)} "
    return bool(_PARTICULARS.search(said)) or asked_facts.asks_document_span(said)


def past_opening(text: str, hits: list[Hit], topic: Topic) -> list[Hit]:
    """The hits of a question read with the last document's name, led by a passage of that
    document covering the question at least as well as the first hit: the name makes the
    document's opening or card rank first ("điều kiện để được cơ sở công nhận" after the
    Điều lệ Sáng kiến: its article on the conditions, not its opening), and another
    document saying the words closer together may rank above it ("ai theo dõi báo cáo kết
    quả" after the ministry's letter: the ministry's own item). Unless the document's
    particulars are asked."""
    if not hits or _PARTICULARS.search(f" {said_words(text)} "):
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
    # (of "có phải đăng ký sáng kiến không", not "không": the criteria say "không đi trễ")
    wanted = without_question_end(own_words(subject, kb))
    pairs = {f"{a} {b}" for a, b in zip(subject.split(), subject.split()[1:], strict=False)}

    def said(hit: Hit) -> int:
        # (with its headings: "sáng kiến thì nhiệm vụ giải pháp là gì" names the part
        # "II. Nhiệm vụ, giải pháp chủ yếu" and asks what of it is about initiatives)
        text = f" {said_words(hit.passage.section)} {said_words(hit.passage.text)} "
        return sum(_says(text, w) for w in (*wanted, *pairs))

    def share(hit: Hit) -> float:
        text = f" {said_words(hit.passage.text)} "
        return sum(_says(text, w) for w in wanted) / len(wanted) if wanted else 0.0

    # what names a part: not the role asked of it nor the document pointed at ("văn phòng
    # sở trong văn bản đó có nhiệm vụ gì" names "2. Văn phòng Sở")
    named = _ROLE_ASKED.sub(" ", _POINTED_DOCUMENT.sub(" ", f" {subject} "))
    # (in a note on bodies and places, the body and place name the part: "sở tnmt kon tum
    # giờ thuộc đâu" is the part on the departments, not the one on Kon Tum saying "thuộc")
    naming = without_question_end(
        said_of(named) if doc.category == "reference" else own_words(named, kb)
    )

    def headed(hit: Hit) -> bool:
        """ "còn văn phòng sở" after the duties of unit heads: the part headed "2. Văn phòng
        Sở", not the line of the part just shown that mentions it; "còn vp sở" too)."""
        heading = f" {said_words(hit.passage.section.split('›')[-1])} "
        if _PIECE.fullmatch(heading.strip()):
            # a piece's number ("mục 1") heads it only when the subject says that number:
            # "mức 50%" typed without its marks is no piece
            return heading in f" {subject} "
        return bool(naming) and all(_says(heading, w) for w in naming)

    # A phrase that most of the document says ("thực hiện") is its vocabulary, not a topic
    # any passage dwells on.
    phrase = " ".join(wanted)
    forms = {f" {phrase} ", f" {' '.join(_SPELLED.get(w, w) for w in wanted)} "}
    passages = document_passages(doc.id, kb)
    # (each passage read only for a subject of DWELT_WORDS or more)
    topical = len(wanted) >= DWELT_WORDS and (
        sum(_says(f" {said_words(p.text)} ", phrase) for _, p in passages)
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
            sum(f" {said_words(line)} ".count(form) for form in forms)
            for line in hit.passage.text.splitlines()
        )

    # stable: the search's order on a tie, after the passage just shown ("còn thôn văn hóa"
    # after the bonus of a commune: the next line of the same list)
    # ("còn báo cáo thành tích" after a form's number: the passage stating its number, not the
    # one headed by the report)
    states = asked_facts.preferred(subject)
    # "còn tập thể thì sao, có phải đăng ký thi đua không": the part headed by the audience
    # named, whatever its other words say
    audience = _entities(subject, kb).get("audience")
    found = sorted(
        own,
        key=lambda h: (
            states(h.passage.text) if states else 0,
            bool(audience) and f" {audience} " in f" {said_words(h.passage.section)} ",
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


def names_document(text: str) -> bool:
    """Whether the message points back to the last document ("văn bản đó", "nó")."""
    return _document_reference(f" {said_words(text)} ") is not None


def _says(text: str, said: str) -> bool:
    """Whether padded folded text says the words, or says in full an abbreviation among them
    ("hội đồng tđkt": "Hội đồng Thi đua - Khen thưởng")."""
    return f" {said} " in text or f" {spelled(said)} " in text


def spelled(said: str) -> str:
    """Folded words with the abbreviations among them spelled out ("dhqg": "dai hoc quoc
    gia"), as the documents write them."""
    return " ".join(_SPELLED.get(w, w) for w in said.split())
