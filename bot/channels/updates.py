"""What the messenger channels share about receiving updates."""

import asyncio
import contextlib
import hashlib
from collections.abc import Iterable
from typing import Any

from bot.channels.webhook import WebhookServer
from bot.settings import Settings


class HandledCount:
    """How many updates a channel has fully handled (answered or skipped): for monitoring,
    and for tests to wait on instead of sleeping."""

    def __init__(self) -> None:
        self.count = 0
        self._changed = asyncio.Condition()

    async def add_one(self) -> None:
        async with self._changed:
            self.count += 1
            self._changed.notify_all()

    async def reach(self, count: int) -> None:
        async with self._changed:
            await self._changed.wait_for(lambda: self.count >= count)


def webhook_secret(settings: Settings, token: str) -> str:
    """The configured secret, else one derived from the token: the check is never off."""
    return settings.webhook_secret or hashlib.sha256(token.encode()).hexdigest()[:48]


async def stop_receiving(poller: asyncio.Task[None] | None, webhook: WebhookServer | None) -> None:
    """Stop whichever way the channel receives updates: the polling loop or the webhook."""
    if poller is not None:
        poller.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await poller
    if webhook is not None:
        await webhook.stop()


async def cancel_all(tasks: Iterable[asyncio.Task[Any]]) -> None:
    """Cancel background tasks (courtesy calls, typing notices) and wait until they end."""
    for task in list(tasks):
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
