"""A follow-up contrasting one part of the last question ("còn cá nhân thì sao", "thế còn
tập thể"): the passage whose own heading says what it contrasts with, among the parts
beside the one just read, wins over one that only says what was carried over.

The last question put whole into the follow-up ("tiêu chí cá nhân … kế hoạch năm là bao
nhiêu %") carries words only the part just read says ("100% kế hoạch năm"): a search of it
finds that part again, though the person asked of the other one. The new words are what
the person typed; the carried ones only choose among the parts that say them."""

from handlers.followups.follow_up_shape import _follow_up_rest
from handlers.followups.other_documents import content_words, coverage
from handlers.followups.topic_memory import Topic, document_passages, said_words
from knowledge import Hit, KnowledgeBase, Passage, led_by


def contrasted_first(
    text: str, resolved: str, hits: list[Hit], topic: Topic, kb: KnowledgeBase
) -> list[Hit]:
    """The hits of the follow-up made whole (`resolved`), led by the part beside the one
    just read whose heading says every word the follow-up contrasts with, when the first
    hit's heading does not say them; unchanged otherwise."""
    rest = _follow_up_rest(said_words(text))
    contrasted = content_words(rest) if rest else []
    if not hits or not contrasted or _heads(hits[0].passage, contrasted):
        return hits
    # what the follow-up put its words in place of, said by the heading just read ("Đối
    # với tập thể"): the parts beside it are the same thing of others ("Đối với cá nhân"),
    # not a note naming a place in its text ("Sở … nay là …" after "còn kon tum")
    now = set(content_words(resolved))
    replaced = [w for w in content_words(topic.query) if w not in now]
    if not replaced or not _heads_section(topic.section, replaced):
        return hits
    beside = _parts_beside(topic, kb)
    carried = content_words(resolved)
    headed = [(p, position) for position, p in beside if _heads(p, contrasted)]
    if not headed:
        return hits
    passage, position = max(headed, key=lambda pair: coverage(carried, pair[0], kb))
    return led_by(hits, passage, position)


def _heads(passage: Passage, said: list[str]) -> bool:
    """Whether the passage's own heading (its last one) says every one of the words."""
    return _heads_section(passage.section, said)


def _heads_section(section: str, said: list[str]) -> bool:
    heading = f" {said_words(section.split('›')[-1])} "
    return all(f" {w} " in heading for w in said)


def _parts_beside(topic: Topic, kb: KnowledgeBase) -> list[tuple[int, Passage]]:
    """The passages of the last document under the same headings as the one just read
    (its siblings, not itself)."""
    parent = _parent(topic.section)
    return [
        (position, p)
        for position, p in document_passages(topic.doc_id, kb)
        if p.section != topic.section and _parent(p.section) == parent
    ]


def _parent(section: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in section.split("›")[:-1])
