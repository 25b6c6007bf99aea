"""Chat shorthand (knowledge/shorthand.yaml): how staff type common words on a phone ("đc"
is "được", "bn" "bao nhiêu", "bao h" "bao giờ").

The search reads shorthand as its words, as it reads the abbreviations (`Analyzer` in
knowledge/search.py). The rules that read a message's folded words before any search (is it a
follow-up, does it ask a title's bonus, is it a question at all) see it spelled out by
`spell_out`, so that "đc thưởng bn" asks what "được thưởng bao nhiêu" asks.
"""

import re
from functools import cache
from pathlib import Path

import yaml

from knowledge.normalize import fold, has_marks, nfc, squash_spaces

SHORTHAND_FILE = Path(__file__).parent / "shorthand.yaml"
_PARTS = re.compile(r"\w+|\W+")
# A year typed with its last two digits after "năm" ("cv của sở năm 21"): the documents and
# the campaigns' years are written in full. Not part of a length of time ("2 năm 10 tháng",
# "3 năm 15 ngày") nor of a date or number ("năm 21/7").
_SHORT_YEAR = re.compile(
    r"\b(n[aă]m) ([1-3]\d)\b(?![/.,]?\d)(?! (th[aá]ng|ng[aà]y|tu[aầ]n)\b)", re.IGNORECASE
)
# Shorthand told apart from a word only by its diacritics, so read only when typed with them and
# never by the search: "nhiêu" alone is "bao nhiêu" ("thưởng nhiêu vậy"), while "nhiều" (many)
# folds to the same letters; "hông" closing a question is the South's "không" ("có nói …
# hông ạ"), elsewhere the hip ("đau hông"), and "hồng", "hỏng" fold as it does. Each is left
# as typed after the words it stands for begin ("bao nhiêu" stays).
_MARKED_ONLY = {"nhiêu": "bao nhiêu", "hông": "không"}
_CLOSING_ONLY = frozenset({"hông"})
# what may follow a word closing a question ("… hông ạ", "… hông ad")
_AFTER_CLOSING = frozenset("ạ a ad ạh vậy vay z nhỉ nha nhé ta hả bot anh chị em".split())


def load(path: Path = SHORTHAND_FILE) -> dict[str, str | list[str]]:
    """Each shorthand and what it stands for: its words, or its readings when several."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {str(k): [str(r) for r in v] if isinstance(v, list) else str(v) for k, v in data.items()}


def full_years(text: str) -> str:
    """The text with a year typed by its last two digits written in full ("năm 21" →
    "năm 2021"); anything else as typed."""
    if not any(map(str.isdigit, text)):
        return text
    return _SHORT_YEAR.sub(lambda m: f"{m[1]} 20{m[2]}", nfc(text))


# A word's last letter typed twice or more on a phone ("ai kýy", "đúngg", "nàooo"): no
# Vietnamese syllable ends so, but for "ưu" ("cứu", "hưu" typed "cuu", "huu"). A Roman
# numeral ("Phụ lục III") and letters with no vowel ("tt") are not syllables.
_DOUBLED_END = re.compile(r"\b(?=[a-z]*[aeiouy])[a-z]*?([a-z])\1+\b")
_ROMAN = re.compile(r"[ivxlcdm]+")


def undoubled(text: str) -> str:
    """The text with a word's last letter typed twice written once ("ai kýy" → "ai ký")."""
    folded = fold(nfc(text))
    if len(folded) != len(nfc(text)):
        return text
    ends = [
        m for m in _DOUBLED_END.finditer(folded.lower())
        if m.group(1) != "u" and not _ROMAN.fullmatch(m.group(0))
    ]  # fmt: skip
    typed = nfc(text)
    for m in reversed(ends):
        typed = typed[: m.start(1) + 1] + typed[m.end() :]
    return typed


# An article or clause cited as staff write it: "đ.80", "Đ. 23", "đ84" for "Điều", "k.3" (or
# "k3" before the article) for "khoản". "đ" alone stays a letter ("điểm đ"), "k" alone "không".
_ARTICLE_CITED = re.compile(r"(?<![\w.])(?:[đĐ]\.? ?|[dD]\. ?)(\d{1,3})\b")
_CLAUSE_CITED = re.compile(
    r"(?<![\w.])[kK](?:\. ?(\d{1,2})\b|(\d{1,2}),? (?=[đĐ]\.? ?\d|[dD]\. ?\d|[đĐdD]i[ềe]u\b))"
)


def articles_spelled(text: str) -> str:
    """The text with an article or clause cited short written out ("k.3 đ.80" → "khoản 3
    điều 80", without diacritics when the message has none); anything else as typed."""
    if not any(map(str.isdigit, text)):
        return text
    marked = has_marks(text)
    article, clause = ("điều", "khoản") if marked else ("dieu", "khoan")
    text = _CLAUSE_CITED.sub(lambda m: f"{clause} {m[1] or m[2]} ", text)
    return squash_spaces(_ARTICLE_CITED.sub(lambda m: f"{article} {m[1]}", text))


def spell_out(text: str) -> str:
    """The message with its shorthand of one reading written out, with diacritics when the
    message is typed with them ("đc thưởng bn" → "được thưởng bao nhiêu"), without when
    not ("dc thuong bn" → "duoc thuong bao nhieu"); anything else as typed."""
    text = articles_spelled(full_years(undoubled(text)))
    parts = _PARTS.findall(nfc(text))
    words = [i for i, part in enumerate(parts) if part[0].isalnum()]
    lowered = nfc(text).lower()  # most messages have none: one look over the text
    marked_out = any(k in lowered for k in _MARKED_ONLY) and _spell_out_marked(parts, words)
    by_start = _by_start()
    if not any(fold(parts[i]) in by_start for i in words):
        return squash_spaces("".join(parts)) if marked_out else text
    marked = sum(has_marks(parts[i]) for i in words) * 2 >= len(words)
    k = 0
    while k < len(words):
        for key, expansion in by_start.get(fold(parts[words[k]]), ()):
            span = words[k : k + len(key)]
            if tuple(fold(parts[i]) for i in span) == key:
                parts[span[0]] = expansion if marked else fold(expansion)
                for i in range(span[0] + 1, span[-1] + 1):
                    parts[i] = ""  # the other words of the shorthand, and the spaces between
                k += len(key)
                break
        else:
            k += 1
    return squash_spaces("".join(parts))


def _spell_out_marked(parts: list[str], words: list[int]) -> bool:
    """Write out, in place, the shorthand that is read only as typed with its diacritics
    (`_MARKED_ONLY`), unless the words before it already spell it out; whether any was."""
    written = False
    for k, i in enumerate(words):
        expansion = _MARKED_ONLY.get(parts[i].lower())
        if expansion is None:
            continue
        after = [parts[j].lower() for j in words[k + 1 :]]
        if parts[i].lower() in _CLOSING_ONLY and not set(after) <= _AFTER_CLOSING:
            continue  # "bị đau hông thì …": the hip
        before = [parts[j].lower() for j in words[:k]]
        lead = expansion.split()[:-1]
        if lead and before[-len(lead) :] == lead:
            continue
        parts[i] = expansion
        written = True
    return written


@cache
def _by_start() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Shorthand of one reading by its first folded word, longest first."""
    found: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for key, value in load().items():
        if isinstance(value, str):
            words = tuple(fold(key).split())
            found.setdefault(words[0], []).append((words, value))
    for entries in found.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return found
