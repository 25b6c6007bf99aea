"""Questions about one emulation title, answered from the article of the law that sets it.

"Chiến sĩ thi đua cấp tỉnh cần mấy lần chiến sĩ thi đua cơ sở?" names a title (by its name
or an alias in knowledge/titles.yaml); the answer is the passage of that title's article in
Luật Thi đua, khen thưởng, or, when the question asks about the bonus, who decides or the
dossier, the passage that says so (Nghị định 152/2025 Điều 50, Luật Điều 80, Điều 84). The
passage is cited like any other answer, with its effective date and what is unchecked.
A question that names a campaign (a place or a year) is left to the search.
"""

import re
from functools import cache

from knowledge import KnowledgeBase, Passage, Title
from knowledge.normalize import fold

LAW = "luat-06-2022-qh15"
DECREE = "nd-152-2025-nd-cp"
BONUS = re.compile(
    r"\b(thuong bao nhieu|tien thuong|muc thuong|duoc thuong|bao nhieu tien|lan luong)\b"
)
DECIDES = re.compile(
    r"\b(ai quyet dinh|tham quyen|ai tang|cap nao quyet dinh|ai ky quyet dinh|quyet dinh tang"
    r"|duoc tang|co quyen tang)\b"
)
COMMUNE = re.compile(r"\b(cap xa|ubnd xa|uy ban nhan dan xa|chu tich xa|xa phuong)\b")
COMMUNE_DECREE = "nd-129-2025-nd-cp"
DOSSIER = re.compile(r"\b(ho so)\b")
CAMPAIGN = re.compile(r"\b(19|20)\d\d\b|\b(phong trao|ke hoach|chi thi|cong van)\b")
_PUNCTUATION = re.compile(r"[^\w\s]")


def answer(question: str, kb: KnowledgeBase) -> tuple[Passage, int] | None:
    """The passage (and its position) that answers a question about one title, if it is one."""
    folded = " ".join(_PUNCTUATION.sub(" ", fold(question)).split())
    if CAMPAIGN.search(folded):
        return None
    title = _named_title(f" {folded} ", kb)
    if title is None:
        return None
    if BONUS.search(folded):
        part = "khoản 1" if title.audience == "individual" else "khoản 2"
        return _passage(kb, DECREE, "Điều 50.", part)
    if DECIDES.search(folded):
        if title.level != "cơ sở":
            return None  # decided higher up: the articles on that are not in the base
        # Since 01/7/2025 the commune chairman's powers are in Nghị định 129/2025, Điều 59.
        if COMMUNE.search(folded) or "chu tich uy ban nhan dan xa" in folded:
            return _passage(kb, COMMUNE_DECREE, "Điều 59.")
        return _passage(kb, LAW, "Điều 80")
    if DOSSIER.search(folded):
        return _passage(kb, LAW, "Điều 84.")
    return _passage(kb, LAW, f"{title.article}.")


def _named_title(padded: str, kb: KnowledgeBase) -> Title | None:
    """The title the question names; the longest name wins ("tập thể lao động tiên tiến"
    over "lao động tiên tiến")."""
    return next((t for name, t in _names(kb) if f" {name} " in padded), None)


@cache
def _names_of(titles: tuple[Title, ...]) -> tuple[tuple[str, Title], ...]:
    names = [
        (" ".join(_PUNCTUATION.sub(" ", fold(n)).split()), t)
        for t in titles
        for n in (t.name, *t.aliases)
    ]
    return tuple(sorted(names, key=lambda pair: -len(pair[0])))


def _names(kb: KnowledgeBase) -> tuple[tuple[str, Title], ...]:
    return _names_of(tuple(kb.titles.values()))


def _passage(
    kb: KnowledgeBase, doc_id: str, section: str, part: str = ""
) -> tuple[Passage, int] | None:
    """The first passage of that document whose section starts so (and mentions `part`)."""
    return next(
        (
            (p, i)
            for i, p in enumerate(kb.passages)
            if p.doc.id == doc_id and p.section.startswith(section) and part in p.section
        ),
        None,
    )
