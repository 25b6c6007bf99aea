"""Turns that point back, ask what holds now, or ask for another or linked document."""

import re

from handlers.followups.follow_up_shape import (
    _NOW,
    BODY_NOUNS,
    _body_led,
    _follow_up_rest,
    _level,
    body_pointed_words,
)
from handlers.followups.numbered_items import _QUOTED
from handlers.followups.other_documents import content_words, coverage
from handlers.followups.pointed_by_name import kinds_spelled
from handlers.followups.pointing_sentences import citing_sentences
from handlers.followups.references_and_aspects import (
    _ISSUED_POINTED,
    _LEVEL_POINTED,
    _described_pointer,
    _document_reference,
    _issuer_reference,
    _title_reference,
)
from handlers.followups.resolving import ISSUERS_AT, _rebodied
from handlers.followups.resting_on import linked_documents
from handlers.followups.topic_memory import (
    _WHICH_DOCUMENT,
    WITHIN,
    Topic,
    document_passages,
    said_words,
)
from knowledge import Document, Hit, KnowledgeBase, Passage
from knowledge.held import named_campaigns as held_campaigns
from knowledge.held import named_years
from knowledge.normalize import fold, without_typed


def quoted_named(text: str, passage: Passage) -> str | None:
    """A name the passage puts in quotes that the message says ("cái đó nói mục tiêu kép là
    thế nào" of a passage saying “mục tiêu kép”): what the message asks about in it; the
    longest, when it says several (“trên 50% cá nhân đạt Lao động tiên tiến”, not the title
    it ends with)."""
    said = f" {said_words(text)} "
    names = []
    for found in _QUOTED.finditer(passage.text):
        name = found.group(1).replace("*", "")
        folded = said_words(name)
        if len(folded.split()) >= 2 and f" {folded} " in said:
            names.append((len(folded.split()), name))
    return max(names, key=lambda n: n[0])[1] if names else None


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
    said = said_words(text)
    if doc is None or doc.category == "reference" or not _NOW.search(said):
        return doc is not None and doc.is_campaign and bool(_BECAME.search(said))
    return doc.is_campaign or _level(said) is not None


# A body named by its noun at the head of a question: "phòng tnmt các huyện …"
_BODY_FIRST = re.compile(
    rf"^(?:(?:cac|nhung|may) )?(?:{'|'.join(sorted(BODY_NOUNS, key=len, reverse=True))}) "
    r"(?!trao\b|chong\b|ngua\b)"
)


# An issuing body's noun at the head of a question: "các sở tnmt đó giờ đổi thành gì"
# (named by its sector or place, not "bộ tiêu chí đó", "số liệu đó")
_ISSUER_NOUN_FIRST = re.compile(
    r"^(?:(?:cac|nhung) )?(so|bo|ubnd|uy ban nhan dan)"
    r" (?:tai nguyen|tnmt|tn&mt|tn mt|nong nghiep|nnmt|noi vu|tinh|thanh pho|tp)\b"
)


def body_now(text: str, doc: Document | None) -> bool:
    """Whether a question asks what a body it names itself is now, pointing at the ended
    campaign's document only to say which ("phòng tnmt các huyện được gửi văn bản đó giờ còn
    không", "các sở tnmt đó" after a ministry's letter to them): the body's present is asked,
    which that document cannot tell."""
    said = said_words(text)
    return (
        doc is not None
        and doc.is_campaign
        and bool(_NOW.search(said))
        and (bool(_BODY_FIRST.search(said)) or _other_than_issuer_first(said, doc))
        and body_pointed_words(said) is None
        and _body_led(f" {said} ") is None  # "phòng huyện giờ?": the body just shown
        and _ISSUED_POINTED.search(f" {said} ") is None  # "sở ban hành kh đó": its issuer
    )


def _other_than_issuer_first(said: str, doc: Document) -> bool:
    """Whether the question opens on a body of another kind than the document's issuer
    ("các sở tnmt …" of a ministry's letter): one it names, not its issuer."""
    found = _ISSUER_NOUN_FIRST.search(said)
    if found is None:
        return False
    noun = {"ubnd": "uy ban nhan dan"}.get(found.group(1), found.group(1))
    return not fold(doc.issuer).startswith(f"{noun} ")


def without_pointers(text: str) -> str:
    """The question without the word pointing back right after the body it opens on ("các
    sở tnmt đó giờ do ai quản lý": not the "do" of "do ai"), for one read alone."""
    return _POINTED_BODY.sub(r"\1", said_words(text), count=1)


# the body a question opens on, and the word pointing back after it
_POINTED_BODY = re.compile(r"^((?:(?:cac|nhung) )?\S+(?: \S+){0,4}?) (?:do|nay|ay)\b")


def points_back(text: str) -> bool:
    """Whether the message itself says it follows up ("còn …", "văn bản đó"); a short
    question that merely names nothing is only a guess, to be weighed against itself."""
    said = said_words(text)
    padded = f" {said} "
    return (
        _follow_up_rest(said) is not None
        or _document_reference(padded) is not None
        or _described_pointer(padded) is not None
        or _title_reference(padded) is not None
        or _LEVEL_POINTED.search(padded) is not None
        or _issuer_reference(text, padded) is not None
    )


# "còn", "thế còn" opening a follow-up, as typed
_ALSO_OPENING = re.compile(r"^\s*(?:(?:thế|vậy|the|vay)\s+)?(?:còn|con)\s+", re.IGNORECASE)


def pointing_by_itself(text: str) -> str:
    """The message without its opening "còn" when what follows points back to the last
    document's issuer by itself and asks what it is now ("còn bộ đó giờ còn không": "bộ đó
    giờ còn không"), which "còn" only ties to the talk; else the message as it is."""
    opening = _ALSO_OPENING.match(text)
    if opening is None:
        return text
    rest = text[opening.end() :]
    said = said_words(rest)
    return rest if _issuer_reference(rest, f" {said} ") and _NOW.search(said) else text


# "nghị định quy định việc đó ban hành ngày nào", "văn bản nói về điều này còn hiệu lực
# không": the document of the matter pointed at, as "nghị định đó" is, asked of its
# particulars (not "luật đề cập việc đó không": the matter asked of; nor "thông tư hướng dẫn
# việc đó": another text, guiding it)
_DOCUMENT_OF_MATTER = re.compile(
    r"\b(?:nghi dinh|thong tu|luat|van ban|vb|nd|tt|chi thi|ke hoach|kh|cong van|cv"
    r"|quyet dinh|qd|dieu le)"
    r"( (?:quy dinh|noi ve|de cap|neu) (?:ve )?(?:viec|dieu|van de|cai"
    r"|noi dung|quy dinh))(?= (?:do|nay|ay|tren|day)\b)"
    # ... asked of its particulars: when, who signed, whether in force, which one
    r"(?=.*\b(?:ban hanh|ky|hieu luc|ngay|so hieu|so may|nao)\b)"
)


def pointing_at_document(text: str) -> str:
    """The message with "quy định việc" left out where a document of the matter pointed at
    is named ("nghị định quy định việc đó ban hành ngày nào": "nghị định đó …")."""
    return without_typed(text, _DOCUMENT_OF_MATTER, group=1)


def points_to_title(text: str) -> bool:
    """Whether the message points back to the title or titles just discussed ("danh hiệu
    này", "nó")."""
    return _title_reference(f" {said_words(text)} ") is not None


def asked_instead(text: str) -> str | None:
    """What a "còn …" follow-up asks about instead ("còn thôn văn hóa": "thon van hoa")."""
    return _follow_up_rest(said_words(text))


def asks_for_another(text: str) -> bool:
    """Whether the message asks about something else than the last answer ("còn …",
    "thế còn …"): another audience, place or year."""
    return _follow_up_rest(said_words(text)) is not None


def body_asked(text: str, topic: Topic | None, kb: KnowledgeBase) -> str | None:
    """The level of the body a "còn ở sở tnmt" follow-up asks about instead of the last
    question's ("so"), when it is read so (`_rebodied`)."""
    rest = _follow_up_rest(said_words(text))
    if rest is None or topic is None or _rebodied(rest, said_words(topic.query), kb) is None:
        return None
    level = _level(rest)
    # ("còn các sở tnmt thì phải làm gì" after the ministry's letter: the departments it
    # addresses, as a group, which that letter tells what to do; not one's own document)
    return None if f" cac {level} " in f" {rest} " else level


def of_body(hits: list[Hit], level: str | None) -> list[Hit]:
    """The best passage of a document issued at that level first, if the best is not."""
    issuers = ISSUERS_AT.get(level or "")
    if not issuers or not hits or fold(hits[0].passage.doc.issuer).startswith(issuers):
        return hits
    first = next((h for h in hits[:WITHIN] if fold(h.passage.doc.issuer).startswith(issuers)), None)
    return hits if first is None else [first, *(h for h in hits if h is not first)]


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
    return (
        any(f" {kind} " in spelled for kind in kb.campaign_kinds)
        or bool(named_years(text))
        or bool(held_campaigns(text, kb))
    )


def sent_to_linked(text: str, shown: Hit, topic: Topic, kb: KnowledgeBase) -> Hit | None:
    """The passage of a linked text that answers instead of the last document's: when the
    passage of the last document chosen for a follow-up says its words in the sentence
    citing that text by number (the Điều lệ's note: "Thông tư 18/2013 … trong đó Phụ lục I
    là mẫu Đơn"), the passage of that text covering them as well (the one the search finds
    for the follow-up alone first)."""
    own = content_words(text)
    # ("văn bản nào hướng dẫn thi hành": the citing sentence itself answers which one)
    if shown.passage.doc.id != topic.doc_id or not own or _WHICH_DOCUMENT.search(said_words(text)):
        return None
    covered = coverage(own, shown.passage, kb)
    if not covered:
        return None
    found: list[tuple[int, Passage]] | None = None  # the follow-up searched alone, once
    for doc_id in linked_documents(topic.doc_id, kb):
        doc = kb.document(doc_id)
        citing = citing_sentences(shown.passage.text, doc) if doc is not None else []
        if not any(coverage(own, s, kb) >= covered for s in citing):
            continue
        if found is None:
            found = [(h.position, h.passage) for h in kb.search(text, WITHIN)]
        alone = [(position, p) for position, p in found if p.doc.id == doc_id]
        for position, passage in [*alone, *document_passages(doc_id, kb)]:
            if passage.kind != "info" and coverage(own, passage, kb) >= covered:
                return Hit(passage, position, shown.score, shown.rank_score)
    return None
