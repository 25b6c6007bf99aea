"""A conversation about a title where a follow-up changes one thing and keeps the rest: the
title (its bonus asked of another), the aspect (who decides the title just discussed), the
people its article grants it to ("còn bộ đội"); and a title question citing the text its
answer comes from ("theo nđ 152")."""

import pytest

from handlers import context, title_questions
from knowledge import KnowledgeBase
from knowledge.titles_answers import asks_about_title, decides_asked, words
from tests.conftest import Chat, shown

pytestmark = pytest.mark.today


@pytest.mark.parametrize(
    ("question", "section"),
    [
        ("cstđ cấp tỉnh thưởng bao nhiêu theo nđ 152", "Điều 50. Mức tiền thưởng"),
        ("muc thuong tap the lao dong tien tien theo nghi dinh 152", "Điều 50. Mức tiền thưởng"),
        ("tieu chuan cstdcs theo luat 06/2022/qh15", "Điều 23."),
    ],
)
def test_a_title_question_citing_the_text_it_is_answered_from(
    kb: KnowledgeBase, question: str, section: str
) -> None:
    found = kb.title_answer(question)
    assert found is not None and found.passage.section.startswith(section), question


def test_a_title_question_citing_another_text_is_left_to_the_search(kb: KnowledgeBase) -> None:
    assert kb.title_answer("ho so cstdcs theo qd 638/qd-bnv") is None


@pytest.mark.parametrize(
    "question",
    ["o so ai quyet", "ai ky qd tang cstdcs", "ở sở ai ký qđ công nhận lđtt", "qd tang lđtt"],
)
def test_who_decides_in_the_chat_s_shorthand(question: str) -> None:
    folded = words(question)
    assert decides_asked(folded) and asks_about_title(folded), question


@pytest.mark.parametrize(
    ("follow_up", "expected"),
    [("con bo doi", "bo doi ldtt"), ("thế công an thì sao", "cong an ldtt")],
)
def test_other_people_of_the_article_shown(
    kb: KnowledgeBase, follow_up: str, expected: str
) -> None:
    article = shown(kb, "Điều 24.", "nông dân", "nong dan co duoc ldtt khong")
    assert context.resolve(follow_up, article, kb) == expected


def test_people_the_article_does_not_speak_of_are_no_audience(kb: KnowledgeBase) -> None:
    article = shown(kb, "Điều 24.", "nông dân", "nong dan co duoc ldtt khong")
    resolved = context.resolve("con hoc sinh", article, kb) or ""
    assert not resolved.startswith("hoc sinh ldtt")


def test_words_of_the_article_other_than_whom_it_grants_to_are_no_audience(
    kb: KnowledgeBase,
) -> None:
    article = shown(kb, "Điều 28.", "70%", "tap the ldtt can bao nhieu phan tram")
    assert context.resolve("the muc tren 50% thi sao", article, kb) != "muc tren 50 tap the ldtt"


def test_an_individual_title_s_audience_tells_no_clause(kb: KnowledgeBase) -> None:
    focus = title_questions.focus("còn Lao động tiên tiến của cá nhân thì tiêu chuẩn là gì", kb)
    assert "cá nhân" not in focus and "Lao động tiên tiến" in focus


async def test_the_bonus_asked_of_one_title_then_of_others(chat: Chat) -> None:
    await chat.send("lđtt được thưởng mấy lần lương cơ sở theo nđ 152")
    reply = (await chat.send("vậy còn chiến sĩ thi đua cấp tỉnh"))[0].text
    assert "3,0 lần mức lương cơ sở" in reply
    reply = (await chat.send("cờ thi đua cấp tỉnh thì sao"))[0].text
    assert "8,0 lần mức lương cơ sở" in reply


async def test_the_bonus_of_a_flag_then_of_a_body_only_the_decree_names(chat: Chat) -> None:
    await chat.send("cờ thi đua của bộ được thưởng bao nhiêu")
    reply = (await chat.send("còn đhqg"))[0].text
    assert "6,0 lần mức lương cơ sở" in reply


async def test_the_standards_then_who_decides_at_a_department(chat: Chat) -> None:
    await chat.send("điều kiện để được tập thể lao động tiên tiến")
    reply = (await chat.send("ở sở thì ai quyết"))[0].text
    assert "Thủ trưởng cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh" in reply


async def test_other_people_then_the_bonus(chat: Chat) -> None:
    await chat.send("cong nhan co duoc xet lao dong tien tien khong")
    reply = (await chat.send("thế bộ đội thì sao"))[0].text
    assert "quân nhân, công nhân, công chức, viên chức quốc phòng" in reply
    reply = (await chat.send("thưởng bn"))[0].text
    assert "0,3 lần mức lương cơ sở" in reply


def test_a_title_named_as_the_search_reads_it_is_carried(kb: KnowledgeBase) -> None:
    bonus = shown(kb, "Điều 50.", "Cờ thi đua của Chính phủ", "co thi dua cp thuong bao nhieu")
    # ("cờ của tỉnh" names the province's flag itself: its name in the catalogue)
    assert (
        context.resolve("con co cua tinh", bonus, kb) == "co thi dua cap bo tinh thuong bao nhieu"
    )


@pytest.mark.parametrize(
    ("query", "follow_up", "expected"),
    [
        (
            "chien si thi dua co so thuong bao nhieu",
            "con co cua bo",
            "co thi dua cap bo tinh thuong",
        ),
        ("lđtt thưởng bao nhiêu", "thế cờ của tỉnh", "co thi dua cap bo tinh thuong"),
    ],
)
def test_another_title_s_head_at_a_level(
    kb: KnowledgeBase, query: str, follow_up: str, expected: str
) -> None:
    bonus = shown(kb, "Điều 50.", "Chiến sĩ thi đua cơ sở", query)
    assert (context.resolve(follow_up, bonus, kb) or "").startswith(expected)


@pytest.mark.parametrize(
    ("follow_up", "marked"),
    [
        ("toàn quốc nữa ạ", "còn toàn quốc"),
        ("thế toan quoc nua", "thế còn toàn quốc"),
        ("cờ của tỉnh nữa", "còn cờ của tỉnh"),
    ],
)
def test_a_short_message_ending_in_nua_asks_as_con_does(
    kb: KnowledgeBase, follow_up: str, marked: str
) -> None:
    article = shown(kb, "Điều 22.", "03 lần liên tục", "tiêu chuẩn chiến sĩ thi đua cấp tỉnh")
    expected = context.resolve(marked, article, kb)
    assert expected is not None
    assert context.resolve(follow_up, article, kb) == expected


@pytest.mark.parametrize(
    "follow_up", ["còn gì nữa không", "ai nữa", "cái gì nữa", "ạ nữa", "nữa nữa", "thế nữa ạ"]
)
def test_what_else_is_asked_by_nua_is_no_other_slot(follow_up: str) -> None:
    assert context._also_asked(context.said_words(follow_up)) is None


@pytest.mark.parametrize(
    "stop", ["đừng nhắc em nữa nhé", "thoi dung nhac e nua", "không cần nhắc nữa"]
)
async def test_nua_after_a_negation_is_anymore_not_a_follow_up(chat: Chat, stop: str) -> None:
    await chat.send("tiêu chuẩn lao động tiên tiến")
    reply = (await chat.send(stop))[0].text
    assert "Nhắc hạn: đang tắt" in reply


async def test_a_title_named_as_members_share_is_not_the_one_talked_of(chat: Chat) -> None:
    await chat.send("tiêu chuẩn tập thể lao động tiên tiến là gì")
    await chat.send("nghe nói chỉ cần trên 50% lđtt là đủ")
    reply = (await chat.send("vậy thưởng bao nhiêu"))[0].text
    assert "0,8 lần mức lương cơ sở" in reply.split("📄")[0]


async def test_the_title_kept_after_a_share_is_still_talked_of(chat: Chat) -> None:
    await chat.send("tap the lao dong tien tien can may % lđtt")
    await chat.send("truoc la tren 50% ma")
    reply = (await chat.send("ai quyet"))[0].text
    assert "Thủ trưởng cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh" in reply
