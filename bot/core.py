"""The channel-neutral core: route each incoming message to its handler, return replies.

Channels that show options as numbered lines (console, Zalo) send back what the user typed;
the core turns "2" or the option's words into the chosen option, so every channel and every
handler sees a choice the same way.
"""

import logging
import unicodedata
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process

from bot.context import AppContext
from bot.messages import Choice, Incoming, Reply
from knowledge.normalize import fold

log = logging.getLogger(__name__)

Handler = Callable[[Incoming, AppContext], Awaitable[list[Reply]]]
MAX_TEXT = 4000
CHOICE_MATCH = 85.0

ERROR_TEXT = (
    "Xin lỗi, hệ thống đang gặp sự cố khi xử lý tin nhắn của bạn. Bạn vui lòng thử lại sau ít phút."
)
UNKNOWN_COMMAND = "Tôi chưa hiểu lệnh /{command}. Gõ /help để xem các lệnh có thể dùng."
TOO_LONG = "Tin nhắn dài quá {limit} ký tự. Bạn vui lòng rút gọn câu hỏi."
NOTHING_TO_PICK = (
    "Bạn gõ số {number} nhưng lúc này không có lựa chọn nào đang chờ. "
    "Bạn hãy gõ câu hỏi, hoặc /help để xem các lệnh."
)
PRIVATE_ONLY = (
    "Việc này làm trong tin nhắn riêng với tôi để giữ kín thông tin của bạn. "
    "Bạn hãy mở cuộc trò chuyện riêng với tôi và gõ /{command}."
)


@dataclass(frozen=True)
class Routes:
    """Where each message goes: commands by name, chosen options by action, then free text."""

    commands: Mapping[str, Handler]
    actions: Mapping[str, Handler]  # "campaign:<id>" goes to actions["campaign"]
    free_text: Handler
    # Commands and actions that touch one person's data: never in a group chat.
    private_only: frozenset[str] = frozenset()
    # A file sent in a private chat (the office's new document).
    attachment: Handler | None = None


class BotCore:
    def __init__(self, ctx: AppContext, routes: Routes) -> None:
        self.ctx = ctx
        self.routes = routes

    async def handle(self, msg: Incoming) -> list[Reply]:
        """Answer one message; never raises, a failure becomes an apology."""
        msg = replace(msg, text=unicodedata.normalize("NFC", msg.text).strip())
        if len(msg.text) > MAX_TEXT:
            return [Reply(TOO_LONG.format(limit=MAX_TEXT))]
        if msg.command == "start" and msg.args:
            msg = _deep_link(msg)
        storage = self.ctx.storage
        try:
            # Documents or deadlines another process changed are picked up within a minute.
            await self.ctx.library.refresh(storage, self.ctx.clock.now())
            if msg.is_group:
                return [] if msg.attachment else await self._in_group(msg)
            if msg.attachment and self.routes.attachment:
                # A file is never a dialog's answer: it starts its own work.
                return await self.routes.attachment(msg, self.ctx)
            await storage.remember_contact(
                msg.channel, msg.user_id, msg.chat_id, msg.user_name, self.ctx.clock.now()
            )
            offered = tuple(
                Choice(*pair) for pair in await storage.offered(msg.channel, msg.chat_id)
            )
            if msg.text.isdigit() and not msg.choice and len(msg.text) <= 2:
                if not offered and not await storage.dialog(msg.channel, msg.user_id):
                    return [Reply(NOTHING_TO_PICK.format(number=msg.text))]
                if offered and not 1 <= int(msg.text) <= len(offered):
                    return [Reply(_pick_hint(offered), offered)]
            msg = _resolve_choice(msg, offered)
            note, handled = await self.ctx.dialogs.intercept(msg, self.ctx)
            replies = note if handled else note + await self._dispatch(msg)
            now_offered = [(c.label, c.value) for r in replies for c in r.choices]
            if now_offered or offered:
                await storage.save_offered(msg.channel, msg.chat_id, now_offered)
        except Exception:
            log.exception("handler failed for %s/%s: %r", msg.channel, msg.user_id, msg.text)
            replies = [Reply(ERROR_TEXT)]
        return replies

    async def _in_group(self, msg: Incoming) -> list[Reply]:
        """A group gets answers and public commands; personal matters move to a private chat.

        No dialog runs here and typed numbers are not resolved: several people share the chat.
        """
        route = msg.command or _action(msg.choice)
        if route in self.routes.private_only or (msg.choice or "").startswith("dlg:"):
            command = route if msg.command or (msg.choice or "").startswith("/") else "start"
            return [Reply(PRIVATE_ONLY.format(command=command))]
        return await self._dispatch(msg)

    async def _dispatch(self, msg: Incoming) -> list[Reply]:
        if msg.choice:
            if msg.choice.startswith("/"):
                return await self._dispatch(replace(msg, text=msg.choice, choice=None))
            action = msg.choice.split(":", 1)[0]
            handler = self.routes.actions.get(action)
            if handler:
                return await handler(msg, self.ctx)
            return [Reply("Lựa chọn này không còn hiệu lực. Gõ /help để bắt đầu lại.")]
        if msg.command:
            command = self.routes.commands.get(msg.command)
            if command is None:
                return [Reply(UNKNOWN_COMMAND.format(command=msg.command))]
            return await command(msg, self.ctx)
        if not msg.text:
            return [Reply("Bạn hãy gõ câu hỏi, hoặc /help để xem hướng dẫn.")]
        return await self.routes.free_text(msg, self.ctx)


def _deep_link(msg: Incoming) -> Incoming:
    """A start link's payload (t.me/bot?start=sangkien) as the command or option it names:
    "sangkien" → /sangkien, "campaign_<id>" → the option "campaign:<id>"."""
    payload = msg.args.split()[0]
    if "_" in payload:
        return replace(msg, text="", choice=payload.replace("_", ":", 1))
    if payload.lower() == "start":
        return replace(msg, text="/start")
    return replace(msg, text=f"/{payload}")


def _action(choice: str | None) -> str | None:
    """The route name of a chosen option: "campaign" for "campaign:x", "hoso" for "/hoso"."""
    if not choice:
        return None
    if choice.startswith("/"):
        return choice[1:].split(maxsplit=1)[0] if len(choice) > 1 else None
    return choice.split(":", 1)[0]


def _resolve_choice(msg: Incoming, offered: tuple[Choice, ...]) -> Incoming:
    """Turn "2" or an option's words into that option, when options were just offered."""
    if msg.choice or not offered or not msg.text or msg.command:
        return msg
    text = msg.text.strip().rstrip(".")
    if text.isdigit():
        number = int(text)
        if 1 <= number <= len(offered):
            return replace(msg, choice=offered[number - 1].value)
        return msg
    labels = [fold(c.label) for c in offered]
    match = process.extractOne(fold(text), labels, scorer=fuzz.ratio, score_cutoff=CHOICE_MATCH)
    if match:
        return replace(msg, choice=offered[match[2]].value)
    return msg


def _pick_hint(offered: tuple[Choice, ...]) -> str:
    if len(offered) == 1:
        return f"Bạn hãy gõ 1 để chọn “{offered[0].label}”, hoặc gõ câu hỏi mới."
    return f"Bạn hãy chọn một số từ 1 đến {len(offered)}, hoặc gõ câu hỏi mới."
