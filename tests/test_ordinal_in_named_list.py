""" "Cái thứ 2 là gì" after a passage answering which campaigns by a list of quoted names,
with no count of them: the second name of that list, not the document's item 2."""

import pytest

from tests.conftest import Chat


@pytest.mark.parametrize(
    ("ordinal", "expected"),
    [
        ("cái thứ 2 là gì", "“Doanh nghiệp hội nhập và phát triển”"),
        ("cái thứ ba là gì", "“Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”"),
    ],
)
async def test_console_counts_in_the_list_of_names_just_shown(
    chat: Chat, ordinal: str, expected: str
) -> None:
    await chat.send("chỉ thị 14 kon tum nhắc những phong trào nào của giai đoạn 2015-2020")
    await chat.send(ordinal)
    assert chat.text.startswith(expected)
