"""Work of the search done once, or not at all where it cannot change an answer, gives the
answers of doing it every time (`python -m bench.answer_dump` before and after: identical)."""

import numpy as np
import pytest

from knowledge import KnowledgeBase, candidates, search
from knowledge.search import SearchIndex


def test_continued_notes_are_told_once_as_each_passage_says(kb: KnowledgeBase) -> None:
    """The editors' notes continuing an article are marked when the index is made, as the
    search told them from each candidate's text at every question."""
    assert kb.law_index is not None
    for index in (kb.index, kb.law_index):
        told = [
            p.kind == "section" and p.utf8[:1] == b"(" and search._continued_note(p.head())
            for p in index.passages
        ]
        assert index._continued_notes.tolist() == told
        # pieces continuing a part ("(Điều 80 (…), tiếp theo)") are there, notes or not
        assert any(p.text.startswith("(") for p in index.passages)


@pytest.mark.parametrize(
    "question",
    [
        "bảo hiểm y tế cho viên chức",
        "bao hiem y te cho vien chuc",
        "giá xăng hôm nay bao nhiêu",
        "lịch nghỉ tết của cơ quan năm nay",
    ],
)
def test_candidates_none_of_which_answers_are_not_ranked(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """When no candidate covers enough of the question to answer it, the search answers
    nothing without ranking them: the ranking could only order passages never shown."""
    found_sizes: list[int] = []
    top = candidates.top

    def counted(*args: object, **kwargs: object) -> tuple[np.ndarray, np.ndarray]:
        found = top(*args, **kwargs)  # type: ignore[arg-type]
        found_sizes.append(found[0].size)
        return found

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("ranked candidates none of which answers")

    monkeypatch.setattr(candidates, "top", counted)
    for name in ("_prefer_titled", "_prefer_specific", "_prefer_official_text"):
        monkeypatch.setattr(SearchIndex, name, never)
    assert kb.index.search(question) == []
    assert found_sizes and found_sizes[0] > 0  # there were candidates, none answering


def test_what_a_question_asks_of_a_body_is_worked_out_once_for_both_indexes() -> None:
    """The second index asking the same words reads the split from memory; what it gets is
    its own copy, which it may change without changing what the next one reads."""
    tokens = "chỉ thị 14 yêu cầu cơ quan truyền thông làm gì".split()
    search._asked_to.cache_clear()
    search._about_words.cache_clear()
    kept, body = search._split_asked_to(tokens)
    kept.append("thêm")
    body.clear()
    assert search._split_asked_to(list(tokens)) == (
        ["chỉ", "thị", "14", "cơ", "quan", "truyền", "thông", "làm", "gì"],
        ["cơ", "quan", "truyền", "thông"],
    )
    plain = "tiêu chí thi đua đối với cá nhân".split()
    assert search._split_asked_to(plain) == (plain, [])
    about = search._asked_about("bộ có giải pháp gì về sáng kiến".split())
    about.append("thêm")
    assert search._asked_about("bộ có giải pháp gì về sáng kiến".split()) == ["sáng", "kiến"]
    assert search._asked_to.cache_info().hits == 1
    assert search._about_words.cache_info().hits == 1
