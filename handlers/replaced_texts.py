"""What a legal document replaced, asked of it ("nó thay nđ nào", "thay cho cái nào", "luật
2022 thay thế luật nào"): its opening names the main text it replaced in a few words, its
article on effect every text it repeals, each named with its date. The answer read from
either one is given with what the other adds, so that it names them all.
"""

import re

from handlers import currency
from knowledge import KnowledgeBase, Passage
from knowledge.documents import vn_date
from knowledge.normalize import fold
from knowledge.titles_answers import ASKS_REPLACED_LIST

# "thay nđ nào", "thay thế cho luật nào", "nó thay cái nào": the text it replaced (not "thay
# bằng nđ nào", what replaced it: handlers/currency.py)
_ASKS_REPLACED = re.compile(
    r"\bthay( the)?( cho)? (luat|nghi dinh|nd|thong tu|tt|quyet dinh|qd|van ban|vb|cai)"
    r"( \w+)? (nao|gi|j)\b"
)
# a repealed text as the clause names it: its kind, number and date ("Nghị định số
# 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023")
# (with the body that issued it, as the article names it: "… của Chính phủ")
_NAMED_WITH_DATE = (
    r"{kind} số {number} ngày \d{{1,2}} tháng \d{{1,2}} năm \d{{4}}(?: của (?:Chính phủ|Quốc hội))?"
)
# What the article on effect says of the texts it repeals, in its own order.
REPEALED_NOTE = "Theo {article} {kind} số {number}: {texts} hết hiệu lực từ ngày {day}."


def asks_replaced(text: str) -> bool:
    """Whether the question asks which texts a document replaced."""
    folded = f" {fold(text)} "
    if currency.REPLACED_BY.search(folded):
        return False
    return bool(_ASKS_REPLACED.search(folded) or ASKS_REPLACED_LIST.search(folded))


def repealed_note(text: str, passage: Passage, kb: KnowledgeBase) -> str | None:
    """For a question asking what a document replaced answered from its opening, what its
    article on effect says it repealed: each text with its date, and since when (the
    opening names only the main one)."""
    doc = passage.doc
    if not doc.replaces or passage.kind != "intro" or not asks_replaced(text):
        return None
    repeals = [r for r in currency.repeals(kb) if r[4].doc is doc]
    clauses = {r[4].section for r in repeals}
    if not repeals or len(clauses) != 1 or repeals[0][4] is passage or doc.effective is None:
        return None
    clause = repeals[0][4]
    texts = []
    for old, *_ in repeals:
        kind, _, number = old.partition(" số ")
        pattern = _NAMED_WITH_DATE.format(kind=re.escape(kind), number=re.escape(number))
        found = re.search(pattern, clause.text)
        texts.append(found.group(0) if found else old)
    article = clause.section.split("›")[0].strip().split(".")[0]
    return REPEALED_NOTE.format(
        article=article,
        kind=doc.kind,
        number=doc.number,
        texts=" và ".join(texts),
        day=vn_date(doc.effective),
    )
