"""A "X thì sao" within the document just answered from: the passage that dwells on X, not
one mentioning it in passing; and "đk để …", which asks for conditions, not to register."""

import pytest

from handlers import context
from knowledge import KnowledgeBase
from knowledge.intents import load_intents
from tests.conftest import Chat, shown


@pytest.mark.parametrize(
    ("follow_up", "dwelt_on"),
    [
        # the contents mention inspection ("đổi mới công tác thanh tra, kiểm tra"); the
        # solutions dwell on it
        ("thanh tra thì sao", "tổ chức lực lượng thanh tra theo vùng"),
        # the digital item proposes initiatives in passing; the solutions' item is on them
        ("sang kien thi sao", "Xây dựng cơ chế khuyến khích việc đăng ký các sáng kiến"),
    ],
)
def test_x_thi_sao_is_the_passage_dwelling_on_x(
    kb: KnowledgeBase, follow_up: str, dwelt_on: str
) -> None:
    digital = shown(
        kb,
        "I. Nội dung Phong trào thi đua › mục 2",
        "chuyển đổi số toàn diện ngành",
        "bo tnmt 2021 thi dua chuyen doi so the nao",
    )
    subject = context.subject(follow_up, digital, kb)
    assert subject is not None
    found = context.within(subject, digital, kb)
    assert dwelt_on in found[0].passage.text


async def test_a_same_document_follow_up_leaves_the_passage_just_shown(chat: Chat) -> None:
    answer = await chat.answer_after(
        "bo tnmt 2021 co giao luu the thao van nghe giua cum khoi ko", "con thanh tra thi sao"
    )
    assert "tổ chức lực lượng thanh tra theo vùng" in answer


@pytest.mark.parametrize(
    "typed", ["dk de sang kien dc cong nhan", "đk để được công nhận sáng kiến"]
)
def test_dk_de_asks_for_conditions_not_to_register(typed: str) -> None:
    assert load_intents().readings(typed) == []


async def test_dk_de_is_answered_with_the_conditions(chat: Chat) -> None:
    reply = (await chat.send("dk de sang kien dc cong nhan"))[0].text
    assert "Có tính mới trong phạm vi cơ sở đó" in reply


def test_dk_of_a_registration_is_still_a_request() -> None:
    said = load_intents().readings("đk sáng kiến")
    assert said and said[0].intent.key == "/sangkien"


@pytest.mark.parametrize("follow_up", ["còn về hội đồng tđkt các cấp", "hội đồng tđkt thì sao"])
def test_an_abbreviated_subject_is_the_text_saying_it_in_full_not_the_card(
    kb: KnowledgeBase, follow_up: str
) -> None:
    # the card lists "Thành viên Hội đồng TĐKT tỉnh" among the recipients; item 7 is on
    # "Hội đồng Thi đua - Khen thưởng các cấp"
    awards = shown(kb, "mục 6", "khen thưởng người lao động trực tiếp, vùng sâu", "ct14 ubnd")
    assert awards.doc_id == "kontum-ubnd-ct14-2021"
    subject = context.subject(follow_up, awards, kb)
    assert subject is not None
    found = context.within(subject, awards, kb)
    assert found[0].passage.text.startswith("7. Nâng cao vai trò, trách nhiệm của Hội đồng")
