"""Words that only say when a question is asked of ("giờ", "hiện nay", "trước đây"): the
passage answering it need not repeat them, so a question nothing answers with them is asked
again without them ("chủ tịch huyện giờ tặng gì", "trước đây luật quy định … tặng gì"); so
are the lengths of time a question tells ("nghỉ sinh 6 tháng")."""

import re

from knowledge.asked_facts import NOW_WORDS
from knowledge.normalize import folded_words, without_typed
from knowledge.titles_answers import PAST_WORDS

# the time of year a rule is asked for ("cuối năm có được đề nghị khen thưởng không"): the
# rule holds all year
SEASON_WORDS = r"cuoi nam|dau nam"
# "8 giờ" is a time, "mấy giờ", "bao giờ" ask one: not "now"
_WHEN = re.compile(rf"(?<!\d )(?<!may )(?<!bao )\b(?:{NOW_WORDS}|{PAST_WORDS}|{SEASON_WORDS})\b")


def without_when(text: str) -> str:
    """The question with its words that only say when left out, as typed otherwise; the
    question itself when it has none."""
    return without_typed(text, _WHEN)


# "trước đây", "trước thuộc sóc trăng": what was, before what is now is asked
_PAST = re.compile(rf"\b(?:{PAST_WORDS}|truoc(?= (?:thuoc|la)\b))\b")


def without_past(text: str) -> str:
    """The question with its words saying what was before left out, as typed otherwise."""
    return without_typed(text, _PAST)


# "nghỉ sinh 6 tháng", "gần 6 tháng": how long something lasted, which a rule on it need not
# state ("thời gian nghỉ thai sản … được tính"); not a date ("ngày 28 tháng 7 năm 2021") nor
# a run of years a title counts ("3 năm liền")
_DURATION = re.compile(
    r"(?:\b(?:gan|hon|tren|duoi|khoang|tam|chua den|chua toi) )?(?<!\bngay )(?<!\bthang )"
    r"\b\d+ (?:thang|nam|tuan|ngay)\b(?! \d)(?! lien)"
)


def without_durations(text: str) -> str:
    """The question with the lengths of time it tells left out, as typed otherwise; the
    question itself when it tells none."""
    return without_typed(text, _DURATION)


# What this knowledge base is about: a question still speaking of it once its words of when
# or its lengths of time are left out is asked again ("đầu năm có phải kê khai tài sản
# không" is not: without "đầu năm" it finds a plan's passage on geology)
_EMULATION = re.compile(
    r"\b(?:thi dua|khen|danh hieu|tdkt|sang kien|tang|ky luat|cstd|ldtt|lao dong tien tien"
    r"|chien si|quyet dinh|tham quyen)\b"
)


def of_emulation(text: str) -> bool:
    """Whether the question speaks of emulation, titles, awards or initiatives."""
    return bool(_EMULATION.search(folded_words(text)))
