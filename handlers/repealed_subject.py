"""What a repealed text the knowledge base does not hold was about ("nđ 28/2024 quy định về
gì", or "nó quy định về gì vậy" right after being told it was repealed): its own text is not
held, so the words the repealing article names it with are quoted, as that article says them."""

import re

from bot.messages import Reply
from handlers import currency
from handlers.followups.topic_memory import Topic
from handlers.phone_answer import citation
from knowledge import KnowledgeBase
from knowledge.normalize import fold

SUBJECT_ASKED = re.compile(
    r"\b(quy dinh|noi|huong dan|ban hanh)( ve)? (gi|j|cai gi|nhung gi|viec gi|van de gi)\b"
    r"|\bve (viec|van de|noi dung) (gi|j)\b"
)
# the texts one sentence names one after another: "Nghị định số 98/… và Nghị định số 28/…"
_NEXT_TEXT = re.compile(r"\s+và\s+(?=(?:Luật|Nghị định|Thông tư|Quyết định|Nghị quyết) số)")
# after a full stop, not an item's number ("1. "), and before an item's number
_SENTENCE_OR_ITEM = re.compile(r"(?<=\D\.)\s+|\s+(?=\d{1,2}\.\s)|\n+")
_ITEM_NUMBER = re.compile(r"^\s*\d{1,2}\.\s*")
_ENDS = re.compile(r"\s+(hết hiệu lực|bị bãi bỏ|được thay thế)\b.*$", re.S)
_NAME_LEAD = 25  # characters before the number: "Nghị định số ", "Luật Thi đua, khen thưởng số "
_NAMED_WITH = 15  # words: its kind, number and date take about ten
SAID = "Kho văn bản của tôi chưa có toàn văn {old}; {article} nêu văn bản này như sau:\n“{words}”"


def answer(text: str, topic: Topic | None, kb: KnowledgeBase) -> list[Reply] | None:
    """The repealed text the question names, else (when it names no text) the one the last
    question named, its repeal just told, with the words the repealing passage names it by;
    None otherwise."""
    said = fold(text)
    if not SUBJECT_ASKED.search(said):
        return None
    found = currency.repealed_named(text, kb)
    if found is None and topic is not None and not _names_a_text(text, kb):
        found = currency.repealed_named(topic.query, kb)
        if found is not None and found[4].doc.id != topic.doc_id:
            found = None
    if found is None:
        return None
    old, lead, year, _, passage = found
    words = _naming_words(passage.text, f"{lead}/{year}/")
    if words is None:
        return None
    where = next((p for p in passage.section.split(" › ") if p.startswith("Điều")), "")
    article = f"{where.split('.')[0]} {passage.doc.kind} số {passage.doc.number}".strip()
    return [Reply(f"{SAID.format(old=old, article=article, words=words)}\n\n{citation(passage)}")]


def _names_a_text(text: str, kb: KnowledgeBase) -> bool:
    """Whether the question names a document of its own ("nđ 152 quy định về gì")."""
    return bool(re.search(r"\d", text)) or bool(kb.index.named_kinds(text))


def _naming_words(text: str, cited: str) -> str | None:
    """The words of the passage naming the text of that number, up to what it says of it."""
    for sentence in _SENTENCE_OR_ITEM.split(text):
        for part in _NEXT_TEXT.split(sentence):
            words = _ENDS.sub("", _ITEM_NUMBER.sub("", part)).strip()
            # the text named first, and more said of it than its name and date
            if 0 <= fold(words).find(cited) <= _NAME_LEAD and len(words.split()) >= _NAMED_WITH:
                return words
    return None
