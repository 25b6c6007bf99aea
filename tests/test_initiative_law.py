"""The Điều lệ Sáng kiến as asked by staff: what is excluded from being an initiative,
intellectual property written "shtt", and whether the decree is still in force."""

import pytest

from knowledge import KnowledgeBase
from knowledge.asking import ask
from tests.conftest import Chat

EXCLUDED = "đang được bảo hộ quyền sở hữu trí tuệ"


@pytest.mark.parametrize(
    "asked",
    [
        "nhung truong hop nao ko dc cong nhan la sang kien",
        "trường hợp nào không được công nhận sáng kiến",
        "giải pháp nào thì ko đc công nhận là sk",
    ],
)
def test_what_is_excluded_is_the_article_not_the_form(kb: KnowledgeBase, asked: str) -> None:
    first = ask(kb, asked)[0].passage
    assert first.doc.id == "nd-13-2012-dieu-le-sang-kien"
    assert EXCLUDED in first.text


@pytest.mark.parametrize(
    "asked",
    [
        "giai phap dang dc bao ho shtt co tinh la sang kien ko",
        "sk đang được bảo hộ shtt có được công nhận không",
    ],
)
def test_intellectual_property_typed_in_letters(kb: KnowledgeBase, asked: str) -> None:
    found = ask(kb, asked)
    assert found and EXCLUDED in found[0].passage.text


@pytest.mark.parametrize(
    "asked",
    [
        "điều lệ sáng kiến nđ 13/2012 còn hiệu lực k hay thay rồi",
        "dieu le sang kien nd 13/2012 gio con dung dc ko hay bi thay roi",
        "nđ 13/2012 đã bị thay thế chưa",
    ],
)
def test_whether_the_decree_was_replaced_is_its_opening_note(kb: KnowledgeBase, asked: str) -> None:
    assert "Chưa thấy văn bản thay thế" in ask(kb, asked)[0].passage.text


def test_what_the_current_decree_replaced_is_not_the_initiative_decree(kb: KnowledgeBase) -> None:
    # the note that nothing replaced the Điều lệ does not answer what a decree replaced
    assert ask(kb, "thay thế nghị định nào")[0].passage.doc.id == "nd-152-2025-nd-cp"


@pytest.mark.parametrize(
    "asked",
    [
        "điều lệ sáng kiến giờ còn áp dụng không hay bị thay rồi",
        "dieu le sang kien con hieu luc ko",
    ],
)
async def test_a_law_named_by_its_short_title_has_its_status_told(chat: Chat, asked: str) -> None:
    reply = (await chat.send(asked))[0].text
    assert reply.startswith("Nghị định số 13/2012/NĐ-CP: Chưa thấy văn bản thay thế")
