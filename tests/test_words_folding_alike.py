"""Words that fold alike are told apart by the marks typed ("tỉnh mới" is no "Môi
trường"), and the particle closing a yes-or-no question is none of what is asked."""

import pytest

from handlers.followups.subject_and_elsewhere import points_at
from knowledge import KnowledgeBase
from knowledge.places import place_not_held
from tests.conftest import Chat, shown

pytestmark = pytest.mark.today


async def test_a_new_province_pointed_at_is_not_a_heading_saying_moi(chat: Chat) -> None:
    await chat.send("Tỉnh Kon Tum được sáp nhập vào tỉnh nào, theo nghị quyết nào của Quốc hội?")
    reply = (await chat.send("Tỉnh mới đó hoạt động từ ngày nào?"))[0].text
    assert "tỉnh mới hoạt động từ ngày 01/7/2025" in reply, reply
    assert not reply.startswith("Bộ Tài nguyên và Môi trường"), reply


async def test_a_yes_or_no_follow_up_to_the_collective_is_its_part(chat: Chat) -> None:
    # the audience named heads the part, whatever words the other parts say
    await chat.send("sở tnmt sóc trăng năm 2022 đặt tiêu chí thi đua cho cá nhân thế nào ạ")
    reply = (await chat.send("còn tập thể thì sao, có phải đăng ký thi đua không"))[0].text
    assert reply.startswith("1. Đối với tập thể"), reply


async def test_a_yes_or_no_follow_up_switches_audience(chat: Chat) -> None:
    # "không" closing the question is said by the collective criteria ("không đi trễ"), not
    # asked of them
    await chat.send("sở tnmt sóc trăng năm 2022 đặt tiêu chí thi đua cho tập thể thế nào ạ")
    reply = (await chat.send("còn cá nhân thì sao ạ, có phải đăng ký sáng kiến ko"))[0].text
    assert reply.startswith("2. Đối với cá nhân"), reply
    assert "đăng ký sáng kiến" in reply


def test_a_province_s_name_typed_with_other_marks_is_no_place(kb: KnowledgeBase) -> None:
    assert place_not_held("giai đoạn 2021-2025 phải làm đồng bộ mấy khâu", kb) is None
    assert place_not_held("kế hoạch thi đua của sở tnmt lâm đồng", kb) == "Lâm Đồng"
    assert place_not_held("ke hoach thi dua cua so tnmt lam dong", kb) == "Lâm Đồng"
    # the marks of a name typed as the older spelling places them are its own ("Hoà")
    assert place_not_held("tiêu chí thi đua của tỉnh Hoà Bình", kb) == "Hòa Bình"
    # the name typed as itself anywhere in the message is the place
    asked = "kế hoạch thi đua của sở tnmt Lâm Đồng có phải làm đồng bộ các khâu không"
    assert place_not_held(asked, kb) == "Lâm Đồng"


def test_a_pointer_is_read_with_its_marks(kb: KnowledgeBase) -> None:
    topic = shown(kb, "Điều 84", "Hồ sơ đề nghị", "hồ sơ điều 84 gồm gì")
    for pointing in ("hồ sơ đó nộp cho ai", "ho so do nop cho ai", "văn bản trên ai ký"):
        assert points_at(pointing, topic), pointing
    assert not points_at("làm sổ đỏ ở đâu", topic)  # "đỏ" folds as the pointer "đó"
