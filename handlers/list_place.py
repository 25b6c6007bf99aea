"""The member of a list a question names by its place ("mục cuối trong danh sách", "mẫu cuối
cùng", "cái thứ 2"): the list's own lines ("- …", "a) …", "2. …") or the clauses of one line
listing them after a colon ("có 11 mẫu: đề nghị …; đề nghị …; …"). That member answers, led
in the first message with the line opening its list.
"""

import re

from handlers.phone_lists import item_kind
from knowledge.normalize import fold, words
from knowledge.ordinals import ITEM_NOUNS, LAST, ItemAsked, item_asked

MIN_MEMBERS = 2  # lines of one kind in a row make a list
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


def list_runs(lines: list[str]) -> list[list[int]]:
    """The lists among the lines: runs of MIN_MEMBERS or more items of one kind. A plain
    line between two items (an editors' note) ends no run; an item of a kind opened before
    ends the runs of the kinds opened inside it ("2. Đối với cá nhân" ends the dashes under
    "1."), "1." starts a new run, and a plain line opening a list ("Các mục của đơn:") ends
    every run."""
    runs: list[list[int]] = []
    current: dict[str, list[int]] = {}  # the open runs, the enclosing kinds first

    def close(kinds: list[str]) -> None:
        runs.extend(current.pop(k) for k in kinds)

    for index, line in enumerate(lines):
        kind = item_kind(line)
        if kind is None:
            if line.rstrip().endswith(":"):
                close(list(current))
            continue
        opened = list(current)
        if kind in current:
            close(opened[opened.index(kind) + 1 :])
        run = current.get(kind)
        if run is None or (kind == "number" and _numbered(line) == 1):
            if run:
                close([kind])
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


def split_opening(clause: str) -> tuple[str, str | None]:
    """A clause cut at the colon opening an inline list ("Các mẫu gồm: mẫu 01", with any
    space after the colon): what opens the list, and the first member; None when it holds
    no such colon."""
    found = _INLINE_OPENING.search(clause)
    if found is None:
        return clause, None
    return clause[: found.start()], clause[found.end() :]
