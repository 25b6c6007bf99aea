"""Answers sized for a phone: the part that answers first, the first message within
FIRST_MESSAGE characters with "Xem thêm" for the rest, the source always cited, and option
labels that differ within their first LABEL_DISTINCT characters.
"""

import math
import re
from collections import Counter
from collections.abc import Set as AbstractSet
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

import yaml

from bot.messages import Choice, Reply
from handlers import list_place
from handlers.marked_words import line_forms, off_marks, typed_forms
from handlers.named_things import CARRYING_OUT
from handlers.phone_lists import (
    CLOSING,
    LIST_ITEM,
    MIN_PART,
    compact_list,
    cut_at_phrase,
    few_whole,
    item_kind,
)
from knowledge import Passage, asked_facts
from knowledge.documents import vn_date
from knowledge.normalize import accent_key, fold, has_marks, nfc, words
from knowledge.ordinals import LAST, item_number
from knowledge.search import (
    ABBREVIATIONS_FILE,
    ASKS_BASIS_OF_KIND,
    KIND_LETTERS,
    LIST_ASKED,
    OBJECTS_ASKED,
)
from knowledge.synonyms import Synonyms

FIRST_MESSAGE = 700
LEAD_LINES = 2  # lines a cut message may show before the answering line
BLOCK_REACH = 4  # lines above the answering line searched for the one introducing its list
UNSTATED_SHARE = 0.5  # a line not stating the kind of fact asked, when another line does
NOTE_SHARE = 0.6  # an editors' note answers first only when it says clearly more than the text
LISTED = 3  # times a line names the kind asked ("phong trào nào") to be a list of it
LISTING_SHARE = 0.5  # a term of the kind asked counts this much in a line listing that kind
LISTED_COMMAS = 2  # commas of a heading listing what its clauses are each about
HEADING_WEIGHT = 0.5  # a word of a section's heading tells its lines apart this much less
OFF_MARKS_SHARE = 0.5  # a word the question writes with other marks ("đối" for "đổi") counts
ANNOTATES = 1 / 3  # share of an editors' note's terms that restate the line it annotates
PARAPHRASES = 1 / 2  # share of them that says the line again in other words
LABEL_DISTINCT = 30  # button labels must differ within their first this many characters
CARD_LABEL_WORDS = 4  # "Kính gửi:", "Người ký:", "Thời gian áp dụng:"

_LINE_WORDS = re.compile(r"\w+")
CONTINUED = re.compile(r"^\(.*, tiếp theo\)\n")
# "(bảng tác giả: họ và tên, …, tỷ lệ (%) đóng góp…)" closing a list item: an explanation.
_BRACKETED_END = re.compile(r"(?<=\S)\s*\((?:[^()]|\([^()]*\))*\)\s*$")
# Words asking for a list by what it holds ("gồm", "những mục", "các bước").
_ITEM_WORDS = r"gom|nhung muc|liet ke|bao gom|cac buoc|nhung giay to"
_ITEMS_NAMED = re.compile(rf"\b({_ITEM_WORDS})\b")
# A list asked: as the search reads it ("có những nội dung gì", "nội dung … có gì"), and the
# steps or papers of a procedure, which are lists of a passage rather than an outline.
_LIST_WORDS = re.compile(rf"{LIST_ASKED.pattern}|\b(?:cac buoc|nhung giay to)\b")
# (a stop after a number ends a sentence when the number is a year or a name's, "năm 2021.",
# "COVID-19.", not when it numbers what follows: "1. Trưởng", "Điều 3. Sáng kiến")
_SENTENCE_END = re.compile(
    r"(?:(?<=[^\d\s][.!?])|(?<=\d{4}[.!?])|(?<=[-/]\d[.!?])|(?<=[-/]\d\d[.!?]))"
    r"\s+(?=[A-ZĐÀ-Ỹ\"“])"
)
# Items of an article glued into one paragraph: "…; b) Đã được áp dụng…", "… (4) Chưa khen…",
# and the editors' note after the clause it is on ("…khen thưởng; Ghi chú (không phải…): …")
_ITEM_START = re.compile(
    r"(?<=[;:.])\s+(?=(?:[a-zđ]\)|\(\d{1,2}\)|\d{1,2}\.)\s|Ghi chú\b)"
    # an article's title glued to its first clause: "… và các đơn vị khác 1. Thủ trưởng …"
    r"|(?<=[a-zà-ỹđ])(?<!\bkhoản)(?<!\bđiều)(?<!\bmục)(?<!\bsố)\s+(?=1\.\s+[A-ZĐÀ-Ỹ])"
)
# "gửi cho ai" is answered by "Nơi nhận", "ai nhận" by "Kính gửi": one question, two labels
_RECIPIENTS = frozenset(("gui", "nhan"))
# "bao nhiêu %", "tỷ lệ bao nhiêu": of the lines naming the same thing, the one giving a share.
_ASKS_SHARE = re.compile(r"%|\b(phan tram|ty le)\b")
# What staff call a card line that its label does not say: the signer's position is on the
# line "Người ký: Chủ tịch Lê Ngọc Tuấn".
# The date is on the line "Số: 14/CT-UBND ngày 28/7/2021…" ("ký ngày nào" asks for it, not
# for the signer).
CARD_LINE_WORDS = {
    "chuc vu": "nguoi ky",
    "chuc danh": "nguoi ky",
    "ngay nao": "so",
    "ngay bao nhieu": "so",
    "ngay may": "so",
    # "dựa trên chỉ thị nào" asks what it rests on: the line "Căn cứ: …"
    "dua tren": "can cu",
    "dua vao": "can cu",
    "thuc hien van ban nao": "can cu",  # "thực hiện các văn bản nào": what it carries out
    "thuc hien cac van ban nao": "can cu",
    "thuc hien nhung van ban nao": "can cu",
    "giai doan": "thoi gian ap dung",  # "giai đoạn nào": the period it applies to
}
THEME_LABEL = "chu de"
BASIS_LABEL = "can cu"
_FUNCTION_WORDS = frozenset(
    "la gi cua va cac nhung co nao ai the nao o trong cho voi duoc mot nay do ve can theo".split()
)
# The function words as written, to tell them from content words folding alike ("trọng").
_FUNCTION_KEYS = frozenset(
    accent_key(w)
    for w in "là gì của và các những có nào ai thế nào ở trong cho với được một này đó do về cần".split()
)
# "không" closing a question ("có … không") only asks; inside one it denies ("trường hợp
# không được công nhận"), which is what tells the line that answers from its opposite.
_ASKING_WHICH = frozenset(("nao", "gi"))  # "danh hiệu nào", "những thông tin gì"
_ASKING_TAIL = frozenset(("khong", "ko", "k", "chua", "a"))  # (and the "ạ" of politeness)
_ASKING_TONE = frozenset(("vay", "the", "nhi"))  # "… gì vậy", "… gì thế", "… gì nhỉ"
_POLITE_OPENING = re.compile(r"^(?:(?:cho|xin|phep|em|toi|minh|to|anh|chi|muon) )+hoi\b")
# "nữ lãnh đạo thì sao": a follow-up's closing words only ask ("thì" alone is also the "thi"
# of "thi đua", so it is dropped only where it closes the question).
_FOLLOW_UP_TAIL = (("thi", "sao"), ("thi", "the", "nao"), ("the", "nao"), ("nua",))
_PHRASE_END = re.compile(r"[,;:.!?“”\"]")
_NOTE_LABEL = re.compile(r"^\s*Ghi chú(?:\s*\([^)]*\))?:")
# A note on the assistant itself ("lệnh /sangkien của trợ lý"), and a question about it
_OF_ASSISTANT = re.compile(r"lệnh /\w+|của trợ lý")
_ASKS_ASSISTANT = re.compile(r"(?:^|\s)/[a-z]|\b(lenh|tro ly|bot|chatbot)\b")
# An article is cited by its number, as laws cite each other ("Điều 23", not "Điều 23. Danh
# hiệu “Chiến sĩ thi đua cơ sở”"): the room goes to the answer.
_ARTICLE_NAME = re.compile(r"^(Điều \d+)(?:\.\s|\s*\().*$")
_ARTICLE = re.compile(r"^\s*Điều \d+\b")  # an article's heading: "Điều 80. Thẩm quyền…"
# Clauses of one long item, joined by semicolons ("…sử dụng đất; …khí tượng thủy văn;")
_CLAUSE_END = re.compile(r"(?<=;)\s+")
_PHRASE_START = re.compile(r"(?<=,)\s+")  # a long sentence's phrases, when it has no clauses
# "… về cải cách hành chính (yêu cầu thế nào)": the word before the topic asked about, its
# first two words
_ABOUT = frozenset(("về", "ve"))
# "thực hiện ct 14", "theo chỉ thị số 14/CT-UBND": a document named by the one it carries out
# (folded)
_CARRYING_OUT = re.compile(
    rf"\b{CARRYING_OUT} (?:(?:ct|chi thi|kh|ke hoach|nq|nghi quyet|qd|quyet dinh)"
    r"(?: so)? ?\d+[\w/-]*)"
)


def citation(passage: Passage, section: str | None = None) -> str:
    """Where the passage comes from (its `section`, by default the passage's own); for a
    legal document, since when it is in force."""
    doc = passage.doc
    section = passage.section if section is None else section
    section = " › ".join(_ARTICLE_NAME.sub(r"\1", part) for part in section.split(" › "))
    lines = [f"📄 Nguồn: {doc.name}, {section}." if section else f"📄 Nguồn: {doc.name}."]
    if doc.category == "law" and doc.effective:
        force = f"Hiệu lực từ {vn_date(doc.effective)}"
        if doc.expires:
            force += f"; hết hiệu lực từ {vn_date(doc.expires)}"
            if doc.replaced_by:
                force += f", thay bằng {doc.replaced_by}"
        lines.append(force + ".")
    if doc.caveat:
        lines.append(f"⚠️ {doc.caveat}")
    return "\n".join(lines)


def cite(passage: Passage) -> str:
    """The passage followed by where it comes from."""
    return f"{passage.text}\n\n{citation(passage)}"


def passage_reply(
    passage: Passage,
    position: int,
    question: str = "",
    more: tuple[Choice, ...] = (),
    note: str | None = None,
    carried: str = "",
    article_first: bool = False,
) -> Reply:
    """The passage sized for a phone: the answering line first, then as much as fits
    beside its source and the `note` that follows it. When the message opens with the
    passage's own heading ("Điều 80 (thẩm quyền…)", "1. Đối với tập thể"), the source does
    not name it again: its room goes to the answer. Asked which article (`article_first`),
    a clause of one opens with the article's heading: that is the answer."""
    text = CONTINUED.sub("", passage.text)  # "(mục 4, tiếp theo)": the source says where
    article, _, below = (part.strip() for part in passage.section.partition("›"))
    number = _ARTICLE.match(article)
    # (not when the text opens on its article's number: "Điều 6 khoản 2. …")
    if (
        article_first
        and number
        and not text.removeprefix(article).lstrip().startswith(number.group(0).strip())
    ):
        # the heading on top: the source does not name it again, its room goes to the text
        source = citation(passage, below) + (f"\nℹ️ {note}" if note else "")
        text = text.removeprefix(article).lstrip("\n") or text
        body = _sized(passage, position, text, question, more, source, carried, len(article) + 1)
        return replace(body, text=f"{article}\n{body.text}")
    if passage.kind == "info" and question:
        text = _card_answer_first(
            _with_position(text, passage, question), question, _identity(passage)
        )
    noted = f"\nℹ️ {note}" if note else ""
    *parents, last = (part.strip() for part in passage.section.split("›"))
    heading = text.split("\n", 1)[0]
    if fold(heading.strip().rstrip(":")) == fold(last):
        shorter = citation(passage, " › ".join(parents)) + noted
        reply = _sized(passage, position, text, question, more, shorter, carried)
        if reply.text.startswith(heading):
            return reply
    return _sized(passage, position, text, question, more, citation(passage) + noted, carried)


def line_reply(line: str, passage: Passage, position: int) -> Reply:
    """One line of the passage asked for by its number ("khoản 2 Điều 3"), with its source;
    one too long for a phone is cut where the room ends, "Xem thêm" going on from there."""
    source = citation(passage)
    budget = FIRST_MESSAGE - len(source) - 4
    if len(line) <= budget:
        return Reply(f"{line}\n\n{source}")
    shown = line[: budget - 2].rsplit(" ", 1)[0]
    at = CONTINUED.sub("", passage.text).find(line)
    read_on = Choice(
        "Xem thêm (phần còn lại)", f"more:{position}:{at + len(shown) + 1 if at >= 0 else 0}"
    )
    return Reply(f"{shown} …\n\n{source}", (read_on,))


def _sized(
    passage: Passage,
    position: int,
    text: str,
    question: str,
    more: tuple[Choice, ...],
    source: str,
    carried: str = "",
    room: int = 0,
) -> Reply:
    """`passage_reply` with the text and source worked out (`room`: characters kept for a
    line put above it)."""
    budget = FIRST_MESSAGE - len(source) - 4 - room
    if len(text) <= budget:
        return Reply(f"{text}\n\n{source}", more)
    read_on = Choice("Xem thêm (phần còn lại)", f"more:{position}")
    lines = segments = _segments(text, budget // 2)
    shown = top = _fit(lines, budget)
    opening = len(lines)  # the list item the answering sentence is part of, if any
    annotation = None  # the editors' note answering best, shown after the line it annotates
    note_answers = False
    first = False  # whether the answering line is read before the other items of its list
    identity = _identity(passage)
    placed = (
        None if passage.kind == "info" else _placed_first(lines, question, passage.section, budget)
    )
    if placed is not None:
        return Reply(f"{placed} …\n\n{source}", (read_on, *more))
    best = _answering_line(lines, question, identity, passage.section, carried)
    if _NOTE_LABEL.match(lines[best]) and (
        _ITEMS_NAMED.search(fold(question)) or asked_facts.asks_form_items(question)
    ):
        # "đơn … gồm những mục gì": a list's items are asked, which an editors' note on it
        # only comments on (the note is read after the list). Not "những gì" alone: "giám
        # đốc sở quyết định tặng những gì" is answered by the note saying what the director
        # of a department decides, which its rule says of "Thủ trưởng cơ quan chuyên môn"
        plain = [i for i, line in enumerate(lines) if not _NOTE_LABEL.match(line)]
        if plain:
            best = plain[_answering_line([lines[i] for i in plain], question, identity)]
    if passage.kind == "info":  # a card's lines are told apart by their labels
        # "nơi nhận gồm những ai" asks for one line of the card, not the card from its top
        lead = _card_line(lines, question, identity)
    elif (
        (_list_asked(question) or asked_facts.asks_form_items(question))
        and not _in_prose(text, lines, best, budget)
        and not _names_item(lines, best, question, identity, passage.section)
    ):
        # "những gì không được công nhận": of the lists, the one whose opening line says it
        lead = best if lines[best].rstrip().endswith(":") else 0
        # "gồm những mục gì": every item, without the explanation in brackets closing it,
        # rather than the first items whole
        asked = _terms(question) - _identity(passage)
        lines = [_unexplained(line, asked) for line in lines]
        shown = _fit(lines, budget)
        whole = [_unexplained(line, asked) for line in text.splitlines() if line.strip()]
        # the list the line found opens ("Các nội dung chính:"), else the whole passage or,
        # when the lines above its list leave no room for it in brief, from its opening
        listed = whole[whole.index(lines[lead]) :] if lines[lead] in whole else whole
        # (an outline asked is shown with every part: the parts it names are what is asked)
        outline = passage.kind == "outline"
        if (few_whole(listed, shown) or outline) and (compact := _compact(listed, budget, outline)):
            return Reply(f"{compact}\n\n{source}", (read_on, *more))
    else:
        # (the words of the passage's heading say which passage, not what a note is about)
        asked = _terms(question) - identity - _line_terms(passage.section)
        lead = _annotated(lines, best, asked)
        annotation = lines[best] if best != lead else _note_on(lines, lead, asked)
        # the note alone says a word asked ("hiện hành"; not a number, nor only a pair of
        # words the other lines say apart): what is asked, which its rule does not say
        note_answers = best != lead and any(
            " " not in term and not term.isdigit()
            for term in asked
            & _line_terms(lines[best])
            - frozenset().union(*(_line_terms(ln) for i, ln in enumerate(lines) if i != best))
        )
        whole = [line for line in text.splitlines() if line.strip()]
        if lead == 0 and few_whole(whole, shown) and (compact := compact_list(whole, budget)):
            return Reply(f"{compact}\n\n{source}", (read_on, *more))
        going_on = [goes_on for _, goes_on in _pieces(text, budget // 2)]
        cut_line = lead
        clauses, lead = _answering_clause(lines, lead, question, identity, budget)
        if clauses is lines:  # not cut in clauses: the sentence may be read with its item
            opening = _item_opening(lines, going_on, lead, budget)
        else:  # a clause of a long line: read from where the line's list opens
            opening = _clause_opening(clauses, cut_line, lead, budget)
            annotation = None  # (what the clause is a part of comes before the note)
        lines = _with_its_note(clauses, lead, question)
        # an item the question names, not the list it is part of ("thôn, tổ dân phố văn
        # hóa" of the bonuses of collectives): read right after the list's opening line
        # (the words naming the document count here: "điều kiện công nhận sáng kiến" of
        # the Điều lệ Sáng kiến names the list of conditions)
        start = _block_start(lines, lead)
        first = opening >= lead and start < lead
        first = first and _answering_line([lines[start], lines[lead]], question) == 1
    if not _shown_whole(lines, lead, shown) or (first and _buried(lines[lead], shown)):
        # the answer would be cut off, or read after lines that do not answer: its block first
        start = opening if opening < lead else _block_start(lines, lead)
        shown = _fit([*lines[start:], *lines[:start]], budget)
        if lines[lead] not in shown or (first and _buried(lines[lead], shown)):
            # a long block: its heading, then the answering line
            rest = [*lines[lead + 1 :], *lines[start + 1 : lead]]
            shown = _fit([lines[start], lines[lead], *rest], budget)
    if annotation is not None and annotation not in shown:  # the rule, then its note
        # (a note answering what its rule does not say, "căn cứ hiện hành là …", is shown
        # even when the rule is cut for it)
        shown = _rule_then_note(lines, lead, annotation, shown, budget, note_answers)
    if shown[:1].islower() and not LIST_ITEM.match(shown):  # a clause from mid-sentence
        room = budget - len("… ")
        shown = "… " + (shown if len(shown) <= room else shown[:room].rsplit(" ", 1)[0])
    if shown == top and passage.kind != "info":  # read from the top: the rest goes on from there
        read_on = Choice(read_on.label, f"more:{position}:{_rest_offset(text, segments, shown)}")
    return Reply(f"{shown} …\n\n{source}", (read_on, *more))


def tells_line(passage: Passage, question: str) -> bool:
    """Whether the question's own words pick a line of the passage below its top, as its
    message would read the passage ("còn nông dân" of an article on whom a title is for:
    its clause on farmers)."""
    budget = FIRST_MESSAGE - len(citation(passage)) - 4
    lines = _segments(CONTINUED.sub("", passage.text), budget // 2)
    return _answering_line(lines, question, _identity(passage), passage.section) > 0


def _in_prose(text: str, lines: list[str], best: int, budget: int) -> bool:
    """Whether the answering line is a sentence in the middle of a paragraph, not a list's
    item ("- Lĩnh vực áp dụng"), its opening ("… gồm:") or a line of its own ("Chủ đề: …"
    above "Các nội dung chính:"). "dựa vào những gì" asks what that sentence says ("Thi
    đua xây dựng mô hình … dựa vào ứng dụng công nghệ cao, …"), read first as any answer."""
    line = lines[best]
    going_on = _pieces(text, budget // 2)[best][1]
    return going_on and not LIST_ITEM.match(line) and not line.rstrip().endswith(":")


def _names_item(
    lines: list[str], best: int, question: str, identity: AbstractSet[str], heading: str
) -> bool:
    """Whether the answering line is an item of a list that the question names in words no
    other line says ("Cờ thi đua của Chính phủ được thưởng những gì" of the list of bonuses
    of collectives): the question asks what that item says, not for the list, unless it
    says words of the line opening the list too ("hồ sơ chiến sĩ thi đua toàn quốc gồm những
    gì": "Hồ sơ … gồm:"). The words naming the document (`identity`) and, for the item, the
    passage's `heading` tell no item apart."""
    line = lines[best]
    if not LIST_ITEM.match(line) or line.rstrip().endswith(":"):
        return False
    asked = _terms(question) - identity - _line_terms(heading)
    start = _block_start(lines, best)
    if start < best and (asked | _listed_of(question)) & _line_terms(lines[start]):
        return False
    # (an explanation in brackets closing the item says what it holds, not which item it
    # is: "bảng tác giả ghi những gì" still asks for the form's list, that item in full)
    own = asked & _line_terms(_BRACKETED_END.sub("", line))
    others = frozenset().union(*(_line_terms(ln) for i, ln in enumerate(lines) if i != best))
    # a pair of words no other line says; or a word no other item says (the article's title
    # above its items names each one's subject, its notes speak of them: "chủ tịch ubnd
    # huyện được tặng những gì" names "2. Chủ tịch Ủy ban nhân dân cấp huyện …")
    items = [ln for i, ln in enumerate(lines) if i != best and LIST_ITEM.match(ln)]
    alone = own - frozenset().union(*map(_line_terms, items))
    return any(" " in term for term in own - others) or bool(items and alone)


def _list_asked(question: str) -> bool:
    """Whether the question asks for a list ("gồm những gì"), not what is granted ("chủ tịch
    xã tặng những gì")."""
    return bool(_LIST_WORDS.search(OBJECTS_ASKED.sub(" ", fold(question))))


def _listed_of(question: str) -> set[str]:
    """The content words just before the words asking for a list ("hồ sơ" of "hồ sơ cần
    những gì"): what the list is of, even when they name the document too."""
    folded = fold(question)
    found = _LIST_WORDS.search(folded)
    if found is None:
        return set()
    before = [w for w in _LINE_WORDS.findall(folded[: found.start()]) if w not in _FUNCTION_WORDS]
    return set(before[-2:])


def _compact(listed: list[str], budget: int, outline: bool) -> str | None:
    """The list in brief (`compact_list`): whole, else from its opening line. An `outline`
    of a document keeps its theme above its opening ("Chủ đề: “…”", which names the
    campaign) while there is room, and its items are cut to one length when their briefs
    do not fit: every part on the screen is what "có những nội dung gì" asks."""
    opening = _from_list(listed)
    above = listed[: len(listed) - len(opening)]
    theme = [line for line in above if line.startswith("Chủ đề:")] if outline else []
    themed = ["\n".join([*theme, opening[0]]), *opening[1:]] if theme and opening else []
    forms = [(listed, False), *([(themed, False)] if themed else []), (opening, False)]
    if outline:
        forms += [*([(themed, True)] if themed else []), (opening, True)]
    return next(
        (found for lines, tight in forms if (found := compact_list(lines, budget, tight))),
        None,
    )


def _from_list(lines: list[str]) -> list[str]:
    """The lines from the one opening the first list ("Các nội dung chính:" before "1. …")."""
    opening = next(
        (
            i
            for i, (line, after) in enumerate(pairwise(lines))
            if line.rstrip().endswith(":") and LIST_ITEM.match(after)
        ),
        0,
    )
    return lines[opening:]


def _unexplained(line: str, asked: AbstractSet[str]) -> str:
    """A list item without the explanation in brackets closing it ("(bảng tác giả: họ và
    tên, …)"), unless the explanation says what was asked that the item does not ("bảng
    tác giả ghi những gì")."""
    found = _BRACKETED_END.search(line)
    if found is None:
        return line
    told = asked & _line_terms(found.group()) - _line_terms(line[: found.start()])
    return line if told else f"{line[: found.start()]} (…)"


def _rest_offset(text: str, lines: list[str], shown: str) -> int:
    """Where the text goes on after a message showing its lines from the top: the first
    line not shown whole is shown again whole, nothing before it."""
    said = shown.split("\n")
    whole = next((i for i, line in enumerate(lines) if i >= len(said) or said[i] != line), 0)
    at = 0
    for line in lines[: whole + 1]:
        found = text.find(line, at)
        if found < 0:  # (not the passage's own lines: the whole passage, then)
            return 0
        at = found + len(line)
    return at - len(lines[whole]) if whole < len(lines) else 0


def rest_of(passage: Passage, offset: int) -> str:
    """What "Xem thêm" shows: the passage from `offset` on (from its start when 0), and
    where it comes from."""
    text = CONTINUED.sub("", passage.text)
    rest = text[offset:] if 0 < offset < len(text) else passage.text
    return f"{rest}\n\n{citation(passage)}"


def _rule_then_note(
    lines: list[str], lead: int, note: str, shown: str, budget: int, answering: bool = False
) -> str:
    """The rule at `lead` with the editors' note on it right after, both whole: from the
    line opening the rule's list when that fits, else that line and the rule alone. When
    they do not fit together, the rule as `shown` and the note behind "Xem thêm": a note
    never pushes the rule it comments on out of the first message. A rule `shown` cut
    anyway (a long clause: "c) Quy định hồ sơ thủ tục … gồm: …") is cut where the note
    still fits after it ("Ghi chú: hồ sơ, thủ tục … do Bộ, tỉnh quy định"); so is a rule
    whose note is `answering` what is asked."""
    start = _block_start(lines, lead)
    block = lines[start : lead + 1]
    rest = [line for line in lines[lead + 1 :] if line != note]  # then what follows it
    orders = [[*block, note, *rest]]
    if start < lead:  # (and then the rule and its note alone: what answers, in full)
        orders += [[lines[start], lines[lead], note, *rest], [lines[lead], note, *rest]]
    for order in orders:
        both = _fit(order, budget)
        if _shown_whole(lines, lead, both) and note in both.split("\n"):
            return both
    if lines[lead] in shown.split("\n") and not answering:
        return shown
    # (the line opening the rule's list first, when the rule still has room after it)
    for head in ([lines[start]] if start < lead else [], []):
        room = budget - sum(len(line) + 1 for line in [*head, note]) - len(" …")
        if room >= MIN_PART:
            return "\n".join([*head, f"{cut_at_phrase(lines[lead], room)} …", note])
    return shown


def _buried(line: str, shown: str) -> bool:
    """Whether the answering line comes after more than LEAD_LINES lines of a message cut
    for the phone (a passage's heading and the opening of its list are read first)."""
    said = shown.split("\n")
    return line in said and said.index(line) > LEAD_LINES


def _shown_whole(lines: list[str], lead: int, shown: str) -> bool:
    """Whether the answering line is in the message, with the first line of the list it
    opens ("2. Các đối tượng sau đây không được công nhận là sáng kiến:" and its "a)")."""
    following = lines[lead + 1] if lead + 1 < len(lines) else ""
    opens = lines[lead].rstrip().endswith(":") and not _NOTE_LABEL.match(following)
    return lines[lead] in shown and not (opens and following not in shown)


def distinct_labels(labels: list[str]) -> list[str]:
    """Labels that differ within their first LABEL_DISTINCT characters: a label that would
    look the same as an earlier one on a narrow button gets its number in front."""
    seen: set[str] = set()
    result = []
    for number, label in enumerate(labels, 1):
        if label[:LABEL_DISTINCT] in seen:
            label = f"{number}. {label}"
        seen.add(label[:LABEL_DISTINCT])
        result.append(label)
    return result


def more_labels(passages: list[Passage]) -> list[str]:
    """Section first, so that two passages of one document differ early; the document's
    title instead of its issuer when two documents of one issuer and year would look alike."""
    by_issuer = [_label(p, f"{p.doc.short_issuer} {p.doc.year}") for p in passages]
    return [
        _label(p, p.doc.title) if by_issuer.count(label) > 1 else label
        for p, label in zip(passages, by_issuer, strict=True)
    ]


def _label(passage: Passage, which: str) -> str:
    parts = [p.strip() for p in passage.section.split("›")]
    # "mục 7" says little alone: its part's heading goes after it (the number stays first,
    # where it tells two items of one part apart).
    numbered = len(parts) > 1 and parts[-1].startswith("mục")
    section = f"{parts[-1]}, {parts[-2]}" if numbered else parts[-1]
    label = f"{section} – {which}"
    return label if len(label) <= 60 else label[:59].rsplit(" ", 1)[0] + "…"


def _segments(text: str, longest: int) -> list[str]:
    """The passage's lines, a line longer than `longest` split into its sentences."""
    return [piece for piece, _ in _pieces(text, longest)]


@lru_cache(maxsize=1024)
def _pieces(text: str, longest: int) -> tuple[tuple[str, bool], ...]:
    """`_segments`, each with whether it goes on the line of the one before it (worked out
    once per passage text and width: the texts are the documents' own)."""
    segments: list[tuple[str, bool]] = []
    for line in (ln for ln in text.splitlines() if ln.strip()):
        if len(line) <= longest:
            segments.append((line, False))
        else:
            pieces = (p for s in _SENTENCE_END.split(line) for p in _ITEM_START.split(s))
            kept = [p for p in pieces if p.strip()]
            segments += [(p, i > 0) for i, p in enumerate(kept)]
    return tuple(segments)


def _item_opening(lines: list[str], going_on: list[bool], lead: int, budget: int) -> int:
    """Where the list item holding the answering sentence starts ("- Theo dõi, đôn đốc…"
    before its "Tổ chức đánh giá tổng kết…"), when the item up to that sentence fits the
    first message: a sentence is read with the item it is part of. Else the sentence."""
    if LIST_ITEM.match(lines[lead]):
        return lead  # an item of its own ("b) …" cut out of "1. …: a) …; b) …")
    first = lead
    while first > 0 and going_on[first]:
        first -= 1
    if first == lead or not LIST_ITEM.match(lines[first]):
        return lead
    return first if sum(len(line) + 1 for line in lines[first : lead + 1]) <= budget else lead


def _answering_clause(
    lines: list[str], lead: int, question: str, identity: frozenset[str], budget: int
) -> tuple[list[str], int]:
    """An answering line too long for the first message, cut after its semicolons when a
    later clause answers better ("còn khí tượng thủy văn" in a long list of tasks): the
    lines with that line's clauses in its place, and where the answering clause is."""
    if len(lines[lead]) <= budget:
        return lines, lead
    clauses = [c for c in _CLAUSE_END.split(lines[lead]) if c.strip()]
    best = _answering_line(clauses, question, identity) if len(clauses) > 1 else 0
    if best == 0:
        return _answering_phrase(lines, lead, question, identity, budget)
    return [*lines[:lead], *clauses, *lines[lead + 1 :]], lead + best


def _answering_phrase(
    lines: list[str], lead: int, question: str, identity: frozenset[str], budget: int
) -> tuple[list[str], int]:
    """An answering sentence too long for the first message and with no semicolons to cut
    it at, whose answering phrase comes after what the message has room for ("… Nghị quyết
    Đại hội đại biểu Đảng bộ tỉnh Kon Tum lần thứ XVI" at the end of a sentence of a
    thousand characters): cut in two before that phrase, the part from it read first."""
    line = lines[lead]
    starts = [0, *(found.end() for found in _PHRASE_START.finditer(line))]
    phrases = [line[a:b] for a, b in pairwise([*starts, len(line)])]
    best = _answering_line(phrases, question, identity) if len(phrases) > 1 else 0
    ends = starts[best + 1] if best + 1 < len(starts) else len(line)
    if best == 0 or ends <= budget - len(" …"):  # (read from the sentence's start anyway)
        return lines, lead
    head, tail = line[: starts[best]].rstrip(), f"… {line[starts[best] :]}"
    return [*lines[:lead], head, tail, *lines[lead + 1 :]], lead + 1


def _clause_opening(clauses: list[str], first: int, lead: int, budget: int) -> int:
    """Where the list holding the answering clause opens within its line: the nearest
    clause above it announcing a list ("…ghi tiêu chuẩn…: hoàn thành…;"), so that a clause
    is read with what it is a condition of, when the clauses from there to the answering
    one fit the first message. Else the answering clause."""
    for index in range(lead, first - 1, -1):
        if ": " in clauses[index] or clauses[index].rstrip().endswith(":"):
            fits = sum(len(clause) + 1 for clause in clauses[index : lead + 1]) <= budget
            return index if fits else lead
    return lead


def _answering_line(
    lines: list[str],
    question: str,
    identity: frozenset[str] = frozenset(),
    heading: str = "",
    carried: str = "",
) -> int:
    """The line sharing most words and word pairs with the question; the first on a tie.
    The words naming the document ("sở tn&mt sóc trăng") say which document, not which line;
    the heading of an article on two titles names both, so a clause on the one asked about
    that says as much comes before it."""
    asking = asked_facts.asking_words(question)
    asked = {
        term
        for term in (_terms(question) | _synonym_terms(question))
        - identity
        - _carried_out(question)
        if term not in asking
    }
    kind = _asked_kind(question, asked)
    if asked - kind:
        asked -= kind
    else:
        kind = set()
    stating = asked_facts.line_stated(question)
    if not asked:  # "ai phát động, ở đâu" of a passage on what its title says: the fact asked
        said = [stating(line) for line in lines] if stating is not None else [0]
        return max(range(len(said)), key=lambda i: (said[i], -i))
    # ... but a line naming several things of that kind lists them ("phong trào nào": the
    # line with "phong trào “…”; phong trào “…”", "chỉ số nào": the line with three "Chỉ số")
    shared = [asked & _line_terms(line) for line in lines]
    listing = [_listed(kind, line) & _line_terms(line) for line in lines]
    # ... and one saying it in the question's words together tells that line apart as any
    # term does ("ghi ngày nào": the form's line "Ngày sáng kiến được áp dụng …, (ghi ngày
    # nào sớm hơn)"); each word alone does not (the "đoạn" of "giai đoạn nào" folds as the
    # "đoàn" of "đoàn thể")
    phrased = {term for term in kind if " " in term}
    passing = [
        phrased & _line_terms(line) - listed for line, listed in zip(lines, listing, strict=True)
    ]
    # A word every line has tells no line apart ("thi đua" in a plan's list of tasks, the
    # "quyết định tặng" of each clause of an article on who decides): the fewer lines have
    # it, the more it says.
    found = Counter(term for terms in [*shared, *listing, *passing] for term in terms)
    weight = {term: math.log(1 + len(lines) / n) for term, n in found.items()}
    if "“" not in heading:
        # The words of a plain section heading ("Tiêu chí thi đua › Đối với tập thể") mostly
        # say which passage, not which line: "tiêu chí tập thể … trễ hạn" asks for the line on
        # overdue tasks, not the one that happens to say "chỉ tiêu" and "thể chế". (A heading
        # naming a title, “Tập thể lao động tiên tiến”, names what its lines are about.)
        named = _line_terms(heading)
        weight = {t: w * HEADING_WEIGHT if t in named else w for t, w in weight.items()}
        # ... and a word of a pair the heading says ("tiêu chí", "đối với") says nothing
        # read alone in a line ("chỉ tiêu" has no "tiêu chí")
        parts = {w for t in asked & named if " " in t for w in t.split()}
        weight = {t: 0.0 if t in parts else w for t, w in weight.items()}
    # A question typed with marks says which word it means: a line writing it with other
    # marks ("đối với" for "đổi", "bộ" for "bỏ") shares it by its letters only.
    typed = typed_forms(question)

    def worth(term: str, line: str) -> float:
        off = bool(typed) and off_marks(term, typed, line_forms(line))
        return weight[term] * (OFF_MARKS_SHARE if off else 1.0)

    scores = [  # (in any order alike) a list of the kind asked only tips a near tie
        math.fsum(
            [
                *(worth(t, line) for t in terms),
                *(worth(t, line) * LISTING_SHARE for t in listed),
                *(worth(t, line) for t in said),
            ]
        )
        for line, terms, listed, said in zip(lines, shared, listing, passing, strict=True)
    ]
    # the document's own line before an editors' note of its own (one annotating no line of
    # the text, which `_annotated` shows with that line) or its closing words ("Trên đây là
    # kế hoạch…", which restate the plan) saying about as much: either answers first only
    # when it says clearly more ("giám đốc sở kêu gọi toàn ngành điều gì": the closing)
    scores = [
        n * NOTE_SHARE
        if n
        and (CLOSING.match(lines[i]) or _NOTE_LABEL.match(lines[i]))
        and _annotated(lines, i, asked) == i
        else n
        for i, n in enumerate(scores)
    ]
    # an editors' note on the assistant's own command ("lệnh /sangkien của trợ lý thu …")
    # answers only a question about the assistant: of the document, it tells nothing
    if not _ASKS_ASSISTANT.search(fold(question)):
        scores = [
            n * NOTE_SHARE**2 if _NOTE_LABEL.match(line) and _OF_ASSISTANT.search(line) else n
            for n, line in zip(scores, lines, strict=True)
        ]
    # ... and the closing words sharing a single word with the question share it by chance
    # ("nhiệm vụ của văn phòng" and the closing's "tinh thần trách nhiệm"): they answer no line
    scores = [
        0.0 if CLOSING.match(line) and _by_chance(terms | said) else n
        for n, line, terms, said in zip(scores, lines, shared, passing, strict=True)
    ]
    if _names_several(heading) and lines[0].strip() == heading.strip():
        scores[0] -= 0.5
    denied = {term for term in asked if term.startswith("khong ")}
    if denied:  # "loại nào không được công nhận": the line denying it too, over one saying it
        scores = [
            n + (n > 0 and not denied.isdisjoint(terms))
            for n, terms in zip(scores, shared, strict=True)
        ]
    if stating is not None:  # "khi nào", "ở đâu", "nghị quyết nào": the line stating it
        # (of lines sharing the question's words; when none shares any beyond the
        # document's name, "… lần thứ mấy" of a directive titled by that congress, any)
        sharing = any(scores)
        kinds = [
            stating(ln) if n > 0 or not sharing else 0 for n, ln in zip(scores, lines, strict=True)
        ]
        if any(kinds):  # ... and a line not stating it says the question's words only in passing
            scores = [
                n + k if k else n * UNSTATED_SHARE for n, k in zip(scores, kinds, strict=True)
            ]
    stated = asked_facts.name_stated(question)
    naming = [stated(line) for line in lines] if stated else []
    if any(naming):  # "đợt thi đua … tên là gì": only a line quoting its name answers it
        scores = [n + 1 if names else 0.0 for n, names in zip(scores, naming, strict=True)]
    shares = [n > 0 and "%" in line for n, line in zip(scores, lines, strict=True)]
    share_asked = bool(_ASKS_SHARE.search(fold(question))) and any(shares)
    if share_asked:  # "cần bao nhiêu %": only a line giving a share answers it
        scores = [n if share else 0.0 for n, share in zip(scores, shares, strict=True)]
    if stating is None and not any(scores) and all(identity.issuperset(t.split()) for t in asked):
        # nothing asked but the document's name in other words, which no line says ("kế
        # hoạch thi đua 2022 sở tnmt sóc trăng"): what it launches, the line quoting its theme
        return next((i for i, line in enumerate(lines) if asked_facts.states_theme(line)), 0)
    best = max(range(len(lines)), key=lambda i: (scores[i], -i))
    # of lines the question's own words tell apart no further, the one the words a follow-up
    # carries over from the last question pick ("còn mưu trí sáng tạo trong chiến đấu" after
    # "ai công nhận …": the sentence on who recognizes it, not the criterion saying as much)
    # (but the line that answered the last question, which those words pick among all the
    # lines; and not among members of one list, "đ) … Cờ thi đua của Chính phủ" and "g) …
    # Ban Cơ yếu Chính phủ; cờ thi đua …", which the follow-up tells apart by naming one:
    # the words carried over are those of the member asked before, "cờ … của bộ, tỉnh")
    best = _about_first(lines, question, scores, best)
    tied = [i for i, n in enumerate(scores) if n == scores[best]] if carried else []
    marks = {item_kind(lines[i]) for i in tied}
    if scores[best] > 0 and len(tied) > 1 and (len(marks) > 1 or None in marks):
        answered = _answering_line(lines, carried, identity, heading)
        tied = [i for i in tied if i != answered]
        best = tied[_answering_line([lines[i] for i in tied], carried, identity)]
    if (
        heading
        and not _names_several(heading)
        and shared[best] | listing[best] <= _line_terms(heading)
        and not share_asked  # the heading names the title, not its share
        and not any(naming)  # nor its name
        and not (stating is not None and stating(lines[best]))  # nor the fact asked
    ):
        # "tiêu chí cá nhân" of "Tiêu chí thi đua › Đối với cá nhân": the line says no more
        # of the question than the headings above it do, so the passage answers from its top
        # (a heading naming two titles, or listing several bodies or levels, names them
        # all: a clause on one still leads, "còn ở xã thì ai" of "… ở cơ quan, đơn vị, cấp xã")
        return 0
    return best if scores[best] > scores[0] or (best and scores[best] == scores[0] > 0) else 0


def _about_first(lines: list[str], question: str, scores: list[float], best: int) -> int:
    """Of lines saying as much of the question, the one naming the topic it asks about
    ("… về cải cách hành chính") nearest its start: a line on that topic opens with it,
    one listing it among others ("… thể chế, cải cách hành chính, …") names it later."""
    topic = _topic_about(question)
    if topic is None or scores[best] <= 0:
        return best
    tied = [i for i, n in enumerate(scores) if n == scores[best]]
    places = {i: f" {' '.join(_LINE_WORDS.findall(fold(lines[i])))} ".find(topic) for i in tied}
    saying = [i for i in tied if places[i] >= 0]
    return min(saying, key=lambda i: (places[i], i)) if len(saying) > 1 else best


def _topic_about(question: str) -> str | None:
    """The two words after "về" (" cai cach ", folded, between spaces): "về" typed with its
    marks, or "ve" typed bare; not "vé", "vẽ" ("giá vé tàu xe")."""
    typed = _LINE_WORDS.findall(nfc(question).lower())
    at = next((i for i, w in enumerate(typed[:-2]) if w in _ABOUT), None)
    return None if at is None else f" {fold(' '.join(typed[at + 1 : at + 3]))} "


def _placed_first(lines: list[str], question: str, heading: str, budget: int) -> str | None:
    """The first message when the question names a list's member by its place ("mục cuối
    trong danh sách", "mẫu cuối cùng"): the line opening its list, that member, then what
    follows it (the rest behind "Xem thêm"). The list is the one whose opening line says
    most of the question's other words, else the first; else a line listing its members
    after a colon. None when no place is named, or when the passage is itself a numbered item
    and a number is asked (the item a place named was found before: "nội dung 2" is its
    passage, and "thứ ba" may count within it); its last member is still asked of it."""
    asked = list_place.place_asked(question)
    numbered = item_number(heading.split("›")[-1], roman=False)
    if asked is None or (numbered is not None and asked.number != LAST):
        return None
    runs = list_place.list_runs(lines)
    if runs:
        said = _terms(question)

        def opening(run: list[int]) -> int | None:
            above = run[0] - 1
            return above if above >= 0 and lines[above].rstrip().endswith(":") else None

        def told(run: list[int]) -> int:
            at = opening(run)
            return len(said & _line_terms(lines[at])) if at is not None else 0

        run = max(runs, key=lambda r: (told(r), -r[0]))
        placed = list_place.member(run, asked)
        if placed is None:
            return None
        at = opening(run)
        head = [lines[at]] if at is not None else []
        return _fit([*head, lines[placed], *lines[placed + 1 :]], budget)
    inline = [line for line in lines if list_place.inline_list(line)]
    if len(inline) != 1:
        return None
    clauses = [c for c in _CLAUSE_END.split(inline[0]) if c.strip()]
    placed = list_place.placed_clause(clauses, asked)
    if placed is None:
        return None
    opens, first = list_place.split_opening(clauses[placed])
    if first is not None:  # the first member, said after the colon opening the list
        return _fit([f"{opens}:", first, *clauses[placed + 1 :]], budget)
    opened = next(c for c in clauses if list_place.split_opening(c)[1] is not None)
    return _fit(
        [f"{list_place.split_opening(opened)[0]}:", clauses[placed], *clauses[placed + 1 :]], budget
    )


def _names_several(heading: str) -> bool:
    """Whether a passage's own heading names several things, each a clause's subject: two
    titles quoted, or a list of three or more ("… ở cơ quan, đơn vị, cấp xã"; not the label
    of an excerpt, "(khoản 2, tập thể)")."""
    own = heading.split("›")[-1]
    return own.count("“") > 1 or own.count(",") >= LISTED_COMMAS


def with_words_added(question: str, added: str) -> str:
    """The question with words added where they count as asked: before the particles that
    close it ("lđtt cần điều kiện gì ạ" + the title's name: "… gì Lao động tiên tiến ạ"), which
    only ask; after them, "ạ" would be read as the "a)" of a list."""
    said = question.split()
    closing = len(said)
    while closing and fold(said[closing - 1]).strip("?.!") in _ASKING_TAIL:
        closing -= 1
    return " ".join([*said[:closing], added, *said[closing:]])


def _by_chance(shared: AbstractSet[str]) -> bool:
    """Whether the terms a line shares with the question are one word alone, no pair."""
    return len(shared) == 1 and " " not in next(iter(shared))


@lru_cache(maxsize=1)
def _synonyms() -> Synonyms:
    return Synonyms.from_file(words)


@lru_cache(maxsize=1024)
def _synonym_terms(question: str) -> frozenset[str]:
    """The terms of the other phrases of each group of knowledge/synonyms.yaml the question
    has a phrase of ("khẩu hiệu": "chủ đề", "trễ hạn": "quá hạn"): the line saying it in the
    documents' words is the one that answers, as the search found its passage by them."""
    typed = words(question)
    found: set[str] = set()
    # typed with marks when most words are ("bo doi co duoc lđtt" with the title's name
    # put after it, "Lao động tiên tiến", is typed without)
    marked = sum(has_marks(w) for w in typed) * 2 >= len(typed)
    for match in _synonyms().find(typed, marked):
        for other in match.others:
            found |= _terms(" ".join(other))
    return frozenset(found)


def _annotated(lines: list[str], lead: int, asked: AbstractSet[str]) -> int:
    """The document's own line an editors' note annotates, when the note answers best ("1.
    Thủ trưởng cơ quan chuyên môn…" of "Ghi chú: ở Sở, Giám đốc Sở…", "a) … 03 lần liên
    tục…" of "Ghi chú: … cần 03 lần liên tục…"): shown first, the note after it. A note
    annotates the line above it that it restates most: a line it paraphrases (PARAPHRASES
    of the note), or one it restates (ANNOTATES of it) that says as much of what the note
    answers (ANNOTATES of the `asked` terms the note has). Not a heading ("Điều 80. Thẩm
    quyền…"), which names its subject, nor another note."""
    if lead == 0 or not _NOTE_LABEL.match(lines[lead]):
        return lead
    note = _line_terms(lines[lead])
    answered = asked & note

    def annotates(index: int) -> bool:
        rule = _line_terms(lines[index])
        restated = len(note & rule)
        return restated >= PARAPHRASES * len(note) or (
            restated >= ANNOTATES * len(note) and len(answered & rule) >= ANNOTATES * len(answered)
        )

    shared = {
        index: len(note & _line_terms(lines[index]))
        for index in range(1, lead)
        if not _NOTE_LABEL.match(lines[index]) and not _ARTICLE.match(lines[index])
    }
    rule = max(shared, key=lambda i: (shared[i], i), default=lead)
    return rule if rule != lead and annotates(rule) else lead


def _note_on(lines: list[str], lead: int, asked: AbstractSet[str]) -> str | None:
    """The editors' note right after the answering line that annotates it ("c) Quy định hồ
    sơ thủ tục … gồm: “Chiến sĩ thi đua cơ sở”, …" and "Ghi chú: hồ sơ, thủ tục xét các
    danh hiệu cơ sở do Bộ, tỉnh quy định"), if any: what the rule means for the reader is
    shown with it, even when the rule must be cut to make room."""
    following = lead + 1
    if following < len(lines) and _annotated(lines, following, asked) == lead:
        return lines[following]
    return None


def _with_its_note(lines: list[str], lead: int, question: str) -> list[str]:
    """The lines with the editors' note that qualifies the answering line moved right after
    it ("Ghi chú: từ 01/7/2025 không còn cấp huyện" after the clause on the district
    chairman), so that the first message does not show a rule without what changed it. A
    note qualifies the line when they share a word of the question that few lines have."""
    asked = _terms(question)
    found = Counter(term for line in lines for term in asked & _line_terms(line))
    rare = {term for term, n in found.items() if n * 2 <= len(lines)}
    said = rare & _line_terms(lines[lead])
    for index in range(lead + 2, len(lines)):
        if _NOTE_LABEL.match(lines[index]) and said & _line_terms(lines[index]):
            return [*lines[: lead + 1], lines[index], *lines[lead + 1 : index], *lines[index + 1 :]]
    return lines


def _listed(kind: set[str], line: str) -> set[str]:
    """The terms of the kind asked that the line names LISTED times or more: it lists such
    things ("Chỉ số …, Chỉ số …, Chỉ số …"); twice is a word used in passing ("các đơn vị
    thuộc Bộ … của cơ quan, đơn vị")."""
    if not kind:
        return set()
    said = f" {' '.join(_LINE_WORDS.findall(fold(line)))} "
    return {term for term in kind if said.count(f" {term} ") >= LISTED}


def _asked_kind(question: str, asked: AbstractSet[str]) -> set[str]:
    """The question's terms naming what kind of thing is asked for ("danh hiệu" of "những
    danh hiệu nào"): every line that could answer lists such things, so they tell none
    apart. A word read as a function word ("cơ" of "cơ quan nào" folds as "có") leaves the
    kind unsaid."""
    said = _LINE_WORDS.findall(fold(question))  # ("j" for "gì": spelled out before)
    closing = len(said) - 1
    while closing > 0 and said[closing] in _ASKING_TAIL | _ASKING_TONE:
        closing -= 1
    named = {
        word
        for i, word in enumerate(said)
        if i >= 2
        and said[i] in _ASKING_WHICH
        and not _FUNCTION_WORDS & set(said[i - 2 : i])
        # ("gì" after a thing's name asks for that kind of thing: "những thông tin gì", not
        # "để làm gì"; closing the question, it asks what the words before it say: "nội
        # dung 1 yêu cầu gì", "nhằm mục đích gì", which every line that answers says alike,
        # but for "làm", whose "để làm gì" asks the purpose in the line's own words)
        and (
            said[i] != "gi"
            or said[i - 3 : i - 2] in (["nhung"], ["cac"])
            or (i == closing and said[i - 1] != "lam")
        )
        for word in said[i - 2 : i]
    }
    return {term for term in asked if named & set(term.split())}


def _identity(passage: Passage) -> frozenset[str]:
    doc = passage.doc
    return _identity_terms(
        f"{doc.kind}. {doc.issuer}. {doc.short_issuer}. {doc.place}", f"{doc.year}. {doc.title}"
    )


@lru_cache(maxsize=1024)
def _carried_out(question: str) -> frozenset[str]:
    """The terms of the words naming the document by the one it carries out ("cv sở tnmt
    kon tum thực hiện ct 14", "triển khai chỉ thị 14"): like its own name, they say which
    document, not which line (a line saying "tiếp tục thực hiện" says it by chance)."""
    return frozenset(
        term for found in _CARRYING_OUT.finditer(fold(question)) for term in _terms(found[0])
    )


@lru_cache(maxsize=1024)
def _identity_terms(names: str, title: str) -> frozenset[str]:
    """The terms of a document's kind, issuer and place (`names`), of the abbreviations
    staff type for them ("ct", "ubnd", "tnmt"), and of its year and title: worked out once
    per document, not at every answer from it."""
    spelled = f" {' '.join(words(fold(names)))} "
    short = [k for k, meant in _abbreviations().items() if f" {meant} " in spelled]
    return frozenset(_terms(". ".join([names, title, *short])))


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, str]:
    """The abbreviations staff type and what they stand for, both folded."""
    data = yaml.safe_load(ABBREVIATIONS_FILE.read_text(encoding="utf-8")) or {}
    return {fold(str(k)): " ".join(words(fold(str(v)))) for k, v in data.items()}


# "số mấy", "số hiệu", "số 14": the number line asked for by its label typed without marks
_NUMBER_LABEL_ASKED = re.compile(r" so (?:may|nao|bao|hieu|gi|ky|van ban|\d)")


def _card_line(lines: list[str], question: str, identity: frozenset[str] = frozenset()) -> int:
    """The card line whose label the question names ("gửi cho ai" → "Kính gửi"); words
    typed with diacritics must match with them ("sở" is not "Số"). When no label is named,
    the line saying most of the question, less the words naming the document (`identity`:
    "kế hoạch 2022 sóc trăng … báo cáo lên đâu" asks for "Nơi nhận", not the title line)."""
    cited = _basis_of_kind_asked(lines, question)
    if cited is not None:  # "bộ phát động bằng cv số mấy" of a plan's card: the letter it cites
        return cited
    typed = words(question)
    accented = any(has_marks(w) for w in typed)
    asked = {_label_key(w, accented) for w in typed}
    if not accented and not _NUMBER_LABEL_ASKED.search(f" {' '.join(typed)} "):
        asked.discard("so")  # "cv so tnmt … ai ky": the Sở typed without marks, no "Số: …"
    to_whom = _asks_recipients([fold(w) for w in typed])
    named = card_line_named(question)
    said = (_terms(question) | _synonym_terms(question)) - identity
    # Asking to whom it is sent outweighs a label word shared by chance ("gửi để báo cáo":
    # "để" typed "de" is also the "đề" of "Chủ đề"); of the two recipient lines, the one
    # naming those the question names ("gửi Đảng ủy, Công đoàn Bộ không": "Nơi nhận").
    scores = [
        len(asked & _label_keys(line, accented))
        + 2 * (named is not None and fold(_label_of(line)) == named)
        + (_recipients(line, said) if to_whom else 0)
        for line in lines
    ]
    best = max(range(len(lines)), key=lambda i: (scores[i], -i))
    return best if scores[best] > 0 else _answering_line(lines, question, identity)


# A document's kind as a question names it ("cv số mấy"), in full or by its letters
# (KIND_LETTERS), folded; not "quyết định", which is mostly the verb ("ai quyết định tặng"),
# nor "ct", mostly "chủ tịch"
_KINDS_ASKED = ("cong van", "ke hoach", "chi thi", "nghi quyet")
_KIND_NAMED = {
    **{kind: kind for kind in _KINDS_ASKED},
    **{
        short: kind
        for short, kind in KIND_LETTERS.items()
        if kind in _KINDS_ASKED and short != "ct"
    },
}
# … and its number asked ("số mấy", "số bao nhiêu", "số hiệu")
_NUMBER_ASKED = re.compile(r" so (may|nao|bao nhieu|hieu|gi) ")


def _basis_of_kind_asked(lines: list[str], question: str) -> int | None:
    """The card's line "Căn cứ: …" when the question asks the number of a document of
    another kind than the card's own, which that line cites ("bộ phát động bằng cv số mấy"
    of a plan based on the ministry's letter); asked which one ("… là thực hiện chỉ thị
    nào"), the line citing one by its number, whatever its label ("Công văn …: Phát động
    phong trào thi đua theo Chỉ thị số 14/CT-UBND …" above "Kính gửi")."""
    padded = f" {' '.join(words(fold(question)))} "
    named = {said: kind for said, kind in _KIND_NAMED.items() if f" {said} " in padded}
    kinds = set(named.values())
    which = any(f" {said} {asking} " in padded for said in named for asking in _ASKING_WHICH)
    if not kinds or not (which or _NUMBER_ASKED.search(padded)) or not lines:
        return None
    if any(fold(lines[0]).startswith(kind) for kind in kinds):
        return None
    said = [" ".join(words(fold(line))) for line in lines]
    for i, line in enumerate(lines):
        if fold(_label_of(line)) == BASIS_LABEL and any(kind in said[i] for kind in kinds):
            return i
    if which:
        return next(
            (i for i, s in enumerate(said) if any(f"{kind} so " in s for kind in kinds)), None
        )
    return None


def _label_key(word: str, accented: bool) -> str:
    """A word as a card's label is matched with it: with its marks when the question has
    marks, else folded; the y written i ("ai kí" names "Người ký")."""
    return (accent_key(word) if accented else fold(word)).replace("y", "i")


@lru_cache(maxsize=8192)
def _label_keys(line: str, accented: bool) -> frozenset[str]:
    """The words of a card line's label (`_label_key`), worked out once per line."""
    return frozenset(_label_key(w, accented) for w in words(_label_of(line)))


def _asks_recipients(said: list[str]) -> bool:
    """Whether folded words ask to whom a document is sent ("gửi", "nhận"): not the "nhân"
    of "ủy ban nhân dân" or "cá nhân", which fold alike."""
    padded = f" {' '.join(said)} ".replace(" nhan dan ", " ").replace(" ca nhan ", " ")
    return bool(_RECIPIENTS & set(padded.split()))


def _recipients(line: str, said: AbstractSet[str]) -> int:
    """How much a card line answers to whom the document is sent: a recipient line counts
    2, and 1 more for each of the question's terms it says (not its label's)."""
    label = _label_of(line)
    if not _RECIPIENTS & set(fold(label).split()):
        return 0
    return 2 + len(said & _line_terms(line[len(label) :]))


def _card_answer_first(text: str, question: str, identity: frozenset[str]) -> str:
    """A document card with the line the question asks for first ("ban hành ngày nào":
    "Số: 129/2025/NĐ-CP ngày 11/6/2025…"), then the card from its top: the answer comes
    first even when the whole card fits."""
    lines = [line for line in text.splitlines() if line.strip()]
    lead = _card_line(lines, question, identity)
    return "\n".join([lines[lead], *lines[:lead], *lines[lead + 1 :]]) if lead else text


def _with_position(text: str, card: Passage, question: str) -> str:
    """The card with the signer's position on the signer's line when the question asks for
    it ("ông ấy chức vụ gì"): the title with the body signed for, as the signature block
    reads ("CHỦ TỊCH" of the province's committee), unless the title names that body."""
    if card_line_named(question) != "nguoi ky":
        return text
    doc = card.doc
    title, issuer = fold(doc.signer.title).lower(), fold(doc.issuer).lower()
    if issuer in title or title in issuer:
        return text
    lines = text.split("\n")
    signed = next((i for i, line in enumerate(lines) if line.startswith("Người ký:")), None)
    if signed is None:
        return text
    lines[signed] += f" Chức vụ: {doc.signer.title} {doc.issuer}."
    return "\n".join(lines)


def card_line_named(question: str) -> str | None:
    """The folded label of the card line the question asks for by another name ("chức vụ
    gì": "nguoi ky"), if it does."""
    padded = f" {' '.join(words(fold(question)))} "
    named = next(
        (label for asked, label in CARD_LINE_WORDS.items() if f" {asked} " in padded), None
    )
    if named is None and asked_facts.asks_campaign_name(question):
        return THEME_LABEL  # a campaign's name is its theme, quoted on the card
    if named is None and ASKS_BASIS_OF_KIND.search(padded):  # "theo kế hoạch nào"
        return BASIS_LABEL
    return named


def _label_of(line: str) -> str:
    """An information card line's label ("Kính gửi", "Người ký"), or nothing: not the
    card's title line, which names a document "of" its issuer ("Luật của Quốc hội: …")."""
    if line.startswith("Căn cứ "):  # a basis quoted as its document cites it, no colon
        return "Căn cứ"
    label, colon, _ = line.partition(":")
    named = label.split()
    return label if colon and len(named) <= CARD_LABEL_WORDS and "của" not in named else ""


def _block_start(lines: list[str], lead: int) -> int:
    """Where the answering line's block starts: the line that introduces it ("…sau đây:"),
    when one is just above it or above its sibling items (the "2. Đối với tập thể:" of its
    "e)"), so that an item is shown with what it is an item of."""
    if _NOTE_LABEL.match(lines[lead]):  # an editors' note is no item of the list above it
        return lead
    kind = item_kind(lines[lead])
    if kind == "bullet":  # a dash's siblings count against the reach, as any line does
        kind = None
    reach = BLOCK_REACH
    for index in range(lead, -1, -1):
        if index < lead and kind is not None and item_kind(lines[index]) == kind:
            continue  # "1. … sau đây:" above "2. …" is its sibling, not what it is of
        if lines[index].rstrip().endswith(":"):
            return index
        reach -= 1
        if reach < 0:
            break
    return lead


@lru_cache(maxsize=1024)  # (a question's are read by several steps of its answer)
def _terms(text: str) -> frozenset[str]:
    """Folded content words, and pairs of neighbours within one phrase: "Sở, Giám đốc" has
    no "sở giám", and "danh hiệu “Lao động tiên tiến”" no "hiệu lao". A word written with
    marks that folds as a function word but is none ("trọng" of "quan trọng", "thể" of "tập
    thể") is a term too, as written, with its pairs: a question typed with marks tells the
    line saying it; one typed without reads the lines as before."""
    lowered = nfc(text).lower()
    said = _LINE_WORDS.findall(fold(lowered))
    opening = _POLITE_OPENING.match(" ".join(said))
    if opening:  # "cho mình hỏi": not what is asked ("hỏi" folds as the "hội" of "xã hội")
        del said[: len(opening[0].split())]
    while said and said[-1] in _ASKING_TAIL:
        said.pop()
    for tail in _FOLLOW_UP_TAIL:
        if tuple(said[-len(tail) :]) == tail:
            del said[-len(tail) :]
            break
    words = [w for w in said if w not in _FUNCTION_WORDS]
    terms = set(words)
    kept = Counter(words)
    for phrase in _PHRASE_END.split(lowered):
        written = _LINE_WORDS.findall(phrase)
        plain = [fold(w) for w in written]
        inside = [w for w in plain if w not in _FUNCTION_WORDS]
        terms.update(f"{a} {b}" for a, b in pairwise(inside) if kept[a] and kept[b])
        own = [_content_as_written(w) for w in written]
        if any(own):
            content = [o or p for o, p in zip(own, plain, strict=True) if o or p in kept]
            terms.update(o for o in own if o)
            terms.update(f"{a} {b}" for a, b in pairwise(content) if "|" in a or "|" in b)
    return frozenset(terms)


@lru_cache(maxsize=65536)
def _content_as_written(word: str) -> str:
    """The word's accent key when it is written with marks, folds as a function word and
    is none ("trọng", "thể", "cơ"); else ""."""
    if fold(word) not in _FUNCTION_WORDS or not has_marks(word):
        return ""
    key = accent_key(word)
    return "" if key in _FUNCTION_KEYS else key


@lru_cache(maxsize=8192)
def _line_terms(line: str) -> frozenset[str]:
    """A passage line's terms: the lines are the documents' own, so each is worked out once
    rather than at every answer that shows its passage. An editors' note's label ("Ghi chú
    (không phải lời văn của Luật):") is not what the note says."""
    said = _NOTE_LABEL.sub("", line)
    # a share in per cent is a rate, however the line words it ("70% cá nhân" answers
    # "tỷ lệ … là bao nhiêu")
    rate = {"ty le"} if _PER_CENT.search(said) else set()
    # the number of a clause or item is named with what it numbers ("khoản 2", "mục 2"): a
    # count the question gives ("2 danh hiệu đó") is not the clause "2. Chủ tịch …", and a
    # clause the line refers to ("không thuộc đối tượng quy định tại khoản 1 và khoản 2") is
    # not the line
    number = _ITEM_NUMBER.match(said)
    if number:
        said = said[number.end() :]
    named = {f"{part} {number[1]}" for part in _PARTS_NUMBERED} if number else set()
    terms = _terms(said) | _paired_over_commas(said)
    return frozenset({t for t in terms if not _CLAUSE_TERM.match(t)} | rate | named)


_PER_CENT = re.compile(r"\d\s?%")
_ITEM_NUMBER = re.compile(r"\s*0?(\d{1,2})\.\s")
_PARTS_NUMBERED = ("khoan", "muc", "y", "thu", "so", "phan")
_CLAUSE_TERM = re.compile(r"khoan \d")


_PAIRED = re.compile(r"(\w+), (?=(\w+))")


def _paired_over_commas(line: str) -> set[str]:
    """The pairs of words a comma joins in a line ("phòng, chống dịch" is the "phòng chống"
    a question types without it): a pair of the question's words that the line writes
    with a comma between them says as much as one written without."""
    pairs = (tuple(fold(w).lower() for w in found.groups()) for found in _PAIRED.finditer(line))
    return {f"{a} {b}" for a, b in pairs if not _FUNCTION_WORDS & {a, b}}


def _fit(lines: list[str], budget: int) -> str:
    """As many whole lines as fit; a line that does not is cut where a clause ends. A line
    opening a list ("… sau đây:") is not the last one shown: it would hide its items."""
    shown: list[str] = []
    used = 0
    for line in lines:
        if used + len(line) + 1 > budget:
            room = budget - used - 1
            if room >= MIN_PART or not shown:  # part of it rather than a near-empty message
                shown.append(cut_at_phrase(line, room))
            break
        shown.append(line)
        used += len(line) + 1
    if 1 < len(shown) < len(lines) and shown[-1].rstrip().endswith(":"):
        shown.pop()
    return "\n".join(shown)
