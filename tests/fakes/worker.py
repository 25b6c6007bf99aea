"""A bot process for the multi-process tests: `python -m tests.fakes.worker MODE ...`.

`sweep DB LOG AT [DELAY]`: the reminder service at the local time AT, sweeping until the
outbox is empty (or SIGTERM), "sending" each message by appending "<chat>\\t<text>" to LOG,
DELAY seconds each.

`dialogs DB SCRIPT ACKS LOG T0`: a messenger's updates from SCRIPT (one JSON object a line:
{"id", "user", "text"}), taken the way the channels take them: each in one transaction, then
acknowledged by appending its id to ACKS, as a platform's offset moves. Started again, it
resumes from the last acknowledged update, which it takes again (a platform may redeliver
it). Replies are "sent" by appending "<outbox row id>" to LOG. Its clock runs from the bundled
campaign's registration season, T0 being the harness's start (wall-clock seconds).
"""

import asyncio
import datetime as dt
import json
import signal
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.app import open_core
from bot.clock import FixedClock
from bot.courier import Courier
from bot.messages import Incoming, Reply
from bot.reminders import ReminderService
from bot.settings import Settings
from handlers.reminders import compose

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
SEASON = dt.datetime(2022, 3, 25, 8, 0, tzinfo=TZ)


class FileOutbox:
    def __init__(self, log: Path, delay: float = 0.0) -> None:
        self.log = log.open("a", encoding="utf-8", buffering=1)
        self.delay = delay

    async def send(self, chat_id: str, replies: Sequence[Reply]) -> None:
        if self.delay:
            await asyncio.sleep(self.delay)
        for reply in replies:
            self.log.write(f"{chat_id}\t{reply.text.splitlines()[0]}\n")


class RunningClock:
    """The season's clock, moving with the wall clock since T0 (shared by every process)."""

    def __init__(self, t0: float) -> None:
        self.t0 = t0

    def now(self) -> dt.datetime:
        return SEASON + dt.timedelta(seconds=time.time() - self.t0)


async def sweep(db: str, log: str, at: str, delay: float) -> None:
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    settings = Settings.from_env({"THIDUA_DB": db})
    clock = FixedClock(dt.datetime.fromisoformat(at).replace(tzinfo=TZ))
    async with open_core(settings, clock=clock) as core:
        outbox = FileOutbox(Path(log), delay)
        service = ReminderService(core.ctx, {"telegram": outbox}, compose)
        print("ready", flush=True)
        try:
            while not stop.is_set():
                await service.sweep(stop)
                if not await core.ctx.storage.outbox.count("pending"):
                    break
                await asyncio.sleep(0.05)  # rows another process holds: look again
        finally:
            await service.courier.close()
    print("stopped", flush=True)


class IdOutbox:
    """Records which outbox rows left: the courier sends one row per call."""

    def __init__(self, log: Path) -> None:
        self.log = log.open("a", encoding="utf-8", buffering=1)
        self.current = 0

    async def send(self, chat_id: str, replies: Sequence[Reply]) -> None:
        self.log.write(f"{self.current}\n")


class LoggingCourier(Courier):
    async def deliver(self, item):  # type: ignore[no-untyped-def]
        outbox = self.channels["console"]
        assert isinstance(outbox, IdOutbox)
        outbox.current = item.id
        return await super().deliver(item)


async def dialogs(
    db: str, updates: list[dict[str, Any]], resume: int, ack_path: Path, log: str, t0: float
) -> None:
    settings = Settings.from_env({"THIDUA_DB": db})
    async with open_core(settings, clock=RunningClock(t0)) as core:
        courier = LoggingCourier(
            core.ctx.storage, core.ctx.clock, {"console": IdOutbox(Path(log))},
            lease=dt.timedelta(seconds=0.2),
        )  # fmt: skip
        with ack_path.open("a", encoding="utf-8", buffering=1) as ack:
            print("ready", flush=True)
            await courier.drain()  # what a killed process left
            for update in updates:
                if update["id"] < resume:
                    continue
                user = str(update["user"])
                msg = Incoming("console", user, user, text=update["text"])
                items = await core.take_update(
                    "console", str(update["id"]), user, msg, courier.claim()
                )
                ack.write(f"{update['id']}\n")
                courier.post("console", user, items or [], None)
            await courier.idle()
            await asyncio.sleep(0.25)
            while await core.ctx.storage.outbox.count("pending"):
                await courier.drain()
                await asyncio.sleep(0.05)
    print("done", flush=True)


def main(argv: list[str]) -> None:
    mode, *args = argv
    if mode == "sweep":
        asyncio.run(sweep(args[0], args[1], args[2], float(args[3]) if len(args) > 3 else 0.0))
    elif mode == "dialogs":
        updates = [json.loads(line) for line in Path(args[1]).read_text().splitlines()]
        ack_path = Path(args[2])
        done = [int(x) for x in ack_path.read_text().split()] if ack_path.exists() else []
        resume = max(done) if done else 0  # the last acknowledged one comes again
        asyncio.run(dialogs(args[0], updates, resume, ack_path, args[3], float(args[4])))
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main(sys.argv[1:])
