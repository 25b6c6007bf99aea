"""SQL of the documents the office keeps in the database, and of the knowledge version."""

import datetime as dt
from collections.abc import Callable, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass

from bot.storage.connection import Connection
from bot.storage.reminders import UPSERT_DEADLINE, deadline_values
from knowledge.deadlines import Deadline


@dataclass(frozen=True)
class StoredDocument:
    id: str
    text: str | None  # None: a bundled document the office retired
    status: str  # "active" or "retired"
    changed_by: str
    changed_at: dt.datetime


class DocumentStore:
    def __init__(
        self,
        db: Connection,
        lock: AbstractAsyncContextManager[None],
        transaction: Callable[[], AbstractAsyncContextManager[None]],
        forget_deadlines: Callable[[], None],
    ) -> None:
        self._db = db
        self._lock = lock
        self._transaction = transaction
        self._forget_deadlines = forget_deadlines

    async def version(self) -> int:
        rows = list(await self._db.execute_fetchall("SELECT version FROM knowledge_version"))
        return int(rows[0][0]) if rows else 0

    async def stored(self) -> list[StoredDocument]:
        sql = "SELECT * FROM documents ORDER BY id"
        return [
            StoredDocument(
                row["id"],
                row["text"],
                row["status"],
                row["changed_by"],
                dt.datetime.fromisoformat(row["changed_at"]),
            )
            for row in await self._db.execute_fetchall(sql)
        ]

    async def save(
        self,
        doc_id: str,
        text: str,
        deadlines: Sequence[Deadline],
        by: str,
        now: dt.datetime,
    ) -> None:
        """Store (or replace) a document and its deadlines, and bump the version: all or none.

        The deadlines are the office's (edited_by set), so no start-up sync removes them; a
        replaced document's earlier deadlines not given again are removed.
        """
        stamp = now.isoformat()
        async with self._transaction():
            await self._db.execute(
                """
                INSERT INTO documents (id, text, status, changed_by, changed_at)
                VALUES (?, ?, 'active', ?, ?)
                ON CONFLICT (id) DO UPDATE SET text = excluded.text, status = 'active',
                    changed_by = excluded.changed_by, changed_at = excluded.changed_at
                """,
                (doc_id, text, by, stamp),
            )
            await self._db.execute(
                "UPDATE deadlines SET removed_at = ? WHERE campaign_id = ? AND removed_at IS NULL",
                (stamp, doc_id),
            )
            await self._db.executemany(
                UPSERT_DEADLINE, [deadline_values(d, by, stamp) for d in deadlines]
            )
            await self._bump()
        self._forget_deadlines()

    async def retire(self, doc_id: str, by: str, now: dt.datetime) -> None:
        """Take a document out of the knowledge base (its text is kept) and its deadlines."""
        stamp = now.isoformat()
        async with self._transaction():
            await self._db.execute(
                """
                INSERT INTO documents (id, text, status, changed_by, changed_at)
                VALUES (?, NULL, 'retired', ?, ?)
                ON CONFLICT (id) DO UPDATE SET status = 'retired',
                    changed_by = excluded.changed_by, changed_at = excluded.changed_at
                """,
                (doc_id, by, stamp),
            )
            await self._db.execute(
                "UPDATE deadlines SET removed_at = ? WHERE campaign_id = ? AND removed_at IS NULL",
                (stamp, doc_id),
            )
            await self._bump()
        self._forget_deadlines()

    async def bump(self) -> None:
        """Tell other processes that something they hold in memory has changed."""
        async with self._lock:
            await self._bump()

    async def _bump(self) -> None:
        await self._db.execute("UPDATE knowledge_version SET version = version + 1 WHERE id = 1")
