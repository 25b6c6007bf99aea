"""Parsers shared by the registration dialogs: each returns the value or raises `Invalid`."""

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any

from rapidfuzz import fuzz, process

from bot.dialogs import PREFIX, Invalid, Turn
from bot.messages import Choice, short_label
from bot.storage import Author
from knowledge import Document
from knowledge.normalize import fold

CAMPAIGN_OPTIONS = 10  # open campaigns offered as options; the others are found by typing
CAMPAIGN_MATCH = 85.0  # how closely typed words must match a campaign to pick it

_NAME = re.compile(r"^[^\W\d_]+(?:[ .'-]+[^\W\d_]+)+\.?$")
_DATE = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")


def text(min_chars: int, max_chars: int, what: str) -> Callable[[str, Turn], str]:
    """Free text of a bounded length."""

    def parse(answer: str, turn: Turn) -> str:
        value = " ".join(answer.split()) if "\n" not in answer else answer.strip()
        if len(value) < min_chars:
            raise Invalid(f"{what} quá ngắn, cần ít nhất {min_chars} ký tự.")
        if len(value) > max_chars:
            raise Invalid(f"{what} dài quá {max_chars} ký tự, anh/chị vui lòng rút gọn.")
        return value

    return parse


def person_name(answer: str, turn: Turn) -> str:
    """A person's full name: at least two words of letters."""
    value = " ".join(answer.split())
    if not 4 <= len(value) <= 80 or not _NAME.match(value) or len(value.split()) > 6:
        raise Invalid("Họ và tên cần có ít nhất hai chữ, chỉ gồm chữ cái, ví dụ: Nguyễn Thị Lan.")
    return value


def past_date(answer: str, turn: Turn) -> str:
    """A real date written dd/mm/yyyy, not in the future; stored as ISO."""
    match = _DATE.match(answer)
    if not match:
        raise Invalid("Ngày cần viết theo dạng ngày/tháng/năm, ví dụ 15/03/2022.")
    day, month, year = (int(g) for g in match.groups())
    try:
        date = dt.date(year, month, day)
    except ValueError:
        raise Invalid(f"Ngày {day}/{month}/{year} không có thật trên lịch.") from None
    today = turn.ctx.clock.now().date()
    if date > today:
        raise Invalid(f"Ngày áp dụng không thể ở tương lai (hôm nay là {today:%d/%m/%Y}).")
    if year < 1990:
        raise Invalid("Năm áp dụng phải từ 1990 trở về sau.")
    return date.isoformat()


def show_date(value: Any, turn: Turn) -> str:
    return dt.date.fromisoformat(str(value)).strftime("%d/%m/%Y")


def one_of(options: Callable[[Turn], Sequence[Choice]]) -> Callable[[str, Turn], str]:
    """One of the offered options (the runtime has already matched numbers and words)."""

    def parse(answer: str, turn: Turn) -> str:
        values = [o.value.removeprefix(PREFIX) for o in options(turn)]
        if answer not in values:
            raise Invalid("Anh/chị hãy chọn một trong các lựa chọn bên dưới (gõ số thứ tự).")
        return answer

    return parse


async def save_record(
    turn: Turn, kind: str, fields: dict[str, Any], authors: list[Author] | None = None
) -> tuple[str, str]:
    """Write the dialog's record (new, or the one being edited) and end the dialog.

    Returns the reference number and the verb to report it with ("ghi nhận" or "cập nhật").
    """
    ctx, msg = turn.ctx, turn.msg
    ref = await ctx.storage.save_registration(
        kind, msg.channel, msg.user_id, turn.answers["campaign"], fields, ctx.clock.now(),
        turn.record, authors,
    )  # fmt: skip
    return ref, "cập nhật" if turn.record else "ghi nhận"


def option(label: str, value: str) -> Choice:
    """An option of a dialog step."""
    return Choice(label, PREFIX + value)


def open_campaigns(turn: Turn) -> list[Document]:
    kb = turn.ctx.knowledge
    return list(kb.derived("open campaigns", lambda: [d for d in kb.campaigns() if d.is_current]))


def campaign_options(turn: Turn) -> list[Choice]:
    """The newest open campaigns as options; the others are found by typing (`open_campaign`)."""

    def options() -> list[Choice]:
        return [
            option(short_label(f"{d.short_issuer} {d.year} – {d.title}"), d.id)
            for d in open_campaigns(turn)[:CAMPAIGN_OPTIONS]
        ]

    return list(turn.ctx.knowledge.derived("open campaign options", options))


def open_campaign(answer: str, turn: Turn) -> str:
    """An open campaign: an offered option, or the one that what the user typed (its
    province, issuer, year or title) names unambiguously."""
    kb = turn.ctx.knowledge

    def labels() -> dict[str, str]:
        return {d.id: fold(f"{d.short_issuer} {d.year} {d.title}") for d in open_campaigns(turn)}

    known = kb.derived("open campaign labels", labels)
    if answer in known:
        return answer
    found = process.extract(
        fold(answer), known, scorer=fuzz.token_set_ratio, score_cutoff=CAMPAIGN_MATCH, limit=2
    )
    if len(found) == 1 or (len(found) == 2 and found[0][1] > found[1][1]):
        return str(found[0][2])
    if found:
        raise Invalid(
            "Có nhiều phong trào khớp với câu trả lời. Anh/chị vui lòng ghi rõ hơn "
            "(tên cơ quan, tỉnh và năm), hoặc chọn trong danh sách bên dưới."
        )
    raise Invalid(
        "Không tìm thấy phong trào đang mở nào như vậy. Anh/chị vui lòng chọn trong danh sách "
        "bên dưới, hoặc gõ tên cơ quan, tỉnh và năm của phong trào (ví dụ: Sóc Trăng 2022)."
    )


def show_campaign(value: Any, turn: Turn) -> str:
    doc = turn.ctx.knowledge.campaign(str(value))
    return f"{doc.kind} {doc.year} của {doc.short_issuer}: {doc.title}" if doc else str(value)
