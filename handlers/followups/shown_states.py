"""A follow-up asking a kind of fact the passage just shown states is answered by it.

"nó thay nđ nào" after the decree's article on its effect, which says which decrees end with
it: read with the decree's name, the search ranks first the decree's opening, which says so
in passing; the article just read states it in full (knowledge/asked_facts.py
`stated_within`: the day something starts, the body charged with a duty, the text replaced,
a share or bonus, a span of years, what is required besides).
"""

from handlers.followups.topic_memory import Topic, shown
from knowledge import KnowledgeBase, Passage, asked_facts


def shown_stating(
    text: str, topic: Topic, kb: KnowledgeBase, found: Passage
) -> tuple[Passage, int] | None:
    """The passage just shown, when it states the kind of fact the follow-up asks and the
    passage found for it is another one of the same document not stating it (or its
    opening); None otherwise."""
    again = shown(topic, kb)
    if again is None or found.doc.id != again[0].doc.id or found is again[0]:
        return None
    states = asked_facts.stated_within(kb.spelled(text))
    if states is None or not states(again[0].text):
        return None
    # another passage stating it answers as well, unless it is the document's opening,
    # which tells everything in passing
    if states(found.text) and found.kind != "intro":
        return None
    return again
