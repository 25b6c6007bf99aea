"""SQL of declined questions: every question the bot could not answer, kept for the office."""

import datetime as dt
from collections.abc import Callable, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass

from bot.storage.connection import Connection

KINDS = ("off_topic", "not_held", "feature", "not_found")


@dataclass(frozen=True)
class Declined:
    id: int
    channel: str
    user_id: str
    text: str
    folded: str
    kind: str
    asked_at: dt.datetime


class DeclinedStore:
    def __init__(
        self,
        db: Connection,
        lock: AbstractAsyncContextManager[None],
        transaction: Callable[[], AbstractAsyncContextManager[None]],
    ) -> None:
        self._db = db
        self._lock = lock
        self._transaction = transaction

    async def log(
        self, channel: str, user_id: str, text: str, folded: str, kind: str, at: dt.datetime
    ) -> None:
        """Keep one declined question."""
        if kind not in KINDS:
            raise ValueError(f"unknown kind of declined question: {kind}")
        sql = (
            "INSERT INTO declined_questions (channel, user_id, text, folded, kind, asked_at)"
            " VALUES (?, ?, ?, ?, ?, ?)"
        )
        async with self._transaction():
            await self._db.execute(sql, (channel, user_id, text, folded, kind, at.isoformat()))

    async def open_since(self, since: dt.datetime) -> list[Declined]:
        """Questions declined since then and not yet handled, oldest first."""
        sql = (
            "SELECT * FROM declined_questions WHERE handled_at IS NULL AND asked_at >= ?"
            " ORDER BY asked_at, id"
        )
        async with self._lock, self._db.execute(sql, (since.isoformat(),)) as cursor:
            rows = await cursor.fetchall()
        return [
            Declined(
                id=row["id"],
                channel=row["channel"],
                user_id=row["user_id"],
                text=row["text"],
                folded=row["folded"],
                kind=row["kind"],
                asked_at=dt.datetime.fromisoformat(row["asked_at"]),
            )
            for row in rows
        ]

    async def mark_handled(self, ids: Sequence[int], by: str, at: dt.datetime) -> int:
        """Mark these questions handled; returns how many were still open."""
        if not ids:
            return 0
        marks = ",".join("?" * len(ids))
        sql = (
            f"UPDATE declined_questions SET handled_at = ?, handled_by = ?"
            f" WHERE handled_at IS NULL AND id IN ({marks})"
        )
        async with self._transaction():
            cursor = await self._db.execute(sql, (at.isoformat(), by, *ids))
        return cursor.rowcount
