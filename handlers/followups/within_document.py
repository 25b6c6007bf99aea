"""One ranking of the last document's passages for a follow-up that stays in it.

"còn nội dung thi đua?" after the ministry's 2021 letter's theme asks for its part headed
"Nội dung Phong trào thi đua", not the letter's card the resolved question (the follow-up
plus the letter's name) ranks first. Every passage of the document is scored by what the
follow-up itself asks: its own content words (`content_words`), each weighted by rarity as
`coverage` weighs them, counting more when the passage's headings say it than when only
its text does, a word said only with its neighbour among them ("chủ đề", not the "chủ" of
"chủ yếu"); the resolved question's search score is a lesser term; the passage just shown
loses when the follow-up asks for another part.

It is used (`led_within`) only where a "còn …" follow-up would show the card just shown
again: applied to every follow-up staying in the document, it lost more conversations of
the development sets than it won ("còn báo cáo thành tích" after a dossier asks the same
part of another paper, not the part headed by its words).
"""

from dataclasses import dataclass

from handlers.followups.other_documents import content_words, rarity
from handlers.followups.pointing_back import asked_instead, asks_for_another
from handlers.followups.topic_memory import Topic, document_passages, said_words
from knowledge import Hit, KnowledgeBase, Passage, led_by

HEADED = 1.0  # a word the passage's headings say
TEXT = 0.5  # a word only its text says
SEARCHED = 0.25  # weight of the resolved question's search score (relative to its best)
SHOWN = 0.3  # the passage just shown, when the follow-up asks for another part
LEAD = 0.15  # how much better than the card the ranking's first must score to lead
FLOOR = 0.5  # the least score of a part leading over the card
LOOKED_AT = 30  # hits of the resolved question looked at for their scores


@dataclass(frozen=True)
class Ranked:
    position: int
    passage: Passage
    score: float


@dataclass(frozen=True)
class Asked:
    """A content word of the follow-up with the pairs it forms with its neighbours among
    them ("chủ đề": "chu de"), which must be said together for it to count: "chủ yếu" in a
    heading does not say "chủ đề"."""

    word: str
    pairs: tuple[str, ...]


def _asked(said: str) -> list[Asked]:
    own = set(content_words(said))
    tokens = said_words(said).split()
    found: dict[str, Asked] = {}
    for i, w in enumerate(tokens):
        if w not in own or w in found:
            continue
        pairs = []
        if i > 0 and tokens[i - 1] in own:
            pairs.append(f"{tokens[i - 1]} {w}")
        if i + 1 < len(tokens) and tokens[i + 1] in own:
            pairs.append(f"{w} {tokens[i + 1]}")
        found[w] = Asked(w, tuple(pairs))
    return list(found.values())


def words_asked(text: str, kb: KnowledgeBase, instead: bool) -> list[Asked]:
    """The follow-up's own words, typos mended as the knowledge base spells them; with
    `instead`, only those of what a "còn …" follow-up asks instead ("nội dung thi đua")."""
    text = (asked_instead(text) if instead else None) or text
    seen: dict[str, Asked] = {}
    for said in (text, kb.spelled(text)):
        for asked in _asked(said):
            seen.setdefault(asked.word, asked)
    return list(seen.values())


def says_asked(asked: Asked, said: str) -> bool:
    if asked.pairs:
        return any(f" {p} " in said for p in asked.pairs)
    return f" {asked.word} " in said


def said_share(own: list[Asked], passage: Passage, kb: KnowledgeBase) -> float:
    """The share of the words' rarity the passage says, a word in its headings counting
    fully and one only in its text by half."""
    headings = f" {said_words(passage.section)} "
    body = f" {said_words(passage.text)} "
    whole = 0.0
    got = 0.0
    for asked in own:
        weight = rarity(asked.word, kb)
        whole += weight
        if says_asked(asked, headings):
            got += weight * HEADED
        elif says_asked(asked, body):
            got += weight * TEXT
    return got / whole if whole else 0.0


def rank(
    text: str, resolved: str, topic: Topic, kb: KnowledgeBase, instead: bool = False
) -> list[Ranked]:
    """The last document's passages (not its outline), best first for the follow-up."""
    own = words_asked(text, kb, instead)
    if not own:
        return []
    searched = {h.position: h.score for h in kb.search(resolved, limit=LOOKED_AT)}
    best = max(searched.values(), default=0.0) or 1.0
    ranked = []
    for position, passage in document_passages(topic.doc_id, kb):
        if passage.kind == "outline":
            continue
        score = said_share(own, passage, kb) + SEARCHED * searched.get(position, 0.0) / best
        if position == topic.position and instead:
            score -= SHOWN
        ranked.append(Ranked(position, passage, score))
    ranked.sort(key=lambda r: (-r.score, r.position))
    return ranked


def led_within(
    text: str, resolved: str, hits: list[Hit], topic: Topic, kb: KnowledgeBase
) -> list[Hit]:
    """The hits of a "còn …" follow-up read within the last document, led by the part of
    it the ranking puts first when they would show the card just shown again and that
    part scores clearly above the card. After a part of the body, "còn" may ask the same
    part of another audience ("còn cá nhân là thủ trưởng thì thêm gì"): left as it is."""
    if not hits or hits[0].passage.kind != "info" or hits[0].position != topic.position:
        return hits
    if not asks_for_another(text):
        return hits
    ranked = rank(text, resolved, topic, kb, instead=True)
    if not ranked:
        return hits
    top = ranked[0]
    if top.position == hits[0].position or top.passage.kind != "section":
        return hits
    card = next(r for r in ranked if r.position == hits[0].position)
    if top.score < max(card.score + LEAD, FLOOR):
        return hits
    return led_by(hits, top.passage, top.position)
