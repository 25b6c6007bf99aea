"""How much of a question's phrasing a passage says: its words side by side, two at a time.

A follow-up's single folded syllables are said by many passages in other senses ("đề" of
"chuyên đề" and of "đề nghị", "cấp" of "các cấp"): "kết quả khen đột xuất, chuyên đề có dùng
để đề nghị khen cấp trên không" finds every syllable in an item listing "khen thưởng đột
xuất, khen thưởng theo chuyên đề", but "đề nghị" and "cấp trên" only where a rule says
"không dùng làm căn cứ để đề nghị cấp trên khen thưởng"."""

from itertools import pairwise

from handlers.followups.other_documents import coverage, rarity
from knowledge import KnowledgeBase, Passage


def word_pairs(said: str) -> list[tuple[str, str]]:
    """The question's adjacent folded words, two at a time, a word repeated side by side
    ("đề để") excepted."""
    said_words = said.split()
    return [(a, b) for a, b in pairwise(said_words) if a != b]


def pair_coverage(pairs: list[tuple[str, str]], passage: Passage, kb: KnowledgeBase) -> float:
    """The share of the pairs, each weighed by its two words' rarity, that the passage or
    its headings say side by side."""
    return coverage([f"{a} {b}" for a, b in pairs], passage, kb, _pair_rarity)


def _pair_rarity(pair: str, kb: KnowledgeBase) -> float:
    return sum(rarity(word, kb) for word in pair.split())
