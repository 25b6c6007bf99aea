"""The topic marker "thì" between a phrase's words says nothing: "trường hợp nào thì không được
công nhận" is the synonyms' "trường hợp nào không được", which finds the article on what is
excluded (knowledge/synonyms.py); "thi đua" stays two words of its own."""

import pytest

from knowledge import KnowledgeBase
from knowledge.asking import ask
from knowledge.synonyms import Synonyms
from tests.conftest import Chat

pytestmark = pytest.mark.today

EXCLUDED_ARTICLE = "Điều 3. Sáng kiến"


def test_a_phrase_is_found_with_thi_between_its_words() -> None:
    book = Synonyms([[["trường", "hợp", "không", "được"], ["đối", "tượng", "không", "được"]]])
    found = book.find(["trường", "hợp", "thì", "không", "được", "công", "nhận"], accented=True)
    assert [(m.start, m.end) for m in found] == [(0, 5)]
    folded = book.find(["truong", "hop", "thi", "khong", "duoc"], accented=False)
    assert [(m.start, m.end) for m in folded] == [(0, 5)]
    # "thi đua" is no topic marker
    assert not book.find(["truong", "hop", "thi", "dua", "khong", "duoc"], accented=False)


@pytest.mark.parametrize(
    "question",
    [
        "trường hợp nào thì không được công nhận là sáng kiến",
        "truong hop nao thi khong duoc cong nhan la sang kien",
    ],
)
def test_what_is_excluded_is_answered_by_the_article(kb: KnowledgeBase, question: str) -> None:
    assert ask(kb, question)[0].passage.section.startswith(EXCLUDED_ARTICLE)


async def test_the_chat_answers_what_is_not_an_initiative(chat: Chat) -> None:
    replies = await chat.send("những trường hợp nào thì không được công nhận là sáng kiến vậy ạ")
    assert "không được công nhận là sáng kiến" in replies[0].text
