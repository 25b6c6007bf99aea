"""A title named in a follow-up asking what is required, read in the legal article just shown.

"phải có chiến sĩ thi đua cơ sở không" after the article on "Tập thể lao động xuất sắc", or
"đề nghị cstđcs thì cần thêm gì" after the article on the dossier: the article just read
says what it requires of that title (a member holding it, a paper more for it). A name
several titles begin with ("chiến sĩ thi đua", "cstđ") is read as those titles: "chiến sĩ thi
đua thì cần thêm giấy gì" after the dossier's article asks for its paper for them, which no
one title's own dossier tells. The search,
given the title's name, finds the title's own article instead, which says nothing of the
collective or of the dossier. Not a follow-up asking the same of the title ("còn cstđcs thì
sao", "còn lđtt thì cần gì"): that one moves to the title.
"""

import re
from collections.abc import Sequence
from functools import cache

from handlers.followups.topic_memory import FOLLOW_UP, Topic, _words, document_passages, shown
from knowledge import KnowledgeBase, Passage
from knowledge.normalize import folded_words
from knowledge.titles import Title
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
    titles = tuple(kb.titles.values())
    named = named_title(words(said), titles)
    family = None if named is not None else _family_named(words(said), titles)
    if (
        said.startswith(tuple(f"{marker} " for marker in FOLLOW_UP))
        or _OWN_STANDARDS.search(said)
        or (DOSSIER.search(said) and family is None)
    ):
        # "còn lđtt của cá nhân thì cần gì", "cần đạt tiêu chuẩn gì để được cstđcs": the
        # title's own standards; "cstđcs cần thêm giấy tờ gì": its own dossier
        return None
    if found.section == again[0].section:
        return None
    if named is not None:
        name = f" {folded_words(named[0].name)} "
    elif family is not None:
        name = f" {family} "
    else:
        return None
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


def _family_named(said: str, titles: Sequence[Title]) -> str | None:
    """The words the names of several titles begin with, when the folded question names them
    ("chien si thi dua", or the shorthand "cstd" of "CSTĐ cơ sở", "CSTĐ tỉnh"): those the
    titles' own names share."""
    return next(
        (shared for head, shared in _families(tuple(titles)) if f" {head} " in f" {said} "),
        None,
    )


# A head of fewer words than this is too common to name titles ("lao động", "chiến sĩ"),
# unless it is a shorthand of SHORTHAND_LETTERS or more ("CSTĐ"; not "TT", also "thông tư").
FAMILY_WORDS = 3
SHORTHAND_LETTERS = 3


@cache
def _families(titles: tuple[Title, ...]) -> tuple[tuple[str, str], ...]:
    """Each head several titles' names or aliases begin with (a shorthand, or FAMILY_WORDS
    words or more), with the words the names of those titles share, longest head first."""
    heads: dict[str, set[Title]] = {}
    for title in titles:
        for name in (title.name, *title.aliases):
            said = words(name).split()
            first = name.split()[0]
            shorthand = first.isupper() and len(first) >= SHORTHAND_LETTERS
            for size in range(1, len(said)):
                if size >= FAMILY_WORDS or (size == 1 and shorthand):
                    heads.setdefault(" ".join(said[:size]), set()).add(title)
    families = []
    for head, named in heads.items():
        if len(named) < 2:
            continue
        names = [words(t.name).split() for t in named]
        shared = []
        for column in zip(*names, strict=False):
            if len(set(column)) > 1:
                break
            shared.append(column[0])
        if shared:
            families.append((head, " ".join(shared)))
    return tuple(sorted(families, key=lambda f: -len(f[0])))
