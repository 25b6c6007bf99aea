"""One question answered from the documents alone, as `python -m bot ask` answers it."""

from knowledge import Hit, KnowledgeBase
from knowledge.asides import without_asides
from knowledge.held import (
    asks_awardees,
    asks_outcome,
    body_not_held,
    law_not_held,
    year_not_held,
)
from knowledge.intents import load_intents
from knowledge.numbered_documents import document_not_held, number_mended
from knowledge.person_names import named_person
from knowledge.places import place_not_held
from knowledge.referrals import first_sent
from knowledge.shorthand import articles_spelled
from knowledge.story import read_with_story


def ask(kb: KnowledgeBase, query: str) -> list[Hit]:
    """The passages that answer `query`, best first. Declined as in the chat: an empty
    question, a subject the bot does not deal with, one's own results (a missing feature),
    a province, body or year no document covers ("kế hoạch thi đua của Sở TN&MT Đồng
    Tháp", "… của Sở Nội vụ", "… năm 2019"), a law or a numbered document none is nor
    cites ("Luật Cán bộ, công chức", "Chỉ thị 15/CT-UBND") or a list of those awarded is
    not searched.
    Without a clock, any year no campaign covers is one the bot cannot answer."""
    intents = load_intents()
    # the story before the question cut down to what it names (knowledge/story.py), and
    # asides left out ("…, tôi tìm mãi mà chưa thấy?": the question alone); an article cited
    # short ("đ.80") written out as the chat writes it
    query = articles_spelled(without_asides(read_with_story(query, kb)))
    mended = number_mended(query, kb)  # "chỉ thị 41" of the 14 held: read as 14
    query = mended.text if mended is not None else query
    if not query or intents.is_off_topic(query, kb.mentions):
        return []
    if intents.feature_asked(query, kb.spelled(query)):  # "mức luonng cơ sở": typos mended
        return []
    if asks_awardees(query) or named_person(query, kb.mentions):  # who is awarded: no list
        return []
    if asks_outcome(query, kb.spelled(query)):  # what came of a campaign after its documents
        return []
    if place_not_held(query, kb) or body_not_held(query, kb) or law_not_held(query, kb):
        return []
    if document_not_held(query, kb):  # "chỉ thị 15/CT-UBND" of an issuer holding only 14
        return []
    # "bỏ cấp huyện rồi thì ai tặng …": the article a note of the best passage sends to
    return [] if year_not_held(query, kb) else first_sent(query, kb.search(query), kb)
