"""Long answers cut for a phone's first message: a line cut where a phrase ends, and a list
much too long shown with every item in brief, grown by the pieces that state a checkable
requirement while there is room.
"""

import re

MIN_PART = 80  # a cut line is shown in part when at least this much of it fits
KEPT = 2 / 3  # a line cut at a phrase's end keeps at least this share of the room
MIN_PIECE = 30  # a piece shorter than this says too little on its own
MIN_ITEMS = 2  # a list is worth compacting when it has at least this many items
BRIEF = 80  # an item's brief form: its first clause, cut at a comma if longer than this
MIN_OUTLINED = 40  # an outline's item is cut to no shorter than this, its number included

# A document's closing formula, kept with its last part: it repeats the document's words
# ("Trên đây là kế hoạch phát động phong trào thi đua…") but answers nothing.
CLOSING = re.compile(r"^\s*Trên đây\b")
# The marks that open an item of an article ("2.", "b)", "(4)"), by kind.
ITEM_MARKS = (("number", r"\d{1,2}\."), ("letter", r"[a-zđ]\)"), ("bracketed", r"\(\d{1,2}\)"))
BULLET = r"[-+•]"  # a dash or bullet: a kind of its own, beside the numbered ones
LIST_ITEM = re.compile(rf"\s*(?:{BULLET}|{'|'.join(mark for _, mark in ITEM_MARKS)})\s")
_ITEM_KINDS = tuple(
    (kind, re.compile(rf"\s*{mark}\s")) for kind, mark in (("bullet", BULLET), *ITEM_MARKS)
)


def item_kind(line: str) -> str | None:
    """The kind of item the line opens ("bullet", "number", "letter", "bracketed"), if any."""
    return next((kind for kind, pattern in _ITEM_KINDS if pattern.match(line)), None)


# Where an item's clauses end: "…theo quy định; hoàn thành…", "…văn hóa công sở: không đi…"
_CLAUSE_BREAK = re.compile(r"(?<=[;:])\s+|(?<=[^\d\s][.!?])\s+(?=[A-ZĐÀ-Ỹ\"“])")
# A comma outside brackets, or the space before one: where a long clause is cut in pieces.
_OPEN_CUT = re.compile(r",\s+(?![^()]*\))|\s+(?=\()")
# A piece stating a checkable requirement: a figure, or a rule of what must not happen.
_REQUIREMENT = re.compile(r"\d|\bkhông\b", re.IGNORECASE)


def cut_at_phrase(line: str, room: int) -> str:
    """The line's beginning within `room`, cut at the last end of a sentence, clause or
    phrase ("…theo quy định;", "…đảm bảo chất lượng,") that keeps at least MIN_PART and
    KEPT of the room, else at a word: in the middle of a phrase only when no phrase ends
    near the end of the room. Never right after a colon, which announces what follows."""
    head = line[: room + 1]
    ends = [
        m.start()
        for boundary in (_CLAUSE_BREAK, _OPEN_CUT)
        for m in boundary.finditer(head)
        # not after a colon: what it announces would be cut away
        if m.start() >= max(MIN_PART, room * KEPT) and not head[: m.start()].endswith(":")
    ]
    return head[: max(ends)].rstrip() if ends else line[:room].rsplit(" ", 1)[0]


def compact_list(lines: list[str], budget: int, outline: bool = False) -> str | None:
    """A list of items too long for the first message, every item in brief (its first
    clause), then grown while the message has room: first by the pieces stating a
    checkable requirement (a figure, a "không" rule: "hoàn thành 100% kế hoạch năm", "không
    đi muộn về sớm"), then each item in turn by its next piece. On a phone, every criterion
    in brief, each one tap from the whole text ("Xem thêm"), reads better than two in full
    and half of a third. None when the passage is not such a list or the briefs do not fit;
    an `outline` (a document's numbered contents) whose briefs do not fit has its longest
    items cut to one length instead: every part of the document on the screen, each a
    line, reads as its table of contents."""
    lines = [line for line in lines if not CLOSING.match(line)]
    items = [line for line in lines[1:] if LIST_ITEM.match(line)]
    if len(items) < MIN_ITEMS or len(items) * 2 < len(lines):
        return None
    # the heading says what the list is: whole; a loose sentence after the list, in brief
    pieces = [[line] if i == 0 else _brief_pieces(line) for i, line in enumerate(lines)]
    taken = [{0} for _ in lines]

    def rendered(index: int) -> str:
        said, last = [], -1
        for number in sorted(taken[index]):
            said += ["…"] if number > last + 1 else []
            said.append(pieces[index][number])
            last = number
        return " ".join(said + (["…"] if last < len(pieces[index]) - 1 else []))

    used = sum(len(rendered(i)) + 1 for i in range(len(lines)))
    if used > budget:
        cap = _shared_cap([len(rendered(i)) for i in range(1, len(lines))], budget - len(lines[0]))
        if not outline or cap < MIN_OUTLINED:
            return None
        for index in range(1, len(lines)):
            if len(rendered(index)) > cap:
                pieces[index] = [_cut_words(lines[index], cap)]
        used = sum(len(rendered(i)) + 1 for i in range(len(lines)))

    def grow(index: int, number: int) -> bool:
        nonlocal used
        before = len(rendered(index))
        taken[index].add(number)
        if used - before + len(rendered(index)) <= budget:
            used += len(rendered(index)) - before
            return True
        taken[index].discard(number)
        return False

    for index, item in enumerate(pieces):
        for number, piece in enumerate(item):
            if number not in taken[index] and _REQUIREMENT.search(piece):
                grow(index, number)
    for index in sorted(range(1, len(lines)), key=lambda i: len(lines[i])):
        # then every item that can be shown whole, the shortest first: an item read to its
        # end is worth more than a few words more of several
        missing = [n for n in range(len(pieces[index])) if n not in taken[index]]
        before = set(taken[index])
        if missing and not all(grow(index, n) for n in missing):
            used -= len(rendered(index))
            taken[index] = before
            used += len(rendered(index))
    while True:  # then the item shown shortest grows by its next piece, while one fits
        growing = sorted(range(1, len(lines)), key=lambda i: (len(rendered(i)), i))
        if not any(grow(i, n) for i in growing if (n := _following(taken[i], pieces[i])) >= 0):
            break
    return "\n".join(rendered(i) for i in range(len(lines)))


def _shared_cap(lengths: list[int], room: int) -> int:
    """The longest length each line may keep for all of them, with a newline each, to fit
    in `room`: the short ones whole, the others cut to it."""
    room -= len(lengths) + 1
    for count, length in enumerate(sorted(lengths)):
        rest = len(lengths) - count  # lines at least this long, each cut to the cap
        if length * rest > room:
            return max(room // rest, 0)
        room -= length
    return max(lengths, default=0)


def _cut_words(line: str, cap: int) -> str:
    """The line's beginning, cut at a word to at most `cap` characters with "…"."""
    return line[:cap].rsplit(" ", 1)[0].rstrip(" ,;:…") + "…"


def _following(taken: set[int], pieces: list[str]) -> int:
    """The first piece of an item not yet shown, or -1."""
    return next((n for n in range(len(pieces)) if n not in taken), -1)


def few_whole(lines: list[str], shown: str) -> bool:
    """Whether the first message read from the top shows fewer than half of the list's
    items whole: a list a little too long keeps its items whole, one much too long is
    shown in brief."""
    items = [line for line in lines[1:] if LIST_ITEM.match(line)]
    return sum(item in shown for item in items) * 2 <= len(items)


def _brief_pieces(item: str) -> list[str]:
    """An item's clauses, each longer than BRIEF cut at a comma (or before a bracket) into
    pieces of about BRIEF: the brief form is the first piece, and the message grows by one
    piece at a time. A piece announcing what follows ("…văn hóa công sở:") goes with it."""
    pieces: list[str] = []
    for clause in (c for c in _CLAUSE_BREAK.split(item) if c.strip()):
        parts = []
        while len(clause) > BRIEF:
            cuts = [m for m in _OPEN_CUT.finditer(clause) if m.start() >= MIN_PIECE]
            within = [m for m in cuts if m.start() < BRIEF]
            if not cuts or cuts[-1].end() >= len(clause):
                break
            cut = within[-1] if within else cuts[0]
            parts.append(clause[: cut.start()] + cut.group().rstrip())
            clause = clause[cut.end() :]
        parts.append(clause)
        if pieces and pieces[-1].endswith(":"):
            parts[0] = f"{pieces.pop()} {parts[0]}"
        pieces += parts
    return pieces
