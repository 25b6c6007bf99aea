"""Mends from the review of stop 22's second round: a law's point "đ" is not point "d"; a plan
without dates addresses the asker; asking leave alone is no question declined; "thứ 0" is no
item."""

import pytest

from knowledge.ordinals import item_asked
from tests.conftest import Chat


@pytest.mark.parametrize(
    ("typed", "folded", "number"),
    [
        ("điểm đ", "diem d", 5),
        ("còn Điểm Đ thì sao", "con diem d thi sao", 5),
        ("con diem dd", "con diem dd", 5),  # telex
        ("điểm d", "diem d", 4),
        ("diem d", "diem d", 4),
        ("điểm e", "diem e", 6),
    ],
)
def test_point_d_with_a_bar_follows_point_d(typed: str, folded: str, number: int) -> None:
    """Folded, "đ" is "d": the message as typed tells the two points apart."""
    asked = item_asked(folded, typed)
    assert asked is not None and (asked.number, asked.noun) == (number, "diem")


async def test_point_d_with_a_bar_of_the_article_just_shown(chat: Chat) -> None:
    await chat.send("tiêu chuẩn danh hiệu tập thể lao động xuất sắc")
    reply = (await chat.send("còn điểm đ"))[0].text
    assert reply.startswith("đ) Nội bộ đoàn kết")
    reply = (await chat.send("diem d thi sao"))[0].text
    assert reply.startswith("d) Có cá nhân đạt danh hiệu")


async def test_a_plan_without_dates_asks_anh_chi_to_watch_notices(chat: Chat) -> None:
    """The deadlines asked of a plan whose document sets none, and of no kind named, address
    the asker as every message does, and name the kinds the card names."""
    await chat.send("hạn đăng ký thi đua của sở tnmt kon tum năm 2021")
    assert "anh/chị vui lòng theo dõi thông báo" in chat.text
    await chat.send("hạn chót của công văn thi đua bộ tnmt năm 2021 là khi nào")
    assert "cho hạn đăng ký, sơ kết, tổng kết; anh/chị vui lòng" in chat.text


@pytest.mark.parametrize(
    "leave", ["Chị ơi cho em hỏi với ạ", "cho minh hoi ti", "Xin hỏi trợ lý", "em muốn hỏi ạ"]
)
async def test_asking_leave_alone_is_asked_to_go_on_not_declined(chat: Chat, leave: str) -> None:
    """A message only asking leave to ask (the polite words knowledge/asides.py leaves out,
    and nothing else) is no question the documents fail to answer."""
    await chat.send(leave)
    assert chat.text.startswith("Dạ, anh/chị cứ hỏi ạ.")


async def test_asking_leave_before_a_question_is_the_question(chat: Chat) -> None:
    await chat.send("cho em hỏi tiêu chuẩn chiến sĩ thi đua cơ sở")
    assert "Điều 23" in chat.text


@pytest.mark.parametrize("said", ["phong trao thu 0", "muc 0", "noi dung so 0", "thu 00"])
def test_number_nought_points_at_no_item(said: str) -> None:
    assert item_asked(said) is None


async def test_number_nought_is_not_the_last_name_counted(chat: Chat) -> None:
    await chat.send("btnmt 2021 trong tam may phong trao thi dua cua ttg")
    await chat.send("phong trào thứ 0 là gì")
    assert not chat.text.startswith("“Cán bộ, công chức, viên chức thi đua")
