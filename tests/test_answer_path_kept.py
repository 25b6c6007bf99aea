"""What the answer path asks of the same words again and again, kept in dicts and looked up
rather than called through `lru_cache` (a question asks `fold` hundreds of times, whether a
word is a function word a hundred): the same answers, made once per word. And what every
question reads is made once, not for each: the issuers' levels, the folded texts of passages."""

import pytest

from knowledge import KnowledgeBase, awards, normalize
from knowledge.normalize import Kept, fold, fold_long, words
from knowledge.searching import index, question_phrases, weights_and_vocabulary
from knowledge.searching.weights_and_vocabulary import is_stopword


def test_folds_are_kept_and_the_memory_is_emptied_when_full(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made: list[str] = []
    kept = Kept(lambda text: made.append(text) or fold_long(text))
    monkeypatch.setattr(normalize, "MAX_KEPT", 2)
    assert kept["Thưởng"] == "thuong" and kept["Thưởng"] == "thuong"
    assert made == ["Thưởng"]  # made once, then looked up
    kept["Đua"], kept["Sở"]
    assert made == ["Thưởng", "Đua", "Sở"] and list(kept) == ["Sở"]  # emptied when full
    assert fold("Chiến sĩ Thi đua") == fold_long("Chiến sĩ Thi đua") == "chien si thi dua"
    assert fold.__self__["Chiến sĩ Thi đua"] == "chien si thi dua"  # type: ignore[attr-defined]


def test_function_words_are_kept_as_read() -> None:
    folded, accented = (
        weights_and_vocabulary._FOLDED_STOPWORD,
        weights_and_vocabulary._ACCENTED_STOPWORD,
    )
    folded.clear()
    accented.clear()
    assert is_stopword("của", accented=True) and is_stopword("cua", False)
    assert not is_stopword("thưởng", True) and not is_stopword("thuong", accented=False)
    assert accented == {"của": True, "thưởng": False}
    assert folded == {"cua": True, "thuong": False}


def test_what_every_question_reads_is_made_once(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    issuers = kb.index._campaign_issuers
    assert issuers and all(level == issuer.split()[0] for issuer, level, _ in issuers)
    made: list[int] = []
    grouping = index._campaign_issuers
    monkeypatch.setattr(
        index, "_campaign_issuers", lambda *given: made.append(1) or grouping(*given)
    )
    fresh = KnowledgeBase.from_documents(kb.documents)
    built = len(made)
    assert built >= 1  # grouped when the index is built
    for question in ("kế hoạch thi đua của ubnd tỉnh kon tum", "công văn của bộ tnmt 2021"):
        assert fresh.search(question, limit=3)
    assert len(made) == built  # read from the index, not grouped again for each question


def test_passage_texts_are_folded_once_and_few_are_kept(kb: KnowledgeBase) -> None:
    """The folded forms of answers' texts, read for every award, ordinal or subject a
    question names, are made once per text; only the last PASSAGE_TEXTS_KEPT are kept."""
    spaced = awards.spaced_passage.__self__  # type: ignore[attr-defined]
    folded = question_phrases._FOLDED_TEXTS.__self__  # type: ignore[attr-defined]
    spaced.clear()
    # no passage says the bonus of this award (declined), after reading the passages found
    assert kb.search("bằng khen thủ tướng thưởng bao nhiêu") == []
    assert spaced and all(kept == awards.spaced_text(text) for text, kept in spaced.items())
    assert len(spaced) <= normalize.PASSAGE_TEXTS_KEPT
    text = kb.passages[0].text
    assert question_phrases._folded_text(kb.passages[0]) == f" {' '.join(map(fold, words(text)))} "
    assert text in folded
    small = Kept(fold_long, limit=2)
    small["Thưởng"], small["Đua"], small["Sở"]
    assert list(small) == ["Sở"]  # emptied at its own limit, not at MAX_KEPT
