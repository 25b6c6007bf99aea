"""SQL of the outbox: every message the bot must send, queued in the transaction that decided
it and claimed with a lease by the process that sends it.

This is the one mechanism for work that must happen once. A feature queues its messages with
`enqueue` inside its own transaction (a reply with the update that caused it, a reminder with
its planning, an announcement with its recipients); a sender `claim`s rows, sends them and
marks each `sent` or `failed`, or `release`s it for a later try. Two processes never hold the
same row: a claim is one UPDATE, atomic under SQLite's write lock. A row whose sender died becomes
claimable again when its lease runs out, so delivery is at least once and a crash mid-send is
the only way a message goes twice.
"""

import base64
import datetime as dt
import json
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from functools import cache
from typing import Any

from bot.messages import Choice, OutFile, Reply
from bot.storage.connection import Connection, to_json

LEASE = dt.timedelta(minutes=5)
KEEP_DONE = dt.timedelta(days=7)
# The note of a row given up on because the chat cannot receive it (the person blocked the
# bot): told apart from other failures in an announcement's outcome.
UNDELIVERABLE = "không gửi được: "


@dataclass(frozen=True)
class OutboxItem:
    """One queued message: one reply to one chat."""

    id: int
    kind: str
    channel: str
    chat_id: str
    reply: Reply
    ref: str | None
    attempts: int


@dataclass(frozen=True)
class Claim:
    """Who holds a row and until when: rows queued with a claim are sent by that process."""

    owner: str
    until: dt.datetime


def utc(at: dt.datetime) -> str:
    """A moment as text that sorts in time order whatever zone it came in."""
    return at.astimezone(dt.UTC).isoformat(timespec="microseconds")


class OutboxStore:
    def __init__(
        self,
        db: Connection,
        lock: AbstractAsyncContextManager[None],
        transaction: Callable[[], AbstractAsyncContextManager[None]],
    ) -> None:
        self._db = db
        self._lock = lock  # one statement is atomic by itself: no BEGIN needed
        self._transaction = transaction

    async def enqueue(
        self,
        kind: str,
        channel: str,
        chat_id: str,
        replies: Sequence[Reply],
        dedup_key: str,
        now: dt.datetime,
        ref: str | None = None,
        claim: Claim | None = None,
    ) -> list[OutboxItem]:
        """Queue replies to one chat, one row each, in order; returns the rows queued now.

        The row of the n-th reply has the key "<dedup_key>#<n>": queuing the same key again
        (a redelivered update, a second process planning the same reminder) adds nothing.
        Called inside the caller's transaction, the rows commit with the caller's change.
        """
        if not replies:
            return []
        owner = claim.owner if claim else None
        until = utc(claim.until) if claim else None
        params: list[Any] = []
        stamp = utc(now)
        for number, reply in enumerate(replies):
            params += [kind, channel, chat_id, _encode(reply), f"{dedup_key}#{number}", ref,
                       owner, until, stamp]  # fmt: skip
        if len(replies) == 1:  # most updates: the new row's id without RETURNING's extra work
            async with self._lock:
                cursor = await self._db.execute(_INSERT_ONE, params)
            if cursor.rowcount != 1 or cursor.lastrowid is None:
                return []  # queued before under this key
            return [OutboxItem(cursor.lastrowid, kind, channel, chat_id, replies[0], ref, 0)]
        async with self._lock:  # one statement: all rows or none
            inserted = await self._db.execute_fetchall(_insert_rows(len(replies)), params)
        numbers = {int(row[1].rsplit("#", 1)[1]): int(row[0]) for row in inserted}
        queued = [
            OutboxItem(numbers[n], kind, channel, chat_id, reply, ref, 0)
            for n, reply in enumerate(replies)
            if n in numbers
        ]
        return queued

    async def enqueue_many(
        self,
        kind: str,
        messages: Sequence[tuple[str, str, str, Reply]],
        now: dt.datetime,
        ref: str | None = None,
    ) -> int:
        """Queue one reply to each of many chats: (channel, chat_id, dedup_key, reply) each,
        e.g. an announcement to its recipients with "announcement:<id>:<channel>:<user>" as
        the key. Rows already queued under their key are left alone; returns how many are new.
        Nobody holds them: the next drain sends them (the reminder sweep, every minute, or
        sooner when the queuing handler rings `AppContext.sending`)."""
        sql = """
            INSERT OR IGNORE INTO outbox (kind, channel, chat_id, body, dedup_key, ref, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
        """
        rows = [
            (kind, channel, chat_id, _encode(reply), f"{key}#0", ref, utc(now))
            for channel, chat_id, key, reply in messages
        ]
        async with self._transaction():
            before = self._db.total_changes
            await self._db.executemany(sql, rows)
            return self._db.total_changes - before

    async def claim(
        self,
        owner: str,
        channels: Sequence[str],
        now: dt.datetime,
        limit: int = 50,
        lease: dt.timedelta = LEASE,
        held_kinds: Sequence[str] = (),
    ) -> list[OutboxItem]:
        """Take up to `limit` unsent rows nobody holds (or whose lease ran out), oldest first,
        leaving rows of the held kinds (reminders at night) where they are.

        One UPDATE that selects and marks the rows: SQLite runs it under the database's write
        lock, so no other process can claim a row between the two."""
        marks = ", ".join("?" for _ in channels) or "NULL"
        params: list[Any] = [owner, utc(now + lease), *channels, utc(now)]
        kind_clause = ""
        if held_kinds:
            kind_clause = f"AND kind NOT IN ({', '.join('?' for _ in held_kinds)})"
            params += list(held_kinds)
        sql = f"""
            UPDATE outbox SET claimed_by = ?, lease_until = ?
            WHERE id IN (
                SELECT id FROM outbox
                WHERE status = 'pending' AND channel IN ({marks})
                  AND (lease_until IS NULL OR lease_until < ?) {kind_clause}
                ORDER BY id LIMIT ?
            )
            RETURNING id, kind, channel, chat_id, body, ref, attempts
        """
        async with self._lock:
            rows = await self._db.execute_fetchall(sql, (*params, limit))
        items = [
            OutboxItem(row[0], row[1], row[2], row[3], _decode(row[4]), row[5], row[6])
            for row in rows
        ]
        return sorted(items, key=lambda item: item.id)

    async def mark_sent(self, item_id: int, now: dt.datetime) -> None:
        sql = """
            UPDATE outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1,
                   claimed_by = NULL, lease_until = NULL
            WHERE id = ?
        """
        async with self._lock:
            await self._db.execute(sql, (utc(now), item_id))

    async def mark_failed(self, item_id: int, now: dt.datetime, note: str) -> None:
        """Give up on a row: the chat cannot receive it, or it failed too many times."""
        sql = """
            UPDATE outbox SET status = 'failed', sent_at = ?, attempts = attempts + 1,
                   note = ?, claimed_by = NULL, lease_until = NULL
            WHERE id = ?
        """
        async with self._lock:
            await self._db.execute(sql, (utc(now), note[:300], item_id))

    async def release(
        self, item_id: int, retry_at: dt.datetime | None, note: str | None = None
    ) -> None:
        """Let go of a claimed row: claimable again from `retry_at` (now when None)."""
        sql = """
            UPDATE outbox SET claimed_by = NULL, lease_until = ?,
                   attempts = attempts + ?, note = COALESCE(?, note)
            WHERE id = ? AND status = 'pending'
        """
        counted = 1 if note is not None else 0
        async with self._lock:
            await self._db.execute(
                sql, (utc(retry_at) if retry_at else None, counted, note, item_id)
            )

    async def release_all(self, owner: str) -> int:
        """A process stopping: its unsent rows are free for the next claim at once."""
        sql = """
            UPDATE outbox SET claimed_by = NULL, lease_until = NULL
            WHERE status = 'pending' AND claimed_by = ?
        """
        async with self._lock:
            cursor = await self._db.execute(sql, (owner,))
        return max(cursor.rowcount, 0)

    async def forget_done(self, now: dt.datetime) -> None:
        """Drop rows sent or given up on more than a week ago."""
        sql = "DELETE FROM outbox WHERE status <> 'pending' AND sent_at < ?"
        async with self._lock:
            await self._db.execute(sql, (utc(now - KEEP_DONE),))

    async def count(self, status: str | None = None, kind: str | None = None) -> int:
        clauses, params = [], []
        if status:
            clauses.append("status = ?")
            params.append(status)
        if kind:
            clauses.append("kind = ?")
            params.append(kind)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = list(await self._db.execute_fetchall(f"SELECT COUNT(*) FROM outbox{where}", params))
        return int(rows[0][0])

    async def outcomes(self, ref: str) -> dict[str, int]:
        """How the rows about one thing went: "pending", "sent", "undeliverable" (the chat
        cannot receive messages) and "failed" (given up after errors), each with its count."""
        sql = """
            SELECT CASE WHEN status = 'failed' AND note LIKE ? || '%' THEN 'undeliverable'
                        ELSE status END, COUNT(*)
            FROM outbox WHERE ref = ? GROUP BY 1
        """
        rows = await self._db.execute_fetchall(sql, (UNDELIVERABLE, ref))
        return {str(row[0]): int(row[1]) for row in rows}

    async def rows(self, chat_id: str | None = None) -> AsyncIterator[tuple[str, str, str]]:
        """(chat_id, status, text) of every row in queue order: for tests and inspection."""
        sql = "SELECT chat_id, status, body FROM outbox"
        params: tuple[str, ...] = ()
        if chat_id is not None:
            sql += " WHERE chat_id = ?"
            params = (chat_id,)
        for row in await self._db.execute_fetchall(sql + " ORDER BY id", params):
            yield row[0], row[1], _decode(row[2]).text


_INSERT_ONE = """
    INSERT OR IGNORE INTO outbox (kind, channel, chat_id, body, dedup_key, ref, claimed_by,
                                  lease_until, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
"""


@cache
def _insert_rows(count: int) -> str:
    """The statement that queues that many rows (one text per count: SQLite's statement
    cache then finds it prepared)."""
    rows = ", ".join("(?, ?, ?, ?, ?, ?, ?, ?, ?)" for _ in range(count))
    return f"""
        INSERT OR IGNORE INTO outbox (kind, channel, chat_id, body, dedup_key, ref,
                                      claimed_by, lease_until, created_at)
        VALUES {rows}
        RETURNING id, dedup_key
    """


def _encode(reply: Reply) -> str:
    body: dict[str, Any] = {
        "text": reply.text,
        "choices": [[c.label, c.value] for c in reply.choices],
    }
    if reply.file is not None:  # an export or a chart: kept until sent, like the text
        data = base64.b64encode(reply.file.data).decode("ascii")
        body["file"] = {"name": reply.file.name, "kind": reply.file.kind, "data": data}
    return to_json(body)


def _decode(body: str) -> Reply:
    data = json.loads(body)
    file = data.get("file")
    attached = OutFile(file["name"], base64.b64decode(file["data"]), file["kind"]) if file else None
    return Reply(
        data["text"], tuple(Choice(label, value) for label, value in data["choices"]), attached
    )
