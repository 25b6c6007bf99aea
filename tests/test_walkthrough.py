"""What walking through the bot as its users turned up: each test is one defect found."""

from tests.conftest import Chat


async def test_an_answer_of_emoji_or_punctuation_only_is_asked_again(chat: Chat) -> None:
    await chat.send("/hoso")
    await chat.send("Nguyễn Văn An")
    for typed in ("😀😀😀", "???", "— —"):
        replies = await chat.send(typed)
        assert "cần có chữ" in replies[0].text, typed
        assert "(2/3)" in replies[-1].text
    await chat.send("Phòng Đất đai")
    assert "cần có chữ" in (await chat.send("👍👍"))[0].text
    assert "(3/3)" in chat.last[-1].text


async def test_a_question_in_a_dialog_is_answered_without_a_dangling_hoac_chon(
    chat: Chat,
) -> None:
    await chat.send("/hoso")
    await chat.send("Nguyễn Văn An")
    for question in ("bảo hiểm y tế là gì?", "xyz abc qwe?"):
        replies = await chat.send(question)
        assert "chọn:" not in replies[0].text.lower(), replies[0].text
        assert replies[0].text.endswith(".")
        assert "(2/3)" in replies[-1].text
