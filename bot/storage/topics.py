"""Conversation topics: what one person in one chat was last answered about.

Kept in this process's memory only: a topic matters for a few minutes, is read on every
question, and a follow-up lost to a restart costs one retyped question. Old topics are
pruned as new ones are kept, so memory stays bounded by the people active recently.
"""

import datetime as dt
from typing import Any

PRUNE_AT = 10_000  # topics kept before stale ones are dropped


class TopicStore:
    def __init__(self) -> None:
        self._topics: dict[tuple[str, str, str], tuple[dict[str, Any], dt.datetime]] = {}

    async def recall(
        self, channel: str, chat_id: str, user_id: str, since: dt.datetime
    ) -> dict[str, Any] | None:
        """The person's last topic in this chat, if it was set at or after `since`."""
        known = self._topics.get((channel, chat_id, user_id))
        if known is None or known[1] < since:
            return None
        return known[0]

    async def remember(
        self,
        channel: str,
        chat_id: str,
        user_id: str,
        topic: dict[str, Any],
        at: dt.datetime,
        forget_before: dt.datetime | None = None,
    ) -> None:
        self._topics[(channel, chat_id, user_id)] = (topic, at)
        if len(self._topics) > PRUNE_AT and forget_before is not None:
            self._topics = {k: v for k, v in self._topics.items() if v[1] >= forget_before}
