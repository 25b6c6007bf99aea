"""A message that is only a person's full name ("Trần Thị Mai", "nguyen van an"): the bot
looks up no one, and a search would answer it with whatever passage shares a syllable."""

import re
from collections.abc import Callable
from functools import cache
from itertools import pairwise, takewhile

from rapidfuzz.distance import OSA

from knowledge.normalize import fold, has_marks
from knowledge.places import provinces

# Common family names, as written. Typed without marks many are also words ("đang", "trường",
# "phần"): then a common middle name must follow.
FAMILY_NAMES = frozenset(
    "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh đoàn "
    "trương lâm mai tô cao lương vương trịnh quách lưu thái tạ châu".split()
)
MIDDLE_NAMES = frozenset(
    "van thi ngoc huu duc minh quoc thanh hong xuan kim dinh cong quang thu anh bao gia "
    "trung tuan hai phuong my".split()
)
# Words a person is spoken of with, right before their name ("anh", "c", "đồng chí"), folded.
SPOKEN_OF = frozenset("anh chi ong ba bac co chu em a c e cua cho".split())
NAME_WORDS = (2, 4)  # a full name's words, at least and at most
# Words closing a question, as typed (without marks), which no given name is: "có nguyên
# văn ko" is "nguyên văn"
NOT_GIVEN = frozenset("ko k kg khong chua nhe vay gi nao".split())
# Words a person speaks of themself with, folded, which are given names only written with
# capitals or after a word a person is spoken of with ("anh nguyễn văn em"): "tổ văn em cãi
# nhau", typed "to van em", is their literature group
SELF_WORDS = frozenset("em toi".split())
# Given names, as written, that may follow "anh", "chị", "đ/c" alone ("chị Lan phòng kế toán").
# Only those whose spelling with marks is no word a question about the documents uses.
GIVEN_NAMES = frozenset(
    "lan hoa hùng tuấn hương linh trang thảo hải sơn long phương nga vân yến cường huy đức "
    "quang thủy loan oanh nhung lộc phúc hiếu kiên hiền huyền giang liên ngân ngọc nhi quyên "
    "quỳnh trâm tuyết uyên vy xuân hưng bảo dũng thắng tâm bình hằng thành hạnh".split()
)
# Words a person is spoken of with before a given name alone, as written ("c" is "chị", "đ/c"
# is "d", "c"); typed without marks, folded alike ("có", "chỉ" are no such word).
HONORIFICS = frozenset("anh chị ông bà cô chú bác a c".split())
_FOLDED_HONORIFICS = frozenset(fold(word) for word in HONORIFICS)
# Each, folded, as the bot writes it ("c Lan" is "chị Lan", "ong" is "ông").
_WRITTEN_HONORIFICS = {fold(word): word for word in HONORIFICS} | {"a": "anh", "c": "chị"}
# Words naming a kind of place, right before its name ("huyện Anh Sơn", "xã Bà Điểm", "phố Bà
# Triệu", "huyện Lâm Hà"): the name is the place's, though it opens as a person's would.
PLACE_KINDS = frozenset("tỉnh huyện quận xã phường trấn thôn ấp xóm bản làng phố đường tp".split())
# The same typed without marks, but for those a common word before a person reads as ("cơ
# quan chị Lan": "quan"; "dương", "ban", "lang" are names and words too).
_FOLDED_PLACE_KINDS = frozenset("tinh huyen xa phuong tran thon ap xom pho tp".split())
# A person's award, title or result asked of ("được tặng CSTĐ toàn quốc năm nào", "có đạt
# LĐTT không", "nhận bằng khen chưa"), folded: what no document says of anyone, even of a
# person it names as its signer.
_AWARD_ASKED = re.compile(
    r"\b(duoc|dc|dat|nhan|co phai)( \w+){0,2}? (tang|khen|trao|cong nhan"
    r"|danh hieu|bang khen|giay khen|huan chuong|ky niem chuong|chien si|cstd\w*|ldtt"
    r"|lao dong tien tien)\b"
)
# A person's own life asked of ("sinh năm bao nhiêu", "bây giờ làm gì", "còn làm chủ tịch quốc
# hội không", "quê ở đâu"), folded: no document says it, even of its signer, whose name and
# title on the day it was signed are all it holds.
_LIFE_ASKED = re.compile(
    r"\b(sinh nam|nam sinh|sinh ngay|bao nhieu tuoi|may tuoi|que o|que quan|que dau"
    r"|(bay gio|hien nay|hien gio|gio|nay) (lam|o|giu|dang|cong tac)|con (lam|giu|dang|cong tac|tai chuc)"
    r"|nghi huu chua|da nghi huu|con song|qua doi|da mat|vo con|gia dinh)\b"
)


def asks_of_life(text: str) -> bool:
    """Whether the question asks of a person's own life (birth, home, what they do now)."""
    return bool(_LIFE_ASKED.search(" ".join(fold(text).split())))


# A person spoken of as signing or issuing a text ("Tô Lâm ký chỉ thị nào", "ông … ban hành
# nghị định nào"): the text is asked of, not the person's award or records.
_SIGNING = re.compile(
    r"\b(?:ky|ban hanh|dung ten)(?: \w+){0,3}? (?:van ban|chi thi|nghi dinh|nghi quyet"
    r"|quyet dinh|thong tu|cong van|ke hoach|luat)\b"
)


def names_only(text: str) -> bool:
    """Whether the message is a person's full name and nothing else (not a province's:
    "Cao Bằng", "Lâm Đồng")."""
    words = text.strip().rstrip(".").split()
    if not NAME_WORDS[0] <= len(words) <= NAME_WORDS[1] or not all(w.isalpha() for w in words):
        return False
    if fold(" ".join(words)) in _folded_provinces():
        return False
    middle = fold(words[1]) in MIDDLE_NAMES
    if any(has_marks(w) for w in words):
        titled = all(w[0].isupper() for w in words)
        return words[0].lower() in FAMILY_NAMES and (titled or middle)
    return fold(words[0]) in _folded_family_names() and middle


@cache
def _folded_family_names() -> frozenset[str]:
    return frozenset(fold(name) for name in FAMILY_NAMES)


@cache
def _folded_provinces() -> frozenset[str]:
    return frozenset(fold(name) for name in provinces())


def named_person(text: str, mentions: Callable[[str], bool]) -> str | None:
    """The full name of a person a question is about ("anh nguyễn văn nam phòng đo đạc có đc
    cstđcs ko", "chị Trần Thị Hoa lương bao nhiêu"), as written, when no document names them
    (`mentions`: a signer is asked of by the document they signed); None when it names no one.
    A family name then a common middle name ("tran thi hoa"), or with marks one followed by
    words written with capitals ("Lê Hùng"). Unless written with capitals, a name is one
    after a word a person is spoken of with ("anh", "c", "đồng chí") or opening the message:
    "cao thì có", "đang bị" are words; so are words the documents use side by side after a
    family name ("tổ thi đua", "lâm văn bản"); nor is one spoken of as signing a text."""
    folded = " ".join(fold(text).split())
    if _SIGNING.search(folded):
        return None
    awarded = bool(_AWARD_ASKED.search(folded) or _LIFE_ASKED.search(folded))
    words = re.findall(r"[^\W\d_]+", text)
    for at in range(len(words)):
        name = _name_at(words, at)
        if name is None or fold(" ".join(name)) in _folded_provinces():
            continue
        if at > 0 and _place_kind(words[at - 1]):  # "huyện Lâm Hà"
            continue
        if name[0] != words[at] and (  # a family name with a slip: "anh ngyyen văn lộc"
            at == 0 or fold(words[at - 1]) not in SPOKEN_OF or mentions(fold(words[at]))
        ):  # not a word of the documents: "hoan thanh nhiem vu" is "hoàn thành"
            continue
        spoken_of = at == 0 or fold(words[at - 1]) in SPOKEN_OF
        if not _capitals(name) and not spoken_of:
            continue
        if fold(name[-1]) in SELF_WORDS and not _capitals(name) and at == 0:
            continue
        # as written: "thị thu" is no pair of words the documents use, folded it is
        written = " ".join(name).lower()
        if not has_marks(written):
            written = fold(written)
        # a signer's own awards or life, spoken of as a person's ("anh Nguyễn Văn Lộc được
        # tặng …", "Vương Đình Huệ còn làm …", not "Huân chương Hồ Chí Minh được tặng …"): no
        # document says them
        if awarded and spoken_of and mentions(written):
            return _titled(name)
        if any(mentions(" ".join(pair)) for pair in pairwise(written.split()[1:])):
            continue
        if not mentions(written):
            return _titled(name)
    return _given_name(words, mentions) if awarded else None


def _place_kind(word: str) -> bool:
    """Whether a word names a kind of place (PLACE_KINDS), as typed."""
    lower = word.lower()
    return lower in PLACE_KINDS if has_marks(lower) else lower in _FOLDED_PLACE_KINDS


def _titled(words: list[str]) -> str:
    return " ".join(w[:1].upper() + w[1:].lower() for w in words)


def _given_name(words: list[str], mentions: Callable[[str], bool]) -> str | None:
    """A person spoken of by a given name alone, with the word they are spoken of with ("chị
    Lan", "anh Hùng", "đ/c Huyền"): the given name written with a capital, or one of the
    common given names written with marks; None when there is none. Not words the documents
    use side by side ("anh hùng lao động", "ông Giám đốc")."""
    for at in range(1, len(words)):
        spoken, name = words[at - 1].lower(), words[at]
        comrade = spoken == "c" and at > 1 and fold(words[at - 2]) == "d"  # "đ/c"
        if spoken not in HONORIFICS and (has_marks(spoken) or spoken not in _FOLDED_HONORIFICS):
            continue
        if fold(name) in SPOKEN_OF:  # "anh chị em"
            continue
        # "huyện Anh Sơn", "Bà Rịa": a place named as a person is spoken of
        placed = at > 1 and _place_kind(words[at - 2])
        if placed or fold(f"{spoken} {name}") in _folded_provinces():
            continue
        capital = len(name) > 1 and name[0].isupper() and name[1:].islower()
        if not capital and not _given_as_typed(words, at):
            continue
        # "anh hùng" is a word as typed, "anh Hùng" a name; "Giám đốc" is a word either way
        side_by_side = [f"{name} {w}" for w in words[at + 1 : at + 2]]
        if not capital or words[at - 1][0].isupper():  # "Anh Hùng Lao Động" too
            side_by_side.append(f"{spoken} {name}")
        if any(mentions(_as_typed(pair)) for pair in side_by_side):
            continue
        return f"{'đ/c' if comrade else _WRITTEN_HONORIFICS[fold(spoken)]} {_titled([name])}"
    return None


def _given_as_typed(words: list[str], at: int) -> bool:
    """Whether the word at `at`, in lower case, is a common given name: written with marks
    (or after a word with them: "chị lan"), or without any but followed by the person's unit
    ("chi lan phong ke toan"): alone, "ba lan", "chi lan" are as likely "ba lần", "chỉ lần"."""
    name = words[at].lower()
    if has_marks(words[at - 1] + name):
        return name in GIVEN_NAMES
    after = [fold(w) for w in words[at + 1 : at + 2]]
    unit = after == ["ben"] or (after != [] and _slipped(after[0], "phong"))  # "phogn"
    return unit and name in _folded_given_names()


SLIP_LENGTH = 4  # letters of a word, at least, read as another with one slip ("ngyyen")


def _slipped(typed: str, word: str) -> bool:
    """Whether the folded word typed is `word` itself or `word` with one slip: a letter lost,
    one too many, another or two swapped ("nguyn", "ngyyen", "phogn"), for a longer word."""
    return typed == word or (
        len(word) >= SLIP_LENGTH and OSA.distance(typed, word, score_cutoff=1) <= 1
    )


def _family_slipped(word: str) -> str | None:
    """The family name, folded, a word typed without marks is with one slip ("ngyyen")."""
    if has_marks(word):
        return None
    folded = fold(word)
    return next((name for name in _folded_family_names() if _slipped(folded, name)), None)


@cache
def _folded_given_names() -> frozenset[str]:
    return frozenset(fold(name) for name in GIVEN_NAMES)


def _as_typed(phrase: str) -> str:
    """Lower case, marks kept when typed, folded when not (as `mentions` reads them)."""
    lower = phrase.lower()
    return lower if has_marks(lower) else fold(lower)


def _name_at(words: list[str], at: int) -> list[str] | None:
    """The name that begins at `at` with a family name: the family name, its middle names and
    one given name, or the words with capitals after it; None when none begins there."""
    family, rest = words[at], words[at + 1 : at + NAME_WORDS[1]]
    marked = family.lower() in FAMILY_NAMES
    if not rest:
        return None
    if not (marked or (not has_marks(family) and fold(family) in _folded_family_names())):
        # a family name with a slip ("anh ngyyen van loc"), when a middle name tells it
        slipped = _family_slipped(family)
        if slipped is None or has_marks(rest[0]) or fold(rest[0]) not in MIDDLE_NAMES:
            return None
        family = slipped
    if fold(rest[0]) in MIDDLE_NAMES and (marked or not has_marks(rest[0])) and len(rest) > 1:
        # "Nguyễn Thị Ngọc Anh": a fourth word only when written with a capital as the rest
        fourth = (
            rest[2:3] if fold(rest[1]) in MIDDLE_NAMES and rest[2:3] and _capitals(rest) else []
        )
        name = [family, *rest[:2], *fourth]
        return None if name[-1] in NOT_GIVEN else name
    if marked and family[0].isupper():
        capitals = list(takewhile(lambda w: w[0].isupper(), rest))
        return [family, *capitals] if capitals else None
    return None


def _capitals(words: list[str]) -> bool:
    return all(w[0].isupper() for w in words)
