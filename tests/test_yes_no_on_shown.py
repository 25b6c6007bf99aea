"""A yes-or-no follow-up about the list just shown is answered from that list, not from
another passage of the document saying the same words."""

import pytest

from tests.conftest import Chat


@pytest.mark.parametrize(
    ("first", "follow_up", "expected"),
    [
        # the directive's addressees: "Các doanh nghiệp NN của tỉnh", not its item 9 naming
        # "doanh nghiệp đóng trên địa bàn tỉnh" among those carrying it out
        (
            "chỉ thị 14/CT-UBND kon tum gửi tới những nơi nào",
            "có gửi các doanh nghiệp không",
            "Các doanh nghiệp NN của tỉnh",
        ),
        # the letter's addressees: the ministry's departments of the provinces are among them
        (
            "công văn thi đua 2021 của bộ tnmt gửi những đơn vị nào",
            "giám đốc sở tnmt các tỉnh có được gửi không",
            "Giám đốc Sở Tài nguyên và Môi trường các tỉnh, thành phố trực thuộc Trung ương",
        ),
    ],
)
async def test_console_checks_the_list_just_shown(
    chat: Chat, first: str, follow_up: str, expected: str
) -> None:
    await chat.send(first)
    await chat.send(follow_up)
    assert expected in chat.text


async def test_another_body_named_is_not_asked_of_the_passage_just_shown(chat: Chat) -> None:
    # the ministry named after Sóc Trăng's criteria: the ministry's 2021 letter answers, not
    # the department's plan again ("cán bộ" in it says no "bộ")
    await chat.send("tiêu chí thi đua đối với cá nhân năm 2022 sóc trăng")
    replies = await chat.send("bộ tnmt có tiêu chí đối với cá nhân không")
    said = "\n".join(r.text for r in replies)
    assert "Sóc Trăng" not in said.split("📄")[-1]


async def test_a_phrase_the_passage_just_shown_lacks_is_answered_elsewhere(chat: Chat) -> None:
    # the letter's item lists "khen thưởng đột xuất, khen thưởng theo chuyên đề" (every
    # syllable of the question, "đề" and "cấp" in other senses); whether their results may
    # ground a proposal to a higher level is the decree's principle
    await chat.send("công văn sở tnmt kon tum theo chỉ thị 14 chú trọng khen thưởng gì")
    await chat.send("khen thưởng chuyên đề có được làm căn cứ đề nghị cấp trên khen không")
    assert "không dùng làm căn cứ để đề nghị cấp trên khen thưởng" in chat.text
