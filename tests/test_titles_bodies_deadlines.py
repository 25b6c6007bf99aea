"""A title named with the body that awards it, follow-ups keeping a title's aspect, and a
plan's own deadlines asked by its year or body (task i22k)."""

import pytest

from knowledge.deadlines import kinds_named
from knowledge.normalize import fold
from knowledge.titles import load_titles
from tests.conftest import Chat

pytestmark = pytest.mark.today


@pytest.mark.parametrize(
    ("question", "bonus"),
    [
        ("tập thể được tặng cờ thi đua của ủy ban nhân dân tỉnh được thưởng mấy lần lương", "8,0"),
        ("co thi dua cua chu tich ubnd tinh thuong bao nhieu", "8,0"),
        ("chien si thi dua cua bo truong duoc thuong bn", "3,0"),
    ],
)
async def test_a_title_named_with_its_awarding_body(chat: Chat, question: str, bonus: str) -> None:
    await chat.send(question)
    assert f"{bonus} lần mức lương cơ sở" in chat.text


def test_aliases_with_a_body_are_only_of_a_level_s_name() -> None:
    flag = load_titles()["co-thi-dua-cap-bo-tinh"].aliases
    assert "cờ thi đua của ubnd tỉnh" in flag
    assert not any("ubnd của" in a or "ngành của" in a for a in flag)  # no body twice


@pytest.mark.parametrize(
    ("follow_up", "bonus"),
    [("con co so", "1,0 lần"), ("còn cấp cơ sở thì sao", "1,0 lần"), ("con toan quoc", "4,5")],
)
async def test_a_level_after_a_title_of_two_levels(chat: Chat, follow_up: str, bonus: str) -> None:
    await chat.send("cstd cap tinh duoc thuong bn")
    text = (await chat.send(follow_up))[0].text
    assert bonus in text.split("\n")[0] or f"được thưởng {bonus}" in text
    assert "Hồ sơ" not in text


@pytest.mark.parametrize(
    "follow_up",
    ["con co thi dua cua chinh phu thi duoc bao nhieu a", "còn cờ thi đua của Chính phủ thì sao"],
)
async def test_another_title_with_a_vague_how_much_keeps_the_bonus(
    chat: Chat, follow_up: str
) -> None:
    text = await chat.answer_after("cờ thi đua cấp tỉnh được thưởng bao nhiêu", follow_up)
    assert "12,0 lần" in text


@pytest.mark.parametrize(
    "follow_up",
    ["Còn mức tiền thưởng cho danh hiệu đó là bao nhiêu ạ?", "con tien thuong danh hieu nay"],
)
async def test_the_title_pointed_back_to_after_another_aspect(chat: Chat, follow_up: str) -> None:
    await chat.send("tiêu chuẩn danh hiệu Chiến sĩ thi đua toàn quốc là gì")
    text = (await chat.send(follow_up))[0].text
    assert "4,5 lần mức lương cơ sở" in text


def test_the_kind_of_deadline_named() -> None:
    assert kinds_named(fold("hạn đăng ký sáng kiến")) == ["initiative"]
    assert kinds_named(fold("han dang ky thi dua")) == ["registration"]
    assert kinds_named(fold("hạn nộp báo cáo tổng kết")) == ["year_end"]
    assert kinds_named(fold("bc so ket 6 thang")) == ["six_month"]
    assert kinds_named(fold("hạn chót là khi nào")) == []


@pytest.mark.parametrize(
    ("question", "title"),
    [
        (
            "hạn đăng ký sáng kiến năm 2022 ở sở tnmt sóc trăng khi nào",
            "Đăng ký sáng kiến năm 2022",
        ),
        ("han nop bc tong ket cua ke hoach soc trang 2022", "Báo cáo tổng kết phong trào"),
        ("deadline gửi đề nghị khen thưởng năm 2022 của Sở TN&MT Sóc Trăng", "Đề nghị khen thưởng"),
    ],
)
async def test_a_plan_s_own_deadline_named_by_year_or_body(
    chat: Chat, question: str, title: str
) -> None:
    await chat.send(question)
    assert title in chat.text
    assert "đã qua" in chat.text  # the plan's dates, past now, not the person's upcoming ones
    assert "Hiện không có hạn nào sắp tới" not in chat.text


async def test_the_next_kind_of_deadline_is_of_the_same_plan(chat: Chat) -> None:
    await chat.send("han dang ky thi dua nam 2022 o so tnmt soc trang")
    assert "Đăng ký thi đua năm 2022" in chat.text
    await chat.send("con dang ky sang kien")
    assert "15/04/2022" in chat.text
    await chat.send("bc so ket 6 thang han khi nao")
    assert "15/06/2022" in chat.text


async def test_a_plan_without_dates_says_so(chat: Chat) -> None:
    await chat.send("hạn đăng ký thi đua của sở tnmt kon tum năm 2021")
    assert "không nêu ngày cụ thể" in chat.text


async def test_a_deadline_naming_no_plan_is_still_the_person_s(chat: Chat) -> None:
    await chat.send("hạn đăng ký thi đua là khi nào")
    assert "Hiện không có hạn nào sắp tới" in chat.text


@pytest.mark.parametrize(
    "follow_up",
    [
        "Còn với tập thể lao động tiên tiến, có người trong tập thể bị kỷ luật thì có ảnh hưởng không ạ?",
        "con tap the lao dong tien tien ma co nguoi bi ky luat thi co anh huong gi khong",
    ],
)
async def test_a_title_asked_in_words_of_its_own_after_no_title(chat: Chat, follow_up: str) -> None:
    await chat.send("cá nhân đang bị xem xét kỷ luật có được đề nghị khen thưởng không")
    text = (await chat.send(follow_up))[0].text
    assert "không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên" in text


async def test_another_title_after_a_title_keeps_what_was_asked(chat: Chat) -> None:
    await chat.send("chủ tịch ubnd xã có được tặng lao động tiên tiến không")
    text = (await chat.send("thế còn chiến sĩ thi đua cơ sở, chủ tịch xã có quyết được không"))[0]
    assert "Điều 23. Danh hiệu" not in text.text  # who decides, not the title's standards


async def test_a_deadline_naming_another_year_is_not_of_the_plan_just_told(chat: Chat) -> None:
    await chat.send("han dang ky sang kien cua so tnmt soc trang")
    assert "15/04/2022" in chat.text
    await chat.send("hạn đăng ký thi đua năm 2021")
    assert "2022" not in chat.text
