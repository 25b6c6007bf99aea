"""One question answered from the documents alone, as `python -m bot ask` answers it."""

from knowledge import Hit, KnowledgeBase
from knowledge.intents import load_intents
from knowledge.places import place_not_held


def ask(kb: KnowledgeBase, query: str) -> list[Hit]:
    """The passages that answer `query`, best first. Declined as in the chat: an empty
    question, a subject the bot does not deal with, or a province no document speaks of
    ("kế hoạch thi đua của Sở TN&MT Đồng Tháp") is not searched."""
    if not query or load_intents().is_off_topic(query, kb.mentions):
        return []
    if place_not_held(query, kb) is not None:
        return []
    return kb.search(query)
