"""A follow-up naming another held document moves to it (by issuer, province, year, kind),
also after "còn", "thế còn", "quay lại"; "quay lại …", "lúc nãy", "cái trước" go back to a
document this chat read before; what is asked is answered from the document moved to
(handlers/followups/document_switch.py, task i29f)."""

import pytest

from bot.core import BotCore
from handlers.followups.document_switch import (
    _catalogue,
    _fitting,
    _naming,
    _numbered,
    _said,
    moved_to,
)
from knowledge import KnowledgeBase
from tests.conftest import Chat, shown

pytestmark = pytest.mark.today

MINISTRY_THEME = "chu de thi dua 2021 cua bo tnmt"
SOC_TRANG_THEME = "còn sóc trăng năm 2022 thì sao"
MINISTRY_SIGNER = "Trần Hồng Hà"


async def _replies(chat: Chat, *turns: str) -> str:
    """The text of the reply to the last turn, without its source line."""
    for turn in turns:
        await chat.send(turn)
    return chat.text.split("📄")[0]


@pytest.mark.parametrize(
    "back",
    ["quay lai cv cua bo, ai ky vay", "quay lại công văn của bộ, ai ký", "cái trước do ai ký"],
)
async def test_going_back_to_the_ministry_s_letter(chat: Chat, back: str) -> None:
    text = await _replies(chat, MINISTRY_THEME, SOC_TRANG_THEME, back)
    assert MINISTRY_SIGNER in text.splitlines()[0]


async def test_another_body_s_document_named_by_issuer_and_year(chat: Chat) -> None:
    first = "tieu chi ca nhan trong kh thi dua 2022 so tnmt soc trang"
    text = await chat.answer_after(first, "còn cái của bộ năm 2021 thì khác gì")
    assert "Hoàn thành xuất sắc nhiệm vụ được giao" in text  # the ministry's individual criteria


async def test_the_detail_asked_of_the_document_named(chat: Chat) -> None:
    first = "ke hoach thi dua 2022 cua stnmt soc trang nham muc dich gi"
    text = await chat.answer_after(first, "con chu de cua so tnmt kon tum giai doan 2021-2025")
    assert "Đoàn kết, sáng tạo thi đua xây dựng và bảo vệ Tổ quốc" in text


async def test_the_counterpart_of_the_passage_just_read(chat: Chat) -> None:
    # "nội dung tương tự": the plan's item saying what the letter's item just read said
    text = await _replies(
        chat,
        "noi dung thi dua so 3 cua bo tnmt 2021",
        "soc trang 2022 noi dung tuong tu thi noi gi",
    )
    assert "siết chặt kỷ luật, kỷ cương hành chính" in text


async def test_the_documents_read_are_each_person_s_own(core: BotCore) -> None:
    one, other = Chat(core, "2001"), Chat(core, "2002")
    await one.send(MINISTRY_THEME)
    await other.send("chu de thi dua 2022 cua so tnmt soc trang")
    await one.send(SOC_TRANG_THEME)
    # the other person read no letter of the ministry before: nothing to go back to
    text = await _replies(other, "cái trước do ai ký")
    assert MINISTRY_SIGNER not in text
    assert MINISTRY_SIGNER in await _replies(one, "cái trước do ai ký")


@pytest.mark.parametrize(
    ("section", "saying", "query", "follow_up"),
    [
        # a title's audience, not the ministry
        ("Điều 24", "Lao động tiên tiến", "tieu chuan ldtt", "còn bộ đội công an thì sao"),
        # where the decree applies, not Sóc Trăng's plan
        ("Hồ sơ xét tặng", "Tờ trình", "ho so cstdcs", "ở sở tnmt sóc trăng thì ai trình"),
        # the plan the letter cites, pointed at, not Sóc Trăng's
        ("Phần mở đầu", "3510", "cv covid kon tum theo kh nao", "kế hoạch đó ngày nào"),
        # which circular, told where the decree names it
        ("Phần mở đầu", "13/2012", "nd 13 2012", "thông tư hướng dẫn là tt nào"),
    ],
)
def test_what_names_no_other_document(
    kb: KnowledgeBase, section: str, saying: str, query: str, follow_up: str
) -> None:
    topic = shown(kb, section, saying, query)
    assert moved_to(follow_up, topic, kb) is None


@pytest.mark.parametrize(
    "text",
    [
        "còn kế hoạch 2022 của sở tnmt sóc trăng",
        "quay lại cv của bộ năm 2021",
        "thế còn kon tum 2021",
        "chỉ thị 14 của ubnd tỉnh",
        "còn nđ 152 thì sao",
        "năm 2023 thì sao",
    ],
)
def test_the_catalogue_finds_what_checking_every_document_finds(
    kb: KnowledgeBase, text: str
) -> None:
    naming = _naming(_said(text), kb)
    every = [f.doc for f in _catalogue(kb).facts if naming.fits(f)]
    own = [d for d in every if all(_numbered(d, k, n, own=True) for k, n in naming.numbers)]
    assert every
    assert _fitting(naming, kb) == (own or every)
