"""A question naming the kind of a legal document ("theo luật tđkt …") is answered from a
document of that kind: the law's own article, not a decree or a campaign passage citing the
law by its name."""

import pytest

from knowledge.legal_kind_named import legal_kinds_named
from tests.conftest import Chat

pytestmark = pytest.mark.today


async def test_the_law_named_answers_over_a_decree_citing_it(chat: Chat) -> None:
    reply = (await chat.send("theo luat tdkt chu tich ubnd huyen duoc tang danh hieu gi"))[0].text
    assert "Chủ tịch Ủy ban nhân dân cấp huyện quyết định tặng danh hiệu thôn" in reply
    assert "Nguồn: Luật số 06/2022/QH15" in reply


async def test_the_law_named_answers_over_a_campaign_passage(chat: Chat) -> None:
    # (not the directive of Kon Tum speaking of "Chủ tịch Hồ Chí Minh" and "thi đua")
    reply = (await chat.send("theo luat tdkt thi chu tich xa duoc tang gi"))[0].text
    assert "Nguồn: Luật số 06/2022/QH15 ngày 15/6/2022 của Quốc hội, Điều 80." in reply


@pytest.mark.parametrize(
    ("words", "named"),
    [
        ("theo luat ho so gom nhung gi", {"luat"}),
        ("luat thi dua khen thuong quy dinh", {"luat"}),
        ("nghi dinh 152 quy dinh ho so", {"nghi dinh"}),
        ("dang bi ky luat thi co duoc khen", set()),
        ("bo thi dua lam luat the nao", set()),
        ("chap hanh phap luat", set()),
        ("bi ky luat 2 nam thi co duoc xet", set()),
        ("ky luat 1 lan", set()),
    ],
)
def test_a_kind_is_named_as_where_the_answer_is(words: str, named: set[str]) -> None:
    names = ["luat | thi dua khen thuong", "nghi dinh | quy dinh chi tiet"]
    assert legal_kinds_named(words.split(), names) == named
