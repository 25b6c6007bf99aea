"""A follow-up naming no other document is of the document under discussion when that
document's best passage is found nearly as well as the first hit and says the follow-up's own
words as fully (handlers/followups/tied_documents.py)."""

import pytest

from handlers.followups.tied_documents import led_by_topic_document
from handlers.followups.topic_memory import Topic
from knowledge import KnowledgeBase
from tests.conftest import Chat

SOC_TRANG_2022 = "Kế hoạch năm 2022 của Sở Tài nguyên và Môi trường tỉnh Sóc Trăng"


async def test_a_bare_part_after_a_plans_theme_is_that_plans(chat: Chat) -> None:
    # the ministry's 2021 letter heads its individual criteria alike and ranks first alone
    await chat.send("kế hoạch thi đua 2022 sở tnmt sóc trăng chủ đề gì")
    text = (await chat.send("tieu chi ca nhan"))[0].text
    assert "sáng tạo, linh hoạt, để nâng cao chất lượng" in text
    assert f"Nguồn: {SOC_TRANG_2022}" in text


@pytest.mark.parametrize(
    ("text", "doc_id", "led"),
    [
        # found as well and saying every word: the plan under discussion
        ("tieu chi ca nhan", "soctrang-stnmt-2022", "soctrang-stnmt-2022"),
        # another document named by its number: a question of its own
        ("tieu chi ca nhan chi thi 14", "soctrang-stnmt-2022", "btnmt-2021"),
        # found at less than the share of the first's score, saying fewer of the words
        ("tieu chi ca nhan", "kontum-stnmt-2021-ct14", "btnmt-2021"),
    ],
)
def test_the_topic_document_leads_only_when_found_nearly_as_well(
    kb: KnowledgeBase, text: str, doc_id: str, led: str
) -> None:
    hits = kb.search("tieu chi ca nhan")
    assert hits[0].passage.doc.id == "btnmt-2021"  # the first, read alone
    topic = Topic("kế hoạch thi đua", doc_id, "Thông tin văn bản")
    assert led_by_topic_document(text, hits, topic, kb)[0].passage.doc.id == led
