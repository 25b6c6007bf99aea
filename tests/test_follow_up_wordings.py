"""Follow-ups worded as staff type them on a phone: the letters of a document's kind ("vb",
"nq"), and the kind of the document just named ("công văn này" after "căn cứ văn bản nào")."""

import pytest

from handlers import context, named_things, source_questions
from tests.conftest import Chat

pytestmark = pytest.mark.today


def test_a_named_document_is_pointed_at_by_its_own_kind() -> None:
    letter = named_things.Named("van ban", "Công văn số 8240/BTNMT-TĐKTTT")
    assert named_things.pointer("cong van nay ngay bao nhieu", letter) == "cong van nay"
    # another kind is not the letter: it is looked for among the documents cited
    assert named_things.pointer("chi thi nay ngay bao nhieu", letter) is None


@pytest.mark.parametrize("text", ["vb đó ban hành ngày nào", "vb nay ai ky"])
def test_vb_points_back_as_van_ban_does(text: str) -> None:
    assert context.points_back(text)


@pytest.mark.parametrize("text", ["theo nq nào", "dựa trên vb nào", "căn cứ cv nào"])
def test_a_kind_in_letters_asks_for_the_source(text: str) -> None:
    assert source_questions.asks(text)


async def test_the_letter_just_named_is_this_one(chat: Chat) -> None:
    await chat.send("kh thi đua 2022 của sở tnmt sóc trăng chủ đề là gì")
    await chat.send("căn cứ cv nào của bộ")
    reply = (await chat.send("cv này ngày bao nhiêu"))[0].text
    assert "31/12/2021" in reply.split("📄")[0]


async def test_the_resolution_asked_for_in_letters(chat: Chat) -> None:
    await chat.send("sở tnmt sóc trăng giờ thuộc đâu")
    await chat.send("còn kon tum thì sao")
    assert "202/2025/QH15" in (await chat.send("theo nq nao"))[0].text


@pytest.mark.parametrize(
    ("text", "asked"),
    [("thế kon tum?", "kon tum"), ("vậy tập thể", "tap the"), ("thế cấp tỉnh thì sao", "cap tinh")],
)
def test_a_bare_name_after_the_or_vay_asks_as_con_does(text: str, asked: str) -> None:
    assert context.asks_for_another(text)
    assert context._follow_up_rest(context.said_words(text)) == asked


@pytest.mark.parametrize(
    "text", ["thế à", "vậy thôi", "vậy em đăng ký luôn", "thế thì ai ký", "vậy đăng ký thi đua"]
)
def test_a_remark_or_a_question_after_the_or_vay_names_nothing(text: str) -> None:
    assert not context.asks_for_another(text)


async def test_the_same_body_of_another_province_asked_as_the(chat: Chat) -> None:
    await chat.send("sở tnmt sóc trăng giờ là cơ quan nào")
    reply = (await chat.send("thế kon tum"))[0].text
    assert "Quảng Ngãi" in reply.split("📄")[0]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("con bo do gio con ko", "bo do gio con ko"),
        ("thế còn sở đó bây giờ là sở gì", "sở đó bây giờ là sở gì"),
        ("còn sở đó thì sao", "còn sở đó thì sao"),  # asks nothing of now: "còn" carries it
        ("còn luật này hiện nay còn hiệu lực không", "còn luật này hiện nay còn hiệu lực không"),
    ],
)
def test_con_before_the_issuer_pointed_at_and_asked_of_now_only_ties(text: str, read: str) -> None:
    assert context.pointing_by_itself(text) == read


async def test_what_the_ministry_just_named_is_now(chat: Chat) -> None:
    await chat.send("chu de thi dua 2021 cua btnmt la gi")
    await chat.send("vb do ai ky")
    reply = (await chat.send("con bo do gio con ko"))[0].text
    assert "Bộ Nông nghiệp và Môi trường" in reply.split("📄")[0], reply


async def test_a_level_alone_after_a_body_the_letter_named_asks_that_level_s(chat: Chat) -> None:
    # "của sở" was the Sở's own, its letter's: "cấp tỉnh" is the province's directive's
    await chat.send("cv của sở tnmt kon tum về ct14 thì khen thưởng cần chú trọng gì")
    await chat.send("ai là cơ quan thường trực hội đồng tđkt của sở")
    reply = (await chat.send("o cap tinh thi sao"))[0].text
    assert "Giao Sở Nội vụ" in reply.split("📄")[0], reply


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("nguyen tac do o dieu may", True),  # what was just read, pointed at: its article
        ("danh hiệu đó theo nghị định nào", False),  # the title's own rule, not the source
        ("thế hiện nay căn cứ văn bản nào", False),  # "hiện nay" points at nothing
    ],
)
def test_the_article_of_what_was_just_read_pointed_at_is_its_source(text: str, asks: bool) -> None:
    assert source_questions.asks(text) is asks


async def test_the_article_of_a_principle_just_read(chat: Chat) -> None:
    await chat.send("nữ lãnh đạo xét khen thưởng quá trình cống hiến có ưu tiên gì ko")
    reply = (await chat.send("nguyen tac do o dieu may"))[0].text
    assert "Điều 4. Nguyên tắc xét danh hiệu thi đua" in reply.split("📄")[0], reply
