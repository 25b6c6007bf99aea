"""A local stand-in for the Zalo Bot Platform API (see bot/channels/zalo.py for the facts).

POST /bot<TOKEN>/<method> with a JSON body; answers {ok, result | error_code, description}.
Like the real API, a refused call can still come with HTTP 200 and ok: false. It is strict:
unknown or missing parameters, a text outside 1–2,000 characters, an unknown chat, a blocked
user, getUpdates while a webhook is set, and an injectable 429 are all errors.
getUpdates long-polls and returns one update at a time, as documented.
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
    "sendMessage": ({"chat_id", "text"}, {"parse_mode", "text_styles"}),
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
class FakeZalo:
    token: str = "zalo-test-token"
    url: str = ""
    requests: list[tuple[str, dict[str, Any], int, bool]] = field(default_factory=list)
    sent: list[Sent] = field(default_factory=list)
    webhook: dict[str, str] = field(default_factory=dict)
    blocked: set[str] = field(default_factory=set)
    too_many: int = 0  # refuse the next N sendMessage calls with 429

    def __post_init__(self) -> None:
        self._updates: list[dict[str, Any]] = []
        self._ids = itertools.count(1)
        self._chats: set[str] = set()
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None

    async def __aenter__(self) -> "FakeZalo":
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self.url = f"http://127.0.0.1:{self._runner.addresses[0][1]}"
        return self

    async def __aexit__(self, *exc: object) -> None:
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
        name: str = "Lan",
        **content: Any,
    ) -> dict[str, Any]:
        chat = chat_id or user_id
        self._chats.add(chat)
        return {
            "event_name": event,
            "message": {
                "message_id": f"msg{next(self._ids)}",
                "date": int(time.time() * 1000),
                "from": {"id": user_id, "display_name": name, "is_bot": False},
                "chat": {"id": chat, "chat_type": chat_type},
                **content,
            },
        }

    def user_says(self, user_id: str, text: str, **where: Any) -> dict[str, Any]:
        return self.push_raw_update(
            self.message(user_id, "message.text.received", text=text, **where)
        )

    def user_sends_sticker(self, user_id: str) -> dict[str, Any]:
        update = self.message(user_id, "message.sticker.received", sticker="abc123")
        return self.push_raw_update(update)

    def push_raw_update(self, update: dict[str, Any]) -> dict[str, Any]:
        self._updates.append(update)
        asyncio.get_running_loop().create_task(self._notify())
        return update

    async def deliver_to_webhook(self, update: dict[str, Any], secret: str | None = "right") -> int:
        """POST an update to the registered webhook as Zalo does; returns the HTTP status."""
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

    def refusals(self) -> list[tuple[str, dict[str, Any], int, bool]]:
        """Refused calls, leaving out long polls that ended with no update."""
        return [r for r in self.requests if not r[3] and r[0] != "getUpdates"]

    async def wait_for(self, condition: Callable[[], bool], within: float = 10.0) -> None:
        async def until() -> None:
            async with self._changed:
                await self._changed.wait_for(condition)

        await asyncio.wait_for(until(), within)

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
                raise Refused(404, f"Method {method} not found", http_status=404)
            if request.method != "POST" or not isinstance(params, dict):
                raise Refused(400, "Body must be a JSON object")
            required, optional = METHODS[method]
            for name in params:
                if name not in required | optional:
                    raise Refused(400, f"Unknown parameter: {name}")
            for name in required:
                if name not in params:
                    raise Refused(400, f"Missing parameter: {name}")
            result = await self._call(method, params)
            status, payload = 200, {"ok": True, "result": result}
        except Refused as exc:
            status = exc.http_status
            payload = {"ok": False, "error_code": exc.code, "description": exc.description}
        self.requests.append((method, params or {}, status, bool(payload["ok"])))
        await self._notify()
        return web.json_response(payload, status=status)

    async def _call(self, method: str, p: dict[str, Any]) -> Any:
        now = int(time.time() * 1000)
        if method == "getMe":
            return BOT
        if method == "getUpdates":
            if self.webhook:
                raise Refused(409, "Webhook is active; call deleteWebhook to use getUpdates")
            wait = min(float(p.get("timeout", 30)), 0.25)  # short, so tests stop quickly
            with contextlib.suppress(TimeoutError):
                await self.wait_for(lambda: bool(self._updates), wait)
            if not self._updates:
                raise Refused(408, "Request timeout")
            return self._updates.pop(0)
        if method == "setWebhook":
            if not 8 <= len(str(p["secret_token"])) <= 256:
                raise Refused(400, "secret_token must be 8-256 characters")
            self.webhook = {"url": str(p["url"]), "secret_token": str(p["secret_token"])}
            return {"url": p["url"], "updated_at": now}
        if method == "deleteWebhook":
            self.webhook = {}
            return {"url": "", "updated_at": now}
        if method == "getWebhookInfo":
            return {"url": self.webhook.get("url", ""), "updated_at": now}
        chat_id = p["chat_id"]
        if not isinstance(chat_id, str) or chat_id not in self._chats:
            raise Refused(400, "Chat not found")
        if chat_id in self.blocked:
            raise Refused(403, "User has blocked the bot")
        if method == "sendChatAction":
            if p["action"] != "typing":
                raise Refused(400, "Unsupported action")
            return None
        if self.too_many:
            self.too_many -= 1
            raise Refused(429, "Too many requests", http_status=429)
        text = p["text"]
        if not isinstance(text, str) or not 1 <= len(text) <= 2000:
            raise Refused(400, "text must be 1-2000 characters")
        self.sent.append(Sent(chat_id, text))
        return {"message_id": f"out{next(self._ids)}", "date": now}

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()
