"""A letter carrying out a directive and the directive itself: a question naming the
directive by its number is answered from it, not from the letter whose title repeats that
number; a follow-up moving along the link ("chỉ thị đó", "nó") gets the directive's own
passage, not its card; and a follow-up asking for the detail of the passage just read gets it
again rather than another passage saying one of its words."""

import pytest

from knowledge import KnowledgeBase
from tests.conftest import Chat

pytestmark = pytest.mark.today

DIRECTIVE = "kontum-ubnd-ct14-2021"
LETTER = "kontum-stnmt-2021-ct14"


@pytest.mark.parametrize(
    "question",
    [
        "chỉ thị số 14/CT-UBND giao cơ quan nào theo dõi đôn đốc",
        "ct 14/CT-UBND giao ai theo doi don doc ket qua",
    ],
)
def test_a_directive_named_by_its_number_answers_before_the_letter_carrying_it_out(
    kb: KnowledgeBase, question: str
) -> None:
    assert kb.search(question)[0].passage.doc.id == DIRECTIVE


def test_the_letter_is_still_found_when_the_question_names_its_issuer(kb: KnowledgeBase) -> None:
    hits = kb.search("sở tnmt kon tum triển khai chỉ thị 14 giao ai theo dõi đôn đốc")
    assert hits[0].passage.doc.id == LETTER


async def test_what_the_directive_named_by_the_letter_assigns_is_its_own_item(
    chat: Chat,
) -> None:
    await chat.send("công văn của sở tnmt kon tum năm 2021 thực hiện chỉ thị nào")
    await chat.send("chỉ thị đó do ai ký")
    reply = (await chat.send("nó giao cơ quan nào đôn đốc, theo dõi"))[0].text
    assert "Giao Sở Nội vụ" in reply


async def test_the_basis_of_the_directive_named_by_the_letter_is_its_opening(
    chat: Chat,
) -> None:
    await chat.send("sở tnmt kon tum phát động thi đua 2021-2025 theo văn bản nào")
    reply = (await chat.send("chỉ thị đó thực hiện chỉ thị nào của thủ tướng"))[0].text
    assert "Chỉ thị số 19/CT-TTg ngày 16 tháng 7 năm 2021" in reply


async def test_the_detail_asked_of_the_section_just_read_is_that_section(chat: Chat) -> None:
    await chat.send("chỉ thị 14 ubnd kon tum chống dịch theo tinh thần nghị quyết nào")
    reply = (await chat.send("vậy cụ thể là các giải pháp gì"))[0].text
    assert "truy vết thần tốc" in reply
