"""What the answer path asks of the same words again and again, kept in dicts and looked up
rather than called through `lru_cache` (a question asks `fold` hundreds of times, whether a
word is a function word a hundred): the same answers, made once per word. And what every
question reads is made once, not for each: the issuers' levels, the phrases between spaces."""

import pytest

from knowledge import KnowledgeBase, normalize
from knowledge.normalize import Kept, fold, fold_long
from knowledge.searching import index, weights_and_vocabulary
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
    for question in ("kế hoạch thi đua của ubnd tỉnh kon tum", "công văn của bộ tnmt 2021"):
        assert kb.search(question, limit=3)
    assert made == []  # read from the index, not grouped again for each question
