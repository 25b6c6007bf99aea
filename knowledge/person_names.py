"""A message that is only a person's full name ("Trần Thị Mai", "nguyen van an"): the bot
looks up no one, and a search would answer it with whatever passage shares a syllable."""

from functools import cache

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
NAME_WORDS = (2, 4)  # a full name's words, at least and at most


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
