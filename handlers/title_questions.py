"""Questions about one emulation title, or a law's particulars, in the chat: answered from
the passage that says so (knowledge/titles_answers.py, shared with the search)."""

from knowledge import KnowledgeBase, Passage


def answer(question: str, kb: KnowledgeBase) -> tuple[Passage, int] | None:
    """The passage (and its position) that answers a question about one title, if it is one."""
    found = kb.title_answer(question)
    return (found.passage, found.position) if found else None
