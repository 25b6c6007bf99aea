"""SQL of conversation topics: what one person in one chat was last answered about."""

import datetime as dt
import json
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from typing import Any

import aiosqlite


class TopicStore:
    def __init__(
        self,
        db: aiosqlite.Connection,
        lock: AbstractAsyncContextManager[None],
        transaction: Callable[[], AbstractAsyncContextManager[None]],
    ) -> None:
        self._db = db
        self._lock = lock
        self._transaction = transaction

    async def recall(
        self, channel: str, chat_id: str, user_id: str, since: dt.datetime
    ) -> dict[str, Any] | None:
        """The person's last topic in this chat, if it was set at or after `since`."""
        sql = (
            "SELECT topic, updated_at FROM chat_topics"
            " WHERE channel = ? AND chat_id = ? AND user_id = ?"
        )
        async with self._lock, self._db.execute(sql, (channel, chat_id, user_id)) as cursor:
            row = await cursor.fetchone()
        if row is None or dt.datetime.fromisoformat(row["updated_at"]) < since:
            return None
        topic: dict[str, Any] = json.loads(row["topic"])
        return topic

    async def remember(
        self, channel: str, chat_id: str, user_id: str, topic: dict[str, Any], at: dt.datetime
    ) -> None:
        sql = (
            "INSERT INTO chat_topics (channel, chat_id, user_id, topic, updated_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (channel, chat_id, user_id)"
            " DO UPDATE SET topic = excluded.topic, updated_at = excluded.updated_at"
        )
        payload = json.dumps(topic, ensure_ascii=False)
        async with self._transaction():
            await self._db.execute(sql, (channel, chat_id, user_id, payload, at.isoformat()))
