"""Where the last answer comes from: "điều mấy của luật", "theo nghị quyết nào của qh".

A follow-up asking only for the source of the passage just shown is answered in one line
from that passage's own heading (its article) or from the documents it cites; a basis the
passage does not cite is looked for in the passages of the same document nearest to what
was asked, then in the document's stated bases. Nothing is searched anew: the person asks
about what they were just shown.
"""

import re
from collections.abc import Sequence

from bot.messages import Reply
from handlers import context
from handlers.followups.topic_memory import ARTICLE_ASKED
from handlers.named_things import CITED as _CITED
from handlers.named_things import KINDS as _KINDS
from handlers.phone_answer import CONTINUED, citation, passage_reply
from knowledge import Document, KnowledgeBase, Passage
from knowledge.normalize import fold, folded_words
from knowledge.referrals import ARTICLE_NAME
from knowledge.shorthand import spell_out

_BASIS = re.compile(
    rf"\b(?:theo|can cu(?: vao)?|dua tren|dua vao) ({'|'.join(_KINDS)}) (?:nao|gi)\b"
    r"|\bcan cu (?:vao )?(?:dau|gi|nao)\b"
    rf"|\b({'|'.join(_KINDS)}) nao (?:quy dinh|noi|ghi)\b"
)
# Where the passage just shown is written: "quy định ở đâu", "ghi ở đâu vậy"; which part of
# its document it is: "mục mấy", "ở phần nào".
_WHERE = re.compile(
    r"\b(?:quy dinh|noi|ghi) (?:o|tai) (?:dau|van ban nao)\b|\bo dau (?:quy dinh|noi|ghi)\b"
    r"|\b(?:muc|phan) (?:may|nao|so may|so nao)\b"
)
# Who issued the basis asked for ("của qh"): what its number ends with.
_ISSUERS = {"qh": "QH", "quoc hoi": "QH", "chinh phu": "CP", "cp": "CP", "ttg": "TTg"}
# Words a source follow-up may say besides its asking form: nothing of its own.
_PLAIN = frozenset(
    "cua o la vay a ha nhi the doan nay do ay day cai tren vua roi quy dinh noi dung trong van ban"
    " luat nghi quyet dinh thong tu chi thi ke hoach cong van qh quoc hoi chinh phu cp ttg"
    " theo can cu vao dua tren nao gi may dieu khoan bao nhieu so dau viec noi ghi tai"
    " ra lay tu xuat xu nguon goc muc phan"
    # "nằm ở điều mấy", "điều mấy v" ("vậy" typed as one letter)
    " nam v".split()
)
# A message opening on what the last answer read, pointed at ("nguyên tắc đó", "mục ấy")
_POINTED_OPENING = re.compile(r"^\w+(?: \w+)? (?:do|ay|vua roi)\b")
# "mức 15% là theo văn bản nào", "… là của nghị định nào", "… quy định ở đâu"
_OF_DOCUMENT = re.compile(
    rf"\b(?:theo|cua|o|tai|trong) ({'|'.join(_KINDS)}) nao\b"
    r"|\b(?:quy dinh|noi|ghi) (?:o|tai) (?:dau|van ban nao)\b"
    # "mức 15% đó ở đâu ra", "con số đó lấy từ đâu": where it was taken from
    r"|\b(?:o|tu) dau ra\b|\blay (?:o|tu) dau\b|\bxuat xu\b|\bnguon goc\b"
)
# a sentence's or a clause's end: "…; mức “không quá 15% …” là của Nghị định 91/2017/NĐ-CP"
_CLAUSE_END = re.compile(r"(?<=\.)\s+(?=[A-ZĐ])|;\s*|\n+")
_GROUNDS = re.compile(r"\b(can cu|dua tren|dua vao)\b")
# the words saying a text rests on the document cited right after them
_LEAD_BEFORE = re.compile(r"(?:^|(?<=[\s,.;:(]))([Cc]ăn cứ|[Tt]heo|[Tt]hực hiện):? $")
_LEAD = re.compile(r"(?:Căn cứ|Theo|Thực hiện) ")
# the article, and its clause, right before a cited document: "khoản 2 Điều 59 Nghị định …"
_ARTICLE_BEFORE = re.compile(r"((?:(?:điểm [a-zđ] )?khoản \d+ )?Điều \d+[a-z]?) (?:của )?$")


def asks_article(text: str) -> bool:
    """Whether the message asks which article or clause ("điều mấy của điều lệ")."""
    return bool(ARTICLE_ASKED.search(context.kinds_spelled(spell_out(text))))


def asks(text: str, shown: Document | None = None) -> bool:
    """Whether the message asks only where the last answer comes from; it may name the
    document `shown` by its number ("điều nào của nđ 152" after a passage of Nghị định 152)."""
    # "theo nq nào" as "theo nghị quyết nào"; chat shorthand written out ("ad" left out)
    folded = context.kinds_spelled(spell_out(text))
    article = ARTICLE_ASKED.search(folded)
    if not (article or _BASIS.search(folded) or _WHERE.search(folded)):
        return False
    own = _number_words(shown) if shown is not None else frozenset()
    if article:  # "nguyên tắc đó ở điều mấy": the article of what was just read
        folded = _POINTED_OPENING.sub("", folded)
    return all(w in _PLAIN or w in own for w in folded.split())


def cited_for(text: str, topic: context.Topic, kb: KnowledgeBase) -> Reply | None:
    """ "Mức 15% là theo văn bản nào" after a passage saying "mức “không quá 15% …” là của
    Nghị định 91/2017/NĐ-CP": the clause of the passage just shown that says every word of
    the question's own and cites a document (of the kind asked, if one is), quoted."""
    folded = context.kinds_spelled(text)
    asked = _OF_DOCUMENT.search(folded)
    shown = context.shown(topic, kb)
    if asked is None or shown is None:
        return None
    own = [w for w in folded.split() if w not in _PLAIN]
    if not own:
        return None  # nothing of its own: where the passage as a whole comes from (`answer`)
    kind = _KINDS.get(asked.group(1) or "", "")
    for clause in _CLAUSE_END.split(shown[0].text):
        said = set(folded_words(clause).split())
        if all(w in said for w in own) and _cited(clause, kind, _issuer(folded)):
            return Reply(f"Theo đoạn vừa trích: {clause.strip()}\n\n{citation(shown[0])}")
    return None


def _number_words(doc: Document) -> frozenset[str]:
    """The words of a document's number as staff type them: "152/2025/NĐ-CP" is "152",
    "2025", "nd", "cp"."""
    if not doc.has_number:
        return frozenset()
    return frozenset(folded_words(doc.number or "").split())


def answer(text: str, topic: context.Topic, kb: KnowledgeBase) -> Reply | None:
    """One line naming the source asked for, or None when the shown passage does not say."""
    shown = context.shown(topic, kb)
    if shown is None:
        return None
    passage = shown[0]
    folded = context.kinds_spelled(text)  # "theo nq nào" as "theo nghị quyết nào"
    if ARTICLE_ASKED.search(folded):
        other = _other_kind(folded, passage.doc)
        rests_on = _cited_article(passage)
        # "căn cứ khoản nào", or "khoản mấy của luật", after "… theo khoản 7 Điều 84 của
        # Luật …": the article the passage rests on, as it says it
        if rests_on is not None and (
            _GROUNDS.search(folded) or (other is not None and other in folded_words(rests_on))
        ):
            return _rests_on(passage, rests_on)
        if other is not None:  # "điều nào của luật" after a decree's passage
            return _article_of_kind(other, topic, kb)
        return _with_title_article(_article(passage, topic.query), passage, topic, kb)
    if _WHERE.search(folded) and not _BASIS.search(folded):
        return Reply(f"Đoạn vừa trích là {passage.section} của {passage.doc.name}.")
    basis = _BASIS.search(folded)
    named = (basis.group(1) or basis.group(2) or "") if basis else ""
    kind, issuer = _KINDS.get(named, ""), _issuer(folded)
    grounds = _GROUNDS.search(folded)  # "căn cứ vào đâu": what it rests on, not where it is
    # "theo văn bản nào": the document quoted, unless it is a reference note, which is no
    # document one acts on: then the document it relies on
    if not grounds and _is_itself(passage.doc, kind, issuer) and not _is_note(passage.doc):
        return Reply(f"Đoạn vừa trích là {passage.section} của {passage.doc.name}.")
    if kind and _is_itself(passage.doc, kind, issuer) and not _cited(passage.text, kind, issuer):
        # "căn cứ nghị định nào" after a decree's article citing none: that decree, that article
        return _article(passage) or Reply(
            f"Đoạn vừa trích là {passage.section} của {passage.doc.name}."
        )
    return _basis(passage, topic, kb, kind, issuer, grounds=bool(grounds))


def _is_note(doc: Document) -> bool:
    return doc.category == "reference"


# An article another document's passage rests on, as the passage writes it: "theo khoản 7
# Điều 84 của Luật Thi đua, khen thưởng", "khoản 2, khoản 3 Điều 80 Luật …" (a law's name may
# hold a comma: it ends before "gồm", "thực hiện" or a stop).
_ARTICLE_CITED = re.compile(
    r"(?:(?:theo|tại|căn cứ) )?"
    r"(?:(?:điểm [a-zđ], )*(?:điểm [a-zđ] )?(?:khoản \d+, )*khoản \d+ )?Điều \d+[a-z]?"
    r"(?: của)? (?:Luật|Nghị định|Thông tư|Nghị quyết)[^;:.()\n]*?"
    r"(?= gồm| thực hiện| như sau| quy định|[;:.()\n]|$)"
)


def _cited_article(passage: Passage) -> str | None:
    """The article (and clause) of a law the passage says it rests on, in its own words,
    with the word before it that says so ("theo khoản 7 Điều 84 của Luật …")."""
    found = _ARTICLE_CITED.search(passage.text)
    return found.group(0) if found else None


def _rests_on(passage: Passage, rests_on: str) -> Reply:
    """Where the passage just shown is, its article by its heading ("căn cứ điều mấy" may ask
    which article says it), and the article it says it rests on."""
    return Reply(
        f"Đoạn vừa trích là “{passage.section}” ({passage.doc.name}). Điều này ghi căn cứ:"
        f" “{rests_on}”.\n\n{citation(passage)}"
    )


def _other_kind(folded: str, doc: Document) -> str | None:
    """The kind of document the question names when the passage shown is of another kind."""
    padded = f" {folded} "
    named = next((k for k in context.DOCUMENT_KINDS if f" {k} " in padded), None)
    return named if named is not None and named != fold(doc.kind) else None


def _article_of_kind(kind: str, topic: context.Topic, kb: KnowledgeBase) -> Reply | None:
    """ "Điều nào của luật quy định" after a decree's passage on a title's bonus: the article
    of a document of that kind on what the conversation is about (the title's own)."""
    title = context.conversation_title(topic, kb)
    for hit in kb.search(f"{title or topic.query} {kind}", limit=context.WITHIN):
        found = hit.passage
        if fold(found.doc.kind) != kind or not ARTICLE_NAME.search(found.section):
            continue
        article = found.section.split(" › ")[0]
        caveat = f"\n⚠️ {found.doc.caveat}" if found.doc.caveat else ""
        what = "danh hiệu này được quy định" if title else "nội dung này"
        return Reply(f"Trong {found.doc.name}, {what} ở {article}.{caveat}")
    return None


def _with_title_article(
    reply: Reply | None, passage: Passage, topic: context.Topic, kb: KnowledgeBase
) -> Reply | None:
    """ "Theo điều mấy" after a decree's line on a title (its bonus): the article shown, and
    the law's article on the title the conversation is about, which the person may mean."""
    if reply is None or fold(passage.doc.kind) == "luat":
        return reply
    if context.conversation_title(topic, kb) is None:
        return reply
    law = _article_of_kind("luat", topic, kb)
    return reply if law is None else Reply(f"{reply.text}\n{law.text}")


def _article(passage: Passage, question: str = "") -> Reply | None:
    """ "Điều mấy": the article the shown passage is, from its own heading; with the clause
    (and point) of the line that answered `question`, the question the passage was shown
    for ("điều mấy" after the line "c) Quy định hồ sơ …" of "Điều 6 khoản 2": that clause)."""
    found = ARTICLE_NAME.search(passage.section)
    if found is None:
        return None
    caveat = f"\n⚠️ {passage.doc.caveat}" if passage.doc.caveat else ""
    doc = passage.doc
    article = found.group(0)
    clause, point, opens = _clause_of(passage, question) if question else (None, None, "")
    # how a letter cites it: "điểm c khoản 2 Điều 6 Nghị định 152/2025/NĐ-CP"
    exact = " ".join(
        part
        for part in (f"điểm {point}" if point else "", f"khoản {clause}" if clause else "")
        if part
    )
    cited = f"{exact} {article}" if exact else article
    cite = f"\nKhi dẫn chiếu, ghi: {cited} {doc.kind} {doc.number}." if doc.has_number else ""
    where = f"\nDòng trả lời nằm ở {cited}." if clause else ""
    if clause and opens:  # the clause's own opening words, as a letter quotes it
        where = f"\nDòng trả lời nằm ở {cited}, khoản này mở đầu bằng: “{_shortened(opens)}”"
    heading = _own_heading(passage, article)
    named = f"\nTên điều: “{heading}”." if heading else ""
    return Reply(f"Đoạn vừa trích là {passage.section} của {doc.name}.{named}{where}{cite}{caveat}")


QUOTED_CHARS = 200  # of a clause's opening line quoted


def _shortened(line: str) -> str:
    if len(line) <= QUOTED_CHARS:
        return line
    return line[:QUOTED_CHARS].rsplit(" ", 1)[0] + " …"


# A line opening a clause of an article: "2. …", or naming its place: "Điều 6 khoản 2. …"
_CLAUSE_LINE = re.compile(r"^\s*(?:Điều \d+[a-z]? khoản (\d+)\b|(\d+)\.\s)")
_POINT_LINE = re.compile(r"^\s*([a-zđ])\)\s")
OPENING_CHARS = 60  # of the reply's opening line, enough to find it in the passage


def _clause_of(passage: Passage, question: str) -> tuple[str | None, str | None, str]:
    """The clause number and point letter of the line the reply to the question opened with
    (as `passage_reply` shows it: a sentence of a long line may open it): the nearest clause
    opening at or above it, with that clause's opening line ("2. Các đối tượng sau đây
    không được công nhận là sáng kiến:"); None when the reply opened with the article's
    heading."""
    text = CONTINUED.sub("", passage.text)
    opening = passage_reply(passage, -1, question).text.split("\n", 1)[0].strip(" …")
    at = text.find(opening[:OPENING_CHARS]) if opening else -1
    if at < 0:
        return None, None, ""
    pointed = _POINT_LINE.match(opening)
    # the opening itself, then the start of its line and the lines above it
    letter = pointed.group(1) if pointed else None
    for line in (opening, *reversed(text[:at].split("\n"))):
        clause = _CLAUSE_LINE.match(line)
        if clause is not None:
            number = clause.group(1) or clause.group(2)
            return number, letter, _clause_opening(opening, text[:at], number)
    return None, None, ""


def _clause_opening(opening: str, before: str, number: str) -> str:
    """The clause's first words up to its first stop or colon: the reply's opening line when
    it opens the clause, else the clause's start in the text above it (a law's text may run
    its clauses on in one line: "… đơn vị khác 1. Thủ trưởng …")."""
    if _CLAUSE_LINE.match(opening):
        start = opening
    else:
        starts = list(re.finditer(rf"(?:^|(?<=\s)){number}\.\s", before))
        if not starts:
            return ""
        start = before[starts[-1].start() :]
    first = re.match(r"\s*\d+\.\s[^\n]*?[:.;](?=\s|$)", start)
    return (first.group(0) if first else start.split("\n", 1)[0]).strip()


def _own_heading(passage: Passage, article: str) -> str:
    """The article's heading as its text writes it ("Điều 80. Thẩm quyền của Thủ trưởng,
    người đứng đầu …"), when the passage holds it and its section names it otherwise."""
    text = CONTINUED.sub("", passage.text)
    found = re.search(rf"^{article}\. [^\n]*?(?= 1\. |\n|$)", text, re.MULTILINE)
    if found is None or passage.section.startswith(found.group(0).strip()):
        return ""
    return found.group(0).strip()


def _basis(
    passage: Passage,
    topic: context.Topic,
    kb: KnowledgeBase,
    kind: str,
    issuer: str,
    grounds: bool = False,
) -> Reply | None:
    """ "Theo nghị quyết nào": what the shown passage cites of that kind; else what the
    passage of its document nearest to the question cites; else the document's bases.
    "Căn cứ văn bản nào" asks what the whole section rests on: its parts before the one
    shown count too, where an opening writes "Thực hiện Chỉ thị số …" first."""
    parts = _with_rest(passage, topic, kb)
    if grounds:
        parts = _before(passage, topic, kb) + parts
    for part in parts:  # what it cites, though past the part shown
        own = _cited(part.text, kind, issuer)
        if own:
            said = "ghi:" if any(_LEAD.match(c) for c in own) else "dẫn"
            return Reply(f"Đoạn vừa trích {said} {_joined(own)}.\n\n{citation(part)}")
    nearest = _nearest_citing(passage, topic, kb, kind, issuer)
    if nearest is not None:
        cited, where = nearest
        led = cited[0] if _LEAD.match(cited[0]) else f"Theo {cited[0]}"
        return Reply(f"{_joined([led, *cited[1:]])}.\n\n{citation(where)}")
    stated = [b for b in passage.doc.based_on if _fits(b, kind, issuer)]
    if stated:
        lines = "\n".join(f"- {b}" for b in stated)
        return Reply(f"Văn bản vừa trích nêu căn cứ:\n{lines}\n\n{citation(passage)}")
    return None


def _with_rest(passage: Passage, topic: context.Topic, kb: KnowledgeBase) -> list[Passage]:
    """The passage shown and the parts of its section it was cut from that follow it ("(mục 4,
    tiếp theo)", offered as "Xem thêm (phần còn lại)"): one passage to the person."""
    parts = [passage]
    for later in kb.passages[topic.position + 1 :]:
        if (later.doc.id, later.section) != (passage.doc.id, passage.section):
            break
        if not CONTINUED.match(later.text):
            break
        parts.append(later)
    return parts


def _before(passage: Passage, topic: context.Topic, kb: KnowledgeBase) -> list[Passage]:
    """The parts of the shown passage's section it continues, first part first."""
    parts: list[Passage] = []
    current, position = passage, topic.position
    while CONTINUED.match(current.text) and position > 0:
        position -= 1
        earlier = kb.passages[position]
        if (earlier.doc.id, earlier.section) != (passage.doc.id, passage.section):
            break
        parts.insert(0, earlier)
        current = earlier
    return parts


def _nearest_citing(
    passage: Passage, topic: context.Topic, kb: KnowledgeBase, kind: str, issuer: str
) -> tuple[list[str], Passage] | None:
    """Of the other passages of the shown one's document that cite a basis of that kind,
    the one sharing most words with the question just answered."""
    asked = set(fold(topic.query).split())
    citing = [
        (cited, p)
        for _, p in context.document_passages(passage.doc.id, kb)
        if p is not passage and (cited := _cited(p.text, kind, issuer))
    ]
    if not citing:
        return None
    return max(citing, key=lambda c: len(asked & set(fold(c[1].text).split())))


def _cited(text: str, kind: str, issuer: str) -> list[str]:
    """The documents a text cites, of that kind and issuer, each once, as written; with the
    words before it that say how ("Căn cứ Công văn số 8240/…", "Theo Điều 59 Nghị định …")."""
    found: list[str] = []
    for match in _CITED.finditer(text):
        cited = match.group(0).strip()
        if _fits(cited, kind, issuer) and not any(match.group(2) in f for f in found):
            before = text[: match.start()]
            article = _ARTICLE_BEFORE.search(before)
            # "theo Điều 59 Nghị định 129/2025/NĐ-CP": the article cited too
            if article is not None:
                cited, before = f"{article.group(1)} {cited}", before[: article.start()]
            lead = _LEAD_BEFORE.search(before)
            found.append(f"{lead.group(1).capitalize()} {cited}" if lead else cited)
    return found


def _is_itself(doc: Document, kind: str, issuer: str) -> bool:
    """Whether the document quoted is what was asked for: any document ("văn bản nào"),
    or one of the kind asked ("theo luật nào" after the law)."""
    if not kind:
        return not issuer
    return doc.kind.startswith(kind) and (not issuer or issuer in (doc.number or ""))


def _fits(cited: str, kind: str, issuer: str) -> bool:
    return cited.startswith(kind) and (not issuer or issuer in cited)


def _issuer(folded: str) -> str:
    padded = f" {folded} "
    return next((mark for name, mark in _ISSUERS.items() if f" {name} " in padded), "")


def _joined(cited: Sequence[str]) -> str:
    return "; ".join(cited)
