"""The words of a phrase of knowledge/synonyms.yaml ("ngang nhau", "ưu tiên") are no slips
and no unknown words, though the documents never write them: the group's other phrases are
what the documents say ("cùng đủ điều kiện", "lựa chọn"). "nếu ngang nhau thì ưu tiên ai"
is not mended into "nang nhau" nor declined for "ưu"."""

import pytest

from knowledge import KnowledgeBase
from knowledge.asking import ask
from tests.conftest import Chat

pytestmark = pytest.mark.today


@pytest.mark.parametrize("text", ["nếu ngang nhau thì ưu tiên ai", "neu ngang nhau thi uu tien ai"])
def test_a_synonym_phrase_is_read_as_typed(kb: KnowledgeBase, text: str) -> None:
    assert kb.spelled(text) == text
    found = ask(kb, text)
    assert found and "tỷ lệ nữ từ 70% trở lên" in found[0].passage.text


async def test_who_comes_first_on_a_tie_follows_the_decree(chat: Chat) -> None:
    await chat.send("phải có giấy khen mới xin bằng khen đc k")
    reply = (await chat.send("nếu ngang nhau thì ưu tiên ai"))[0].text
    assert "lựa chọn cá nhân nữ hoặc tập thể có tỷ lệ nữ từ 70% trở lên" in reply, reply
