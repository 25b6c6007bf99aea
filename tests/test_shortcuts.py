"""The shortcuts that make reading a message cheap change no reading.

Every dialog answer and every question goes through `IntentBook.readings`, every question
through `IntentBook.is_off_topic` and every answer through `named_awards`: each skips work it
can prove useless. These tests hold them to the plain method they replace, on the examples
themselves, misspelt examples and every line of the regression conversations and question
sets.
"""

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from rapidfuzz import fuzz, process

from handlers.requests import STRONG
from knowledge import KnowledgeBase
from knowledge import search as search_module
from knowledge.awards import awards, named_awards, spaced_words
from knowledge.intents import (
    ACCEPT,
    FLOOR,
    ON_SUBJECT,
    ON_SUBJECT_SHORT,
    IntentBook,
    _as_written,
    _foreign,
    _procedure_of,
    clean,
    load_intents,
)
from knowledge.normalize import fold, says_as_written

DATA = Path(__file__).parent / "data"


def _texts(book: IntentBook) -> list[str]:
    """Examples, examples with a letter dropped or doubled, and what people typed in the
    regression conversations and the question sets."""
    texts = [e for intent in book.intents for e in intent.examples]
    texts += [e[:-1] for e in texts] + [f"{e}a" for e in texts] + [f"xin {e} ạ" for e in texts]
    for conversation in yaml.safe_load((DATA / "conversations.yaml").read_text("utf-8")):
        texts += [str(turn["say"]) for turn in conversation["turns"] if "say" in turn]
    for name in ("questions.yaml", "questions_independent.yaml"):
        texts += [str(item["q"]) for item in yaml.safe_load((DATA / name).read_text("utf-8"))]
    texts += ["1", "12", "", "?", "x" * 300, "giá vàng hôm nay", "thoi toet ngay mai the nao"]
    return texts


def _whole_matches(book: IntentBook, cleaned: str) -> set[tuple[int, str, float]]:
    """The examples close to the message as a whole, by one pass over all of them."""
    return {
        (book._owner[index], pattern, float(score))
        for pattern, score, index in process.extract(
            cleaned, book._patterns, scorer=fuzz.ratio, limit=None, score_cutoff=FLOOR
        )
    }


def test_the_length_window_keeps_every_example_that_can_match() -> None:
    book = load_intents()
    for text in _texts(book):
        cleaned = book.clean(text)
        owners, near = book._near(len(cleaned), FLOOR)
        kept = {
            (owners[index], pattern, float(score))
            for pattern, score, index in process.extract(
                cleaned, near, scorer=fuzz.ratio, limit=None, score_cutoff=FLOOR
            )
        }
        assert kept == _whole_matches(book, cleaned), text


def test_a_number_or_a_long_answer_is_compared_with_few_examples_or_none() -> None:
    book = load_intents()
    assert all(len(example) == 1 for example in book._near(len("1"), FLOOR)[1])  # "ừ"
    assert book._near(400, FLOOR) == ((), [])  # a description of an initiative
    assert 0 < len(book._near(len("dang ky thi dua"), FLOOR)[1]) < len(book._patterns)


def typed_otherwise(book: IntentBook, phrase: str, text: str) -> bool:
    """Whether the text types the phrase only with other marks than the yaml writes it."""
    marked = book.off_topic_marks.get(phrase)
    return marked is not None and not says_as_written(text, marked)


def _off_topic_as_before(book: IntentBook, text: str, known: Callable[[str], bool]) -> bool:
    """is_off_topic as it was written first: every phrase looked for in the padded text."""
    folded = f" {book.clean(text)} "
    plain = f" {clean(text, frozenset())} "

    def has(phrase: str) -> bool:
        return f" {phrase} " in folded or f" {phrase} " in plain

    if any(has(phrase) for phrase in book.always_off_topic):
        return True
    # salary, tax, insurance beside the subject's words, unless a document uses them or a law
    # is named
    # (typed with other marks than the phrase's own, it is not said: "hồ sơ đó", "sở đó")
    beside = [
        p
        for p in book.beside_subject
        if has(p) and not known(_as_written(p, text)) and not typed_otherwise(book, p, text)
    ]
    if beside and not re.search(r"\b(luat|nghi dinh|thong tu)\b", folded):
        return True
    if any(f" {words} " in f" {fold(text)} " for words in (*ON_SUBJECT, *ON_SUBJECT_SHORT)):
        return False
    if _foreign(text, known):
        return True
    # the conditions or papers of one ("điều kiện bổ nhiệm") even where the documents say it
    asked = " ".join(folded.split())
    if any(
        has(phrase)
        and (not known(_as_written(phrase, text)) or _procedure_of(phrase, asked))
        and not typed_otherwise(book, phrase, text)
        for phrase in book.off_topic
    ):
        return True
    # a slip in a phrase that holds a filler ("muc luonng toi thieu"): the words as typed
    typed = plain.split()
    return book._slipped_off_topic(folded.split(), known) or (
        typed != folded.split() and book._slipped_off_topic(typed, known)
    )


@pytest.mark.parametrize("scope", ["nothing known", "the bundled documents"])
def test_off_topic_phrases_are_found_as_before(kb: KnowledgeBase, scope: str) -> None:
    book = load_intents()
    known = kb.mentions if scope == "the bundled documents" else (lambda phrase: False)
    texts = _texts(book)
    texts += [f"{phrase} bao nhiêu" for phrase in (*book.off_topic, *book.always_off_topic)]
    texts += [f"cho hỏi {phrase}" for phrase in book.off_topic]
    off = [t for t in texts if book.is_off_topic(t, known)]
    assert [t for t in texts if _off_topic_as_before(book, t, known)] == off
    assert len(off) > len(book.off_topic)  # the check is not vacuous


@pytest.mark.parametrize("least", [STRONG, ACCEPT, FLOOR])
def test_may_read_tells_exactly_whether_a_reading_is_that_sure(least: float) -> None:
    book = load_intents()
    texts = _texts(book)
    sure = [t for t in texts if book.may_read(t, least)]
    read = [t for t in texts if any(m.score >= least for m in book.readings(t))]
    # Never a sure reading missed; `readings` may still drop one of the few it lets through
    # (a word typed with other marks than the example's: "đúng" is not "dừng").
    assert set(read) <= set(sure)
    assert len(sure) - len(read) <= len(texts) // 100
    assert 0 < len(sure) < len(texts)


def test_awards_are_named_as_before() -> None:
    texts = _texts(load_intents())
    texts += [f"{award.name} thưởng bao nhiêu" for award in awards()]
    texts += [f"cho hỏi {award.name.lower()} của tỉnh" for award in awards()]
    named = 0
    for text in texts:
        spaced = spaced_words(text)
        before = [award for award in awards() if award.named_in(spaced)]
        before.sort(key=lambda a: -sum(len(p.split()) for p in a.words))
        assert list(named_awards(text)) == before, text
        named += bool(before)
    assert named > len(awards())


def test_common_terms_are_left_out_as_before(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """_Field.usable compares every term's document frequency at once."""
    fields: list[tuple[Any, list[Any]]] = []
    usable = search_module._Field.usable

    def spy(field: Any, terms: Any, common_cutoff: bool) -> list[tuple[int, float]]:
        terms = list(terms)
        if common_cutoff:
            fields.append((field, terms))
        return usable(field, terms, common_cutoff)

    monkeypatch.setattr(search_module._Field, "usable", spy)
    for name in ("questions.yaml", "questions_independent.yaml"):
        for item in yaml.safe_load((DATA / name).read_text("utf-8")):
            kb.search(str(item["q"]))
    monkeypatch.undo()
    left_out = 0
    for field, terms in fields:
        known = [(field.vocabulary[t.term], t.weight) for t in terms if t.term in field.vocabulary]
        limit = search_module.COMMON_DF * field.size
        before = [(n, w) for n, w in known if field.doc_freq[n] <= limit] or known
        assert field.usable(terms, common_cutoff=True) == before
        left_out += len(known) - len(before)
    assert len(fields) > 100 and left_out > 0
