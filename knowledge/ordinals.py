"""Ordinals a question names ("Đại hội thi đua yêu nước toàn quốc lần thứ XI", "Quốc hội khóa
XV"): the answering passage must name the same one, not a neighbour ("lần thứ X") that shares
every other word of the question."""

import re

from knowledge.awards import spaced_text, spaced_words

# "lần thứ XI", "lần thứ 11", "khóa XV"; "lần thứ mấy" names none.
_ORDINAL = re.compile(r" (lan thu|khoa) ([ivxlc]+|\d+) ")


def named_ordinals(question: str) -> list[str]:
    """The ordinals the question names, as folded phrases ("lan thu xi")."""
    return [f"{kind} {value}" for kind, value in _ORDINAL.findall(spaced_words(question))]


def speaks_of_ordinals(named: list[str], text: str) -> bool:
    """Whether a passage names every ordinal named."""
    if not named:
        return True
    spaced = spaced_text(text)
    return all(f" {phrase} " in spaced for phrase in named)
