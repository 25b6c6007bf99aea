"""One question answered from the documents alone, as `python -m bot ask` answers it."""

from knowledge import Hit, KnowledgeBase
from knowledge.intents import load_intents


def ask(kb: KnowledgeBase, query: str) -> list[Hit]:
    """The passages that answer `query`, best first. Declined as in the chat: an empty
    question, or a subject the bot does not deal with, is not searched."""
    if not query or load_intents().is_off_topic(query, kb.mentions):
        return []
    return kb.search(query)
