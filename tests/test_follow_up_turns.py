"""Follow-ups in words people type: "cái đấy", "nó" after a source answer, and what a
pointer or a "còn …" means after the answer just shown."""

import datetime as dt

import pytest

from bot.clock import FixedClock
from handlers import context, named_things, source_questions
from knowledge import KnowledgeBase
from tests.conftest import TZ, Chat, shown


@pytest.fixture
def clock() -> FixedClock:
    """Today, when the bundled campaigns are history."""
    return FixedClock(dt.datetime(2026, 11, 30, 9, 0, tzinfo=TZ))


@pytest.mark.parametrize("text", ["cái đấy giờ còn thực hiện không", "văn bản đấy ai ký"])
def test_day_points_back_as_do_does(text: str) -> None:
    assert context.points_back(text)


def test_the_article_of_cai_day_is_a_source_question(kb: KnowledgeBase) -> None:
    assert source_questions.asks("điều nào quy định cái đấy")
    topic = shown(kb, "Điều 80", "Thủ trưởng cơ quan chuyên môn", "ai quyết định tặng cstdcs")
    reply = source_questions.answer("điều nào quy định cái đấy", topic, kb)
    assert reply is not None and reply.text.startswith("Đoạn vừa trích là Điều 80")


def test_cai_do_means_whatever_the_answer_named(kb: KnowledgeBase) -> None:
    bonus = shown(kb, "Điều 50.", "thôn, tổ dân phố văn hóa", "còn thôn tổ dân phố văn hóa")
    village = named_things.Named("danh hieu", "thôn, tổ dân phố văn hóa")
    topic = context.Topic(bonus.query, bonus.doc_id, bonus.section, bonus.position, village)
    assert context.resolve("ai quyết định tặng cái đấy", topic, kb) == (
        "ai quyet dinh tang thon to dan pho van hoa"
    )


async def test_no_after_a_source_answer_is_the_document_it_named(chat: Chat) -> None:
    await chat.send("kon tum sáp nhập vào tỉnh nào")
    assert "202/2025/QH15" in (await chat.send("theo nghị quyết nào"))[0].text
    reply = (await chat.send("nó ngày bao nhiêu"))[0].text
    assert "12/6/2025" in reply.split("📄")[0]


def test_con_with_another_body_and_its_own_question_stands_alone(kb: KnowledgeBase) -> None:
    card = shown(kb, "Thông tin văn bản", "Kỷ cương, trách nhiệm", "kh 2022 so tnmt soc trang")
    text = "còn bộ năm 2021 thì chủ đề gì"
    assert context.resolve(text, card, kb) == "bo nam 2021 thi chu de gi"
    assert context.subject(text, card, kb) is None  # not looked for in the plan just shown
    # another audience of the same plan is still read within it
    assert context.resolve("còn tập thể thì tiêu chí gì", card, kb) != "tap the thi tieu chi gi"
