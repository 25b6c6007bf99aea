"""Words typed as on a phone (knowledge/shorthand.yaml, abbreviations.yaml): "hs" is "hồ sơ",
a lone "h" is "giờ", "lcs" "lương cơ sở"; read alike in the rules and the search, through the console."""

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


async def test_a_bonus_in_lcs_is_in_base_salaries(chat: Chat) -> None:
    # "lcs" (knowledge/abbreviations.yaml): "lương cơ sở", the bonus a title's follow-up asks
    await chat.send("tap the lao dong xuat sac can tieu chuan gi")
    text = (await chat.send("thuong may lan lcs"))[0].text
    assert "được thưởng 1,5 lần mức lương cơ sở" in text


async def test_htxs_and_ctxh_are_read_in_full(chat: Chat) -> None:
    text = (await chat.send("ct 14 kon tum de nghi cac to chuc ctxh lam gi"))[0].text
    assert "các tổ chức chính trị xã hội" in text
    text = (await chat.send("cstdcs co bat buoc sang kien ko hay chi can htxs nhiem vu"))[0].text
    assert "sáng kiến không bắt buộc" in text
