"""Free-text questions: answer from the knowledge base with a citation, or say why not.

A follow-up is first made whole from the conversation's topic (handlers/context.py). A
question outside the subject, or about a year or place no document covers, is declined with
its own reason (handlers/refusals.py). Otherwise the best passage is shown, sized for a
phone: the sentence that answers comes first, the first message stays within FIRST_MESSAGE
characters and "Xem thêm" shows the rest; other good passages are offered as options with
labels that differ early.
"""

import re
from dataclasses import replace
from itertools import pairwise

from bot.campaigns import history_note, state_of
from bot.context import AppContext
from bot.messages import Choice, Incoming, Reply
from handlers import context, currency, refusals, reminders
from knowledge import KnowledgeBase, Passage
from knowledge.intents import load_intents
from knowledge.normalize import fold

FIRST_MESSAGE = 700
BLOCK_REACH = 4  # lines above the answering line searched for the one introducing its list
MIN_PART = 80  # a cut line is shown in part when at least this much of it fits
LABEL_DISTINCT = 30  # button labels must differ within their first this many characters


# "Hạn đăng ký là khi nào?": the documents state no dates; the schedule in the database does.
_DEADLINE_WORDS = re.compile(
    r"\b(han chot|thoi han|het han|den han|han nop|han dang ky|deadline)\b"
)
_WHEN_WORDS = re.compile(r"\b(khi nao|bao gio|ngay nao|truoc ngay|luc nao|han)\b")
_DUTY_WORDS = re.compile(r"\b(dang ky|nop|bao cao|so ket|tong ket|sang kien|de nghi|khen thuong)\b")
_LINE_WORDS = re.compile(r"\w+")
_LIST_WORDS = re.compile(r"\b(gom|nhung gi|nhung muc|liet ke|bao gom|cac buoc|nhung giay to)\b")
_ABOUT = re.compile(r"\b(noi ve gi|noi ve van de gi|ve viec gi|noi dung chinh|de cap gi|noi gi)\b")
_SENTENCE_END = re.compile(r"(?<=[^\d\s][.!?])\s+(?=[A-ZĐÀ-Ỹ\"“])")
# Items of an article glued into one paragraph: "…; b) Đã được áp dụng…", "… (4) Chưa khen…"
_ITEM_START = re.compile(r"(?<=[;:.])\s+(?=(?:[a-zđ]\)|\(\d{1,2}\)|\d{1,2}\.)\s)")
_FUNCTION_WORDS = frozenset(
    "la gi cua va cac nhung co khong nao ai the nao o trong cho voi duoc mot nay do ve".split()
)


def asks_for_deadline(text: str) -> bool:
    folded = fold(text)
    if "han che" in folded or "hieu luc" in folded:
        return False
    return bool(
        _DEADLINE_WORDS.search(folded)
        or (_WHEN_WORDS.search(folded) and _DUTY_WORDS.search(folded))
    )


def citation(passage: Passage) -> str:
    """Where the passage comes from; for a legal document, since when it is in force."""
    doc = passage.doc
    lines = [f"📄 Nguồn: {doc.name}, {passage.section}."]
    if doc.is_law and doc.effective:
        force = f"Hiệu lực từ {doc.effective:%d/%m/%Y}"
        if doc.expires:
            force += f"; hết hiệu lực từ {doc.expires:%d/%m/%Y}"
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
    passage: Passage, position: int, question: str = "", more: tuple[Choice, ...] = ()
) -> Reply:
    """The passage sized for a phone: the answering line first, then as much as fits."""
    source = citation(passage)
    budget = FIRST_MESSAGE - len(source) - 4
    text = passage.text
    if len(text) <= budget:
        return Reply(f"{text}\n\n{source}", more)
    lines = _segments(text, budget // 2)
    shown = _fit(lines, budget)
    lead = 0 if _LIST_WORDS.search(fold(question)) else _answering_line(lines, question)
    if lines[lead] not in shown:  # the answer would be cut off: its block goes first
        start = _block_start(lines, lead)
        shown = _fit([*lines[start:], *lines[:start]], budget)
    read_on = Choice("Xem thêm (phần còn lại)", f"more:{position}")
    return Reply(f"{shown} …\n\n{source}", (read_on, *more))


async def answer(msg: Incoming, ctx: AppContext, suggestions: tuple[Choice, ...] = ()) -> list[Reply]:
    kb = ctx.knowledge
    query = msg.text
    topic = await context.recall(msg, ctx)
    if topic is not None:
        query = context.resolve(msg.text, topic, kb) or query
    if load_intents().is_off_topic(query, kb.mentions):
        return await refusals.refuse(msg, ctx, refusals.off_topic())
    now = ctx.clock.now()
    held = refusals.not_held(query, kb, now.year)
    if held is not None and not currency.asks_what_is_current(query):
        return await refusals.refuse(msg, ctx, held)
    current = currency.answer(query, kb, now)
    if current is not None:
        return current
    if asks_for_deadline(query):
        return await reminders.upcoming(msg, ctx)
    overview = _document_overview(query, kb)
    if overview is not None:
        await context.remember(msg, ctx, query, overview[0])
        return [passage_reply(overview[0], overview[1], query)]
    hits = kb.search(query)
    if not hits and query != msg.text:
        query, hits = msg.text, kb.search(msg.text)
    if not hits:
        return await refusals.refuse(msg, ctx, refusals.not_found(suggestions))
    await context.remember(msg, ctx, query, hits[0].passage)
    labels = distinct_labels(_more_labels([h.passage for h in hits[1:]]))
    more = tuple(Choice(label, f"passage:{h.position}") for label, h in zip(labels, hits[1:], strict=True))
    reply = passage_reply(hits[0].passage, hits[0].position, query, more)
    best = hits[0].passage.doc
    note = history_note(best, await state_of(ctx, best)) if best.is_campaign else None
    return [replace(reply, text=f"{reply.text}\nℹ️ {note}") if note else reply]


async def show_passage(msg: Incoming, ctx: AppContext) -> list[Reply]:
    """Show a passage offered earlier ("passage:<position>")."""
    passage, position = _offered(msg, ctx)
    if passage is None:
        return [Reply("Đoạn văn bản này không còn trong cơ sở dữ liệu. Anh/chị vui lòng hỏi lại.")]
    return [passage_reply(passage, position)]


async def show_more(msg: Incoming, ctx: AppContext) -> list[Reply]:
    """The whole passage whose beginning was shown ("more:<position>")."""
    passage, _ = _offered(msg, ctx)
    if passage is None:
        return [Reply("Đoạn văn bản này không còn trong cơ sở dữ liệu. Anh/chị vui lòng hỏi lại.")]
    return [Reply(cite(passage))]


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


def _more_labels(passages: list[Passage]) -> list[str]:
    """Section first, so that two passages of one document differ early; the document's
    title instead of its issuer when two documents of one issuer and year would look alike."""
    by_issuer = [_label(p, f"{p.doc.short_issuer} {p.doc.year}") for p in passages]
    return [
        _label(p, p.doc.title) if by_issuer.count(label) > 1 else label
        for p, label in zip(passages, by_issuer, strict=True)
    ]


def _label(passage: Passage, which: str) -> str:
    section = passage.section.rsplit("›", 1)[-1].strip()
    label = f"{section} – {which}"
    return label if len(label) <= 60 else label[:59].rsplit(" ", 1)[0] + "…"


def _segments(text: str, longest: int) -> list[str]:
    """The passage's lines, a line longer than `longest` split into its sentences."""
    segments: list[str] = []
    for line in (ln for ln in text.splitlines() if ln.strip()):
        if len(line) <= longest:
            segments.append(line)
        else:
            pieces = (p for s in _SENTENCE_END.split(line) for p in _ITEM_START.split(s))
            segments += [p for p in pieces if p.strip()]
    return segments


def _offered(msg: Incoming, ctx: AppContext) -> tuple[Passage | None, int]:
    position = (msg.choice or "").partition(":")[2]
    passages = ctx.knowledge.passages
    if not position.isdigit() or int(position) >= len(passages):
        return None, -1
    return passages[int(position)], int(position)


def _document_overview(text: str, kb: KnowledgeBase) -> tuple[Passage, int] | None:
    """ "Chỉ thị 14/CT-UBND nói về gì": the opening of the document the question names by number."""
    if not _ABOUT.search(fold(text)):
        return None
    doc = currency.named_document(text, kb)
    if doc is None:
        return None
    opening = next(
        ((p, i) for i, p in enumerate(kb.passages) if p.doc is doc and p.kind == "intro"), None
    )
    return opening


def _answering_line(lines: list[str], question: str) -> int:
    """The line sharing most words and word pairs with the question; the first on a tie."""
    asked = _terms(question)
    if not asked:
        return 0
    scores = [len(asked & _terms(line)) for line in lines]
    best = max(range(len(lines)), key=lambda i: (scores[i], -i))
    return best if scores[best] > scores[0] else 0


def _block_start(lines: list[str], lead: int) -> int:
    """Where the answering line's block starts: the line that introduces it ("…sau đây:"),
    when one is just above it, so that an item is shown with what it is an item of."""
    for index in range(lead, max(lead - BLOCK_REACH, 0) - 1, -1):
        if lines[index].rstrip().endswith(":"):
            return index
    return lead


def _terms(text: str) -> set[str]:
    words = [w for w in _LINE_WORDS.findall(fold(text)) if w not in _FUNCTION_WORDS]
    return set(words) | {f"{a} {b}" for a, b in pairwise(words)}


def _fit(lines: list[str], budget: int) -> str:
    """As many whole lines as fit; a first line too long is cut at a word."""
    shown: list[str] = []
    used = 0
    for line in lines:
        if used + len(line) + 1 > budget:
            room = budget - used - 1
            if room >= MIN_PART:  # part of the next line rather than a near-empty message
                shown.append(line[:room].rsplit(" ", 1)[0])
            break
        shown.append(line)
        used += len(line) + 1
    if not shown:
        return lines[0][:budget].rsplit(" ", 1)[0]
    return "\n".join(shown)
