"""Keep a built knowledge base on disk, keyed by a hash of its documents, and map it back.

Building the index of thousands of documents takes a while; a worker restart should not.
The first process to build a knowledge base saves it in a folder named after a hash of
everything the index depends on: the documents, the abbreviations and chat shorthand, and
the source of the code that sections, analyses and weighs them. A later process with the same
documents maps the large arrays read-only (`numpy.load(mmap_mode="r")`) and the passages'
texts (each distinct text once, in UTF-8, in `texts.bin`), so only the pages a query touches
are read. A changed document, abbreviation or analyser gives another hash, hence a rebuild;
the folders of older hashes are removed once the new one is in place.

The folder is written under a temporary name and renamed into place, so a reader never sees
half a cache, and two processes building at once both end with a complete one.
"""

import hashlib
import logging
import mmap
import os
import pickle
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from knowledge.documents import Document
from knowledge.postings import Postings, release_freed, spooled
from knowledge.search import ABBREVIATIONS_FILE, SavedIndex
from knowledge.sections import Passage
from knowledge.shorthand import SHORTHAND_FILE

log = logging.getLogger(__name__)

FORMAT = b"thidua-index-5"  # bump when the saved layout changes
_KNOWLEDGE = Path(__file__).parent
# the search code, whose changes must rebuild the saved index (knowledge/search.py only
# re-exports what knowledge/searching/ holds)
_CODE = (
    "documents.py",
    "normalize.py",
    "postings.py",
    "search.py",
    "sections.py",
    *sorted(f"searching/{path.name}" for path in (_KNOWLEDGE / "searching").glob("*.py")),
)
_PREFIX = "knowledge-"
RELEASE_EVERY = 32 * 2**20  # bytes of texts written between two releases of those read
_ARRAYS = (
    "offsets",
    "ids",
    "bounds",
    "halves",
    "idf",
    "norm",
    "k1",
    "doc_freq",
    "peaks",
    "items",
    "bodies",
)


@dataclass(frozen=True)
class SavedKnowledge:
    """Documents (without their bodies: the passages hold the text), passages and index."""

    documents: tuple[Document, ...]  # campaign documents, in the order of their passages
    passages: Sequence[Passage]
    index: SavedIndex
    laws: tuple[Document, ...] = ()  # legal documents, whole: few, indexed on loading


def _fingerprint() -> "hashlib._Hash":
    digest = hashlib.sha256(FORMAT)
    for name in _CODE:
        digest.update((_KNOWLEDGE / name).read_bytes())
    digest.update(ABBREVIATIONS_FILE.read_bytes())
    digest.update(SHORTHAND_FILE.read_bytes())
    return digest


def files_key(paths: Iterable[Path]) -> str:
    """Hash of document files by name and content (no parsing needed to know it)."""
    digest = _fingerprint()
    for path in sorted(paths):
        data = path.read_bytes()
        digest.update(f"\0{path}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def documents_key(documents: Sequence[Document]) -> str:
    """Hash of documents already in memory (generated, or added at run time)."""
    digest = _fingerprint()
    for doc in documents:
        digest.update(repr(doc).encode())
    return digest.hexdigest()


def without_body(doc: Document) -> Document:
    """The document's metadata; its text lives once, in its passages."""
    return replace(doc, body="")


def read(folder: Path, key: str) -> SavedKnowledge | None:
    """The knowledge base saved under this key, or None when there is none (or it is damaged)."""
    where = folder / f"{_PREFIX}{key}"
    try:
        with (where / "meta.pickle").open("rb") as file:
            meta = pickle.load(file)
        fields = {
            field: Postings(
                *(np.load(where / f"{field}-{name}.npy", mmap_mode="r") for name in _ARRAYS)
            )
            for field in ("passage", "document")
        }
        doc_of = np.load(where / "doc_of.npy")
        body_of = np.load(where / "body_of.npy", mmap_mode="r")
        spans = np.load(where / "text_spans.npy").tolist()
        texts = _mapped(where / "texts.bin")
    except FileNotFoundError:
        return None
    except (OSError, ValueError, EOFError, pickle.UnpicklingError):
        shutil.rmtree(where, ignore_errors=True)  # damaged: make room for a rebuild
        return None
    documents = meta["documents"]
    passages = [
        Passage(documents[d], section, texts[start:end], kind, context)
        for d, section, (start, end), kind, context in zip(
            doc_of.tolist(),
            meta["sections"],
            spans,
            meta["kinds"],
            meta["contexts"],
            strict=True,
        )
    ]
    index = SavedIndex(
        doc_of=doc_of,
        body_of=body_of,
        passage_terms=meta["passage_terms"],
        passage_postings=fields["passage"],
        document_terms=meta["document_terms"],
        document_postings=fields["document"],
    )
    return SavedKnowledge(tuple(documents), passages, index, tuple(meta.get("laws", ())))


class TextSpool:
    """Passage texts written to a temporary file as the documents are read, each distinct
    text once, then mapped back read-only: a knowledge base built from thousands of
    documents keeps its texts on disk, as one restarted from a saved index does, and only
    the pages read (to index them, or to show an answer) are in memory, and only until
    `postings.release_freed` lets them go."""

    def __init__(self) -> None:
        self._file = _SpoolFile()
        self._spans: dict[bytes, tuple[int, int]] = {}  # by digest: no text kept in memory
        self._position = 0

    def add(self, utf8: bytes | memoryview) -> tuple[int, int]:
        """Where the text is in the file (written there if it is not yet)."""
        digest = hashlib.blake2b(utf8, digest_size=16).digest()
        span = self._spans.get(digest)
        if span is None:
            end = self._position + self._file.file.write(utf8)
            span = self._spans[digest] = (self._position, end)
            self._position = end
        return span

    def mapped(self) -> memoryview:
        """The texts written, mapped read-only (the spool takes no more texts)."""
        self._spans.clear()
        self._file.file.flush()
        if self._position == 0:
            return memoryview(b"")
        texts = mmap.mmap(self._file.file.fileno(), 0, access=mmap.ACCESS_READ)
        _read_at_random(texts)
        spooled(texts, self._file.release)
        return memoryview(texts)

    def settle(self) -> None:
        """The texts are indexed: from now on a text is read from the disk when shown."""
        self._file.settle()
        release_freed()


class _SpoolFile:
    """The spool's file, which lives as long as its map (no reference to the map here)."""

    def __init__(self) -> None:
        self.file = tempfile.TemporaryFile()  # noqa: SIM115 - closed with the map's last use
        self._settled = False

    def settle(self) -> None:
        self.file.flush()
        os.fdatasync(self.file.fileno())
        self._settled = True

    def release(self, texts: mmap.mmap) -> None:
        """Let go of the pages read so far; once settled, out of the system's file cache
        too (they are on disk)."""
        texts.madvise(mmap.MADV_DONTNEED)
        if self._settled:
            _uncache(self.file.fileno())


def _read_at_random(mapped: mmap.mmap) -> None:
    """Map only the pages read: a passage shown is a kilobyte here and there."""
    if hasattr(mmap, "MADV_RANDOM"):
        mapped.madvise(mmap.MADV_RANDOM)


def _uncache(descriptor: int) -> None:
    """Drop a file's pages from the system's cache. A file just written is all there, and
    the kernel maps the cached pages around each page read (up to 64 KB) into the reader:
    reading the passages of a day's answers would then hold tens of MB of texts."""
    if hasattr(os, "posix_fadvise"):
        os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)


def _mapped(path: Path) -> memoryview:
    """The file's bytes, mapped read-only: a passage's text is read from disk when shown."""
    with path.open("rb") as file:
        if path.stat().st_size == 0:
            return memoryview(b"")
        _uncache(file.fileno())  # written just now by the process that built it, maybe
        mapped = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
        _read_at_random(mapped)
        return memoryview(mapped)


def _write_texts(folder: Path, passages: Sequence[Passage]) -> None:
    """Each distinct passage text in UTF-8, once, one after another, and where each
    passage's text starts and ends."""
    spans = np.zeros((len(passages), 2), dtype=np.int64)
    written: dict[bytes | memoryview, tuple[int, int]] = {}
    position = released = 0
    with (folder / "texts.bin").open("wb") as file:
        for i, passage in enumerate(passages):
            span = written.get(passage.utf8)
            if span is None:
                span = written[passage.utf8] = (position, position + file.write(passage.utf8))
                position = span[1]
                if position - released > RELEASE_EVERY:  # spooled texts read so far
                    release_freed()
                    released = position
            spans[i] = span
    np.save(folder / "text_spans.npy", spans)


def write(folder: Path, key: str, saved: SavedKnowledge) -> None:
    """Save the knowledge base under its key and drop the ones saved for other documents.
    A folder that cannot be written only costs the next start a rebuild: logged, not raised."""
    try:
        _write(folder, key, saved)
    except OSError as exc:
        log.warning("could not save the knowledge index in %s: %s", folder, exc)
    release_freed()  # what saving read and made, before answering starts


def _write(folder: Path, key: str, saved: SavedKnowledge) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{_PREFIX}{key}"
    if target.exists():
        return
    staging = Path(tempfile.mkdtemp(prefix=".building-", dir=folder))
    try:
        meta = {
            "documents": list(saved.documents),
            "laws": list(saved.laws),
            "sections": [p.section for p in saved.passages],
            "kinds": [p.kind for p in saved.passages],
            "contexts": [p.context for p in saved.passages],
            "passage_terms": saved.index.passage_terms,
            "document_terms": saved.index.document_terms,
        }
        with (staging / "meta.pickle").open("wb") as file:
            pickle.dump(meta, file, protocol=pickle.HIGHEST_PROTOCOL)
        _write_texts(staging, saved.passages)
        np.save(staging / "doc_of.npy", saved.index.doc_of)
        np.save(staging / "body_of.npy", saved.index.body_of)
        for field, postings in (
            ("passage", saved.index.passage_postings),
            ("document", saved.index.document_postings),
        ):
            for name in _ARRAYS:
                np.save(staging / f"{field}-{name}.npy", getattr(postings, name))
        os.rename(staging, target)
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)
        if not target.exists():
            raise
        return  # another process put the same knowledge base in place first
    for old in folder.glob(f"{_PREFIX}*"):
        if old != target:
            shutil.rmtree(old, ignore_errors=True)
