"""Work of the search done once, or not at all where it cannot change an answer, gives the
answers of doing it every time (`python -m bench.answer_dump` before and after: identical)."""

from pathlib import Path

import numpy as np
import pytest
import yaml

from knowledge import KnowledgeBase, asked_facts, candidates, search
from knowledge.normalize import fold
from knowledge.search import SearchIndex
from knowledge.searching import index as index_module
from knowledge.sections import Passage


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


@pytest.mark.parametrize("small", [True, False], ids=["whole coverage", "candidates only"])
@pytest.mark.parametrize(
    "question",
    [
        "bảo hiểm y tế cho viên chức",
        "bao hiem y te cho vien chuc",
        "quy trình nâng lương trước thời hạn",
    ],
)
def test_a_question_no_passage_answers_ranks_nothing(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch, question: str, small: bool
) -> None:
    """When no passage covers enough of the question to answer it, the search answers
    nothing without ranking: the ranking could only order passages never shown. An index as
    small as the bundled one knows every passage's coverage first and looks for no
    candidates; a larger one finds candidates and ranks none of them."""
    found_sizes: list[int] = []
    top = candidates.top

    def counted(*args: object, **kwargs: object) -> tuple[np.ndarray, np.ndarray]:
        found = top(*args, **kwargs)  # type: ignore[arg-type]
        found_sizes.append(found[0].size)
        return found

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("ranked candidates none of which answers")

    if not small:  # as if the index were larger than a whole coverage is worked out for
        monkeypatch.setattr(index_module, "WHOLE_COVERAGE_PASSAGES", 0)
    monkeypatch.setattr(candidates, "top", never if small else counted)
    for name in ("_prefer_titled", "_prefer_specific", "_prefer_official_text"):
        monkeypatch.setattr(SearchIndex, name, never)
    assert kb.index.search(question) == []
    if not small:
        assert found_sizes and found_sizes[0] > 0  # there were candidates, none answering


def test_a_small_index_tells_by_every_passage_coverage_that_ranking_cannot_matter(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The legal index (a few dozen passages) is asked whether its best coverage matters to
    the caller twice: by the bound from its vocabulary, then by the best any passage has;
    when the second does not, nothing is ranked, as ranking would have found no more."""
    assert kb.law_index is not None
    asked: list[float] = []

    def matters(best: float) -> bool:
        asked.append(best)
        return len(asked) == 1  # the bound passes, the best coverage does not

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("ranked candidates whose coverage cannot matter")

    monkeypatch.setattr(candidates, "top", never)
    assert kb.law_index.search("điều kiện công nhận sáng kiến cấp cơ sở", 3, matters) == []
    assert len(asked) == 2 and asked[1] <= asked[0]
    # and as the ranking itself finds it, when it matters
    monkeypatch.undo()
    hits = kb.law_index.search("điều kiện công nhận sáng kiến cấp cơ sở", 3)
    assert hits and max(h.score for h in hits) <= asked[1]


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


@pytest.mark.parametrize(
    "question",
    [
        "giá xăng hôm nay bao nhiêu",
        "gia xang hom nay bao nhieu",
        "thời tiết ngày mai ở hà nội thế nào",
        "kết quả bóng đá tối qua",
        "cach nau pho bo",
        "ship đồ ăn tối nay ko",
        "lịch nghỉ tết của cơ quan năm nay",
    ],
)
def test_a_question_no_passage_could_cover_is_not_scored(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """When the words the index has at all weigh too little of the question for any passage
    to cover enough, the search answers nothing before scoring a passage, in either index."""

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("scored passages none of which could answer")

    assert kb.law_index is not None
    for index in (kb.index, kb.law_index):
        assert index.search(question) == []  # as before: no answer
    monkeypatch.setattr(candidates, "top", never)
    monkeypatch.setattr(SearchIndex, "_query", never)
    for index in (kb.index, kb.law_index):
        assert index.search(question) == []
    assert kb.search(question) == []


def test_the_coverage_bound_is_never_below_a_coverage(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`_coverage_bound` is at least the coverage of every candidate, for every question of
    our set as typed and folded: leaving out the search below it changes no answer."""
    seen: list[list[float]] = []  # each search's [bound, best coverage], if it made them
    bound, coverage, searched = (
        SearchIndex._coverage_bound,
        SearchIndex._coverage,
        SearchIndex.search,
    )

    def kept_search(self: SearchIndex, *args: object) -> list[search.Hit]:
        seen.append([])
        return searched(self, *args)  # type: ignore[arg-type]

    def kept_bound(self: SearchIndex, *args: object) -> float:
        seen[-1] += [bound(self, *args), 0.0]  # type: ignore[arg-type]
        return 1.0  # every question searched through, as without the bound

    def kept_coverage(self: SearchIndex, *args: object) -> np.ndarray:
        found = coverage(self, *args)  # type: ignore[arg-type]
        if seen[-1] and found.size:
            seen[-1][1] = max(seen[-1][1], float(found.max()))
        return found

    monkeypatch.setattr(SearchIndex, "search", kept_search)
    monkeypatch.setattr(SearchIndex, "_coverage_bound", kept_bound)
    monkeypatch.setattr(SearchIndex, "_coverage", kept_coverage)
    items = yaml.safe_load(Path("tests/data/questions.yaml").read_text(encoding="utf-8"))
    assert kb.law_index is not None
    for item in items:
        for question in (str(item["q"]), fold(str(item["q"]))):
            for index in (kb.index, kb.law_index):
                index.search(question)
    made = [pair for pair in seen if pair]
    assert len(made) > 500
    assert all(best <= most for most, best in made)
    assert any(most < search.MIN_CONFIDENCE for most, _ in made)  # some are left early


def test_whom_a_part_addresses_and_what_it_quotes_are_not_worked_out_at_load() -> None:
    """Read at load, they cost a library of 10,000 documents a minute and a half on every
    start (an outline's parts were looked for among all passages); a question naming a
    role or asking "which X" works them out for its candidates only."""
    fresh = KnowledgeBase.load()
    assert fresh.index._roles_seen == {} and fresh.index._quoted_seen == {}
    fresh.search("giám đốc sở tnmt các tỉnh phải làm gì khi bộ phát động thi đua 2021")
    fresh.search("cv thi đua 2021 bộ tnmt có nhắc phong trào doanh nghiệp nào ko")
    assert fresh.index._roles_seen and fresh.index._quoted_seen
    outlines = [
        i
        for i, p in enumerate(fresh.index.passages)
        if p.kind == "outline" and p.scope and fresh.index._addressed_at(i)
    ]
    assert outlines  # "III. Tiêu chí thi đua" addresses whom its parts address
    for i in outlines:
        outline = fresh.index.passages[i]
        inside = [
            search._addressed(p)
            for p in fresh.index.passages
            if p.doc is outline.doc and p.section.startswith(outline.scope)
        ]
        assert fresh.index._addressed_at(i) == frozenset().union(*inside)


def _searched_through(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every search ranks its candidates, whatever its caller could use of them."""
    searched = SearchIndex.search

    def through(
        self: SearchIndex, query: str, limit: int = 3, matters: object = None
    ) -> list[search.Hit]:
        return searched(self, query, limit)

    monkeypatch.setattr(SearchIndex, "search", through)


@pytest.mark.parametrize(
    "question",
    [
        "lam sao de duoc khen thuong dung thanh tich",
        "thu truong cac phong don vi soc trang phai lam gi",
        "Cá nhân là thủ trưởng đơn vị cần thêm tiêu chí nào",
    ],
)
def test_legal_passages_that_cannot_change_the_answer_are_not_ranked(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """When campaign passages fill every place and no legal passage covers the question
    nearly as well as the first of them, the legal index stops before ranking its
    candidates: the answer is the one it was when they were ranked."""
    assert kb.law_index is not None
    law_index = kb.law_index
    ranked = SearchIndex._prefer_titled

    def not_the_law(self: SearchIndex, *args: object) -> None:
        assert self is not law_index, "ranked legal passages that could not answer"
        ranked(self, *args)  # type: ignore[arg-type]

    with monkeypatch.context() as patched:
        _searched_through(patched)
        through = kb.search(question)
    assert len(through) == 3 and all(h.position < len(kb.index.passages) for h in through)
    monkeypatch.setattr(SearchIndex, "_prefer_titled", not_the_law)
    assert kb.search(question) == through


def test_legal_searches_left_early_give_the_answers_of_searching_through(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every question of our set, typed and folded, has the same hits (places and scores)
    whether the legal index stops when it cannot change the answer or ranks throughout."""
    items = yaml.safe_load(Path("tests/data/questions.yaml").read_text(encoding="utf-8"))
    questions = [q for item in items for q in (str(item["q"]), fold(str(item["q"])))]
    early = [kb.search(q) for q in questions]
    _searched_through(monkeypatch)
    assert [kb.search(q) for q in questions] == early


def test_a_continued_piece_is_told_without_reading_its_text(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A piece continuing a numbered item ("(mục 4, tiếp theo) …") has no title of its own;
    its first byte says so, and its text (kept encoded) is not decoded for that."""
    continued = [
        p
        for p in kb.passages
        if p.kind == "section" and p.section.endswith("mục 4") and p.utf8[:1] == b"("
    ]
    assert continued

    def unread(self: Passage) -> str:
        raise AssertionError("decoded a passage's text to read its first character")

    monkeypatch.setattr(Passage, "text", property(unread))
    assert [search.passage_title(p) for p in continued] == [""] * len(continued)


@pytest.mark.parametrize(
    "question",
    ["chỉ thị 14 của ủy ban tỉnh KT do ai ký", "bc thành tích cstđcs theo mẫu mấy"],
)
def test_the_hit_stating_what_is_asked_leads_without_hits_compared(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """Of the hits found, the one stating what the question asks for (a signer, a form's
    number) is moved first by its place in the list: telling hits apart by equality compared
    their passages (their documents, their texts), tens of microseconds a question."""
    prefers = asked_facts.preferred(kb.spelled(question))
    assert prefers is not None
    found = kb.search(question)
    assert prefers(found[0].passage.text)

    def compared(self: search.Hit, other: object) -> bool:
        raise AssertionError("hits compared by equality")

    monkeypatch.setattr(search.Hit, "__eq__", compared)
    assert [h.position for h in kb.search(question)] == [h.position for h in found]
