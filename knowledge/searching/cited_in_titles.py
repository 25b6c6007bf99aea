"""A title's words that name another document the knowledge base holds.

A department's letter is often titled by the directive it carries out ("Phát động phong trào
thi đua theo Chỉ thị số 14/CT-UBND ngày 28/7/2021 của Chủ tịch Ủy ban nhân dân tỉnh"). Those
words name the directive, not the letter: counted in the letter's document field they make
"chỉ thị 14 của chủ tịch ubnd … yêu cầu gì" find the letter as well as the directive. The
letter is still found by them when the question says so: `_citing_groups` boosts the documents
carrying out a number when the question names their issuer or a kind the numbered one is not
("công văn của sở … theo ct14"). A number the knowledge base does not hold names nothing else,
so it stays ("Kế hoạch 3510" is found only through the letter carrying it out).
"""

import re
from collections.abc import Iterable

from knowledge.documents import Document
from knowledge.normalize import fold

# "Chỉ thị số 14/CT-UBND ngày 28/7/2021 của …": a kind, "số", a number, and the rest of the
# title up to a bracket (its date and issuer belong to the cited document too)
_CITED = re.compile(r"(?:^|\s)((?:\w+\s+){1,2}?số\s+(\d+[/-][^\s,;()]*)[^()]*)", re.IGNORECASE)


def held_numbers(documents: Iterable[Document]) -> frozenset[str]:
    """The folded numbers of the documents held ("14/ct-ubnd"), blank numbers left out."""
    return frozenset(fold(d.number) for d in documents if d.has_number and d.number)


def title_without_cited(doc: Document, held: frozenset[str]) -> str:
    """The document's title without the reference to another held document it ends on."""
    found = _CITED.search(doc.title)
    if found is None:
        return doc.title
    number = fold(found.group(2)).rstrip(".")
    if number not in held or (doc.has_number and number == fold(doc.number or "")):
        return doc.title
    return f"{doc.title[: found.start(1)].rstrip()} {doc.title[found.end(1) :].strip()}".strip()
