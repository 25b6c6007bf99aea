"""All SQL of the application: SQLite on the event loop's thread (bot/storage/connection.py),
in WAL mode with foreign keys on.

Migrations are the numbered `.sql` files beside this module, applied in order at start-up
in one transaction and recorded in `PRAGMA user_version`. Every write that touches more than one
row runs in one transaction; a lock keeps one coroutine's transaction from taking in another's
statements on the shared connection. The task holding the lock may re-enter it, and a
transaction opened inside another becomes a savepoint: the bot core handles a whole message,
and a channel a whole update, as one transaction made of the features' own.

The rows read on every message (a chat's offered options, a person's dialog state, contacts)
and the deadline schedule are kept in memory and written through. Several processes may share
the file: every transaction starts by asking SQLite whether another connection committed since
(`PRAGMA data_version`), and if so the caches are dropped, so another process's change is seen
at the next message or reminder sweep.
"""

import asyncio
import contextvars
import datetime as dt
import json
import logging
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from bot.messages import Choice
from bot.storage.connection import Connection, to_json
from bot.storage.declined import DeclinedStore
from bot.storage.documents import DocumentStore
from bot.storage.office import OfficeStore
from bot.storage.outbox import OutboxStore
from bot.storage.reminders import ReminderStore
from bot.storage.topics import TopicStore

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
CHECKPOINT_EVERY = 100  # commits: about the 1,000 pages of SQLite's own automatic checkpoint
HELD_WAIT = 0.05  # seconds a checkpoint made with this process's writes held may wait
TURN_EVERY = 0.001  # seconds: how long writers may follow each other without a turn
HOLD_AFTER = 0.01  # seconds: a slower checkpoint says the disk is busy; none is held then
HOLD_EVERY = 4  # checkpoints: one in so many is completed with this process's writes held
log = logging.getLogger(__name__)


class StorageError(RuntimeError):
    """A database problem the caller can explain to the user."""


class DuplicatePledge(StorageError):
    """The person already has an active pledge for this campaign and scope."""


@dataclass(frozen=True)
class Profile:
    channel: str
    user_id: str
    full_name: str
    unit: str
    position: str
    is_unit_head: bool


@dataclass(frozen=True)
class DialogState:
    name: str
    state: dict[str, Any]
    paused: bool
    updated_at: dt.datetime


@dataclass(frozen=True)
class _CachedDialog:
    """A dialog row as stored: the state stays JSON text until someone asks for it."""

    name: str
    encoded: str
    paused: bool
    updated_at: dt.datetime


@dataclass(frozen=True)
class Author:
    name: str
    share: int


@dataclass(frozen=True)
class Registration:
    """One record of /cuatoi: a pledge, an initiative or a nomination."""

    kind: str  # "pledge", "initiative", "nomination"
    id: int
    ref: str
    campaign_id: str
    status: str
    fields: dict[str, Any]
    created_at: dt.datetime
    updated_at: dt.datetime
    review: str = "submitted"  # submitted, received, approved, returned, resubmitted
    review_note: str | None = None  # the reason of a return


_TABLES = {"pledge": "pledges", "initiative": "initiatives", "nomination": "nominations"}
_FIELDS = {
    "pledge": ("scope", "titles", "targets", "planned_initiative"),
    "initiative": ("name", "field", "first_applied", "description", "conditions", "benefits"),
    "nomination": ("kind", "nominee", "unit", "achievements"),
}
_PREFIXES = {"pledge": "TD", "initiative": "SK", "nomination": "DH"}


class WriterLock:
    """One writer at a time on the shared connection; the task that holds it may enter again.

    Storage methods take it for their own statements; inside a transaction they run as part of
    it. (A task started while the lock is held inherits the holding: start none there.)
    """

    def __init__(self, monotonic: Callable[[], float] = time.monotonic) -> None:
        self._lock = asyncio.Lock()
        self._monotonic = monotonic
        self.entries = 0  # times taken from outside: this process's writes, give or take
        self._next_turn = 0.0  # time.monotonic() when the next writer lets others run first
        self._depth: contextvars.ContextVar[int] = contextvars.ContextVar(
            f"writer_depth_{id(self)}", default=0
        )

    @property
    def held(self) -> bool:
        return self._depth.get() > 0

    async def __aenter__(self) -> None:
        depth = self._depth.get()
        if depth == 0:
            # Statements run on the loop's thread and rarely wait: without a turn now and
            # then, a stream of messages could keep a reminder sweep (or any other task) from
            # running. Every TURN_EVERY, not at every message: a turn of the loop costs
            # about as much as a message's SQL statement.
            if self._monotonic() >= self._next_turn:
                await asyncio.sleep(0)
                self._next_turn = self._monotonic() + TURN_EVERY
            await self._lock.acquire()
            self.entries += 1
        self._depth.set(depth + 1)

    async def __aexit__(self, *exc: object) -> None:
        depth = self._depth.get() - 1
        self._depth.set(depth)
        if depth == 0:
            self._lock.release()


class Storage:
    def __init__(self, db: Connection) -> None:
        self._db = db
        self._lock = WriterLock()
        self._savepoints: contextvars.ContextVar[int] = contextvars.ContextVar(
            f"savepoints_{id(self)}", default=0
        )
        self._data_version: int | None = None
        self._on_change: list[Callable[[], None]] = [self._forget_cached]
        self._dialogs: dict[tuple[str, str], _CachedDialog | None] = {}
        self._offered: dict[tuple[str, str, str], tuple[Choice, ...]] = {}
        self._contacts: dict[tuple[str, str], str] = {}
        self._deliveries = 0
        self.path: Path | None = None
        self._commits = 0  # since the last checkpoint
        self._checkpoints = 0  # made after CHECKPOINT_EVERY commits
        self._checkpointing: asyncio.Task[None] | None = None
        self.reminders = ReminderStore(db, self._lock, self.transaction)
        self.outbox = OutboxStore(db, self._lock, self.transaction)
        self._on_change.append(self.reminders.forget_cached)
        self.office = OfficeStore(
            db, self._lock, self.transaction, self._registration, lambda: self.in_transaction
        )
        self._on_change.append(self.office.forget_cached)
        self.declined = DeclinedStore(db, self._lock, self.transaction)
        self.topics = TopicStore()  # in memory: see bot/storage/topics.py
        self.documents = DocumentStore(
            db, self._lock, self.transaction, self.reminders.forget_cached
        )

    @classmethod
    async def open(cls, path: Path | str) -> "Storage":
        """Open (creating if needed) the database file and bring its schema up to date.

        Any failure is one StorageError, with the connection closed."""
        if not Path(path).parent.is_dir():
            raise StorageError(f"không mở được tệp cơ sở dữ liệu {path}: thư mục không tồn tại")
        try:
            db = Connection.connect(path)
        except Exception as exc:  # sqlite3 raises several kinds for a bad path
            raise StorageError(f"không mở được tệp cơ sở dữ liệu {path}: {exc}") from exc
        try:
            mode = list(await db.execute_fetchall("PRAGMA journal_mode = WAL"))
            if mode and str(mode[0][0]).lower() != "wal":
                # Another process may then wait on this one's readers; see connection.py.
                log.warning("SQLite could not use WAL mode for %s (%s)", path, mode[0][0])
            await db.execute("PRAGMA synchronous = NORMAL")
            await db.execute("PRAGMA wal_autocheckpoint = 0")  # see Storage.checkpoint
            await db.execute("PRAGMA foreign_keys = ON")
            storage = cls(db)
            storage.path = Path(path)
            await storage._migrate()
        except sqlite3.DatabaseError as exc:
            await db.close()
            raise StorageError(
                f"tệp {path} không phải cơ sở dữ liệu SQLite dùng được: {exc}"
            ) from exc
        except BaseException:
            await db.close()
            raise
        return storage

    async def close(self) -> None:
        if self._checkpointing is not None:
            await self._checkpointing
        await self._db.close()

    async def checkpoint(self) -> bool:
        """Copy the write-ahead log into the database file, on a connection of its own in a
        worker thread: the serving connection, whose automatic checkpoints are off, never
        stops for it. Run after every CHECKPOINT_EVERY commits and by the reminder service
        every minute. True when the whole log was copied: the next write starts it over."""
        if self.path is None:
            return False
        return await asyncio.to_thread(_checkpoint, self.path)

    def _committed(self) -> None:
        self._commits += 1
        if self._commits < CHECKPOINT_EVERY or not (
            self._checkpointing is None or self._checkpointing.done()
        ):
            return
        self._commits = 0
        # In a fresh context: the task must not inherit this one's hold on the writer lock.
        self._checkpointing = asyncio.create_task(
            self._checkpoint_in_background(), context=contextvars.Context()
        )

    async def _checkpoint_in_background(self) -> None:
        """A checkpoint, then now and then, when messages were committed while it ran,
        another one for just those, with this process's writes held meanwhile: SQLite starts
        the log over only once all of it is copied, and under a steady stream of messages
        the first never gets there. A log that only grows makes commits dearer (the file
        grows at its end instead of being written over) and takes the disk. Not every time,
        and only when the first was quick: messages wait for the held one and its two disk
        syncs, which a busy disk (or a reminder sweep's writes) can make long."""
        try:
            began = time.monotonic()
            await self.checkpoint()
            took = time.monotonic() - began
            self._checkpoints += 1
            if (
                self._commits  # since the first began
                and took <= HOLD_AFTER
                and self._checkpoints % HOLD_EVERY == 0
                and self.path is not None
            ):
                async with self._lock:
                    # Quick or not at all: messages wait meanwhile.
                    await asyncio.to_thread(_checkpoint, self.path, HELD_WAIT)
        except Exception:
            log.exception("checkpoint failed")

    async def _migrate(self) -> None:
        """Apply the migrations the file lacks, all in one transaction that reads the version
        itself: processes starting together on a new file migrate it once."""
        async with self.transaction():
            async with self._db.execute("PRAGMA user_version") as cursor:
                row = await cursor.fetchone()
            version = int(row[0]) if row else 0
            for path in sorted(MIGRATIONS_DIR.glob("*.sql")):
                number = int(path.name.split("_", 1)[0])
                if number <= version:
                    continue
                for statement in _statements(path.read_text(encoding="utf-8")):
                    await self._db.execute(statement)
                await self._db.execute(f"PRAGMA user_version = {number}")

    def transaction(self) -> "_Transaction":
        """Run the block's statements as one transaction: all of them or none.

        Inside another transaction of the same task it is a savepoint: its failure undoes
        its own statements only, and nothing is durable before the outermost one commits."""
        return _Transaction(self)

    async def _undo(self, depth: int) -> None:
        """Roll back to where the transaction (or savepoint) began; cached rows may be wrong."""
        self._forget_cached_everywhere()
        if depth == 0:
            if self._db.in_transaction:
                await self._db.execute("ROLLBACK")
        else:
            if not self._db.in_transaction:  # SQLite already undid it all (disk full)
                return
            await self._db.execute(f"ROLLBACK TO sp{depth}")
            await self._db.execute(f"RELEASE sp{depth}")

    async def _notice_other_writers(self) -> None:
        """Drop the caches when another connection committed since this one last looked."""
        rows = list(await self._db.execute_fetchall("PRAGMA data_version"))
        version = int(rows[0][0]) if rows else 0
        if self._data_version is not None and version != self._data_version:
            self._forget_cached_everywhere()
        self._data_version = version

    async def change_mark(self) -> tuple[int, int]:
        """A value that differs whenever the data may have changed since it was taken: by
        another connection's commits (data_version) or by a write of this process."""
        rows = list(await self._db.execute_fetchall("PRAGMA data_version"))
        return int(rows[0][0]), self._lock.entries

    def on_external_change(self, forget: Callable[[], None]) -> None:
        """Call `forget` whenever another process may have changed the data (drop a cache)."""
        self._on_change.append(forget)

    def _forget_cached_everywhere(self) -> None:
        for forget in self._on_change:
            forget()

    def _forget_cached(self) -> None:
        self._dialogs.clear()
        self._offered.clear()
        self._contacts.clear()

    @property
    def in_transaction(self) -> bool:
        """Whether this task is inside a transaction (its writes commit with it)."""
        return self._savepoints.get() > 0

    async def refresh(self) -> None:
        """Look for other processes' changes now (a transaction does it anyway)."""
        async with self.transaction():
            pass

    async def schema_version(self) -> int:
        async with self._db.execute("PRAGMA user_version") as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0

    async def tables(self) -> list[str]:
        sql = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        async with self._db.execute(sql) as cursor:
            return [row[0] async for row in cursor]

    # Profiles

    async def profile(self, channel: str, user_id: str) -> Profile | None:
        # A unit head is appointed by the office (roles), never self-declared.
        sql = """
            SELECT u.*, EXISTS (SELECT 1 FROM roles r WHERE r.channel = u.channel
                AND r.user_id = u.user_id AND r.role = 'unit_head') AS heads_unit
            FROM users u WHERE u.channel = ? AND u.user_id = ?
        """
        rows = list(await self._db.execute_fetchall(sql, (channel, user_id)))
        if not rows:
            return None
        row = rows[0]
        return Profile(
            channel=row["channel"],
            user_id=row["user_id"],
            full_name=row["full_name"],
            unit=row["unit"],
            position=row["position"],
            is_unit_head=bool(row["heads_unit"]),
        )

    async def save_profile(self, profile: Profile, now: dt.datetime) -> None:
        """Write the profile and end the profile dialog, in one transaction."""
        sql = """
            INSERT INTO users (channel, user_id, full_name, unit, position, is_unit_head,
                               created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (channel, user_id) DO UPDATE SET
                full_name = excluded.full_name, unit = excluded.unit,
                position = excluded.position, updated_at = excluded.updated_at
        """
        stamp = now.isoformat()
        async with self.transaction():
            await self._drop_dialog(profile.channel, profile.user_id)
            await self._db.execute(
                sql,
                (
                    profile.channel,
                    profile.user_id,
                    profile.full_name,
                    profile.unit,
                    profile.position,
                    0,  # legacy column: unit heads are roles now
                    stamp,
                    stamp,
                ),
            )

    # Dialog state

    async def dialog(self, channel: str, user_id: str) -> DialogState | None:
        key = (channel, user_id)
        if key not in self._dialogs:
            sql = "SELECT name, state, paused, updated_at FROM dialogs WHERE channel = ? AND user_id = ?"
            rows = list(await self._db.execute_fetchall(sql, key))
            self._dialogs[key] = (
                _CachedDialog(
                    name=rows[0]["name"],
                    encoded=rows[0]["state"],
                    paused=bool(rows[0]["paused"]),
                    updated_at=dt.datetime.fromisoformat(rows[0]["updated_at"]),
                )
                if rows
                else None
            )
        cached = self._dialogs[key]
        if cached is None:
            return None
        # Decoded afresh from the stored text: the caller may change the state it was given.
        return DialogState(
            cached.name, json.loads(cached.encoded), cached.paused, cached.updated_at
        )

    async def save_dialog(
        self,
        channel: str,
        user_id: str,
        name: str,
        state: dict[str, Any],
        now: dt.datetime,
        paused: bool = False,
    ) -> None:
        sql = """
            INSERT INTO dialogs (channel, user_id, name, state, paused, updated_at)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (channel, user_id) DO UPDATE SET
                name = excluded.name, state = excluded.state, paused = excluded.paused,
                updated_at = excluded.updated_at
        """
        encoded = to_json(state)
        async with self._lock:
            await self._db.execute(
                sql, (channel, user_id, name, encoded, int(paused), now.isoformat())
            )
        self._dialogs[(channel, user_id)] = _CachedDialog(name, encoded, paused, now)

    async def drop_dialog(self, channel: str, user_id: str) -> None:
        async with self._lock:
            await self._drop_dialog(channel, user_id)

    async def _drop_dialog(self, channel: str, user_id: str) -> None:
        """Delete the dialog row (inside the caller's transaction) and forget the cached
        state; should the transaction roll back, the state is read again from the file."""
        sql = "DELETE FROM dialogs WHERE channel = ? AND user_id = ?"
        await self._db.execute(sql, (channel, user_id))
        self._dialogs.pop((channel, user_id), None)

    # Options last offered to a person in a chat (in a group, each member has their own)

    async def offered(self, channel: str, chat_id: str, user_id: str) -> tuple[Choice, ...]:
        key = (channel, chat_id, user_id)
        found = self._offered.get(key)
        if found is None:
            sql = """
                SELECT choices FROM offered_choices
                WHERE channel = ? AND chat_id = ? AND user_id = ?
            """
            rows = list(await self._db.execute_fetchall(sql, key))
            pairs = json.loads(rows[0][0]) if rows else []
            found = self._offered[key] = tuple(
                Choice(str(label), str(value)) for label, value in pairs
            )
        return found

    async def save_offered(
        self, channel: str, chat_id: str, user_id: str, choices: tuple[Choice, ...]
    ) -> None:
        key = (channel, chat_id, user_id)
        if self._offered.get(key) == choices:
            return
        sql = """
            INSERT INTO offered_choices (channel, chat_id, user_id, choices) VALUES (?, ?, ?, ?)
            ON CONFLICT (channel, chat_id, user_id) DO UPDATE SET choices = excluded.choices
        """
        pairs = [[c.label, c.value] for c in choices]
        async with self._lock:
            await self._db.execute(sql, (*key, to_json(pairs)))
        self._offered[key] = choices

    # Channels: redelivered updates and where people can be reached

    async def first_delivery(self, channel: str, update_id: str, now: dt.datetime) -> bool:
        """Record an update as handled; False when it was handled before (a redelivery)."""
        sql = (
            "INSERT OR IGNORE INTO processed_updates (channel, update_id, seen_at) VALUES (?, ?, ?)"
        )
        async with self._lock:
            cursor = await self._db.execute(sql, (channel, update_id, now.isoformat()))
            fresh = cursor.rowcount == 1
            self._deliveries += 1
            if self._deliveries % 1000 == 0:
                # Both APIs redeliver within hours at most; a week of ids is plenty.
                cutoff = (now - dt.timedelta(days=7)).isoformat()
                await self._db.execute("DELETE FROM processed_updates WHERE seen_at < ?", (cutoff,))
        return fresh

    async def remember_contact(
        self, channel: str, user_id: str, chat_id: str, user_name: str, now: dt.datetime
    ) -> None:
        """Note the private chat where a person can be reached (first time only, cached)."""
        key = (channel, user_id)
        if self._contacts.get(key) == chat_id:
            return
        sql = """
            INSERT INTO contacts (channel, user_id, chat_id, user_name, first_seen)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (channel, user_id) DO UPDATE SET chat_id = excluded.chat_id
        """
        async with self._lock:
            await self._db.execute(sql, (channel, user_id, chat_id, user_name, now.isoformat()))
        self._contacts[key] = chat_id

    async def contacts(self) -> list[tuple[str, str, str]]:
        """Every (channel, user_id, chat_id) the bot can write to privately."""
        sql = "SELECT channel, user_id, chat_id FROM contacts ORDER BY channel, user_id"
        return [(r[0], r[1], r[2]) for r in await self._db.execute_fetchall(sql)]

    # Registrations

    async def save_registration(
        self,
        kind: str,
        channel: str,
        user_id: str,
        campaign_id: str,
        fields: dict[str, Any],
        now: dt.datetime,
        record_id: int | None = None,
        authors: list[Author] | None = None,
        ref_year: int | None = None,
    ) -> str:
        """Insert (or update, given record_id) one record and end the dialog, atomically.

        Returns the record's reference number ("SK-2022-0003"); its year is the campaign's
        (`ref_year`), not the year of typing.
        """
        table = _TABLES[kind]
        names = _FIELDS[kind]
        values = [_encode(fields[name]) for name in names]
        stamp = now.isoformat()
        async with self.transaction():
            try:
                if record_id is None:
                    ref = await self._next_ref(_PREFIXES[kind], ref_year or now.year)
                    columns = ", ".join(names)
                    marks = ", ".join("?" for _ in names)
                    sql = f"""
                        INSERT INTO {table} (ref, channel, user_id, campaign_id, {columns},
                                             status, created_at, updated_at)
                        VALUES (?, ?, ?, ?, {marks}, 'active', ?, ?)
                    """
                    cursor = await self._db.execute(
                        sql, (ref, channel, user_id, campaign_id, *values, stamp, stamp)
                    )
                    record_id = cursor.lastrowid
                    assert record_id is not None
                    before, after, action = None, "submitted", "submit"
                else:
                    ref, before = await self._owned_ref(table, record_id, channel, user_id)
                    # An edit after the office has seen the record sends it back for review.
                    after = "submitted" if before == "submitted" else "resubmitted"
                    action = "resubmit" if before == "returned" else "edit"
                    sets = ", ".join(f"{name} = ?" for name in names)
                    sql = f"""
                        UPDATE {table} SET campaign_id = ?, {sets}, updated_at = ?, review = ?
                        WHERE id = ? AND status = 'active'
                    """
                    await self._db.execute(sql, (campaign_id, *values, stamp, after, record_id))
                await self.office.record_event(
                    kind, record_id, ref, f"{channel}:{user_id}", action, before, after,
                    None, now,
                )  # fmt: skip
            except sqlite3.IntegrityError as exc:
                if kind == "pledge" and "pledges" in str(exc):
                    raise DuplicatePledge(str(exc)) from exc
                raise
            if authors is not None:
                await self._db.execute(
                    "DELETE FROM initiative_authors WHERE initiative_id = ?", (record_id,)
                )
                await self._db.executemany(
                    "INSERT INTO initiative_authors (initiative_id, position, name, share) "
                    "VALUES (?, ?, ?, ?)",
                    [(record_id, i, a.name, a.share) for i, a in enumerate(authors, 1)],
                )
            await self._drop_dialog(channel, user_id)
        return ref

    async def _next_ref(self, prefix: str, year: int) -> str:
        sql = """
            INSERT INTO reference_counters (prefix, year, last) VALUES (?, ?, 1)
            ON CONFLICT (prefix, year) DO UPDATE SET last = last + 1
            RETURNING last
        """
        async with self._db.execute(sql, (prefix, year)) as cursor:
            row = await cursor.fetchone()
        assert row is not None
        return f"{prefix}-{year}-{int(row[0]):04d}"

    async def _owned_ref(
        self, table: str, record_id: int, channel: str, user_id: str
    ) -> tuple[str, str]:
        """The reference and review state of the person's active record."""
        sql = (
            f"SELECT ref, status, review FROM {table} WHERE id = ? AND channel = ? AND user_id = ?"
        )
        async with self._db.execute(sql, (record_id, channel, user_id)) as cursor:
            row = await cursor.fetchone()
        if row is None or row["status"] != "active":
            raise StorageError("bản đăng ký không còn hiệu lực để sửa")
        return str(row["ref"]), str(row["review"])

    async def registrations(self, channel: str, user_id: str) -> list[Registration]:
        """Everything the person registered, newest first, withdrawn ones included."""
        found: list[Registration] = []
        for kind, table in _TABLES.items():
            sql = f"SELECT * FROM {table} WHERE channel = ? AND user_id = ?"
            async with self._db.execute(sql, (channel, user_id)) as cursor:
                rows = await cursor.fetchall()
            for row in rows:
                found.append(await self._registration(kind, row))
        return sorted(found, key=lambda r: (r.created_at, r.ref), reverse=True)

    async def registration(
        self, kind: str, record_id: int, channel: str, user_id: str
    ) -> Registration | None:
        table = _TABLES.get(kind)
        if table is None:
            return None
        sql = f"SELECT * FROM {table} WHERE id = ? AND channel = ? AND user_id = ?"
        async with self._db.execute(sql, (record_id, channel, user_id)) as cursor:
            row = await cursor.fetchone()
        return await self._registration(kind, row) if row else None

    async def active_pledge(
        self, channel: str, user_id: str, campaign_id: str, scope: str
    ) -> Registration | None:
        sql = """
            SELECT * FROM pledges WHERE channel = ? AND user_id = ? AND campaign_id = ?
            AND scope = ? AND status = 'active'
        """
        async with self._db.execute(sql, (channel, user_id, campaign_id, scope)) as cursor:
            row = await cursor.fetchone()
        return await self._registration("pledge", row) if row else None

    async def withdraw(
        self, kind: str, record_id: int, channel: str, user_id: str, now: dt.datetime
    ) -> bool:
        """Mark an active record withdrawn (it is kept); False if there was none."""
        sql = f"""
            UPDATE {_TABLES[kind]} SET status = 'withdrawn', updated_at = ?
            WHERE id = ? AND channel = ? AND user_id = ? AND status = 'active'
            RETURNING ref
        """
        async with self.transaction():
            rows = list(
                await self._db.execute_fetchall(sql, (now.isoformat(), record_id, channel, user_id))
            )
            if rows:
                await self.office.record_event(
                    kind, record_id, rows[0][0], f"{channel}:{user_id}", "withdraw",
                    "active", "withdrawn", None, now,
                )  # fmt: skip
        return bool(rows)

    async def save_application(
        self,
        initiative_id: int,
        channel: str,
        user_id: str,
        fields: dict[str, Any],
        now: dt.datetime,
    ) -> bool:
        """Keep the application for recognition of one's own active initiative and end the
        dialog, atomically; False when the initiative is not the person's or not active."""
        stamp = now.isoformat()
        async with self.transaction():
            sql = """SELECT 1 FROM initiatives WHERE id = ? AND channel = ? AND user_id = ?
                     AND status = 'active'"""
            if not list(await self._db.execute_fetchall(sql, (initiative_id, channel, user_id))):
                return False
            await self._db.execute(
                """
                INSERT INTO initiative_applications (initiative_id, fields, created_at, updated_at)
                VALUES (?, ?, ?, ?)
                ON CONFLICT (initiative_id) DO UPDATE SET fields = excluded.fields,
                    updated_at = excluded.updated_at
                """,
                (initiative_id, to_json(fields), stamp, stamp),
            )
            await self._drop_dialog(channel, user_id)
        return True

    async def application(self, initiative_id: int) -> dict[str, Any] | None:
        sql = "SELECT fields FROM initiative_applications WHERE initiative_id = ?"
        rows = list(await self._db.execute_fetchall(sql, (initiative_id,)))
        return dict(json.loads(rows[0][0])) if rows else None

    async def count(self, table: str) -> int:
        """Rows in a table (for tests and the office's figures)."""
        if table not in (*_TABLES.values(), "initiative_authors", "dialogs", "users"):
            raise ValueError(table)
        async with self._db.execute(f"SELECT COUNT(*) FROM {table}") as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0

    async def _registration(self, kind: str, row: sqlite3.Row) -> Registration:
        fields = {name: _decode(name, row[name]) for name in _FIELDS[kind]}
        if kind == "initiative":
            sql = "SELECT name, share FROM initiative_authors WHERE initiative_id = ? ORDER BY position"
            async with self._db.execute(sql, (row["id"],)) as cursor:
                fields["authors"] = [Author(r["name"], r["share"]) async for r in cursor]
        return Registration(
            kind=kind,
            id=row["id"],
            ref=row["ref"],
            campaign_id=row["campaign_id"],
            status=row["status"],
            fields=fields,
            created_at=dt.datetime.fromisoformat(row["created_at"]),
            updated_at=dt.datetime.fromisoformat(row["updated_at"]),
            review=row["review"],
            review_note=row["review_note"],
        )


class _Transaction:
    """Storage.transaction's block (a class: every message runs one, and a generator-based
    context manager costs several times more to enter and leave)."""

    __slots__ = ("_depth", "_storage", "_token")

    def __init__(self, storage: Storage) -> None:
        self._storage = storage
        self._depth = 0
        self._token: contextvars.Token[int] | None = None

    async def __aenter__(self) -> None:
        storage = self._storage
        await storage._lock.__aenter__()
        try:
            depth = self._depth = storage._savepoints.get()
            if depth == 0:
                await storage._db.execute("BEGIN IMMEDIATE")
                await storage._notice_other_writers()
            else:
                await storage._db.execute(f"SAVEPOINT sp{depth}")
        except BaseException:
            try:
                # begun but not entered: left open, the next BEGIN of any message would fail
                if storage._savepoints.get() == 0 and storage._db.in_transaction:
                    await storage._db.execute("ROLLBACK")
            finally:
                await storage._lock.__aexit__()
            raise
        self._token = storage._savepoints.set(depth + 1)

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        storage, depth = self._storage, self._depth
        try:
            assert self._token is not None
            storage._savepoints.reset(self._token)
            if exc is not None:
                await storage._undo(depth)
            elif depth == 0:
                try:
                    await storage._db.execute("COMMIT")
                except BaseException:
                    await storage._undo(0)
                    raise
                storage._committed()
            else:
                await storage._db.execute(f"RELEASE sp{depth}")
        finally:
            await storage._lock.__aexit__()


def _checkpoint(path: Path, wait: float = 1.0) -> bool:
    """A passive checkpoint on a connection of its own (run in a worker thread: its wait for
    the lock holds up nobody)."""
    side = sqlite3.connect(path, timeout=wait)
    try:
        busy, logged, copied = side.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    finally:
        side.close()
    return not busy and logged == copied


def _encode(value: Any) -> Any:
    return to_json(value) if isinstance(value, list) else value


def _decode(name: str, value: Any) -> Any:
    return json.loads(value) if name == "titles" else value


def _statements(script: str) -> list[str]:
    """Split a migration into statements (no semicolons inside our string literals)."""
    lines = [line for line in script.splitlines() if not line.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
