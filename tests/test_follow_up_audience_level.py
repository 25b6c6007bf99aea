"""Follow-ups that change the audience, the level or the title of the last answer, point back
to a body it named, or ask for a duty of the document just read (issue 12, item 2)."""

import pytest

from knowledge.intents import asks_plainly
from tests.conftest import Chat

pytestmark = pytest.mark.today


@pytest.mark.parametrize(
    ("first", "follow_up"),
    [
        ("lđtt cần những tiêu chuẩn gì", "còn tập thể thì sao"),
        ("cong chuc dat ldtt can dieu kien gi", "the con tap the"),
    ],
)
async def test_the_collective_title_after_an_individual_one_named_in_shorthand(
    chat: Chat, first: str, follow_up: str
) -> None:
    # the criteria of the collective title, as a list whose figure fits the first message
    assert "70% cá nhân" in await chat.answer_after(first, follow_up)


@pytest.mark.parametrize(
    ("first", "follow_up"),
    [
        ("ai có thẩm quyền tặng chiến sĩ thi đua cơ sở ở sở", "thế còn ở phường thì ai"),
        ("giám đốc sở có quyền tặng cstđcs không, ai quyết định", "còn ở xã thì ai"),
    ],
)
async def test_another_level_of_government_asked_bare(
    chat: Chat, first: str, follow_up: str
) -> None:
    assert "Chủ tịch Ủy ban nhân dân cấp xã" in await chat.answer_after(first, follow_up)


@pytest.mark.parametrize(
    "follow_up",
    ["phải có người đạt chiến sĩ thi đua cơ sở không", "co can ca nhan nao dat cstdcs ko"],
)
async def test_what_a_collective_s_members_must_reach(chat: Chat, follow_up: str) -> None:
    first = "tập thể lao động xuất sắc cần những điều kiện gì"
    assert "Có cá nhân đạt danh hiệu “Chiến sĩ thi đua cơ sở”" in await chat.answer_after(
        first, follow_up
    )


async def test_the_individual_title_s_own_bonus_is_still_its_own(chat: Chat) -> None:
    reply = await chat.answer_after(
        "tập thể lao động xuất sắc cần những gì", "cstđcs thưởng bao nhiêu"
    )
    assert "1,0 lần mức lương cơ sở" in reply


@pytest.mark.parametrize(
    "follow_up", ["điều kiện để được công nhận", "dieu kien de co so cong nhan"]
)
async def test_conditions_asked_without_a_question_word(chat: Chat, follow_up: str) -> None:
    assert "Có tính mới trong phạm vi cơ sở" in await chat.answer_after(
        "sáng kiến là gì", follow_up
    )


@pytest.mark.parametrize(
    "asked",
    [
        "chủ tịch huyện tặng chiến sĩ thi đua cơ sở được không",
        "chu tich ubnd huyen con tang lao dong tien tien duoc ko",
    ],
)
async def test_whether_a_district_chairman_may_still_award(chat: Chat, asked: str) -> None:
    reply = (await chat.send(asked))[0].text.split("📄")[0]
    assert "từ 01/7/2025 không còn cấp huyện" in reply


@pytest.mark.parametrize("follow_up", ["mấy phòng đó bây giờ còn không", "cac phong do gio con ko"])
async def test_bodies_the_last_answer_named_pointed_back_to(chat: Chat, follow_up: str) -> None:
    first = "công văn sở tnmt kon tum về chỉ thị 14 gửi những ai"
    assert "nay không còn" in await chat.answer_after(first, follow_up)


async def test_a_duty_in_the_plan_just_read_not_in_another_letter(chat: Chat) -> None:
    first = "kế hoạch thi đua chống covid của sở tnmt kon tum"
    reply = await chat.answer_after(first, "giao cho ai theo dõi đôn đốc")
    # the COVID letter's own item, not the same duty in the letter on Chỉ thị 14
    assert "Văn phòng Sở Tài nguyên và Môi trường" in reply
    assert "phong trào thi đua đặc biệt" in reply


async def test_the_body_the_item_just_read_names(chat: Chat) -> None:
    first = "ct 14 của tỉnh kon tum ai phải tổ chức thực hiện"
    assert "Sở Nội vụ" in await chat.answer_after(first, "co quan nao don doc bao cao ket qua")


@pytest.mark.parametrize(
    ("first", "follow_up"),
    [
        ("bộ tnmt 2021 đưa ra giải pháp nào về sáng kiến", "ai theo dõi báo cáo kết quả"),
        ("btnmt 2021 có giải pháp gì về sáng kiến", "ai theo doi va bao cao ket qua"),
    ],
)
async def test_a_duty_asked_after_a_ministry_s_item_is_the_ministry_s(
    chat: Chat, first: str, follow_up: str
) -> None:
    # the Kon Tum department's letters say "theo dõi … báo cáo kết quả" closer together
    assert "Vụ Thi đua, Khen thưởng và Tuyên truyền" in await chat.answer_after(first, follow_up)


@pytest.mark.parametrize(
    ("first", "follow_up", "said"),
    [
        (
            "công văn thi đua 2021 của bộ tnmt giao vụ nào theo dõi",
            "bao giờ thì báo cáo bộ trưởng",
            "định kỳ 06 tháng",
        ),
        ("ke hoach soc trang 2022 giao van phong so lam gi", "khi nao tong ket", "vào cuối năm"),
    ],
)
async def test_when_a_duty_just_read_is_done_is_the_document_s(
    chat: Chat, first: str, follow_up: str, said: str
) -> None:
    # not the person's deadlines (/hanchot): the passage just read says when
    assert said in await chat.answer_after(first, follow_up)


async def test_when_the_person_s_own_duty_is_due_is_still_the_schedule(chat: Chat) -> None:
    reply = await chat.answer_after(
        "ke hoach soc trang 2022 giao van phong so lam gi", "khi nao nop ho so"
    )
    assert "Văn phòng Sở" not in reply


async def test_a_card_of_another_body_named_is_not_tied_to_the_last_one(chat: Chat) -> None:
    reply = await chat.answer_after(
        "ai ky chi thi 14/CT-UBND cua kon tum",
        "ai ký văn bản phát động thi đua của Bộ năm 2021",
    )
    assert "Trần Hồng Hà" in reply


def test_whether_something_still_is_asks() -> None:
    assert asks_plainly("bộ tài nguyên và môi trường bây giờ còn không")
    assert asks_plainly("cap huyen con ko")
    assert not asks_plainly("còn tập thể")
