"""Statistics: per-unit text and a bar chart image."""

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import open_core
from bot.clock import FixedClock
from bot.core import BotCore
from bot.settings import Settings
from bot.storage.office import StaffRow
from knowledge import KnowledgeBase
from tests.office_helpers import ADMIN, REFUSED, department


@pytest.fixture
async def desk(kb: KnowledgeBase, tmp_path: Path, clock: FixedClock) -> AsyncIterator[BotCore]:
    settings = Settings.from_env(
        {"THIDUA_DB": str(tmp_path / "thidua.sqlite3"), "THIDUA_ADMINS": f"console:{ADMIN}"}
    )
    async with open_core(settings, kb, clock) as opened:
        yield opened


async def test_statistics_as_text_and_chart(desk: BotCore, clock: FixedClock) -> None:
    people = await department(desk)
    rows = [
        StaffRow(n, "Phòng Đất đai", "Chuyên viên")
        for n in ("Nguyễn Thị Lan", "Phạm Thị Cúc", "Võ Văn Dũng", "Hồ Thị Em")
    ]
    await desk.ctx.storage.office.import_staff(rows, clock.now())
    assert (await people["binh"].send("/thongke"))[0].text == REFUSED
    await people["office"].send("/thongke")
    text, chart = await people["office"].press("Sóc Trăng")
    assert text.text.splitlines() == [
        "Thống kê Kế hoạch 2022 của Sở TN&MT Sóc Trăng:",
        "• Phòng Đất đai: 2/4 cán bộ đã đăng ký, 2 danh hiệu, 1 sáng kiến, 1 bản trả lại chờ sửa",
        "• Phòng Môi trường: 0 người đã đăng ký (chưa có danh sách cán bộ), 1 đăng ký tập thể, "
        "1 danh hiệu, 0 sáng kiến, 0 bản trả lại chờ sửa",
        "Cộng: 2 người đã đăng ký/4 cán bộ trong danh sách, 3 danh hiệu, 1 sáng kiến, "
        "1 bản trả lại chờ sửa.",
    ]
    assert chart.file is not None and chart.file.kind == "photo"
    assert chart.file.data.startswith(b"\x89PNG\r\n\x1a\n") and len(chart.file.data) > 5000
