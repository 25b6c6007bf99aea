"""Words in which a question says who is asking ("sáng kiến của giáo viên", "bác sĩ có được
xét …"): an occupation no document names, while the rule asked of holds for every civil
servant, public employee or worker. The search leaves them out: typed without marks they
would match other words ("giao", "si" of "chiến sĩ"), typed with them decline the question."""

import re

from knowledge.normalize import nfc, squash_spaces, typed_or_bare

# the occupations staff name themselves by, each word typed with its marks or bare ("kê
# toàn" of "liệt kê toàn bộ" is no "kế toán"), with the word tying one to the question
_OCCUPATIONS = (
    "giáo viên", "gv", "cô giáo", "thầy giáo", "giảng viên", "hiệu trưởng", "hiệu phó",
    "bác sĩ", "y sĩ", "y tá", "điều dưỡng", "dược sĩ", "kế toán", "văn thư", "thủ quỹ",
    "thủ thư", "lái xe",
)  # fmt: skip
_TIES = ("của", "cho", "đối với", "với", "là", "dành cho")
# (not an honorary title, "Nhà giáo nhân dân", "Bác sĩ ưu tú": asked of as such)
_HONOURED = typed_or_bare(("nhân dân", "ưu tú"))
# ("liet ke toan bo": "liệt kê toàn bộ" typed bare)
_OCCUPATION = re.compile(
    rf"(?:{typed_or_bare(_TIES)}\s+)?(?<!liệt )(?<!liet )"
    rf"{typed_or_bare(_OCCUPATIONS)}(?!\s+{_HONOURED})",
    re.IGNORECASE,
)


def without_asker(text: str) -> str:
    """The question with the occupation it names left out, as typed otherwise; the question
    itself when it names none."""
    typed = nfc(text)
    if not _OCCUPATION.search(typed):
        return text
    return squash_spaces(_OCCUPATION.sub(" ", typed)).lstrip(" ,;:")
