"""Follow-ups after an answer from a legal text stay among the legal texts: a campaign letter
repeating the laws' words answers only a question naming a campaign."""

from pathlib import Path

import pytest

from handlers import context
from knowledge import KnowledgeBase
from knowledge.documents import parse_document
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


def test_a_follow_ups_own_words_leave_out_asking_and_document_words() -> None:
    # a place is measured, asking words and those asking for a document are not
    assert context.content_words("trường hợp nào không được") == ["truong", "hop", "khong"]
    assert context.content_words("ở kon tum thì sao") == ["kon", "tum"]
    assert context.content_words("ban hành ngày nào") == []


async def test_besides_joins_a_follow_up_to_the_article_just_read(chat: Chat) -> None:
    """ "ngoài ra" joins the follow-up to what was read and asks nothing: the article's
    standard on initiatives, not a directive that says "ngoài" and "ra" elsewhere."""
    said = context.content_words("ngoài ra cần sáng kiến ở phạm vi nào")
    assert said == ["sang", "kien", "pham", "vi"]
    # "hơn nửa" (more than half) folds as "hơn nữa" (moreover): it is kept
    assert "hon" in context.content_words("có cần hơn nửa số người đạt lđtt không")
    await chat.send("cstđ cấp tỉnh cần mấy lần cstđcs liên tục")
    reply = (await chat.send("ngoài ra cần sáng kiến ở phạm vi nào"))[0].text
    assert "có khả năng nhân rộng trong Bộ, ban, ngành, tỉnh" in reply


def test_a_yes_no_particle_asks_and_a_share_in_per_cent_is_said() -> None:
    # the closing "không"/"chưa" of a yes-or-no question weighs nothing; "15%" is a figure
    assert context.content_words("có ưu tiên nữ không ạ") == ["uu", "tien", "nu"]
    assert context.content_words("đã áp dụng chưa") == ["ap", "dung"]
    assert context.content_words("giới hạn 15% số người không") == [
        "gioi",
        "han",
        "15",
        "so",
        "nguoi",
    ]
    # a share with a decimal is said whole, both its figures
    assert context.content_words("giới hạn 12,5% thì sao") == ["gioi", "han", "12", "5"]


def test_legal_texts_are_linked_by_their_bases_either_way(kb: KnowledgeBase) -> None:
    assert context.linked_documents("nd-13-2012-dieu-le-sang-kien", kb) == ("tt-18-2013-tt-bkhcn",)
    assert "nd-152-2025-nd-cp" in context.linked_documents("luat-06-2022-qh15", kb)
    assert context.linked_documents("btnmt-2021", kb) == ()


@pytest.mark.parametrize(
    ("first", "follow_up"),
    [
        ("sáng kiến cần điều kiện gì để được công nhận", "mau don o dau"),
        ("trường hợp nào không được công nhận là sáng kiến", "còn mẫu đơn xin công nhận thì sao"),
    ],
)
async def test_the_form_the_decree_sends_to_is_answered_from_the_circular(
    chat: Chat, first: str, follow_up: str
) -> None:
    # the Điều lệ's note says "Thông tư 18/2013 … Phụ lục I là mẫu Đơn": the circular answers
    await chat.send(first)
    reply = (await chat.send(follow_up))[0].text
    assert "18/2013/TT-BKHCN" in source(reply)
    assert "Phụ lục I" in reply.split("📄")[0]


async def test_a_decree_citing_the_law_does_not_send_its_follow_ups_there(chat: Chat) -> None:
    # the law's article cites Nghị định 152 elsewhere than where it says who signs
    await chat.send("cstđcs cần điều kiện gì")
    reply = (await chat.send("thế ai ký qđ tặng"))[0].text
    assert "Thủ trưởng cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh" in reply


GUIDE = """---
id: tt-huong-dan-13-2012
kind: Thông tư
number: 99/2030/TT-BNV
title: Hướng dẫn thi hành Điều lệ Sáng kiến
issuer: Bộ Nội vụ
date: 2030-01-10
year: 2030
category: law
based_on: ["Nghị định số 13/2012/NĐ-CP"]
---
Điều 1. Phạm vi điều chỉnh

Thông tư này hướng dẫn thi hành Điều lệ Sáng kiến.
"""


def test_linked_documents_are_read_anew_when_the_office_adds_a_text(kb: KnowledgeBase) -> None:
    # (kept per knowledge base: `/themvanban` builds a new one, which links the new text)
    before = context.linked_documents("nd-13-2012-dieu-le-sang-kien", kb)
    added = KnowledgeBase.from_documents([*kb.sources(), parse_document(GUIDE, Path("g.md"))])
    after = context.linked_documents("nd-13-2012-dieu-le-sang-kien", added)
    assert "tt-huong-dan-13-2012" not in before
    assert "tt-huong-dan-13-2012" in after
    assert context.linked_documents("nd-13-2012-dieu-le-sang-kien", kb) == before
