"""Which documents rest on which: a document's bases ("Căn cứ …") read against the
documents held, once per knowledge base. The letter carrying out a directive, the circular
guiding a decree and the decrees carrying out a law are all found here."""

import re

from handlers import currency
from knowledge import Document, KnowledgeBase


def bases(doc: Document, kb: KnowledgeBase) -> tuple[Document, ...]:
    """The other documents held that the document rests on, in the order it cites them."""

    def find() -> tuple[Document, ...]:
        found: dict[str, Document] = {}
        for basis in doc.based_on:
            named = currency.named_document(basis, kb)
            if named is not None and named.id != doc.id:
                found.setdefault(named.id, named)
        return tuple(found.values())

    return kb.derived(("based on", doc.id), find)


def resting_on(doc: Document, kb: KnowledgeBase) -> tuple[Document, ...]:
    """The other documents held that rest on the document (each basis is read against
    every document held)."""

    def find() -> tuple[Document, ...]:
        return tuple(
            other for other in kb.documents if any(d.id == doc.id for d in bases(other, kb))
        )

    return kb.derived(("resting on", doc.id), find)


LEAD_NUMBER = re.compile(r"(\d+)/(\d{4})")  # "13/2012" of "13/2012/NĐ-CP"


def linked_documents(doc_id: str, kb: KnowledgeBase) -> tuple[str, ...]:
    """The ids of the legal texts one is linked to by a basis, either way: the circular
    guiding a decree, the decrees carrying out the law. Only texts numbered with their year:
    a letter carrying out a province's directive ("14/CT-UBND") is read on its own."""
    doc = kb.document(doc_id)
    if doc is None or not LEAD_NUMBER.search(doc.number or ""):
        return ()
    linked = (*bases(doc, kb), *resting_on(doc, kb))
    return tuple(sorted({d.id for d in linked if LEAD_NUMBER.search(d.number or "")}))
