"""Messages the office's desk sends to other people (review and role notices, nudges,
announcements) and the report an announcement's author gets: all of them rows of the one
outbox, queued in the handler's transaction and sent by a `Courier` like every other message.

Each row has a key per message and recipient, so a person gets a message once however often
it is queued; its `ref` names the source ("notice:<event>", "announcement:<n>") and is how an
announcement's outcome is counted: sent → delivered, given up because the chat cannot receive
messages → blocked, given up after errors → failed. When none of an announcement's rows is
pending any more, its author is told the outcome, once.

Quiet hours: the reminder service holds reminders, announcements and nudges between 21:00
and 07:00 (see `bot.reminders.QUIET_KINDS`); notices that answer what someone just did (a
review, a role) and the author's report go at once.
"""

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from bot.courier import Courier, Delivered
from bot.messages import Reply

if TYPE_CHECKING:
    from bot.context import AppContext

log = logging.getLogger(__name__)


def announcement_ref(number: int) -> str:
    return f"announcement:{number}"


async def queue_to(
    ctx: "AppContext",
    kind: str,
    ref: str,
    channel: str,
    user_id: str,
    replies: Sequence[Reply],
) -> bool:
    """Queue replies for one person's private chat and ring the bell; False if they never
    wrote to the bot. The same `ref` queued again for the same person adds nothing."""
    chat_id = await ctx.storage.office.chat_of(channel, user_id)
    if chat_id is None:
        return False
    key = f"{ref}:{channel}:{user_id}"
    await ctx.storage.outbox.enqueue(kind, channel, chat_id, replies, key, ctx.clock.now(), ref=ref)
    ctx.sending.wake()
    return True


async def announce(
    ctx: "AppContext", text: str, audience: str, recipients: Sequence[tuple[str, str, str]],
    actor: str,
) -> int:  # fmt: skip
    """Store an announcement and queue it for each (channel, user_id, chat_id), in one
    transaction, then ring the bell; returns its number."""
    now = ctx.clock.now()
    async with ctx.storage.transaction():
        number = await ctx.storage.office.announce(text, audience, actor, now)
        ref = announcement_ref(number)
        messages = [
            (channel, chat_id, f"{ref}:{channel}:{user_id}", Reply(text))
            for channel, user_id, chat_id in recipients
        ]
        await ctx.storage.outbox.enqueue_many("announcement", messages, now, ref=ref)
    ctx.sending.wake()
    return number


def counts_of(outcomes: Mapping[str, int]) -> dict[str, int]:
    """An announcement's outbox outcomes as the office reads them."""
    return {
        "pending": outcomes.get("pending", 0),
        "delivered": outcomes.get("sent", 0),
        "blocked": outcomes.get("undeliverable", 0),
        "failed": outcomes.get("failed", 0),
    }


async def outcome(ctx: "AppContext", number: int) -> dict[str, int]:
    """pending, delivered, blocked, failed: kept with the announcement once reported (its
    outbox rows are dropped a week later), else counted from the rows."""
    kept = await ctx.storage.office.reported_counts(number)
    if kept is not None:
        return {"pending": 0, **kept}
    return counts_of(await ctx.storage.outbox.outcomes(announcement_ref(number)))


def report_text(announcement: int, counts: Mapping[str, int]) -> str:
    return (
        f"Kết quả gửi thông báo số {announcement}: {counts.get('delivered', 0)} người đã nhận, "
        f"{counts.get('blocked', 0)} người đã chặn bot, "
        f"{counts.get('failed', 0)} người không gửi được."
    )


async def report_finished(ctx: "AppContext") -> int:
    """Tell the author of each announcement none of whose rows is pending how it went, once:
    the counts are kept and the report queued in one transaction. The number queued now."""
    storage, queued = ctx.storage, 0
    for number, author in await storage.office.unreported_announcements():
        counts = counts_of(await storage.outbox.outcomes(announcement_ref(number)))
        if counts.pop("pending"):
            continue
        channel, _, user_id = author.partition(":")
        async with storage.transaction():
            if not await storage.office.mark_reported(number, counts, ctx.clock.now()):
                continue  # another process reported it
            ref = f"report:{announcement_ref(number)}"
            queued += await queue_to(
                ctx, "report", ref, channel, user_id, [Reply(report_text(number, counts))]
            )
    return queued


async def send_now(
    ctx: "AppContext",
    courier: Courier,
    held_kinds: Sequence[str] = (),
    stop: asyncio.Event | None = None,
    limit: int | None = None,
) -> Delivered:
    """Drain the outbox through `courier`, then report announcements that have finished and
    send those reports too."""
    result = await courier.drain(stop, held_kinds, limit)
    tried = result.sent + result.failed + result.retrying
    if (stop and stop.is_set()) or (limit is not None and tried >= limit):
        return result
    if await report_finished(ctx):
        more = await courier.drain(stop, held_kinds, None if limit is None else limit - tried)
        result.sent += more.sent
        result.failed += more.failed
        result.retrying += more.retrying
        result.outcomes.update(more.outcomes)
    return result


async def run_on_wake(
    ctx: "AppContext", stop: asyncio.Event, drain: Callable[[], Awaitable[object]]
) -> None:
    """Until `stop`: whenever the bell rings, `drain` (e.g. `send_now` through a courier)."""
    bell = ctx.sending.bell
    while not stop.is_set():
        waiters = [asyncio.ensure_future(bell.wait()), asyncio.ensure_future(stop.wait())]
        await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
        for waiter in waiters:
            waiter.cancel()
        if stop.is_set():
            break
        bell.clear()
        try:
            await drain()
        except Exception:
            log.exception("sending queued messages failed")
