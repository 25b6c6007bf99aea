"""The Zalo channel: a small typed async client for the Zalo Bot Platform API, and the adapter.

API facts, checked (2026) against the official documentation, https://bot.zaloplatforms.com/docs
(mirrored as "Zalo Bot API Documentation, cập nhật lần cuối 10/12/2025"; sections getUpdates,
setWebhook, getWebhookInfo, deleteWebhook, sendMessage, sendPhoto, sendSticker, sendChatAction,
getMe):
- every call is POST https://bot-api.zaloplatforms.com/bot<TOKEN>/<method> with a JSON body,
  answered by {ok, result} or {ok: false, error_code, description}; the token looks like
  "<bot_id>:<secret>";
- getMe → {id, account_name, account_type, can_join_groups} (no display name);
- getUpdates {timeout: seconds, typed String, default 30} long-polls and its result is ONE update
  object (no array, no update id, no offset); it does not work while a webhook is set;
- setWebhook {url (HTTPS), secret_token (8–256 characters)}; Zalo then POSTs each update to the
  URL with the header X-Bot-Api-Secret-Token; getWebhookInfo → {url, updated_at};
  deleteWebhook returns to polling;
- sendMessage {chat_id, text: 1–2000 characters} → {message_id, date};
  sendChatAction {chat_id, action: "typing" | "upload_photo" (coming soon)} → {ok: true};
  no buttons, no inline keyboards.
From public integrations that run against the live API (openclaw extensions/zalo: api.ts,
monitor.ts, monitor.webhook.ts and docs/channels/zalo.md, https://docs.openclaw.ai/channels/zalo):
- an update is {event_name, message: {message_id, date (ms), from: {id, display_name, is_bot},
  chat: {id, chat_type: PRIVATE | GROUP}, text?, photo?, sticker?, caption?}}; events
  message.text.received, message.image.received, message.sticker.received,
  message.unsupported.received (this one sometimes without a message);
- a long poll that ends without an update is ok: false with error_code 408; a rejected token
  is error_code 401; webhook bodies come as {ok: true, result: <update>} or as the bare update;
- group chats exist in the schema but Marketplace bots could not be added to groups.
Not documented anywhere we found, so handled defensively: the error for a blocked user or an
unknown chat (matched on the description), rate limits (paced at 30 messages/s overall and one
per `chat_interval` per chat, like Telegram), how mentions are marked in a group (the bot's
account name after "@"), and whether a polled update always names its event (a message with
text is taken as a text event).
"""

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

import httpx

from bot.channels.console import render
from bot.channels.ratelimit import RateLimiter
from bot.channels.text import split_text
from bot.channels.updates import HandledCount, cancel_all, stop_receiving, webhook_secret
from bot.channels.webhook import WebhookServer
from bot.core import BotCore
from bot.courier import Courier
from bot.delivery import ChannelError, Undeliverable
from bot.messages import Incoming, Reply
from bot.settings import Settings

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://bot-api.zaloplatforms.com/bot"
TEXT_LIMIT = 2000
POLL_SECONDS = 30
TEXT_EVENT = "message.text.received"
SECRET_HEADER = "X-Bot-Api-Secret-Token"
# The Bot API sends photos by public URL only and has no documents: a file is named instead.
FILE_FALLBACK = (
    "\n📎 Tệp {name} chưa gửi được qua Zalo. Anh/chị vui lòng dùng lệnh này trên Telegram, "
    "hoặc nhận tệp tại Văn phòng (quản trị viên lấy được bằng python -m bot)."
)
TEXT_ONLY = "Hiện tôi chỉ đọc được tin nhắn chữ. Anh/chị hãy gõ câu hỏi hoặc /help."
TOKEN_REJECTED = "Zalo từ chối mã bot (ZALO_BOT_TOKEN): hãy kiểm tra lại mã bot được cấp."
_SEND_RETRIES = 3
TAKE_ATTEMPTS = 5
_UNREACHABLE = ("chat not found", "blocked", "not exist", "không tồn tại", "chặn")


class ZaloApiError(Exception):
    """A call the API refused (ok: false), whatever the HTTP status that carried it."""

    def __init__(self, error_code: int, description: str) -> None:
        super().__init__(f"{error_code}: {description}")
        self.error_code = error_code
        self.description = description

    @property
    def rejects_token(self) -> bool:
        return self.error_code in (401, 403) or "token" in self.description.lower()

    @property
    def chat_unreachable(self) -> bool:
        text = self.description.lower()
        return any(words in text for words in _UNREACHABLE)

    @property
    def too_many_requests(self) -> bool:
        return self.error_code == 429


class ZaloUnreachable(ConnectionError):
    """The API could not be reached (network down, DNS, timeout)."""


@dataclass(frozen=True)
class ZaloUpdate:
    event_name: str
    message: dict[str, Any]
    raw: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def key(self) -> str | None:
        """What identifies a delivery of this update, if anything does."""
        if self.raw.get("update_id") is not None:
            return f"update:{self.raw['update_id']}"
        if self.message.get("message_id"):
            return f"{self.event_name}:{self.message['message_id']}"
        return None


class ZaloBotApi:
    """The Bot API calls this bot uses, over one httpx client."""

    def __init__(self, token: str, base_url: str = DEFAULT_BASE_URL) -> None:
        self._base = f"{base_url}{token}/"
        self._http = httpx.AsyncClient(timeout=httpx.Timeout(15.0))

    async def close(self) -> None:
        await self._http.aclose()

    async def call(
        self, method: str, params: dict[str, Any] | None = None, wait: float | None = None
    ) -> Any:
        """One API call: its result, or ZaloApiError for ok: false (whatever the HTTP status)."""
        try:
            response = await self._http.post(
                self._base + method,
                json=params or {},
                timeout=httpx.Timeout(wait) if wait else httpx.USE_CLIENT_DEFAULT,
            )
        except httpx.HTTPError as exc:  # the URL holds the token: never log the request
            raise ZaloUnreachable(f"{method}: {type(exc).__name__}") from None
        try:
            body = response.json()
        except ValueError:
            raise ZaloApiError(response.status_code, response.text[:200] or "not JSON") from None
        if not isinstance(body, dict) or body.get("ok") is not True:
            body = body if isinstance(body, dict) else {}
            code = body.get("error_code")
            raise ZaloApiError(
                code if isinstance(code, int) else response.status_code,
                str(body.get("description") or "ok: false"),
            )
        return body.get("result")

    async def get_me(self) -> dict[str, Any]:
        result = await self.call("getMe")
        return result if isinstance(result, dict) else {}

    async def get_updates(
        self,
        timeout: int = POLL_SECONDS,  # noqa: ASYNC109 (the API's own long-poll parameter)
    ) -> list["ZaloUpdate"]:
        """Wait up to `timeout` seconds for an update; an empty list when none came."""
        try:  # the HTTP wait outlasts the long poll
            result = await self.call("getUpdates", {"timeout": str(timeout)}, wait=timeout + 10.0)
        except ZaloApiError as exc:
            if exc.error_code == 408:
                return []
            raise
        return parse_updates(result)

    async def set_webhook(self, url: str, secret_token: str) -> None:
        await self.call("setWebhook", {"url": url, "secret_token": secret_token})

    async def delete_webhook(self) -> None:
        await self.call("deleteWebhook")

    async def get_webhook_info(self) -> dict[str, Any]:
        result = await self.call("getWebhookInfo")
        return result if isinstance(result, dict) else {}

    async def send_message(self, chat_id: str, text: str) -> dict[str, Any]:
        result = await self.call("sendMessage", {"chat_id": chat_id, "text": text})
        return result if isinstance(result, dict) else {}

    async def send_chat_action(self, chat_id: str, action: str = "typing") -> None:
        await self.call("sendChatAction", {"chat_id": chat_id, "action": action})


def parse_updates(payload: Any) -> list[ZaloUpdate]:
    """Updates from a getUpdates result or a webhook body (with or without the envelope)."""
    if isinstance(payload, dict) and "result" in payload and "event_name" not in payload:
        payload = payload["result"]
    items = payload if isinstance(payload, list) else [payload] if payload else []
    updates = []
    for item in items:
        if not isinstance(item, dict):
            continue
        found = item.get("message")
        message: dict[str, Any] = found if isinstance(found, dict) else {}
        event = item.get("event_name")
        if not event and message:  # the documented getUpdates sample names no event
            event = TEXT_EVENT if isinstance(message.get("text"), str) else "message.unknown"
        if event:
            updates.append(ZaloUpdate(str(event), message, item))
    return updates


class ZaloChannel:
    """Zalo for the core: receives by long polling or a webhook, sends through a rate limiter."""

    def __init__(self, core: BotCore, settings: Settings, chat_interval: float = 1.0) -> None:
        if not settings.zalo_token:
            raise ChannelError("chưa có ZALO_BOT_TOKEN: hãy đặt mã bot Zalo được cấp.")
        self.core = core
        self.settings = settings
        self.api = ZaloBotApi(settings.zalo_token, settings.zalo_api_base_url or DEFAULT_BASE_URL)
        self.limiter = RateLimiter(30.0, chat_interval)
        self.handled = HandledCount()
        self.retry_delay = 1.0  # first pause after a failed poll; doubles up to 30 s
        self.names: tuple[str, ...] = ()
        self._secret = webhook_secret(settings, settings.zalo_token)
        self.courier = Courier(core.ctx.storage, core.ctx.clock, {"zalo": self})
        self._poller: asyncio.Task[None] | None = None
        self._webhook: WebhookServer | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        try:
            me = await self.api.get_me()
        except ZaloApiError as exc:
            await self.api.close()
            if exc.rejects_token:
                raise ChannelError(TOKEN_REJECTED) from exc
            raise ChannelError(f"Zalo Bot API báo lỗi khi kiểm tra mã bot: {exc}") from exc
        except ZaloUnreachable as exc:
            await self.api.close()
            raise ChannelError(
                f"không kết nối được máy chủ Zalo Bot API ({exc}): hãy kiểm tra mạng "
                "hoặc ZALO_API_BASE_URL."
            ) from exc
        self.names = tuple(
            str(me[k]) for k in ("account_name", "display_name", "name") if me.get(k)
        )
        url = self.settings.zalo_webhook_url
        try:
            if url:
                await self._start_webhook(url)
            else:
                await self.api.delete_webhook()  # getUpdates does not work while one is set
                self._poller = asyncio.create_task(self._poll())
        except (ZaloApiError, ZaloUnreachable, OSError) as exc:
            await self.stop()
            raise ChannelError(f"không khởi động được kênh Zalo: {exc}") from exc
        name = self.names[0] if self.names else "bot"
        log.info("Zalo: %s is up (%s)", name, "webhook" if url else "polling")

    async def stop(self) -> None:
        await stop_receiving(self._poller, self._webhook)
        self._poller, self._webhook = None, None
        await self.courier.close()
        await cancel_all(self._tasks)
        await self.api.close()

    # Sending

    async def send(self, chat_id: str, replies: Sequence[Reply]) -> None:
        """Send replies in order: options numbered, cut into Zalo's 2,000 characters, paced."""
        for reply in replies:
            text = render(reply)
            if reply.file is not None:
                text += FILE_FALLBACK.format(name=reply.file.name)
            for part in split_text(text, TEXT_LIMIT):
                await self._send_part(chat_id, part)

    async def _send_part(self, chat_id: str, text: str) -> None:
        for attempt in range(_SEND_RETRIES + 1):
            await self.limiter.wait(chat_id)
            try:
                await self.api.send_message(chat_id, text)
                return
            except ZaloApiError as exc:
                if exc.chat_unreachable:
                    raise Undeliverable(exc.description) from exc
                if not exc.too_many_requests or attempt == _SEND_RETRIES:
                    raise
                log.warning("Zalo asked to slow down; holding all sends for %d s", 2**attempt)
                self.limiter.hold(2.0**attempt)

    async def _typing(self, chat_id: str) -> None:
        """Show "typing…" while the core works; a courtesy, so any failure is ignored."""
        await self.limiter.wait()  # overall pace only: it must not delay the answer itself
        with contextlib.suppress(ZaloApiError, ZaloUnreachable):
            await self.api.send_chat_action(chat_id, "typing")

    # Receiving

    async def _poll(self) -> None:
        delay = self.retry_delay
        while True:
            try:
                updates = await self.api.get_updates(POLL_SECONDS)
                delay = self.retry_delay
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # never let the loop die: log, pause, try again
                if isinstance(exc, ZaloApiError) and exc.rejects_token:
                    log.error("Zalo rejected the bot token while polling; will keep retrying")
                else:
                    log.warning("Zalo getUpdates failed (%s); retrying in %.1f s", exc, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 30.0)
                continue
            for update in updates:  # one at a time, in order: each chat's order is kept
                await self._take_retrying(update)

    async def _take_retrying(self, update: ZaloUpdate) -> None:
        """Take a polled update, trying again while the database is busy: getUpdates has no
        offset, so Zalo will not deliver it again."""
        for attempt in range(TAKE_ATTEMPTS):
            try:
                await self.take(update)
                return
            except Exception:
                if attempt + 1 == TAKE_ATTEMPTS:
                    log.exception("Zalo: update %s lost after retries", update.event_name)
                    await self.handled.add_one()
                    return
                log.warning("Zalo: update %s not taken; trying again", update.event_name)
                await asyncio.sleep(self.retry_delay * (attempt + 1))

    async def _start_webhook(self, url: str) -> None:
        self._webhook = WebhookServer(
            urlparse(url).path or "/",
            SECRET_HEADER,
            self._secret,
            self._on_webhook,
            self.settings.webhook_listen,
            self.settings.webhook_port_of("zalo"),
        )
        await self._webhook.start()
        await self.api.set_webhook(url, self._secret)

    async def _on_webhook(self, body: dict[str, Any]) -> None:
        """Take the posted updates; Zalo hears 200 only after they are committed."""
        for update in parse_updates(body):
            await self.take(update)

    async def take(self, update: ZaloUpdate) -> None:
        """Take one update: commit its effects and replies, then hand the replies to the
        chat's sender. A redelivered update changes nothing."""
        found = self._incoming(update)
        if found is None:
            await self.handled.add_one()
            return
        chat_id, incoming, fixed = found
        if incoming is not None:
            self._in_background(self._typing(chat_id))
        items = await self.core.take_update(
            "zalo", update.key, chat_id, incoming, self.courier.claim(), fixed
        )
        if items is None:
            log.info("Zalo update %s delivered again; skipped", update.key)
        self.courier.post("zalo", chat_id, items or [], self.handled.add_one)

    def _in_background(self, call: Any) -> None:
        task = asyncio.create_task(call)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _incoming(self, update: ZaloUpdate) -> tuple[str, Incoming | None, list[Reply]] | None:
        """The update as (chat, the core's message, replies to send first), or None when it
        is not for the bot."""
        message = update.message
        sender, chat = message.get("from") or {}, message.get("chat") or {}
        if not isinstance(sender, dict) or not isinstance(chat, dict):
            return None
        if not chat.get("id") or not sender.get("id") or sender.get("is_bot"):
            return None
        chat_id = str(chat["id"])
        is_group = str(chat.get("chat_type", "PRIVATE")).upper() == "GROUP"
        text = message.get("text")
        if update.event_name != TEXT_EVENT or not isinstance(text, str):
            return None if is_group else (chat_id, None, [Reply(TEXT_ONLY)])
        if is_group:
            addressed = self._addressed_text(text)
            if addressed is None:
                return None
            text = addressed
        incoming = Incoming(
            channel="zalo",
            user_id=str(sender["id"]),
            chat_id=chat_id,
            text=text,
            user_name=str(
                sender.get("display_name") or sender.get("name") or sender.get("first_name") or ""
            ),
            is_group=is_group,
        )
        return chat_id, incoming, []

    def _addressed_text(self, text: str) -> str | None:
        """In a group: the text of a command, or of a message that names the bot after "@"
        (with the mention taken out); None for chatter between members."""
        if text.lstrip().startswith("/"):
            return text.lstrip()
        folded = text.casefold()
        for name in self.names:
            mention = f"@{name}".casefold()
            at = folded.find(mention)
            if at >= 0:
                return (text[:at] + text[at + len(mention) :]).strip() or "/start"
        return None
