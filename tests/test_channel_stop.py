"""Stopping a channel: the polling loop, the webhook server and background calls all end."""

import asyncio

from bot.channels.updates import cancel_all, stop_receiving
from bot.channels.webhook import WebhookServer


async def forever() -> None:
    await asyncio.Event().wait()


async def test_stop_receiving_ends_the_poller_and_the_webhook() -> None:
    poller = asyncio.create_task(forever())
    server = WebhookServer("/hook", "X-Secret", "s", lambda body: forever(), "127.0.0.1", 0)
    await server.start()
    await asyncio.sleep(0)
    await stop_receiving(poller, server)
    assert poller.cancelled()
    assert server._runner is None
    await stop_receiving(None, None)  # nothing running: nothing to do


async def test_cancel_all_waits_for_every_task() -> None:
    tasks = {asyncio.create_task(forever()) for _ in range(3)}
    await asyncio.sleep(0)
    await cancel_all(tasks)
    assert all(t.done() for t in tasks)
