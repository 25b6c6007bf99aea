"""Follow-ups after an answer from a legal text stay among the legal texts: a campaign letter
repeating the laws' words answers only a question naming a campaign."""

import pytest

from handlers import context
from knowledge import KnowledgeBase
from tests.conftest import Chat, shown


def source(reply: str) -> str:
    return reply.split("📄", 1)[1] if "📄" in reply else ""


@pytest.mark.parametrize(
    ("first", "follow_up", "law"),
    [
        ("dieu kien de sang kien duoc cong nhan", "truong hop nao ko dc", "13/2012"),
        ("cờ thi đua của chính phủ tặng cho ai", "thành tích thế nào thì được", "06/2022"),
    ],
)
async def test_a_follow_up_after_a_legal_text_is_not_answered_by_a_letter(
    chat: Chat, first: str, follow_up: str, law: str
) -> None:
    await chat.send(first)
    reply = (await chat.send(follow_up))[0].text
    assert law in source(reply)
    assert "Kon Tum" not in source(reply)


def test_a_campaign_named_by_kind_place_or_year_may_leave_the_laws(kb: KnowledgeBase) -> None:
    article = shown(kb, "Điều 3", "đối tượng sau đây", "điều kiện công nhận sáng kiến")
    letter = next(p for p in kb.passages if p.doc.is_campaign)
    assert context.stays_legal("truong hop nao ko dc", article, letter, kb)
    for named in ("còn công văn thì sao", "ở kon tum thì sao", "năm 2021 thì sao"):
        assert not context.stays_legal(named, article, letter, kb), named
