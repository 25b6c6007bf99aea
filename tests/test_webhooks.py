"""Webhook abuse on both channels, over a raw socket: the secret is checked before the body is
read, a body larger than an update is refused unread, garbage is a 400 (never a 500 and a
traceback), and a real update still gets through afterwards."""

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.clock import FixedClock
from bot.settings import Settings
from knowledge import KnowledgeBase
from tests.fakes import free_port
from tests.fakes.telegram_api import FakeTelegram
from tests.fakes.zalo_api import FakeZalo
from tests.test_telegram import start_bot as start_telegram
from tests.test_telegram import telegram_settings
from tests.test_zalo import start_bot as start_zalo
from tests.test_zalo import zalo_settings

SECRET = "bi-mat-webhook-123"
HUGE = 90 * 1024 * 1024


@dataclass
class Endpoint:
    port: int
    path: str
    header: str
    valid_update: dict[str, Any]
    replies: Any  # () -> number of messages the bot sent


async def post(
    endpoint: Endpoint, body: bytes, secret: str | None = SECRET, length: int | None = None
) -> int:
    """POST as a client would, declaring `length` bytes (default: the body's); the status."""
    reader, writer = await asyncio.open_connection("127.0.0.1", endpoint.port)
    head = [
        f"POST {endpoint.path} HTTP/1.1",
        "Host: 127.0.0.1",
        "Content-Type: application/json",
        f"Content-Length: {len(body) if length is None else length}",
    ]
    if secret is not None:
        head.append(f"{endpoint.header}: {secret}")
    writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + body)
    await writer.drain()
    status = await asyncio.wait_for(reader.readline(), 5)  # not waiting for the 90 MB
    writer.close()
    with contextlib.suppress(ConnectionError):
        await writer.wait_closed()
    return int(status.split()[1])


@pytest.fixture(params=["telegram", "zalo"])
async def endpoint(
    request: pytest.FixtureRequest, tmp_path: Path, kb: KnowledgeBase, clock: FixedClock
) -> AsyncIterator[Endpoint]:
    port = free_port()
    common = {"WEBHOOK_SECRET": SECRET, "WEBHOOK_PORT": str(port)}
    if request.param == "telegram":
        async with FakeTelegram() as tg:
            url = f"http://127.0.0.1:{port}/tg"
            settings = telegram_settings(tmp_path, tg, TELEGRAM_WEBHOOK_URL=url, **common)
            tg._chat(1001, "private", "Lan")
            update = {
                "update_id": 900,
                "message": {
                    "message_id": 1, "date": 0, "text": "/help",
                    "from": {"id": 1001, "is_bot": False, "first_name": "Lan"},
                    "chat": {"id": 1001, "type": "private", "first_name": "Lan"},
                },
            }  # fmt: skip
            async for _harness in start_telegram(tg, settings, kb, clock):
                yield Endpoint(
                    port, "/tg", "X-Telegram-Bot-Api-Secret-Token", update,
                    lambda: len(tg.sent),
                )  # fmt: skip
    else:
        async with FakeZalo() as zalo:
            url = f"http://127.0.0.1:{port}/zalo"
            settings = zalo_settings(tmp_path, zalo, ZALO_WEBHOOK_URL=url, **common)
            update = zalo.message("e4ea2cd5189df1c3a88c", "message.text.received", text="/help")
            async for _harness in start_zalo(zalo, settings, kb, clock):
                yield Endpoint(
                    port, "/zalo", "X-Bot-Api-Secret-Token", update, lambda: len(zalo.sent)
                )


async def test_the_secret_is_checked_before_the_body_is_read(endpoint: Endpoint) -> None:
    assert await post(endpoint, b"", secret=None, length=HUGE) == 403
    assert await post(endpoint, b"x" * 1000, secret="sai", length=HUGE) == 403


async def test_a_body_larger_than_an_update_is_refused_unread(endpoint: Endpoint) -> None:
    assert await post(endpoint, b"", length=HUGE) == 413
    assert await post(endpoint, b"{" + b" " * (2 << 20) + b"}") == 413


GARBAGE = [
    b"{not json", b"\xff\xfe{}", b'{"text": "\xc3("}', b"[1, 2]", b'"update"', b"null", b"",
    b"[" * 50_000 + b"]" * 50_000,  # deeper than the parser goes
    b'{"a": ' + b"[" * 40 + b"]" * 40 + b"}",  # deeper than an update is
]  # fmt: skip


@pytest.mark.parametrize("body", GARBAGE)
async def test_garbage_with_the_right_secret_is_a_400(endpoint: Endpoint, body: bytes) -> None:
    assert await post(endpoint, body) == 400


async def test_a_real_update_still_gets_through(endpoint: Endpoint) -> None:
    assert await post(endpoint, b"{not json") == 400
    before = endpoint.replies()
    assert await post(endpoint, json.dumps(endpoint.valid_update).encode()) == 200
    # 200 comes after the commit; the reply follows from the chat's sender.
    for _ in range(200):
        if endpoint.replies() > before:
            break
        await asyncio.sleep(0.01)
    assert endpoint.replies() == before + 1


def test_the_webhook_listens_on_the_loopback_by_default() -> None:
    assert Settings.from_env({}).webhook_listen == "127.0.0.1"
