"""Messages the office's desk sends to other people: review notices, nudges, announcements.

Handlers only queue them (one row per recipient, unique per message and recipient, written
in the database with the change that caused them). A sender claims each row right before
sending it through the channel's `Outbox` (and so its rate limiter) and records how it went:
delivered, blocked (the person blocked the bot) or failed. A restart resumes with the rows
still queued; a row a dead process had claimed is reported failed, never sent twice.

This is the one place that delivers queued office messages; it can be re-pointed onto a shared
outbox without touching the handlers (they call `queue_to` and `wake`).
"""

import asyncio
import datetime as dt
import logging
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from bot.delivery import Outbox, Undeliverable
from bot.messages import Choice, Reply

if TYPE_CHECKING:
    from bot.context import AppContext

log = logging.getLogger(__name__)

LEASE = dt.timedelta(minutes=5)
POLL_SECONDS = 5.0


class Deliveries:
    """The channels' outboxes, and a bell that wakes the sender when something is queued."""

    def __init__(self) -> None:
        self.outboxes: dict[str, Outbox] = {}
        self.bell = asyncio.Event()

    def attach(self, channel: str, outbox: Outbox) -> None:
        self.outboxes[channel] = outbox

    def wake(self) -> None:
        self.bell.set()


def encode(replies: Sequence[Reply]) -> list[dict[str, Any]]:
    return [{"text": r.text, "choices": [[c.label, c.value] for c in r.choices]} for r in replies]


def decode(body: Sequence[Mapping[str, Any]]) -> list[Reply]:
    return [
        Reply(
            str(item["text"]),
            tuple(Choice(str(label), str(value)) for label, value in item.get("choices", [])),
        )
        for item in body
    ]


async def queue_to(
    ctx: "AppContext", source: str, channel: str, user_id: str, replies: Sequence[Reply]
) -> bool:
    """Queue replies for one person's private chat; False if they never wrote to the bot."""
    chat_id = await ctx.storage.office.chat_of(channel, user_id)
    if chat_id is None:
        return False
    if await ctx.storage.office.queue(source, [(channel, user_id, chat_id)], encode(replies)):
        ctx.deliveries.wake()
    return True


def report_text(announcement: int, counts: Mapping[str, int]) -> str:
    return (
        f"Kết quả gửi thông báo số {announcement}: {counts.get('delivered', 0)} người đã nhận, "
        f"{counts.get('blocked', 0)} người đã chặn bot, "
        f"{counts.get('failed', 0)} người không gửi được."
    )


async def report_finished(ctx: "AppContext") -> int:
    """Tell the author of each announcement whose sending has ended how it went (once);
    the number of reports queued now."""
    store = ctx.storage.office
    queued = 0
    for announcement in await store.finished_announcements():
        author = await store.announcement_author(announcement)
        chat_id = await store.chat_of(*author.split(":", 1)) if author else None
        if author is None or chat_id is None:
            continue
        channel, _, user_id = author.partition(":")
        text = report_text(announcement, await store.report(f"announcement:{announcement}"))
        source = f"report:announcement:{announcement}"
        queued += await store.queue(source, [(channel, user_id, chat_id)], encode([Reply(text)]))
    return queued


async def send_queued(ctx: "AppContext", limit: int | None = None) -> int:
    """Send what is queued for the attached channels, one row at a time; the number sent."""
    store, outboxes = ctx.storage.office, ctx.deliveries.outboxes
    expired = await store.expire(ctx.clock.now())
    done, reported = 0, False
    while limit is None or done < limit:
        claimed = await store.claim(outboxes, ctx.clock.now(), LEASE)
        if not claimed:
            # Announcements finished by this round are reported to their authors, once.
            if reported or not (done or expired) or not await report_finished(ctx):
                break
            reported = True
            continue
        item = claimed[0]
        try:
            await outboxes[item.channel].send(item.chat_id, decode(item.body))
            status = "delivered"
        except Undeliverable:
            status = "blocked"
        except Exception:
            log.exception("office delivery %s to %s failed", item.id, item.chat_id)
            status = "failed"
        await store.settle(item.id, status, ctx.clock.now())
        done += 1
    return done


async def run_sender(ctx: "AppContext", stop: asyncio.Event) -> None:
    """Send queued office messages until `stop`: at once when rung, else every few seconds."""
    bell = ctx.deliveries.bell
    while not stop.is_set():
        bell.clear()
        try:
            await send_queued(ctx)
        except Exception:
            log.exception("office deliveries: sending round failed")
        waiters = [asyncio.ensure_future(bell.wait()), asyncio.ensure_future(stop.wait())]
        await asyncio.wait(waiters, timeout=POLL_SECONDS, return_when=asyncio.FIRST_COMPLETED)
        for waiter in waiters:
            waiter.cancel()
