"""SQLite on the event loop's own thread, behind the async API the stores use.

A statement of this application takes microseconds: handing it to a worker thread and back
(aiosqlite) costs more than running it. The one wait that can be long is for the write lock
while another process writes (a rolling restart, a second worker). The connection therefore
never waits inside SQLite (busy_timeout 0, which would block the event loop): a statement
that finds the database busy is tried again after an asyncio sleep that grows, for up to
BUSY_TIMEOUT in all, and the loop serves other coroutines meanwhile.
"""

import asyncio
import json
import sqlite3
import time
from collections.abc import (
    AsyncIterator,
    Callable,
    Generator,
    Iterable,
    Mapping,
    Sequence,
)
from pathlib import Path
from types import TracebackType
from typing import Any, TypeAlias

BUSY_TIMEOUT = 10.0  # seconds, as long as the thread-based connection waited before
FIRST_WAIT = 0.001
LONGEST_WAIT = 0.05
# A value as stored JSON text, as json.dumps(value, ensure_ascii=False) writes it, with one
# encoder made once (json.dumps with any option builds a new encoder at every call). What
# is stored is plain data from our own code: no need to look for reference cycles.
to_json = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode

Params: TypeAlias = Sequence[Any] | Mapping[str, Any]


def is_busy(exc: sqlite3.Error) -> bool:
    """Another connection holds the lock this statement needs: trying again may succeed.

    (A stale snapshot, SQLITE_BUSY_SNAPSHOT, never clears by waiting.)"""
    code = getattr(exc, "sqlite_errorcode", None)
    return (
        code is not None
        and code & 0xFF == sqlite3.SQLITE_BUSY
        and code != sqlite3.SQLITE_BUSY_SNAPSHOT
    )


class Cursor:
    """The result of one statement."""

    def __init__(self, raw: sqlite3.Cursor) -> None:
        self._raw = raw

    @property
    def rowcount(self) -> int:
        return self._raw.rowcount

    @property
    def lastrowid(self) -> int | None:
        return self._raw.lastrowid

    async def fetchone(self) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self._raw.fetchone()
        return row

    async def fetchall(self) -> list[sqlite3.Row]:
        return self._raw.fetchall()

    async def __aiter__(self) -> AsyncIterator[sqlite3.Row]:
        for row in self._raw:
            yield row

    async def close(self) -> None:
        self._raw.close()


class _Statement:
    """`await connection.execute(...)` gives the cursor; `async with` closes it after.

    The statement runs when awaited, at once unless the database is busy: no coroutine is
    made for the statements (nearly all) that need not wait."""

    __slots__ = ("_cursor", "_db", "_params", "_sql")

    def __init__(self, db: "Connection", sql: str, params: Params) -> None:
        self._db = db
        self._sql = sql
        self._params = params
        self._cursor: Cursor | None = None

    def __await__(self) -> Generator[Any, None, Cursor]:
        db, sql, params = self._db, self._sql, self._params
        done = db._try(db._raw.execute, sql, params)
        if isinstance(done, sqlite3.OperationalError):
            done = yield from db._retry(db._raw.execute, sql, params, done).__await__()
        return Cursor(done)

    async def __aenter__(self) -> Cursor:
        self._cursor = await self
        return self._cursor

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._cursor is not None:
            await self._cursor.close()


class Connection:
    """One sqlite3 connection used from the event loop's thread, rows as sqlite3.Row, no
    implicit transactions (BEGIN and COMMIT are the caller's)."""

    def __init__(self, raw: sqlite3.Connection, busy_timeout: float = BUSY_TIMEOUT) -> None:
        self._raw = raw
        self.busy_timeout = busy_timeout

    @classmethod
    def connect(cls, path: Path | str, busy_timeout: float = BUSY_TIMEOUT) -> "Connection":
        raw = sqlite3.connect(str(path), isolation_level=None, timeout=0, check_same_thread=False)
        raw.row_factory = sqlite3.Row
        raw.execute("PRAGMA busy_timeout = 0")
        return cls(raw, busy_timeout)

    @property
    def in_transaction(self) -> bool:
        return self._raw.in_transaction

    @property
    def total_changes(self) -> int:
        return self._raw.total_changes

    def execute(self, sql: str, params: Params = ()) -> _Statement:
        return _Statement(self, sql, params)

    async def execute_fetchall(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        done = self._try(self._raw.execute, sql, params)
        if isinstance(done, sqlite3.OperationalError):
            done = await self._retry(self._raw.execute, sql, params, done)
        return done.fetchall()

    async def executemany(self, sql: str, rows: Iterable[Params]) -> Cursor:
        """All rows or none: outside a transaction they get one of their own (retrying a batch
        that failed half-way in autocommit would write its first rows twice)."""
        if self._raw.in_transaction:
            return Cursor(self._raw.executemany(sql, rows))
        await self.execute("BEGIN IMMEDIATE")
        try:
            cursor = self._raw.executemany(sql, rows)
            await self.execute("COMMIT")
        except BaseException:
            if self._raw.in_transaction:
                self._raw.execute("ROLLBACK")
            raise
        return Cursor(cursor)

    async def commit(self) -> None:
        if self._raw.in_transaction:
            await self.execute("COMMIT")

    async def close(self) -> None:
        self._raw.close()

    def _try(
        self, run: Callable[[str, Params], sqlite3.Cursor], sql: str, params: Params
    ) -> sqlite3.Cursor | sqlite3.OperationalError:
        """Run the statement: its cursor, or the error when another connection holds the
        lock it needs and waiting may help (see `_retry`); any other error is raised."""
        try:
            return run(sql, params)
        except sqlite3.OperationalError as exc:
            if not is_busy(exc) or (self._raw.in_transaction and not _is_commit(sql)):
                raise
            return exc

    async def _retry(
        self,
        run: Callable[[str, Params], sqlite3.Cursor],
        sql: str,
        params: Params,
        busy: sqlite3.OperationalError,
    ) -> sqlite3.Cursor:
        """Run again a statement that found the database busy, after a growing sleep, up to
        `busy_timeout` seconds in all. A busy statement did nothing, so running it again is
        safe. Inside a transaction only COMMIT may wait: another busy statement there is a
        deadlock that waiting cannot end (SQLite's rule; it happens outside WAL mode), so it
        fails at once (`_try`)."""
        deadline = time.monotonic() + self.busy_timeout
        wait = FIRST_WAIT
        while True:
            now = time.monotonic()
            if now >= deadline:
                raise busy
            await asyncio.sleep(min(wait, deadline - now))
            wait = min(wait * 2, LONGEST_WAIT)
            done = self._try(run, sql, params)
            if not isinstance(done, sqlite3.OperationalError):
                return done
            busy = done


def _is_commit(sql: str) -> bool:
    return sql.strip().upper() in ("COMMIT", "END")
