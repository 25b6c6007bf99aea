"""A local stand-in for the Zalo Bot Platform API (the facts are listed in bot/channels/zalo.py).

POST /bot<TOKEN>/<method> with a JSON body; answers {ok: true, result} or {ok: false, error_code,
description}. Like the real API, a refused call usually still comes with HTTP 200. It is strict:
an unknown method or a wrong token, unknown or missing parameters, a text outside 1–2,000
characters, an unknown chat, a blocked user and getUpdates while a webhook is set are all
errors, and a 429 or a failing gateway can be injected. getUpdates long-polls (up to its
`timeout`) and returns one update at a time, as documented.
"""

import asyncio
import contextlib
import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web

BOT = {"id": "bot-7788", "account_name": "bot.thidua", "account_type": "BASIC",
       "can_join_groups": True}  # fmt: skip
METHODS: dict[str, tuple[set[str], set[str]]] = {  # method: (required, optional) parameters
    "getMe": (set(), set()),
    "getUpdates": (set(), {"timeout"}),
    "setWebhook": ({"url", "secret_token"}, set()),
    "deleteWebhook": (set(), set()),
    "getWebhookInfo": (set(), set()),
    "sendMessage": ({"chat_id", "text"}, set()),
    "sendPhoto": ({"chat_id", "photo"}, {"caption"}),
    "sendSticker": ({"chat_id", "sticker"}, set()),
    "sendChatAction": ({"chat_id", "action"}, set()),
}


class Refused(Exception):
    def __init__(self, code: int, description: str, http_status: int = 200) -> None:
        super().__init__(description)
        self.code, self.description, self.http_status = code, description, http_status


@dataclass
class Sent:
    chat_id: str
    text: str


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    http_status: int
    ok: bool


@dataclass
class FakeZalo:
    token: str = "zalo-test-token"
    url: str = ""
    calls: list[Call] = field(default_factory=list)
    sent: list[Sent] = field(default_factory=list)
    webhook: dict[str, str] = field(default_factory=dict)
    blocked: set[str] = field(default_factory=set)
    too_many: int = 0  # refuse the next N sendMessage calls with 429
    broken_polls: int = 0  # answer the next N getUpdates with a gateway error page (HTTP 502)

    def __post_init__(self) -> None:
        self._updates: list[dict[str, Any]] = []
        self._ids = itertools.count(1)
        self._chats: set[str] = set()
        self._changed = asyncio.Condition()
        self._closing = False
        self._runner: web.AppRunner | None = None

    async def __aenter__(self) -> "FakeZalo":
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, shutdown_timeout=1.0)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self.url = f"http://127.0.0.1:{self._runner.addresses[0][1]}"
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._closing = True  # release pending long polls
        await self._notify()
        assert self._runner is not None
        await self._runner.cleanup()

    @property
    def base_url(self) -> str:
        return f"{self.url}/bot"

    # What users do

    def message(
        self,
        user_id: str,
        event: str,
        chat_id: str | None = None,
        chat_type: str = "PRIVATE",
        display_name: str = "Nguyễn Thị Lan",
        **content: Any,
    ) -> dict[str, Any]:
        """An update as Zalo sends it; its chat becomes one the bot may write to."""
        chat = chat_id or user_id
        self._chats.add(chat)
        return {
            "event_name": event,
            "message": {
                "message_id": f"m{next(self._ids):06x}a88c",
                "date": int(time.time() * 1000),
                "from": {"id": user_id, "display_name": display_name, "is_bot": False},
                "chat": {"id": chat, "chat_type": chat_type},
                **content,
            },
        }

    def user_says(
        self,
        user_id: str,
        text: str,
        chat_id: str | None = None,
        chat_type: str = "PRIVATE",
        display_name: str = "Nguyễn Thị Lan",
    ) -> dict[str, Any]:
        update = self.message(
            user_id, "message.text.received", chat_id, chat_type, display_name, text=text
        )
        return self.push_raw_update(update)

    def user_sends_sticker(
        self, user_id: str, chat_id: str | None = None, chat_type: str = "PRIVATE"
    ) -> dict[str, Any]:
        update = self.message(
            user_id,
            "message.sticker.received",
            chat_id,
            chat_type,
            sticker="0e078a2fb66a5f34067b",
            url="https://zalo-api.zadn.vn/api/emoticon/sticker/webpc?eid=1",
        )
        return self.push_raw_update(update)

    def user_sends_image(self, user_id: str) -> dict[str, Any]:
        update = self.message(
            user_id, "message.image.received", photo_url="https://example.invalid/a.jpg"
        )
        return self.push_raw_update(update)

    def push_raw_update(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue an update for the next getUpdates (push the same one twice to redeliver it)."""
        self._updates.append(update)
        asyncio.get_running_loop().create_task(self._notify())
        return update

    async def deliver_to_webhook(self, update: dict[str, Any], secret: str | None = "right") -> int:
        """POST an update to the registered webhook as Zalo does; returns the HTTP status.

        secret="right" sends the registered secret, None sends no header, else that value."""
        headers = {}
        if secret == "right":
            secret = self.webhook.get("secret_token")
        if secret is not None:
            headers["X-Bot-Api-Secret-Token"] = secret
        body = {"ok": True, "result": update}
        async with (
            aiohttp.ClientSession() as session,
            session.post(self.webhook["url"], json=body, headers=headers) as response,
        ):
            return response.status

    # What tests read

    def messages(self, chat_id: str) -> list[str]:
        return [m.text for m in self.sent if m.chat_id == chat_id]

    def refusals(self) -> list[Call]:
        """Refused calls, leaving out long polls that ended with no update (408)."""
        return [c for c in self.calls if not c.ok and c.method != "getUpdates"]

    async def wait_for(self, condition: Callable[[], bool], within: float = 10.0) -> None:
        async def until() -> None:
            async with self._changed:
                await self._changed.wait_for(condition)

        await asyncio.wait_for(until(), within)

    async def wait_for_messages(
        self,
        chat_id: str,
        count: int,
        timeout: float = 10.0,  # noqa: ASYNC109 (a test helper's deadline, by name)
    ) -> list[str]:
        """Wait until `count` messages have been sent to the chat; all sent there so far."""
        await self.wait_for(lambda: len(self.messages(chat_id)) >= count, timeout)
        return self.messages(chat_id)

    # The API

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        try:
            params = await request.json() if request.can_read_body else {}
        except ValueError:
            params = None
        try:
            if request.match_info["token"] != self.token:
                raise Refused(401, "Unauthorized", http_status=401)
            if method not in METHODS:
                raise Refused(404, "Not Found", http_status=404)
            if request.method != "POST":
                raise Refused(405, "Method Not Allowed", http_status=405)
            if not isinstance(params, dict):
                raise Refused(400, "Bad Request: body must be a JSON object")
            required, optional = METHODS[method]
            for name in params:
                if name not in required | optional:
                    raise Refused(400, f"Bad Request: unknown parameter {name}")
            for name in required:
                if name not in params:
                    raise Refused(400, f"Bad Request: missing parameter {name}")
            if method == "getUpdates" and self.broken_polls:
                self.broken_polls -= 1
                self.calls.append(Call(method, params, 502, False))
                return web.Response(status=502, text="<html>502 Bad Gateway</html>")
            result = await self._call(method, params)
            status, payload = 200, {"ok": True, "result": result}
        except Refused as exc:
            status = exc.http_status
            payload = {"ok": False, "error_code": exc.code, "description": exc.description}
        self.calls.append(Call(method, params or {}, status, bool(payload["ok"])))
        await self._notify()
        return web.json_response(payload, status=status)

    async def _call(self, method: str, p: dict[str, Any]) -> Any:
        now = int(time.time() * 1000)
        if method == "getMe":
            return BOT
        if method == "getUpdates":
            return await self._long_poll(p.get("timeout", "30"))
        if method == "setWebhook":
            if not str(p["url"]).startswith(("https://", "http://127.0.0.1")):
                raise Refused(400, "Bad Request: url must be HTTPS")
            if not 8 <= len(str(p["secret_token"])) <= 256:
                raise Refused(400, "Bad Request: secret_token must be 8-256 characters")
            self.webhook = {"url": str(p["url"]), "secret_token": str(p["secret_token"])}
            return {"url": p["url"], "updated_at": now}
        if method == "deleteWebhook":
            self.webhook = {}
            return {"url": "", "updated_at": now}
        if method == "getWebhookInfo":
            return {"url": self.webhook.get("url", ""), "updated_at": now}
        chat_id = p["chat_id"]
        if not isinstance(chat_id, str) or chat_id not in self._chats:
            raise Refused(400, "Bad Request: chat not found")
        if chat_id in self.blocked:
            raise Refused(403, "Forbidden: bot was blocked by the user")
        if method == "sendChatAction":
            if p["action"] not in ("typing", "upload_photo"):
                raise Refused(400, "Bad Request: unsupported action")
            return None
        if self.too_many:
            self.too_many -= 1
            raise Refused(429, "Too Many Requests", http_status=429)
        text = p.get("text", p.get("caption", "x"))
        if not isinstance(text, str) or not 1 <= len(text) <= 2000:
            raise Refused(400, "Bad Request: text must be 1-2000 characters")
        if method == "sendMessage":
            self.sent.append(Sent(chat_id, text))
        return {"message_id": f"out{next(self._ids):06x}", "date": now}

    async def _long_poll(self, requested: Any) -> dict[str, Any]:
        if self.webhook:
            raise Refused(409, "Conflict: can't use getUpdates while webhook is active")
        try:
            seconds = float(requested)
        except (TypeError, ValueError):
            raise Refused(400, "Bad Request: timeout must be a number of seconds") from None
        if self._closing or seconds < 0:
            raise Refused(408, "Request timeout")
        with contextlib.suppress(TimeoutError):
            await self.wait_for(lambda: bool(self._updates) or self._closing, seconds)
        if not self._updates or self._closing:
            raise Refused(408, "Request timeout")
        return self._updates.pop(0)

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()
