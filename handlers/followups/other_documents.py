"""Follow-ups about other documents: documents named or cited, documents sent to, the kind asked."""

import math
import re
from collections.abc import Callable
from dataclasses import replace

from handlers.followups.follow_up_shape import (
    _NOW,
    _SPELLED,
    POLITE_ENDS,
    _follow_up_rest,
    _short,
    _strip_trailing,
    without_question_end,
)
from handlers.followups.pointed_by_name import (
    _KIND_POINTED,
    _PARTICULARS,
    _held_numbers,
    kinds_spelled,
    own_words,
)
from handlers.followups.references_and_aspects import YEARS
from handlers.followups.topic_memory import (
    _PARTICLES,
    ASKING,
    DOCUMENT_KINDS,
    JOINING,
    POINTING,
    PRESENT_SAID,
    SHARE,
    Topic,
    _entities,
    _name_words,
    _subject_words,
    document_passages,
    said_words,
    shown,
    shown_before,
)
from handlers.named_things import (
    CITED,
    POINTERS,
    SIGNER_ASKED,
    Named,
    is_of_kind,
    names_no_kind,
)
from knowledge import Document, Hit, KnowledgeBase, Passage, referrals
from knowledge.normalize import fold
from knowledge.referrals import DAY, WENT, sending
from knowledge.titles_answers import names_law

RESTATED_WORDS = 2  # words of a note a clause says to restate it, not to name one thing
_CLAUSES = re.compile(r"[,;]")


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
    said = said_words(text)
    # (of the note's section just read when it names no place of its own: "tỉnh sau sáp
    # nhập chạy từ ngày nào" after Kon Tum's, not Sóc Trăng's, which the note says first)
    subject = "" if _entities(said, kb) else _subject_words(doc, topic)
    reading = f"{said} {_name_words(doc, kb)} {subject}".strip()
    own = content_words(text)
    found = kb.search(reading, limit=1) if own else []
    if own and not (found and coverage(own, found[0].passage, kb) >= PRESENT_SAID):
        return None
    return reading


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
    said = said_words(text)
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


def signer_of_read(text: str, topic: Topic | None, kb: KnowledgeBase) -> Topic | None:
    """The topic without what the answer named, when a follow-up asks who signed a document
    pointed at by a kind that is both the named one's and the last document's, or by none
    ("ai ký", "vb đó ai ký"), and the knowledge base does not hold the named one ("nđ đó ai
    ký" after the decree's article naming the decrees it repealed): no signer of that one is
    known, the last one's card tells its own."""
    if topic is None or topic.named is None or not topic.named.is_document:
        return topic
    doc = kb.document(topic.doc_id)
    said = kinds_spelled(text)
    if doc is None or fold(topic.named.number) in _held_numbers(kb):
        return topic
    if not SIGNER_ASKED.search(said) or not (
        is_of_kind(said, topic.named, doc) or names_no_kind(said)
    ):
        return topic
    return replace(topic, named=None)


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
    what holds since that day. The note is given as the reply says it."""
    days = {tuple(int(n) for n in d) for d in DAY.findall(fold(text))}
    said = _strip_trailing(said_words(text))
    swapped = _swapped_in(said_words(text))  # ("thế chủ tịch xã thì sao" ends as one)
    last = shown(topic, kb)
    if swapped is None and last is not None:
        # "thế ở xã thì sao, giờ ko còn huyện": the swap, and a clause restating the note
        swapped = _swapped_in(said_words(_without_restating(text, last[0], kb)))
    # ("còn chủ tịch xã bây giờ": the last question asked of it now, as "ai" asks it)
    swapped_now = bool(_NOW.search(said)) and swapped is not None
    # "quy định đó giờ còn áp dụng không": whether what was just read still holds, which a
    # note of it saying from what day it does not answers, whatever words it says
    still = not days and bool(_STILL_HOLDS.search(f" {said} "))
    now = not days and (referrals.asks_who_now(said) or swapped_now or still)
    every = swapped if not days and not now else None
    if not (days or now or every):
        # "nđ 129 quy định ở điều mấy": the document a note of the passage just shown sends
        # to, named by its kind and number
        return _named_sent_to(text, last, kb) if last is not None else None
    # the passage just shown, else, asked of now, the one before it: "vậy thẩm quyền đó
    # chuyển cho ai" after the note that the district level is gone, shown after the article
    for again in (last, shown_before(topic, kb) if now else None):
        if again is None or not _short(_beyond_notes(said, again[0], kb)):
            continue
        sent = _sent_to("" if still else said, days, again[0], kb, every or [])
        if sent is not None and again[1] != topic.position:
            return sent[0], sent[1], sent_note(again[0], sent[2])  # (where the note was)
        if sent is not None:
            return sent[0], sent[1], f"Đoạn vừa trích ghi: {sent[2]}"
    return None


# "quy định đó còn áp dụng không", "thẩm quyền này giờ còn không", "nó còn hiệu lực ko": a
# provision pointed at, asked whether it still holds
_STILL_HOLDS = re.compile(
    r" (?:(?:quy dinh|tham quyen|dieu|khoan|noi dung|viec) (?:do|nay|ay|tren)|no)"
    r"(?: \w+){0,2} con (?:ap dung|hieu luc|dung duoc|dung|dung khong|khong|ko|k)\b"
)


def _named_sent_to(
    text: str, last: tuple[Passage, int], kb: KnowledgeBase
) -> tuple[Passage, int, str] | None:
    """The article a note of the passage just shown sends to, when the follow-up names its
    document by kind and number, with the note as the reply says it."""
    named = _NUMBERED_DOCUMENT.search(kinds_spelled(text))
    if named is None or _PARTICULARS.search(f" {said_words(text)} "):
        return None  # ("nđ 129 ai ký": its card)
    kind, number = (named[1], named[2]) if named[1] else (named[3], named[4])
    for sentence, article, position in sending(last[0], kb):
        doc = article.doc
        if fold(doc.kind) == kind and (doc.number or "").split("/")[0] == number:
            return article, position, f"Đoạn vừa trích ghi: {sentence}"
    return None


def _beyond_notes(said: str, passage: Passage, kb: KnowledgeBase) -> str:
    """The follow-up's words without those the passage's notes sending elsewhere say: words
    repeating a note ("giờ ko còn huyện thì thẩm quyền đó ai làm" of "không còn cấp huyện;
    thẩm quyền …") point at it, they name nothing new."""
    noted = {w for sentence, _, _ in sending(passage, kb) for w in said_words(sentence).split()}
    if not noted:
        return said
    kept = [w for w in said.split() if w not in noted]
    return " ".join(kept)


def _without_restating(text: str, passage: Passage, kb: KnowledgeBase) -> str:
    """The message without its clauses that only restate what the passage's notes sending
    elsewhere say, besides words saying now (", giờ ko còn huyện" of "từ 01/7/2025 không
    còn cấp huyện; …"); the message itself when none does or all do."""
    clauses = _CLAUSES.split(text)
    kept = [c for c in clauses if not _restates(_NOW.sub(" ", said_words(c)), passage, kb)]
    return ", ".join(kept) if kept and len(kept) < len(clauses) else text


def _restates(said: str, passage: Passage, kb: KnowledgeBase) -> bool:
    """Whether folded words say a few words of the passage's notes sending elsewhere and
    nothing else but asking and joining words ("ko còn huyện"; not "ở xã" alone)."""
    own = [w for w in said.split() if w not in ASKING and w not in JOINING]
    return len(own) >= RESTATED_WORDS and not _beyond_notes(" ".join(own), passage, kb)


def _swapped_in(said: str) -> list[str] | None:
    """The words a "còn X" follow-up swaps in, abbreviations spelled out and joining and
    asking words left out ("còn chủ tịch ubnd xã": "chu tich uy ban nhan dan xa"); None for
    a message of its own."""
    rest = _follow_up_rest(said)
    if rest is None:
        return None
    spelled = " ".join(_SPELLED.get(w, w) for w in rest.split())
    return [w for w in spelled.split() if w not in JOINING and w not in ASKING]


def sent_now(text: str, hits: list[Hit], kb: KnowledgeBase) -> tuple[list[Hit], str] | None:
    """For a question of now whose best passage, or one found nearly as well, notes that
    from a day it is so no more and sends to an article (`referrals.now_sent`): the hits
    with that article first, and the note saying so ("giờ ai tặng cstđcs thay chủ tịch
    huyện": the title's article notes the district level is gone and sends to the decree's)."""
    sent = referrals.now_sent(text, hits, kb)
    if sent is None:
        return None
    first, sentence = sent
    return [first, *(h for h in hits if h is not first)], sent_note(hits[0].passage, sentence)


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
    own = [w for w in own_words(asked, kb) if w not in _AROUND and w not in _PARTICLES]
    for sentence, article, position in sending(passage, kb):
        there = f" {said_words(sentence)} "
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


# "chỉ thị 14", "nđ 152", "luật TĐKT số 06": a kind of document and its number, the number
# right after the kind or after "số" a few words on.
_NUMBERED_DOCUMENT = re.compile(
    rf"\b({'|'.join(DOCUMENT_KINDS)})(?: so)? (\d{{1,4}})\b"
    rf"|\b({'|'.join(DOCUMENT_KINDS)})(?: [a-z]+){{1,4}} so (\d{{1,4}})\b"
)


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
    for found in _NUMBERED_DOCUMENT.finditer(kinds_spelled(text)):
        kind, number = (found.group(1), found.group(2)) if found.group(1) else found.group(3, 4)
        if int(number) in YEARS:
            continue
        same = kind == fold(doc.kind) and lead.isdigit() and int(lead) == int(number)
        if not same:
            return True
    return False


def names_other_law(said: str, doc: Document, kb: KnowledgeBase) -> bool:
    """Whether folded words name another legal document than `doc` by its short title
    ("còn điều lệ sáng kiến" after the circular guiding it)."""
    padded = f" {said} "
    return any(d.is_law and d.id != doc.id and names_law(padded, d) for d in kb.documents)


def cited_by_last(
    text: str, topic: Topic, kb: KnowledgeBase
) -> tuple[Passage, int, Named | None] | None:
    """The passage of the last document citing a document the question names by its kind and
    number, which the knowledge base does not hold ("thế chỉ thị 34 của Bộ Chính trị là về gì"
    after the letter carrying out CT 14): what the person just read tells of it, in its own
    words rather than its card's list of bases, with that document as the answer names it
    (what "ban hành ngày nào" next asks of); None when it cites none of them."""
    doc = kb.document(topic.doc_id)
    text = _number_kind_spelled(text, topic, kb)
    if doc is None or not names_other_document(text, topic, kb):
        return None
    held = _held_leads(kb)
    for found in _NUMBERED_DOCUMENT.finditer(kinds_spelled(text)):
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


# "cái 19 đó", "cái số 34": a number standing for a document the last answer cited; "cái của
# thủ tướng": its issuer (ISSUER_WORDS of its name)
_NUMBER_POINTED = re.compile(r"\bcai (?:so (\d{1,4})|(\d{1,4})|cua ((?:\w+ ?){2}))")
ISSUER_WORDS = 2


def _number_kind_spelled(text: str, topic: Topic, kb: KnowledgeBase) -> str:
    """The message with a document pointed at by its number or issuer alone ("cái 19 đó về
    gì", "cái của thủ tướng về việc gì") named by its kind and number as the passage just
    shown cites it ("Chỉ thị số 19/CT-TTg … của Thủ tướng Chính phủ"): "chi thi 19"; the
    message itself when the passage cites no one document so."""
    said = said_words(text)
    found = _NUMBER_POINTED.search(said)
    again = shown(topic, kb)
    if found is None or again is None:
        return text
    number, issuer = found.group(1) or found.group(2), found.group(3)

    def pointed(cited: re.Match[str]) -> bool:
        if number is not None:
            return re.match(rf"0*{int(number)}\D", cited.group(2)) is not None
        of = fold(cited.group(0)).split(" cua ", 1)
        return len(of) == 2 and of[1].startswith(issuer.strip())

    documents = {
        (fold(c.group(1)), int(re.split(r"\D", c.group(2), maxsplit=1)[0]))
        for c in CITED.finditer(again[0].text)
        if pointed(c)
    }
    if len(documents) != 1:
        return text
    kind, lead = documents.pop()
    return f"{said[: found.start()]}{kind} {lead} {said[found.end() :]}"


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
    rest = _follow_up_rest(said_words(text))
    doc = kb.document(topic.doc_id) if topic is not None else None
    if doc is None:
        return None
    if rest is None:
        # "chỉ thị đó ai ký" after a letter: the directive pointed at, if one of that kind
        # is held ("điều lệ đó" is a decree's)
        pointed = _KIND_POINTED.search(f" {said_words(text)} ")
        kind = pointed.group(2) if pointed is not None else None
        held = kind is not None and any(fold(d.kind) == kind for d in kb.documents)
        return kind if held and kind != fold(doc.kind) else None
    padded = _WORK_PLAN.sub(" ", f" {rest} ")
    return next((k for k in DOCUMENT_KINDS if f" {k} " in padded and k != fold(doc.kind)), None)


# "hoàn thành bao nhiêu % kế hoạch", "đạt … kế hoạch", "vượt kế hoạch": the work planned,
# not a document
_WORK_PLAN = re.compile(r" (?:hoan thanh|dat|vuot|phan tram)(?: \w+){0,2} ke hoach(?= )")


def asked_kind(text: str) -> str | None:
    """The kind of document a question asks for ("theo nghị định nào": "nghi dinh")."""
    found = _ASKED_KIND.search(kinds_spelled(text))
    return found.group(1) if found else None


def of_kind(passage: Passage, kind: str) -> bool:
    """Whether the passage is of a document of that kind."""
    return fold(passage.doc.kind) == kind


# Words asking which document or which of its particulars ("quy định ở nđ nào", "ban hành
# ngày nào", "căn cứ kế hoạch nào") and fillers ("cái", "đã", "chưa", "hiện nay"): a document's card
# or citing line answers them, whatever its words, so they weigh nothing in `coverage`.
_ASKING_DOCUMENT = frozenset(
    "quy dinh van ban can cu ban hanh thong qua hieu luc ngay dieu nd nghi dinh thong tu luat "
    "ke hoach cai da chua ky hien nay vao".split()
)


# "chú trọng đối tượng nào": asks who, as "ai" does; the answer names the people, seldom the
# word (as the search reads it: knowledge/searching/weights_and_vocabulary.py, WHO_PHRASES);
# "phải làm gì" asks what someone's duties are, which their item states without the words
_WHO_ASKED = re.compile(r" (?:nhung |cac )?doi tuong (?=nao )| phai lam (?=(?:nhung )?(?:gi|j) )")


# "ngoài ra cần sáng kiến ở phạm vi nào": words joining the follow-up to what was just read,
# which say nothing of what it asks (not "hơn nữa", which folds as "hơn nửa", more than half)
_CONNECTIVES = re.compile(r" (?:ngoai ra|ben canh do|them nua|ngoai do)(?= )")


def content_words(text: str) -> list[str]:
    """The follow-up's own content words: not asking, joining, pointing or polite words,
    nor those asking for a document (the carried name of the last one is not in the text);
    a share in per cent ("15%") is one, the particle ending a yes-or-no question is not."""
    stop = ASKING | JOINING | POINTING | POLITE_ENDS | _ASKING_DOCUMENT
    read = _WHO_ASKED.sub(" ", f" {_strip_trailing(said_words(text))} ")
    said = _CONNECTIVES.sub(" ", read).split()
    said = without_question_end(said)
    shares = set(said_words(" ".join(SHARE.findall(text))).split())
    return [w for w in said if w in shares or (len(w) > 1 and not w.isdigit() and w not in stop)]


def rarity(word: str, kb: KnowledgeBase) -> float:
    """A word's IDF over all passages, campaign and legal."""
    return math.log((len(kb.passages) + 1) / (_passages_saying(word, kb) + 0.5))


def said_anywhere(word: str, kb: KnowledgeBase) -> bool:
    """Whether any passage, campaign or legal, says the word ("check" none)."""
    return _passages_saying(word, kb) > 0


def _passages_saying(word: str, kb: KnowledgeBase) -> int:
    laws = kb.law_index.passages_saying(word) if kb.law_index is not None else 0
    return kb.index.passages_saying(word) + laws


def coverage(
    own: list[str],
    passage: Passage | str,
    kb: KnowledgeBase,
    weigh: Callable[[str, KnowledgeBase], float] = rarity,
) -> float:
    """The share of the words' rarity (`rarity`) that the passage or its headings (or a
    sentence) say: one measure, the same for every reading of a follow-up. (`own` may hold
    phrases, each weighed by `weigh`.)"""
    text = passage if isinstance(passage, str) else f"{passage.text}\n{passage.section}"
    said = f" {said_words(text)} "
    weights = [(weigh(w, kb), f" {w} " in said) for w in own]
    whole = sum(w for w, _ in weights)
    return sum(w for w, there in weights if there) / whole if whole else 0.0
