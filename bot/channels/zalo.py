"""The Zalo channel: a small typed client for the Zalo Bot Platform API, and the adapter.

API facts (Zalo Bot docs, https://bot.zaloplatforms.com/docs, as summarised by a public
reference checked against them on 2026-10-02):
- every call is POST https://bot-api.zaloplatforms.com/bot<TOKEN>/<method> with a JSON body,
  answered by {ok, result, description, error_code}; HTTP 200 can still carry ok: false;
- getMe → {id, account_name, account_type, can_join_groups};
- getUpdates {timeout} long-polls and answers with one update (no offset, no update id);
  it does not work while a webhook is set;
- setWebhook {url, secret_token (8–256 characters)}; Zalo then POSTs each update to the URL
  with the header X-Bot-Api-Secret-Token; deleteWebhook returns to polling;
- an update is {event_name, message: {message_id, date, from: {id, ...}, chat: {id,
  chat_type: PRIVATE | GROUP}, text?, ...}}, events message.text.received, .image., .sticker.,
  .voice., .unsupported.received; group chats are in beta;
- sendMessage {chat_id, text (1–2000 characters)}; sendChatAction {chat_id, action: typing}.
Not documented, so handled defensively: the shape of an empty long poll (an empty result or
ok: false with 408 is taken as "no update"), error codes for a blocked user, rate limits
(paced like Telegram), how mentions are marked (the bot's name after "@").
There are no buttons: options are sent as numbered lines and the user answers with the number
or the words, which the core resolves.
"""

import asyncio
import contextlib
import hmac
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

import httpx
from aiohttp import web

from bot.channels.console import render
from bot.channels.ratelimit import RateLimiter
from bot.channels.text import split_text
from bot.channels.updates import HandledCount, webhook_secret
from bot.core import BotCore
from bot.delivery import ChannelError, Undeliverable
from bot.messages import Incoming, Reply
from bot.settings import Settings

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://bot-api.zaloplatforms.com/bot"
TEXT_LIMIT = 2000
POLL_SECONDS = 30
TEXT_ONLY = "Hiện tôi chỉ đọc được tin nhắn chữ. Bạn hãy gõ câu hỏi hoặc /help."
SECRET_HEADER = "X-Bot-Api-Secret-Token"
_MAX_RETRIES = 3


class ZaloApiError(Exception):
    def __init__(self, code: int, description: str) -> None:
        super().__init__(f"{code}: {description}")
        self.code, self.description = code, description

    @property
    def rejects_token(self) -> bool:
        return self.code in (401, 403, 404) or "token" in self.description.lower()

    @property
    def chat_unreachable(self) -> bool:
        text = self.description.lower()
        return any(w in text for w in ("chat not found", "blocked", "not exist", "không tồn tại"))


@dataclass(frozen=True)
class ZaloUpdate:
    event_name: str
    message: dict[str, Any]

    @property
    def key(self) -> str:
        """What identifies a delivery of this update: Zalo gives no update id."""
        return f"{self.event_name}:{self.message.get('message_id', '')}"


class ZaloBotApi:
    """The Bot API calls this bot uses, over one httpx client."""

    def __init__(self, token: str, base_url: str = DEFAULT_BASE_URL) -> None:
        self.base = f"{base_url}{token}/"
        self.http = httpx.AsyncClient(timeout=httpx.Timeout(15.0))

    async def close(self) -> None:
        await self.http.aclose()

    async def call(
        self, method: str, params: dict[str, Any] | None = None, wait: float | None = None
    ) -> Any:
        """One API call; its result, or ZaloApiError for ok: false (whatever the HTTP status)."""
        try:
            response = await self.http.post(
                self.base + method,
                json=params or {},
                timeout=httpx.Timeout(wait) if wait else httpx.USE_CLIENT_DEFAULT,
            )
        except httpx.HTTPError as exc:  # the URL holds the token: do not log the request
            raise ConnectionError(f"{method}: {type(exc).__name__}") from None
        try:
            body = response.json()
        except ValueError:
            raise ZaloApiError(response.status_code, response.text[:200] or "not JSON") from None
        if not isinstance(body, dict) or not body.get("ok"):
            body = body if isinstance(body, dict) else {}
            code = int(body.get("error_code") or response.status_code)
            raise ZaloApiError(code, str(body.get("description") or "ok: false"))
        return body.get("result")

    async def get_me(self) -> dict[str, Any]:
        result = await self.call("getMe")
        return result if isinstance(result, dict) else {}

    async def get_updates(self, poll_seconds: int = POLL_SECONDS) -> list[ZaloUpdate]:
        try:  # the HTTP wait outlasts the long poll
            params = {"timeout": poll_seconds}
            result = await self.call("getUpdates", params, wait=poll_seconds + 10.0)
        except ZaloApiError as exc:
            if exc.code == 408:
                return []
            raise
        return parse_updates(result)

    async def set_webhook(self, url: str, secret_token: str) -> None:
        await self.call("setWebhook", {"url": url, "secret_token": secret_token})

    async def delete_webhook(self) -> None:
        await self.call("deleteWebhook")

    async def send_message(self, chat_id: str, text: str) -> None:
        await self.call("sendMessage", {"chat_id": chat_id, "text": text})

    async def send_chat_action(self, chat_id: str, action: str = "typing") -> None:
        await self.call("sendChatAction", {"chat_id": chat_id, "action": action})


def parse_updates(payload: Any) -> list[ZaloUpdate]:
    """Updates from a getUpdates result or a webhook body (with or without the envelope)."""
    if isinstance(payload, dict) and "result" in payload and "event_name" not in payload:
        payload = payload["result"]
    items = payload if isinstance(payload, list) else [payload] if payload else []
    return [
        ZaloUpdate(str(item["event_name"]), item.get("message") or {})
        for item in items
        if isinstance(item, dict) and item.get("event_name")
    ]


class ZaloChannel:
    def __init__(self, core: BotCore, settings: Settings, chat_interval: float = 1.0) -> None:
        if not settings.zalo_token:
            raise ChannelError("chưa có ZALO_BOT_TOKEN")
        self.core = core
        self.settings = settings
        self.token = settings.zalo_token
        self.api = ZaloBotApi(self.token, settings.zalo_api_base_url or DEFAULT_BASE_URL)
        self.limiter = RateLimiter(30.0, chat_interval)
        self.name = ""
        self.handled = HandledCount()
        self._poller: asyncio.Task[None] | None = None
        self._site: web.AppRunner | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._secret = ""

    async def start(self) -> None:
        try:
            me = await self.api.get_me()
        except ZaloApiError as exc:
            await self.api.close()
            if exc.rejects_token:
                raise ChannelError(
                    "Zalo từ chối mã bot (ZALO_BOT_TOKEN): hãy kiểm tra lại mã bot được cấp."
                ) from exc
            raise ChannelError(f"Zalo Bot API báo lỗi khi kiểm tra mã bot: {exc}") from exc
        except ConnectionError as exc:
            await self.api.close()
            raise ChannelError(f"không kết nối được máy chủ Zalo Bot API ({exc}).") from exc
        self.name = str(me.get("account_name") or me.get("name") or "")
        url = self.settings.zalo_webhook_url
        if url:
            await self._start_webhook(url)
        else:
            await self.api.delete_webhook()  # getUpdates does not work while one is set
            self._poller = asyncio.create_task(self._poll())
        log.info("Zalo: %s is up (%s)", self.name or "bot", "webhook" if url else "polling")

    async def stop(self) -> None:
        if self._poller is not None:
            self._poller.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._poller
            self._poller = None
        if self._site is not None:
            await self._site.cleanup()
            self._site = None
        for task in list(self._tasks):
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await self.api.close()

    async def send(self, chat_id: str, replies: Sequence[Reply]) -> None:
        """Send replies, options numbered, cut to Zalo's 2,000 characters; paced."""
        for reply in replies:
            for part in split_text(render(reply), TEXT_LIMIT):
                await self._send_part(chat_id, part)

    async def _send_part(self, chat_id: str, text: str) -> None:
        for attempt in range(_MAX_RETRIES + 1):
            await self.limiter.wait(chat_id)
            try:
                await self.api.send_message(chat_id, text)
                return
            except ZaloApiError as exc:
                if exc.chat_unreachable:
                    raise Undeliverable(exc.description) from exc
                if exc.code != 429 or attempt == _MAX_RETRIES:
                    raise
                log.warning("Zalo asked to slow down; waiting before resending")
                self.limiter.hold(2.0**attempt)

    # Receiving

    async def _poll(self) -> None:
        backoff = 1.0
        while True:
            try:
                updates = await self.api.get_updates(POLL_SECONDS)
                backoff = 1.0
            except (ZaloApiError, ConnectionError) as exc:
                if isinstance(exc, ZaloApiError) and exc.rejects_token:
                    log.error("Zalo rejected the bot token while polling; polling stops")
                    return
                log.warning("Zalo getUpdates failed (%s); retrying in %.0f s", exc, backoff)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 30.0)
                continue
            for update in updates:
                await self._on_update(update)

    async def _start_webhook(self, url: str) -> None:
        secret = webhook_secret(self.settings, self.token)
        app = web.Application(client_max_size=256 * 1024)
        app.router.add_post(urlparse(url).path or "/", self._on_webhook)
        self._site = web.AppRunner(app, access_log=None)
        await self._site.setup()
        site = web.TCPSite(self._site, self.settings.webhook_listen, self.settings.webhook_port)
        await site.start()
        self._secret = secret
        await self.api.set_webhook(url, secret)

    async def _on_webhook(self, request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), self._secret.encode()):
            return web.json_response({"ok": False, "description": "forbidden"}, status=403)
        try:
            updates = parse_updates(await request.json())
        except ValueError:
            return web.json_response({"ok": False, "description": "bad JSON"}, status=400)
        for update in updates:  # answer Zalo at once; the work goes on in the background
            task = asyncio.create_task(self._on_update(update))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        return web.json_response({"ok": True})

    async def _on_update(self, update: ZaloUpdate) -> None:
        try:
            await self._handle(update)
        except Undeliverable as exc:
            log.warning("Zalo: cannot answer %s: %s", update.event_name, exc)
        except Exception:
            log.exception("Zalo: update %s failed", update.event_name)
        finally:
            await self.handled.add_one()

    async def _handle(self, update: ZaloUpdate) -> None:
        storage, clock = self.core.ctx.storage, self.core.ctx.clock
        if not await storage.first_delivery("zalo", update.key, clock.now()):
            log.info("Zalo update %s delivered again; skipped", update.key)
            return
        message = update.message
        sender, chat = message.get("from") or {}, message.get("chat") or {}
        if not sender.get("id") or not chat.get("id"):
            return
        chat_id = str(chat["id"])
        is_group = str(chat.get("chat_type", "PRIVATE")).upper() == "GROUP"
        text = message.get("text")
        if update.event_name != "message.text.received" or not isinstance(text, str):
            if not is_group:
                await self.send(chat_id, [Reply(TEXT_ONLY)])
            return
        if is_group:
            addressed = self._addressed_text(text)
            if addressed is None:
                return
            text = addressed
        incoming = Incoming(
            channel="zalo",
            user_id=str(sender["id"]),
            chat_id=chat_id,
            text=text,
            user_name=str(sender.get("display_name") or sender.get("name") or ""),
            is_group=is_group,
        )
        with contextlib.suppress(ZaloApiError, ConnectionError):
            await self.api.send_chat_action(chat_id)
        await self.send(chat_id, await self.core.handle(incoming))

    def _addressed_text(self, text: str) -> str | None:
        """In a group: the text if it is a command or names the bot with "@"."""
        if text.startswith("/"):
            return text
        mention = f"@{self.name}" if self.name else ""
        if mention and mention.lower() in text.lower():
            start = text.lower().index(mention.lower())
            return (text[:start] + text[start + len(mention) :]).strip() or "/start"
        return None
