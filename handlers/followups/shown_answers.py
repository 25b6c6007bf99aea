"""Follow-ups answered from what was shown: outline parts, dates, yes/no, since when, where to check, figures."""

import re

from handlers import said_otherwise
from handlers.followups.follow_up_shape import _short, _strip_trailing
from handlers.followups.pointed_by_name import own_words
from handlers.followups.references_and_aspects import other_title
from handlers.followups.subject_and_elsewhere import asks_particulars
from handlers.followups.topic_memory import (
    _LIST_REQUEST,
    ASKING,
    DETAIL_WORDS,
    DOCUMENT_KINDS,
    JOINING,
    MATTERS,
    POINTING,
    REFERRED,
    SHARE,
    SHOWN_SAID,
    Topic,
    _entities,
    _places,
    document_passages,
    said_words,
    shown,
)
from handlers.marked_words import line_forms, off_marks, typed_forms
from knowledge import Document, KnowledgeBase, Passage, asked_facts
from knowledge.held import named_years
from knowledge.normalize import fold
from knowledge.titles import amendment_status

TIE_WORDS = 3  # a follow-up's words, all in one sentence of the passage shown: asked of it
# "thế …", "còn …": a follow-up setting something against what was just read
_CONTRASTING = ("the ", "con ", "vay con ")


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
    said = _strip_trailing(said_words(text))
    # ("văn bản đó ai ký": the document pointed at by no kind of its own, no detail of the
    # passage; a kind named, "điều lệ đó", may be one)
    own = own_words(_GENERIC_POINTED.sub(" ", said), kb)
    again = shown(topic, kb)
    if again is None or _entities(said, kb) or len(own) < DETAIL_WORDS:
        return None
    # the outline names its parts: the part whose line, cut short there, says the words
    part = outlined_part(again[0], own, kb) if again[0].kind == "outline" else None
    again = part or again
    if topic.named is not None and topic.named.is_document and asks_date(text):
        return None  # "ban hành ngày nào" after "theo chỉ thị nào": the directive's date
    if said.startswith(_CONTRASTING) and other_title(said, topic.query, kb) is not None:
        return None  # "thế toàn quốc thì cần mấy lần cấp tỉnh": the title at that level

    if again[0].kind == "info" and found.kind != "info" and not asks_particulars(text):
        # "cơ quan thường trực hội đồng tđkt tỉnh là ai" after the card: an item saying it,
        # not the card's "Nơi nhận: … Thường trực Tỉnh ủy …; Thành viên Hội đồng TĐKT tỉnh"
        return None

    def says(passage: Passage) -> int:
        return said_otherwise.count_said(own, said_words(passage.text), said)

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
        and said_otherwise.one_sentence_says_all(own, said_words(again[0].text), said)
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
        padded = f" {said_words(line)} "
        return sum(f" {w} " in padded for w in own)

    lines = [line.rstrip(" …") for line in outline.text.splitlines()]
    # (its parts' lines, below the title and theme or the part's own heading)
    lines = lines[lines.index(OUTLINE_PARTS) + 1 :] if OUTLINE_PARTS in lines else lines[1:]
    best = max(lines, key=says, default="")
    if not best or says(best) == 0 or sum(says(line) == says(best) for line in lines) > 1:
        return None  # (no line, or several alike: which part is not told)
    lead = " ".join(said_words(best).split()[:OUTLINE_LEAD])
    for position, passage in document_passages(outline.doc.id, kb):
        said = f" {said_words(passage.section)} {said_words(passage.text)} "
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
    asked = _YES_NO.search(said_words(text))
    again = shown(topic, kb)
    if asked is None or again is None or _entities(" ".join(filter(None, asked.groups())), kb):
        return None  # (a place or a document named: not the passage just read)
    said = said_words(again[0].text)
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
    said = said_words(text)
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
    said = said_words(text)
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
    asked = f" {said_words(topic.query)} {said_words(again[0].section)} "
    places = [p for p in _places(kb) if f" {p} " in asked]
    for position, passage in document_passages(doc.id, kb):
        heading = f" {said_words(passage.section)} "
        since = _SINCE_DATE.search(passage.text)
        if since and any(f" {p} " in heading for p in places):
            return passage, position, since.group(0)
    return None


# Nouns of time a pointer follows ("năm đó", "thời điểm đó", folded): a time, not a part's
# heading
_TIME_NOUNS = frozenset(("nam", "thang", "ngay", "luc", "khi", "hoi", "dot", "diem"))


def headed_pointed(text: str, topic: Topic, kb: KnowledgeBase) -> tuple[Passage, int] | None:
    """The part of the last document a short question points at by the noun of its heading,
    when the passage just shown is not it: "đơn đó ghi những mục gì" after the card of
    Thông tư 18 is its "Phụ lục I. Mẫu Đơn …"; so is "đơn gồm những mục gì", a list asked of
    a noun, after the card or the opening (after an article, the list is searched for)."""
    said = said_words(text).split()
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
    if said[at - 1] in _TIME_NOUNS:
        return None  # "chủ đề thi đua năm đó": the year just asked of, no part's heading
    before = [w for w in said[max(at - 2, 0) : at] if w not in ASKING and w not in JOINING]
    if _matter_pointed(before, topic, kb):
        return None  # "vụ này", "vấn đề đó": what was just discussed, no part's heading
    for noun in (" ".join(before), *([] if listed else before[-1:])):
        if not noun or noun in REFERRED or noun in DOCUMENT_KINDS:
            continue
        if again is not None and f" {noun} " in f" {said_words(again[0].section)} ":
            return None  # "hồ sơ đó" after the dossier: the passage just shown
        for position, passage in document_passages(topic.doc_id, kb):
            heading = passage.section.split("›")[-1]
            # (its words as typed: "tỉnh mới đó" names no heading of "Môi trường")
            if f" {noun} " in f" {said_words(heading)} " and not off_marks(
                noun, typed_forms(text), line_forms(heading)
            ):
                return passage, position
    return None


def _matter_pointed(before: list[str], topic: Topic, kb: KnowledgeBase) -> bool:
    """Whether the words before a pointer end on a word for any matter ("đôn đốc vụ này",
    "vấn đề đó"); not when the last two name a part of the document as one noun ("nhiệm vụ
    này" ends on "vụ", yet names the part headed "II. Nhiệm vụ, giải pháp chủ yếu")."""
    if " ".join(before[-2:]) in MATTERS:
        return True
    if not before or before[-1] not in MATTERS:
        return False
    pair = " ".join(before[-2:])
    return len(before) < 2 or not any(
        f" {pair} " in f" {said_words(passage.section.split('›')[-1])} "
        for _, passage in document_passages(topic.doc_id, kb)
    )


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
    said = _strip_trailing(said_words(text))
    found = _CHECK_WHERE.search(said)
    if found is None:
        return None
    rest = f"{said[: found.start()]} {said[found.end() :]}".split()
    if not all(w in CHECK_PLAIN for w in rest):
        return None
    status = amendment_status(doc.number, today) if doc.number else []
    notes = [*status, *([doc.caveat] if doc.caveat else [])]
    sending = next((note for note in notes if _SENDS_TO.search(said_words(note))), None)
    return " ".join(sending.split()) if sending is not None else None


def caveat_asked(text: str, topic: Topic, kb: KnowledgeBase) -> str | None:
    """The caveat the last answer showed under its source, when the question asks about it
    ("luật sửa đổi năm 2026 thì sao" after "⚠️ Luật sửa đổi (… 01/10/2026 …)"): it says
    every word and year of the question's own."""
    doc = kb.document(topic.doc_id)
    if doc is None or not doc.caveat:
        return None
    said = _strip_trailing(said_words(text))
    kinds = {w for kind in DOCUMENT_KINDS for w in kind.split()}
    own = [
        w
        for w in said.split()
        if len(w) > 1 and not w.isdigit() and w not in (*ASKING, *JOINING, *kinds)
    ]
    caveat = f" {said_words(doc.caveat)} "
    years = [str(y) for y in named_years(said)]
    said_all = all(f" {w} " in caveat for w in (*own, *years))
    if not own or len(own) + len(years) < DETAIL_WORDS or not said_all:
        return None
    return doc.caveat


def names_other_body(text: str, topic: Topic, kb: KnowledgeBase) -> bool:
    """Whether the message names a place or an issuer's level ("của Bộ") that the last
    document's issuer and place are not."""
    place = _entities(said_words(text), kb).get("place")
    doc = kb.document(topic.doc_id)
    if place is None or doc is None:
        return False
    return f" {place} " not in f" {fold(f'{doc.place} {doc.issuer} {doc.short_issuer}')} "


def names_place(text: str, kb: KnowledgeBase) -> bool:
    """Whether the message names a place or an issuer's level ("sở tnmt sóc trăng", "bộ")."""
    return "place" in _entities(said_words(text), kb)


FIGURE_WORDS = 12  # a follow-up naming a share may say more: "trước giờ nghe nói trên 50% là đủ mà"


def shown_figure(
    text: str, topic: Topic, kb: KnowledgeBase, found: Passage | None = None
) -> tuple[Passage, int] | None:
    """The passage just shown, when a follow-up names a share it says (`shown_share`): one
    of a few words the search finds nothing for ("còn giới hạn 15% thì sao" after a note on
    "không quá 15% …"), or any that the passage `found` for it does not say ("nghe nói trên
    50% là được đúng không" after the article noting that "trên 50%" was the 2003 law's).
    (A long question naming a share asks more than the share: "đơn vị tôi có 70% … thì tiền
    thưởng … là bao nhiêu" is not the article on the 70% again.)"""
    if found is None and len(said_words(text).split()) > FIGURE_WORDS:
        return None
    again = shown_share(text, topic, kb)
    if again is None or (found is not None and _shares(text) <= _shares(found.text)):
        return None
    return again


def shown_share(text: str, topic: Topic, kb: KnowledgeBase) -> tuple[Passage, int] | None:
    """The passage just shown, when the message names shares ("50%") and it says them all."""
    shares = _shares(text)
    again = shown(topic, kb) if shares else None
    return again if again is not None and shares <= _shares(again[0].text) else None


def _shares(text: str) -> set[str]:
    return set(SHARE.findall(text))


# (not "áp dụng từ ngày nào": the day something starts, which the text states, not its date)
_DATE_ASKED = re.compile(
    r"(?<!\btu )\b(ngay|hom) (nao|bao nhieu|may)\b|\b(khi nao|bao gio) (ban hanh|thong qua)\b"
    r"|\b(ban hanh|thong qua) (khi nao|bao gio|luc nao|hoi nao)\b"
)


def asks_date(text: str) -> bool:
    """Whether the question asks on which day ("ngày nào", "ký ngày bao nhiêu")."""
    return bool(_DATE_ASKED.search(said_words(text)))
