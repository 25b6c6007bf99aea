"""Registration dialogs end to end through the core, on real SQLite files."""

import datetime as dt
from pathlib import Path

import pytest

from bot.app import open_core
from bot.clock import FixedClock
from bot.settings import Settings
from bot.storage import MIGRATIONS_DIR, Storage
from knowledge import KnowledgeBase
from tests.conftest import Chat

SOC_TRANG = "Sóc Trăng"


async def make_profile(chat: Chat, head: bool = False) -> None:
    await chat.send("/hoso")
    await chat.send("Nguyễn Thị Lan")
    await chat.send("Phòng Đất đai")
    await chat.send("Chuyên viên")
    replies = await chat.send("1")
    assert "Đã lưu hồ sơ của Nguyễn Thị Lan" in replies[0].text
    if head:
        await appoint_head(chat)


async def appoint_head(chat: Chat) -> None:
    """Make the chat's user head of Phòng Đất đai, as the office would (never self-declared)."""
    ctx = chat.core.ctx
    await ctx.storage.office.grant(
        "console", chat.user_id, "unit_head", "Phòng Đất đai", "console:office", ctx.clock.now()
    )


async def initiative_until_summary(chat: Chat) -> None:
    await chat.send("/sangkien")
    await chat.send(SOC_TRANG)
    await chat.send("Số hóa hồ sơ địa chính bằng mã QR")
    await chat.send("Nguyễn Thị Lan 70%; Trần Văn Bình 30%")
    await chat.send("Quản lý đất đai")
    await chat.send("15/03/2022")
    await chat.send("Gắn mã QR lên từng bìa hồ sơ địa chính để tra cứu ngay trên phần mềm")
    await chat.send("Máy quét mã QR, phần mềm quản lý hồ sơ")
    replies = await chat.send("Giảm thời gian tra cứu từ 15 phút xuống 1 phút")
    assert replies[-1].text.startswith("Anh/chị kiểm tra lại thông tin đăng ký sáng kiến")


LATEST = max(int(p.name.split("_", 1)[0]) for p in MIGRATIONS_DIR.glob("*.sql"))


async def test_empty_database_migrates_to_the_expected_schema(tmp_path: Path) -> None:
    storage = await Storage.open(tmp_path / "new.sqlite3")
    try:
        assert await storage.schema_version() == LATEST
        assert await storage.tables() == [
            "announcements", "contacts", "deadline_changes", "deadlines",
            "declined_questions", "dialogs", "documents", "initiative_applications",
            "initiative_authors", "initiatives", "knowledge_version", "nominations", "nudges",
            "offered_choices", "outbox", "pledges", "processed_updates",
            "reference_counters", "registration_events", "reminder_leads", "reminder_mutes",
            "reminders", "role_events", "roles", "staff", "units", "users",
        ]  # fmt: skip
    finally:
        await storage.close()
    reopened = await Storage.open(tmp_path / "new.sqlite3")  # migrations are not re-applied
    assert await reopened.schema_version() == LATEST
    await reopened.close()


async def test_unopenable_database_is_a_clear_error(tmp_path: Path) -> None:
    from bot.storage import StorageError

    with pytest.raises(StorageError, match="không mở được"):
        await Storage.open(tmp_path / "missing-dir" / "db.sqlite3")


async def test_profile_is_asked_first_then_the_registration_goes_on(chat: Chat) -> None:
    replies = await chat.send("/sangkien")
    assert "cần khai báo hồ sơ" in replies[0].text
    await chat.send("Lan")  # one word: not a full name
    assert "ít nhất hai chữ" in chat.last[0].text
    await chat.send("Nguyễn Thị Lan")
    await chat.send("Phòng Đất đai")
    await chat.send("Chuyên viên")
    replies = await chat.send("xác nhận")
    assert "Đã lưu hồ sơ" in replies[0].text
    assert "Sáng kiến đăng ký trong phong trào nào?" in replies[-1].text


async def test_initiative_happy_path_writes_one_record_with_authors(chat: Chat) -> None:
    await make_profile(chat)
    await initiative_until_summary(chat)
    summary = chat.last[-1].text
    assert "Nguyễn Thị Lan (70%); Trần Văn Bình (30%)" in summary
    assert "15/03/2022" in summary
    replies = await chat.send("1")
    assert "Đã ghi nhận đăng ký sáng kiến số SK-2022-0001" in replies[0].text
    storage = chat.core.ctx.storage
    assert await storage.count("initiatives") == 1
    assert await storage.count("initiative_authors") == 2
    assert await storage.count("dialogs") == 0
    records = await storage.registrations("console", chat.user_id)
    assert records[0].fields["first_applied"] == "2022-03-15"


@pytest.mark.parametrize(
    ("step_answers", "bad", "reason"),
    [
        (
            0,
            "Nguyễn Thị Lan 70%; Trần Văn Bình 20%",
            "Tổng tỷ lệ đóng góp phải bằng 100%, hiện là 90%",
        ),
        (0, "Nguyễn Thị Lan 50%; Nguyễn Thị Lan 50%", "được ghi hai lần"),
        (0, "Nguyễn Thị Lan 150%", "phải từ 1% đến 100%"),
        (0, "70%; 30%", "cần họ tên và tỷ lệ"),
        (0, "Nguyễn Thị Lan 62.5%; Trần Bình 37.5%", "số nguyên phần trăm"),
        (2, "15-3", "ngày/tháng/năm"),
        (2, "30/02/2022", "không có thật trên lịch"),
        (2, "01/01/2030", "quá xa"),
        (0, "Nguyễn Thị Lan 70%; Trần Văn Bình", "“Trần Văn Bình”: thiếu tỷ lệ đóng góp"),
        (3, "ngắn", "quá ngắn"),
        (3, "a" * 3001, "quá giới hạn 3000 ký tự"),
        (3, "mô tả\x07 có ký tự lạ trong nội dung", "ký tự điều khiển"),
    ],
)
async def test_invalid_answers_are_reasked_with_the_reason(
    chat: Chat, step_answers: int, bad: str, reason: str
) -> None:
    await make_profile(chat)
    await chat.send("/sangkien")
    await chat.send(SOC_TRANG)
    await chat.send("Số hóa hồ sơ địa chính bằng mã QR")
    before = ["Nguyễn Thị Lan 100%", "Quản lý đất đai", "15/03/2022"][:step_answers]
    for answer in before:
        await chat.send(answer)
    replies = await chat.send(bad)
    assert reason in replies[0].text and replies[0].text.startswith("⚠️")
    question = replies[1].text
    again = await chat.send(bad)
    assert again[1].text == question  # still on the same step
    assert await chat.core.ctx.storage.count("initiatives") == 0


async def test_back_skip_and_cancel(chat: Chat) -> None:
    await make_profile(chat)
    await chat.send("/dangkythidua")
    await chat.send(SOC_TRANG)
    replies = await chat.send("/boqua")
    assert replies[0].text == "Bước này bắt buộc, anh/chị cần trả lời."
    await chat.send("1")
    await chat.send("Hoàn thành 100% nhiệm vụ được giao, không có nhiệm vụ quá hạn")
    replies = await chat.send("/quaylai")
    assert "Anh/chị hãy nêu các chỉ tiêu" in replies[0].text
    await chat.send("Hoàn thành xuất sắc nhiệm vụ, có một sáng kiến cấp cơ sở")
    replies = await chat.send("/boqua")  # the planned initiative is optional
    assert "Sáng kiến dự kiến: (bỏ qua)" in replies[0].text
    replies = await chat.send("/huy")
    assert replies[0].text.startswith("Đã hủy đăng ký thi đua")
    assert await chat.core.ctx.storage.count("pledges") == 0
    assert await chat.core.ctx.storage.count("dialogs") == 0
    replies = await chat.send("/huy")
    assert "không có việc đăng ký nào đang làm dở" in replies[0].text


async def test_one_field_is_corrected_from_the_summary(chat: Chat) -> None:
    await make_profile(chat)
    await initiative_until_summary(chat)
    await chat.press("Sửa một mục")
    replies = await chat.press("Ngày áp dụng")
    assert "Hiện tại: 15/03/2022" in replies[0].text
    replies = await chat.send("10/03/2022")
    assert replies[0].text.startswith("Anh/chị kiểm tra lại")  # straight back to the summary
    assert "10/03/2022" in replies[0].text and "Trần Văn Bình (30%)" in replies[0].text


async def test_a_restart_mid_dialog_resumes_where_it_stopped(
    kb: KnowledgeBase, settings: Settings, clock: FixedClock
) -> None:
    async with open_core(settings, kb, clock) as first:
        chat = Chat(first)
        await make_profile(chat)
        await chat.send("/sangkien")
        await chat.send(SOC_TRANG)
        await chat.send("Số hóa hồ sơ địa chính bằng mã QR")
    async with open_core(settings, kb, clock) as second:  # a new process on the same file
        chat = Chat(second)
        replies = await chat.send("Nguyễn Thị Lan 100%")
        assert "(4/8) Sáng kiến áp dụng trong lĩnh vực nào?" in replies[0].text


async def test_a_command_mid_dialog_is_a_command_and_the_dialog_waits(chat: Chat) -> None:
    await make_profile(chat)
    await chat.send("/sangkien")
    await chat.send(SOC_TRANG)
    replies = await chat.send("/phongtrao")
    assert "Đã tạm dừng đăng ký sáng kiến" in replies[0].text
    assert "Các phong trào thi đua" in replies[1].text
    replies = await chat.send("tiêu chí thi đua đối với cá nhân năm 2022")
    assert "Nguồn:" in replies[0].text  # a question, not an answer to the dialog
    replies = await chat.send("/tieptuc")
    assert "Tên sáng kiến là gì?" in replies[1].text


async def test_coming_back_the_next_day_is_told_about_the_unfinished_dialog(
    chat: Chat, clock: FixedClock
) -> None:
    await make_profile(chat)
    await chat.send("/sangkien")
    clock.advance(dt.timedelta(days=1))
    replies = await chat.send("tiêu chí thi đua năm 2022")
    assert "Anh/chị đang đăng ký sáng kiến dở" in replies[0].text
    assert "Nguồn:" in replies[1].text
    replies = await chat.send("/tieptuc")
    assert "Sáng kiến đăng ký trong phong trào nào?" in replies[1].text


async def test_starting_another_dialog_keeps_the_first(chat: Chat) -> None:
    await make_profile(chat)
    await chat.send("/sangkien")
    await chat.send(SOC_TRANG)
    replies = await chat.send("/dangkythidua")
    assert "Đã tạm dừng đăng ký sáng kiến" in replies[0].text
    assert "Anh/chị đang đăng ký sáng kiến dở" in replies[1].text


async def test_pledge_with_a_title_that_needs_an_initiative(chat: Chat) -> None:
    await make_profile(chat)
    await chat.send("/dangkythidua")
    replies = await chat.send(SOC_TRANG)
    assert "Cá nhân" not in replies[0].text  # not a unit head: no individual/collective step
    labels = [c.label for c in replies[0].choices]
    assert "Lao động tiên tiến" in labels and "Tập thể lao động xuất sắc" not in labels
    replies = await chat.send("1, 2")
    await chat.send("Hoàn thành xuất sắc nhiệm vụ được giao trong năm 2022")
    replies = await chat.send("/boqua")
    assert "Lao động tiên tiến, Chiến sĩ thi đua cơ sở" in replies[0].text
    replies = await chat.send("1")
    assert "Đã ghi nhận bản đăng ký thi đua số TD-2022-0001" in replies[0].text
    # Luật 06/2022, Điều 23: an initiative is one way to qualify, not a requirement.
    assert "Điều 23 Luật Thi đua, khen thưởng số 06/2022/QH15" in replies[1].text
    assert "hoặc có sáng kiến" in replies[1].text
    assert replies[1].choices[0].value == "/sangkien"


async def test_titles_that_require_an_initiative_say_so(chat: Chat) -> None:
    await make_profile(chat)
    await chat.send("/dangkythidua")
    await chat.send(SOC_TRANG)
    await chat.send("Chiến sĩ thi đua cấp bộ/tỉnh")
    await chat.send("Có sáng kiến được áp dụng hiệu quả trong toàn tỉnh")
    await chat.send("/boqua")
    replies = await chat.send("1")
    assert "cần có sáng kiến (hoặc đề tài khoa học) được công nhận (Điều 22" in replies[1].text


async def test_unit_head_chooses_collective_titles(chat: Chat) -> None:
    await make_profile(chat, head=True)
    await chat.send("/dangkythidua")
    await chat.send(SOC_TRANG)
    replies = await chat.send("Tập thể")
    labels = [c.label for c in replies[0].choices]
    assert "Tập thể lao động xuất sắc" in labels and "Lao động tiên tiến" not in labels


async def test_duplicate_pledge_offers_to_edit_the_first(chat: Chat) -> None:
    await make_profile(chat)
    for targets in ("Hoàn thành 100% nhiệm vụ được giao", None):
        await chat.send("/dangkythidua")
        replies = await chat.send(SOC_TRANG)
        if targets:
            await chat.send("1")
            await chat.send(targets)
            await chat.send("/boqua")
            await chat.send("1")
    assert "Anh/chị đã có bản đăng ký thi đua TD-2022-0001" in replies[0].text
    replies = await chat.press("Sửa bản đăng ký TD-2022-0001")
    assert "Hoàn thành 100% nhiệm vụ được giao" in replies[0].text
    await chat.press("Sửa một mục")
    await chat.press("Chỉ tiêu, cam kết")
    await chat.send("Hoàn thành 100% nhiệm vụ và có một sáng kiến")
    replies = await chat.send("1")
    assert "Đã cập nhật bản đăng ký thi đua số TD-2022-0001" in replies[0].text
    assert await chat.core.ctx.storage.count("pledges") == 1


async def test_my_registrations_view_edit_and_withdraw(chat: Chat) -> None:
    await make_profile(chat)
    await initiative_until_summary(chat)
    await chat.send("1")
    replies = await chat.send("/cuatoi")
    assert (
        "SK-2022-0001 – Sáng kiến: Số hóa hồ sơ địa chính bằng mã QR (đã gửi, chờ Văn phòng tiếp nhận)"
        in replies[0].text
    )
    replies = await chat.press("Xem SK-2022-0001")
    assert "Nguyễn Thị Lan (70%); Trần Văn Bình (30%)" in replies[0].text
    await chat.press("Rút đăng ký")
    replies = await chat.press("Rút SK-2022-0001")
    assert replies[0].text == "Đã rút SK-2022-0001."
    replies = await chat.send("/cuatoi")
    assert "(đã rút)" in replies[0].text
    await chat.press("Xem SK-2022-0001")
    assert not chat.last[0].choices  # withdrawn: no edit, no withdraw
    assert await chat.core.ctx.storage.count("initiatives") == 1  # kept, not deleted


async def test_nominations_are_for_unit_heads(chat: Chat) -> None:
    await make_profile(chat)
    replies = await chat.send("/dienhinh")
    assert replies[0].text == "Xin lỗi, anh/chị không có quyền dùng chức năng này."
    await appoint_head(chat)
    await chat.send("/dienhinh")
    await chat.send(SOC_TRANG)
    await chat.send("Cá nhân")
    await chat.send("Trần Văn Bình")
    await chat.send("Phòng Đất đai")
    replies = await chat.send("Giải quyết 100% hồ sơ đúng hạn, có sáng kiến số hóa hồ sơ")
    assert "Điển hình là: Cá nhân" in replies[0].text
    replies = await chat.send("1")
    assert "Đã ghi nhận giới thiệu điển hình số DH-2022-0001: Trần Văn Bình" in replies[0].text


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert(1)</script> Sáng kiến",
        "**đậm** _nghiêng_ [link](http://x)",
        "Sáng kiến 🎉🎉 số hóa",
        "Sa\u0301ng kie\u0302\u0301n số hóa",  # decomposed (NFD) Vietnamese
    ],
)
async def test_hostile_names_are_stored_as_typed_in_nfc(chat: Chat, hostile: str) -> None:
    await make_profile(chat)
    await chat.send("/sangkien")
    await chat.send(SOC_TRANG)
    replies = await chat.send(hostile)
    assert "(3/8)" in replies[0].text
    state = await chat.core.ctx.storage.dialog("console", chat.user_id)
    assert state is not None
    import unicodedata

    assert state.state["answers"]["name"] == unicodedata.normalize("NFC", hostile)


async def test_a_campaign_that_closes_while_its_option_waits_is_not_taken(
    chat: Chat, clock: FixedClock
) -> None:
    """The open campaigns are those open at each message: an option pressed after its
    campaign stopped taking registrations is refused, with the campaigns open now."""
    clock.current = dt.datetime(2022, 3, 31, 16, 50, tzinfo=clock.current.tzinfo)
    await make_profile(chat)
    replies = await chat.send("/dangkythidua")
    soc_trang = next(c for c in replies[-1].choices if SOC_TRANG in c.label)
    clock.current = dt.datetime(2022, 3, 31, 17, 5, tzinfo=clock.current.tzinfo)  # closed
    replies = await chat.send(soc_trang.label)
    assert "hiện không nhận đăng ký" in replies[0].text
    assert replies[-1].choices and all(SOC_TRANG not in c.label for c in replies[-1].choices)


@pytest.mark.parametrize("saved_ids", ["one string", "a list"])
async def test_a_dialog_saved_with_the_open_campaigns_ids_goes_on_without_them(
    kb: KnowledgeBase, settings: Settings, clock: FixedClock, saved_ids: str
) -> None:
    """The open campaigns are worked out at every message, not saved with the dialog (at
    thousands of documents their ids made every step write kilobytes); a dialog saved with
    them, as one string or as a list, still resumes and sheds them."""
    async with open_core(settings, kb, clock) as first:
        chat = Chat(first)
        await make_profile(chat)
        await chat.send("/sangkien")
        storage = first.ctx.storage
        saved = await storage.dialog("console", chat.user_id)
        assert saved is not None and "_open" not in saved.state["answers"]
        ids = [d.id for d in kb.campaigns()]
        saved.state["answers"]["_open"] = " ".join(ids) if saved_ids == "one string" else ids
        await storage.save_dialog("console", chat.user_id, saved.name, saved.state, clock.now())
    async with open_core(settings, kb, clock) as second:
        chat = Chat(second)
        replies = await chat.send("1")
        assert "(2/8)" in replies[0].text
        resumed = await second.ctx.storage.dialog("console", chat.user_id)
        assert resumed is not None and "_open" not in resumed.state["answers"]
        assert resumed.state["answers"]["campaign"] == kb.campaigns()[0].id
