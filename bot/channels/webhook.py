"""The webhook endpoint both messengers post updates to, behind the operator's reverse proxy.

The secret header is checked before a byte of the body is read; a body larger than an update
can be is refused; a body that is not UTF-8 JSON object of modest depth is a 400, never a
traceback. The platform gets its 200 only after the update's effects are committed, so an
update that failed is posted again.
"""

import hmac
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

log = logging.getLogger(__name__)

MAX_BODY = 1 << 20  # 1 MiB: an update is a few kilobytes
MAX_DEPTH = 32


class BadUpdate(ValueError):
    """A body that is not an update this bot can read."""


def parse_body(raw: bytes) -> dict[str, Any]:
    """The body as a JSON object; BadUpdate for anything else."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BadUpdate(type(exc).__name__) from None
    if not isinstance(data, dict):
        raise BadUpdate("not an object")
    if _depth(data) > MAX_DEPTH:
        raise BadUpdate("nested too deep")
    return data


def _depth(value: Any) -> int:
    deepest, level = 0, [value]
    while level:
        deepest += 1
        if deepest > MAX_DEPTH:
            return deepest
        children: list[Any] = []
        for item in level:
            if isinstance(item, dict):
                children.extend(item.values())
            elif isinstance(item, list):
                children.extend(item)
        level = [c for c in children if isinstance(c, dict | list)]
    return deepest


class WebhookServer:
    def __init__(
        self,
        path: str,
        secret_header: str,
        secret: str,
        accept: Callable[[dict[str, Any]], Awaitable[None]],
        listen: str,
        port: int,
    ) -> None:
        self.path = path or "/"
        self.secret_header = secret_header
        self._secret = secret.encode()
        self._accept = accept
        self.listen, self.port = listen, port
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        app = web.Application(client_max_size=MAX_BODY)
        app.router.add_post(self.path, self._on_post)
        # A stop waits this long at most for updates being taken (each takes milliseconds).
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=2.0)
        await self._runner.setup()
        try:
            await web.TCPSite(self._runner, self.listen, self.port).start()
        except BaseException:
            await self.stop()
            raise

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _on_post(self, request: web.Request) -> web.Response:
        given = request.headers.get(self.secret_header, "").encode()
        if not hmac.compare_digest(given, self._secret):
            return _answer(403, "Forbidden")
        if request.content_length is not None and request.content_length > MAX_BODY:
            return _answer(413, "Request Entity Too Large")
        try:
            raw = await request.read()
        except web.HTTPRequestEntityTooLarge:
            return _answer(413, "Request Entity Too Large")
        try:
            await self._accept(parse_body(raw))
        except BadUpdate as exc:
            log.warning("webhook: refused a body (%s)", exc)
            return _answer(400, "Bad Request")
        except Exception:
            log.exception("webhook: update not handled; the platform will post it again")
            return _answer(500, "Internal Server Error")
        return web.json_response({"ok": True})


def _answer(status: int, description: str) -> web.Response:
    """A refusal; the connection is closed, so an unread body is never waited for."""
    response = web.json_response({"ok": False, "description": description}, status=status)
    response.force_close()
    return response
