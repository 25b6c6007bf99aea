"""Questions about one emulation title, or a law's particulars, in the chat: answered from
the passage that says so (knowledge/titles_answers.py, shared with the search)."""

from handlers.phone_answer import with_words_added
from knowledge import KnowledgeBase, Passage
from knowledge.titles import Title
from knowledge.titles_answers import named_title, words


def answer(question: str, kb: KnowledgeBase) -> tuple[Passage, int] | None:
    """The passage (and its position) that answers a question about one title, if it is one."""
    found = kb.title_answer(question)
    return (found.passage, found.position) if found else None


def focus(question: str, kb: KnowledgeBase) -> str:
    """The question with the full name of the title it names ("LĐTT" → "Lao động tiên
    tiến"), so that the line of the answer about that title is shown first."""
    named = named_title(words(question), tuple(kb.titles.values()))
    if named is None:
        return question
    # "lđtt của cá nhân": whom every clause of an individual title's article is for, which
    # tells no clause ("nhân" is not the "công nhân" of its clause on workers)
    if named[0].audience == "individual":
        question = _without_individual(question)
    if _spelled_out(named[2]):
        return question  # "chiến sĩ tiên tiến": the clause on it, not on its article's first title
    return with_words_added(question, named[0].name)


def _without_individual(question: str) -> str:
    """The question without the words "cá nhân" (in any spelling)."""
    said = question.split()
    kept: list[str] = []
    for word in said:
        if kept and words(f"{kept[-1]} {word}") == "ca nhan":
            kept.pop()
            continue
        kept.append(word)
    return " ".join(kept)


def _spelled_out(name: str) -> bool:
    """Whether a title's name as typed is in words rather than letters ("lđtt" has no vowel)."""
    return all(set(word) & set("aeiouy") for word in name.split())


def carried(typed: str, completed: str, kb: KnowledgeBase, passage: Passage | None = None) -> str:
    """What was typed, with the full name of the title the completed question carried over
    from the last answer ("được thưởng bao nhiêu" after "Chiến sĩ thi đua cơ sở"), so that
    the line about that title is shown first. In the title's own article every line is
    about it: what was typed alone tells which line answers ("ai công nhận hiệu quả sáng
    kiến đó" after the standards of Chiến sĩ thi đua cấp tỉnh)."""
    titles = tuple(kb.titles.values())
    if named_title(words(typed), titles) is not None:
        return typed
    named = named_title(words(completed), titles)
    if named is None or (passage is not None and _own_article(named[0], passage)):
        return typed
    return f"{typed} {named[0].name}"


def _own_article(title: Title, passage: Passage) -> bool:
    return bool(title.article) and passage.section.startswith(f"{title.article}.")
