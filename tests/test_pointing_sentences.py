"""A follow-up whose words the last document says only where it names another document held
("Thông tư 18/2013/TT-BKHCN … trong đó Phụ lục I là mẫu Đơn …") is answered from that
document when the follow-up read alone finds it; the last document's reading keeps its
continuity only for what it says itself, and a reading that left it wins no tie."""

import pytest

from handlers.followups.pointing_sentences import cites, coverage_against
from knowledge import KnowledgeBase
from tests.conftest import Chat

pytestmark = pytest.mark.today


def test_a_sentence_naming_the_circular_counts_not_against_it(kb: KnowledgeBase) -> None:
    decree, circular = (
        kb.document("nd-13-2012-dieu-le-sang-kien"),
        kb.document("tt-18-2013-tt-bkhcn"),
    )
    assert decree is not None and circular is not None
    opening = next(p for p in kb.passages if p.doc.id == decree.id and "Phụ lục I" in p.text)
    words = ["mau", "don"]
    assert coverage_against(words, opening, decree, kb) == 1.0  # its own: all of it counts
    assert coverage_against(words, opening, circular, kb) == 0.0
    assert cites("Thông tư 18/2013/TT-BKHCN hướng dẫn thi hành", circular)
    assert not cites("Điều lệ ban hành kèm theo Nghị định số 13/2012/NĐ-CP", circular)


async def test_the_form_asked_after_the_conditions_is_the_circulars(chat: Chat) -> None:
    await chat.send("sáng kiến cần đáp ứng điều kiện gì để được công nhận")
    reply = (await chat.send("mẫu đơn quy định trong văn bản nào vậy"))[0].text
    assert "Phụ lục I của Thông tư là mẫu Đơn yêu cầu công nhận sáng kiến" in reply
    assert "Thông tư số 18/2013/TT-BKHCN" in reply


async def test_the_end_of_districts_after_the_decree_is_the_restructuring_note(chat: Chat) -> None:
    await chat.send("chu tich xa co tang lao dong tien tien duoc khong")
    reply = (await chat.send("cap huyen khong con tu bao gio"))[0].text
    assert "cấp huyện kết thúc hoạt động trong cả nước từ ngày 01/7/2025" in reply
