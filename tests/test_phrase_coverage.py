"""A passage's share of a question's words said side by side."""

from handlers.followups.phrase_coverage import word_pairs


def test_the_pairs_are_adjacent_words_but_a_word_repeated() -> None:
    assert word_pairs("de de nghi cap tren") == [("de", "nghi"), ("nghi", "cap"), ("cap", "tren")]
