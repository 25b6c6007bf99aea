"""How much of a follow-up a passage answers itself, not by sending to the other document.

A passage may say a follow-up's words only in a sentence citing another document held: the
Điều lệ's opening says "Thông tư 18/2013/TT-BKHCN hướng dẫn thi hành, trong đó Phụ lục I là
mẫu Đơn …", so "mẫu đơn thì theo vb nào" finds it as well as the circular. That sentence
points at the circular; when the follow-up read alone finds the circular, it is no reason
to stay in the Điều lệ. The share of the words' rarity said by the passage without the
sentences citing that document (`coverage`, the one measure) is what the last document's
reading earns against it. (Against a third document, the pointer still counts: following it
finds the circular, `sent_to_linked`.)
"""

import re

from handlers.followups.other_documents import coverage
from handlers.followups.topic_memory import DOCUMENT_KINDS
from knowledge import Document, KnowledgeBase, Passage
from knowledge.normalize import fold

SENTENCE_END = re.compile(r"(?<=[.;:])\s+|\n")

# A numbered document as a text cites it: "Thông tư 18/2013/TT-BKHCN", "nghị định số 129/…"
_CITED = re.compile(rf"\b({'|'.join(DOCUMENT_KINDS)}) (?:so )?0*(\d+)/")


def _lead(doc: Document) -> tuple[str, int] | None:
    """A numbered document's folded kind and leading number ("thong tu", 18)."""
    number = fold(doc.number or "").split("/", 1)[0]
    return (fold(doc.kind), int(number)) if number.isdigit() else None


def cites(sentence: str, doc: Document) -> bool:
    """Whether the sentence cites the document by its kind and number."""
    lead = _lead(doc)
    return lead is not None and any(
        (found.group(1), int(found.group(2))) == lead for found in _CITED.finditer(fold(sentence))
    )


def citing_sentences(text: str, doc: Document) -> list[str]:
    """The sentences of a text that cite the document by its kind and number."""
    return [s for s in SENTENCE_END.split(text) if cites(s, doc)]


def coverage_against(
    words: list[str], passage: Passage, other: Document, kb: KnowledgeBase
) -> float:
    """`coverage` of the passage's headings and its sentences that do not cite `other`, the
    document the follow-up read alone is answered from (all of them when that is the
    passage's own)."""
    if other.id == passage.doc.id:
        return coverage(words, passage, kb)
    citing = citing_sentences(passage.text, other)
    kept = [s for s in SENTENCE_END.split(passage.text) if s not in citing]
    return coverage(words, "\n".join([*kept, passage.section]), kb)
