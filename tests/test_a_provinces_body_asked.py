"""A question naming a province's body ("ở sở Sóc Trăng") asks of that body's campaign, not of
the law: who an achievement is put to is the plan's "trình Giám đốc Sở khen thưởng"."""

import pytest

from knowledge import KnowledgeBase
from knowledge.asking import ask
from knowledge.places import provinces_in
from tests.conftest import Chat

pytestmark = pytest.mark.today


def test_a_province_is_found_anywhere_in_the_words() -> None:
    assert provinces_in("o so soc trang thi trinh ai khen") == ["Sóc Trăng"]


def test_who_awards_at_a_provinces_department_is_its_plans(kb: KnowledgeBase) -> None:
    found = ask(kb, "tap the, ca nhan co thanh tich o so soc trang thi trinh ai khen")
    assert found[0].passage.doc.id == "soctrang-stnmt-2022"


async def test_the_chat_answers_from_the_departments_plan(chat: Chat) -> None:
    replies = await chat.send("tập thể, cá nhân có thành tích ở sở sóc trăng thì trình ai khen")
    assert "trình Giám đốc Sở khen thưởng" in replies[0].text
