"""Messages through the bot core, as a channel hands them over (`core.take_update`: the
dedup mark, the message's effects and its replies in the outbox, in one transaction), in one
process on one SQLite file.

The mix: 50 users each register an initiative (ten dialog steps that write to SQLite), ask
two questions, open the campaign list and a campaign card. Measured: messages per second and
the time of each message (p99, longest). The same mix runs on the bundled documents and on a
generated knowledge base of thousands, and once more while a reminder sweep over 100,000
subscriptions runs on the same event loop (the longest a message then waits).
"""

import asyncio
import datetime as dt
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from itertools import count
from typing import Any
from zoneinfo import ZoneInfo

from knowledge import KnowledgeBase

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
SCRIPT = [
    "/sangkien", "1", "Số hóa hồ sơ địa chính", "Nguyễn Thị Lan 70%; Trần Văn Bình 30%",
    "Quản lý đất đai", "15/03/2022", "Gắn mã QR lên từng bìa hồ sơ địa chính để tra cứu",
    "Máy quét, phần mềm", "Giảm thời gian tra cứu hồ sơ", "1",
    "tiêu chí thi đua cá nhân năm 2022", "soc trang 2022 chu de gi", "/phongtrao", "1",
]  # fmt: skip


@dataclass(frozen=True)
class MixResult:
    messages: int
    seconds: float
    times_ms: list[float]  # each message, in order

    @property
    def per_second(self) -> float:
        return self.messages / self.seconds

    @property
    def p99_ms(self) -> float:
        ordered = sorted(self.times_ms)
        return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]

    @property
    def longest_ms(self) -> float:
        return max(self.times_ms)

    @property
    def median_ms(self) -> float:
        return statistics.median(self.times_ms)


def run_mix(kb: KnowledgeBase, rounds: int = 4, users: int = 50) -> MixResult:
    """The mix, `rounds` times over, for `users` people."""
    return asyncio.run(_with_core(kb, lambda core, clock: _mix(core, clock, rounds, users)))


def mix_during_sweep(
    kb: KnowledgeBase, subscriptions: int = 100_000, users: int = 50
) -> tuple[MixResult, float]:
    """The mix while a reminder sweep over that many subscriptions runs on the same loop:
    the messages' times, and the sweep's own seconds."""

    async def measure(core: Any, clock: Any) -> tuple[MixResult, float]:
        from bot.reminders import ReminderService
        from handlers.reminders import compose

        await _subscribe(core, clock, subscriptions)
        service = ReminderService(core.ctx, {}, compose, channels=["telegram"])
        start = time.perf_counter()
        sweep = asyncio.ensure_future(service.plan())
        messages = await _mix(core, clock, 1_000, users, until=sweep)
        await sweep
        return messages, time.perf_counter() - start

    return asyncio.run(_with_core(kb, measure, at=dt.datetime(2022, 3, 30, 8, tzinfo=TZ)))


async def _with_core(
    kb: KnowledgeBase, body: Callable[[Any, Any], Awaitable[Any]], at: dt.datetime | None = None
) -> Any:
    from bot.app import open_core
    from bot.clock import FixedClock
    from bot.settings import Settings
    from bot.storage import Profile

    clock = FixedClock(at or dt.datetime(2022, 3, 25, 8, tzinfo=TZ))
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings.from_env({"THIDUA_DB": f"{folder}/bench.sqlite3"})
        async with open_core(settings, kb, clock) as core:
            for user in range(50):
                person = Profile(
                    "console", str(user), "Nguyễn Văn An", "Phòng A", "Chuyên viên", False
                )
                await core.ctx.storage.save_profile(person, clock.now())
            return await body(core, clock)


_update_ids = count(1)


async def _mix(
    core: Any, clock: Any, rounds: int, users: int, until: "asyncio.Future[int] | None" = None
) -> MixResult:
    from bot.messages import Incoming

    times: list[float] = []
    start = time.perf_counter()
    for _ in range(rounds):
        for line in SCRIPT:
            for user in range(users):
                began = time.perf_counter()
                incoming = Incoming("console", str(user), str(user), text=line)
                # As a channel does: the dedup mark, the message's effects and its replies
                # queued in the outbox, in one transaction.
                await core.take_update("console", str(next(_update_ids)), str(user), incoming, None)
                times.append((time.perf_counter() - began) * 1000)
                if until is not None and until.done() and len(times) >= users:
                    return MixResult(len(times), time.perf_counter() - start, times)
    return MixResult(len(times), time.perf_counter() - start, times)


async def _subscribe(core: Any, clock: Any, subscriptions: int) -> None:
    """That many Telegram contacts on the Sóc Trăng 2022 campaign, set up straight in SQL."""
    db = core.ctx.storage._db
    stamp = clock.now().isoformat()
    people = [(str(10_000_000 + n), n) for n in range(subscriptions)]
    await db.executemany(
        "INSERT INTO contacts VALUES ('telegram', ?, ?, '', ?)",
        [(uid, uid, stamp) for uid, _ in people],
    )
    await db.executemany(
        "INSERT INTO users VALUES ('telegram', ?, 'Nguyễn Văn An', 'Phòng A', "
        "'Chuyên viên', ?, ?, ?)",
        [(uid, int(n % 20 == 0), stamp, stamp) for uid, n in people if n % 10 == 0],
    )
    await db.executemany(  # every tenth registered already
        "INSERT INTO pledges (ref, channel, user_id, campaign_id, scope, titles, "
        "targets, status, created_at, updated_at) VALUES (?, 'telegram', ?, "
        "'soctrang-stnmt-2022', 'individual', '[]', 'x', 'active', ?, ?)",
        [(f"TD-{n}", uid, stamp, stamp) for uid, n in people if n % 10 == 0],
    )
    await db.executemany(  # some turned reminders off, some chose other lead times
        "INSERT INTO reminder_mutes VALUES ('telegram', ?, '*')",
        [(uid,) for uid, n in people if n % 25 == 1],
    )
    await db.executemany(
        "INSERT INTO reminder_leads VALUES ('telegram', ?, ',3,0,')",
        [(uid,) for uid, n in people if n % 25 == 2],
    )
    await db.commit()
