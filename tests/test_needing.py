"""Patterns tried only on texts that have a word they need (knowledge.normalize.Needing), and
the other cheaper checks of a question's analysis: each finds exactly what the plain
pattern finds, on every development question and on every passage."""

import re
import types

import pytest
import yaml

import knowledge
from bench.dev_sets import DATA, QUESTION_SETS
from knowledge import KnowledgeBase, asked_facts, search, titles_answers
from knowledge.normalize import Needing, fold
from knowledge.searching import asked_of_documents
from knowledge.titles_answers import words


def _guarded() -> list[tuple[str, Needing]]:
    modules: list[types.ModuleType] = [
        asked_facts,
        asked_of_documents,
        search,
        titles_answers,
        knowledge,
    ]
    return [
        (f"{module.__name__}.{name}", value)
        for module in modules
        for name, value in vars(module).items()
        if isinstance(value, Needing)
    ]


def _questions() -> list[str]:
    said = []
    for name in QUESTION_SETS:
        for item in yaml.safe_load((DATA / name).read_text(encoding="utf-8")):
            question = str(item["q"])
            said += [question, fold(question), words(question), f" {words(question)} "]
    return said


def test_a_pattern_is_not_tried_without_a_word_it_needs() -> None:
    needing = Needing(r"\bky boi\b|\bai ky\b", "ky")
    assert needing.search("cong van nay ai ky vay") is not None
    assert needing.search("ai la nguoi dung ten") is None
    # the words are only a precondition: the pattern still decides
    assert needing.search("ky niem chuong") is None


def test_guarded_patterns_find_what_the_plain_ones_find_in_questions() -> None:
    guarded = _guarded()
    assert len(guarded) >= 15
    questions = _questions()
    for name, needing in guarded:
        for text in questions:
            plain = needing.pattern.search(text)
            found = needing.search(text)
            assert (found and found.span()) == (plain and plain.span()), (name, text)


def test_guarded_patterns_find_what_the_plain_ones_find_in_passages(kb: KnowledgeBase) -> None:
    texts = [p.text for p in kb.passages]
    on_passages = [
        asked_facts._STATES_SIGNER,
        asked_facts._STATES_RECIPIENTS,
        asked_facts._THEME_LINE,
        asked_facts._STATES_FORM_PLACE,
        search._RECIPIENT_LINES,
    ]
    for needing in on_passages:
        for text in texts:
            assert bool(needing.search(text)) == bool(needing.pattern.search(text)), text[:80]


def test_continued_note_as_the_pattern_said(kb: KnowledgeBase) -> None:
    old = re.compile(r"^\(.*, tiếp theo\)\nGhi chú\b")
    heads = [p.head() for p in kb.passages]
    note = "(Điều 80, tiếp theo)\nGhi chú (không phải lời văn của Luật): …"
    assert search._continued_note(note)
    odd = ["(Điều 8, tiếp theo)\nGhi chúx", "(Điều 8, tiếp theo)", "(, tiếp theo)\nGhi chú"]
    for head in [*heads, *odd, "Điều 8, tiếp theo)\nGhi chú", "(Điều 8\n, tiếp theo)\nGhi chú"]:
        assert search._continued_note(head) == bool(old.match(head)), head[:80]


@pytest.mark.parametrize(
    "subject", ["sang kien", "nam 2022", "thi dua", "khen thuong", "danh hieu", "to chuc"]
)
def test_defining_sentence_as_the_pattern_said(kb: KnowledgeBase, subject: str) -> None:
    old = re.compile(rf"(?:^|[\n.;:] *){re.escape(subject)} (?:la|co)\b")
    opens = search._defining(subject)
    texts = [fold(p.text) for p in kb.passages]
    for text in [*texts, f"{subject} la", f"x. {subject} co", f"x {subject} la", f" {subject} la"]:
        assert opens(text) == bool(old.search(text)), text[:80]
    assert subject != "sang kien" or any(opens(t) for t in texts)  # "1. Sáng kiến là …"


def test_a_question_analysed_once_is_read_from_memory() -> None:
    tokens = ["sáng", "kiến", "là", "gì"]
    search._subject_defined.cache_clear()
    assert search._defined_subject(tokens) == "sang kien"
    assert search._defined_subject(list(tokens)) == "sang kien"
    info = search._subject_defined.cache_info()
    assert (info.hits, info.misses) == (1, 1)
    assert search._definition(tokens) is search._definition(tokens)
