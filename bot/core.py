"""The channel-neutral core: route each incoming message to its handler, return replies.

Channels that show options as numbered lines (console, Zalo) send back what the user typed;
the core turns "2" or the option's words into the chosen option, so every channel and every
handler sees a choice the same way.
"""

import logging
import unicodedata
import uuid
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process

from bot.context import AppContext
from bot.messages import Choice, Incoming, Reply
from bot.storage.outbox import Claim, OutboxItem
from knowledge.normalize import fold

log = logging.getLogger(__name__)

Handler = Callable[[Incoming, AppContext], Awaitable[list[Reply]]]
MAX_TEXT = 4000
CHOICE_MATCH = 85.0

ERROR_TEXT = "Xin lỗi, hệ thống đang gặp sự cố khi xử lý tin nhắn của anh/chị. Anh/chị vui lòng thử lại sau ít phút."
UNKNOWN_COMMAND = "Tôi chưa hiểu lệnh /{command}. Gõ /help để xem các lệnh có thể dùng."
TOO_LONG = "Tin nhắn dài quá {limit} ký tự. Anh/chị vui lòng rút gọn câu hỏi."
NOTHING_TO_PICK = (
    "Anh/chị gõ số {number} nhưng lúc này không có lựa chọn nào đang chờ. "
    "Anh/chị hãy gõ câu hỏi, hoặc /help để xem các lệnh."
)
STALE_CHOICE = "Lựa chọn này không còn hiệu lực. Gõ /help để bắt đầu lại."
UNKNOWN_LINK = (
    "Liên kết anh/chị vừa mở không còn hiệu lực hoặc không đúng. "
    "Anh/chị có thể chọn một việc dưới đây."
)
# Commands a start link may open (t.me/bot?start=sangkien): every command but the dialog
# controls, which act on whatever the person who clicks happens to be doing.
NOT_FROM_LINKS = frozenset({"start", "huy", "quaylai", "boqua", "tieptuc"})
# Blank-looking letters that are not format characters: Hangul fillers, the braille blank.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
PRIVATE_ONLY = (
    "Việc này làm trong tin nhắn riêng với tôi để giữ kín thông tin của anh/chị. "
    "Anh/chị hãy mở cuộc trò chuyện riêng với tôi và gõ /{command}."
)


@dataclass(frozen=True)
class Routes:
    """Where each message goes: commands by name, chosen options by action, then free text."""

    commands: Mapping[str, Handler]
    actions: Mapping[str, Handler]  # "campaign:<id>" goes to actions["campaign"]
    free_text: Handler
    # Commands and actions that touch one person's data: never in a group chat.
    private_only: frozenset[str] = frozenset()
    # A file sent in a private chat (a staff list, the office's new document).
    file_received: Handler | None = None


class BotCore:
    def __init__(self, ctx: AppContext, routes: Routes) -> None:
        self.ctx = ctx
        self.routes = routes

    async def take_update(
        self,
        channel: str,
        update_key: str | None,
        chat_id: str,
        msg: Incoming | None,
        claim: Claim | None,
        fixed: Sequence[Reply] = (),
    ) -> list[OutboxItem] | None:
        """Apply one platform update once: in one transaction, record it as seen, handle the
        message (if any) and queue the replies (`fixed` first) in the outbox, claimed for the
        caller to send. None when the update was seen before: nothing changes.

        A crash before the commit leaves no trace (the platform delivers the update again);
        after it, the replies are in the outbox and are sent by whoever claims them."""
        storage, now = self.ctx.storage, self.ctx.clock.now()
        key = f"update:{channel}:{update_key or uuid.uuid4().hex}"
        if msg is not None:
            msg, note = self._prepare(msg)
        try:
            async with storage.transaction():
                if update_key is not None and not await storage.first_delivery(
                    channel, update_key, now
                ):
                    return None
                replies = list(fixed)
                if msg is not None:
                    replies += note + await self._answer(msg)
                return await storage.outbox.enqueue(
                    "reply", channel, chat_id, replies, key, now, claim=claim
                )
        except Exception:
            if msg is None:
                raise
            # The message's effects are undone; the update is still answered, once.
            log.exception("handler failed for %s/%s: %r", msg.channel, msg.user_id, msg.text)
        async with storage.transaction():
            if update_key is not None and not await storage.first_delivery(
                channel, update_key, now
            ):
                return None
            return await storage.outbox.enqueue(
                "reply", channel, chat_id, [*fixed, Reply(ERROR_TEXT)], key, now, claim=claim
            )

    async def handle(self, msg: Incoming) -> list[Reply]:
        """Answer one message, its effects in one transaction; never raises: a failure is
        undone and becomes an apology."""
        msg, note = self._prepare(msg)
        try:
            async with self.ctx.storage.transaction():
                # Documents or deadlines another process changed are picked up within a minute.
                await self.ctx.library.refresh(self.ctx.storage, self.ctx.clock.now())
                return note + await self._answer(msg)
        except Exception:
            log.exception("handler failed for %s/%s: %r", msg.channel, msg.user_id, msg.text)
            return [Reply(ERROR_TEXT)]

    def _prepare(self, msg: Incoming) -> tuple[Incoming, list[Reply]]:
        """The message as handlers see it (clean text, a start link resolved), and a note
        to show first when the link was not one the bot knows."""
        text = clean_text(msg.text)
        if text != msg.text:
            msg = replace(msg, text=text)
        if msg.command == "start" and msg.args and len(msg.text) <= MAX_TEXT:
            return self._deep_link(msg)
        return msg, []

    async def _answer(self, msg: Incoming) -> list[Reply]:
        if len(msg.text) > MAX_TEXT:
            return [Reply(TOO_LONG.format(limit=MAX_TEXT))]
        return await self._handle(msg)

    async def _handle(self, msg: Incoming) -> list[Reply]:
        storage = self.ctx.storage
        if msg.is_group:
            return [] if msg.file is not None else await self._in_group(msg)
        await storage.remember_contact(
            msg.channel, msg.user_id, msg.chat_id, msg.user_name, self.ctx.clock.now()
        )
        if msg.file is not None and self.routes.file_received is not None:
            # A file is never a dialog's answer: it starts its own work.
            return await self.routes.file_received(msg, self.ctx)
        offered = await storage.offered(msg.channel, msg.chat_id, msg.user_id)
        if _is_number(msg.text) and not msg.choice and len(msg.text) <= 2:
            if not offered and not await storage.dialog(msg.channel, msg.user_id):
                return [Reply(NOTHING_TO_PICK.format(number=msg.text))]
            if offered and not 1 <= int(msg.text) <= len(offered):
                return [Reply(_pick_hint(offered), offered)]
        msg = _resolve_choice(msg, offered)
        note, handled = await self.ctx.dialogs.intercept(msg, self.ctx)
        replies = note if handled else note + await self._dispatch(msg)
        await self._remember_offered(msg, offered, replies)
        return replies

    async def _in_group(self, msg: Incoming) -> list[Reply]:
        """A group gets answers and public commands; personal matters move to a private chat.

        No dialog runs here. A typed number or an option's words pick from the options
        offered to that person in this chat, never from those offered to another member.
        """
        offered = await self.ctx.storage.offered(msg.channel, msg.chat_id, msg.user_id)
        if _is_number(msg.text) and not msg.choice and len(msg.text) <= 2:
            if not offered:
                return [Reply(NOTHING_TO_PICK.format(number=msg.text))]
            if not 1 <= int(msg.text) <= len(offered):
                return [Reply(_pick_hint(offered), offered)]
        msg = _resolve_choice(msg, offered)
        route = msg.command or _action(msg.choice)
        if route in self.routes.private_only or (msg.choice or "").startswith("dlg:"):
            command = route if msg.command or (msg.choice or "").startswith("/") else "start"
            return [Reply(PRIVATE_ONLY.format(command=command))]
        replies = await self._dispatch(msg)
        await self._remember_offered(msg, offered, replies)
        return replies

    async def _remember_offered(
        self, msg: Incoming, offered: tuple[Choice, ...], replies: list[Reply]
    ) -> None:
        """Keep the options the replies offer the person (or forget the old ones): a number
        typed next picks among them."""
        now_offered = tuple(c for r in replies for c in r.choices)
        if now_offered or offered:
            await self.ctx.storage.save_offered(msg.channel, msg.chat_id, msg.user_id, now_offered)

    async def _dispatch(self, msg: Incoming) -> list[Reply]:
        if msg.choice:
            if msg.choice.startswith("/"):
                return await self._dispatch(replace(msg, text=msg.choice, choice=None))
            action = msg.choice.split(":", 1)[0]
            handler = self.routes.actions.get(action)
            if handler is None:
                return [Reply(STALE_CHOICE)]
            # Button data comes from the client and can be forged: data a handler cannot read
            # is an option that no longer holds, and whatever the handler began is undone.
            try:
                async with self.ctx.storage.transaction():
                    return await handler(msg, self.ctx)
            except (ValueError, LookupError) as exc:
                log.warning("unreadable option %r: %r", msg.choice, exc)
                return [Reply(STALE_CHOICE)]
        if msg.command:
            command = self.routes.commands.get(msg.command)
            if command is None:
                return [Reply(UNKNOWN_COMMAND.format(command=msg.command))]
            return await command(msg, self.ctx)
        if not msg.text:
            return [Reply("Anh/chị hãy gõ câu hỏi, hoặc /help để xem hướng dẫn.")]
        return await self.routes.free_text(msg, self.ctx)

    def _deep_link(self, msg: Incoming) -> tuple[Incoming, list[Reply]]:
        """A start link's payload (t.me/bot?start=sangkien) as the command or campaign it
        names: "sangkien" → /sangkien, "campaign_<id>" → that campaign's card. Anything else
        is the greeting with a note: a link must not reach a dialog's inner options."""
        payload = msg.args.split()[0]
        command = payload.lower()
        if command in self.routes.commands and command not in NOT_FROM_LINKS:
            return replace(msg, text=f"/{command}"), []
        kind, _, campaign_id = payload.partition("_")
        if kind == "campaign" and self.ctx.knowledge.campaign(campaign_id) is not None:
            return replace(msg, text="", choice=f"campaign:{campaign_id}"), []
        note = [] if command == "start" else [Reply(UNKNOWN_LINK)]
        return replace(msg, text="/start"), note


def clean_text(text: str) -> str:
    """The text as the handlers should see it: NFC, without invisible format characters
    (zero-width spaces, bidi overrides and isolates, which could disguise what is stored),
    trimmed; "" when nothing visible is left."""
    if not text.isascii():  # ASCII is NFC already and has no format characters
        text = unicodedata.normalize("NFC", text)
        if not text.isprintable():  # a format character is not printable: look for them
            text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    if not any(_visible(c) for c in text):
        return ""
    return text.strip()


def _visible(char: str) -> bool:
    return not (
        char.isspace()
        or char in _BLANK_LETTERS
        or unicodedata.category(char) in ("Cc", "Cf", "Mn", "Me", "Zs", "Zl", "Zp")
    )


def _is_number(text: str) -> bool:
    """ASCII digits only: "²" and "①" are digits to Python but not a number to pick."""
    return text.isascii() and text.isdigit()


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
    if _is_number(text):
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
        return f"Anh/chị hãy gõ 1 để chọn “{offered[0].label}”, hoặc gõ câu hỏi mới."
    return f"Anh/chị hãy chọn một số từ 1 đến {len(offered)}, hoặc gõ câu hỏi mới."
