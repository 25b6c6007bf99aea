"""What walking through the bot as its users turned up: each test is one defect found."""

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import open_core
from bot.clock import FixedClock
from bot.settings import Settings
from handlers.phone_answer import FIRST_MESSAGE
from knowledge import KnowledgeBase
from tests.conftest import Chat
from tests.test_dialogs import make_profile
from tests.test_offers_now import LATER


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


@pytest.fixture
async def desk(kb: KnowledgeBase, tmp_path: Path, clock: FixedClock) -> AsyncIterator[Chat]:
    settings = Settings.from_env(
        {"THIDUA_DB": str(tmp_path / "thidua.sqlite3"), "THIDUA_ADMINS": "console:9"}
    )
    async with open_core(settings, kb, clock) as opened:
        yield Chat(opened, "9")


@pytest.mark.parametrize("command", ["/thongke", "/xuatexcel", "/donvicuatoi"])
async def test_campaign_options_differ_within_thirty_characters(desk: Chat, command: str) -> None:
    """Two Kon Tum campaigns of 2021 looked alike ("Sở TN&MT Kon Tum 2021 – Phát đ…")."""
    labels = [c.label for r in await desk.send(command) for c in r.choices]
    campaign_labels = [label for label in labels if "Kon Tum" in label]
    assert len(campaign_labels) >= 3, labels
    assert len({label[:30] for label in campaign_labels}) == len(campaign_labels), labels
    assert any(label.startswith("Sở TN&MT Kon Tum 2021-2025") for label in campaign_labels)


async def test_help_for_staff_fits_a_phone(chat: Chat) -> None:
    replies = await chat.send("/help")
    assert len(replies) == 1 and len(replies[0].text) <= FIRST_MESSAGE
    assert "/nhacnho" in replies[0].text and "không dấu" in replies[0].text


async def test_typing_the_dialogs_own_command_again_resumes_it(chat: Chat) -> None:
    await make_profile(chat)
    await chat.send("/dangkythidua")
    replies = await chat.send("/dangkythidua")
    assert "tạm dừng" not in chat.text and "dở" not in chat.text, chat.text
    assert replies[-1].text.startswith("(1/4)")
    assert "(2/4)" in (await chat.send("Sóc Trăng"))[-1].text


async def test_quaylai_on_a_paused_dialog_resumes_it(chat: Chat) -> None:
    await make_profile(chat)
    await chat.send("/dangkythidua")
    await chat.send("Sóc Trăng")
    await chat.send("/phongtrao")  # pauses the dialog
    replies = await chat.send("/quaylai")
    assert "không có việc đăng ký nào" not in chat.text, chat.text
    assert replies[-1].text.startswith("(1/4)")


@pytest.mark.parametrize("typed", ["😀", "👍👍", "...", "?"])
async def test_emoji_or_punctuation_alone_gets_a_gentle_prompt_not_a_refusal(
    chat: Chat, typed: str
) -> None:
    replies = await chat.send(typed)
    assert "chưa tìm thấy" not in replies[0].text
    assert "/help" in replies[0].text
    ctx = chat.core.ctx
    assert await ctx.storage.declined.open_since(ctx.clock.now() - dt.timedelta(days=1)) == []


async def test_a_request_typed_at_a_free_text_step_is_not_taken_as_the_answer(
    chat: Chat,
) -> None:
    await make_profile(chat)
    for answer in ("/dangkythidua", "Sóc Trăng", "1"):
        await chat.send(answer)
    assert chat.last[-1].text.startswith("(3/4)")
    replies = await chat.send("xem bản đăng ký của tôi")
    assert "/cuatoi" in replies[0].text
    assert replies[-1].text.startswith("Quay lại đăng ký thi đua:\n(3/4)")


async def test_the_titles_step_names_the_law_once_and_fits_a_phone(chat: Chat) -> None:
    await make_profile(chat)
    for answer in ("/dangkythidua", "Sóc Trăng"):
        await chat.send(answer)
    asked = chat.last[-1].text
    assert asked.startswith("(2/4)") and len(asked) <= FIRST_MESSAGE, len(asked)
    assert asked.count("06/2022/QH15") == 1 and "(Điều 24)" in asked


async def test_an_empty_review_queue_says_so_and_offers_no_empty_groups(desk: Chat) -> None:
    replies = await desk.send("/duyet")
    assert replies[0].text.startswith("Hiện không có bản đăng ký nào chờ xử lý.")
    assert not any(c.label.endswith("chờ xử lý") for c in replies[0].choices)
    assert any(c.label == "Đã duyệt" for c in replies[0].choices)


async def test_a_unit_without_silent_people_shows_no_empty_heading(desk: Chat) -> None:
    head = Chat(desk.core, "6")
    await make_profile(head, head=True)
    await head.send("/donvicuatoi")
    lines = (await head.press("Sóc Trăng"))[0].text.splitlines()
    assert not any(line.endswith("(0):") for line in lines), lines
    assert "Chưa từng nhắn với bot: không có." in lines


async def test_the_campaign_list_says_open_ones_come_first_only_when_one_is_open(
    chat: Chat, clock: FixedClock
) -> None:
    assert "đang mở ở trên" in (await chat.send("/phongtrao"))[0].text
    clock.advance(dt.timedelta(days=365 * 5))
    assert "đang mở ở trên" not in (await chat.send("/phongtrao"))[0].text


async def test_criteria_come_a_part_at_a_time_each_message_fitting_a_phone(
    chat: Chat, clock: FixedClock
) -> None:
    clock.advance(LATER)  # today: two campaigns with criteria, both ended, are offered
    await chat.send("/tieuchi")
    first = await chat.press("Sóc Trăng")
    assert "Đối với tập thể" in first[0].text and "Đối với cá nhân" in first[0].text
    assert [c.label for c in first[0].choices] == ["Đối với tập thể", "Đối với cá nhân"]
    shown = await chat.press("Đối với tập thể")
    assert all(len(r.text) <= FIRST_MESSAGE for r in shown), [len(r.text) for r in shown]
    assert "📄 Nguồn: Kế hoạch năm 2022" in shown[0].text
    rest = await chat.press("Xem thêm")
    assert "không có nhiệm vụ quá hạn" in rest[0].text


async def test_a_note_about_the_deadlines_below_stands_above_them(chat: Chat) -> None:
    lines = (await chat.send("/hanchot"))[0].text.splitlines()
    note = next(i for i, line in enumerate(lines) if "các hạn dưới đây" in line)
    first = next(i for i, line in enumerate(lines) if line.startswith("• "))
    assert note < first, lines
    await chat.send("/phongtrao")
    card = (await chat.press("Sở TN&MT Sóc Trăng"))[0].text.splitlines()
    note = next(i for i, line in enumerate(card) if "các hạn dưới đây" in line)
    first = next(i for i, line in enumerate(card) if line.startswith("• "))
    assert note < first, card


async def test_suahan_with_no_campaign_to_date_says_so_instead_of_an_empty_choice(
    desk: Chat, clock: FixedClock
) -> None:
    assert (await desk.send("/suahan"))[-1].choices  # 2022: campaigns to date
    await desk.send("/huy")
    clock.advance(LATER)
    replies = await desk.send("/suahan")
    assert "không có phong trào nào" in replies[0].text and "/themvanban" in replies[0].text
    assert await desk.core.ctx.storage.dialog("console", "9") is None


async def test_after_a_pause_a_typed_number_picks_from_the_list_shown_not_the_note(
    chat: Chat, clock: FixedClock
) -> None:
    """The console and Zalo number each reply's options from 1: only one reply may have them."""
    await make_profile(chat)
    await chat.send("/dangkythidua")
    clock.advance(dt.timedelta(minutes=31))
    replies = await chat.send("/phongtrao")
    assert "/tieptuc" in replies[0].text
    assert sum(bool(r.choices) for r in replies) == 1
    card = await chat.send("1")
    assert card[0].text.startswith("Công văn"), card[0].text


@pytest.mark.parametrize("typed", ["/start", "xin chào", "giá vàng hôm nay bao nhiêu"])
async def test_main_options_offer_registering_only_when_a_campaign_accepts_it(
    chat: Chat, clock: FixedClock, typed: str
) -> None:
    offered = [c.value for c in (await chat.send(typed))[0].choices]
    assert "/dangkythidua" in offered and "/phongtrao" in offered
    clock.advance(LATER)
    offered = [c.value for c in (await chat.send(typed))[0].choices]
    assert not {"/dangkythidua", "/sangkien"} & set(offered), offered
    assert "/phongtrao" in offered


async def test_a_dialog_does_not_claim_one_step_of_one_when_more_follow(desk: Chat) -> None:
    """/suahan's later steps depend on the first answer: "(1/1)" then "(2/5)" misled."""
    first = (await desk.send("/suahan"))[-1].text
    assert not first.startswith("(1/1)"), first
    assert first.startswith("Anh/chị muốn làm gì với các hạn?")
