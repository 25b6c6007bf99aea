"""A short follow-up staying in the passage just shown ("còn nông dân", "cờ của tỉnh thì
sao") is answered by the line its own words pick, not by the line the words carried over
from the last question pick."""

import pytest

from tests.conftest import Chat

pytestmark = pytest.mark.today


@pytest.mark.parametrize(
    ("first", "follow_up", "line"),
    [
        # the clause on "Chiến sĩ tiên tiến" was shown; the farmers' clause is another title's
        ("chien si tien tien tang cho ai", "con nong dan", "Lao động, sản xuất có hiệu quả"),
        ("chiến sĩ tiên tiến tặng cho những ai", "còn nông dân thì sao", "công nhân, nông dân"),
        # "… những gì" carried over asks for the list from its top, which cuts line e) off
        (
            "Dạ tập thể được Cờ thi đua của Chính phủ thì được thưởng những gì ạ",
            "co cua tinh thi sao a",
            "được tặng cờ và được thưởng 8,0 lần",
        ),
        (
            "tập thể lao động xuất sắc được thưởng những gì",
            "còn cờ của quân khu",
            "được tặng cờ và được thưởng 6,0 lần",
        ),
    ],
)
async def test_the_follow_up_s_own_words_pick_the_line(
    chat: Chat, first: str, follow_up: str, line: str
) -> None:
    assert line in await chat.answer_after(first, follow_up)


async def test_a_follow_up_pointing_back_keeps_the_words_it_points_to(chat: Chat) -> None:
    # "nó" is the title just asked about: its clause answers, not the one on standards
    # another title's clause happens to say in the typed words
    reply = await chat.answer_after(
        "chiến sĩ tiên tiến tặng cho ai", "tiêu chuẩn của nó có giống lđtt ko"
    )
    assert "Chiến sĩ tiên tiến" in reply.split("\n")[0]


@pytest.mark.parametrize(
    ("first", "follow_up", "line"),
    [
        # "dvc": "dịch vụ công", as staff write it (knowledge/abbreviations.yaml)
        (
            "cv so tnmt kt ct14 cchc chi so nao",
            "dvc muc may",
            "dịch vụ công trực tuyến mức độ 3, 4",
        ),
        # "bct": "Bộ Chính trị", whose directive the province's directive is based on
        ("ct 14 ubnd kt can cu vb nao", "cua bct thi sao", "Chỉ thị số 34-CT/TW"),
    ],
)
async def test_a_body_or_service_in_letters_is_read_as_its_words(
    chat: Chat, first: str, follow_up: str, line: str
) -> None:
    assert line in await chat.answer_after(first, follow_up)
