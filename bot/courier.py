"""Sending what the outbox holds: each chat's messages in order, chats independently of one
another, each row marked sent (or failed, or released for a later try) once it has left.

A channel hands the rows it queued and claimed for an update to `post`, and goes on to the
next update at once: a chat waiting for its one-message-a-second pace holds up nobody else.
`drain` claims rows nobody holds (a reminder, an announcement, a reply whose process died)
and sends them; the reminder service calls it on every sweep, and at once when a handler that
queued such rows rings the bell (`Sending.wake`).
"""

import asyncio
import contextlib
import datetime as dt
import logging
import os
import socket
import uuid
from collections import deque
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field

from bot.clock import Clock
from bot.delivery import Outbox, Undeliverable
from bot.storage import Storage
from bot.storage.outbox import LEASE, UNDELIVERABLE, Claim, OutboxItem

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
RETRY_AFTER = dt.timedelta(seconds=30)  # times the attempts made so far
DRAIN_BATCH = 50

Done = Callable[[], Awaitable[None]]


def process_name() -> str:
    """Who holds a claim: this host, this process, this start."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


@dataclass
class Delivered:
    """How a batch of rows went."""

    sent: int = 0
    failed: int = 0
    retrying: int = 0
    outcomes: dict[int, str] = field(default_factory=dict)  # row id → "sent", ...

    def add(self, item: OutboxItem, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)
        self.outcomes[item.id] = outcome


class Sending:
    """What handlers see of the sending side of this process: the channels it sends through
    and a bell asking for the outbox to be drained now rather than at the next sweep.

    A handler rings it after queuing rows inside its transaction; the drain that answers
    claims rows under the database's lock, so it sees them once the transaction commits."""

    def __init__(self) -> None:
        self.channels: set[str] = set()
        self.bell = asyncio.Event()

    def attach(self, channel: str) -> None:
        self.channels.add(channel)

    def wake(self) -> None:
        self.bell.set()


class Courier:
    def __init__(
        self,
        storage: Storage,
        clock: Clock,
        channels: Mapping[str, Outbox],
        owner: str | None = None,
        lease: dt.timedelta = LEASE,
    ) -> None:
        self.storage = storage
        self.clock = clock
        self.channels = dict(channels)
        self.owner = owner or process_name()
        self.lease = lease
        self._queues: dict[tuple[str, str], deque[tuple[OutboxItem | None, Done | None]]] = {}
        self._workers: dict[tuple[str, str], asyncio.Task[None]] = {}
        self._stopping = False

    def claim(self) -> Claim:
        """The claim to queue rows with that this process sends right away."""
        return Claim(self.owner, self.clock.now() + self.lease)

    # Rows this process queued for an update: sent by one worker per chat

    def post(
        self, channel: str, chat_id: str, items: Sequence[OutboxItem], done: Done | None
    ) -> None:
        """Send the rows after everything posted before to the same chat, then call `done`."""
        key = (channel, chat_id)
        queue = self._queues.setdefault(key, deque())
        queue.extend((item, None) for item in items)
        queue.append((None, done))
        if key not in self._workers:
            self._workers[key] = asyncio.create_task(self._work(key))

    async def _work(self, key: tuple[str, str]) -> None:
        queue = self._queues[key]
        try:
            while queue:
                item, done = queue.popleft()
                if item is not None and not self._stopping:
                    try:
                        await self.deliver(item)
                    except Exception:  # the row stays claimed: sent after its lease
                        log.exception("message %d: delivery not recorded", item.id)
                if done is not None:
                    await done()
        finally:
            del self._workers[key]
            if not queue:
                self._queues.pop(key, None)

    async def idle(self) -> None:
        """Wait until every posted row has been dealt with."""
        while self._workers:
            await asyncio.gather(*self._workers.values(), return_exceptions=True)

    async def close(self, grace: float = 5.0) -> None:
        """Finish the messages being sent (up to `grace` seconds), leave the rest for others."""
        self._stopping = True
        workers = list(self._workers.values())
        if workers:
            _, late = await asyncio.wait(workers, timeout=grace)
            for task in late:
                task.cancel()
            for task in late:
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        released = await self.storage.outbox.release_all(self.owner)
        if released:
            log.info("left %d unsent message(s) in the outbox for the next process", released)

    # Rows nobody holds

    async def drain(
        self,
        stop: asyncio.Event | None = None,
        held_kinds: Sequence[str] = (),
        limit: int | None = None,
    ) -> Delivered:
        """Claim and send unsent rows of our channels in small batches until none is left,
        `stop` is set or `limit` rows were tried; rows claimed but not tried are released."""
        result = Delivered()
        tried = 0
        while not (stop and stop.is_set()) and (limit is None or tried < limit):
            batch = DRAIN_BATCH if limit is None else min(DRAIN_BATCH, limit - tried)
            items = await self.storage.outbox.claim(
                self.owner,
                list(self.channels),
                self.clock.now(),
                batch,
                lease=self.lease,
                held_kinds=held_kinds,
            )
            if not items:
                break
            for number, item in enumerate(items):
                if stop and stop.is_set():
                    for left in items[number:]:
                        await self.storage.outbox.release(left.id, None)
                    return result
                result.add(item, await self.deliver(item))
                tried += 1
        return result

    async def deliver(self, item: OutboxItem) -> str:
        """Send one claimed row and record the outcome: "sent", "failed" or "retrying"."""
        outbox = self.storage.outbox
        channel = self.channels.get(item.channel)
        if channel is None:
            await outbox.release(item.id, None)
            return "retrying"
        try:
            await channel.send(item.chat_id, [item.reply])
        except Undeliverable as exc:
            await outbox.mark_failed(item.id, self.clock.now(), f"{UNDELIVERABLE}{exc}")
            return "failed"
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            note = f"lỗi khi gửi: {exc}"
            if item.attempts + 1 >= MAX_ATTEMPTS:
                await outbox.mark_failed(item.id, self.clock.now(), note)
                return "failed"
            log.warning("message %d not sent (%s); will retry", item.id, exc)
            retry_at = self.clock.now() + RETRY_AFTER * (item.attempts + 1)
            await outbox.release(item.id, retry_at, note)
            return "retrying"
        await outbox.mark_sent(item.id, self.clock.now())
        return "sent"
