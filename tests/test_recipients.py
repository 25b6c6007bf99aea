"""Who a document was sent to is its card's "Nơi nhận" line, however the question asks it."""

import pytest

from knowledge import KnowledgeBase


@pytest.mark.parametrize("query", ["chỉ thị 14 gửi cho những nơi nào", "chi thi 14 gui cho ai"])
def test_recipients_are_the_card_of_the_document_named(kb: KnowledgeBase, query: str) -> None:
    hits = kb.search(query)
    assert hits and "Thường trực Tỉnh ủy" in hits[0].passage.text
