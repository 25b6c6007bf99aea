"""A follow-up pointing at the last document by "đó", "này", "ấy" ("văn bản đó ai ký"): the
pointer names the document, no detail of the passage just shown, so the signer's line answers
as for "ai ký" alone, not the passage quoted again because it happens to say "đó" or "kỷ"."""

import pytest

from tests.conftest import Chat

pytestmark = pytest.mark.today


@pytest.mark.parametrize("follow_up", ["văn bản đó ai ký", "vb đó ai ký", "văn bản ấy ai ký vậy"])
async def test_who_signed_the_document_pointed_at(chat: Chat, follow_up: str) -> None:
    await chat.send("tieu chi thi dua doi voi ca nhan nam 2022")
    text = (await chat.send(follow_up))[0].text
    assert text.startswith("Người ký:"), text[:200]
