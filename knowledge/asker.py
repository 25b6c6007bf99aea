"""Words in which a question says who is asking ("sáng kiến của giáo viên", "bác sĩ có được
xét …"): an occupation no document names, while the rule asked of holds for every civil
servant, public employee or worker. The search leaves them out: typed without marks they
would match other words ("giao", "si" of "chiến sĩ"), typed with them decline the question."""

import re

from knowledge.normalize import without_typed

# the occupations staff name themselves by, with the word tying them to the question; not
# an honorary title ("Nhà giáo nhân dân", "Bác sĩ ưu tú"), which is asked of as such
_OCCUPATION = re.compile(
    r"(?:\b(?:cua|cho|doi voi|voi|la|danh cho) )?\b(?:giao vien|gv|co giao|thay giao"
    r"|giang vien|hieu truong|hieu pho|bac si|y si|y ta|dieu duong|duoc si|ke toan|van thu"
    r"|thu quy|thu thu|lai xe)\b(?! (?:nhan dan|uu tu)\b)"
)


def without_asker(text: str) -> str:
    """The question with the occupation it names left out, as typed otherwise; the question
    itself when it names none."""
    return without_typed(text, _OCCUPATION)
