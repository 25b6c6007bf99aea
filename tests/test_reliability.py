"""Nothing lost, nothing twice: real processes on a real SQLite file, killed, stopped and run
side by side; and, inside one process, several messages at once and another process's
changes. The subprocess side is `tests/fakes/worker.py`."""

import asyncio
import datetime as dt
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from bot.app import open_core
from bot.clock import FixedClock
from bot.core import ERROR_TEXT, BotCore
from bot.messages import Incoming, Reply
from bot.reminders import ReminderService
from bot.settings import Settings
from bot.storage import TURN_EVERY, Storage, WriterLock
from handlers.reminders import compose
from knowledge import KnowledgeBase
from tests.conftest import TZ, Chat
from tests.fakes.telegram_api import FakeTelegram
from tests.fakes.zalo_api import FakeZalo
from tests.test_reminders import Outbox

ROOT = Path(__file__).resolve().parent.parent
PEOPLE = 300
REMINDER_DAY = "2022-03-24T08:00"
NOW = dt.datetime(
    2022, 3, 25, 8, 0, tzinfo=TZ
)  # the 7-day reminder of the bundled registration deadline


def worker(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.fakes.worker", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_ready(process: subprocess.Popen[str]) -> None:
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.strip() == "ready", (line, process.stderr.read() if process.stderr else "")


async def people(db: Path, count: int = PEOPLE) -> None:
    """Contacts the reminder service writes to, on Telegram."""
    storage = await Storage.open(db)
    try:
        now = dt.datetime(2022, 3, 20, 9, 0, tzinfo=TZ)
        async with storage.transaction():
            for n in range(count):
                await storage.remember_contact("telegram", str(5000 + n), str(5000 + n), "", now)
    finally:
        await storage.close()


def sent_per_chat(log: Path) -> Counter[str]:
    lines = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    return Counter(line.split("\t", 1)[0] for line in lines)


# Start-up


def test_processes_starting_together_on_a_new_file_migrate_it_once(tmp_path: Path) -> None:
    for attempt in range(3):
        db = tmp_path / f"new-{attempt}.sqlite3"
        runs = [
            subprocess.Popen(
                [sys.executable, "-m", "bot", "chat", "--db", str(db), "--user", str(n)],
                cwd=ROOT,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for n in range(4)
        ]
        for run in runs:
            out, err = run.communicate("/start\n", timeout=60)
            assert run.returncode == 0, err
            assert "Xin chào" in out


def test_a_file_that_is_not_a_database_is_one_line_and_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "notes.sqlite3"
    bad.write_bytes(b"This is not a database, just some notes.\n" * 200)
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "bot", "chat", "--db", str(bad)],
        cwd=ROOT, input="/start\n", capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0, done.stderr
    assert "không phải cơ sở dữ liệu" in done.stderr and "Traceback" not in done.stderr
    assert time.monotonic() - started < 15


# Reminders across processes


def test_two_processes_on_one_database_send_each_reminder_once(tmp_path: Path) -> None:
    db, log = tmp_path / "bot.sqlite3", tmp_path / "sent.log"
    asyncio.run(people(db))
    both = [worker("sweep", str(db), str(log), REMINDER_DAY, "0.001") for _ in range(2)]
    for process in both:
        process.communicate(timeout=60)
        assert process.returncode == 0
    counts = sent_per_chat(log)
    assert len(counts) == PEOPLE
    assert set(counts.values()) == {1}


def test_a_rolling_restart_sends_each_reminder_once_and_stops_promptly(tmp_path: Path) -> None:
    db, log = tmp_path / "bot.sqlite3", tmp_path / "sent.log"
    asyncio.run(people(db))
    old = worker("sweep", str(db), str(log), REMINDER_DAY, "0.01")
    wait_ready(old)
    while sum(sent_per_chat(log).values()) < 30:
        time.sleep(0.02)
    new = worker("sweep", str(db), str(log), REMINDER_DAY, "0.01")
    wait_ready(new)
    time.sleep(0.2)
    old.send_signal(signal.SIGTERM)
    asked = time.monotonic()
    old.communicate(timeout=30)
    stopped_in = time.monotonic() - asked
    assert old.returncode == 0
    new.communicate(timeout=60)
    assert new.returncode == 0
    counts = sent_per_chat(log)
    assert len(counts) == PEOPLE
    assert set(counts.values()) == {1}
    assert stopped_in < 3.0


# The kill -9 harness


def dialog_script(users: int) -> list[dict[str, object]]:
    """Per user: /sangkien with no profile, so the profile dialog runs first and hands over to
    the initiative dialog (two dialog runs); users interleave like real traffic."""
    steps = [
        "/sangkien", "Nguyễn Thị Lan", "Phòng Đất đai", "Chuyên viên", "1",
        "Sóc Trăng", "Số hóa hồ sơ địa chính bằng mã QR",
        "Nguyễn Thị Lan 70%; Trần Văn Bình 30%", "Quản lý đất đai", "15/03/2022",
        "Gắn mã QR lên từng bìa hồ sơ địa chính", "Máy quét mã QR", "Giảm thời gian tra cứu",
        "1",
    ]  # fmt: skip
    script, number = [], 1
    for wave in range(0, users, 10):
        group = range(wave, min(wave + 10, users))
        for text in steps:
            for user in group:
                script.append({"id": number, "user": 9000 + user, "text": text})
                number += 1
    return script


def test_kill_9_at_random_moments_loses_no_acknowledged_step_and_writes_nothing_twice(
    tmp_path: Path,
) -> None:
    users = 100  # 200 dialog runs: a profile, then the initiative it was started for
    db, script = tmp_path / "bot.sqlite3", tmp_path / "script.jsonl"
    acks, log = tmp_path / "acks", tmp_path / "sent.log"
    updates = dialog_script(users)
    script.write_text("\n".join(json.dumps(u, ensure_ascii=False) for u in updates))
    rng = random.Random(20261130)
    t0 = str(time.time())
    kills = 0
    for _ in range(20):
        process = worker("dialogs", str(db), str(script), str(acks), str(log), t0)
        wait_ready(process)
        time.sleep(rng.uniform(0.01, 0.15))
        if process.poll() is not None:
            break
        process.send_signal(signal.SIGKILL)
        process.communicate()
        kills += 1
    final = worker("dialogs", str(db), str(script), str(acks), str(log), t0)
    out, err = final.communicate(timeout=120)
    assert final.returncode == 0 and "done" in out, err
    assert kills >= 8

    with sqlite3.connect(db) as con:
        one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
        assert one("SELECT COUNT(*) FROM users") == users
        assert one("SELECT COUNT(*) FROM initiatives") == users
        assert one("SELECT COUNT(DISTINCT user_id) FROM initiatives") == users
        assert one("SELECT COUNT(*) FROM initiative_authors") == 2 * users
        assert one("SELECT COUNT(*) FROM dialogs") == 0
        assert one("SELECT COUNT(*) FROM processed_updates") == len(updates)
        # Every update's replies were queued with it, and every queued reply went out.
        queued = {row[0] for row in con.execute("SELECT dedup_key FROM outbox")}
        assert all(f"update:console:{u['id']}#0" in queued for u in updates)
        assert one("SELECT COUNT(*) FROM outbox WHERE status <> 'sent'") == 0
        rows = {row[0] for row in con.execute("SELECT id FROM outbox")}
        errors = one(f"SELECT COUNT(*) FROM outbox WHERE body LIKE '%{ERROR_TEXT[:30]}%'")
    delivered = Counter(int(x) for x in log.read_text().split())
    assert set(delivered) == rows
    # At least once: only a message leaving at the moment of a kill goes twice (ten chats
    # send at once here, so at most ten per kill).
    assert sum(delivered.values()) - len(rows) <= 10 * kills
    assert errors == 0


# Inside one process


async def test_two_messages_from_one_person_at_once_are_both_answered_in_order(
    chat: Chat,
) -> None:
    await chat.send("/hoso")
    for name in ("Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cúc") * 7:
        first = Incoming("console", chat.user_id, chat.user_id, text=name)
        second = Incoming("console", chat.user_id, chat.user_id, text="/quaylai")
        a, b = await asyncio.gather(chat.core.handle(first), chat.core.handle(second))
        assert "công tác ở phòng/đơn vị nào?" in a[0].text
        assert "Họ và tên của anh/chị là gì?" in b[0].text
    state = await chat.core.ctx.storage.dialog("console", chat.user_id)
    assert state is not None and state.state["at"] == "full_name"


async def test_another_processes_changes_are_seen_at_the_next_message(
    settings: Settings, kb: KnowledgeBase
) -> None:
    clock = FixedClock(dt.datetime(2022, 3, 20, 9, 0, tzinfo=TZ))
    async with open_core(settings, kb, clock) as serving, open_core(settings, kb, clock) as other:
        outbox = Outbox()
        service = ReminderService(serving.ctx, {"telegram": outbox}, compose)
        for n in range(20):
            user = str(7000 + n)
            await serving.handle(Incoming("telegram", user, user, text="/start"))
        await serving.handle(Incoming("telegram", "7000", "7000", text="/hoso"))
        await serving.ctx.storage.reminders.deadlines()  # cached
        await serving.ctx.storage.dialog("telegram", "7000")  # cached
        moved = dt.datetime.fromisoformat("2022-04-08T17:00")
        await other.ctx.storage.reminders.move_deadline(
            "soctrang-stnmt-2022:registration", moved, "telegram:1", clock.now()
        )
        await other.handle(Incoming("telegram", "7000", "7000", text="/huy"))
        reply = await serving.handle(Incoming("telegram", "7000", "7000", text="/hanchot"))
        assert "08/04/2022" in reply[0].text
        assert await serving.ctx.storage.dialog("telegram", "7000") is None
        clock.current = dt.datetime(2022, 4, 1, 8, 0, tzinfo=TZ)  # 7 days before the new date
        result = await service.sweep()
        assert result.sent == 20
        assert all("08/04/2022" in text for _, text in outbox.sent)


@pytest.mark.parametrize("restart", ["07:58", "07:30"])
async def test_a_caught_up_reminder_is_the_only_one_that_day(
    settings: Settings, kb: KnowledgeBase, restart: str
) -> None:
    clock = FixedClock(dt.datetime(2022, 3, 20, 9, 0, tzinfo=TZ))
    async with open_core(settings, kb, clock) as core:
        outbox = Outbox()
        service = ReminderService(core.ctx, {"telegram": outbox}, compose)
        await core.handle(Incoming("telegram", "8100", "8100", text="/start"))
        clock.current = dt.datetime.fromisoformat(f"2022-03-31T{restart}").replace(tzinfo=TZ)
        await service.sweep()  # down across the 1-day lead: it is caught up now
        clock.current = dt.datetime(2022, 3, 31, 8, 0, tzinfo=TZ)
        await service.sweep()  # the deadline day's own reminder is due
        clock.current = dt.datetime(2022, 3, 31, 9, 0, tzinfo=TZ)
        await service.sweep()
    texts = outbox.to("8100")
    assert len(texts) == 1
    assert "hôm nay" in texts[0]


# One process for every channel


async def test_run_serves_telegram_and_zalo_in_one_process_and_stops_on_sigterm(
    tmp_path: Path,
) -> None:
    async with FakeTelegram() as tg, FakeZalo() as zalo:
        clean = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("TELEGRAM_", "ZALO_", "THIDUA_"))
        }
        env = {
            **clean,
            "TELEGRAM_BOT_TOKEN": tg.token,
            "TELEGRAM_API_BASE_URL": tg.base_url,
            "ZALO_BOT_TOKEN": zalo.token,
            "ZALO_API_BASE_URL": zalo.base_url,
            "THIDUA_DB": str(tmp_path / "both.sqlite3"),
        }
        bot = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", cwd=ROOT, env=env,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        try:
            tg.user_says(1001, "/help")
            zalo.user_says("e4ea2cd5189df1c3a88c", "/help")
            assert (await tg.wait_for_messages(1001, 1, within=20))[0].text.startswith("Hỏi đáp")
            answer = await zalo.wait_for_messages("e4ea2cd5189df1c3a88c", 1, timeout=20)
            assert answer[0].startswith("Hỏi đáp")
        finally:
            bot.send_signal(signal.SIGTERM)
            asked = time.monotonic()
            out, err = await asyncio.wait_for(bot.communicate(), 20)
        assert time.monotonic() - asked < 5
        assert bot.returncode == 0, err.decode()
        assert "Telegram và Zalo" in out.decode()


async def test_a_failing_handler_is_undone_and_its_update_answered_once(
    core: BotCore, monkeypatch: pytest.MonkeyPatch
) -> None:
    storage = core.ctx.storage

    async def half_then_fail(msg: Incoming, ctx: object) -> list[Reply]:
        await storage.save_dialog(msg.channel, msg.user_id, "profile", {"at": "unit"}, NOW)
        raise RuntimeError("the handler breaks after its first write")

    monkeypatch.setitem(core.routes.commands, "hoso", half_then_fail)  # type: ignore[index]
    msg = Incoming("telegram", "61", "61", text="/hoso")
    items = await core.take_update("telegram", "u-1", "61", msg, None)
    assert items is not None and [i.reply.text for i in items] == [ERROR_TEXT]
    assert await storage.dialog("telegram", "61") is None  # the first write was undone
    assert await core.take_update("telegram", "u-1", "61", msg, None) is None  # seen once
    assert await storage.outbox.count("pending") == 1


async def test_checkpoints_run_on_a_connection_of_their_own(core: BotCore) -> None:
    storage = core.ctx.storage
    for n in range(50):
        await core.handle(Incoming("telegram", str(n), str(n), text="/start"))
    await storage.checkpoint()
    rows = list(await storage._db.execute_fetchall("PRAGMA wal_autocheckpoint"))
    assert rows[0][0] == 0  # the serving connection no longer stops to checkpoint
    await storage.checkpoint()


async def test_writers_let_other_tasks_run_now_and_then() -> None:
    """A turn of the event loop before taking the writer lock, at most every TURN_EVERY: a
    stream of messages does not keep other tasks from running, nor pays a turn each."""
    now = 100.0
    lock = WriterLock(lambda: now)

    async def others_ran_first() -> bool:
        ran: list[bool] = []
        asyncio.get_running_loop().call_soon(ran.append, True)
        async with lock:
            return bool(ran)

    assert await others_ran_first()
    assert not await others_ran_first()  # the same millisecond: no turn
    now += TURN_EVERY
    assert await others_ran_first()


async def test_the_log_starts_over_while_messages_keep_coming(
    core: BotCore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A checkpoint copies the log as it was when it began; a message begun before it ended
    commits after it, and SQLite starts the log over only once all of it is copied: a
    second checkpoint with this process's writes held copies the rest, or the log grows for
    as long as messages keep coming."""
    storage = core.ctx.storage
    monkeypatch.setattr("bot.storage.CHECKPOINT_EVERY", 10)
    monkeypatch.setattr("bot.storage.HOLD_EVERY", 1)
    monkeypatch.setattr("bot.storage.HOLD_AFTER", 60.0)  # however busy the test machine
    copy = storage.checkpoint
    calls = 0

    async def copy_while_a_message_comes_in() -> bool:
        nonlocal calls
        calls += 1
        if storage._lock.held:  # the second one, this process's writes held
            return await copy()
        async with storage.transaction():  # a message under way while the log is copied
            await storage.first_delivery("telegram", f"during-{calls}", core.ctx.clock.now())
            return await copy()

    monkeypatch.setattr(storage, "checkpoint", copy_while_a_message_comes_in)
    log = Path(f"{storage.path}-wal")
    sizes = []
    for batch in range(8):
        for n in range(10):
            msg = Incoming("telegram", "70", "70", text="/help")
            await core.take_update("telegram", f"u-{batch}-{n}", "70", msg, None)
            if storage._checkpointing is not None:
                await storage._checkpointing
        sizes.append(await asyncio.to_thread(os.path.getsize, log))
    assert calls >= 8
    assert max(sizes[2:]) <= sizes[1], sizes  # written over, not grown


async def test_a_sweep_with_nothing_new_skips_the_rescan(
    settings: Settings, kb: KnowledgeBase
) -> None:
    clock = FixedClock(dt.datetime(2022, 3, 24, 8, 0, tzinfo=TZ))
    async with open_core(settings, kb, clock) as core, open_core(settings, kb, clock) as other:
        outbox = Outbox()
        service = ReminderService(core.ctx, {"telegram": outbox}, compose)
        for user in ("8201", "8202"):
            await core.handle(Incoming("telegram", user, user, text="/start"))
        first = await service.sweep()
        assert (first.planned, first.sent, first.unchanged) == (2, 2, False)
        assert (await service.sweep()).unchanged
        await core.ctx.storage.checkpoint()
        clock.advance(dt.timedelta(minutes=1))
        assert (await service.sweep()).unchanged
        await core.handle(Incoming("telegram", "8203", "8203", text="/start"))
        again = await service.sweep()
        assert (again.unchanged, again.planned, again.sent) == (False, 1, 1)
        assert (await service.sweep()).unchanged
        await other.handle(Incoming("telegram", "8204", "8204", text="/start"))
        assert (await service.sweep()).planned == 1  # another process's write is noticed
        clock.current = dt.datetime(2022, 3, 30, 8, 0, tzinfo=TZ)
        assert (await service.sweep()).sent == 4  # the 1-day reminders: new leads are due


async def test_an_announcement_reaches_each_recipient_once_through_the_outbox(
    settings: Settings, kb: KnowledgeBase
) -> None:
    """How a feature that sends to many (issue 11's announcements) uses the outbox."""
    clock = FixedClock(dt.datetime(2022, 3, 25, 10, 0, tzinfo=TZ))
    async with open_core(settings, kb, clock) as core, open_core(settings, kb, clock) as other:
        storage = core.ctx.storage
        people = [("telegram", str(9300 + n)) for n in range(40)]
        batch = [
            (channel, user, f"announcement:7:{channel}:{user}", Reply("Thông báo số 7"))
            for channel, user in people
        ]
        async with storage.transaction():  # with the announcement's own record, in a handler
            assert await storage.outbox.enqueue_many("announcement", batch, clock.now(), "7") == 40
        assert await other.ctx.storage.outbox.enqueue_many("announcement", batch, clock.now()) == 0
        outboxes = [Outbox(), Outbox()]
        services = [
            ReminderService(c.ctx, {"telegram": box}, compose)
            for c, box in zip((core, other), outboxes, strict=True)
        ]
        await asyncio.gather(*(service.sweep() for service in services))
        sent = Counter(chat for box in outboxes for chat, _ in box.sent)
        assert sent == Counter({user: 1 for _, user in people})


async def test_a_transaction_that_fails_to_begin_leaves_none_open(tmp_path: Path) -> None:
    """A failure between BEGIN and the block (a cache dropped on another writer's commit
    raising) rolls back: the next message's transaction can begin."""
    storage = await Storage.open(tmp_path / "db.sqlite3")
    failures = [RuntimeError("cache")]

    def forget() -> None:
        if failures:
            raise failures.pop()

    storage.on_external_change(forget)
    storage._data_version = -1  # as if another connection had committed
    try:
        with pytest.raises(RuntimeError):
            async with storage.transaction():
                pass
        now = dt.datetime(2022, 3, 20, 9, 0, tzinfo=TZ)
        async with storage.transaction():
            await storage.remember_contact("telegram", "42", "42", "", now)
    finally:
        await storage.close()
