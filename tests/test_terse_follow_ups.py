"""Terse follow-ups typed on phones (1–4 words): a slot (place, level, audience, body,
"giờ", article, what the answer named) applied to the last answer's document or question."""

import pytest

from handlers import context
from tests.conftest import Chat

pytestmark = pytest.mark.today


async def last(chat: Chat, *said: str) -> str:
    """The text of the bot's answer to the last message, the others sent before it."""
    reply = ""
    for text in said:
        reply = "\n".join(r.text for r in await chat.send(text))
    return reply.split("📄")[0]


@pytest.mark.parametrize("text", ["ở sóc trăng?", "sóc trăng?", "ở xã?", "cấp tỉnh", "tập thể?"])
def test_a_slot_typed_alone_is_a_follow_up(text: str) -> None:
    assert context.asked_instead(text) is not None


@pytest.mark.parametrize("text", ["bộ đó giờ?", "tỉnh đó giờ?", "phòng huyện giờ?", "kon tum à"])
def test_a_slot_with_words_of_its_own_is_not_one_alone(text: str) -> None:
    assert context.asked_instead(text) is None


@pytest.mark.parametrize("level", ["ở xã?", "o phuong", "cap xa?"])
async def test_a_level_typed_alone_asks_the_same_of_that_level(chat: Chat, level: str) -> None:
    reply = await last(chat, "ở sở ai quyết định tặng lđtt", level)
    assert "Chủ tịch Ủy ban nhân dân cấp xã quyết định tặng" in reply


async def test_a_place_typed_alone_keeps_what_was_asked(chat: Chat) -> None:
    """ "ở sóc trăng?" after the ministry's collective criteria: Sóc Trăng's, not the
    opening of its plan (the ministry's "cv" is no kind of Sóc Trăng's plan)."""
    said = ("tieu chi thi dua ca nhan trong cv btnmt 2021", "còn tập thể?", "ở sóc trăng?")
    assert "không đi trễ về sớm" in await last(chat, *said)


@pytest.mark.parametrize(
    ("first", "place"),
    [
        ("chủ đề thi đua 2022 của sở tnmt sóc trăng", "thành phố Cần Thơ"),
        ("chi thi 14 ubnd tinh kon tum ve thi dua ai ky", "tỉnh Quảng Ngãi"),
        ("chu de thi dua cua ubnd kon tum 2021", "tỉnh Quảng Ngãi"),
    ],
)
@pytest.mark.parametrize("now", ["tỉnh đó giờ?", "tinh ay bay gio"])
async def test_that_province_now_is_the_issuer_province(
    chat: Chat, first: str, place: str, now: str
) -> None:
    assert place in await last(chat, first, now)


async def test_that_province_is_the_one_the_last_question_named(chat: Chat) -> None:
    # answered from the note on departments, which is of no province: Sóc Trăng's merger
    reply = await last(
        chat,
        "Còn Sở TN&MT Sóc Trăng cụ thể thì nay thuộc đâu ạ?",
        "Việc sáp nhập tỉnh đó tính từ ngày nào ạ?",
    )
    assert "sáp nhập tỉnh Sóc Trăng và tỉnh Hậu Giang" in reply, reply


async def test_the_district_offices_now_after_a_letter_sent_to_them(chat: Chat) -> None:
    said = ("cv stnmt kon tum phat dong thi dua theo ct14 gui ai", "ai ký", "phòng huyện giờ?")
    assert "cấp huyện kết thúc hoạt động" in await last(chat, *said)


async def test_a_body_typed_alone_is_looked_for_in_the_last_plan(chat: Chat) -> None:
    said = ("kh thi đua sóc trăng 2022 văn phòng sở làm gì", "thủ trưởng đơn vị?")
    assert "Phổ biến và triển khai quán triệt nội dung của Kế hoạch này" in await last(chat, *said)


@pytest.mark.parametrize("asked", ["căn cứ khoản nào", "dựa vào điều mấy", "can cu dieu nao"])
async def test_the_grounds_asked_are_the_article_the_passage_rests_on(
    chat: Chat, asked: str
) -> None:
    reply = await last(chat, "hồ sơ thủ tục xét lđtt, cstđcs do ai quy định", asked)
    assert "khoản 7 Điều 84 của Luật Thi đua, khen thưởng" in reply


@pytest.mark.parametrize("asked", ["căn cứ khoản nào", "theo điều nào của luật"])
async def test_the_article_a_decree_rests_on_is_quoted_with_where_it_is(
    chat: Chat, asked: str
) -> None:
    # the passage's own words ("theo …") and its article; of the law asked, the article the
    # passage cites, not the law's article on the title
    reply = await last(chat, "hồ sơ thủ tục xét lđtt, cstđcs do ai quy định", asked)
    assert "“Điều 6 (phân cấp quy định hồ sơ, thủ tục cho bộ, ban, ngành, tỉnh)”" in reply
    assert "(Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ)" in reply
    assert "“theo khoản 7 Điều 84 của Luật Thi đua, khen thưởng”" in reply


async def test_which_article_after_a_bonus_also_names_the_title_article_of_the_law(
    chat: Chat,
) -> None:
    reply = await last(chat, "muon len chien si thi dua cap tinh can gi", "thưởng bn", "điều mấy")
    assert "Điều 50" in reply and "Điều 22" in reply


@pytest.mark.parametrize("asked", ["chủ đề của ai", "chu de nay tu dau ra"])
async def test_the_theme_named_alone_is_the_theme_just_told(chat: Chat, asked: str) -> None:
    reply = await last(chat, "cv so tnmt kon tum theo ct 14 chu de thi dua la gi", asked)
    assert "do Thủ tướng Chính phủ phát động" in reply


async def test_a_decree_in_force_says_since_which_day(chat: Chat) -> None:
    said = ("khen thuong dot xuat co dung de de nghi cap tren khen cong trang ko", "nđ nào")
    assert "có hiệu lực từ ngày 01/7/2025" in await last(chat, *said, "còn hiệu lực ko")


async def test_a_body_of_a_province_is_the_note_s_part_on_that_body(chat: Chat) -> None:
    # after the part on the district offices: the department, not the province's part
    reply = await last(
        chat,
        "cv so tnmt kon tum theo ct14 gui toi nhung ai",
        "phong tnmt huyen do gio con ko",
        "con so tnmt kon tum gio thuoc dau",
    )
    assert "Kon Tum nay thuộc Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi" in reply, reply


async def test_an_enterprise_is_asked_of_as_a_level_is(chat: Chat) -> None:
    # after who decides at the commune (the decree of 2025): the law's clause on enterprises
    reply = await last(
        chat,
        "ai quyết định tặng lao động tiên tiến ở sở ạ",
        "con o xa",
        "thế doanh nghiệp thì sao",
    )
    assert "Tổng giám đốc, Giám đốc doanh nghiệp, hợp tác xã quyết định tặng" in reply, reply


async def test_an_enterprise_after_no_level_is_what_the_document_tells_them(chat: Chat) -> None:
    # after a directive's recipients, not its recipients again
    reply = await last(chat, "chỉ thị 14 kon tum gửi cho những ai", "còn doanh nghiệp thì sao")
    assert "doanh nghiệp đóng trên địa bàn tỉnh" in reply, reply
    assert not reply.startswith("Nơi nhận"), reply
