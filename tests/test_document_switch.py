"""A follow-up naming another held document moves to it (by issuer, province, year, kind),
also after "còn", "thế còn", "quay lại"; "quay lại …", "lúc nãy", "cái trước" go back to a
document this chat read before; what is asked is answered from the document moved to
(handlers/followups/document_switch.py, task i29f)."""

from collections import Counter

import pytest

from bench.synthetic import iter_documents
from bot.core import BotCore
from handlers.followups.document_switch import (
    _NAMING_FILLERS,
    _ONLY_ASKING,
    _catalogue,
    _fitting,
    _naming,
    _numbered,
    _one,
    _said,
    moved_to,
)
from handlers.followups.topic_memory import ASKING, JOINING, said_words
from knowledge import Document, KnowledgeBase
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


NAMINGS = [
    "còn kế hoạch 2022 của sở tnmt sóc trăng",
    "quay lại cv của bộ năm 2021",
    "thế còn kon tum 2021",
    "chỉ thị 14 của ubnd tỉnh",
    "còn nđ 152 thì sao",
    "năm 2023 thì sao",
    "soc trang 2022 chu de gi",
    "còn cái của bộ khcn thì sao",
    "quay lại kh của ubnd tỉnh an giang năm 2020",
    "còn luật thi đua khen thưởng thì sao",
    "còn cv covid năm 2021",
    "kế hoạch 3510 của sở tnmt",
]


def _checked_one_by_one(text: str, kb: KnowledgeBase) -> list[Document]:
    naming = _naming(_said(text), kb)
    every = [f.doc for f in _catalogue(kb).facts if naming.fits(f)]
    own = [d for d in every if all(_numbered(d, k, n, own=True) for k, n in naming.numbers)]
    return own or every


def _one_told_by_every_title(fitting: list[Document], text: str, kb: KnowledgeBase) -> object:
    """`_one` as checking every title fitting finds it."""
    if len(fitting) <= 1:
        return fitting[0] if fitting else None
    naming = _naming(_said(text), kb)
    own = set(naming.asked.split()) - ASKING - JOINING - _NAMING_FILLERS - _ONLY_ASKING
    titles = {d.id: own & set(said_words(d.title).split()) for d in fitting}
    said = Counter(w for words in titles.values() for w in words)
    told = [d for d in fitting if any(said[w] == 1 for w in titles[d.id])]
    return told[0] if own and len(told) == 1 else None


@pytest.mark.parametrize("text", NAMINGS)
def test_the_catalogue_finds_what_checking_every_document_finds(
    kb: KnowledgeBase, generated: KnowledgeBase, text: str
) -> None:
    for base in (kb, generated):
        every = _checked_one_by_one(text, base)
        naming = _naming(_said(text), base)
        assert _fitting(naming, base) == every
        facts = _catalogue(base).facts
        places = [i for i, f in enumerate(facts) if f.doc in every]
        assert _one(places, naming, base) == _one_told_by_every_title(every, text, base)
    assert _checked_one_by_one("soc trang 2022 chu de gi", generated)


@pytest.fixture(scope="module")
def generated() -> KnowledgeBase:
    """Hundreds of generated plans (bench/synthetic.py): many fit a province and a year."""
    return KnowledgeBase.from_documents(iter_documents(300))


async def test_the_work_planned_for_the_year_names_no_plan(chat: Chat) -> None:
    # "kế hoạch năm" is what the collective criteria ask, not Sóc Trăng's "Kế hoạch năm 2022"
    reply = await _replies(
        chat,
        "tiêu chí thi đua đối với cá nhân trong văn bản phát động năm 2021 của Bộ TN&MT",
        "Thế tiêu chí cho tập thể về kế hoạch năm thì sao ạ?",
    )
    assert "hoàn thành 100% kế hoạch năm" in reply, reply


async def test_the_work_planned_for_the_year_with_a_clause_after_names_no_plan(
    chat: Chat,
) -> None:
    reply = await _replies(
        chat,
        "cv btnmt phát động thi đua 2021, tiêu chí thi đua đối với cá nhân là gì?",
        "còn đối với tập thể thì kế hoạch năm phải hoàn thành bao nhiêu %?",
    )
    assert "hoàn thành 100% kế hoạch năm" in reply, reply
    assert "Sóc Trăng" not in reply, reply


async def test_the_plan_of_this_year_is_a_plan(chat: Chat) -> None:
    reply = await _replies(chat, "tiêu chí cá nhân bộ tnmt 2021", "còn kế hoạch năm 2022 thì sao")
    # Sóc Trăng's plan of 2022, its criteria for individuals
    assert "đăng ký sáng kiến; có sáng kiến cải tiến kỹ thuật" in reply, reply


async def test_the_plan_of_a_year_named_by_its_province_is_that_plan(chat: Chat) -> None:
    reply = await _replies(chat, "tiêu chí cá nhân bộ tnmt 2021", "còn kế hoạch năm của sóc trăng")
    assert "Có đăng ký chỉ tiêu thi đua, đăng ký sáng kiến" in reply, reply


async def test_the_audience_typed_picks_the_part_of_the_document_moved_to(chat: Chat) -> None:
    """After the ministry's criteria for individuals (its leaders), "sóc trăng 2022 tiêu chí
    tập thể có khác không" is the plan's part for collectives, not the one for individuals
    that stands where the last part did."""
    await chat.send("tieu chi tap the theo cv bo tnmt 2021 la gi")
    await chat.send("còn cá nhân là lãnh đạo thì sao")
    reply = (await chat.send("the soc trang nam 2022 tieu chi tap the co khac ko"))[0].text
    assert reply.startswith("1. Đối với tập thể:")
    assert "Sóc Trăng" in reply.split("📄")[1]
