"""Requests typed in words: "cho em đăng ký thi đua" does what /dangkythidua does.

The readings come from `knowledge/intents.yaml`. A clear reading of a command the person may
use runs that command; a command they may not use is refused in one line; two close readings
are offered as options; small talk gets a polite answer; a feature the bot lacks is declined
(and logged) with the next useful step.
"""

from dataclasses import replace

from bot.context import AppContext
from bot.core import PRIVATE_ONLY, Routes
from bot.messages import Choice, Incoming, Reply, short_label
from bot.roles import Role, has_role
from handlers import refusals
from handlers.start import MAIN_CHOICES, doable
from knowledge.intents import ACCEPT, Match, is_question, load_intents

ROLES = {
    "staff": Role.STAFF,
    "unit_head": Role.UNIT_HEAD,
    "office": Role.OFFICE,
    "admin": Role.ADMIN,
}
NOT_ALLOWED = "Việc “{label}” chỉ dành cho {who}; tài khoản của anh/chị chưa có quyền này."
# Who may: a unit head's command is the office's too (it picks any unit).
WHO = {
    "unit_head": "thủ trưởng đơn vị và Văn phòng Sở",
    "office": "Văn phòng Sở",
    "admin": "quản trị viên",
}
# The next step for one who should have the right: unit heads are appointed by the office.
GET_RIGHT = {"unit_head": " Nếu anh/chị là thủ trưởng đơn vị, đề nghị Văn phòng Sở cấp quyền."}
WHICH = "Anh/chị muốn làm việc nào?"
WITH_CHOICES = ("greeting", "leave", "ack")
VALUE_BYTES = 64  # Telegram's limit for a button's data
STRONG = 97.0  # in a dialog, a request is taken aside before parsing only when this sure
# Small talk answered in a dialog before the step is asked again ("ok", "vâng" may answer it).
ASIDE_SMALL_TALK = ("greeting", "thanks", "bye")
CANCEL = "/huy"
GO_ON = "/tieptuc"
GOING_ON = "Dạ, mời anh/chị làm tiếp."
ASK_CANCEL = "Anh/chị muốn dừng việc đang làm? Gõ /huy để hủy, hoặc trả lời tiếp câu hỏi dưới đây."


async def understand(
    msg: Incoming, ctx: AppContext, routes: Routes, said: list[Match]
) -> list[Reply] | None:
    """Replies when the message is a request, small talk or a missing feature; else None.
    `said`: the message's readings (`IntentBook.readings`), worked out once by the caller."""
    readings = [m for m in said if _available(m, routes)]
    if not readings or readings[0].score < ACCEPT:
        return None
    if len(readings) > 1:
        # "duyệt giúp em các bản đăng ký" from staff: the office's reading is named as not
        # theirs, the others offered.
        lacking = [m for m in readings if await _lacks_role(m, msg, ctx)]
        options = tuple(
            Choice(short_label(m.intent.label), _value(m, msg.text))
            for m in readings
            if m.intent.kind == "request" and m not in lacking
        )
        if lacking:
            return [replace(_not_allowed_line(lacking[0]), choices=options)]
        if len(options) > 1:
            return [Reply(WHICH, options)]
    best = readings[0]
    intent = best.intent
    if intent.kind == "small_talk":
        choices = await doable(ctx, MAIN_CHOICES) if intent.key in WITH_CHOICES else ()
        return [Reply(intent.answer, choices)]
    if intent.kind == "missing_feature":
        return await refusals.refuse(msg, ctx, refusals.missing_feature(intent.answer))
    return await _run(best, msg, ctx, routes)


async def not_allowed(
    msg: Incoming, ctx: AppContext, routes: Routes, said: list[Match]
) -> list[Reply] | None:
    """One polite line when a request in words, though not sure enough to run
    ("xuất excel danh sách đăng ký của cả sở"), can only mean a command of the office or an
    administrator that the person may not use: better than searching the documents for it."""
    if is_question(msg.text):
        return None
    readings = [m for m in said if m.intent.kind == "request" and _available(m, routes)]
    if not readings:
        return None
    # Equally close readings ("thống kê số người đăng ký thi đua": statistics, registering,
    # one's own registrations): an office command among them is named as not theirs and the
    # others offered, as `understand` does with sure readings.
    tied = [m for m in readings if m.score >= readings[0].score]
    lacking = [m for m in tied if await _lacks_role(m, msg, ctx)]
    if not lacking:
        return None
    # the close readings the person may use are offered, as with sure readings
    usable = [m for m in readings if m not in lacking and not await _lacks_role(m, msg, ctx)]
    options = tuple(Choice(short_label(m.intent.label), _value(m, msg.text)) for m in usable)
    return [replace(_not_allowed_line(lacking[0]), choices=options)]


async def _lacks_role(match: Match, msg: Incoming, ctx: AppContext) -> bool:
    """Whether the request is the office's or an administrator's and the person is not."""
    if match.intent.kind != "request":
        return False
    needed = ROLES.get(match.intent.role, Role.ADMIN)
    return needed >= Role.OFFICE and not await has_role(ctx, msg.channel, msg.user_id, needed)


def _not_allowed_line(match: Match) -> Reply:
    role = match.intent.role
    who = WHO.get(role, "quản trị viên")
    return Reply(NOT_ALLOWED.format(label=match.intent.label, who=who) + GET_RIGHT.get(role, ""))


def weak_readings(
    text: str, routes: Routes, said: list[Match], strong_only: bool = False
) -> tuple[Choice, ...]:
    """Commands the message may have meant, offered when nothing answered it; with
    `strong_only`, only a reading as sure as an exact example. `said`: the text's readings."""
    least = STRONG if strong_only else 0.0
    return tuple(
        Choice(short_label(m.intent.label), _value(m, text))
        for m in said
        if m.intent.kind == "request" and _available(m, routes) and m.score >= least
    )


async def calls(msg: Incoming, ctx: AppContext, said: list[Match]) -> list[Reply] | None:
    """A message of nothing but a call or polite words ("bot ơi", "ad ơi ạ") is greeted."""
    if said or is_question(msg.text) or load_intents().clean(msg.text):
        return None
    greeting = next(i for i in load_intents().intents if i.key == "greeting")
    return [Reply(greeting.answer, await doable(ctx, MAIN_CHOICES))]


def for_the_office(said: list[Match]) -> bool:
    """Whether the message reads surely as a command of the office or an administrator (a
    request to change a deadline, not a question about one)."""
    return (
        bool(said)
        and said[0].score >= ACCEPT
        and said[0].intent.kind == "request"
        and ROLES.get(said[0].intent.role, Role.ADMIN) >= Role.OFFICE
    )


def lacks(said: list[Match]) -> bool:
    """Whether the message clearly asks for a feature the bot does not have."""
    return bool(said) and said[0].intent.kind == "missing_feature" and said[0].score >= ACCEPT


def small_talk_aside(said: list[Match]) -> list[Reply] | None:
    """In a dialog, thanks, a greeting or a goodbye typed as sure as an example is answered
    (without the options its answer leads to), not taken as the step's answer."""
    if not said or said[0].intent.kind != "small_talk" or said[0].score < STRONG:
        return None
    if said[0].intent.key not in ASIDE_SMALL_TALK:
        return None
    return [refusals.without_options(Reply(said[0].intent.answer))]


def named_aside(readings: tuple[Choice, ...]) -> Reply:
    """In a dialog, the commands a request may mean, named to be typed rather than run."""
    if readings[0].value == CANCEL:
        return Reply(ASK_CANCEL)
    if readings[0].value == GO_ON:  # "tiếp tục" in a dialog: the step is simply asked again
        return Reply(GOING_ON)
    wanted = ", ".join(f"{c.label} ({c.value})" for c in readings)
    return Reply(f"Anh/chị muốn: {wanted}? Gõ lệnh đó để tạm dừng việc đang làm.")


def _value(match: Match, text: str) -> str:
    """The option's command, with the message's details when they fit a button's 64 bytes."""
    command = match.command_text(text, load_intents().fillers, load_intents().same_word)
    return command if len(command.encode()) <= VALUE_BYTES else match.intent.key


async def _run(match: Match, msg: Incoming, ctx: AppContext, routes: Routes) -> list[Reply]:
    intent = match.intent
    # Rights are checked here, before anything is shown, so that the refusal names whose
    # work it is and how to get the right (the command itself only says no).
    needed = ROLES.get(intent.role, Role.ADMIN)
    if needed > Role.STAFF and not await has_role(ctx, msg.channel, msg.user_id, needed):
        return [_not_allowed_line(match)]
    text = match.command_text(msg.text, load_intents().fillers, load_intents().same_word)
    command = replace(msg, text=text, choice=None)
    name = command.command or ""
    if msg.is_group and name in routes.private_only:
        return [Reply(PRIVATE_ONLY.format(command=name))]
    return await routes.commands[name](command, ctx)


def _available(match: Match, routes: Routes) -> bool:
    """Requests only for commands this build routes (another branch may add them later)."""
    if match.intent.kind != "request":
        return True
    name = match.intent.key[1:].split(maxsplit=1)[0]
    return name in routes.commands
