"""The guided-dialog runtime: one engine runs every dialog declared as data.

A dialog is a list of steps (field, question, how to parse the answer, options, optional) and
what to do on confirmation. The runtime asks each step, re-asks with the reason when an answer
is invalid, supports /quaylai (back), /boqua (skip an optional step), /huy (cancel) and
/tieptuc (resume), shows a summary before writing, and lets one field be corrected from the
summary. Its state is saved in SQLite after every step, so a restart or a user coming back
the next day resumes where it stopped. A command typed mid-dialog is handled as a command: the
dialog is paused, never fed the command as an answer.
"""

import datetime as dt
import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from rapidfuzz import fuzz, process

from bot.context import AppContext
from bot.messages import Choice, Incoming, Reply, short_label
from bot.roles import REFUSED, Role, role_of
from knowledge.intents import asks_plainly, is_question
from knowledge.normalize import fold, plain_words

STALE_AFTER = dt.timedelta(minutes=30)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
CONFIRM_WORDS = frozenset(["xac nhan", "dong y", "ok", "co", "yes", "gui", "luu"])
# "Thông tin đúng chưa?" is answered "đúng" or "dung"; compared as typed, because "dừng"
# (stop) folds to the same letters.
AGREE_TYPED = frozenset(
    ["đúng", "đúng rồi", "dung", "dung roi", "chính xác", "chinh xac", "vâng", "vang", "oke"]
)


def agrees(text: str) -> bool:
    """Whether the text says yes to what was asked ("đúng rồi", "ok", "đồng ý")."""
    said = " ".join(text.lower().strip(" !.,").split())
    return said in AGREE_TYPED or fold(said) in CONFIRM_WORDS


OPTION_MATCH = 85.0
PREFIX = "dlg:"
DONE = "__done"  # the "Xong" button of a step that takes several options
# A free-text answer read as a question is kept under this key with the step asked again, and
# the option KEEP saves it as the answer after all: nothing typed is lost.
TYPED = "_typed_aside"
KEEP = "__keep"


class Invalid(ValueError):
    """An answer that cannot be accepted; the message tells the user why, in Vietnamese."""


@dataclass(frozen=True)
class Turn:
    """What a step's functions may look at: the message, the app, the answers so far."""

    msg: Incoming
    ctx: AppContext
    answers: Mapping[str, Any]
    record: int | None = None  # the record being edited, if any
    role: Role = Role.STAFF  # the person's role, read from the database for this message


@dataclass(frozen=True)
class Step:
    field: str
    label: str  # how the field is named in the summary
    prompt: str | Callable[[Turn], str]
    parse: Callable[[str, Turn], Any]  # the answer's text, or the chosen option's value
    options: Callable[[Turn], Sequence[Choice]] | None = None
    optional: bool = False
    when: Callable[[Turn], bool] | None = None  # ask only when this holds
    show: Callable[[Any, Turn], str] = lambda value, turn: str(value)
    max_chars: int = 500
    role: Role = Role.STAFF  # asked, and its answer kept, only for people holding this role
    # Several options at once: buttons toggle (✓) until "Xong"; typed "1, 2" also works.
    multiple: bool = False
    # What the step asks for, said when the person asks about the step itself ("chức vụ là
    # gì vậy?") before it is asked again.
    help: str = ""


@dataclass(frozen=True)
class Dialog:
    name: str
    title: str  # "đăng ký sáng kiến"
    steps: tuple[Step, ...]
    # Write the record (one transaction, which also ends the dialog) and say what was done.
    finish: Callable[[Turn], Awaitable[list[Reply]]]
    # Before the first step: replies that stop the dialog from starting (e.g. no profile).
    precheck: Callable[[Turn], Awaitable[list[Reply] | None]] | None = None
    # After each answer: replies that end the dialog (e.g. a duplicate pledge).
    guard: Callable[[Turn], Awaitable[list[Reply] | None]] | None = None
    # Hidden answers the steps depend on, such as the deadlines to choose from.
    prefill: Callable[[Turn], Awaitable[dict[str, Any]]] | None = None
    # Hidden answers worked out again at every message and never saved: what the clock and
    # the knowledge base decide (the campaigns open now). Thousands of campaign ids saved
    # with the dialog would be written again at every step.
    fresh: Callable[[Turn], Awaitable[dict[str, Any]]] | None = None
    # Who may run it; checked from the database at the start and at every later message.
    role: Role = Role.STAFF
    # The command that starts it ("dangkythidua"): typed again while it runs, it resumes it.
    command: str | None = None

    def step(self, name: str) -> Step:
        return next(s for s in self.steps if s.field == name)


@dataclass
class _State:
    at: str  # a step's field, "summary", or "edit"
    answers: dict[str, Any] = field(default_factory=dict)
    history: list[str] = field(default_factory=list)
    editing: bool = False  # answering one field from the summary
    record: int | None = None
    then: str | None = None  # a dialog to start when this one is done
    fresh: frozenset[str] = frozenset()  # answers of Dialog.fresh: never saved

    def dump(self) -> dict[str, Any]:
        state = {name: value for name, value in self.__dict__.items() if name != "fresh"}
        state["answers"] = {k: v for k, v in self.answers.items() if k not in self.fresh}
        return state


# Called with failed=False before an answer is parsed (only an unmistakable request is taken
# aside then) and with failed=True when it did not pass the step (a question is answered too).
Aside = Callable[[Incoming, AppContext, bool], Awaitable[list[Reply] | None]]


class DialogRuntime:
    def __init__(self, dialogs: Sequence[Dialog], aside: Aside | None = None) -> None:
        self.dialogs = {d.name: d for d in dialogs}
        # Answers what was typed when it is a question or a request rather than an answer;
        # the step is then asked again and nothing typed so far is lost.
        self.aside = aside

    async def start(
        self,
        name: str,
        msg: Incoming,
        ctx: AppContext,
        answers: Mapping[str, Any] | None = None,
        record: int | None = None,
        then: str | None = None,
        known: Mapping[str, Any] | None = None,
    ) -> list[Reply]:
        """Start a dialog, or open an existing record's answers at the summary to edit them.

        `known` answers are taken as given (read from a file, say): their steps are asked
        only if a step's `when` says so, and they show in the summary to be corrected."""
        dialog = self.dialogs[name]
        current = await ctx.storage.dialog(msg.channel, msg.user_id)
        if current is not None:
            title = self.dialogs[current.name].title
            return [
                Reply(
                    f"Anh/chị đang {title} dở. Gõ /tieptuc để tiếp tục, hoặc /huy để hủy rồi bắt đầu việc mới.",
                    (Choice("Tiếp tục", "/tieptuc"), Choice("Hủy việc đang làm", "/huy")),
                )
            ]
        role = await role_of(ctx, msg.channel, msg.user_id)
        if role < dialog.role:
            return [Reply(REFUSED)]
        turn = Turn(msg, ctx, dict(answers or {}), record, role)
        if dialog.precheck and (stop := await dialog.precheck(turn)):
            return stop
        hidden = await dialog.prefill(turn) if dialog.prefill else {}
        fresh = await dialog.fresh(turn) if dialog.fresh else {}
        hidden = {**hidden, **(known or {}), **fresh}
        if answers is not None:
            state = _State("summary", {**answers, **hidden}, record=record, then=then)
            state.fresh = frozenset(fresh)
            await self._save(dialog, state, turn)
            return [self._summary(dialog, state, turn)]
        turn = replace(turn, answers=hidden)
        first = self._next_field(dialog, None, turn)
        assert first is not None, f"dialog {name} has no step to ask"
        state = _State(at=first, answers=dict(hidden), record=record, then=then)
        state.fresh = frozenset(fresh)
        await self._save(dialog, state, turn)
        intro = Reply(
            f"Bắt đầu {dialog.title}. Gõ /huy bất cứ lúc nào để hủy, /quaylai để quay lại."
        )
        return [intro, self._ask(dialog, state, turn)]

    async def intercept(self, msg: Incoming, ctx: AppContext) -> tuple[list[Reply], bool]:
        """Handle the message if it belongs to a dialog in progress.

        Returns (replies, handled); when not handled the replies are a note to show before
        the normal answer (a dialog was just paused).
        """
        saved = await ctx.storage.dialog(msg.channel, msg.user_id)
        if saved is None or saved.name not in self.dialogs:
            return [], False
        dialog = self.dialogs[saved.name]
        state = _State(**saved.state)
        role = await role_of(ctx, msg.channel, msg.user_id)
        turn = Turn(msg, ctx, state.answers, state.record, role)
        if dialog.fresh:
            fresh = await dialog.fresh(turn)
            state.answers.update(fresh)  # the turn sees them: it shares the dict
            state.fresh = frozenset(fresh)
        pressed = msg.choice or ""
        command = msg.command or (
            replace(msg, text=pressed).command if pressed[:1] == "/" else None
        )
        if role < dialog.role or not self._allowed(dialog, state, turn):
            # The right was removed since the dialog began: end it, say no more than that.
            await ctx.storage.drop_dialog(msg.channel, msg.user_id)
            refused = [Reply(f"{REFUSED} Việc {dialog.title} đang làm dở đã dừng.")]
            return refused, not (command and command != "huy")
        if command == "huy":
            await ctx.storage.drop_dialog(msg.channel, msg.user_id)
            return [
                Reply(f"Đã hủy {dialog.title}. Những gì anh/chị nhập lần này không được lưu.")
            ], True
        if command == "tieptuc" or (command is not None and command == dialog.command):
            await self._save(dialog, state, turn)
            return [Reply(f"Tiếp tục {dialog.title}."), self._ask(dialog, state, turn)], True
        stale = ctx.clock.now() - saved.updated_at > STALE_AFTER
        if command in ("quaylai", "boqua"):
            if not saved.paused:
                return await self._control(dialog, state, turn, command), True
            await self._save(dialog, state, turn)  # going back or skipping resumes it
            resumed = Reply(f"Tiếp tục {dialog.title}.")
            return [resumed, *await self._control(dialog, state, turn, command)], True
        own_choice = bool(msg.choice and msg.choice.startswith(PREFIX))
        if saved.paused or (stale and not own_choice):
            if not saved.paused:
                await self._save(dialog, state, turn, paused=True)
            # No option here: the console and Zalo number each reply's options from 1, and
            # the answer that follows has its own; /tieptuc is written out instead.
            note = Reply(
                f"Anh/chị đang {dialog.title} dở (chưa gửi). Gõ /tieptuc để tiếp tục, /huy để hủy."
            )
            return ([note] if not saved.paused else []), False
        if command or (msg.choice and not own_choice):
            await self._save(dialog, state, turn, paused=True)
            note = Reply(
                f"Đã tạm dừng {dialog.title}; những gì anh/chị đã nhập vẫn được giữ. Gõ /tieptuc để tiếp tục."
            )
            return [note], False
        return await self._answer(dialog, state, turn), True

    async def _control(
        self, dialog: Dialog, state: _State, turn: Turn, command: str
    ) -> list[Reply]:
        if command == "quaylai":
            if state.at == "edit" or state.editing:
                state.at, state.editing = "summary", False
                await self._save(dialog, state, turn)
                return [self._summary(dialog, state, turn)]
            if not state.history:
                return [Reply("Đây là bước đầu tiên."), self._ask(dialog, state, turn)]
            state.at = state.history.pop()
            await self._save(dialog, state, turn)
            return [self._ask(dialog, state, turn)]
        if state.at in ("summary", "edit"):
            return [Reply("Không có bước nào để bỏ qua ở đây."), self._render(dialog, state, turn)]
        step = dialog.step(state.at)
        if not step.optional:
            return [
                Reply("Bước này bắt buộc, anh/chị cần trả lời."),
                self._ask(dialog, state, turn),
            ]
        state.answers[step.field] = None
        return await self._advance(dialog, state, turn)

    async def _answer(self, dialog: Dialog, state: _State, turn: Turn) -> list[Reply]:
        msg = turn.msg
        if state.at == "summary":
            return await self._at_summary(dialog, state, turn)
        if state.at == "edit":
            field_name = (msg.choice or "").removeprefix(PREFIX + "field:")
            if not msg.choice or field_name not in state.answers:
                choice = self._match(msg.text, self._edit_options(dialog, state, turn))
                field_name = (choice or "").removeprefix(PREFIX + "field:")
            if field_name not in state.answers:
                return [Reply("Anh/chị hãy chọn mục cần sửa."), self._render(dialog, state, turn)]
            state.at, state.editing = field_name, True
            await self._save(dialog, state, turn)
            return [self._ask(dialog, state, turn)]
        step = dialog.step(state.at)
        offered = TYPED in state.answers
        kept = self._kept(step, state, turn)
        if offered:  # the offer stands for the next message only
            await self._save(dialog, state, turn)
        if kept is not None:  # "Ghi … làm câu trả lời": what was read as a question
            msg = replace(msg, choice=None, text=kept)
            turn = replace(turn, msg=msg)
        typed = not msg.choice and kept is None  # words, which may be a question aside
        if step.multiple and msg.choice and msg.choice.startswith(PREFIX):
            picked = self._picked(step, state)
            chosen = msg.choice.removeprefix(PREFIX)
            if chosen == DONE and not picked:
                return [
                    Reply("⚠️ Hãy chọn ít nhất một mục rồi bấm Xong."),
                    self._ask(dialog, state, turn),
                ]
            if chosen != DONE and not msg.text:  # a button press: toggle, ask again
                picked[:] = (
                    [v for v in picked if v != chosen] if chosen in picked else [*picked, chosen]
                )
                await self._save(dialog, state, turn)
                asked = self._ask(dialog, state, turn)
                names = [o.label[2:] for o in asked.choices if o.label.startswith("✓ ")]
                now = f"Đã chọn: {', '.join(names)}." if names else "Chưa chọn mục nào."
                return [replace(asked, text=f"{now} Bấm thêm để chọn hoặc bỏ chọn, rồi bấm Xong.")]
            if chosen == DONE:
                msg = replace(msg, choice=None, text=", ".join(picked))
                turn = replace(turn, msg=msg)
        helped = self._help_asked(dialog, step, turn) if typed else None
        if helped is not None:  # a question of a step is no answer: nothing to keep
            return self._after_aside(dialog, state, turn, [Reply(helped)])
        if self.aside and typed and (said := await self.aside(msg, turn.ctx, False)):
            return await self._aside_kept(dialog, state, turn, said)
        try:
            value = step.parse(self._raw_answer(step, turn), turn)
        except Invalid as reason:
            if self.aside and typed and (said := await self.aside(msg, turn.ctx, True)):
                return self._after_aside(dialog, state, turn, said)
            return [Reply(f"⚠️ {reason}"), self._ask(dialog, state, turn)]
        state.answers[step.field] = value
        state.answers.pop(f"_picked_{step.field}", None)
        return await self._advance(dialog, state, turn)

    def _help_asked(self, dialog: Dialog, step: Step, turn: Turn) -> str | None:
        """The hint of the step a short question asks about: this one ("ghi gì vậy"), or
        another of the dialog it names with how to write it ("chức vụ ghi sao cho đúng" while
        the unit is asked)."""
        text = turn.msg.text
        if not _short_question(text):  # (most answers: no step's prompt need be made)
            return None
        if step.help and asks_about(text, step, self._prompt(step, turn)):
            return step.help
        others = (s for s in dialog.steps if s is not step and s.help and _applies(s, turn))
        asked = next((s for s in others if asks_how_to_fill(text, s, self._prompt(s, turn))), None)
        return asked.help if asked is not None else None

    def _kept(self, step: Step, state: _State, turn: Turn) -> str | None:
        """The text read as a question at this free-text step, when the person now keeps it
        as the answer (its option, or its number typed); forgotten at any other message."""
        field_name, typed = state.answers.pop(TYPED, None) or ("", "")
        if field_name != step.field:  # (a step skipped or gone back to: not its answer)
            return None
        msg = turn.msg
        pressed = msg.choice == PREFIX + KEEP or (not msg.choice and msg.text.strip() == "1")
        return str(typed) if pressed else None

    async def _aside_kept(
        self, dialog: Dialog, state: _State, turn: Turn, said: list[Reply]
    ) -> list[Reply]:
        """`_after_aside`, and at a free-text step the typed text offered as the answer
        after all, when the step would take it ("Số hóa hồ sơ: vì sao phải làm"): it is read
        as a question, but not lost."""
        replies = self._after_aside(dialog, state, turn, said)
        step = dialog.step(state.at)
        if step.options or not self._passes(step, turn):
            return replies
        state.answers[TYPED] = [step.field, turn.msg.text.strip()]
        await self._save(dialog, state, turn)
        ask = replies[-1]
        label = short_label(f"Ghi làm câu trả lời: {turn.msg.text.strip()}")
        return [*replies[:-1], replace(ask, choices=(*ask.choices, Choice(label, PREFIX + KEEP)))]

    def _passes(self, step: Step, turn: Turn) -> bool:
        try:
            step.parse(self._raw_answer(step, turn), turn)
        except Invalid:
            return False
        return True

    def _after_aside(
        self, dialog: Dialog, state: _State, turn: Turn, said: list[Reply]
    ) -> list[Reply]:
        """The aside's answer, then the same step again; nothing answered so far is lost.
        The aside's own options are left out: a number typed next answers the step."""
        ask = self._ask(dialog, state, turn)
        aside = [replace(r, choices=()) for r in said]
        return [*aside, replace(ask, text=f"Quay lại {dialog.title}:\n{ask.text}")]

    @staticmethod
    def _picked(step: Step, state: _State) -> list[str]:
        """The options toggled on so far (the current answer, when correcting it)."""
        key = f"_picked_{step.field}"
        if key not in state.answers:
            current = state.answers.get(step.field) if state.editing else None
            state.answers[key] = [str(v) for v in current] if isinstance(current, list) else []
        picked: list[str] = state.answers[key]
        return picked

    def _raw_answer(self, step: Step, turn: Turn) -> str:
        """The chosen option's value, or the typed text after the basic checks."""
        msg = turn.msg
        if step.options:
            options = step.options(turn)
            if msg.choice and msg.choice.startswith(PREFIX):
                return msg.choice.removeprefix(PREFIX)
            matched = self._match(msg.text, options)
            if matched:
                return matched.removeprefix(PREFIX)
        text = msg.text.strip()
        if CONTROL.search(text):
            raise Invalid("Nội dung có ký tự điều khiển không hợp lệ. Anh/chị vui lòng gõ lại.")
        if not text:
            raise Invalid("Anh/chị chưa nhập gì.")
        if len(text) > step.max_chars:
            raise Invalid(
                f"Nội dung dài {len(text)} ký tự, quá giới hạn {step.max_chars} ký tự. Anh/chị vui lòng rút gọn."
            )
        return text

    @staticmethod
    def _match(text: str, options: Sequence[Choice]) -> str | None:
        """An option picked by its number, by words of its label only it has, or by its
        whole label with a small typo ("khong" for "Không", "Sóc Trăng" for a campaign)."""
        text = text.strip().rstrip(".")
        if text.isascii() and text.isdigit():
            number = int(text)
            return options[number - 1].value if 1 <= number <= len(options) else None
        typed = set(fold(text).split())
        labels = [fold(o.label) for o in options]
        containing = [i for i, label in enumerate(labels) if typed and typed <= set(label.split())]
        if len(containing) == 1:
            return options[containing[0]].value
        found = process.extractOne(fold(text), labels, scorer=fuzz.ratio, score_cutoff=OPTION_MATCH)
        return options[found[2]].value if found else None

    async def _advance(self, dialog: Dialog, state: _State, turn: Turn) -> list[Reply]:
        turn = _seeing(turn, state.answers)
        if dialog.guard and (stop := await dialog.guard(turn)):
            await turn.ctx.storage.drop_dialog(turn.msg.channel, turn.msg.user_id)
            return stop
        if state.editing:
            following = self._next_field(dialog, state.at, turn)
            # A changed answer may open a step that was skipped before ("tập thể" needs more).
            if following and following not in state.answers:
                state.history.append(state.at)
                state.at = following
            else:
                state.at, state.editing = "summary", False
        else:
            following = self._next_field(dialog, state.at, turn)
            state.history.append(state.at)
            state.at = following or "summary"
        await self._save(dialog, state, turn)
        return [self._render(dialog, state, turn)]

    async def _at_summary(self, dialog: Dialog, state: _State, turn: Turn) -> list[Reply]:
        msg = turn.msg
        choice = msg.choice or self._match(msg.text, self._summary_options())
        if not choice and agrees(msg.text):
            choice = PREFIX + "confirm"
        if choice == PREFIX + "edit":
            state.at = "edit"
            await self._save(dialog, state, turn)
            return [self._render(dialog, state, turn)]
        if choice != PREFIX + "confirm":
            # a question typed at the summary ("lĩnh vực là gì?") is answered, then the
            # summary is shown again; nothing is confirmed or lost
            typed = not msg.choice and bool(msg.text)
            if self.aside and typed and (said := await self.aside(msg, turn.ctx, True)):
                aside = [replace(r, choices=()) for r in said]
                return [*aside, self._summary(dialog, state, turn)]
            return [
                Reply("Anh/chị hãy chọn Xác nhận, Sửa một mục, hoặc gõ /huy."),
                self._summary(dialog, state, turn),
            ]
        replies = await dialog.finish(replace(turn, answers=state.answers, record=state.record))
        if state.then:
            replies += await self.start(state.then, msg, turn.ctx)
        return replies

    def _next_field(self, dialog: Dialog, after: str | None, turn: Turn) -> str | None:
        names = [s.field for s in dialog.steps]
        start = names.index(after) + 1 if after else 0
        for step in dialog.steps[start:]:
            if _applies(step, turn):
                return step.field
        return None

    @staticmethod
    def _allowed(dialog: Dialog, state: _State, turn: Turn) -> bool:
        """No answer is kept, nor step asked, that needs a role the person no longer holds."""
        for step in dialog.steps:
            if step.role > turn.role and (
                state.answers.get(step.field) is not None or state.at == step.field
            ):
                return False
        return True

    def _render(self, dialog: Dialog, state: _State, turn: Turn) -> Reply:
        if state.at == "summary":
            return self._summary(dialog, state, turn)
        if state.at == "edit":
            options = self._edit_options(dialog, state, turn)
            return Reply(
                "Anh/chị muốn sửa mục nào?", (*options, Choice("Quay lại bản tóm tắt", "/quaylai"))
            )
        return self._ask(dialog, state, turn)

    @staticmethod
    def _prompt(step: Step, turn: Turn) -> str:
        return step.prompt(turn) if callable(step.prompt) else step.prompt

    def _ask(self, dialog: Dialog, state: _State, turn: Turn) -> Reply:
        if state.at in ("summary", "edit"):
            return self._render(dialog, state, turn)
        step = dialog.step(state.at)
        answered = _seeing(turn, state.answers)
        asked = [s for s in dialog.steps if _applies(s, answered)]
        number = next((i for i, s in enumerate(asked, 1) if s.field == step.field), 1)
        prompt = step.prompt(answered) if callable(step.prompt) else step.prompt
        # "(1/1)" says nothing, and is wrong when later steps wait on this answer (/suahan).
        lines = [f"({number}/{len(asked)}) {prompt}" if len(asked) > 1 else prompt]
        current = state.answers.get(step.field)
        if state.editing and current is not None:
            lines.append(f"Hiện tại: {step.show(current, turn)}")
        if step.optional:
            lines.append("Không bắt buộc: gõ /boqua để bỏ qua.")
        options = tuple(step.options(turn)) if step.options else ()
        if step.multiple:
            picked = state.answers.get(f"_picked_{step.field}") or []
            marked = [
                replace(o, label=f"✓ {o.label}") if o.value.removeprefix(PREFIX) in picked else o
                for o in options
            ]
            options = (*marked, Choice("Xong", PREFIX + DONE))
        return Reply("\n".join(lines), options)

    def _summary(self, dialog: Dialog, state: _State, turn: Turn) -> Reply:
        turn = _seeing(turn, state.answers)
        lines = [f"Anh/chị kiểm tra lại thông tin {dialog.title}:"]
        for step in dialog.steps:
            if step.field in state.answers:
                value = state.answers[step.field]
                shown = "(bỏ qua)" if value is None else step.show(value, turn)
                lines.append(f"• {step.label}: {shown}")
        lines.append("Thông tin đúng chưa?")
        return Reply("\n".join(lines), self._summary_options())

    @staticmethod
    def _summary_options() -> tuple[Choice, ...]:
        return (
            Choice("Xác nhận và gửi", PREFIX + "confirm"),
            Choice("Sửa một mục", PREFIX + "edit"),
            Choice("Hủy", "/huy"),
        )

    @staticmethod
    def _edit_options(dialog: Dialog, state: _State, turn: Turn) -> tuple[Choice, ...]:
        return tuple(
            Choice(step.label, f"{PREFIX}field:{step.field}")
            for step in dialog.steps
            if step.field in state.answers
        )

    async def _save(self, dialog: Dialog, state: _State, turn: Turn, paused: bool = False) -> None:
        msg = turn.msg
        await turn.ctx.storage.save_dialog(
            msg.channel, msg.user_id, dialog.name, state.dump(), turn.ctx.clock.now(), paused
        )


_HOW_TO_WRITE = frozenset("ghi nhap dien khai go viet dat".split())
STEP_QUESTION_WORDS = 10  # a longer text is an answer that may ask something in passing
# Words of a question about a step rather than of its subject: how to fill it in, why it is
# asked, and the words every question has ("ghi gì", "sao phải khai", "là gì vậy").
_ABOUT_A_STEP = frozenset(
    "ghi nhap dien khai go tra loi viet chon gi sao phai de lam la the nao nhu ra vay the "
    "bat buoc khong ko k vi du nghia muc buoc nay cho o day can co duoc dc a a nhi ha em anh "
    "chi minh toi cua phan gom nhung cai thi dat dung chuan".split()
)


def _short_question(text: str) -> bool:
    """Whether the text is short enough to ask about a step and asks something: what
    `asks_about` and `asks_how_to_fill` both need before any step is read."""
    words = plain_words(fold(text)).split()
    if not words or len(words) > STEP_QUESTION_WORDS:  # "???" is no question of the step
        return False
    return asks_plainly(text) or is_question(text)


def asks_about(text: str, step: Step, prompt: str) -> bool:
    """Whether a short question is about the step itself: it names the field as the step
    labels it ("ngày áp dụng ghi gì" for "Ngày áp dụng lần đầu…"), asks how to write what the
    step's question speaks of ("tỷ lệ đóng góp ghi thế nào"), or says nothing but how to fill
    it in ("ghi gì vậy?"). "Sáng kiến là gì" at the step "Tên sáng kiến" asks of initiatives;
    "Chuyên viên" answers the step."""
    if not _short_question(text):
        return False
    words = plain_words(fold(text)).split()
    own = [w for w in words if w not in _ABOUT_A_STEP]
    if not own:
        return True
    padded = f" {' '.join(words)} "
    if any(f" {name} " in padded for name in _field_names(step.label)):
        return True
    asked = set(plain_words(fold(f"{step.label} {prompt}")).split())
    return bool(_HOW_TO_WRITE & set(words)) and set(own) <= asked


def asks_how_to_fill(text: str, step: Step, prompt: str) -> bool:
    """Whether a short question asks how to write the answer of this step, naming it by its
    label or by words of its question ("tỷ lệ đóng góp ghi sao cho đúng" for the authors):
    for a step other than the one asked, where "ghi gì vậy" alone is the asked one's."""
    words = plain_words(fold(text)).split()
    if not _HOW_TO_WRITE & set(words) or not _short_question(text):
        return False
    padded = f" {' '.join(words)} "
    if any(len(n.split()) > 1 and f" {n} " in padded for n in _field_names(step.label)):
        return True
    own = [w for w in words if w not in _ABOUT_A_STEP]
    asked = set(plain_words(fold(f"{step.label} {prompt}")).split())
    return len(own) > 1 and set(own) <= asked


def _field_names(label: str) -> list[str]:
    """The ways a step's label names its field: each of its alternatives ("Phòng/đơn vị"),
    by its first two words ("Ngày áp dụng lần đầu" is named "ngày áp"…)."""
    names = []
    for part in re.split(r"[/,]| hoặc ", label):
        words = plain_words(fold(part)).split()
        if words:
            names.append(" ".join(words[:2]))
    return names


def _seeing(turn: Turn, answers: dict[str, Any]) -> Turn:
    """The turn with these answers (the same turn when it has them already: a message's
    turn shares the state's answers, and a copy at every step would cost for nothing)."""
    return turn if turn.answers is answers else replace(turn, answers=answers)


def _applies(step: Step, turn: Turn) -> bool:
    """Whether the step is asked: the person holds its role and its condition holds."""
    return turn.role >= step.role and (step.when is None or step.when(turn))
