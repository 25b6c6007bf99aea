"""Notes that send elsewhere: "từ 01/7/2025 không còn cấp huyện; thẩm quyền … theo Điều 59
Nghị định 129/2025/NĐ-CP". A question of now ("bỏ cấp huyện rồi thì ai quyết định tặng
gia đình văn hóa") whose best passage carries such a note is answered by the article it
sends to, when the search found that article too; the chat does the same for a follow-up
("vậy thẩm quyền đó giờ theo văn bản nào"), with its own reading of what was asked.
"""

import re
from collections.abc import Iterator
from itertools import pairwise

from knowledge import Hit, KnowledgeBase, Passage
from knowledge.asked_facts import NOW
from knowledge.normalize import fold, folded_words

# "ai", "văn bản nào", "ở đâu": who or what is asked for, not a yes or no ("chủ tịch ubnd
# huyện giờ còn tặng … không" is answered by the note that says no)
_WHO = re.compile(r"\b(ai|nao|dau)\b")
# "chuyển cho ai", "ai thay", "ai làm thay", "bỏ cấp huyện rồi": where a power went, which
# is now too
WENT = re.compile(
    r"\b(chuyen (?:cho|sang|ve)|giao (?:cho|lai)|thay (?:the|bang|ai)"
    r"|(?:ai|cap nao|co quan nao|nguoi nao)(?: (?:lam|dam nhan|dam nhiem|phu trach))? thay"
    r"|nay (?:la|ai|theo)|sau (?:sap xep|sap nhap|khi bo)|(?:bo|khong con|het) cap)\b"
)
# words that only ask or join, not what a question is about
_ASKING = frozenset("ai gi nao dau khi thi la co khong ko con duoc hien nay gio bay".split())
DAY = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
_SENTENCE = re.compile(r"(?<=\.)\s+(?=[A-ZĐ])|\n+")
# "theo Điều 59 Nghị định 129/2025/NĐ-CP": an article of a numbered document
_ARTICLE_CITED = re.compile(
    r"Điều (\d+[a-z]?) (?:của )?(?:Nghị quyết|Nghị định|Thông tư|Quyết định|Luật)(?: số)?"
    r" (\d+/\d{4}/[A-ZĐa-z0-9-]+)"
)
# "Ghi chú (không phải lời văn của Luật): …": the label before a note's words; a list
# item's number the sentence ran into
_NOTE_LEAD = re.compile(r"^Ghi chú[^:]*:\s*|\s+\d+\.$")
# "Điều 59", "Điều 3a": an article's name and its number, wherever it stands (matched at
# the start of a section: the passage is that article)
ARTICLE_NAME = re.compile(r"\bĐiều (\d+[a-z]?)\b")
NOTED_LOOKED = 3  # the first passages found looked at for a note sending on
NOTED_MARGIN = 0.1  # below the best passage's score by at most this


def asks_who_now(folded: str) -> bool:
    """Whether folded words ask who or what it is now, or where something went."""
    return bool((NOW.search(folded) or WENT.search(folded)) and _WHO.search(folded))


def sending(passage: Passage, kb: KnowledgeBase) -> Iterator[tuple[str, Passage, int]]:
    """The passage's sentences that send to an article of a document held, each with that
    article's passage and position, the note's label left out."""
    for sentence in _SENTENCE.split(passage.text):
        for cited in _ARTICLE_CITED.finditer(sentence):
            found = article_positions(kb).get((cited.group(2), cited.group(1)))
            if found is not None:
                yield _NOTE_LEAD.sub("", sentence).strip(), kb.passages[found], found
                break


def now_sent(query: str, hits: list[Hit], kb: KnowledgeBase) -> tuple[Hit, str] | None:
    """A question of now whose best passage, or one found nearly as well, notes that from a
    day it is so no more and sends to an article: that article's hit, and the note (what
    held before that day is not what is asked: "thẩm quyền khen của chủ tịch huyện chuyển
    cho ai" finds a plan naming the district heads first, the law's article with the note
    next)."""
    folded = fold(query)
    if not hits or not asks_who_now(folded):
        return None
    # (a best passage saying a day itself tells what changed then: "từ khi nào không còn
    # cấp huyện" is the note on the restructuring, not an article another note sends to)
    looked = 1 if DAY.search(hits[0].passage.text) else NOTED_LOOKED
    # (with its abbreviations read as the search reads them: "ct ubnd huyện" says "chủ tịch")
    folded = fold(" ".join(kb.index.analyzer.words(query)))
    for hit in hits[:looked]:
        if hit.score + NOTED_MARGIN < hits[0].score:
            break
        for sentence, passage, position in sending(hit.passage, kb):
            # the note is on what was asked when it says two words in a row of the question
            # ("không còn cấp huyện" for "bỏ cấp huyện rồi thì ai tặng …", not for "ở sở")
            if not DAY.search(sentence) or not (
                _says_two_words(folded, sentence)
                or _annotates_asked(folded, hit.passage.text, sentence)
            ):
                continue
            found = next((h for h in hits if h.position == position), None)
            return found or Hit(passage, position, hits[0].score, hits[0].rank_score), sentence
    return None


def _says_two_words(folded: str, sentence: str) -> bool:
    """Whether the sentence says two words in a row of the question, asking words aside."""
    said = f" {folded_words(sentence)} "
    words = [w for w in folded_words(folded).split() if w not in _ASKING]
    return any(f" {a} {b} " in said for a, b in pairwise(words))


def _annotates_asked(folded: str, text: str, note: str) -> bool:
    """Whether the clause the note follows says two words in a row of the question that no
    other sentence of the passage says: the note is on what was asked ("gia đình văn hóa
    giờ ai tặng": the clause on the commune names it, the note after it sends to the decree
    now in force), not on a clause that shares only the words of them all ("quyết định tặng")."""
    sentences = _SENTENCE.split(text)
    at = next((i for i, s in enumerate(sentences) if note in s), 0)
    if at == 0:
        return False
    clause = f" {folded_words(sentences[at - 1])} "
    elsewhere = f" {folded_words(' '.join(sentences[: at - 1] + sentences[at:]))} "
    words = [w for w in folded_words(folded).split() if w not in _ASKING]
    return any(f" {a} {b} " in clause and f" {a} {b} " not in elsewhere for a, b in pairwise(words))


def first_sent(query: str, hits: list[Hit], kb: KnowledgeBase) -> list[Hit]:
    """The hits with the article a question of now is sent to first (`now_sent`)."""
    sent = now_sent(query, hits, kb)
    return hits if sent is None else [sent[0], *(h for h in hits if h is not sent[0])]


def article_positions(kb: KnowledgeBase) -> dict[tuple[str, str], int]:
    """The position of each article of a numbered document ("Điều 59" of 129/2025/NĐ-CP),
    by the document's number and the article's, worked out once."""

    def find() -> dict[tuple[str, str], int]:
        found: dict[tuple[str, str], int] = {}
        for i, p in enumerate(kb.passages):
            head = ARTICLE_NAME.match(p.section)
            if p.doc.has_number and head:
                found.setdefault((p.doc.number or "", head.group(1)), i)
        return found

    return kb.derived("articles", find)
