"""Work an answer does once, not again for each index or each check: the synonym phrases of
a question's words are found once for both indexes of the knowledge base, and what the
question names (awards) or how it was typed (diacritics) is kept, as the bench's answer
path reads it several times a question."""

from knowledge import KnowledgeBase
from knowledge.awards import named_awards
from knowledge.normalize import has_marks
from knowledge.synonyms import Synonyms


def test_both_indexes_read_synonyms_with_one_set(kb: KnowledgeBase) -> None:
    assert kb.law_index is not None
    assert kb.law_index.synonyms is kb.index.synonyms
    assert kb.index.synonyms is kb.index.analyzer.synonyms


def test_phrases_found_in_the_same_words_are_found_once() -> None:
    synonyms = Synonyms([[["giờ", "giấc"], ["đi", "trễ", "về", "sớm"]]])
    tokens = ["quy", "định", "giờ", "giấc", "thế", "nào"]
    found = synonyms.find(tokens, accented=True)
    assert [(m.start, m.end) for m in found] == [(2, 4)]
    assert synonyms.find(list(tokens), accented=True) is found
    assert isinstance(found, tuple)  # shared by every caller: none can change it
    assert synonyms.find(tokens, accented=False) is not found  # folded: another reading
    assert synonyms.find(["gio", "giac"], accented=False)[0].others == (("di", "tre", "ve", "som"),)


def test_awards_named_and_marks_typed_are_kept() -> None:
    question = "bằng khen thủ tướng chính phủ thưởng bao nhiêu"
    assert named_awards(question) is named_awards(question)
    assert [a.name for a in named_awards(question)][:1] == ["Bằng khen của Thủ tướng Chính phủ"]
    kept = has_marks.__self__  # type: ignore[attr-defined]
    kept.clear()
    assert has_marks("thưởng") and not has_marks("thuong")
    assert kept == {"thưởng": True, "thuong": False}
    assert has_marks("thưởng")
    assert len(kept) == 2
