"""A title named in a follow-up asking what is required, read in the legal article just shown.

"phải có chiến sĩ thi đua cơ sở không" after the article on "Tập thể lao động xuất sắc", or
"đề nghị cstđcs thì cần thêm gì" after the article on the dossier: the article just read
says what it requires of that title (a member holding it, a paper more for it). The search,
given the title's name, finds the title's own article instead, which says nothing of the
collective or of the dossier. Not a follow-up asking the same of the title ("còn cstđcs thì
sao", "còn lđtt thì cần gì"): that one moves to the title.
"""

import re

from handlers.followups.topic_memory import FOLLOW_UP, Topic, _words, document_passages, shown
from knowledge import KnowledgeBase, Passage
from knowledge.normalize import folded_words
from knowledge.titles_answers import DOSSIER, named_title, words

# "cần", "phải có", "bắt buộc", "thêm": what the article requires is asked
_REQUIRED = re.compile(r"\b(?:can|phai|bat buoc|them)\b")
# "tiêu chuẩn gì", "điều kiện gì", "để được": the standards of the title itself
_OWN_STANDARDS = re.compile(r"\b(?:tieu chuan|dieu kien|de duoc)\b")


def title_required_in_shown(
    text: str, topic: Topic, kb: KnowledgeBase, found: Passage
) -> tuple[Passage, int] | None:
    """The piece of the legal article just shown that names the title the follow-up names,
    when the follow-up asks what is required and the search found another section (the
    title's own article); None otherwise."""
    said = _words(text)
    again = shown(topic, kb)
    if again is None or not again[0].doc.is_law or not _REQUIRED.search(said):
        return None
    if (
        said.startswith(tuple(f"{marker} " for marker in FOLLOW_UP))
        or _OWN_STANDARDS.search(said)
        or DOSSIER.search(said)
    ):
        # "còn lđtt của cá nhân thì cần gì", "cần đạt tiêu chuẩn gì để được cstđcs": the
        # title's own standards; "cstđcs cần thêm giấy tờ gì": its own dossier
        return None
    named = named_title(words(said), tuple(kb.titles.values()))
    if named is None or found.section == again[0].section:
        return None
    name = f" {folded_words(named[0].name)} "
    if name in f" {folded_words(again[0].section)} ":
        return None  # the article just read is the title's own
    return next(
        (
            (passage, position)
            for position, passage in document_passages(again[0].doc.id, kb)
            if passage.section == again[0].section and name in f" {folded_words(passage.text)} "
        ),
        None,
    )
