"""The knowledge base: official documents, their passages, and search over them."""

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

from knowledge.campaigns import PART_BY_KEY, part_passages
from knowledge.documents import DOCUMENTS_DIR, Document, DocumentError, load_documents
from knowledge.normalize import fold
from knowledge.search import Analyzer, Hit, SearchIndex
from knowledge.sections import Passage, split_passages
from knowledge.titles import Title, load_titles

LAW_MARGIN = 0.05
REFERENCE_CONFIDENCE = 0.65

__all__ = ["Document", "DocumentError", "Hit", "KnowledgeBase", "Passage", "Title"]


@dataclass(frozen=True)
class KnowledgeBase:
    documents: tuple[Document, ...]
    index: SearchIndex  # campaign documents
    titles: Mapping[str, Title]
    # Legal documents and reference notes, in their own index so that their words do not
    # change how campaign passages rank against each other.
    law_index: SearchIndex | None = None

    @classmethod
    def load(cls, directory: Path = DOCUMENTS_DIR) -> "KnowledgeBase":
        """Load, section and index every document in the directory."""
        return cls.from_documents(load_documents(directory))

    @classmethod
    def from_documents(cls, documents: list[Document]) -> "KnowledgeBase":
        analyzer = Analyzer.from_file()
        campaigns = [p for doc in documents if doc.is_campaign for p in split_passages(doc)]
        laws = [p for doc in documents if doc.is_law for p in split_passages(doc)]
        law_index = SearchIndex(laws, analyzer) if laws else None
        return cls(tuple(documents), SearchIndex(campaigns, analyzer), load_titles(), law_index)

    @cached_property
    def passages(self) -> list[Passage]:
        """Every passage; a hit's `position` is its place in this list."""
        laws = self.law_index.passages if self.law_index else []
        return [*self.index.passages, *laws]

    def search(self, query: str, limit: int = 3) -> list[Hit]:
        """Passages that answer the question, best first; empty when nothing is relevant.

        Campaign documents and legal documents are searched apart; the answer comes from the
        side whose best passage covers clearly more of the question (LAW_MARGIN). A reference
        note answers only a question it covers well: its place names are everywhere.
        """
        hits = self.index.search(query, limit)
        if self.law_index is None or (hits and hits[0].score + LAW_MARGIN > 1.0):
            return hits  # a campaign passage covers the question: no legal one can do clearly better
        offset = len(self.index.passages)
        laws = [
            replace(h, position=h.position + offset)
            for h in self.law_index.search(query, limit)
            if h.passage.doc.category != "reference" or h.score >= REFERENCE_CONFIDENCE
        ]
        if laws and (not hits or laws[0].score >= hits[0].score + LAW_MARGIN):
            return [*laws, *hits][:limit]
        return [*hits, *laws][:limit]

    @cached_property
    def _folded_text(self) -> str:
        spaced = (" ".join(re.sub(r"[^\w\s]", " ", fold(p.text)).split()) for p in self.passages)
        return f" {' '.join(spaced)} "

    def mentions(self, phrase: str) -> bool:
        """Whether some passage uses these folded words ("xet nghiem")."""
        return f" {phrase} " in self._folded_text

    def campaigns(self) -> list[Document]:
        """Documents that launch campaigns: current ones first, newest first within each.

        Legal documents and reference notes (`category` other than campaign) are not campaigns.
        """
        return sorted(
            (d for d in self.documents if d.is_campaign),
            key=lambda d: (not d.is_current, -d.period_end, -d.year, d.id),
        )

    @cached_property
    def _parts(self) -> dict[tuple[str, str], list[Passage]]:
        keys = (*PART_BY_KEY, "info")
        return {(d.id, k): part_passages(self.passages, d, k) for d in self.documents for k in keys}

    def part(self, doc: Document, key: str) -> list[Passage]:
        """The passages of one part of a campaign ("canhan", "tochuc", ...); [] if none."""
        return self._parts.get((doc.id, key), [])

    def campaign(self, doc_id: str) -> Document | None:
        return next((d for d in self.documents if d.id == doc_id and d.is_campaign), None)

    def document(self, doc_id: str) -> Document | None:
        """Any document, campaign or legal, by its id."""
        return next((d for d in self.documents if d.id == doc_id), None)

    def laws(self) -> list[Document]:
        """Legal documents and reference notes, newest first."""
        return sorted((d for d in self.documents if d.is_law), key=lambda d: (-d.year, d.id))
