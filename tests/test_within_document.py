"""A "còn …" follow-up that would show the card just shown again asks for another part of
that document: the ranking of its passages by what the follow-up names instead finds it."""

import pytest

from handlers.followups import within_document
from knowledge import Hit, KnowledgeBase
from tests.conftest import Chat, shown

pytestmark = pytest.mark.today

THEME = "phong trao thi dua 2021 cua bo tnmt co chu de gi"


def test_the_part_headed_by_what_is_asked_ranks_first(kb: KnowledgeBase) -> None:
    card = shown(kb, "Thông tin văn bản", "Đoàn kết, kỷ cương", THEME)
    ranked = within_document.rank("còn nội dung thi đua?", THEME, card, kb, instead=True)
    assert ranked[0].passage.section.startswith("I. Nội dung Phong trào thi đua")
    assert ranked[0].passage.doc.id == card.doc_id


def test_a_word_counts_only_with_its_neighbour(kb: KnowledgeBase) -> None:
    # "chủ đề" is not said by a heading saying "chủ yếu"
    card = shown(kb, "Thông tin văn bản", "Đoàn kết, kỷ cương", THEME)
    ranked = within_document.rank("chủ đề là gì", THEME, card, kb)
    assert all("chủ yếu" not in r.passage.section for r in ranked if r.score >= 0.5)


def test_hits_not_repeating_the_card_are_left_as_they_are(kb: KnowledgeBase) -> None:
    card = shown(kb, "Thông tin văn bản", "Đoàn kết, kỷ cương", THEME)
    hits = [h for h in kb.search(THEME, limit=10) if h.passage.doc.id == card.doc_id]
    body = [h for h in hits if h.position != card.position]
    assert within_document.led_within("còn nội dung thi đua?", THEME, body, card, kb) == body
    # nor a follow-up that is not "còn …"
    assert within_document.led_within("nội dung thi đua?", THEME, hits, card, kb) == hits


def test_the_card_shown_again_gives_way(kb: KnowledgeBase) -> None:
    card = shown(kb, "Thông tin văn bản", "Đoàn kết, kỷ cương", THEME)
    first = next(h for h in kb.search(THEME, limit=10) if h.position == card.position)
    led = within_document.led_within("còn nội dung thi đua?", THEME, [first], card, kb)
    assert isinstance(led[0], Hit)
    assert led[0].passage.section.startswith("I. Nội dung Phong trào thi đua")


async def test_a_follow_up_after_the_theme_shows_another_part(chat: Chat) -> None:
    await chat.send(THEME)
    reply = (await chat.send("còn nội dung thi đua?"))[0].text
    assert "Nguồn" in reply
    assert "I. Nội dung Phong trào thi đua" in reply.split("📄")[1]


@pytest.mark.parametrize(
    "asked",
    [
        "noi dung phong trao thi dua soc trang 2022 gom nhung gi",
        "nội dung phong trào thi đua của sở tnmt sóc trăng năm 2022",
    ],
)
async def test_a_part_named_by_its_heading_is_shown_whole(chat: Chat, asked: str) -> None:
    """Every item of the plan's part "I. Nội dung Phong trào thi đua", each in brief, not
    the one item saying "phong trào thi đua" most."""
    reply = (await chat.send(asked))[0].text
    lines = reply.split("📄")[0].strip().splitlines()
    assert lines[0] == "I. Nội dung Phong trào thi đua"
    assert [line.split(".")[0] for line in lines[1:]] == [str(n) for n in range(1, 8)]


async def test_a_part_whose_items_are_headings_is_not_shown_as_their_first_lines(
    chat: Chat,
) -> None:
    reply = (await chat.send("tieu chi ca nhan trong cv thi dua 2021 cua bo tnmt"))[0].text
    assert "Có đăng ký chỉ tiêu thi đua" in reply or "2. Đối với cá nhân:" in reply
    assert "1. Đối với tập thể\n2. Đối với cá nhân\n" not in reply
