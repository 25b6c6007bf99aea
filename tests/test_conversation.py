"""Conversations through the whole core: commands, options, questions, failures."""

import pytest

from bot.context import AppContext
from bot.core import MAX_TEXT, BotCore, Routes
from bot.messages import Incoming, Reply
from handlers import ROUTES
from tests.conftest import Chat


async def test_start_offers_the_main_actions(chat: Chat) -> None:
    replies = await chat.send("/start")
    assert "Trợ lý Thi đua" in replies[0].text
    assert [c.value for c in replies[0].choices] == [
        "/phongtrao", "/tieuchi", "/dangkythidua", "/sangkien", "/help",
    ]  # fmt: skip


async def test_campaign_list_puts_open_campaigns_first(chat: Chat) -> None:
    replies = await chat.send("/phongtrao")  # on 25/03/2022
    labels = [c.label for c in replies[0].choices]
    ended = ["đã kết thúc" in label for label in labels]
    assert ended == sorted(ended) and any(ended) and not all(ended)
    assert "đang mở đăng ký" in labels[0]
    assert any("Sóc Trăng" in label for label in labels)
    # Fits one phone screen, and the campaigns are listed once (as the options), not twice.
    assert len(replies[0].text) + sum(len(label) for label in labels) < 700
    assert not any(label in replies[0].text for label in labels)
    assert len({label[:30] for label in labels}) == len(labels)


async def test_number_picks_a_campaign_and_its_criteria(chat: Chat) -> None:
    await chat.send("/phongtrao")
    labels = [c.label for c in chat.last[0].choices]
    number = next(i for i, label in enumerate(labels, 1) if "Sóc Trăng" in label)
    card = await chat.send(str(number))
    assert "Kỷ cương, trách nhiệm, đổi mới, hội nhập, hiệu quả" in card[0].text
    assert "Sở Tài nguyên và Môi trường tỉnh Sóc Trăng" in card[0].text
    parts = [c.label for c in card[0].choices]
    assert "Tiêu chí đối với cá nhân" in parts and "Tổ chức thực hiện" in parts
    criteria = await chat.press("Tiêu chí đối với cá nhân")
    assert "Tích cực học tập nâng cao trình độ chuyên môn" in criteria[-1].text
    assert "Nguồn: Kế hoạch năm 2022" in criteria[-1].text


async def test_option_words_with_a_typo_pick_the_option(chat: Chat) -> None:
    await chat.send("/start")
    replies = await chat.send("cac phong trao thi dau")
    assert replies[0].text.startswith("Các phong trào thi đua")


async def test_number_out_of_range_asks_again(chat: Chat) -> None:
    await chat.send("/start")
    replies = await chat.send("9")
    assert replies[0].text == "Anh/chị hãy chọn một số từ 1 đến 5, hoặc gõ câu hỏi mới."
    assert len(replies[0].choices) == 5


async def test_document_without_criteria_part_shows_who_organises(chat: Chat) -> None:
    await chat.send("/phongtrao")
    await chat.press("UBND Kon Tum")
    replies = await chat.press("Tổ chức thực hiện")
    assert "Giao Sở Nội vụ" in replies[-1].text


async def test_criteria_command_and_shortcut(chat: Chat) -> None:
    replies = await chat.send("/tieuchi")
    text = "\n".join(r.text for r in replies)
    assert "Đối với tập thể" in text and "Đối với cá nhân" in text
    shortcut = await chat.send("/tieuchi ca nhan nam 2021")
    assert "Hoàn thành xuất sắc nhiệm vụ được giao" in shortcut[0].text


async def test_question_is_answered_with_its_source(chat: Chat) -> None:
    replies = await chat.send("Ai ký chỉ thị 14/CT-UBND?")
    assert "Lê Ngọc Tuấn" in replies[0].text
    assert (
        "📄 Nguồn: Chỉ thị số 14/CT-UBND ngày 28/7/2021 của Ủy ban nhân dân tỉnh Kon Tum"
        in replies[0].text
    )


async def test_more_answers_can_be_opened(chat: Chat) -> None:
    replies = await chat.send("tiêu chí thi đua đối với tập thể")
    assert replies[0].choices and replies[0].choices[0].label.startswith("Xem thêm")
    more = await chat.send("1")
    assert "Nguồn:" in more[0].text and more[0].text != replies[0].text


async def test_off_topic_question_is_declined_with_suggestions(chat: Chat) -> None:
    replies = await chat.send("giá xăng RON 95 hôm nay bao nhiêu")
    assert "nằm ngoài phạm vi của tôi" in replies[0].text
    assert any(c.value == "/phongtrao" for c in replies[0].choices)


async def test_an_off_topic_phrase_folding_like_document_words_is_still_declined(
    chat: Chat,
) -> None:
    replies = await chat.send("thủ tục cấp sổ đỏ lần đầu mất bao lâu")
    assert "nằm ngoài phạm vi của tôi" in replies[0].text


async def test_a_message_in_another_language_is_declined_as_off_topic(chat: Chat) -> None:
    replies = await chat.send("write me a SQL query to join two tables")
    assert "nằm ngoài phạm vi của tôi" in replies[0].text
    # Unmarked Vietnamese with the documents' abbreviations is still searched.
    replies = await chat.send("tieu chuan cstd co so theo nd 152 ubnd tinh")
    assert "nằm ngoài phạm vi" not in replies[0].text
    # Shorthand without vowels ("ntn", "dc", "td") is Vietnamese, not another language.
    for text in ("ubnd tinh ktum phat dong td ntn", "lam ntn de dc ldtt", "tc xet cstdcs ntn vay"):
        replies = await chat.send(text)
        assert "nằm ngoài phạm vi" not in replies[0].text, text


async def test_an_email_is_off_topic_only_as_a_contact(chat: Chat) -> None:
    replies = await chat.send("cho em xin dia chi email cua van phong so")
    assert any(
        words in replies[0].text for words in ("nằm ngoài phạm vi", "không gọi điện", "danh bạ")
    )
    replies = await chat.send("gui email bao cao thi dua duoc khong")
    assert "nằm ngoài phạm vi" not in replies[0].text


async def test_greeting_is_not_searched(chat: Chat) -> None:
    replies = await chat.send("xin chào")
    assert replies[0].text.startswith("Chào anh/chị!")


async def test_unknown_command_and_overlong_message(chat: Chat) -> None:
    assert "Tôi chưa hiểu lệnh /abc" in (await chat.send("/abc"))[0].text
    assert "dài quá" in (await chat.send("a" * (MAX_TEXT + 1)))[0].text


@pytest.mark.parametrize(
    "text",
    [
        "<b>tiêu chí</b>",
        "**tiêu chí** _cá nhân_",
        "🎉🎉 tiêu chí 🎉",
        "tiê\u0301u chi\u0301",
        "\x00\x1b",
        "   ",
    ],
)
async def test_hostile_input_gets_a_reply(chat: Chat, text: str) -> None:
    replies = await chat.send(text)
    assert replies and all(r.text for r in replies)


async def test_a_failing_handler_becomes_an_apology(core: BotCore) -> None:
    async def broken(msg: Incoming, ctx: AppContext) -> list[Reply]:
        raise RuntimeError("boom")

    routes = Routes(commands={**ROUTES.commands, "hong": broken}, actions={}, free_text=broken)
    failing = BotCore(core.ctx, routes)
    msg = Incoming(channel="console", user_id="1", chat_id="1", text="/hong")
    replies = await failing.handle(msg)
    assert replies[0].text.startswith("Xin lỗi, hệ thống đang gặp sự cố")


async def test_stale_option_is_reported(chat: Chat) -> None:
    msg = Incoming(channel="console", user_id="1", chat_id="1", choice="nosuch:thing")
    replies = await chat.core.handle(msg)
    assert "không còn hiệu lực" in replies[0].text
