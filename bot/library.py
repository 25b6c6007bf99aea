"""The knowledge base in use: the bundled documents plus those the office keeps in the database.

Every process sharing the database polls its knowledge version (at most every
`POLL_EVERY`, on the injected clock) and, when another process has added, replaced or
retired a document or changed a deadline, rebuilds its index in a worker thread so the event
loop keeps serving meanwhile. A stored document that no longer parses is logged and skipped.
"""

import asyncio
import datetime as dt
import logging
from pathlib import Path

from bot.storage import Storage
from bot.storage.documents import StoredDocument
from knowledge import Document, DocumentError, KnowledgeBase
from knowledge.documents import parse_document

log = logging.getLogger(__name__)

POLL_EVERY = dt.timedelta(seconds=30)


class Library:
    def __init__(self, bundled: KnowledgeBase, cache_dir: Path | None = None) -> None:
        self.bundled = bundled
        self.cache_dir = cache_dir  # where indexes are saved, keyed by their documents
        self.current = bundled
        self.version = -1
        self._checked: dt.datetime | None = None
        self._signature: tuple[tuple[str, str, dt.datetime], ...] = ()
        self._lock = asyncio.Lock()

    async def refresh(self, storage: Storage, now: dt.datetime, force: bool = False) -> bool:
        """Reload when the database's knowledge version moved; True when it did."""
        if not force and self._checked is not None and now - self._checked < POLL_EVERY:
            return False
        async with self._lock:
            self._checked = now
            version = await storage.documents.version()
            if version == self.version:
                return False
            stored = await storage.documents.stored()
            storage.reminders.forget_cached()
            # The version also moves for a deadline change: rebuild only when documents did.
            signature = tuple((row.id, row.status, row.changed_at) for row in stored)
            if signature != self._signature:
                documents = merged(self.bundled.sources(), stored_documents(stored))
                rebuilt = await asyncio.to_thread(
                    KnowledgeBase.from_documents, documents, self.cache_dir
                )
                self.current = rebuilt if stored else self.bundled
                self._signature = signature
            self.version = version
            return True


def stored_documents(stored: list[StoredDocument]) -> dict[str, Document | None]:
    """Stored rows as documents by id; None for a retired one."""
    found: dict[str, Document | None] = {}
    for row in stored:
        if row.status != "active" or row.text is None:
            found[row.id] = None
            continue
        try:
            found[row.id] = parse_document(row.text, Path(f"{row.id}.md"))
        except DocumentError as exc:
            log.error("văn bản lưu trong cơ sở dữ liệu bị lỗi, bỏ qua: %s", exc)
    return found


def merged(bundled: list[Document], stored: dict[str, Document | None]) -> list[Document]:
    """The bundled documents, replaced or retired by the stored ones, then the new ones."""
    out = [stored.get(d.id, d) if d.id in stored else d for d in bundled]
    known = {d.id for d in bundled}
    out += [d for key, d in stored.items() if key not in known]
    return [d for d in out if d is not None]
