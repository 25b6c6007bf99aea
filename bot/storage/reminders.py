"""SQL of deadlines and reminders: the schedule, each person's reminder settings, and the
record of every reminder from the moment it is decided until it is sent."""

import asyncio
import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass

from bot.storage.connection import Connection
from knowledge.deadlines import Deadline

PLAN_BATCH = 500  # contacts per planning statement: about 2 ms on the event loop
DEFAULT_LEADS = (7, 1, 0)  # days before the deadline; 0 is the morning of the deadline day

# Whose records decide "has registered" for each kind of deadline.
_RECORDS = {"initiative": "initiatives", "nominations": "nominations"}


@dataclass(frozen=True)
class ScheduledDeadline:
    """A deadline as it stands now: the front matter's, or as an administrator changed it."""

    deadline: Deadline
    edited_by: str | None

    @property
    def id(self) -> str:
        return self.deadline.id


@dataclass(frozen=True)
class Due:
    """A deadline whose reminders have fallen due at these lead times (days, latest first).

    Each person gets the latest of those they chose: after downtime nobody receives a 7-day
    and a 1-day reminder at once."""

    deadline: Deadline
    leads: tuple[int, ...]


@dataclass(frozen=True)
class Reminder:
    id: int
    deadline_id: str
    due_at: dt.datetime  # naive local time of the deadline when the reminder was decided
    lead_days: int
    channel: str
    user_id: str
    chat_id: str
    status: str
    attempts: int


def records_table(kind: str) -> str:
    """The table whose active rows mean a person has done what a deadline of this kind asks."""
    return _RECORDS.get(kind, "pledges")


class ReminderStore:
    def __init__(
        self,
        db: Connection,
        lock: AbstractAsyncContextManager[None],
        transaction: Callable[[], AbstractAsyncContextManager[None]],
    ) -> None:
        self._db = db
        self._lock = lock
        self._transaction = transaction  # Storage.transaction: all statements or none
        self._deadlines: list[ScheduledDeadline] | None = None
        self._by_campaign: dict[str, list[ScheduledDeadline]] = {}
        self._indexed: list[ScheduledDeadline] | None = None  # the list _by_campaign is of

    def forget_cached(self) -> None:
        """Another process may have changed the schedule: read it again when next asked."""
        self._deadlines = None

    # The schedule

    async def sync_deadlines(self, deadlines: Iterable[Deadline], now: dt.datetime) -> None:
        """Bring the schedule in line with the front matter, keeping administrators' changes."""
        stamp = now.isoformat()
        wanted = list(deadlines)
        async with self._transaction():
            for d in wanted:
                await self._db.execute(
                    """
                    INSERT INTO deadlines (id, campaign_id, kind, title, due_at, audience,
                                           edited_by, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, NULL, ?)
                    ON CONFLICT (id) DO UPDATE SET
                        campaign_id = excluded.campaign_id, kind = excluded.kind,
                        title = CASE WHEN edited_by IS NULL THEN excluded.title ELSE title END,
                        audience = excluded.audience,
                        due_at = CASE WHEN edited_by IS NULL THEN excluded.due_at
                                      ELSE due_at END
                    """,
                    (d.id, d.campaign_id, d.kind, d.title, _local(d.at), d.audience, stamp),
                )
            marks = ", ".join("?" for _ in wanted) or "''"
            await self._db.execute(
                f"DELETE FROM deadlines WHERE edited_by IS NULL AND id NOT IN ({marks})",
                [d.id for d in wanted],
            )
        self._deadlines = None

    async def deadlines(self) -> list[ScheduledDeadline]:
        """Every deadline, soonest first (cached: the schedule changes rarely)."""
        return list(await self._schedule())

    async def _schedule(self) -> list[ScheduledDeadline]:
        """The cached schedule itself, read first if needed (not to be changed)."""
        if self._deadlines is None:
            sql = "SELECT * FROM deadlines WHERE removed_at IS NULL ORDER BY due_at, id"
            self._deadlines = [
                ScheduledDeadline(
                    Deadline(
                        id=row["id"],
                        campaign_id=row["campaign_id"],
                        kind=row["kind"],
                        title=row["title"],
                        at=dt.datetime.fromisoformat(row["due_at"]),
                        audience=row["audience"],
                    ),
                    row["edited_by"],
                )
                for row in await self._db.execute_fetchall(sql)
            ]
        return self._deadlines

    async def schedule_version(self) -> object:
        """Something that stays the same object while the schedule this process reads does not
        change: what is derived from deadlines can be kept while it is."""
        return await self._schedule()

    async def campaign_deadlines(self, campaign_id: str) -> list[ScheduledDeadline]:
        """One campaign's deadlines, soonest first, without scanning (or copying) everyone's."""
        return list((await self.by_campaign()).get(campaign_id, ()))

    async def by_campaign(self) -> Mapping[str, Sequence[ScheduledDeadline]]:
        """Every campaign's deadlines, soonest first, by campaign id: one await for what
        looks at thousands of campaigns (kept with the schedule; not to be changed)."""
        schedule = await self._schedule()
        if self._indexed is not schedule:
            by_campaign: dict[str, list[ScheduledDeadline]] = {}
            for scheduled in schedule:
                by_campaign.setdefault(scheduled.deadline.campaign_id, []).append(scheduled)
            self._by_campaign, self._indexed = by_campaign, schedule
        return self._by_campaign

    async def move_deadline(
        self, deadline_id: str, at: dt.datetime, by: str, now: dt.datetime
    ) -> bool:
        """Change a deadline's time (the office's decision); False if there is no such."""
        return await self._change(deadline_id, "move", "due_at", _local(at), by, now)

    async def rename_deadline(
        self, deadline_id: str, title: str, by: str, now: dt.datetime
    ) -> bool:
        return await self._change(deadline_id, "rename", "title", title, by, now)

    async def remove_deadline(self, deadline_id: str, by: str, now: dt.datetime) -> bool:
        return await self._change(deadline_id, "remove", "removed_at", now.isoformat(), by, now)

    async def add_deadline(self, deadline: Deadline, by: str, now: dt.datetime) -> None:
        """A new deadline set by the office (a removed one with the same id comes back)."""
        stamp = now.isoformat()
        async with self._transaction():
            await self._db.execute(UPSERT_DEADLINE, deadline_values(deadline, by, stamp))
            await self._record(deadline.id, "add", None, _local(deadline.at), by, stamp)
        self._deadlines = None

    async def changes(self, deadline_id: str) -> list[tuple[str, str | None, str | None, str, str]]:
        """The deadline's history: (action, before, after, by, at), oldest first."""
        sql = """SELECT action, before, after, changed_by, changed_at FROM deadline_changes
                 WHERE deadline_id = ? ORDER BY id"""
        rows = await self._db.execute_fetchall(sql, (deadline_id,))
        return [(r[0], r[1], r[2], r[3], r[4]) for r in rows]

    async def _change(
        self, deadline_id: str, action: str, column: str, value: str, by: str, now: dt.datetime
    ) -> bool:
        stamp = now.isoformat()
        async with self._transaction():
            rows = list(
                await self._db.execute_fetchall(
                    f"SELECT {column} FROM deadlines WHERE id = ? AND removed_at IS NULL",
                    (deadline_id,),
                )
            )
            if not rows:
                return False
            await self._db.execute(
                f"UPDATE deadlines SET {column} = ?, edited_by = ?, updated_at = ? WHERE id = ?",
                (value, by, stamp, deadline_id),
            )
            after = None if action == "remove" else value
            await self._record(deadline_id, action, rows[0][0], after, by, stamp)
        self._deadlines = None
        return True

    async def _record(
        self,
        deadline_id: str,
        action: str,
        before: str | None,
        after: str | None,
        by: str,
        stamp: str,
    ) -> None:
        """Keep who changed what (inside the caller's transaction), and tell other processes."""
        await self._db.execute(
            """INSERT INTO deadline_changes (deadline_id, action, before, after, changed_by,
                                              changed_at) VALUES (?, ?, ?, ?, ?, ?)""",
            (deadline_id, action, before, after, by, stamp),
        )
        await self._db.execute("UPDATE knowledge_version SET version = version + 1 WHERE id = 1")

    # Each person's settings

    async def leads(self, channel: str, user_id: str) -> tuple[int, ...]:
        sql = "SELECT leads FROM reminder_leads WHERE channel = ? AND user_id = ?"
        rows = list(await self._db.execute_fetchall(sql, (channel, user_id)))
        if not rows:
            return DEFAULT_LEADS
        return tuple(sorted((int(x) for x in rows[0][0].strip(",").split(",") if x), reverse=True))

    async def set_leads(self, channel: str, user_id: str, leads: Sequence[int]) -> None:
        sql = """
            INSERT INTO reminder_leads (channel, user_id, leads) VALUES (?, ?, ?)
            ON CONFLICT (channel, user_id) DO UPDATE SET leads = excluded.leads
        """
        async with self._lock:
            await self._db.execute(sql, (channel, user_id, _lead_list(leads)))

    async def muted(self, channel: str, user_id: str) -> set[str]:
        """Campaign ids the person turned reminders off for; '*' means all."""
        sql = "SELECT campaign_id FROM reminder_mutes WHERE channel = ? AND user_id = ?"
        return {row[0] for row in await self._db.execute_fetchall(sql, (channel, user_id))}

    async def set_muted(self, channel: str, user_id: str, campaign_id: str, muted: bool) -> None:
        if muted:
            sql = "INSERT OR IGNORE INTO reminder_mutes (channel, user_id, campaign_id) VALUES (?, ?, ?)"
        else:
            sql = "DELETE FROM reminder_mutes WHERE channel = ? AND user_id = ? AND campaign_id = ?"
        async with self._lock:
            if campaign_id == "*" and not muted:  # "on for all" clears every campaign's switch
                sql = "DELETE FROM reminder_mutes WHERE channel = ? AND user_id = ?"
                await self._db.execute(sql, (channel, user_id))
            else:
                await self._db.execute(sql, (channel, user_id, campaign_id))

    # Deciding who is reminded

    async def plan(
        self, due: Due, channels: Sequence[str], now: dt.datetime, batch: int = PLAN_BATCH
    ) -> int:
        """Record a planned reminder for everyone the deadline concerns; returns how many.

        The contacts are taken a slice at a time, each slice one short statement, yielding in
        between: a sweep over 100,000 people never holds the database for long."""
        select, params = _whom(due, channels)
        sql = f"""
            INSERT OR IGNORE INTO reminders (deadline_id, due_at, lead_days, channel, user_id,
                                             chat_id, status, planned_at)
            SELECT :deadline, :due_at, lead, channel, user_id, chat_id, 'planned', :now
            FROM ({select})
        """
        rows = list(await self._db.execute_fetchall("SELECT MAX(rowid) FROM contacts"))
        last = int(rows[0][0] or 0)
        planned = 0
        for low in range(0, last, batch):
            async with self._lock:
                cursor = await self._db.execute(
                    sql, {**params, "now": now.isoformat(), "low": low, "high": low + batch}
                )
            planned += max(cursor.rowcount, 0)
            await asyncio.sleep(0)
        return planned

    async def audience(self, due: Due, channels: Sequence[str]) -> list[tuple[str, str, str, int]]:
        """Whom `plan` would remind now: (channel, user_id, chat_id, lead), not recorded."""
        select, params = _whom(due, channels)
        sql = f"SELECT channel, user_id, chat_id, lead FROM ({select}) ORDER BY channel, user_id"
        rows = await self._db.execute_fetchall(sql, {**params, "low": -1, "high": 2**62})
        return [(r[0], r[1], r[2], r[3]) for r in rows]

    # Sending

    async def open_reminders(
        self, channels: Sequence[str], after_id: int = 0, limit: int = 500
    ) -> list[Reminder]:
        """Planned reminders in the order they were decided, from after the given id."""
        marks = ", ".join("?" for _ in channels) or "''"
        sql = f"""
            SELECT * FROM reminders
            WHERE status = 'planned' AND id > ? AND channel IN ({marks})
            ORDER BY id LIMIT ?
        """
        rows = await self._db.execute_fetchall(sql, (after_id, *channels, limit))
        return [
            Reminder(
                id=row["id"],
                deadline_id=row["deadline_id"],
                due_at=dt.datetime.fromisoformat(row["due_at"]),
                lead_days=row["lead_days"],
                channel=row["channel"],
                user_id=row["user_id"],
                chat_id=row["chat_id"],
                status=row["status"],
                attempts=row["attempts"],
            )
            for row in rows
        ]

    async def superseded(self, reminder: Reminder) -> bool:
        """A reminder with a shorter lead for the same deadline is planned or sent already."""
        sql = """
            SELECT 1 FROM reminders
            WHERE channel = ? AND user_id = ? AND deadline_id = ? AND due_at = ?
              AND lead_days < ? AND status IN ('planned', 'sending', 'sent')
            LIMIT 1
        """
        params = (
            reminder.channel,
            reminder.user_id,
            reminder.deadline_id,
            _local(reminder.due_at),
            reminder.lead_days,
        )
        return bool(list(await self._db.execute_fetchall(sql, params)))

    async def mark(
        self, reminder_id: int, status: str, now: dt.datetime, note: str | None = None
    ) -> None:
        """Move a reminder on: 'sending' before the message leaves, then 'sent', 'skipped',
        'failed', or back to 'planned' for another try."""
        sent_at = now.isoformat() if status == "sent" else None
        attempts = 1 if status == "sending" else 0
        sql = """
            UPDATE reminders SET status = ?, attempts = attempts + ?,
                   sent_at = COALESCE(?, sent_at), note = COALESCE(?, note)
            WHERE id = ?
        """
        async with self._lock:
            await self._db.execute(sql, (status, attempts, sent_at, note, reminder_id))

    async def mark_queued(self, reminder_id: int, now: dt.datetime, day: dt.date) -> None:
        """The reminder's message is in the outbox (status 'sending' until it has left)."""
        sql = """
            UPDATE reminders SET status = 'sending', queued_on = ?, planned_at = planned_at
            WHERE id = ?
        """
        async with self._lock:
            await self._db.execute(sql, (day.isoformat(), reminder_id))

    async def reminded_on(self, reminder: Reminder, day: dt.date) -> bool:
        """Whether the person already had a reminder of this deadline queued on that day."""
        sql = """
            SELECT 1 FROM reminders
            WHERE channel = ? AND user_id = ? AND deadline_id = ? AND queued_on = ?
              AND id <> ? AND status IN ('sending', 'sent')
            LIMIT 1
        """
        params = (reminder.channel, reminder.user_id, reminder.deadline_id, day.isoformat(),
                  reminder.id)  # fmt: skip
        return bool(list(await self._db.execute_fetchall(sql, params)))

    async def settle_sent(self, outcomes: dict[int, str], now: dt.datetime) -> None:
        """Record how the outbox rows of reminders went ("sent" or "failed")."""
        if not outcomes:
            return
        marks = ", ".join("?" for _ in outcomes)
        sql = f"""
            UPDATE reminders SET
                status = CASE (SELECT o.status FROM outbox o WHERE o.ref = CAST(reminders.id AS TEXT)
                                 AND o.kind = 'reminder')
                         WHEN 'sent' THEN 'sent' WHEN 'failed' THEN 'failed' ELSE status END,
                sent_at = COALESCE(sent_at, ?),
                note = COALESCE((SELECT o.note FROM outbox o WHERE o.kind = 'reminder'
                                 AND o.ref = CAST(reminders.id AS TEXT)), note)
            WHERE status = 'sending' AND id IN (
                SELECT CAST(ref AS INTEGER) FROM outbox WHERE kind = 'reminder' AND id IN ({marks}))
        """
        async with self._lock:
            await self._db.execute(sql, (now.isoformat(), *outcomes))

    async def settle_interrupted(self) -> int:
        """Reminders caught mid-send by a crash: the message may have left, so they are not
        sent again (a duplicate is worse than a gap in a series of three reminders)."""
        sql = """
            UPDATE reminders SET status = 'failed', note = 'gián đoạn khi đang gửi'
            WHERE status = 'sending'
        """
        async with self._lock:
            cursor = await self._db.execute(sql)
        return max(cursor.rowcount, 0)

    async def has_record(self, kind: str, channel: str, user_id: str, campaign_id: str) -> bool:
        sql = f"""
            SELECT 1 FROM {records_table(kind)}
            WHERE channel = ? AND user_id = ? AND campaign_id = ? AND status = 'active' LIMIT 1
        """
        rows = await self._db.execute_fetchall(sql, (channel, user_id, campaign_id))
        return bool(list(rows))

    async def count(self, status: str | None = None) -> int:
        sql = "SELECT COUNT(*) FROM reminders" + (" WHERE status = ?" if status else "")
        rows = list(await self._db.execute_fetchall(sql, (status,) if status else ()))
        return int(rows[0][0])


def _whom(due: Due, channels: Sequence[str]) -> tuple[str, dict[str, object]]:
    """One pass over the contacts choosing, for each person the deadline concerns, the lead
    time of their reminder: the latest due one among those they chose."""
    d = due.deadline
    params: dict[str, object] = {
        "deadline": d.id,
        "due_at": _local(d.at),
        "campaign": d.campaign_id,
        "defaults": _lead_list(DEFAULT_LEADS),
    }
    whens = []
    for number, lead in enumerate(sorted(due.leads)):
        params[f"mark{number}"] = f",{lead},"
        whens.append(f"WHEN instr(COALESCE(l.leads, :defaults), :mark{number}) > 0 THEN {lead}")
    channel_marks = []
    for number, channel in enumerate(channels):
        params[f"ch{number}"] = channel
        channel_marks.append(f":ch{number}")
    clauses = [
        "c.rowid > :low AND c.rowid <= :high",  # a slice of the contacts
        # The unary + keeps SQLite from reading the slice through the channel index, which
        # scanned every contact for each slice: the rowid range is what makes a slice short.
        f"+c.channel IN ({', '.join(channel_marks) or 'NULL'})",
        """NOT EXISTS (SELECT 1 FROM reminder_mutes m WHERE m.channel = c.channel
           AND m.user_id = c.user_id AND m.campaign_id IN ('*', :campaign))""",
    ]
    if d.audience == "unit_heads":
        clauses.append(
            """EXISTS (SELECT 1 FROM roles r WHERE r.channel = c.channel
               AND r.user_id = c.user_id AND r.role = 'unit_head')"""
        )
    elif d.audience == "unregistered":
        clauses.append(
            f"""NOT EXISTS (SELECT 1 FROM {records_table(d.kind)} x WHERE x.channel = c.channel
               AND x.user_id = c.user_id AND x.campaign_id = :campaign AND x.status = 'active')"""
        )
    select = f"""
        SELECT * FROM (
            SELECT c.channel, c.user_id, c.chat_id, CASE {" ".join(whens) or "WHEN 0 THEN 0"} END AS lead
            FROM contacts c LEFT JOIN reminder_leads l USING (channel, user_id)
            WHERE {" AND ".join(clauses)}
        ) p
        WHERE p.lead IS NOT NULL
          -- not reminded of this deadline already at this lead time or a later one
          AND NOT EXISTS (SELECT 1 FROM reminders r WHERE r.channel = p.channel
              AND r.user_id = p.user_id AND r.deadline_id = :deadline AND r.due_at = :due_at
              AND r.lead_days <= p.lead)
    """
    return select, params


# An office-set deadline, written or brought back (a removed one with the same id returns).
UPSERT_DEADLINE = """
    INSERT INTO deadlines (id, campaign_id, kind, title, due_at, audience,
                           edited_by, updated_at, removed_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)
    ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, title = excluded.title,
        due_at = excluded.due_at, audience = excluded.audience,
        edited_by = excluded.edited_by, updated_at = excluded.updated_at,
        removed_at = NULL
"""


def deadline_values(d: Deadline, by: str, stamp: str) -> tuple[str, ...]:
    """The parameters of UPSERT_DEADLINE."""
    return (d.id, d.campaign_id, d.kind, d.title, _local(d.at), d.audience, by, stamp)


def _local(at: dt.datetime) -> str:
    return at.strftime("%Y-%m-%dT%H:%M")


def _lead_list(leads: Sequence[int]) -> str:
    return "," + ",".join(str(n) for n in sorted(set(leads), reverse=True)) + ","
