"""Ordinals a question names ("Đại hội thi đua yêu nước toàn quốc lần thứ XI", "Quốc hội khóa
XV"): the answering passage must name the same one, not a neighbour ("lần thứ X") that shares
every other word of the question."""

import re
from dataclasses import dataclass

from knowledge.awards import spaced_passage, spaced_words
from knowledge.normalize import Needing

# "lần thứ XI", "lần thứ 11", "khóa XV"; "lần thứ mấy" names none.
_ORDINAL = re.compile(r" (lan thu|khoa) ([ivxlc]+|\d+) ")


def named_ordinals(question: str) -> list[str]:
    """The ordinals the question names, as folded phrases ("lan thu xi")."""
    return [f"{kind} {value}" for kind, value in _ORDINAL.findall(spaced_words(question))]


def speaks_of_ordinals(named: list[str], text: str) -> bool:
    """Whether a passage names every ordinal named."""
    if not named:
        return True
    spaced = spaced_passage(text)
    return all(f" {phrase} " in spaced for phrase in named)


# The item a message points at by its place in a list: "nội dung thứ 2", "ý thứ hai", "mục 3",
# "nd thi đua số 1", "còn cái thứ 5", "thứ 4 là gì", "khoản 2", "điểm b", "nội dung cuối cùng",
# "ý đầu tiên", a decree's "nguyên tắc số 6".
# Not "phong trào thi đua cuối năm" (a time: "cuối năm", "đầu tiên" of none).
# Not "lần thứ XI" of a congress, "khóa XV", "kỳ họp thứ 3" (those count something else), nor
# "số 14" alone (a document's number); a number in words only after "thứ" ("các nội dung sau"
# is no sixth item, "năm 2021" no fifth).
ITEM_NOUNS = r"muc|noi dung|nd|y|diem|khoan|nhiem vu|giai phap|tieu chi|phong trao|nguyen tac|cai"
# Counts written out, folded ("bốn phong trào", "nhắc trước hai ngày"); "thứ nhất" for the first.
COUNT_WORDS = {
    "mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8,
    "chin": 9, "muoi": 10,
}  # fmt: skip
NUMBER_WORDS = {"nhat": 1, **{word: n for word, n in COUNT_WORDS.items() if n > 1}}
LAST = -1  # "cuối cùng": the list's last item
POINT_LETTERS = "abcdđeghiklmn"  # a law's points, in order ("đ" follows "d")
# The letters an item's words open on (a noun, "thu", "diem"): at any other word, and inside
# words, the pattern fails at once, before its look-behinds and alternatives are tried.
_ITEM_OPENS = "".join(sorted({noun[0] for noun in ITEM_NOUNS.split("|")} | {"t", "d"}))
_ITEM = Needing(
    rf"\b(?=[{_ITEM_OPENS}])(?<!\blan )(?<!\bkhoa )(?<!\bky hop )(?<!\bhop )(?:"
    rf"(?P<noun>{ITEM_NOUNS})(?: thi dua)?(?P<n>(?: so)? (?P<digits>\d{{1,2}}))\b(?! \d|/| thang)"
    rf"|(?:(?P<counted>{ITEM_NOUNS})(?: thi dua)? )?(?P<nth>thu (\d{{1,2}}|{'|'.join(NUMBER_WORDS)}))\b"
    r"|diem (?P<letter>dd|[a-egik])\b(?! \d)"
    rf"|(?P<last_of>{ITEM_NOUNS}|thu)(?: thi dua)? (?P<last>cuoi(?: cung)?|dau tien)\b(?! nam| thang| quy| ky| tuan| dot| ngay))",
    "muc ", "noi dung", "nd ", "y ", "diem ", "khoan ", "nhiem vu", "giai phap", "tieu chi",
    "nguyen tac", "thu ", "cuoi", "dau tien",
)  # fmt: skip


# A short message counting by "số": "cái số 4", "còn số 6", "thế số 6", "thế còn số 6" (not
# "số 6/2021", a paper's number)
_BY_NUMBER = re.compile(
    r"^(?:(?:the )?con |va |the )?(?:cai )?so (\d{1,2})"
    r"(?: (?:la gi|la j|thi sao|sao|noi gi|noi j|noi ve gi|ghi gi|quy dinh gi|the nao|ra sao))?$"
)


# The number a numbered item's heading opens on: "mục 7" (a section named so), "7. Nâng cao …",
# "II. Nhiệm vụ …" (a part), as the documents' section paths name them.
_ITEM_HEAD = re.compile(r"^(?:mục )?(\d{1,2}|[IVX]+)\b\.?")
_ROMAN = {
    "I": 1,
    "II": 2,
    "III": 3,
    "IV": 4,
    "V": 5,
    "VI": 6,
    "VII": 7,
    "VIII": 8,
    "IX": 9,
    "X": 10,
}


def item_number(heading: str, roman: bool = True) -> int | None:
    """The number of the item a section heading opens on ("mục 7", "7. …", "II. …"; not a
    part's roman number unless `roman`), or None when it opens on none."""
    found = _ITEM_HEAD.match(heading.strip())
    if found is None:
        return None
    number = found.group(1)
    if number.isdigit():
        return int(number)
    return _ROMAN.get(number) if roman else None


@dataclass(frozen=True)
class ItemAsked:
    """An item asked for by its place: `number` from 1, or LAST; `noun` the word naming what
    is counted ("khoan", "diem", "noi dung"; "" for "thứ 4" alone); `words` the words saying
    the number ("thu 4", "so 1", "muc 5", "cuoi cung"), which name no topic: the noun may
    name the list's heading ("I. Nội dung …"), but not "mục", "cái", "ý"."""

    number: int
    noun: str
    words: str
    letter: bool = False  # asked by a letter ("điểm b"): a law's point

    @property
    def list_pair(self) -> str | None:
        """The folded pair the noun names a list's heading by ("nd" is "noi dung"), if any."""
        noun = _SHORT_NOUNS.get(self.noun, self.noun)
        return noun if " " in noun else None


_SHORT_NOUNS = {"nd": "noi dung"}


# "thứ 6 tuần này", "vào thứ hai": a weekday, when "thứ" counts nothing named
_WEEKDAY = re.compile(
    r"\b(?:vao|ngay|hom|sang|chieu|toi|den) thu \w+|\bthu \w+ (?:tuan|nay|toi|hang)\b"
)


# "điểm đ" as typed: folded, "đ" is "d", the point before it ("dd" is "đ" typed in telex)
_POINT_DD = re.compile(r"\b(?:điểm|diem) đ(?!\w)")


def item_asked(folded: str, typed: str = "") -> ItemAsked | None:
    """The item a folded message points at by its number, if it does; `typed`, the message as
    typed, tells "điểm đ" from "điểm d"."""
    found = _ITEM.search(folded)
    by_number = _BY_NUMBER.match(folded)
    if found is None and by_number is not None:  # "cái số 4", "còn số 6": the 4th, the 6th
        number = int(by_number[1])
        return ItemAsked(number, "cai", by_number.group(0).strip(), False) if number else None
    if found is None:
        return None
    if found["nth"] and not found["counted"] and _WEEKDAY.search(folded):
        return None
    if found["digits"]:
        number, noun, said = int(found["digits"]), found["noun"], found["n"]
    elif found["nth"]:
        nth = found["nth"].split()[1]
        number = int(nth) if nth.isdigit() else NUMBER_WORDS[nth]
        noun, said = found["counted"] or "", found["nth"]
    elif found["letter"]:
        letter = found["letter"]
        if letter == "dd" or (letter == "d" and _POINT_DD.search(typed.lower())):
            letter = "đ"
        number, noun, said = POINT_LETTERS.index(letter) + 1, "diem", found.group(0)
    else:
        noun = "" if found["last_of"] == "thu" else found["last_of"]
        number, said = LAST if found["last"] != "dau tien" else 1, found["last"]
    if number == 0:  # "thứ 0", "mục 0": no item (items count from 1)
        return None
    unnamed = f"{noun} " if noun in ("muc", "cai", "y", "diem", "khoan") else ""
    return ItemAsked(number, noun, f"{unnamed}{said.strip()}", bool(found["letter"]))


# "cái trước đó", "còn cái sau", "mục tiếp theo": the item before or after the one just shown,
# in a short message naming what is counted (not "trước đó thì sao", a time)
_NEIGHBOUR = re.compile(
    r"^(?:(?:the )?con |va |the )?(?:cai|muc|y|noi dung|nd|khoan|diem)"
    r" (?:(?P<before>truoc(?: do)?|ngay truoc)|sau(?: do)?|tiep(?: theo)?|ke tiep|ke)"
    r"(?: nua)?(?: (?:la gi|la j|thi sao|sao|noi gi|the nao))?$"
)


def neighbour_asked(folded: str) -> int | None:
    """-1 for the item before the one just shown, 1 for the one after, when a short folded
    message asks for it ("cái trước đó", "còn cái sau"); else None."""
    found = _NEIGHBOUR.match(folded.strip())
    if found is None:
        return None
    return -1 if found["before"] else 1
