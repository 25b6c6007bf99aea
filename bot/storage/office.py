"""SQL of the campaign office's desk: units and staff lists, roles, the review of
registrations and its record, nudges, and announcements (whose messages, like every message
the desk sends, are rows of the outbox: see bot/notices.py)."""

import datetime as dt
import sqlite3
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.storage.connection import Connection
from knowledge.normalize import fold

if TYPE_CHECKING:
    from bot.storage import Registration

TABLES = {"pledge": "pledges", "initiative": "initiatives", "nomination": "nominations"}
REVIEW_STATES = ("submitted", "received", "approved", "returned", "resubmitted")


class OfficeError(RuntimeError):
    """A request the office's data cannot satisfy; the message is Vietnamese for the user."""


@dataclass(frozen=True)
class Unit:
    id: int
    name: str


@dataclass(frozen=True)
class StaffRow:
    """One line of a staff list, as read from a file."""

    full_name: str
    unit: str
    position: str
    phone: str | None = None
    email: str | None = None
    telegram: str | None = None


@dataclass(frozen=True)
class StaffMember:
    id: int
    unit: str
    full_name: str
    position: str
    phone: str | None
    email: str | None
    telegram: str | None
    channel: str | None
    user_id: str | None
    match: str  # none, unsure, confirmed


@dataclass(frozen=True)
class Person:
    """Someone who filled in a profile, with the private chat where they can be reached."""

    channel: str
    user_id: str
    full_name: str
    unit: str
    position: str
    chat_id: str | None


@dataclass(frozen=True)
class OfficeRecord:
    """A registration as the office sees it: with whose it is."""

    registration: "Registration"
    channel: str
    user_id: str
    full_name: str
    unit: str
    position: str


@dataclass(frozen=True)
class Event:
    actor: str
    action: str
    before: str | None
    after: str | None
    note: str | None
    at: dt.datetime


RowLoader = Callable[[str, sqlite3.Row], Awaitable["Registration"]]


class OfficeStore:
    def __init__(
        self,
        db: Connection,
        lock: AbstractAsyncContextManager[None],
        transaction: Callable[[], AbstractAsyncContextManager[None]],
        load: RowLoader,
        in_transaction: Callable[[], bool] = lambda: False,
    ) -> None:
        self._db = db
        self._lock = lock
        self._transaction = transaction
        self._load = load
        self._in_transaction = in_transaction
        # Roles read inside a transaction: every transaction starts by dropping them when
        # another process committed since (Storage), and a grant or revoke here drops them.
        self._roles: dict[tuple[str, str], dict[str, str | None]] = {}

    def forget_cached(self) -> None:
        self._roles.clear()

    # Units and staff lists

    async def units(self) -> list[Unit]:
        sql = "SELECT id, name FROM units"
        units = [Unit(r[0], r[1]) for r in await self._db.execute_fetchall(sql)]
        return sorted(units, key=lambda u: fold(u.name))

    async def add_unit(self, name: str, now: dt.datetime) -> bool:
        """Create a unit; False when one of that name exists already."""
        sql = "INSERT OR IGNORE INTO units (name, created_at) VALUES (?, ?)"
        async with self._lock:
            cursor = await self._db.execute(sql, (name, now.isoformat()))
        return cursor.rowcount == 1

    async def import_staff(self, rows: Sequence[StaffRow], now: dt.datetime) -> tuple[int, int]:
        """Add the units and staff of a list in one transaction; (new units, new staff rows).

        A person already listed (same unit, name and position) gets the new contact details.
        """
        stamp = now.isoformat()
        count_sql = "SELECT (SELECT COUNT(*) FROM units), (SELECT COUNT(*) FROM staff)"
        async with self._transaction():
            async with self._db.execute(count_sql) as cursor:
                before = await cursor.fetchone()
            for row in rows:
                await self._db.execute(
                    "INSERT OR IGNORE INTO units (name, created_at) VALUES (?, ?)",
                    (row.unit, stamp),
                )
                await self._db.execute(
                    """
                    INSERT INTO staff (unit_id, full_name, position, phone, email, telegram)
                    VALUES ((SELECT id FROM units WHERE name = ?), ?, ?, ?, ?, ?)
                    ON CONFLICT (unit_id, full_name, position) DO UPDATE SET
                        phone = excluded.phone, email = excluded.email,
                        telegram = excluded.telegram
                    """,
                    (row.unit, row.full_name, row.position, row.phone, row.email, row.telegram),
                )
            async with self._db.execute(count_sql) as cursor:
                after = await cursor.fetchone()
        assert before is not None and after is not None
        return int(after[0]) - int(before[0]), int(after[1]) - int(before[1])

    async def staff(self, unit: str | None = None) -> list[StaffMember]:
        sql = """
            SELECT s.*, u.name AS unit FROM staff s JOIN units u ON u.id = s.unit_id
            WHERE (? IS NULL OR u.name = ?) ORDER BY s.id
        """
        rows = await self._db.execute_fetchall(sql, (unit, unit))
        listed = [
            StaffMember(
                id=r["id"],
                unit=r["unit"],
                full_name=r["full_name"],
                position=r["position"],
                phone=r["phone"],
                email=r["email"],
                telegram=r["telegram"],
                channel=r["channel"],
                user_id=r["user_id"],
                match=r["match"],
            )
            for r in rows
        ]
        return sorted(listed, key=lambda s: fold(s.unit))  # stable: list order within a unit

    async def link_staff(self, staff_id: int, channel: str, user_id: str, match: str) -> None:
        """Tie a staff-list row to a person (unlinking any row they were tied to before)."""
        async with self._transaction():
            await self._db.execute(
                "UPDATE staff SET channel = NULL, user_id = NULL, match = 'none' "
                "WHERE channel = ? AND user_id = ?",
                (channel, user_id),
            )
            await self._db.execute(
                "UPDATE staff SET channel = ?, user_id = ?, match = ? WHERE id = ?",
                (channel, user_id, match, staff_id),
            )

    async def confirm_staff(self, staff_id: int) -> bool:
        sql = "UPDATE staff SET match = 'confirmed' WHERE id = ? AND match = 'unsure'"
        async with self._lock:
            cursor = await self._db.execute(sql, (staff_id,))
        return cursor.rowcount == 1

    # People and roles

    async def people(self, unit: str | None = None) -> list[Person]:
        """Everyone with a profile (of one unit, if given), by name."""
        sql = """
            SELECT u.channel, u.user_id, u.full_name, u.unit, u.position, c.chat_id
            FROM users u LEFT JOIN contacts c USING (channel, user_id)
            WHERE (? IS NULL OR u.unit = ? COLLATE NOCASE)
            ORDER BY u.full_name, u.channel, u.user_id
        """
        rows = await self._db.execute_fetchall(sql, (unit, unit))
        return [Person(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows]

    async def chat_of(self, channel: str, user_id: str) -> str | None:
        """The private chat where the person can be reached, if they ever wrote to the bot."""
        sql = "SELECT chat_id FROM contacts WHERE channel = ? AND user_id = ?"
        rows = list(await self._db.execute_fetchall(sql, (channel, user_id)))
        return str(rows[0][0]) if rows else None

    async def roles_of(self, channel: str, user_id: str) -> dict[str, str | None]:
        """The roles granted to a person, each with its unit (for a unit head). Read at every
        dialog step: inside a transaction, the rows are kept until they may have changed."""
        key = (channel, user_id)
        kept = self._in_transaction()
        granted = self._roles.get(key) if kept else None
        if granted is None:
            sql = "SELECT role, unit FROM roles WHERE channel = ? AND user_id = ?"
            rows = await self._db.execute_fetchall(sql, key)
            granted = {r[0]: r[1] for r in rows}
            if kept:
                self._roles[key] = granted
        return dict(granted)

    async def ever_granted(self, channel: str, user_id: str) -> bool:
        """Whether the person was ever given a role in the chat (granted now or before)."""
        sql = "SELECT 1 FROM role_events WHERE channel = ? AND user_id = ? LIMIT 1"
        return bool(list(await self._db.execute_fetchall(sql, (channel, user_id))))

    async def holders(self, role: str) -> list[tuple[str, str, str | None]]:
        sql = "SELECT channel, user_id, unit FROM roles WHERE role = ? ORDER BY granted_at"
        return [(r[0], r[1], r[2]) for r in await self._db.execute_fetchall(sql, (role,))]

    async def grant(
        self, channel: str, user_id: str, role: str, unit: str | None, actor: str, now: dt.datetime
    ) -> None:
        async with self._transaction():
            await self._db.execute(
                """
                INSERT INTO roles (channel, user_id, role, unit, granted_by, granted_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (channel, user_id, role) DO UPDATE SET
                    unit = excluded.unit, granted_by = excluded.granted_by,
                    granted_at = excluded.granted_at
                """,
                (channel, user_id, role, unit, actor, now.isoformat()),
            )
            self._roles.pop((channel, user_id), None)
            await self._role_event(channel, user_id, role, "grant", actor, now)

    async def revoke(
        self, channel: str, user_id: str, role: str, actor: str, now: dt.datetime
    ) -> bool:
        async with self._transaction():
            cursor = await self._db.execute(
                "DELETE FROM roles WHERE channel = ? AND user_id = ? AND role = ?",
                (channel, user_id, role),
            )
            self._roles.pop((channel, user_id), None)
            if cursor.rowcount:
                await self._role_event(channel, user_id, role, "revoke", actor, now)
        return cursor.rowcount == 1

    async def _role_event(
        self, channel: str, user_id: str, role: str, action: str, actor: str, now: dt.datetime
    ) -> None:
        await self._db.execute(
            "INSERT INTO role_events (channel, user_id, role, action, actor, at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (channel, user_id, role, action, actor, now.isoformat()),
        )

    # Review

    async def records(
        self,
        campaign_id: str | None = None,
        unit: str | None = None,
        kind: str | None = None,
        reviews: Iterable[str] | None = None,
        include_withdrawn: bool = False,
    ) -> list[OfficeRecord]:
        """Registrations with their registrant, oldest first, filtered as asked."""
        wanted = tuple(reviews or REVIEW_STATES)
        marks = ", ".join("?" for _ in wanted)
        found: list[OfficeRecord] = []
        for record_kind, table in TABLES.items():
            if kind and kind != record_kind:
                continue
            sql = f"""
                SELECT r.*, u.full_name AS person, u.unit AS person_unit,
                       u.position AS person_position
                FROM {table} r JOIN users u ON u.channel = r.channel AND u.user_id = r.user_id
                WHERE (? IS NULL OR r.campaign_id = ?) AND (? IS NULL OR u.unit = ? COLLATE NOCASE)
                  AND r.review IN ({marks}) AND (? OR r.status = 'active')
            """
            params = (campaign_id, campaign_id, unit, unit, *wanted, int(include_withdrawn))
            for row in await self._db.execute_fetchall(sql, params):
                found.append(await self._office_record(record_kind, row))
        return sorted(found, key=lambda r: (r.registration.created_at, r.registration.ref))

    async def record(self, kind: str, record_id: int) -> OfficeRecord | None:
        table = TABLES.get(kind)
        if table is None:
            return None
        sql = f"""
            SELECT r.*, u.full_name AS person, u.unit AS person_unit,
                   u.position AS person_position
            FROM {table} r JOIN users u ON u.channel = r.channel AND u.user_id = r.user_id
            WHERE r.id = ?
        """
        rows = list(await self._db.execute_fetchall(sql, (record_id,)))
        return await self._office_record(kind, rows[0]) if rows else None

    async def _office_record(self, kind: str, row: sqlite3.Row) -> OfficeRecord:
        return OfficeRecord(
            registration=await self._load(kind, row),
            channel=row["channel"],
            user_id=row["user_id"],
            full_name=row["person"],
            unit=row["person_unit"],
            position=row["person_position"],
        )

    async def set_review(
        self,
        kind: str,
        record_id: int,
        review: str,
        note: str | None,
        actor: str,
        now: dt.datetime,
        allowed_from: Sequence[str],
    ) -> int:
        """Move an active record to a review state and record the change; returns the event id.

        OfficeError when the record is not in one of `allowed_from` any more (someone else
        acted first, or the registrant withdrew it).
        """
        table = TABLES[kind]
        async with self._transaction():
            async with self._db.execute(
                f"SELECT ref, review, status FROM {table} WHERE id = ?", (record_id,)
            ) as cursor:
                row = await cursor.fetchone()
            if row is None or row["status"] != "active" or row["review"] not in allowed_from:
                raise OfficeError("bản đăng ký đã thay đổi trạng thái hoặc đã được rút")
            await self._db.execute(
                f"UPDATE {table} SET review = ?, review_note = ?, updated_at = ? WHERE id = ?",
                (review, note, now.isoformat(), record_id),
            )
            return await self.record_event(
                kind, record_id, row["ref"], actor, review, row["review"], review, note, now
            )

    async def record_event(
        self,
        kind: str,
        record_id: int,
        ref: str,
        actor: str,
        action: str,
        before: str | None,
        after: str | None,
        note: str | None,
        now: dt.datetime,
    ) -> int:
        """Write one line of a record's history, inside the caller's transaction."""
        cursor = await self._db.execute(
            """
            INSERT INTO registration_events
                (kind, record_id, ref, actor, action, before, after, note, at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            (kind, record_id, ref, actor, action, before, after, note, now.isoformat()),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    async def events(self, kind: str, record_id: int) -> list[Event]:
        sql = """
            SELECT actor, action, before, after, note, at FROM registration_events
            WHERE kind = ? AND record_id = ? ORDER BY id
        """
        rows = await self._db.execute_fetchall(sql, (kind, record_id))
        return [Event(r[0], r[1], r[2], r[3], r[4], dt.datetime.fromisoformat(r[5])) for r in rows]

    # Nudges

    async def nudge_once(self, channel: str, user_id: str, day: dt.date, actor: str) -> bool:
        """Note a nudge for the day; False if the person was nudged that day already."""
        sql = "INSERT OR IGNORE INTO nudges (channel, user_id, day, sent_by) VALUES (?, ?, ?, ?)"
        async with self._lock:
            cursor = await self._db.execute(sql, (channel, user_id, day.isoformat(), actor))
        return cursor.rowcount == 1

    # Announcements

    async def announce(self, text: str, audience: str, actor: str, now: dt.datetime) -> int:
        """Store an announcement; its number. The caller queues its messages in the same
        transaction."""
        async with self._lock:
            cursor = await self._db.execute(
                "INSERT INTO announcements (text, audience, created_by, created_at) "
                "VALUES (?, ?, ?, ?)",
                (text, audience, actor, now.isoformat()),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    async def audience(
        self, audience: str, channels: Sequence[str] | None = None
    ) -> list[tuple[str, str, str]]:
        """(channel, user_id, chat_id) of everyone an announcement to `audience` reaches:
        everyone, unit:<name>, unit_heads, or unregistered:<campaign id> (no pledge in force)."""
        kind, _, arg = audience.partition(":")
        clauses, params = [], []
        if kind == "unit":
            clauses.append(
                "EXISTS (SELECT 1 FROM users u WHERE u.channel = c.channel "
                "AND u.user_id = c.user_id AND u.unit = ? COLLATE NOCASE)"
            )
            params.append(arg)
        elif kind == "unit_heads":
            clauses.append(
                "EXISTS (SELECT 1 FROM roles r WHERE r.channel = c.channel "
                "AND r.user_id = c.user_id AND r.role = 'unit_head')"
            )
        elif kind == "unregistered":
            clauses.append(
                "NOT EXISTS (SELECT 1 FROM pledges p WHERE p.channel = c.channel "
                "AND p.user_id = c.user_id AND p.campaign_id = ? AND p.status = 'active')"
            )
            params.append(arg)
        elif kind != "everyone":
            raise OfficeError(f"không có nhóm người nhận {audience}")
        if channels is not None:
            clauses.append(f"c.channel IN ({', '.join('?' for _ in channels) or 'NULL'})")
            params += list(channels)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        sql = f"SELECT c.channel, c.user_id, c.chat_id FROM contacts c {where} ORDER BY c.rowid"
        return [(r[0], r[1], r[2]) for r in await self._db.execute_fetchall(sql, params)]

    async def announcement_author(self, announcement: int) -> str | None:
        sql = "SELECT created_by FROM announcements WHERE id = ?"
        rows = list(await self._db.execute_fetchall(sql, (announcement,)))
        return str(rows[0][0]) if rows else None

    async def unreported_announcements(self) -> list[tuple[int, str]]:
        """(number, author) of the announcements whose author has not been told the outcome."""
        sql = "SELECT id, created_by FROM announcements WHERE reported_at IS NULL ORDER BY id"
        return [(int(r[0]), str(r[1])) for r in await self._db.execute_fetchall(sql)]

    async def mark_reported(
        self, announcement: int, counts: Mapping[str, int], now: dt.datetime
    ) -> bool:
        """Keep the outcome of an announcement; False if it was kept already."""
        sql = """
            UPDATE announcements SET reported_at = ?, delivered = ?, blocked = ?, failed = ?
            WHERE id = ? AND reported_at IS NULL
        """
        params = (now.isoformat(), counts.get("delivered", 0), counts.get("blocked", 0),
                  counts.get("failed", 0), announcement)  # fmt: skip
        async with self._lock:
            cursor = await self._db.execute(sql, params)
        return cursor.rowcount == 1

    async def reported_counts(self, announcement: int) -> dict[str, int] | None:
        """delivered, blocked, failed as kept when the author was told; None before that."""
        sql = "SELECT delivered, blocked, failed FROM announcements WHERE id = ? AND reported_at IS NOT NULL"
        rows = list(await self._db.execute_fetchall(sql, (announcement,)))
        if not rows:
            return None
        return {"delivered": rows[0][0], "blocked": rows[0][1], "failed": rows[0][2]}

    async def announcements(self, limit: int = 5) -> list[tuple[int, str, str, dt.datetime]]:
        sql = "SELECT id, text, audience, created_at FROM announcements ORDER BY id DESC LIMIT ?"
        rows = await self._db.execute_fetchall(sql, (limit,))
        return [(r[0], r[1], r[2], dt.datetime.fromisoformat(r[3])) for r in rows]
