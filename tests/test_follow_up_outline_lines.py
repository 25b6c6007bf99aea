"""A short follow-up after an outline asks of the item whose line, cut short in the outline,
says its words (the item wins a tie with another passage saying them as often)."""

import pytest

from handlers import context
from knowledge import KnowledgeBase, Passage
from tests.conftest import Chat

pytestmark = pytest.mark.today


def _outline(kb: KnowledgeBase, doc_id: str) -> Passage:
    return next(p for p in kb.passages if p.doc.id == doc_id and p.kind == "outline")


def test_the_line_saying_the_words_names_its_item(kb: KnowledgeBase) -> None:
    outline = _outline(kb, "kontum-stnmt-2021-covid")
    found = context.outlined_part(outline, ["dac", "biet"], kb)
    assert found is not None
    assert found[0].text.startswith("3. Thi đua cùng chung tay")
    # (the title above the parts names "thi đua đặc biệt" too: it is no part)


def test_words_no_line_says_or_several_say_alike_name_no_item(kb: KnowledgeBase) -> None:
    outline = _outline(kb, "kontum-stnmt-2021-covid")
    assert context.outlined_part(outline, ["ky", "niem", "chuong"], kb) is None
    assert context.outlined_part(outline, ["thi", "dua"], kb) is None


@pytest.mark.parametrize(
    ("first", "follow"),
    [
        ("cv covid so tnmt kon tum: thi dua an sinh xh the nao", "đặc biệt là ai?"),
        (
            "công văn thi đua đặc biệt của sở tnmt kon tum gồm những nội dung gì",
            "dac biet la nhung ai",
        ),
        (
            "sở tnmt kon tum phát động thi đua chống covid có những nội dung chính nào",
            "chăm lo cho những đối tượng nào",
        ),
    ],
)
async def test_a_follow_up_on_a_cut_line_is_answered_from_its_item(
    chat: Chat, first: str, follow: str
) -> None:
    await chat.send(first)
    reply = (await chat.send(follow))[0].text
    assert "người có công, gia đình chính sách, người nghèo" in reply.split("📄")[0]


async def test_an_item_asked_after_its_outline_is_read_whole(chat: Chat) -> None:
    """The outline just shown cuts the item at its colon; the item itself, found as well,
    says what the colon leads to."""
    await chat.send(
        "noi dung phong trao thi dua nam 2021 cua bo tai nguyen moi truong gom nhung gi"
    )
    reply = (await chat.send("trong do 4 phong trao thu tuong phat dong la nhung phong trao nao"))[
        0
    ]
    assert "Cả nước chung sức xây dựng nông thôn mới" in reply.text
