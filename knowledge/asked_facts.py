"""What a question asks for that its answer must state: a bonus, a percentage, a deadline.

"Giấy khen được thưởng bao nhiêu" is not answered by who awards a giấy khen, "chiến sĩ thi
đua cơ sở có bị khống chế tỷ lệ 15% không" not by the title's article, "hạn chót nộp hồ sơ
chiến sĩ thi đua toàn quốc là ngày nào" not by the list of the dossier: a passage that
answers states what is asked (a bonus, a share in per cent, a date), or the question is
one the documents do not answer.
"""

import re
from collections.abc import Callable

from knowledge.titles_answers import asks_bonus, words

# "bao nhiêu %", "tỷ lệ 15%", "mấy phần trăm": a share is asked.
_ASKS_SHARE = re.compile(r"%|\b(phan tram|ty le)\b")
_STATES_SHARE = re.compile(r"%|phần trăm|tỷ lệ|tỉ lệ")
# "hạn chót", "hạn nộp", "ngày nào": a date is asked ("khi nào được xét" asks conditions).
_ASKS_DATE = re.compile(r"\b(han chot|han nop|thoi han nop|ngay nao|truoc ngay nao)\b")
_STATES_DATE = re.compile(r"\b\d{1,2}/\d{1,2}\b|\bngày \d|\btháng \d|\bquý [IV1-4]")
# "thưởng" other than in "khen thưởng" (with its marks: "thường xuyên" folds alike).
_STATES_BONUS = re.compile(r"(?<!khen )thưởng")


def required(question: str, *, title: bool = False) -> Callable[[str], bool] | None:
    """What a passage's text must state to answer the question, if it asks a bonus, a share
    or (of a `title` answer) a date; None when it asks none of them. The search weighs a
    date asked itself (a follow-up "số mấy, ngày nào" finds the document's card); a title's
    article, dossier or bonus never says when to file."""
    folded = words(question)
    checks = [
        states.search
        for asks, states in (
            (asks_bonus(question), _STATES_BONUS),
            (bool(_ASKS_SHARE.search(f"{question.lower()} {folded}")), _STATES_SHARE),
            (title and bool(_ASKS_DATE.search(folded)), _STATES_DATE),
        )
        if asks
    ]
    if not checks:
        return None
    return lambda text: all(check(text.lower()) for check in checks)
