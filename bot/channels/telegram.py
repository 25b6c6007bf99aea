"""The Telegram channel, on python-telegram-bot: updates in, the core's replies out.

Replies are plain text, sent with HTML parse mode after escaping (so a "<" typed by a user or
found in a document cannot break a message); options become inline buttons whose callback data
is the option's value (at most 64 bytes by contract). Long answers are cut at paragraph, line or
sentence boundaries. Every call that writes to a chat is paced by `RateLimiter`, and a 429
(RetryAfter) holds all sending for the time Telegram asks.
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
    Document,
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
from telegram.ext import Application, ApplicationBuilder, BaseRateLimiter, ContextTypes, TypeHandler

from bot.channels.ratelimit import RateLimiter
from bot.channels.text import split_text
from bot.channels.updates import HandledCount, webhook_secret
from bot.core import BotCore
from bot.delivery import ChannelError, Undeliverable
from bot.messages import Attachment, Choice, Incoming, Reply
from bot.settings import Settings

log = logging.getLogger(__name__)

COMMANDS = (
    ("start", "Bắt đầu, các lựa chọn chính"),
    ("phongtrao", "Danh sách phong trào thi đua"),
    ("tieuchi", "Tiêu chí thi đua tập thể, cá nhân"),
    ("hanchot", "Các hạn sắp tới"),
    ("dangkythidua", "Đăng ký thi đua"),
    ("sangkien", "Đăng ký sáng kiến"),
    ("dienhinh", "Giới thiệu gương điển hình (thủ trưởng)"),
    ("cuatoi", "Các đăng ký của tôi"),
    ("hoso", "Hồ sơ của tôi"),
    ("nhacnho", "Cài đặt nhắc hạn"),
    ("huy", "Hủy việc đang làm"),
    ("help", "Hướng dẫn sử dụng"),
)
TEXT_ONLY = (
    "Hiện tôi chỉ đọc được tin nhắn chữ và tệp văn bản (DOCX, PDF, TXT). Bạn hãy gõ câu hỏi "
    "hoặc /help."
)
TOKEN_REJECTED = (
    "Telegram từ chối mã bot (TELEGRAM_BOT_TOKEN): hãy kiểm tra lại mã do BotFather cấp."
)
_GROUPS = (ChatType.GROUP, ChatType.SUPERGROUP)
_MAX_RETRIES = 3


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
        self.app.add_handler(TypeHandler(Update, self._on_update))
        self.handled = HandledCount()

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
        await self.app.start()
        assert self.app.updater is not None
        url = self.settings.telegram_webhook_url
        if url:
            await self.app.updater.start_webhook(
                listen=self.settings.webhook_listen,
                port=self.settings.webhook_port,
                url_path=urlparse(url).path.lstrip("/"),
                webhook_url=url,
                secret_token=webhook_secret(self.settings, self.token),
                allowed_updates=["message", "callback_query"],
            )
        else:
            await self.app.updater.start_polling(allowed_updates=["message", "callback_query"])
        log.info("Telegram: @%s is up (%s)", bot.username, "webhook" if url else "polling")

    async def stop(self) -> None:
        """Stop receiving, let the update in hand finish, close the connections."""
        updater = self.app.updater
        if updater is not None and updater.running:
            await updater.stop()
        if self.app.running:
            await self.app.stop()
        await self.app.shutdown()

    async def send(self, chat_id: str, replies: Sequence[Reply]) -> None:
        """Send replies to a chat; Undeliverable when the chat cannot receive messages."""
        try:
            for reply in replies:
                parts = _parts(reply.text) or ["…"]
                for number, part in enumerate(parts, 1):
                    markup = _keyboard(reply.choices) if number == len(parts) else None
                    await self.app.bot.send_message(
                        chat_id=chat_id,
                        text=html.escape(part, quote=False),
                        parse_mode=ParseMode.HTML,
                        reply_markup=markup,
                    )
                if reply.file is not None:
                    await self.app.bot.send_document(
                        chat_id=chat_id,
                        document=InputFile(reply.file.data, filename=reply.file.name),
                    )
        except Forbidden as exc:
            raise Undeliverable(str(exc)) from exc
        except BadRequest as exc:
            if "chat not found" in str(exc).lower():
                raise Undeliverable(str(exc)) from exc
            raise

    async def _on_update(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        try:
            await self._handle(update)
        except Undeliverable as exc:
            log.warning("Telegram: cannot answer update %s: %s", update.update_id, exc)
        finally:
            await self.handled.add_one()

    async def _handle(self, update: Update) -> None:
        storage, clock = self.core.ctx.storage, self.core.ctx.clock
        if not await storage.first_delivery("telegram", str(update.update_id), clock.now()):
            log.info("Telegram update %s delivered again; skipped", update.update_id)
            return
        incoming = await self._incoming(update)
        if incoming is None:
            return
        replies = await self.core.handle(incoming)
        await self.send(incoming.chat_id, replies)

    async def _incoming(self, update: Update) -> Incoming | None:
        """The update as the core's message, or None when it is not for the bot."""
        query = update.callback_query
        if query is not None:
            await query.answer()
            if query.message is None or query.data is None:
                return None
            chat = query.message.chat
            return Incoming(
                channel="telegram",
                user_id=str(query.from_user.id),
                chat_id=str(chat.id),
                choice=query.data,
                user_name=query.from_user.full_name,
                is_group=chat.type in _GROUPS,
            )
        message = update.message
        if message is None or message.from_user is None:
            return None
        is_group = message.chat.type in _GROUPS
        if message.document is not None and not is_group:
            return Incoming(
                channel="telegram",
                user_id=str(message.from_user.id),
                chat_id=str(message.chat.id),
                text=message.caption or "",
                user_name=message.from_user.full_name,
                attachment=self._attachment(message.document),
            )
        if message.text is None:
            if not is_group:
                await self.send(str(message.chat.id), [Reply(TEXT_ONLY)])
            return None
        text = message.text
        if is_group:
            addressed = self._addressed_text(message)
            if addressed is None:
                return None
            text = addressed
        return Incoming(
            channel="telegram",
            user_id=str(message.from_user.id),
            chat_id=str(message.chat.id),
            text=text,
            user_name=message.from_user.full_name,
            is_group=is_group,
        )

    def _attachment(self, document: Document) -> Attachment:
        """A file sent to the bot; its bytes are downloaded (getFile, then the file URL) only
        when the core asks for them."""

        async def fetch() -> bytes:
            file = await self.app.bot.get_file(document.file_id)
            return bytes(await file.download_as_bytearray())

        return Attachment(document.file_name or "tep", document.file_size, fetch)

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
