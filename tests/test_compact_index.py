"""The compact layouts of a large knowledge base: posting ids in two bytes by segments of
65,536 bodies, and passage texts kept in UTF-8 (mapped from the saved index on restart)."""

from pathlib import Path

import numpy as np
import pytest

from bench.synthetic import generate_documents
from knowledge import KnowledgeBase
from knowledge.documents import load_documents
from knowledge.index_cache import TextSpool
from knowledge.postings import (
    SEGMENT,
    ChunkPostings,
    Needles,
    all_body_ids,
    merge_postings,
    release_freed,
    term_body_ids,
)
from knowledge.search import _Field
from knowledge.sections import Passage, split_passages

BODIES = 2 * SEGMENT + 100  # three segments of ids


def chunk(first_id: int, postings: dict[int, list[tuple[int, int]]]) -> ChunkPostings:
    """A chunk from {term: [(id, halves), ...]} (ids absolute, ascending)."""
    terms = sorted(postings)
    items = [i - first_id for t in terms for i, _ in postings[t]]
    halves = [h for t in terms for _, h in postings[t]]
    return ChunkPostings(
        first_id=first_id,
        run_terms=np.array(terms, dtype=np.int32),
        run_sizes=np.array([len(postings[t]) for t in terms], dtype=np.int64),
        items=np.array(items, dtype=np.uint16),
        halves=np.array(halves, dtype=np.uint8),
    )


# term 0 in every segment, term 1 only beyond the first, term 2 only in the first
EXPECTED = {
    0: [(5, 2), (SEGMENT - 1, 1), (SEGMENT, 4), (2 * SEGMENT + 99, 2)],
    1: [(SEGMENT + 7, 2), (2 * SEGMENT, 3)],
    2: [(0, 2), (4095, 2)],
}


def merged() -> tuple[_Field, np.ndarray]:
    chunks = [
        chunk(0, {0: [(5, 2)], 2: [(0, 2), (4095, 2)]}),
        chunk(SEGMENT - 4096, {0: [(SEGMENT - 1, 1)]}),
        chunk(SEGMENT, {0: [(SEGMENT, 4)], 1: [(SEGMENT + 7, 2)]}),
        chunk(2 * SEGMENT, {0: [(2 * SEGMENT + 99, 2)], 1: [(2 * SEGMENT, 3)]}),
    ]
    lengths = np.full(BODIES, 20.0)
    postings = merge_postings(chunks, lengths, 3, 1.2, 0.75, np.arange(BODIES, dtype=np.int32))
    assert postings.ids.dtype == np.uint16
    assert postings.bounds.shape == (3, 4)
    return _Field(["a", "b", "c"], postings), all_body_ids(postings)


def test_ids_beyond_two_bytes_come_back_from_their_segments() -> None:
    field, every = merged()
    expected = [i for t in sorted(EXPECTED) for i, _ in EXPECTED[t]]
    assert every.tolist() == expected
    for term, postings in EXPECTED.items():
        ids = field.ids_of(term)
        assert ids.dtype == np.intp
        assert ids.tolist() == [i for i, _ in postings]
        assert term_body_ids(field._ids, field._bounds[term]).tolist() == ids.tolist()


def test_weights_and_presence_are_found_in_every_segment() -> None:
    field, _ = merged()
    for term, postings in EXPECTED.items():
        ids, weights = field.postings_of(term)
        assert ids.tolist() == [i for i, _ in postings]
        assert np.all(weights > 0)
        halves = np.array([h for _, h in postings])
        assert np.array_equal(np.argsort(weights, kind="stable"), np.argsort(halves, kind="stable"))
        scores = np.zeros(BODIES, dtype=np.float32)
        field.add_to(scores, term, 1.0)
        assert np.flatnonzero(scores).tolist() == ids.tolist()
        probe = np.array([0, 5, 7, SEGMENT - 1, SEGMENT, SEGMENT + 7, 2 * SEGMENT, BODIES - 1])
        assert field.contains(field_term(term), probe).tolist() == [
            float(i in ids.tolist()) for i in probe
        ]


def field_term(term: int) -> str:
    return "abc"[term]


def test_a_chunk_across_two_segments_is_refused() -> None:
    across = chunk(SEGMENT - 10, {0: [(SEGMENT - 10, 2), (SEGMENT + 10, 2)]})
    with pytest.raises(ValueError, match="segment"):
        merge_postings([across], np.full(BODIES, 20.0), 1, 1.2, 0.75, np.arange(BODIES))


def test_a_passage_keeps_its_text_in_utf8_and_compares_by_value() -> None:
    doc = load_documents()[0]
    text = "Tiêu chí thi đua đối với cá nhân"
    passage = Passage(doc, "II. Tiêu chí", text, "section", "ngữ cảnh")
    assert passage.text == text
    assert passage.utf8 == text.encode()
    same = Passage(doc, "II. Tiêu chí", memoryview(text.encode()), "section", "ngữ cảnh")
    assert same == passage and hash(same) == hash(passage)
    assert same.section is passage.section  # one copy of a heading path
    assert passage != Passage(doc, "II. Tiêu chí", text + ".", "section", "ngữ cảnh")
    with pytest.raises(AttributeError):
        passage.text = "khác"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        setattr(passage, "kind", "info")  # noqa: B010 - as any code might try


def test_restarted_passages_read_their_texts_from_the_saved_file(tmp_path: Path) -> None:
    fresh = KnowledgeBase.load()
    KnowledgeBase.load(cache_dir=tmp_path)
    loaded = KnowledgeBase.load(cache_dir=tmp_path)
    assert all(isinstance(p.utf8, memoryview) for p in loaded.index.passages)
    assert [p.text for p in loaded.index.passages] == [p.text for p in fresh.index.passages]
    assert loaded.index.passages == fresh.index.passages
    (saved,) = tmp_path.glob("knowledge-*")
    distinct = {p.utf8 for p in fresh.index.passages}
    assert (saved / "texts.bin").stat().st_size == sum(len(t) for t in distinct)  # each once


def test_a_spool_writes_each_distinct_text_once_and_maps_them_back() -> None:
    spool = TextSpool()
    texts = ["Tiêu chí thi đua".encode(), b"", "Đối với cá nhân".encode()]
    spans = [spool.add(t) for t in (*texts, texts[0], memoryview(texts[2]))]
    assert spans[3] == spans[0] and spans[4] == spans[2]  # equal texts, one place
    assert spans[2][0] == spans[0][1] + len(texts[1])  # written one after another
    mapped = spool.mapped()
    assert [bytes(mapped[a:b]) for a, b in spans] == [*texts, texts[0], texts[2]]
    release_freed()  # the pages read go back to the file, and are read again from it
    spool.settle()
    assert [bytes(mapped[a:b]) for a, b in spans[:3]] == texts


def test_an_empty_spool_maps_nothing() -> None:
    spool = TextSpool()
    assert bytes(spool.mapped()) == b""
    spool.settle()


def test_a_built_knowledge_base_reads_its_texts_from_its_spool() -> None:
    documents = generate_documents(20, seed=7)
    kb = KnowledgeBase.from_documents(iter(documents))
    passages = kb.index.passages
    assert all(isinstance(p.utf8, memoryview) for p in passages)
    # the texts are those of the documents' own passages, a repeated paragraph stored once
    expected = [p for d in documents for p in split_passages(d)]
    assert [p.text for p in passages] == [p.text for p in expected]
    spans = {(p.utf8.obj, bytes(p.utf8)) for p in passages}  # type: ignore[union-attr]
    assert len({obj for obj, _ in spans}) == 1  # one file for all
    assert kb.search("tiêu chí thi đua đối với cá nhân")


@pytest.mark.parametrize("seed", range(5))
def test_needles_are_found_in_their_own_segment(seed: int) -> None:
    field, _ = merged()
    rng = np.random.default_rng(seed)
    probe = rng.integers(0, BODIES, 40)
    probe[:3] = [5, SEGMENT + 7, 2 * SEGMENT + 99]  # some that terms have, in each segment
    needles = Needles(probe.astype(np.intp))
    for term, postings in EXPECTED.items():
        has = {i for i, _ in postings}
        found = needles.found_in(field._ids, field._bounds[term])
        assert found.tolist() == [int(i) in has for i in probe]
