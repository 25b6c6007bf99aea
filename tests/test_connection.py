"""The SQLite connection on the event loop's thread (bot/storage/connection.py), on real files:
waiting for another connection's write lock without blocking the loop, giving up after the
timeout, and transactions, savepoints and rollbacks as the stores use them."""

import asyncio
import datetime as dt
import itertools
import sqlite3
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.storage import Profile, Storage
from bot.storage.connection import Connection

NOW = dt.datetime(2022, 3, 25, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    file = tmp_path / "db.sqlite3"
    setup = sqlite3.connect(file, isolation_level=None)
    setup.execute("PRAGMA journal_mode = WAL")
    setup.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    setup.close()
    return file


@pytest.fixture
def other(path: Path) -> Iterator[sqlite3.Connection]:
    """A second connection to the same file, as another process would hold it."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=0)
    yield conn
    conn.close()


@pytest.fixture
async def db(path: Path) -> AsyncIterator[Connection]:
    conn = Connection.connect(path)
    yield conn
    await conn.close()


async def ticking(ticks: list[float], stop: asyncio.Event) -> None:
    while not stop.is_set():
        ticks.append(time.monotonic())
        await asyncio.sleep(0.01)


async def test_a_transaction_waits_for_another_writer_while_the_loop_runs(
    db: Connection, other: sqlite3.Connection
) -> None:
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO t (v) VALUES ('theirs')")
    asyncio.get_running_loop().call_later(0.3, other.execute, "COMMIT")
    ticks: list[float] = []
    stop = asyncio.Event()
    ticker = asyncio.create_task(ticking(ticks, stop))
    started = time.monotonic()
    await db.execute("BEGIN IMMEDIATE")
    waited = time.monotonic() - started
    await db.execute("INSERT INTO t (v) VALUES ('ours')")
    await db.execute("COMMIT")
    stop.set()
    await ticker
    assert waited >= 0.25
    assert len(ticks) >= 10  # the loop served the ticker all along
    assert max(b - a for a, b in itertools.pairwise(ticks)) < 1.0  # not blocked by the wait
    assert [r[0] for r in other.execute("SELECT v FROM t ORDER BY id")] == ["theirs", "ours"]


async def test_a_statement_outside_a_transaction_waits_too(
    db: Connection, other: sqlite3.Connection
) -> None:
    other.execute("BEGIN IMMEDIATE")
    asyncio.get_running_loop().call_later(0.1, other.execute, "ROLLBACK")
    cursor = await db.execute("INSERT INTO t (v) VALUES ('x')")
    assert cursor.rowcount == 1 and cursor.lastrowid == 1
    assert not db.in_transaction


async def test_the_wait_ends_with_the_error_after_the_busy_timeout(
    path: Path, other: sqlite3.Connection
) -> None:
    db = Connection.connect(path, busy_timeout=0.3)
    try:
        other.execute("BEGIN IMMEDIATE")
        started = time.monotonic()
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            await db.execute("BEGIN IMMEDIATE")
        assert 0.3 <= time.monotonic() - started < 2
        assert not db.in_transaction
        other.execute("ROLLBACK")
        await db.execute("BEGIN IMMEDIATE")  # free again: no wait left over
        await db.execute("ROLLBACK")
    finally:
        await db.close()


async def test_other_errors_are_raised_at_once(db: Connection) -> None:
    started = time.monotonic()
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        await db.execute("SELECT * FROM missing")
    await db.execute("INSERT INTO t (id, v) VALUES (1, 'a')")
    with pytest.raises(sqlite3.IntegrityError):
        await db.execute("INSERT INTO t (id, v) VALUES (1, 'b')")
    assert time.monotonic() - started < 1.0  # not the busy wait's 10 s


async def test_executemany_outside_a_transaction_is_all_or_none(
    db: Connection, other: sqlite3.Connection
) -> None:
    rows = [(1, "a"), (2, "b"), (1, "again"), (3, "c")]
    with pytest.raises(sqlite3.IntegrityError):
        await db.executemany("INSERT INTO t (id, v) VALUES (?, ?)", rows)
    assert not db.in_transaction
    assert other.execute("SELECT COUNT(*) FROM t").fetchone()[0] == 0
    other.execute("BEGIN IMMEDIATE")
    asyncio.get_running_loop().call_later(0.1, other.execute, "COMMIT")
    before = db.total_changes
    await db.executemany("INSERT INTO t (id, v) VALUES (?, ?)", [(1, "a"), (2, "b")])
    assert db.total_changes - before == 2
    assert other.execute("SELECT COUNT(*) FROM t").fetchone()[0] == 2


async def test_cursors_as_the_stores_read_them(db: Connection) -> None:
    await db.executemany("INSERT INTO t (v) VALUES (?)", [("a",), ("b",), ("c",)])
    async with db.execute("SELECT id, v FROM t ORDER BY id") as cursor:
        first = await cursor.fetchone()
        rest = [row["v"] async for row in cursor]
    assert first is not None and (first["id"], first["v"]) == (1, "a")
    assert rest == ["b", "c"]
    rows = await db.execute_fetchall("SELECT v FROM t WHERE id > :low", {"low": 1})
    assert [r[0] for r in rows] == ["b", "c"]
    cursor = await db.execute("UPDATE t SET v = 'z' WHERE id < 3")
    assert cursor.rowcount == 2
    assert (await (await db.execute("SELECT COUNT(*) FROM t")).fetchall())[0][0] == 3


def person(user_id: str) -> Profile:
    return Profile("telegram", user_id, "Nguyễn Văn An", "Phòng A", "Chuyên viên", False)


async def test_a_failed_savepoint_undoes_its_own_writes_only(tmp_path: Path) -> None:
    storage = await Storage.open(tmp_path / "thidua.sqlite3")
    try:
        async with storage.transaction():
            await storage.save_profile(person("1"), NOW)
            with pytest.raises(RuntimeError):
                async with storage.transaction():
                    await storage.save_profile(person("2"), NOW)
                    raise RuntimeError("the inner step fails")
            await storage.save_profile(person("3"), NOW)
        with pytest.raises(RuntimeError):
            async with storage.transaction():
                await storage.save_profile(person("4"), NOW)
                raise RuntimeError("the whole message fails")
        assert not storage.in_transaction
    finally:
        await storage.close()
    seen = sqlite3.connect(tmp_path / "thidua.sqlite3")
    try:
        users = [r[0] for r in seen.execute("SELECT user_id FROM users ORDER BY user_id")]
    finally:
        seen.close()
    assert users == ["1", "3"]


async def test_a_storage_transaction_waits_for_another_process_while_others_are_served(
    tmp_path: Path,
) -> None:
    storage = await Storage.open(tmp_path / "thidua.sqlite3")
    holder = sqlite3.connect(tmp_path / "thidua.sqlite3", isolation_level=None, timeout=0)
    try:
        holder.execute("BEGIN IMMEDIATE")
        holder.execute(
            "INSERT INTO users VALUES ('telegram', '9', 'Trần Thị Bình', 'Phòng B', "
            "'Chuyên viên', 0, '2022-03-25', '2022-03-25')"
        )
        asyncio.get_running_loop().call_later(0.3, holder.execute, "COMMIT")
        ticks: list[float] = []
        stop = asyncio.Event()
        ticker = asyncio.create_task(ticking(ticks, stop))
        await storage.save_profile(person("1"), NOW)
        stop.set()
        await ticker
        assert len(ticks) >= 10
        other = await storage.profile("telegram", "9")
        assert other is not None and other.full_name == "Trần Thị Bình"
    finally:
        holder.close()
        await storage.close()


async def test_a_deadlock_inside_a_transaction_fails_at_once(tmp_path: Path) -> None:
    """Outside WAL mode a reader that wants to write while another connection holds the
    write lock is deadlocked: waiting cannot end it, so it must not spin for the timeout."""
    file = tmp_path / "rollback-journal.sqlite3"
    setup = sqlite3.connect(file, isolation_level=None)
    setup.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    setup.close()
    db = Connection.connect(file, busy_timeout=5.0)
    writer = sqlite3.connect(file, isolation_level=None, timeout=0)
    try:
        await db.execute("BEGIN")
        await db.execute_fetchall("SELECT * FROM t")  # a read lock
        writer.execute("BEGIN IMMEDIATE")  # the write lock, elsewhere
        started = time.monotonic()
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            await db.execute("INSERT INTO t (v) VALUES ('ours')")
        assert time.monotonic() - started < 1.0
        await db.execute("ROLLBACK")
        writer.execute("INSERT INTO t (v) VALUES ('theirs')")
        writer.execute("COMMIT")
    finally:
        writer.close()
        await db.close()
