"""Parsers shared by the registration dialogs: each returns the value or raises `Invalid`."""

import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from itertools import islice
from typing import Any

from rapidfuzz import fuzz, process

from bot.campaigns import campaign_label, cannot_register, ref_year, registrable, state_of
from bot.dialogs import PREFIX, Invalid, Turn
from bot.messages import Choice, Reply
from bot.roles import Role, has_role
from bot.storage import Author
from knowledge import Document
from knowledge.campaign_state import CampaignState
from knowledge.normalize import fold

CAMPAIGN_OPTIONS = 10  # open campaigns offered as options; the others are found by typing
CAMPAIGN_MATCH = 85.0  # how closely typed words must match a campaign to pick it

_NAME = re.compile(r"^[^\W\d_]+(?:[ .'-]+[^\W\d_]+)+\.?$")
_DATE = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")


def text(min_chars: int, max_chars: int, what: str) -> Callable[[str, Turn], str]:
    """Free text of a bounded length, with at least one letter or digit."""

    def parse(answer: str, turn: Turn) -> str:
        value = " ".join(answer.split()) if "\n" not in answer else answer.strip()
        if len(value) < min_chars:
            raise Invalid(f"{what} quá ngắn, cần ít nhất {min_chars} ký tự.")
        if len(value) > max_chars:
            raise Invalid(f"{what} dài quá {max_chars} ký tự, anh/chị vui lòng rút gọn.")
        if not any(c.isalnum() for c in value):
            raise Invalid(f"{what} cần có chữ, không chỉ biểu tượng hay dấu câu.")
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
    date = _calendar_date(answer, "15/03/2022")
    today = turn.ctx.clock.now().date()
    if date > today:
        raise Invalid(f"Ngày áp dụng không thể ở tương lai (hôm nay là {today:%d/%m/%Y}).")
    if date.year < 1990:
        raise Invalid("Năm áp dụng phải từ 1990 trở về sau.")
    return date.isoformat()


def application_date(answer: str, turn: Turn) -> str:
    """The date an initiative was, or is expected to be, first applied: at registration early
    in the year it is naturally in the future (up to two years ahead)."""
    date = _calendar_date(answer, "15/03/2027")
    today = turn.ctx.clock.now().date()
    if date.year < 1990:
        raise Invalid("Năm áp dụng phải từ 1990 trở về sau.")
    if date > today.replace(year=today.year + 2, day=min(today.day, 28)):
        raise Invalid(
            f"Ngày dự kiến áp dụng quá xa (hôm nay là {today:%d/%m/%Y}); hãy ghi ngày trong "
            "vòng hai năm tới."
        )
    return date.isoformat()


def _calendar_date(answer: str, example: str) -> dt.date:
    """A real date written dd/mm/yyyy; the error shows `example`."""
    match = _DATE.match(answer)
    if not match:
        raise Invalid(f"Ngày cần viết theo dạng ngày/tháng/năm, ví dụ {example}.")
    day, month, year = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise Invalid(f"Ngày {day}/{month}/{year} không có thật trên lịch.") from None


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
    doc = ctx.knowledge.campaign(str(turn.answers["campaign"]))
    ref = await ctx.storage.save_registration(
        kind, msg.channel, msg.user_id, turn.answers["campaign"], fields, ctx.clock.now(),
        turn.record, authors, ref_year(doc, ctx) if doc else None,
    )  # fmt: skip
    return ref, "cập nhật" if turn.record else "ghi nhận"


def option(label: str, value: str) -> Choice:
    """An option of a dialog step."""
    return Choice(label, PREFIX + value)


async def open_campaigns(turn: Turn, kind: str) -> list[Document]:
    """Campaigns that accept this kind of registration now (the clock decides)."""
    ctx = turn.ctx
    return await registrable(ctx, kind)


async def campaigns_open_now(turn: Turn, kind: str) -> dict[str, Any]:
    """The campaigns open now, for the campaign step (a dialog's `fresh` answers): worked out
    at every message, which costs little (`registrable` keeps them per knowledge base and
    schedule), and never saved with the dialog, whose state would otherwise carry thousands
    of campaign ids at every step."""
    return {"_open": await open_campaigns(turn, kind)}


def _open_docs(turn: Turn) -> Iterator[Document]:
    found = turn.answers.get("_open") or []
    return (d for d in found if isinstance(d, Document))


async def none_open(turn: Turn, kind: str) -> list[Reply]:
    """Why nothing can be registered now: the newest campaign's refusal, in one sentence."""
    what = {"pledge": "đăng ký thi đua", "initiative": "đăng ký sáng kiến"}.get(
        kind, "giới thiệu điển hình"
    )
    lines = [f"Hiện chưa có phong trào nào đang mở để {what}."]
    newest = turn.ctx.knowledge.campaigns()[:1]
    for doc in newest:
        reason = await cannot_register(turn.ctx, doc, kind)
        if reason:
            lines.append(reason)
    choices = [Choice("Các phong trào thi đua", "/phongtrao")]
    msg = turn.msg
    if await has_role(turn.ctx, msg.channel, msg.user_id, Role.OFFICE):
        # /suahan changes the deadlines of campaigns not ended; an ended one takes a new document.
        if any([await state_of(turn.ctx, d) is not CampaignState.ENDED for d in newest]):
            lines.append(
                "Anh/chị thuộc cơ quan thường trực: có thể gia hạn hoặc mở lại bằng /suahan."
            )
            choices.append(Choice("Sửa các hạn", "/suahan"))
        else:
            lines.append(
                "Anh/chị thuộc cơ quan thường trực: khi có văn bản phát động mới, anh/chị gửi tệp "
                "văn bản (/themvanban) để mở phong trào mới."
            )
    return [Reply("\n".join(lines), tuple(choices))]


async def closed_now(turn: Turn, kind: str) -> list[Reply] | None:
    """At confirmation: the window may have closed while the person was typing. Then the
    dialog ends, nothing is written, and the refusal says when it closed and whom to ask.
    Editing an earlier record stays possible until the campaign ends."""
    ctx = turn.ctx
    doc = ctx.knowledge.campaign(str(turn.answers.get("campaign")))
    if doc is None:
        reason: str | None = "Phong trào đã chọn không còn trong danh sách; gõ /phongtrao để xem."
    elif turn.record is not None:
        ended = await state_of(ctx, doc) is CampaignState.ENDED
        reason = await cannot_register(ctx, doc, kind) if ended else None
    else:
        reason = await cannot_register(ctx, doc, kind)
    if reason is None:
        return None
    await ctx.storage.drop_dialog(turn.msg.channel, turn.msg.user_id)
    return [Reply(f"Chưa gửi được: {reason[0].lower()}{reason[1:]}")]


def _open_now(turn: Turn, limit: int | None = None) -> list[Document]:
    """The campaigns open now, newest first (the first `limit` of them: thousands may be
    open, and an option list needs ten)."""
    return list(islice(_open_docs(turn), limit))


def campaign_options(turn: Turn) -> list[Choice]:
    """The newest open campaigns as options (each label made once per knowledge base); the
    others are found by typing (`open_campaign`)."""
    kb = turn.ctx.knowledge

    def label(doc: Document) -> Choice:
        return kb.derived(
            ("dialog campaign option", doc.id),
            lambda: option(campaign_label(doc), doc.id),
        )

    return [label(d) for d in _open_now(turn, CAMPAIGN_OPTIONS)]


def open_campaign(answer: str, turn: Turn) -> str:
    """An open campaign: an offered option, or the one that what the user typed (its
    province, issuer, year or title) names unambiguously."""
    kb = turn.ctx.knowledge
    docs = _open_now(turn)
    if any(d.id == answer for d in docs):
        return answer  # an offered option
    if kb.campaign(answer) is not None:  # an option offered before the campaign closed
        raise Invalid(
            "Phong trào anh/chị chọn hiện không nhận đăng ký. Anh/chị vui lòng chọn "
            "phong trào khác trong danh sách bên dưới."
        )

    def words(doc: Document) -> str:
        return kb.derived(
            ("campaign words", doc.id),
            lambda: fold(f"{doc.short_issuer} {doc.place} {doc.year} {doc.title}"),
        )

    known = {d.id: words(d) for d in docs}
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
