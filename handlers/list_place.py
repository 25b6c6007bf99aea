"""The member of a list a question names by its place ("mục cuối trong danh sách", "mẫu cuối
cùng", "cái thứ 2"): the list's own lines ("- …", "a) …", "2. …") or the clauses of one line
listing them after a colon ("có 11 mẫu: đề nghị …; đề nghị …; …"). That member answers, led
in the first message with the line opening its list.
"""

import re

from handlers.phone_lists import ITEM_MARKS
from knowledge.normalize import fold, words
from knowledge.ordinals import ITEM_NOUNS, LAST, ItemAsked, item_asked

MIN_MEMBERS = 2  # lines of one kind in a row make a list
# (a dash or bullet is a kind of its own, beside the numbered ones)
_KINDS = tuple((kind, re.compile(rf"\s*{mark}\s")) for kind, mark in ITEM_MARKS)
_BULLET = re.compile(r"\s*[-+•]\s")
# "<noun> cuối cùng", "<noun> đầu tiên" of a noun naming a list's members ("mẫu cuối cùng",
# "tiêu chí đầu tiên"); not of a time or a person ("hạn cuối cùng", "năm đầu tiên", "người
# đầu tiên"), nor "cuối cùng" opening a sentence ("finally")
_LIST_NOUNS = rf"{ITEM_NOUNS}|mau|buoc|phan|loai|hinh thuc|danh hieu|thanh phan|giay to|ho so"
_LAST_OR_FIRST = re.compile(rf"\b(?:{_LIST_NOUNS}) (?P<which>cuoi cung|dau tien)\b")
# "năm thứ 2", "ngày thứ 3", "lần thứ hai": a time counted, no member of a list
_COUNTED_TIME = re.compile(r"\b(?:nam|ngay|thang|tuan|quy|lan|dot|ky|khoa|nguoi) thu \w+")
_INLINE_OPENING = re.compile(r":\s")  # "… có 11 mẫu báo cáo thành tích: đề nghị …"


def place_asked(question: str) -> ItemAsked | None:
    """The place in a list the question names, if it names one by number or as the last
    or first ("thứ 2", "cuối cùng", "đầu tiên"); not a law's point or clause ("điểm b",
    "khoản 2"), which name the article's own numbering."""
    folded = " ".join(words(fold(question)))
    asked = item_asked(folded, question)
    if asked is None:  # "mẫu cuối cùng": the last of the things a list names
        found = _LAST_OR_FIRST.search(folded)
        if found is None:
            return None
        return ItemAsked(LAST if found["which"] == "cuoi cung" else 1, "", found["which"])
    if asked.letter or asked.noun in ("khoan", "diem"):
        return None
    if not asked.noun and _COUNTED_TIME.search(folded):
        return None
    return asked


def _kind(line: str) -> str | None:
    if _BULLET.match(line):
        return "bullet"
    return next((kind for kind, pattern in _KINDS if pattern.match(line)), None)


def list_runs(lines: list[str]) -> list[list[int]]:
    """The lists among the lines: runs of MIN_MEMBERS or more items of one kind. A line
    between two items (an editors' note, a sub-item) does not end a run; a line opening a
    list ("2. Đối với cá nhân:") ends the runs of other kinds, and "1." starts a new one."""
    runs: list[list[int]] = []
    current: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        kind = _kind(line)
        if kind is None or line.rstrip().endswith(":"):
            for other in [k for k in current if k != kind]:
                runs.append(current.pop(other))
        if kind is None:
            continue
        run = current.get(kind)
        if run is None or (kind == "number" and _numbered(line) == 1):
            if run:
                runs.append(run)
            current[kind] = [index]
        else:
            run.append(index)
    runs += current.values()
    return sorted(run for run in runs if len(run) >= MIN_MEMBERS)


def _numbered(line: str) -> int:
    found = re.match(r"\s*(\d{1,2})\.", line)
    return int(found.group(1)) if found else 0


def member(run: list[int], asked: ItemAsked) -> int | None:
    """The line of the run at the place asked, if the list is that long."""
    if asked.number == LAST:
        return run[-1]
    return run[asked.number - 1] if asked.number <= len(run) else None


def inline_list(line: str) -> bool:
    """Whether the line lists its members after a colon, one clause each ("…: a; b; c")."""
    opening = _INLINE_OPENING.search(line)
    return opening is not None and line.count(";", opening.end()) >= MIN_MEMBERS


def placed_clause(clauses: list[str], asked: ItemAsked) -> int | None:
    """The clause at the place asked among the clauses of a line listing its members after
    a colon (the first member is said in the clause holding the colon)."""
    opening = next((i for i, c in enumerate(clauses) if _INLINE_OPENING.search(c)), None)
    if opening is None:
        return None
    members = list(range(opening, len(clauses)))
    if len(members) <= MIN_MEMBERS:
        return None
    return member(members, asked)
