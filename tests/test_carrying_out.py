"""A document named by the one it carries out ("còn cv theo chỉ thị 14 thì gửi ai"): the
letter resting on that directive, not the directive."""

import pytest

from handlers.followups.carrying_out import carrying_out
from handlers.followups.resolving import _kind_alone
from handlers.followups.resting_on import bases, linked_documents, resting_on
from handlers.followups.topic_memory import said_words as words
from knowledge import KnowledgeBase
from tests.conftest import Chat

pytestmark = pytest.mark.today


async def test_the_letter_carrying_out_a_directive_after_another_letter(chat: Chat) -> None:
    await chat.send("cv thi đua đặc biệt covid của sở tnmt kon tum gửi những ai")
    reply = (await chat.send("vậy công văn triển khai ct 14 gửi những đâu"))[0].text
    assert reply.startswith("Kính gửi: Các phòng, đơn vị trực thuộc Sở")
    assert "theo Chỉ thị số 14/CT-UBND" in reply


def test_documents_rest_on_the_ones_their_bases_name(kb: KnowledgeBase) -> None:
    letter = kb.document("kontum-stnmt-2021-ct14")
    law = kb.document("luat-06-2022-qh15")
    assert letter is not None and law is not None
    assert [d.id for d in bases(letter, kb)] == ["kontum-ubnd-ct14-2021"]
    assert {d.id for d in resting_on(law, kb)} == {"nd-129-2025-nd-cp", "nd-152-2025-nd-cp"}
    # linked legal texts are those numbered with their year; a province's directive and the
    # letter carrying it out are not (their numbers have none)
    assert linked_documents("kontum-ubnd-ct14-2021", kb) == ()
    assert "nd-152-2025-nd-cp" in linked_documents("luat-06-2022-qh15", kb)


def test_a_document_carrying_out_one_held(kb: KnowledgeBase) -> None:
    found = carrying_out("còn cv theo chỉ thị 14 thì gửi ai", kb)
    assert found is not None and found.id == "kontum-stnmt-2021-ct14"


@pytest.mark.parametrize("said", ["chỉ thị 14 gửi ai", "cv theo chỉ thị 34 của bộ chính trị"])
def test_no_document_carrying_out(kb: KnowledgeBase, said: str) -> None:
    assert carrying_out(said, kb) is None


async def test_a_follow_up_naming_the_last_documents_kind_alone_is_of_it(chat: Chat) -> None:
    await chat.send("văn phòng sở phải làm gì theo kế hoạch thi đua 2022 của sở tnmt sóc trăng")
    reply = (await chat.send("kh gửi những đâu"))[0].text
    assert reply.startswith("Nơi nhận: UBND tỉnh (để báo cáo)")


async def test_the_circular_guiding_the_charter_asked_for_its_particulars(chat: Chat) -> None:
    await chat.send("điều lệ sáng kiến nđ 13/2012 định nghĩa sáng kiến thế nào")
    reply = (await chat.send("thông tư hướng dẫn nó ai ký"))[0].text
    assert "Nguyễn Quân" in reply.split("📄")[0]


def test_following_up_is_no_carrying_out(kb: KnowledgeBase) -> None:
    directive = kb.document("kontum-ubnd-ct14-2021")
    assert carrying_out("còn ở cv của bộ tnmt 2021 thì ai theo dõi", kb, directive) is None
    assert carrying_out("cv triển khai chỉ thị này gửi ai", kb, directive) is not None


async def test_the_original_directive_named_by_its_number(chat: Chat) -> None:
    await chat.send("cv sở tnmt kon tum triển khai ct 14 theo chủ đề gì")
    reply = (await chat.send("chỉ thị 14 gốc của ubnd tỉnh thì ai ký"))[0].text
    assert reply.startswith("Người ký: Chủ tịch Lê Ngọc Tuấn.")


@pytest.mark.parametrize("said", ["kế hoạch nào nói về covid", "kh máy tính", "kế hoạch đầu năm"])
def test_a_kind_named_in_a_question_of_its_own_is_not_the_last_document(
    kb: KnowledgeBase, said: str
) -> None:
    plan = kb.document("soctrang-stnmt-2022")
    assert not _kind_alone(said, words(said), plan, kb)
    assert _kind_alone("kh gửi những đâu", words("kh gửi những đâu"), plan, kb)
