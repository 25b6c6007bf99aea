"""Roles from the database: appointing, refusing, a right removed mid-dialog or across a restart."""

import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import open_core
from bot.clock import FixedClock
from bot.core import BotCore
from bot.messages import Choice, Incoming, Reply
from bot.settings import Settings
from knowledge import KnowledgeBase
from tests.conftest import Chat
from tests.office_helpers import ADMIN, REFUSED, appoint, profile


@pytest.fixture
def office_settings(tmp_path: Path) -> Settings:
    return Settings.from_env(
        {"THIDUA_DB": str(tmp_path / "thidua.sqlite3"), "THIDUA_ADMINS": f"console:{ADMIN}"}
    )


@pytest.fixture
async def desk(
    kb: KnowledgeBase, office_settings: Settings, clock: FixedClock
) -> AsyncIterator[BotCore]:
    async with open_core(office_settings, kb, clock) as opened:
        yield opened


async def test_admin_appoints_office_and_office_appoints_a_unit_head(desk: BotCore) -> None:
    admin, office, head = Chat(desk, ADMIN), Chat(desk, "2001"), Chat(desk, "2002")
    await profile(office, "Lê Thị Hoa", "Văn phòng Sở")
    await profile(head, "Trần Văn Bình", "Phòng Đất đai", "Trưởng phòng")
    for chat in (office, head):
        assert (await chat.send("/phanquyen"))[0].text == REFUSED
        assert "/duyet" not in (await chat.send("/help"))[0].text
    await admin.send("/phanquyen")
    await admin.press("Thêm cán bộ Văn phòng")
    replies = await admin.press("Lê Thị Hoa")
    assert replies[0].text == (
        "Đã phân công Lê Thị Hoa làm cán bộ Văn phòng (thường trực thi đua)."
    )
    assert "/duyet" in (await office.send("/help"))[0].text
    # The office appoints unit heads by unit, but cannot appoint office staff.
    replies = await office.send("/phanquyen")
    assert "Cán bộ Văn phòng (thường trực thi đua): Lê Thị Hoa" in replies[0].text
    assert [c.label for c in replies[0].choices] == [
        "Phân công thủ trưởng đơn vị", "Bỏ quyền của một người",
    ]  # fmt: skip
    await office.press("Phân công thủ trưởng đơn vị")
    await office.press("Phòng Đất đai")
    replies = await office.press("Trần Văn Bình")
    assert replies[0].text == "Đã phân công Trần Văn Bình làm thủ trưởng đơn vị Phòng Đất đai."
    help_text = (await head.send("/help"))[0].text
    assert "/donvicuatoi" in help_text and "/duyet" not in help_text
    assert (await head.send("/hoso"))[0].text.endswith("(do Văn phòng phân công)")
    # Choice values forged by a staff member are refused as well.
    staff = Chat(desk, "2003")
    await profile(staff, "Phạm Thị Cúc", "Phòng Đất đai")
    await staff.send("/start")
    staff.last = [Reply("", (Choice("forged", "role:g:h:console:2003"),))]
    assert (await staff.press("forged"))[0].text == REFUSED
    assert not (await desk.ctx.storage.profile("console", "2003")).is_unit_head  # type: ignore[union-attr]


async def test_a_right_removed_mid_dialog_ends_the_dialog(desk: BotCore) -> None:
    admin, head = Chat(desk, ADMIN), Chat(desk, "2102")
    await profile(head, "Trần Văn Bình", "Phòng Đất đai", "Trưởng phòng")
    await appoint(admin, "Trần Văn Bình", "Thủ trưởng")
    await head.send("/dienhinh")
    replies = await head.send("Sóc Trăng")
    assert "cá nhân hay một tập thể" in replies[-1].text
    await admin.send("/phanquyen")
    await admin.press("Bỏ quyền của một người")
    replies = await admin.press("Trần Văn Bình")
    assert replies[0].text == "Đã bỏ quyền thủ trưởng đơn vị của Trần Văn Bình."
    replies = await head.send("Cá nhân")
    assert (
        replies[0].text
        == f"{REFUSED} Việc giới thiệu gương điển hình tiên tiến đang làm dở đã dừng."
    )
    assert await desk.ctx.storage.dialog("console", "2102") is None
    assert (await head.send("/dienhinh"))[0].text == REFUSED


async def test_a_right_removed_by_another_process_is_gone_at_the_next_step(
    desk: BotCore, office_settings: Settings
) -> None:
    """The roles read at one dialog step are kept for the next only while no other process
    has written to the database (they are read at every step)."""
    admin, head = Chat(desk, ADMIN), Chat(desk, "2152")
    await profile(head, "Trần Văn Bình", "Phòng Đất đai", "Trưởng phòng")
    await appoint(admin, "Trần Văn Bình", "Thủ trưởng")
    await head.send("/dienhinh")
    replies = await head.send("Sóc Trăng")
    assert "cá nhân hay một tập thể" in replies[-1].text
    with sqlite3.connect(office_settings.db_path) as other:
        other.execute("DELETE FROM roles WHERE channel = 'console' AND user_id = '2152'")
    other.close()
    replies = await head.send("Cá nhân")
    assert replies[0].text.startswith(REFUSED)
    assert await desk.ctx.storage.dialog("console", "2152") is None


async def test_a_unit_heads_collective_pledge_needs_the_role_at_every_step(desk: BotCore) -> None:
    admin, head = Chat(desk, ADMIN), Chat(desk, "2202")
    await profile(head, "Trần Văn Bình", "Phòng Đất đai", "Trưởng phòng")
    await appoint(admin, "Trần Văn Bình", "Thủ trưởng")
    await head.send("/dangkythidua")
    await head.send("Sóc Trăng")
    replies = await head.send("Tập thể")
    assert "Tập thể lao động xuất sắc" in [c.label for c in replies[0].choices]
    await desk.ctx.storage.office.revoke("console", "2202", "unit_head", "x", desk.ctx.clock.now())
    replies = await head.send("1")
    assert replies[0].text.startswith(REFUSED)
    assert await desk.ctx.storage.count("pledges") == 0


async def test_roles_survive_a_restart_and_bare_admin_ids_are_refused(
    kb: KnowledgeBase, office_settings: Settings, clock: FixedClock
) -> None:
    async with open_core(office_settings, kb, clock) as first:
        await profile(Chat(first, "2301"), "Lê Thị Hoa", "Văn phòng Sở")
        await appoint(Chat(first, ADMIN), "Lê Thị Hoa", "Văn phòng")
    async with open_core(office_settings, kb, clock) as second:
        replies = await Chat(second, "2301").send("/phanquyen")
        assert replies[0].text.startswith("Phân quyền hiện nay:")
        # The same id on another channel is somebody else.
        other = await second.handle(
            Incoming(channel="telegram", user_id="2301", chat_id="2301", text="/phanquyen")
        )
        assert other[0].text == REFUSED
