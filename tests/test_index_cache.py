"""The index saved next to the database: same answers as a fresh build, rebuilt when a
document changes, and the per-document views that handlers read."""

import shutil
from pathlib import Path

import numpy as np
import pytest
import yaml

from bench.synthetic import generate_documents
from knowledge import KnowledgeBase, index_cache
from knowledge.campaigns import PART_BY_KEY, part_passages
from knowledge.documents import DOCUMENTS_DIR, load_documents

DATA = Path(__file__).parent / "data"


def all_questions() -> list[str]:
    questions = []
    for name in ("questions.yaml", "questions_independent.yaml"):
        questions += [str(i["q"]) for i in yaml.safe_load((DATA / name).read_text("utf-8"))]
    return questions


def answers(kb: KnowledgeBase, questions: list[str]) -> list[list[tuple[int, float, float]]]:
    return [[(h.position, h.score, h.rank_score) for h in kb.search(q, 5)] for q in questions]


def was_mapped(kb: KnowledgeBase) -> bool:
    return isinstance(kb.index.saved.passage_postings.ids, np.memmap)


def test_loaded_index_answers_exactly_like_a_fresh_build(tmp_path: Path) -> None:
    fresh = KnowledgeBase.load()
    built = KnowledgeBase.load(cache_dir=tmp_path)
    loaded = KnowledgeBase.load(cache_dir=tmp_path)
    assert not was_mapped(built) and was_mapped(loaded)
    questions = all_questions()
    assert answers(loaded, questions) == answers(fresh, questions)
    assert [p.text for p in loaded.passages] == [p.text for p in fresh.passages]
    assert [(p.doc.id, p.section, p.kind) for p in loaded.passages] == [
        (p.doc.id, p.section, p.kind) for p in fresh.passages
    ]


def test_generated_knowledge_base_is_reused_with_the_same_answers(tmp_path: Path) -> None:
    documents = generate_documents(60, seed=3)
    fresh = KnowledgeBase.from_documents(documents)
    KnowledgeBase.from_documents(documents, cache_dir=tmp_path)
    loaded = KnowledgeBase.from_documents(documents, cache_dir=tmp_path)
    assert was_mapped(loaded)
    questions = all_questions()
    questions += [f"{q} {documents[i % 60].place}" for i, q in enumerate(questions)]
    assert answers(loaded, questions) == answers(fresh, questions)


def test_a_changed_document_invalidates_the_saved_index(tmp_path: Path) -> None:
    folder = tmp_path / "documents"
    shutil.copytree(DOCUMENTS_DIR, folder)
    cache = tmp_path / "index"
    assert KnowledgeBase.load(folder, cache).search("máy bay không người lái") == []
    assert was_mapped(KnowledgeBase.load(folder, cache))

    changed = folder / "soctrang-stnmt-2022.md"
    text = changed.read_text("utf-8")
    drone = "- Ứng dụng máy bay không người lái trong đo đạc.\n\n### **III. Tổ chức"
    changed.write_text(text.replace("### **III. Tổ chức", drone, 1), encoding="utf-8")
    kb = KnowledgeBase.load(folder, cache)
    assert not was_mapped(kb)
    assert "máy bay không người lái" in kb.search("máy bay không người lái")[0].passage.text
    assert len(list(cache.glob("knowledge-*"))) == 1  # the stale one is gone
    assert was_mapped(KnowledgeBase.load(folder, cache))


def test_a_damaged_saved_index_is_rebuilt(tmp_path: Path) -> None:
    KnowledgeBase.load(cache_dir=tmp_path)
    (saved,) = tmp_path.glob("knowledge-*")
    (saved / "meta.pickle").write_bytes(b"not a pickle")
    kb = KnowledgeBase.load(cache_dir=tmp_path)
    assert not was_mapped(kb)
    assert kb.search("tiêu chí thi đua đối với cá nhân năm 2022")


@pytest.mark.parametrize("count", [0, 40])
def test_parts_are_those_of_a_scan_over_every_passage(count: int) -> None:
    documents = load_documents() if count == 0 else generate_documents(count, seed=5)
    kb = KnowledgeBase.from_documents(documents)
    passages = list(kb.passages)
    for doc in kb.documents:
        for key in (*PART_BY_KEY, "info"):
            assert kb.part(doc, key) == part_passages(passages, doc, key)
    assert kb.campaign("no-such-campaign") is None
    assert all(kb.document(d.id) is d for d in kb.documents)
    assert all(kb.campaign(d.id) is d for d in kb.campaigns())


def test_documents_are_kept_without_a_second_copy_of_their_text() -> None:
    kb = KnowledgeBase.load()
    # Campaign documents keep their text once, in their passages; the few legal documents
    # are kept whole.
    assert all(doc.body == "" for doc in kb.campaigns())
    assert all(p.doc is kb.document(p.doc.id) for p in kb.passages)


def test_a_folder_that_cannot_be_written_costs_only_a_rebuild(tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the index folder would go", encoding="utf-8")
    kb = KnowledgeBase.load(cache_dir=blocked)
    assert kb.search("tiêu chí thi đua đối với cá nhân năm 2022")
    assert not was_mapped(KnowledgeBase.load(cache_dir=blocked))


def test_a_change_to_the_search_code_invalidates_the_saved_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # knowledge/search.py only re-exports: the ranking code is in knowledge/searching/
    knowledge = Path(index_cache.__file__).parent
    shutil.copytree(knowledge, tmp_path / "knowledge", ignore=shutil.ignore_patterns("documents"))
    monkeypatch.setattr(index_cache, "_KNOWLEDGE", tmp_path / "knowledge")
    before = index_cache.files_key([])
    ranking = tmp_path / "knowledge" / "searching" / "index.py"
    ranking.write_text(ranking.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    assert index_cache.files_key([]) != before
