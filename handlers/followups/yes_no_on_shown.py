"""A yes-or-no follow-up checked against the passage just shown.

"có gửi doanh nghiệp không" after a directive's addressees, "thế sở tnmt các tỉnh có trong
đó không" after a letter's: whether what was just read says it. The passage just shown
answers when it says half or more of the question's own words (weighed by rarity, as `coverage`
weighs every reading of a follow-up) and at least as many as the passage the search found,
which may say the same words elsewhere in the document ("… doanh nghiệp đóng trên địa bàn
tỉnh có trách nhiệm …") without answering what was asked of the list.
"""

from handlers.followups.follow_up_shape import _SPELLED
from handlers.followups.other_documents import content_words, coverage, names_other_document
from handlers.followups.phrase_coverage import pair_coverage, word_pairs
from handlers.followups.shown_answers import _YES_NO
from handlers.followups.topic_memory import Topic, _entities, said_words, shown
from knowledge import KnowledgeBase, Passage
from knowledge.held import named_years
from knowledge.normalize import folded_words

SAID_SHARE = 0.5  # the least share of the question's words the passage just shown says


def yes_no_on_shown(
    text: str, topic: Topic, kb: KnowledgeBase, found: Passage, position: int
) -> tuple[Passage, int] | None:
    """The passage just shown, when a yes-or-no question's words are said by it at least
    as well as by the passage `found` for them, and half of them at least."""
    asked = _YES_NO.search(said_words(text))
    again = shown(topic, kb)
    if asked is None or again is None or again[1] == position:
        return None
    said = " ".join(part for part in asked.groups() if part)
    # ("sở tnmt": the words the passage spells out, "Sở Tài nguyên và Môi trường")
    own = content_words(" ".join(_SPELLED.get(w, w) for w in said.split()))
    if not own:
        return None
    years = named_years(said)
    if any(str(year) not in again[0].text for year in years):
        return None  # another year asked of: not what was just read
    # (nor a document the question names by its number: "chỉ thị 14 có nhắc … không")
    if _names_another(said, again[0], kb) or names_other_document(text, topic, kb):
        return None
    share = coverage(own, again[0], kb)
    if share < SAID_SHARE or share < coverage(own, found, kb):
        return None
    # its syllables may all be said in other senses: the passage found must not say more of
    # the question's words side by side ("đề nghị", "cấp trên")
    pairs = word_pairs(" ".join(_SPELLED.get(w, w) for w in said.split()))
    if pair_coverage(pairs, again[0], kb) < pair_coverage(pairs, found, kb):
        return None
    return again


def _names_another(said: str, passage: Passage, kb: KnowledgeBase) -> bool:
    """Whether the question names a place, body or document the passage's document does not
    ("bộ tnmt có tiêu chí … không" after a department's plan); an audience it may ask of
    ("có gửi doanh nghiệp không")."""
    named = _entities(said, kb)
    own = f" {folded_words(passage.doc.title)} {folded_words(passage.text)} "
    return any(f" {named[key]} " not in own for key in ("place", "title") if key in named)
