"""The knowledge base: official documents, their passages, and search over them."""

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from knowledge.campaigns import PART_BY_KEY, part_passages
from knowledge.documents import DOCUMENTS_DIR, Document, DocumentError, load_documents
from knowledge.search import Analyzer, Hit, SearchIndex
from knowledge.sections import Passage, split_passages
from knowledge.titles import Title, load_titles

log = logging.getLogger(__name__)

__all__ = ["Document", "DocumentError", "Hit", "KnowledgeBase", "Passage", "Title"]


@dataclass(frozen=True)
class KnowledgeBase:
    documents: tuple[Document, ...]
    index: SearchIndex
    titles: Mapping[str, Title]

    @classmethod
    def load(cls, directory: Path = DOCUMENTS_DIR) -> "KnowledgeBase":
        """Load, section and index every document in the directory; a bad file is logged
        and left out rather than stopping the bot."""
        skipped: list[str] = []
        documents = load_documents(directory, skipped)
        for problem in skipped:
            log.error("bỏ qua văn bản lỗi: %s", problem)
        return cls.from_documents(documents)

    @classmethod
    def from_documents(cls, documents: list[Document]) -> "KnowledgeBase":
        passages = [p for doc in documents for p in split_passages(doc)]
        return cls(tuple(documents), SearchIndex(passages, Analyzer.from_file()), load_titles())

    @property
    def passages(self) -> list[Passage]:
        return self.index.passages

    def search(self, query: str, limit: int = 3) -> list[Hit]:
        """Passages that answer the question, best first; empty when nothing is relevant."""
        return self.index.search(query, limit)

    def campaigns(self) -> list[Document]:
        """Documents that launch campaigns (not laws or decrees), newest first."""
        return sorted(
            (d for d in self.documents if d.is_campaign),
            key=lambda d: (-d.period_end, -d.year, d.id),
        )

    @cached_property
    def _parts(self) -> dict[tuple[str, str], list[Passage]]:
        keys = (*PART_BY_KEY, "info")
        return {(d.id, k): part_passages(self.passages, d, k) for d in self.documents for k in keys}

    def part(self, doc: Document, key: str) -> list[Passage]:
        """The passages of one part of a campaign ("canhan", "tochuc", ...); [] if none."""
        return self._parts.get((doc.id, key), [])

    def campaign(self, doc_id: str) -> Document | None:
        return next((d for d in self.documents if d.id == doc_id), None)
