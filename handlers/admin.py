"""What the campaign office does in the chat: /suahan changes a deadline's date and time.

The campaign office (and administrators, THIDUA_ADMINS) may do it; the role is read from the
database at every step. A changed deadline replaces the front matter's until changed again;
reminders already planned for the old time are dropped and planned anew for the new one.
"""

import datetime as dt
import re
from typing import Any

from bot.dialogs import Dialog, Invalid, Step, Turn
from bot.messages import Choice, Reply, short_label
from bot.roles import Role
from handlers.fields import one_of, option
from handlers.reminders import when

_WHEN = re.compile(
    r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+(?:lúc\s+)?(\d{1,2})[:hg](\d{2})?)?\s*$"
)
DEFAULT_HOUR = 17


async def _prefill(turn: Turn) -> dict[str, Any]:
    # Step options are computed without waiting, so the schedule is read once, up front.
    schedule = await turn.ctx.storage.reminders.deadlines()
    return {
        "_deadlines": [
            [short_label(f"{s.deadline.at:%d/%m/%Y} – {s.deadline.title}"), s.id] for s in schedule
        ]
    }


def _deadline_options(turn: Turn) -> list[Choice]:
    return [option(label, value) for label, value in turn.answers.get("_deadlines", [])]


def _parse_when(answer: str, turn: Turn) -> str:
    match = _WHEN.match(answer.lower())
    if not match:
        raise Invalid("Thời hạn cần viết dạng ngày/tháng/năm giờ:phút, ví dụ 15/04/2022 17:00.")
    day, month, year = (int(g) for g in match.groups()[:3])
    hour = int(match.group(4)) if match.group(4) else DEFAULT_HOUR
    minute = int(match.group(5) or 0)
    try:
        at = dt.datetime(year, month, day, hour, minute)  # noqa: DTZ001 - local wall time
    except ValueError:
        raise Invalid(f"Không có thời điểm {answer.strip()} trên lịch.") from None
    now = turn.ctx.clock.now().astimezone(turn.ctx.settings.tz).replace(tzinfo=None)
    if at <= now:
        raise Invalid(f"Hạn mới phải ở sau thời điểm hiện tại ({when(now)}).")
    return at.isoformat(timespec="minutes")


def _show_when(value: Any, turn: Turn) -> str:
    return when(dt.datetime.fromisoformat(str(value)))


async def _precheck(turn: Turn) -> list[Reply] | None:
    if not await turn.ctx.storage.reminders.deadlines():
        return [Reply("Chưa có hạn nào trong các văn bản để đổi.")]
    return None


async def _finish(turn: Turn) -> list[Reply]:
    ctx, msg = turn.ctx, turn.msg
    deadline_id = str(turn.answers["deadline"])
    at = dt.datetime.fromisoformat(str(turn.answers["at"]))
    store = ctx.storage.reminders
    before = next((s.deadline for s in await store.deadlines() if s.id == deadline_id), None)
    await store.move_deadline(deadline_id, at, f"{msg.channel}:{msg.user_id}", ctx.clock.now())
    await ctx.storage.drop_dialog(msg.channel, msg.user_id)
    old = f" (trước đây: {when(before.at)})" if before else ""
    title = before.title if before else deadline_id
    return [
        Reply(f"Đã đổi hạn “{title}” thành {when(at)}{old}. Tin nhắc hạn từ nay theo thời hạn mới.")
    ]


DIALOG = Dialog(
    name="deadline",
    title="đổi hạn",
    steps=(
        Step(
            field="deadline",
            label="Hạn cần đổi",
            prompt="Anh/chị muốn đổi hạn nào?",
            parse=one_of(_deadline_options),
            options=_deadline_options,
            show=lambda value, turn: next(
                (label for label, v in turn.answers.get("_deadlines", []) if v == value), str(value)
            ),
        ),
        Step(
            field="at",
            label="Thời hạn mới",
            prompt="Thời hạn mới (ngày/tháng/năm giờ:phút, ví dụ 15/04/2022 17:00; không ghi giờ thì là 17:00)?",
            parse=_parse_when,
            show=_show_when,
        ),
    ),
    finish=_finish,
    precheck=_precheck,
    prefill=_prefill,
    role=Role.OFFICE,
)
