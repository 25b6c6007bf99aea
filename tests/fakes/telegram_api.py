"""A local stand-in for the Telegram Bot API, strict where Telegram is lenient.

It speaks the wire format python-telegram-bot uses (POST /bot<TOKEN>/<method>, form, JSON or
multipart parameters, `{"ok": ..., "result" | "error_code", "description"}` answers) and checks
every request against `../shared/reference/telegram-bot-api.json` (or, in a clone without it,
against `telegram_methods.json`, the copy of the methods the bot calls): an unknown parameter,
a missing required one or a value of the wrong type, down to the fields of a keyboard button,
is a 400, even where Telegram would ignore it. It also returns Telegram's own errors: malformed
HTML ("can't parse entities"), a text over 4096 UTF-16 units, empty text, callback data over 64
bytes, unknown chats, a blocked user, and 429 with `retry_after` when told to (`fail_next`).

Tests play the users: `user_says`, `user_presses`, `push_raw_update`, `deliver_to_webhook`,
and read what the bot sent with `messages(chat_id)` / `wait_for_messages`, every call the bot
made with `requests` and the refused ones with `errors()`.
"""

import asyncio
import contextlib
import html
import itertools
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

BOT_USER = {
    "id": 4242,
    "is_bot": True,
    "first_name": "Trợ lý Thi đua",
    "username": "trolythidua_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}
# Telegram's HTML: each tag with the attributes it may carry; those marked True are required.
ALLOWED_TAGS: dict[str, dict[str, bool]] = {
    **{tag: {} for tag in ("b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "pre")},
    "tg-spoiler": {},
    "span": {"class": True},  # only class="tg-spoiler"
    "a": {"href": True},
    "code": {"class": False},  # class="language-…" inside <pre>
    "blockquote": {"expandable": False},
    "tg-emoji": {"emoji-id": True},
}
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:=\"[^\"]*\"|='[^']*')?)*)\s*>")
_ATTR = re.compile(r"([a-zA-Z-]+)(?:=(?:\"([^\"]*)\"|'([^']*)'))?")
_ENTITY = re.compile(r"&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")
_SCALARS: dict[str, Callable[[Any], bool]] = {
    "Integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "String": lambda v: isinstance(v, str),
    "Boolean": lambda v: isinstance(v, bool),
    "Float": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "InputFile": lambda v: True,
}


# Telegram's API as data: the shared reference beside the project (methods and types), else the
# project's copy of the methods the bot calls (a test keeps the copy equal to the reference).
_HERE = Path(__file__).resolve()
SHARED_SPEC = _HERE.parents[3] / "shared" / "reference" / "telegram-bot-api.json"
SPEC_COPY = _HERE.with_name("telegram_methods.json")


def _load_spec() -> dict[str, Any]:
    for candidate in (SHARED_SPEC, _HERE.parents[2] / "shared/reference/telegram-bot-api.json"):
        if candidate.is_file():
            return dict(json.loads(candidate.read_text(encoding="utf-8")))
    if SPEC_COPY.is_file():
        return dict(json.loads(SPEC_COPY.read_text(encoding="utf-8")))
    raise RuntimeError(
        f"the fake Bot API needs Telegram's API as data: neither {SHARED_SPEC} nor {SPEC_COPY} "
        "exists; restore ../shared beside the project or tests/fakes/telegram_methods.json"
    )


SPEC: dict[str, Any] = _load_spec()
TYPES: dict[str, Any] = SPEC.get("types", {})


class ApiError(Exception):
    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code, self.description, self.retry_after = code, description, retry_after


def html_to_text(text: str) -> str:
    """The text a message shows once Telegram has parsed its HTML; ApiError if it cannot."""
    out: list[str] = []
    open_tags: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "<":
            match = _TAG.match(text, i)
            if not match:
                raise ApiError(
                    400, f"Bad Request: can't parse entities: Unexpected < at offset {i}"
                )
            closing, name = match.group(1) == "/", match.group(2).lower()
            if name not in ALLOWED_TAGS:
                raise ApiError(
                    400, f'Bad Request: can\'t parse entities: Unsupported start tag "{name}"'
                )
            _check_attributes(name, match.group(3), closing, i)
            if closing:
                if not open_tags or open_tags[-1] != name:
                    raise ApiError(
                        400, f'Bad Request: can\'t parse entities: Unmatched end tag "{name}"'
                    )
                open_tags.pop()
            else:
                open_tags.append(name)
            i = match.end()
        elif char == "&":
            match = _ENTITY.match(text, i)
            if not match:
                raise ApiError(
                    400, f"Bad Request: can't parse entities: Unsupported entity at offset {i}"
                )
            out.append(html.unescape(match.group(0)))
            i = match.end()
        elif char == ">":
            raise ApiError(400, f"Bad Request: can't parse entities: Unexpected > at offset {i}")
        else:
            out.append(char)
            i += 1
    if open_tags:
        raise ApiError(
            400, f"Bad Request: can't parse entities: Can't find end tag for \"{open_tags[-1]}\""
        )
    return "".join(out)


def _check_attributes(tag: str, text: str, closing: bool, offset: int) -> None:
    allowed = ALLOWED_TAGS[tag]
    found = {m.group(1).lower(): m.group(2) or m.group(3) or "" for m in _ATTR.finditer(text)}
    problem = None
    if closing and found:
        problem = f'End tag "{tag}" can\'t have attributes'
    elif not closing:
        unknown = set(found) - set(allowed)
        missing = {name for name, required in allowed.items() if required} - set(found)
        if unknown or missing:
            problem = f'Tag "{tag}" must have attributes {sorted(allowed)} at offset {offset}'
        elif tag == "span" and found["class"] != "tg-spoiler":
            problem = f'Tag "span" must have class "tg-spoiler" at offset {offset}'
    if problem:
        raise ApiError(400, f"Bad Request: can't parse entities: {problem}")


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _problem(value: Any, types: list[str]) -> str | None:
    """Why the value is none of the types, or None when it is one of them."""
    reasons = []
    for kind in types:
        reason = _type_problem(value, kind)
        if reason is None:
            return None
        reasons.append(reason)
    return reasons[0]


def _type_problem(value: Any, kind: str) -> str | None:
    if kind.startswith("Array of "):
        if not isinstance(value, list):
            return f"must be {kind}"
        for item in value:
            reason = _type_problem(item, kind.removeprefix("Array of "))
            if reason:
                return reason
        return None
    if kind in _SCALARS:
        return None if _SCALARS[kind](value) else f"must be {kind}"
    if not isinstance(value, dict):
        return f"must be a JSON object ({kind})"
    spec = TYPES.get(kind)
    if spec is None:  # a type the copy leaves out: a JSON object is all we can check
        return None
    if "subtypes" in spec:
        return _problem(value, spec["subtypes"])
    fields = {f["name"]: f for f in spec.get("fields", [])}
    for name in value:
        if name not in fields:
            return f"{kind} has no field '{name}'"
    for name, spec_field in fields.items():
        if name not in value:
            if spec_field["required"]:
                return f"{kind} requires field '{name}'"
            continue
        reason = _problem(value[name], spec_field["types"])
        if reason:
            return f"{kind}.{name} {reason}" if reason.startswith("must") else reason
    return None


def check_against_spec(method: str, params: dict[str, Any]) -> None:
    spec = SPEC["methods"].get(method)
    if spec is None:
        raise ApiError(404, "Not Found")
    fields = {f["name"]: f for f in spec.get("fields", [])}
    for name in params:
        if name not in fields:
            raise ApiError(400, f"Bad Request: unexpected parameter '{name}' for {method}")
    for name, spec_field in fields.items():
        if name not in params:
            if spec_field["required"]:
                raise ApiError(400, f"Bad Request: parameter '{name}' is required")
            continue
        reason = _problem(params[name], spec_field["types"])
        if reason:
            raise ApiError(400, f"Bad Request: parameter '{name}': {reason}")


def _decode(method: str, raw: dict[str, str]) -> dict[str, Any]:
    """Form values arrive as text; non-string parameters are JSON inside it."""
    fields = {f["name"]: f for f in SPEC["methods"].get(method, {}).get("fields", [])}
    decoded: dict[str, Any] = {}
    for name, value in raw.items():
        types = fields.get(name, {}).get("types", ["String"])
        if types == ["String"]:
            decoded[name] = value
            continue
        try:
            decoded[name] = json.loads(value)
        except ValueError:
            decoded[name] = value
    return decoded


@dataclass
class Sent:
    chat_id: int
    message_id: int
    text: str  # as shown, HTML parsed
    raw_text: str
    parse_mode: str | None
    reply_markup: dict[str, Any] | None
    file: "Uploaded | None" = None  # sendDocument, sendPhoto: the file uploaded


@dataclass(frozen=True)
class Uploaded:
    """A file the bot uploaded with sendDocument or sendPhoto."""

    method: str
    name: str
    data: bytes


@dataclass
class FakeTelegram:
    token: str = "123456:TEST"
    url: str = ""
    requests: list[tuple[str, dict[str, Any], int]] = field(default_factory=list)
    sent: list[Sent] = field(default_factory=list)
    commands: list[dict[str, Any]] = field(default_factory=list)
    chat_commands: dict[int, list[dict[str, Any]]] = field(default_factory=dict)  # chat scope
    webhook: dict[str, Any] = field(default_factory=dict)
    blocked: set[int] = field(default_factory=set)
    failures: dict[str, list[int]] = field(default_factory=dict)  # method -> retry_after values

    def __post_init__(self) -> None:
        self._updates: list[dict[str, Any]] = []
        self._redelivered: list[dict[str, Any]] = []  # sent again whatever the offset
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1)
        self._callback_ids = itertools.count(1)
        self._chats: dict[int, dict[str, Any]] = {}
        self._callbacks: set[str] = set()
        self._files: dict[str, tuple[str, bytes]] = {}  # file_id -> (file_path, bytes)
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.downloads: list[str] = []  # file paths the bot downloaded

    # Server life

    async def __aenter__(self) -> "FakeTelegram":
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/{path:.+}", self._download)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def __aexit__(self, *exc: object) -> None:
        async with self._changed:
            self._changed.notify_all()
        assert self._runner is not None
        await self._runner.cleanup()

    @property
    def base_url(self) -> str:
        return f"{self.url}/bot"

    # What users do

    def user_says(
        self,
        user_id: int,
        text: str,
        chat_id: int | None = None,
        chat_type: str = "private",
        first_name: str = "Lan",
        username: str | None = None,
        reply_to: Sent | None = None,
    ) -> dict[str, Any]:
        """A user writes in a chat (their private chat with the bot unless told otherwise)."""
        user = {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": "vi"}
        if username:
            user["username"] = username
        chat = self._chat(chat_id or user_id, chat_type, first_name)
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "from": user,
            "chat": chat,
            "date": int(time.time()),
            "text": text,
        }
        entities = []
        if text.startswith("/"):
            entities.append({"type": "bot_command", "offset": 0, "length": len(text.split()[0])})
        for match in re.finditer(r"@\w+", text):
            entities.append(
                {"type": "mention", "offset": match.start(), "length": len(match.group())}
            )
        if entities:
            message["entities"] = entities
        if reply_to is not None:
            message["reply_to_message"] = self._as_message(reply_to)
        return self.push_raw_update({"update_id": next(self._update_ids), "message": message})

    def user_sends_document(self, user_id: int, name: str, data: bytes) -> dict[str, Any]:
        """A user sends a file (a document) in their private chat with the bot."""
        return self.user_sends_file(user_id, name, data, "application/octet-stream")

    def user_sends_sticker(self, user_id: int) -> dict[str, Any]:
        chat = self._chat(user_id, "private", "Lan")
        message = {
            "message_id": next(self._message_ids),
            "from": {"id": user_id, "is_bot": False, "first_name": "Lan"},
            "chat": chat,
            "date": int(time.time()),
            "sticker": {
                "file_id": "st1", "file_unique_id": "st1u", "type": "regular",
                "width": 512, "height": 512, "is_animated": False, "is_video": False,
            },
        }  # fmt: skip
        return self.push_raw_update({"update_id": next(self._update_ids), "message": message})

    def user_sends_file(
        self, user_id: int, name: str, data: bytes, mime_type: str, caption: str | None = None
    ) -> dict[str, Any]:
        """A user sends a file (a Document) in their private chat; the bot may fetch its bytes
        with getFile and the file URL, as on Telegram."""
        number = len(self._files) + 1
        file_id = f"BQACAgIAAxkBAAI{number:04d}"
        self._files[file_id] = (f"documents/file_{number}{Path(name).suffix}", data)
        chat = self._chat(user_id, "private", "Lan")
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "from": {"id": user_id, "is_bot": False, "first_name": "Lan"},
            "chat": chat,
            "date": int(time.time()),
            "document": {
                "file_id": file_id, "file_unique_id": f"AgAD{number:04d}", "file_name": name,
                "mime_type": mime_type, "file_size": len(data),
            },
        }  # fmt: skip
        if caption:
            message["caption"] = caption
        return self.push_raw_update({"update_id": next(self._update_ids), "message": message})

    def user_presses(
        self, user_id: int, message: "int | Sent", callback_data: str
    ) -> dict[str, Any]:
        """A user presses a button under one of the bot's messages (a Sent or its message_id)."""
        if isinstance(message, int):
            message = next(m for m in self.sent if m.message_id == message)
        sent = message
        query_id = f"cq{next(self._callback_ids)}"
        self._callbacks.add(query_id)
        query = {
            "id": query_id,
            "from": {"id": user_id, "is_bot": False, "first_name": "Lan"},
            "message": self._as_message(sent),
            "chat_instance": "ci-1",
            "data": callback_data,
        }
        return self.push_raw_update({"update_id": next(self._update_ids), "callback_query": query})

    def push_raw_update(self, update: dict[str, Any], redeliver: bool = False) -> dict[str, Any]:
        """Queue an update for getUpdates as is. `redeliver` plays Telegram sending an update
        again whose acknowledgement it lost: it is returned once more whatever the offset."""
        (self._redelivered if redeliver else self._updates).append(update)
        asyncio.get_running_loop().create_task(self._notify())
        return update

    async def deliver_to_webhook(self, update: dict[str, Any], secret: str | None = "right") -> int:
        """POST an update to the registered webhook as Telegram does; returns the HTTP status."""
        headers = {}
        if secret == "right":
            secret = self.webhook.get("secret_token")
        if secret is not None:
            headers["X-Telegram-Bot-Api-Secret-Token"] = secret
        async with (
            aiohttp.ClientSession() as session,
            session.post(self.webhook["url"], json=update, headers=headers) as response,
        ):
            return response.status

    # What tests read

    def messages(self, chat_id: int) -> list[Sent]:
        return [m for m in self.sent if m.chat_id == chat_id]

    def errors(self) -> list[tuple[str, dict[str, Any], int]]:
        return [r for r in self.requests if r[2] != 200]

    async def wait_for(self, condition: Callable[[], bool], within: float = 10.0) -> None:
        async def until() -> None:
            async with self._changed:
                await self._changed.wait_for(condition)

        await asyncio.wait_for(until(), within)

    async def wait_for_messages(self, chat_id: int, count: int, within: float = 10.0) -> list[Sent]:
        """The chat's messages once there are at least `count`; TimeoutError after `within` s."""
        await self.wait_for(lambda: len(self.messages(chat_id)) >= count, within)
        return self.messages(chat_id)

    def fail_next(self, method: str, times: int = 1, retry_after: int = 1) -> None:
        """Answer the next `times` calls of `method` with 429 Too Many Requests."""
        self.failures.setdefault(method, []).extend([retry_after] * times)

    # The API

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if request.content_type == "application/json":
            body = await request.text()
            params = json.loads(body) if body else {}
        else:
            form = await request.post()
            files = {k: v for k, v in form.items() if isinstance(v, web.FileField)}
            params = _decode(method, {k: str(v) for k, v in form.items() if k not in files})
            params.update(
                {k: Uploaded(method, v.filename, v.file.read()) for k, v in files.items()}
            )
        try:
            if request.match_info["token"] != self.token:
                raise ApiError(401, "Unauthorized")
            check_against_spec(method, params)
            if self.failures.get(method):
                retry = self.failures[method].pop(0)
                raise ApiError(429, f"Too Many Requests: retry after {retry}", retry)
            result = await self._call(method, params)
            status, payload = 200, {"ok": True, "result": result}
        except ApiError as exc:
            status = exc.code
            payload = {"ok": False, "error_code": exc.code, "description": exc.description}
            if exc.retry_after is not None:
                payload["parameters"] = {"retry_after": exc.retry_after}
        self.requests.append((method, params, status))
        await self._notify()
        return web.json_response(payload, status=status)

    async def _download(self, request: web.Request) -> web.Response:
        """GET /file/bot<token>/<file_path>: the bytes of a file getFile described."""
        if request.match_info["token"] != self.token:
            return web.Response(status=401, text="Unauthorized")
        path = request.match_info["path"]
        found = next((data for p, data in self._files.values() if p == path), None)
        if found is None:
            return web.Response(status=404, text="Not Found")
        self.downloads.append(path)
        return web.Response(body=found, content_type="application/octet-stream")

    async def _call(self, method: str, p: dict[str, Any]) -> Any:
        if method == "getMe":
            return BOT_USER
        if method == "getUpdates":
            return await self._get_updates(p)
        if method == "setWebhook":
            self.webhook = {"url": p["url"], "secret_token": p.get("secret_token")}
            return True
        if method == "deleteWebhook":
            self.webhook = {}
            return True
        if method == "getWebhookInfo":
            return {"url": self.webhook.get("url", ""), "has_custom_certificate": False,
                    "pending_update_count": 0}  # fmt: skip
        if method in ("setMyCommands", "deleteMyCommands"):
            for command in p.get("commands", []):
                if not re.fullmatch(r"[a-z0-9_]{1,32}", command.get("command", "")):
                    raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
                if not 1 <= len(command.get("description", "")) <= 256:
                    raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
            scope = p.get("scope") or {"type": "default"}
            if scope["type"] == "chat":  # one chat's own menu, over the default one
                self._known_chat(scope["chat_id"])
                if method == "setMyCommands":
                    self.chat_commands[int(scope["chat_id"])] = list(p["commands"])
                else:
                    self.chat_commands.pop(int(scope["chat_id"]), None)
                return True
            if scope["type"] != "default":
                raise ApiError(501, f"Not Implemented in the fake: scope {scope['type']}")
            self.commands = list(p.get("commands", []))
            return True
        if method == "getMyCommands":
            return self.commands
        if method == "getFile":
            if p["file_id"] not in self._files:
                raise ApiError(400, "Bad Request: invalid file_id")
            path, data = self._files[p["file_id"]]
            return {"file_id": p["file_id"], "file_unique_id": p["file_id"] + "u",
                    "file_size": len(data), "file_path": path}  # fmt: skip
        if method == "sendChatAction":
            self._known_chat(p["chat_id"])
            return True
        if method == "answerCallbackQuery":
            if p["callback_query_id"] not in self._callbacks:
                raise ApiError(400, "Bad Request: query is too old and response timeout expired "
                               "or query ID is invalid")  # fmt: skip
            self._callbacks.discard(p["callback_query_id"])
            return True
        if method == "sendMessage":
            return self._as_message(self._store(p))
        if method in ("sendDocument", "sendPhoto"):
            return self._as_message(self._store_file(method, p))
        if method in ("editMessageText", "editMessageReplyMarkup"):
            return self._edit(method, p)
        raise ApiError(501, f"Not Implemented in the fake: {method}")

    async def _get_updates(self, p: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook.get("url"):
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = int(p.get("offset", 0))
        self._updates = [u for u in self._updates if u["update_id"] >= offset]
        if self._redelivered:
            again, self._redelivered = self._redelivered, []
            return again
        allowed = p.get("allowed_updates")
        if allowed:  # Telegram never delivers the kinds the bot did not ask for
            self._updates = [u for u in self._updates if set(u) - {"update_id"} <= set(allowed)]
        timeout = min(float(p.get("timeout", 0)), 0.25)  # short, so tests stop quickly
        if not self._updates and timeout > 0:
            with contextlib.suppress(TimeoutError):
                await self.wait_for(lambda: bool(self._updates), timeout)
        return self._updates[: int(p.get("limit", 100))]

    def _store(self, p: dict[str, Any]) -> Sent:
        chat = self._known_chat(p["chat_id"])
        raw = p["text"]
        shown = html_to_text(raw) if p.get("parse_mode") == "HTML" else raw
        if not shown.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if utf16_length(shown) > 4096:
            raise ApiError(400, "Bad Request: message is too long")
        markup = p.get("reply_markup")
        self._check_markup(markup)
        sent = Sent(chat["id"], next(self._message_ids), shown, raw, p.get("parse_mode"), markup)
        self.sent.append(sent)
        return sent

    @property
    def documents(self) -> list[tuple[int, str, bytes]]:
        """The files the bot sent with sendDocument: chat, name, bytes."""
        return [
            (m.chat_id, m.file.name, m.file.data)
            for m in self.sent
            if m.file is not None and m.file.method == "sendDocument"
        ]

    def _store_file(self, method: str, p: dict[str, Any]) -> Sent:
        chat = self._known_chat(p["chat_id"])
        upload = p["document" if method == "sendDocument" else "photo"]
        if not isinstance(upload, Uploaded) or not upload.data:
            raise ApiError(400, "Bad Request: file must be uploaded and non-empty")
        if method == "sendPhoto" and not upload.data.startswith(b"\x89PNG"):
            raise ApiError(400, "Bad Request: IMAGE_PROCESS_FAILED")
        caption = p.get("caption", "")
        if utf16_length(caption) > 1024:
            raise ApiError(400, "Bad Request: message caption is too long")
        markup = p.get("reply_markup")
        self._check_markup(markup)
        sent = Sent(
            chat["id"], next(self._message_ids), caption, caption, p.get("parse_mode"), markup,
            upload,
        )  # fmt: skip
        self.sent.append(sent)
        return sent

    def _edit(self, method: str, p: dict[str, Any]) -> dict[str, Any]:
        chat = self._known_chat(p.get("chat_id"))
        found = next(
            (
                m
                for m in self.sent
                if m.chat_id == chat["id"] and m.message_id == p.get("message_id")
            ),
            None,
        )
        if found is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        self._check_markup(p.get("reply_markup"))
        if method == "editMessageText":
            found.raw_text = p["text"]
            found.text = html_to_text(p["text"]) if p.get("parse_mode") == "HTML" else p["text"]
        found.reply_markup = p.get("reply_markup")
        return self._as_message(found)

    @staticmethod
    def _check_markup(markup: Any) -> None:
        if markup is None:
            return
        for row in markup.get("inline_keyboard", []):
            for button in row:
                if not button.get("text"):
                    raise ApiError(
                        400, "Bad Request: text buttons are unallowed in the inline keyboard"
                    )
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode()) <= 64:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")

    def _chat(self, chat_id: int, chat_type: str, name: str) -> dict[str, Any]:
        chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat["first_name"] = name
        else:
            chat["title"] = "Phòng Đất đai"
        self._chats[chat_id] = chat
        return chat

    def _known_chat(self, chat_id: Any) -> dict[str, Any]:
        try:
            key = int(chat_id)
        except (TypeError, ValueError):
            raise ApiError(400, "Bad Request: chat not found") from None
        if key in self.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        if key not in self._chats:
            raise ApiError(400, "Bad Request: chat not found")
        return self._chats[key]

    def _as_message(self, sent: Sent) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": sent.message_id,
            "from": BOT_USER,
            "chat": self._chats[sent.chat_id],
            "date": int(time.time()),
        }
        if sent.file is None:
            message["text"] = sent.text
        elif sent.file.method == "sendDocument":
            message["document"] = {"file_id": f"doc{sent.message_id}",
                                   "file_unique_id": f"d{sent.message_id}",
                                   "file_name": sent.file.name}  # fmt: skip
        else:
            message["photo"] = [{"file_id": f"ph{sent.message_id}",
                                 "file_unique_id": f"p{sent.message_id}",
                                 "width": 800, "height": 600}]  # fmt: skip
        if sent.file is not None and sent.text:
            message["caption"] = sent.text
        if sent.reply_markup:
            message["reply_markup"] = sent.reply_markup
        return message

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()
