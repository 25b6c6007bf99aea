"""A title named in a follow-up asking what is required, read in the legal article just shown.

"phải có chiến sĩ thi đua cơ sở không" after the article on "Tập thể lao động xuất sắc", or
"đề nghị cstđcs thì cần thêm gì" after the article on the dossier: the article just read
says what it requires of that title (a member holding it, a paper more for it). A name
several titles begin with ("chiến sĩ thi đua", "cstđ") is read as those titles: "chiến sĩ thi
đua thì cần thêm giấy gì" after the dossier's article asks for its paper for them, which no
one title's own dossier tells. The search,
given the title's name, finds the title's own article instead, which says nothing of the
collective or of the dossier. Not a follow-up asking the same of the title ("còn cstđcs thì
sao", "thế lđtt thì cần gì"): that one moves to the title; nor one asking something else of
a person holding it ("cán bộ đạt cstđcs được thưởng bao nhiêu").
"""

import re
from collections.abc import Sequence
from functools import cache

from handlers.followups.topic_memory import (
    LEADING,
    Topic,
    document_passages,
    opens_follow_up,
    said_words,
    shown,
)
from knowledge import KnowledgeBase, Passage, Title
from knowledge.asked_facts import ASKS_MORE
from knowledge.normalize import folded_words, typed_or_bare
from knowledge.normalize import words as typed_words
from knowledge.titles_answers import ARTICLE_NAMED, BONUS, DOSSIER, named_title, words

# What requires the title named right after it: "cần", "phải có", "bắt buộc phải có", "yêu
# cầu có". A word typed with marks means only itself ("cán bộ" is no "cần", "có phải" no
# "phải có"); typed bare it may be the word.
_REQUIRING = (
    "cần", "cần có", "cần phải có", "phải có", "bắt buộc", "bắt buộc có", "bắt buộc phải có",
    "yêu cầu", "yêu cầu có", "yêu cầu phải có",
)  # fmt: skip


_REQUIRES = re.compile(typed_or_bare(_REQUIRING))
# Between the requirement and the title: "ít nhất một người đạt danh hiệu …" (folded)
_HOLDER = re.compile(
    r"^(?:(?:it nhat|toi thieu) )?(?:(?:mot|1|01) )?(?:(?:nguoi|ca nhan|thanh vien|can bo) )?"
    r"(?:(?:dat|co|duoc) )?(?:danh hieu )?"
)
# "tiêu chuẩn gì", "điều kiện gì", "để được": the standards of the title itself
_OWN_STANDARDS = re.compile(r"\b(?:tieu chuan|dieu kien|de duoc)\b")


def _asks_more(said: str) -> bool:
    """Whether the folded message asks what more is needed ("cần thêm gì"), not whether more
    is paid ("có được thưởng thêm không")."""
    return ASKS_MORE.search(said) is not None and not BONUS.search(said)


def _required(text: str, title: Title, titles: tuple[Title, ...]) -> bool:
    """Whether the message asks whether the title is required (named as the object of "cần",
    "phải có" …) or what more is needed for it ("cần thêm gì")."""
    if _asks_more(words(said_words(text))):
        return True
    typed = " ".join(typed_words(text))
    for found in _REQUIRES.finditer(typed):
        after = words(typed[found.end() :])
        held = named_title(_HOLDER.sub("", after, count=1), titles)
        if held is not None and held[0] == title and held[1] == 0:
            return True
    return False


def _moves_to(said: str, title_at: int) -> bool:
    """Whether the follow-up opens by moving to the title: "còn …", "thế còn …", or "thế" or
    "vậy" with the title right after it ("thế cstđcs thì cần gì")."""
    if opens_follow_up(said):
        return True
    first = said.split(" ", 1)[0]
    return first in LEADING and title_at == len(first) + 1


def title_required_in_shown(
    text: str, topic: Topic, kb: KnowledgeBase, found: Passage
) -> tuple[Passage, int] | None:
    """The piece of the legal article just shown that names the title the follow-up names,
    when the follow-up asks whether that title is required and the search found another
    section (the title's own article); None otherwise."""
    said = words(said_words(text))
    again = shown(topic, kb)
    if again is None or not again[0].doc.is_law or ARTICLE_NAMED.search(said):
        return None  # ("điều 23 luật …: cstđcs cần gì": the article named is asked)
    titles = tuple(kb.titles.values())
    named = named_title(said, titles)
    family = None if named is not None else _family_named(said, titles)
    if _OWN_STANDARDS.search(said) or (DOSSIER.search(said) and family is None):
        # "cần đạt tiêu chuẩn gì để được cstđcs": the title's own standards; "cstđcs cần
        # thêm giấy tờ gì": its own dossier
        return None
    if found.section == again[0].section:
        return None
    if named is not None:
        if _moves_to(said, named[1]) or not _required(text, named[0], titles):
            return None
        name = f" {folded_words(named[0].name)} "
    elif family is not None and _asks_more(said) and not opens_follow_up(said):
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
