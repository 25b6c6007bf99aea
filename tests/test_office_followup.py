"""Unit follow-up: who registered, who has not, who never wrote; nudges once a day, not at night."""

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import open_core
from bot.clock import FixedClock
from bot.core import BotCore
from bot.messages import Reply
from bot.settings import Settings
from bot.storage.office import StaffRow
from knowledge import KnowledgeBase
from tests.conftest import Chat
from tests.office_helpers import ADMIN, REFUSED, department, send_queued
from tests.test_office_review import Recorder


@pytest.fixture
async def desk(kb: KnowledgeBase, tmp_path: Path, clock: FixedClock) -> AsyncIterator[BotCore]:
    settings = Settings.from_env(
        {"THIDUA_DB": str(tmp_path / "thidua.sqlite3"), "THIDUA_ADMINS": f"console:{ADMIN}"}
    )
    async with open_core(settings, kb, clock) as opened:
        yield opened


async def nudge(office: Chat) -> list[Reply]:
    await office.send("/donvicuatoi")
    await office.press("Sóc Trăng")
    await office.press("Phòng Đất đai")
    return await office.press("Nhắc 1 người chưa đăng ký")


async def test_follow_up_and_nudges(desk: BotCore, clock: FixedClock) -> None:
    outbox = Recorder()
    desk.ctx.sending.attach("console")
    people = await department(desk)
    await desk.ctx.storage.office.import_staff(
        [StaffRow("Hồ Thị Em", "Phòng Đất đai", "Văn thư")], clock.now()
    )
    await send_queued(desk, outbox)
    assert (await people["dung"].send("/donvicuatoi"))[0].text == REFUSED
    await people["binh"].send("/donvicuatoi")
    replies = await people["binh"].press("Sóc Trăng")  # a head sees their own unit only
    assert replies[0].text.startswith("Phòng Môi trường – Kế hoạch 2022")
    assert "• Trần Văn Bình: DH-2022-0001 Trần Văn Bình; TD-2022-0002 Tập thể" in replies[0].text

    office = people["office"]
    await office.send("/donvicuatoi")
    await office.press("Sóc Trăng")
    replies = await office.press("Phòng Đất đai")
    lines = replies[0].text.splitlines()
    assert lines[1:] == [
        "Đã đăng ký (2):",
        "• Nguyễn Thị Lan: SK-2022-0001 Số hóa hồ sơ địa chính bằng mã QR; TD-2022-0001 Lao động tiên tiến",
        "• Phạm Thị Cúc: TD-2022-0003 Lao động tiên tiến",
        "Chưa đăng ký (1):",
        "• Võ Văn Dũng – Chuyên viên",
        "Chưa từng nhắn với bot (1):",
        "• Hồ Thị Em – Văn thư",
    ]
    replies = await office.press("Nhắc 1 người chưa đăng ký")
    assert replies[0].text == "Đã gửi tin nhắc tới 1 người chưa đăng ký."
    assert await send_queued(desk, outbox) == 1
    assert outbox.sent[-1][0] == "3005"
    assert "Lê Thị Hoa nhắc anh/chị đăng ký thi đua" in outbox.sent[-1][1].text
    replies = await nudge(office)
    assert replies[0].text == (
        "Đã gửi tin nhắc tới 0 người chưa đăng ký. 1 người đã được nhắc hôm nay nên không nhắc lại."
    )
    assert await send_queued(desk, outbox) == 0
    clock.advance(dt.timedelta(hours=14))  # 22:00: quiet hours
    replies = await nudge(office)
    assert "giờ nghỉ (21:00–07:00)" in replies[0].text
    clock.advance(dt.timedelta(hours=11))  # the next morning, 09:00
    replies = await nudge(office)
    assert replies[0].text == "Đã gửi tin nhắc tới 1 người chưa đăng ký."
    assert await send_queued(desk, outbox) == 1
