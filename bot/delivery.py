"""How the core's services (reminders) send a message without knowing the channel."""

import asyncio
from collections.abc import Sequence
from typing import Protocol

from bot.messages import Reply


class Undeliverable(Exception):
    """The chat cannot receive messages any more (the user blocked the bot, the chat is gone).

    Other exceptions from `send` are taken as passing trouble, worth another try later.
    """


class ChannelError(RuntimeError):
    """The channel cannot start (a rejected token, an unreachable API); one line for the operator."""


class Outbox(Protocol):
    async def send(self, chat_id: str, replies: Sequence[Reply]) -> None:
        """Deliver the replies to a chat, in order, through the channel's rate limiter."""
        ...


class Channel(Outbox, Protocol):
    """A messenger connection: receives updates for the core between start and stop."""

    async def start(self) -> None: ...

    async def stop(self) -> None: ...


async def serve_until(channel: Channel, stop: asyncio.Event) -> None:
    """Run a channel until `stop` is set, then stop it whatever happened."""
    await channel.start()
    try:
        await stop.wait()
    finally:
        await channel.stop()
