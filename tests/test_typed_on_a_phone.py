"""Words typed as on a phone (knowledge/shorthand.yaml): "hs" is "hồ sơ", a lone "h" is
"giờ"; read alike in the rules and in the search, through the console path."""

import pytest

from knowledge.shorthand import spell_out
from tests.conftest import Chat

pytestmark = pytest.mark.today


def test_hs_and_h_are_spelled_out() -> None:
    assert spell_out("hs xét cstđcs gồm những gì") == "hồ sơ xét cstđcs gồm những gì"
    assert spell_out("soc trang h la tp nao") == "soc trang gio la tp nao"


async def test_a_dossier_asked_as_hs_is_the_titles_dossier(chat: Chat) -> None:
    text = (await chat.send("hs xet cstdcs gom nhung j"))[0].text
    assert "Báo cáo thành tích của cá nhân (Mẫu số 05" in text


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        ("soc trang h la tp nao", "Sóc Trăng bây giờ thuộc thành phố Cần Thơ"),
        ("bo tnmt h doi thanh bo gi r", "Bộ Nông nghiệp và Môi trường"),
    ],
)
async def test_now_asked_as_h_is_what_became_of_it(chat: Chat, asked: str, said: str) -> None:
    assert said in (await chat.send(asked))[0].text
