"""Words after "luật" that name no law: a verb going on with the sentence ("luật thông qua
ngày nào", "luật ban hành khi nào") and a "luật" closed by a comma, which is the law already
spoken of ("quay lại luật, cstđ cơ sở thì ai quyết định tặng"). Such questions are answered
from the law held instead of declined as asking of a law the bot does not hold."""

import pytest

from knowledge import KnowledgeBase
from knowledge.held import law_not_held
from tests.conftest import Chat

pytestmark = pytest.mark.today

DECLINED = "Xin lỗi, kho văn bản của tôi chưa có"


@pytest.mark.parametrize(
    "text",
    [
        "luat ban hanh ngay nao",
        "luật thông qua ngày nào",
        "quay lại luật, cstđ cơ sở thì ai quyết định tặng ở sở",
        "quay lai luat, thong qua o ky hop nao",
    ],
)
def test_a_verb_or_a_comma_after_luat_names_no_law(kb: KnowledgeBase, text: str) -> None:
    assert law_not_held(text, kb) is None


def test_a_law_named_by_such_words_is_still_one(kb: KnowledgeBase) -> None:
    named = law_not_held("Luật Ban hành văn bản quy phạm pháp luật quy định gì", kb)
    assert named is not None and named.startswith("Luật Ban")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("luat thi dua khen thuong ban hanh nam nao", "thông qua ngày 15/6/2022"),
        ("nđ 152 ban hành năm nào", "Nghị định số 152/2025/NĐ-CP ngày 14/6/2025"),
        ("thông tư 18 năm nào ban hành", "Thông tư số 18/2013/TT-BKHCN ngày 01/8/2013"),
    ],
)
async def test_the_year_a_text_was_issued_is_asked_as_its_date(
    chat: Chat, text: str, said: str
) -> None:
    reply = (await chat.send(text))[0].text
    assert reply.startswith(said) or said in reply.split("\n")[0], reply


async def test_back_to_the_law_after_a_comma_is_answered_from_it(chat: Chat) -> None:
    await chat.send("cstdcs can tieu chuan gi theo luat moi")
    await chat.send("thế kh thi đua sóc trăng 2022 đòi cá nhân phải có gì")
    reply = (await chat.send("quay lại luật, cstđ cơ sở thì ai quyết định tặng ở sở"))[0].text
    assert not reply.startswith(DECLINED), reply
    assert "Thủ trưởng cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh" in reply


async def test_when_the_law_was_passed_is_answered(chat: Chat) -> None:
    reply = (await chat.send("luật thông qua ngày nào"))[0].text
    assert "15/6/2022" in reply.split("📄")[0], reply
