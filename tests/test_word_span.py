"""A named document's part saying the question's topic words side by side answers before a
part saying them a sentence apart."""

from knowledge import KnowledgeBase
from knowledge.searching.word_span import closeness, heaviest_phrase, narrowest_span


def test_the_narrowest_span_holds_every_word() -> None:
    said = "a b chat x y z luong b chat luong c khen d thuong".split()
    assert narrowest_span(said, frozenset({"chat", "luong"})) == 2
    assert narrowest_span(said, frozenset({"chat", "thuong"})) == 6
    assert narrowest_span(said, frozenset({"chat", "none"})) is None
    assert closeness(said, frozenset({"chat", "luong"})) == 1.0
    assert closeness(said, frozenset({"chat", "none"})) == 0.0


def test_the_heaviest_phrase_is_a_run_the_question_says_side_by_side() -> None:
    units = [
        ("thuc", 0.2),
        ("hien", 0.3),
        ("chat", 1.3),
        ("luong", 1.4),
        ("khen", 0.8),
        ("thuong", 0.8),
        ("thuc hien", 0.2),
        ("hien chi", 1.4),
        ("chat luong", 0.8),
        ("luong khen", 0.7),
        ("khen thuong", 0.4),
    ]
    words = {"thuc", "hien", "chat", "luong", "khen", "thuong"}
    assert heaviest_phrase(units, words) == {"chat", "luong", "khen", "thuong"}
    assert heaviest_phrase(units, words - {"chat", "luong"}) == {"khen", "thuong"}


def test_the_part_saying_the_topic_together_answers(kb: KnowledgeBase) -> None:
    for query in (
        "ct14 kon tum yeu cau chat luong khen thuong the nao",
        "ct 14 tỉnh kon tum nói về chất lượng khen thưởng ra sao",
    ):
        text = kb.search(query)[0].passage.text
        assert "nâng cao chất lượng công tác khen thưởng" in text, query
