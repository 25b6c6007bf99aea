"""Pacing outgoing messages under a messenger's limits: so many per second overall, and at
most one per interval in any one chat. Callers wait their turn in the order they asked."""

import asyncio
import time
from collections.abc import Awaitable, Callable


class RateLimiter:
    def __init__(
        self,
        per_second: float = 30.0,
        chat_interval: float = 1.0,
        now: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.gap = 1.0 / per_second
        self.chat_interval = chat_interval
        self._now = now
        self._sleep = sleep
        self._next_any = 0.0
        self._next_in_chat: dict[str, float] = {}

    async def wait(self, chat_id: str | None = None) -> None:
        """Wait until one more message may be sent (to this chat, when given)."""
        now = self._now()
        slot = max(now, self._next_any)
        if chat_id is not None:
            slot = max(slot, self._next_in_chat.get(chat_id, 0.0))
            self._next_in_chat[chat_id] = slot + self.chat_interval
            if len(self._next_in_chat) > 10_000:
                self._forget_before(now)
        self._next_any = slot + self.gap
        if slot > now:
            await self._sleep(slot - now)

    def hold(self, seconds: float) -> None:
        """Send nothing for a while: the server asked us to slow down (HTTP 429)."""
        self._next_any = max(self._next_any, self._now() + seconds)

    def _forget_before(self, now: float) -> None:
        self._next_in_chat = {c: t for c, t in self._next_in_chat.items() if t > now}
