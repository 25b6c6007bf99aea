"""A follow-up pointing at what was just discussed by a word for any matter ("vụ này",
"việc đó", "vấn đề này") is not about the part whose heading says that word."""

import pytest

from tests.conftest import Chat


@pytest.mark.parametrize("pointer", ["vụ này", "việc đó", "vấn đề này"])
async def test_console_reads_a_matter_pointed_at_as_the_subject(chat: Chat, pointer: str) -> None:
    await chat.send("công văn 2021 của bộ tnmt nội dung thi đua thứ hai là gì")
    # not "II. Nhiệm vụ, giải pháp chủ yếu", headed by the "vụ" of "nhiệm vụ"
    await chat.send(f"ai theo dõi đôn đốc {pointer}")
    assert "Vụ trưởng Vụ Thi đua, Khen thưởng và Tuyên truyền chủ trì theo dõi" in chat.text


@pytest.mark.parametrize("pointer", ["các nhiệm vụ đó", "nhiệm vụ này"])
async def test_console_reads_a_compound_ending_on_a_matter_word_as_its_noun(
    chat: Chat, pointer: str
) -> None:
    # "nhiệm vụ" ends on "vụ", yet names the part headed "II. Nhiệm vụ, giải pháp chủ yếu"
    await chat.send("công văn 2021 của bộ tnmt gồm những phần nào")
    await chat.send(f"{pointer} gồm những gì")
    assert "II. Nhiệm vụ, giải pháp chủ yếu" in chat.text
