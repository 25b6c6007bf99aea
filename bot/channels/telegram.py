"""The Telegram channel, on python-telegram-bot: updates in, the core's replies out.

Replies are plain text, sent with HTML parse mode after escaping (so a "<" typed by a user or
found in a document cannot break a message); options become inline buttons whose callback data
is the option's value (at most 64 bytes by contract). Long answers are cut at paragraph, line or
sentence boundaries. Every call that writes to a chat is paced by `RateLimiter`, and a 429
(RetryAfter) holds all sending for the time Telegram asks.

Updates come by long polling or through the webhook. Each is taken in one transaction (seen
mark, effects, replies queued in the outbox) before Telegram is told it was received: the
polling offset moves past an update, and the webhook answers 200, only after that commit.
Updates are taken one after another in the order they came, which keeps every chat's order;
their replies are sent by one worker per chat, so a chat paced at one message a second holds
up nobody else.
"""

import asyncio
import datetime as dt
import html
import logging
import re
import warnings
from collections.abc import Callable, Coroutine, Sequence
from typing import Any
from urllib.parse import urlparse

from telegram import (
    BotCommand,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    Message,
    MessageEntity,
    Update,
)
from telegram.constants import ChatType, MessageLimit, ParseMode
from telegram.error import (
    BadRequest,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.ext import Application, ApplicationBuilder, BaseRateLimiter

from bot.channels.ratelimit import RateLimiter
from bot.channels.text import split_text
from bot.channels.updates import HandledCount, cancel_all, stop_receiving, webhook_secret
from bot.channels.webhook import BadUpdate, WebhookServer
from bot.core import BotCore
from bot.courier import Courier
from bot.delivery import ChannelError, Undeliverable
from bot.messages import Choice, Incoming, InFile, OutFile, Reply
from bot.roles import REFUSED, Role, has_role, menu_of, role_of
from bot.settings import Settings

log = logging.getLogger(__name__)

COMMANDS = (
    ("start", "Bắt đầu, các lựa chọn chính"),
    ("phongtrao", "Danh sách phong trào thi đua"),
    ("tieuchi", "Tiêu chí thi đua tập thể, cá nhân"),
    ("hanchot", "Các hạn sắp tới"),
    ("dangkythidua", "Đăng ký thi đua"),
    ("sangkien", "Đăng ký sáng kiến"),
    ("cuatoi", "Các đăng ký của tôi"),
    ("hoso", "Hồ sơ của tôi"),
    ("nhacnho", "Cài đặt nhắc hạn"),
    ("huy", "Hủy việc đang làm"),
    ("help", "Hướng dẫn sử dụng"),
)
TEXT_ONLY = (
    "Hiện tôi chỉ đọc được tin nhắn chữ và tệp văn bản (DOCX, PDF, TXT). Anh/chị hãy gõ câu hỏi "
    "hoặc /help."
)
TOKEN_REJECTED = (
    "Telegram từ chối mã bot (TELEGRAM_BOT_TOKEN): hãy kiểm tra lại mã do BotFather cấp."
)
_GROUPS = (ChatType.GROUP, ChatType.SUPERGROUP)
MAX_FILE_BYTES = 5 * 1024 * 1024
FILE_TOO_LARGE = "Tệp lớn quá 5 MB. Anh/chị vui lòng gửi tệp nhỏ hơn."
_MAX_RETRIES = 3
ALLOWED_UPDATES = ["message", "callback_query"]
POLL_SECONDS = 10
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


class PacedRateLimiter(BaseRateLimiter[None]):
    """python-telegram-bot's hook around every API call: pace writes to chats, obey 429."""

    def __init__(self, limiter: RateLimiter) -> None:
        self.limiter = limiter

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        chat_id = data.get("chat_id")
        for attempt in range(_MAX_RETRIES + 1):
            if chat_id is not None:
                await self.limiter.wait(str(chat_id))
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                if attempt == _MAX_RETRIES:
                    raise
                with warnings.catch_warnings():  # int vs timedelta: PTB v22 is migrating
                    warnings.simplefilter("ignore")
                    wait = exc.retry_after
                seconds = wait.total_seconds() if isinstance(wait, dt.timedelta) else float(wait)
                log.warning("Telegram asked to slow down: %s s before %s", seconds, endpoint)
                self.limiter.hold(seconds)
                if chat_id is None:
                    await asyncio.sleep(seconds)
        raise AssertionError("unreachable")


class TelegramChannel:
    def __init__(self, core: BotCore, settings: Settings, chat_interval: float = 1.0) -> None:
        if not settings.telegram_token:
            raise ChannelError("chưa có TELEGRAM_BOT_TOKEN")
        self.core = core
        self.settings = settings
        self.token = settings.telegram_token
        builder = (
            ApplicationBuilder()
            .token(self.token)
            .rate_limiter(PacedRateLimiter(RateLimiter(30.0, chat_interval)))
        )
        if settings.telegram_api_base_url:
            base = settings.telegram_api_base_url
            builder = builder.base_url(base).base_file_url(base.removesuffix("bot") + "file/bot")
        self.app: Application[Any, Any, Any, Any, Any, Any] = builder.build()
        self.handled = HandledCount()
        self._menus: dict[str, Role] = {}  # the role whose menu each private chat shows
        self.courier = Courier(core.ctx.storage, core.ctx.clock, {"telegram": self})
        self.retry_delay = 1.0  # first pause after a failed poll; doubles up to 30 s
        self._poller: asyncio.Task[None] | None = None
        self._webhook: WebhookServer | None = None
        self._background: set[asyncio.Task[Any]] = set()

    async def start(self) -> None:
        try:
            await self.app.initialize()  # getMe: checks the token
        except InvalidToken as exc:
            raise ChannelError(TOKEN_REJECTED) from exc
        except NetworkError as exc:
            raise ChannelError(
                f"không kết nối được máy chủ Telegram Bot API ({exc}): hãy kiểm tra mạng "
                "hoặc TELEGRAM_API_BASE_URL."
            ) from exc
        except TelegramError as exc:
            raise ChannelError(f"Telegram Bot API báo lỗi khi kiểm tra mã bot: {exc}") from exc
        try:
            await self._serve()
        except (TelegramError, OSError) as exc:  # OSError: the webhook port is taken
            await self.stop()
            raise ChannelError(f"không khởi động được kênh Telegram: {exc}") from exc

    async def _serve(self) -> None:
        bot = self.app.bot
        await bot.set_my_commands([BotCommand(name, text) for name, text in COMMANDS])
        url = self.settings.telegram_webhook_url
        if url:
            self._webhook = WebhookServer(
                urlparse(url).path or "/",
                SECRET_HEADER,
                webhook_secret(self.settings, self.token),
                self._on_webhook,
                self.settings.webhook_listen,
                self.settings.webhook_port,
            )
            await self._webhook.start()
            await bot.set_webhook(
                url,
                secret_token=webhook_secret(self.settings, self.token),
                allowed_updates=ALLOWED_UPDATES,
            )
        else:
            await bot.delete_webhook()
            self._poller = asyncio.create_task(self._poll())
        log.info("Telegram: @%s is up (%s)", bot.username, "webhook" if url else "polling")

    async def stop(self) -> None:
        """Stop receiving, finish the messages being sent, close the connections."""
        await stop_receiving(self._poller, self._webhook)
        self._poller, self._webhook = None, None
        await self.courier.close()
        await cancel_all(self._background)
        await self.app.shutdown()

    # Receiving

    async def _poll(self) -> None:
        """Long-poll for updates; the offset passes an update only once it is taken."""
        offset: int | None = None
        delay = self.retry_delay
        while True:
            try:
                updates = await self.app.bot.get_updates(
                    offset=offset, timeout=POLL_SECONDS, allowed_updates=ALLOWED_UPDATES
                )
                for update in updates:
                    await self.take(update)
                    offset = update.update_id + 1
                delay = self.retry_delay
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # never let the loop die: log, pause, try again
                log.warning("Telegram: polling failed (%s); retrying in %.1f s", exc, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 30.0)

    async def _on_webhook(self, data: dict[str, Any]) -> None:
        try:
            update = Update.de_json(data, self.app.bot)
        except Exception as exc:
            raise BadUpdate(f"not an update: {type(exc).__name__}") from None
        if update is None:
            raise BadUpdate("empty update")
        await self.take(update)

    async def take(self, update: Update) -> None:
        """Take one update: commit its effects and replies, then hand the replies to the
        chat's sender. A redelivered update changes nothing."""
        found = await self._incoming(update)
        if found is None:
            await self.handled.add_one()
            return
        chat_id, incoming, fixed = found
        items = await self.core.take_update(
            "telegram", str(update.update_id), chat_id, incoming, self.courier.claim(), fixed
        )
        if items is None:
            log.info("Telegram update %s delivered again; skipped", update.update_id)
        self.courier.post("telegram", chat_id, items or [], self.handled.add_one)
        if incoming is not None and not incoming.is_group:
            await self._menu(chat_id, incoming.user_id)

    async def _menu(self, chat_id: str, user_id: str) -> None:
        """Show this chat the commands of the person's role (read now); only when it changed."""
        role = await role_of(self.core.ctx, "telegram", user_id)
        first = chat_id not in self._menus  # first message since start: the menu is unknown
        shown = self._menus.get(chat_id)
        self._menus[chat_id] = role
        if role == shown:
            return
        scope = BotCommandScopeChat(int(chat_id))
        if role == Role.STAFF:
            # Staff see the default menu; a chat menu is left only by a right removed before.
            if not first or await self.core.ctx.storage.office.ever_granted("telegram", user_id):
                self._in_background(self.app.bot.delete_my_commands(scope=scope))
            return
        commands = [BotCommand(name, text) for name, text in (*COMMANDS, *menu_of(role))]
        self._in_background(self.app.bot.set_my_commands(commands, scope=scope))

    async def send(self, chat_id: str, replies: Sequence[Reply]) -> None:
        """Send replies to a chat; Undeliverable when the chat cannot receive messages."""
        try:
            for reply in replies:
                if reply.file is not None:
                    await self._send_file(chat_id, reply.file)
                parts = _parts(reply.text) or ["…"]
                for number, part in enumerate(parts, 1):
                    markup = _keyboard(reply.choices) if number == len(parts) else None
                    await self.app.bot.send_message(
                        chat_id=chat_id,
                        text=html.escape(part, quote=False),
                        parse_mode=ParseMode.HTML,
                        reply_markup=markup,
                    )
        except Forbidden as exc:
            raise Undeliverable(str(exc)) from exc
        except BadRequest as exc:
            if "chat not found" in str(exc).lower():
                raise Undeliverable(str(exc)) from exc
            raise

    async def _send_file(self, chat_id: str, file: OutFile) -> None:
        """A document (XLSX) or a photo (a chart) before the reply's text."""
        upload = InputFile(file.data, filename=file.name)
        if file.kind == "photo":
            await self.app.bot.send_photo(chat_id=chat_id, photo=upload)
        else:
            await self.app.bot.send_document(chat_id=chat_id, document=upload)

    async def _incoming(self, update: Update) -> tuple[str, Incoming | None, list[Reply]] | None:
        """The update as (chat, the core's message, replies to send first), or None when it
        is not for the bot."""
        query = update.callback_query
        if query is not None:
            self._in_background(query.answer())  # stops the button's spinner; a courtesy
            if query.message is None or query.data is None:
                return None
            chat = query.message.chat
            incoming = Incoming(
                channel="telegram",
                user_id=str(query.from_user.id),
                chat_id=str(chat.id),
                choice=query.data,
                user_name=query.from_user.full_name,
                is_group=chat.type in _GROUPS,
            )
            return str(chat.id), incoming, []
        message = update.message
        if message is None or message.from_user is None:
            return None
        chat_id = str(message.chat.id)
        is_group = message.chat.type in _GROUPS
        if message.document is not None and not is_group:
            return await self._with_file(message)
        if message.text is None:
            return None if is_group else (chat_id, None, [Reply(TEXT_ONLY)])
        text = message.text
        if is_group:
            addressed = self._addressed_text(message)
            if addressed is None:
                return None
            text = addressed
        incoming = Incoming(
            channel="telegram",
            user_id=str(message.from_user.id),
            chat_id=chat_id,
            text=text,
            user_name=message.from_user.full_name,
            is_group=is_group,
        )
        return chat_id, incoming, []

    def _in_background(self, call: Coroutine[Any, Any, Any]) -> None:
        async def quietly() -> None:
            try:
                await call
            except TelegramError as exc:
                log.info("Telegram: a courtesy call failed: %s", exc)

        task = asyncio.create_task(quietly())
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def _with_file(self, message: Message) -> tuple[str, Incoming | None, list[Reply]]:
        """A document sent privately by the office (a staff list, a document), downloaded for
        the core."""
        document, user = message.document, message.from_user
        assert document is not None and user is not None
        chat_id = str(message.chat.id)
        if not await has_role(self.core.ctx, "telegram", str(user.id), Role.OFFICE):
            # Only the office sends files (staff lists, documents): anyone else's is refused
            # before it is fetched, so nothing of it reaches this machine.
            return chat_id, None, [Reply(REFUSED)]
        if (document.file_size or 0) > MAX_FILE_BYTES:
            return chat_id, None, [Reply(FILE_TOO_LARGE)]
        data = await (await document.get_file()).download_as_bytearray()
        incoming = Incoming(
            channel="telegram",
            user_id=str(user.id),
            chat_id=chat_id,
            text=message.caption or "",
            user_name=user.full_name,
            file=InFile(document.file_name or "tep", bytes(data)),
        )
        return chat_id, incoming, []

    def _addressed_text(self, message: Message) -> str | None:
        """In a group: the text if it is a command for this bot, mentions it or replies to it."""
        text = message.text or ""
        username = self.app.bot.username
        if text.startswith("/"):
            word = text.split(maxsplit=1)[0]
            if "@" in word and word.split("@", 1)[1].lower() != username.lower():
                return None  # a command for another bot
            return text
        mention = f"@{username}".lower()
        for entity in message.entities:
            if (
                entity.type == MessageEntity.MENTION
                and message.parse_entity(entity).lower() == mention
            ):
                rest = re.sub(rf"{re.escape(mention)}\b", " ", text, flags=re.IGNORECASE)
                return " ".join(rest.split()) or "/start"
        replied = message.reply_to_message
        if replied and replied.from_user and replied.from_user.id == self.app.bot.id:
            return text
        return None


def _parts(text: str) -> list[str]:
    """The text cut into messages Telegram accepts; it counts UTF-16 units (an emoji is two)."""
    most = int(MessageLimit.MAX_TEXT_LENGTH)
    limit = most
    while True:
        parts = split_text(text, limit)
        if all(len(part.encode("utf-16-le")) // 2 <= most for part in parts):
            return parts
        limit -= limit // 8


def _keyboard(choices: Sequence[Choice]) -> InlineKeyboardMarkup | None:
    buttons = [
        [InlineKeyboardButton(choice.label, callback_data=choice.value)]
        for choice in choices
        if len(choice.value.encode()) <= 64
    ]
    return InlineKeyboardMarkup(buttons) if buttons else None
