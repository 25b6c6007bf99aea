"""What the campaign office does with deadlines in the chat (/suahan).

Flow: what to do (add a deadline, move one, rename one, remove one) → which campaign and kind
(to add) or which deadline (otherwise) → the new name and/or time → summary → confirm. Moving
a campaign's registration deadline later extends its registration window; moving it past
today reopens it (a campaign without one gets one by "add"). Every change is kept with who
made it and when; reminders planned for an old time are dropped and planned anew, and other
processes sharing the database pick the change up within a minute.

The campaign office (and administrators, THIDUA_ADMINS) may do it; the role is read from the
database at every step (bot.roles).
"""

import datetime as dt
import re
from typing import Any

from bot.campaigns import by_state, campaign_label, local_now, when
from bot.context import AppContext
from bot.dialogs import Dialog, Invalid, Step, Turn
from bot.messages import Choice, Reply, short_label
from bot.roles import REFUSED, Role, has_role
from handlers.fields import one_of, option
from knowledge import Document
from knowledge.campaign_state import CampaignState
from knowledge.deadlines import KINDS, Deadline

_WHEN = re.compile(
    r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+(?:lúc\s+)?(\d{1,2})[:hg](\d{2})?)?\s*$"
)
DEFAULT_HOUR = 17
ACTIONS = {
    "add": "Thêm hạn mới",
    "move": "Đổi thời gian một hạn (gia hạn, mở lại đăng ký)",
    "rename": "Đổi tên một hạn",
    "remove": "Xóa một hạn",
}
DONE = {
    "add": "Đã thêm hạn",
    "move": "Đã đổi hạn",
    "rename": "Đã đổi tên hạn",
    "remove": "Đã xóa hạn",
}


NOTHING_LIVE = (
    "Hiện không có phong trào nào đang diễn ra hoặc sắp mở, nên không có hạn nào để thêm hay "
    "sửa. Khi có văn bản phát động mới, anh/chị gửi tệp văn bản (/themvanban) để thêm phong "
    "trào và các hạn của nó."
)


async def _live(ctx: AppContext) -> dict[str, Document]:
    """The campaigns whose deadlines may still change: those not ended."""
    ended = {d.id for d, state in await by_state(ctx) if state is CampaignState.ENDED}
    return {d.id: d for d in ctx.knowledge.campaigns() if d.id not in ended}


async def _prefill(turn: Turn) -> dict[str, Any]:
    # Step options are computed without waiting, so the schedule is read once, up front.
    ctx = turn.ctx
    live = await _live(ctx)
    schedule = [
        s for s in await ctx.storage.reminders.deadlines() if s.deadline.campaign_id in live
    ]
    return {
        "_deadlines": [
            [short_label(f"{s.deadline.at:%d/%m/%Y} – {s.deadline.title}"), s.id] for s in schedule
        ],
        "_campaigns": [[campaign_label(d), d.id] for d in live.values()],
    }


def _action(turn: Turn) -> str:
    return str(turn.answers.get("action") or "")


def _action_options(turn: Turn) -> list[Choice]:
    have = bool(turn.answers.get("_deadlines"))
    return [option(label, key) for key, label in ACTIONS.items() if have or key == "add"]


def _listed(key: str) -> Any:
    def options(turn: Turn) -> list[Choice]:
        return [option(label, value) for label, value in turn.answers.get(key, [])]

    return options


def _show_listed(key: str) -> Any:
    def show(value: Any, turn: Turn) -> str:
        return next((label for label, v in turn.answers.get(key, []) if v == value), str(value))

    return show


def _kind_options(turn: Turn) -> list[Choice]:
    return [option(label, kind) for kind, label in KINDS.items()]


def _example(turn: Turn) -> str:
    """An example time two weeks ahead at 17:00: the prompt's example is itself accepted."""
    ahead = local_now(turn.ctx) + dt.timedelta(days=14)
    return f"{ahead:%d/%m/%Y} {DEFAULT_HOUR}:00"


def _when_prompt(turn: Turn) -> str:
    return (
        f"Thời hạn (ngày/tháng/năm giờ:phút, ví dụ {_example(turn)}; "
        f"không ghi giờ thì là {DEFAULT_HOUR}:00)?"
    )


def parse_when(answer: str, turn: Turn) -> str:
    """A future local time "dd/mm/yyyy [hh:mm]", stored as ISO."""
    match = _WHEN.match(answer.lower())
    if not match:
        raise Invalid(f"Thời hạn cần viết dạng ngày/tháng/năm giờ:phút, ví dụ {_example(turn)}.")
    day, month, year = (int(g) for g in match.groups()[:3])
    hour = int(match.group(4)) if match.group(4) else DEFAULT_HOUR
    minute = int(match.group(5) or 0)
    try:
        at = dt.datetime(year, month, day, hour, minute)  # noqa: DTZ001 - local wall time
    except ValueError:
        raise Invalid(f"Không có thời điểm {answer.strip()} trên lịch.") from None
    now = local_now(turn.ctx)
    if at <= now:
        raise Invalid(f"Hạn phải ở sau thời điểm hiện tại ({when(now)}), ví dụ {_example(turn)}.")
    return at.isoformat(timespec="minutes")


def _show_when(value: Any, turn: Turn) -> str:
    return when(dt.datetime.fromisoformat(str(value)))


def _title(what: str) -> Any:
    def parse(answer: str, turn: Turn) -> str:
        value = " ".join(answer.split())
        if not 5 <= len(value) <= 120:
            raise Invalid(f"{what} cần từ 5 đến 120 ký tự.")
        return value

    return parse


async def _precheck(turn: Turn) -> list[Reply] | None:
    if not await has_role(turn.ctx, turn.msg.channel, turn.msg.user_id, Role.OFFICE):
        return [Reply(REFUSED)]
    if not await _live(turn.ctx):
        return [Reply(NOTHING_LIVE, (Choice("Các phong trào thi đua", "/phongtrao"),))]
    return None


async def _finish(turn: Turn) -> list[Reply]:
    ctx, msg, answers = turn.ctx, turn.msg, turn.answers
    await ctx.storage.drop_dialog(msg.channel, msg.user_id)
    if not await has_role(ctx, msg.channel, msg.user_id, Role.OFFICE):
        return [Reply(REFUSED)]
    store, now, by = ctx.storage.reminders, ctx.clock.now(), f"{msg.channel}:{msg.user_id}"
    action = _action(turn)
    if action == "add":
        campaign, kind = str(answers["campaign"]), str(answers["kind"])
        at = dt.datetime.fromisoformat(str(answers["at"]))
        title = str(answers.get("new_title") or KINDS[kind])
        taken = {s.id for s in await store.deadlines()}
        key, number = kind, 1
        while f"{campaign}:{key}" in taken:
            number += 1
            key = f"{kind}-{number}"
        audience = "unregistered" if kind in ("registration", "initiative") else "everyone"
        deadline = Deadline(f"{campaign}:{key}", campaign, kind, title, at, audience)
        await store.add_deadline(deadline, by, now)
        return [Reply(f"{DONE[action]} “{title}”: {when(at)}. Tin nhắc hạn sẽ theo hạn này.")]
    deadline_id = str(answers["deadline"])
    before = next((s.deadline for s in await store.deadlines() if s.id == deadline_id), None)
    if before is None:
        return [Reply("Hạn này không còn (có thể vừa bị xóa). Gõ /suahan để xem lại.")]
    if action == "move":
        at = dt.datetime.fromisoformat(str(answers["at"]))
        await store.move_deadline(deadline_id, at, by, now)
        return [
            Reply(
                f"{DONE[action]} “{before.title}” thành {when(at)} (trước đây: {when(before.at)})."
                " Tin nhắc hạn từ nay theo thời hạn mới."
            )
        ]
    if action == "rename":
        title = str(answers["title"])
        await store.rename_deadline(deadline_id, title, by, now)
        return [Reply(f"{DONE[action]} “{before.title}” thành “{title}”.")]
    await store.remove_deadline(deadline_id, by, now)
    return [Reply(f"{DONE[action]} “{before.title}” ({when(before.at)}); không còn nhắc hạn này.")]


DIALOG = Dialog(
    name="deadline",
    command="suahan",
    title="sửa hạn",
    steps=(
        Step(
            "action",
            "Việc cần làm",
            "Anh/chị muốn làm gì với các hạn?",
            one_of(_action_options),
            options=_action_options,
            show=lambda value, turn: ACTIONS.get(str(value), str(value)),
        ),
        Step(
            "campaign",
            "Phong trào",
            "Hạn mới thuộc phong trào nào?",
            one_of(_listed("_campaigns")),
            options=_listed("_campaigns"),
            when=lambda turn: _action(turn) == "add",
            show=_show_listed("_campaigns"),
        ),
        Step(
            "kind",
            "Loại hạn",
            "Đây là hạn gì?",
            one_of(_kind_options),
            options=_kind_options,
            when=lambda turn: _action(turn) == "add",
            show=lambda value, turn: KINDS.get(str(value), str(value)),
        ),
        Step(
            "deadline",
            "Hạn",
            "Anh/chị chọn hạn nào?",
            one_of(_listed("_deadlines")),
            options=_listed("_deadlines"),
            when=lambda turn: _action(turn) in ("move", "rename", "remove"),
            show=_show_listed("_deadlines"),
        ),
        Step(
            "new_title",
            "Tên hạn",
            "Tên hạn (ví dụ: Đăng ký thi đua năm 2027)? Gõ /boqua để dùng tên theo loại hạn.",
            _title("Tên hạn"),
            optional=True,
            when=lambda turn: _action(turn) == "add",
        ),
        Step(
            "title",
            "Tên mới",
            "Tên mới của hạn?",
            _title("Tên mới"),
            when=lambda turn: _action(turn) == "rename",
        ),
        Step(
            "at",
            "Thời hạn",
            _when_prompt,
            parse_when,
            when=lambda turn: _action(turn) in ("add", "move"),
            show=_show_when,
        ),
    ),
    finish=_finish,
    precheck=_precheck,
    prefill=_prefill,
    role=Role.OFFICE,
)
