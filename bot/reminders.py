"""The reminder service: a sweep, every minute inside the running bot, that decides which
reminders have fallen due, records them, then sends them through each person's channel.

A reminder for a lead time of N days goes out at 08:00 on the day N days before the deadline
(N = 0: the morning of the deadline day). It is written to the database as planned; then, in
small batches, each planned reminder is composed and handed to the outbox in one transaction
that also marks it queued, so two processes sharing the database never queue it twice; the
outbox's claims make sure only one of them sends it. What fell due while the bot was down is
sent once on the next sweep, while the deadline is still ahead; if several lead times fell
due, only the latest is sent, and nobody gets two reminders for one deadline on the same day.
Nothing is sent between 21:00 and 07:00: it waits for the morning, and so do the office's
announcements and nudges (QUIET_KINDS); a notice answering what someone just did is sent.
The sweep yields to the event loop between batches and stops between two messages when asked
to. Beside the sweep, the service drains the outbox at once when a handler rings
`AppContext.sending` (the office's desk queued a notice or an announcement).
"""

import asyncio
import contextlib
import datetime as dt
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass

from bot.context import AppContext
from bot.courier import Courier, Delivered
from bot.delivery import Outbox
from bot.messages import Reply
from bot.notices import report_finished, run_on_wake, send_now
from bot.storage.reminders import Due, Reminder
from knowledge.deadlines import Deadline

log = logging.getLogger(__name__)

REMOTE_CHANNELS = ("telegram", "zalo")  # the console cannot be written to unasked
LEAD_CHOICES = (14, 7, 3, 1, 0)  # days before a deadline a person may ask to be reminded
SEND_AT = dt.time(8, 0)
QUIET_FROM = dt.time(21, 0)
QUIET_UNTIL = dt.time(7, 0)
BATCH = 10  # reminders composed per transaction: a short hold on the database
# Outbox kinds held back in the quiet hours: what nobody asked for at that moment.
QUIET_KINDS = ("reminder", "announcement", "nudge")

# What a reminder says to one person, or None when it no longer concerns them.
Composer = Callable[[Reminder, Deadline, AppContext], Awaitable[Reply | None]]


def send_time(deadline_at: dt.datetime, lead_days: int) -> dt.datetime:
    """When the reminder N days ahead of a deadline is due (naive local time)."""
    return dt.datetime.combine(deadline_at.date() - dt.timedelta(days=lead_days), SEND_AT)


def is_quiet(local: dt.datetime) -> bool:
    return local.time() >= QUIET_FROM or local.time() < QUIET_UNTIL


def due_now(deadlines: Sequence[Deadline], local_now: dt.datetime) -> list[Due]:
    """Deadlines still ahead with the lead times whose moment has come, latest first."""
    found = []
    for deadline in deadlines:
        if local_now >= deadline.at:
            continue
        leads = tuple(
            lead
            for lead in sorted(LEAD_CHOICES)
            if send_time(deadline.at, lead) <= local_now
            and send_time(deadline.at, lead) < deadline.at
        )
        if leads:
            found.append(Due(deadline, leads))
    return found


@dataclass
class SweepResult:
    planned: int = 0
    queued: int = 0
    sent: int = 0
    skipped: int = 0
    failed: int = 0
    retrying: int = 0
    quiet: bool = False
    unchanged: bool = False  # nothing written since the last sweep: nothing new to plan


class ReminderService:
    def __init__(
        self,
        ctx: AppContext,
        outboxes: Mapping[str, Outbox],
        compose: Composer,
        interval: float = 60.0,
        channels: Sequence[str] | None = None,  # default: those with an outbox
        courier: Courier | None = None,
    ) -> None:
        self.ctx = ctx
        self.outboxes = dict(outboxes)
        self.channels = list(channels if channels is not None else outboxes)
        self.compose = compose
        self.interval = interval
        self.store = ctx.storage.reminders
        self.courier = courier or Courier(ctx.storage, ctx.clock, self.outboxes)
        self._steady: tuple[object, tuple[int, int]] | None = None
        self._draining = asyncio.Lock()  # the sweep and a wake-up drain by turns: chats in order

    def local_now(self) -> dt.datetime:
        return self.ctx.clock.now().astimezone(self.ctx.settings.tz).replace(tzinfo=None)

    def held_kinds(self) -> tuple[str, ...]:
        """The outbox kinds that wait for the morning now."""
        return QUIET_KINDS if is_quiet(self.local_now()) else ()

    async def drain_now(self, stop: asyncio.Event | None = None) -> Delivered:
        """Send what the outbox holds now (the bell rang), between two sweeps' drains."""
        async with self._draining:
            delivered = await send_now(self.ctx, self.courier, self.held_kinds(), stop)
        await self.store.settle_sent(delivered.outcomes, self.ctx.clock.now())
        return delivered

    async def recover(self) -> None:
        """On start-up: nothing to settle; what a dead process left is in the outbox."""
        waiting = await self.ctx.storage.outbox.count("pending")
        if waiting:
            log.info("%d message(s) wait in the outbox", waiting)

    async def plan(self) -> int:
        """Record every reminder that has fallen due; returns how many are new."""
        await self.ctx.library.refresh(self.ctx.storage, self.ctx.clock.now())
        deadlines = [s.deadline for s in await self.store.deadlines()]
        return await self._plan(due_now(deadlines, self.local_now()))

    async def _plan(self, due: Sequence[Due]) -> int:
        now = self.ctx.clock.now()
        planned = 0
        for one in due:
            planned += await self.store.plan(one, self.channels, now)
        return planned

    async def sweep(self, stop: asyncio.Event | None = None) -> SweepResult:
        """Plan what fell due, queue it, and send what the outbox holds for our channels.

        When nothing was written anywhere since the last complete sweep and the same
        reminders are due, planning and queuing would find nothing new: they are skipped."""
        storage = self.ctx.storage
        mark = await storage.change_mark()
        await storage.refresh()  # a deadline another process moved is seen now
        quiet = is_quiet(self.local_now())
        deadlines = [s.deadline for s in await self.store.deadlines()]
        due = due_now(deadlines, self.local_now())
        key = (tuple((d.deadline.id, d.deadline.at, d.leads) for d in due), quiet)
        result = SweepResult(quiet=quiet)
        if self._steady == (key, mark):
            result.unchanged = True
        else:
            result.planned = await self._plan(due)
        await storage.outbox.forget_done(self.ctx.clock.now())
        # Compose a small batch, send what is queued, again: each reminder is written close
        # to the moment it leaves, and the database is never held for long.
        queuing = not (result.unchanged or quiet)
        last_id = 0
        reporting = True
        while True:
            if queuing:
                looked_at, last_id = await self._queue_batch(result, last_id)
                queuing = looked_at > 0
            async with self._draining:
                delivered = await self.courier.drain(stop, QUIET_KINDS if quiet else ())
            result.sent += delivered.sent
            result.failed += delivered.failed
            result.retrying += delivered.retrying
            await self.store.settle_sent(delivered.outcomes, self.ctx.clock.now())
            if stop and stop.is_set():
                break
            if not queuing:
                # Announcements whose sending has ended: their authors' reports go out now.
                if not (reporting and await report_finished(self.ctx)):
                    break
                reporting = False
        finished = not (stop and stop.is_set())
        self._steady = (key, await storage.change_mark()) if finished else None
        return result

    async def queue(self, stop: asyncio.Event | None = None) -> SweepResult:
        """Put the planned reminders in the outbox without sending them."""
        result = SweepResult()
        last_id = 0
        while not (stop and stop.is_set()):
            looked_at, last_id = await self._queue_batch(result, last_id)
            if not looked_at:
                break
        return result

    async def _queue_batch(self, result: SweepResult, after_id: int) -> tuple[int, int]:
        """Compose the next planned reminders after `after_id` and put them in the outbox, in
        one transaction; returns how many were looked at and the last id."""
        async with self.ctx.storage.transaction():
            deadlines = {s.id: s.deadline for s in await self.store.deadlines()}
            batch = await self.store.open_reminders(self.channels, after_id, BATCH)
            for reminder in batch:
                after_id = reminder.id
                if await self._queue_one(reminder, deadlines.get(reminder.deadline_id)):
                    result.queued += 1
                else:
                    result.skipped += 1
        await asyncio.sleep(0)  # let messages through between batches
        return len(batch), after_id

    async def _queue_one(self, reminder: Reminder, deadline: Deadline | None) -> bool:
        now = self.ctx.clock.now()
        today = self.local_now().date()
        reason = self._stale(reminder, deadline)
        if reason is None and await self.store.superseded(reminder):
            reason = "đã có nhắc gần hạn hơn"
        if reason is None and await self.store.reminded_on(reminder, today):
            reason = "hôm nay đã nhắc hạn này"
        reply = None
        if reason is None and deadline is not None:
            reply = await self.compose(reminder, deadline, self.ctx)
            if reply is None:
                reason = "không còn liên quan (đã đăng ký hoặc đổi vai trò)"
        if reason is not None or reply is None:
            await self.store.mark(reminder.id, "skipped", now, reason)
            return False
        await self.ctx.storage.outbox.enqueue(
            "reminder", reminder.channel, reminder.chat_id, [reply],
            f"reminder:{reminder.id}", now, ref=str(reminder.id),
        )  # fmt: skip
        await self.store.mark_queued(reminder.id, now, today)
        return True

    async def preview(self) -> list[tuple[Reminder, Reply]]:
        """What a sweep would send now, and to whom, without recording or sending anything."""
        now = self.local_now()
        schedule = {s.id: s.deadline for s in await self.store.deadlines()}
        pending = [
            r
            for r in await self.store.open_reminders(self.channels, limit=1_000_000)
            if self._stale(r, schedule.get(r.deadline_id)) is None
            and not await self.store.superseded(r)
        ]
        for due in due_now(list(schedule.values()), now):
            for channel, user_id, chat_id, lead in await self.store.audience(due, self.channels):
                reminder = Reminder(
                    0, due.deadline.id, due.deadline.at, lead,
                    channel, user_id, chat_id, "planned", 0,
                )  # fmt: skip
                pending.append(reminder)
        out = []
        for reminder in pending:
            reply = await self.compose(reminder, schedule[reminder.deadline_id], self.ctx)
            if reply is not None:
                out.append((reminder, reply))
        return out

    def _stale(self, reminder: Reminder, deadline: Deadline | None) -> str | None:
        if deadline is None:
            return "hạn đã bị xóa"
        if deadline.at != reminder.due_at:
            return "hạn đã đổi"
        if self.local_now() >= deadline.at:
            return "đã quá hạn"
        return None

    async def run(self, stop: asyncio.Event) -> None:
        """Sweep every `interval` seconds until `stop` is set; a failed sweep is logged.
        Beside it, the database's write-ahead log is checkpointed as often, even while a
        long sweep is sending."""
        await self.recover()
        checkpoints = asyncio.create_task(self._checkpoints(stop))
        wakes = asyncio.create_task(run_on_wake(self.ctx, stop, lambda: self.drain_now(stop)))
        try:
            while not stop.is_set():
                try:
                    result = await self.sweep(stop)
                    if result.planned or result.sent or result.failed:
                        log.info("reminders: %s", result)
                except Exception:
                    log.exception("reminder sweep failed")
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), timeout=self.interval)
        finally:
            for task in (checkpoints, wakes):
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task

    async def _checkpoints(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                await self.ctx.storage.checkpoint()
            except Exception:
                log.exception("checkpoint failed")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=self.interval)
