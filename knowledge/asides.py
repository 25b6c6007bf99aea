"""What a long, polite message says besides its question, left out before it is read.

Older staff write around their question: a clause saying more of a body they name ("Sở Tài
nguyên và Môi trường Kon Tum, nơi ban hành mấy công văn thi đua năm 2021, giờ thuộc về
đâu"), or of their own search ("…, tôi tìm mãi mà chưa thấy?"). Those words are in no
passage that answers, so they weigh against every one, and a word the documents never use
("mãi") makes the question look like one about something they do not hold.
"""

import re

from knowledge.normalize import fold, squash_spaces

# ", nơi ban hành …,": a clause between commas on the place or body just named
_RELATIVE = re.compile(
    r",\s*(?:(?:là|la|vốn là|von la|cũng là|cung la)\s+)?(?:nơi|noi)\s[^,?]*,", re.IGNORECASE
)
# ", tôi tìm mãi mà chưa thấy?": the asker's own story, after the question
_STORY = re.compile(
    r"[,;]\s*(?:(?:mà|ma|nhưng|nhung|vì|vi|do)\s+)?(?:tôi|toi|em|mình|minh|cháu|chau)\s"
    r"[^,;?]*\??\s*$",
    re.IGNORECASE,
)
# a clause still asking something ("tôi có được đứng tên không", "em hỏi ai"): not a story;
# "không", "chưa" ask only at its end ("mà không ra", "mà chưa thấy" say no)
_ASKING = frozenset("gi j nao sao bao may ai dau ha chu nhi chang".split())
_ASKS_AT_END = frozenset("khong ko k chua roi a".split())


def without_asides(text: str) -> str:
    """The message without the clauses that only say more of what it names or of the asker;
    as typed when it has none (most messages: one look for a comma)."""
    if "," not in text and ";" not in text:
        return text
    kept = _RELATIVE.sub(",", text)
    story = _STORY.search(kept)
    if story is not None and not _asks(story.group(0)):
        kept = kept[: story.start()]
    return squash_spaces(kept.replace(",,", ",")) if kept != text else text


def _asks(clause: str) -> bool:
    """Whether a clause of the asker's own words asks something itself."""
    words = re.findall(r"\w+", fold(clause))
    return bool(_ASKING.intersection(words)) or (bool(words) and words[-1] in _ASKS_AT_END)
