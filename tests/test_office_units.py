"""Units and staff lists: import from XLSX/CSV (good, bad rows, not a spreadsheet), /hoso
picks a unit and matches the list, unsure matches confirmed by the office."""

import io
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from openpyxl import Workbook

from bot.app import open_core
from bot.clock import FixedClock
from bot.core import BotCore
from bot.messages import Incoming, InFile
from bot.settings import Settings
from knowledge import KnowledgeBase
from tests.conftest import Chat
from tests.office_helpers import ADMIN, REFUSED, appoint, profile
from tests.test_cli import run

HEADER = ["Họ và tên", "Đơn vị", "Chức vụ", "Điện thoại", "Email", "Telegram"]
GOOD = [
    [
        "Nguyễn Thị Lan",
        "Phòng Đất đai",
        "Chuyên viên",
        "0912 345 678",
        "lan@stnmt.gov.vn",
        "@lan_nt",
    ],
    ["Trần Văn Bình", "Phòng Môi trường", "Trưởng phòng", None, None, None],
    ["Phạm Thị Cúc", "Phòng Đất đai", "Chuyên viên", None, "cuc@stnmt.gov.vn", None],
]


def xlsx(rows: list[list[object]]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.fixture
async def desk(kb: KnowledgeBase, tmp_path: Path, clock: FixedClock) -> AsyncIterator[BotCore]:
    settings = Settings.from_env(
        {"THIDUA_DB": str(tmp_path / "thidua.sqlite3"), "THIDUA_ADMINS": f"console:{ADMIN}"}
    )
    async with open_core(settings, kb, clock) as opened:
        yield opened


async def send_file(core: BotCore, user: str, name: str, data: bytes) -> str:
    msg = Incoming("console", user, user, file=InFile(name, data))
    return "\n".join(r.text for r in await core.handle(msg))


async def test_a_good_list_creates_units_and_staff_and_profiles_match_it(desk: BotCore) -> None:
    office, lan = Chat(desk, "4001"), Chat(desk, "4002")
    await profile(office, "Lê Thị Hoa", "Văn phòng Sở")
    await appoint(Chat(desk, ADMIN), "Lê Thị Hoa", "Văn phòng")
    assert await send_file(desk, "4002", "ds.xlsx", xlsx([HEADER, *GOOD])) == REFUSED
    told = await send_file(desk, "4001", "ds.xlsx", xlsx([HEADER, *GOOD]))
    assert told == (
        "Đã nhập danh sách từ tệp ds.xlsx: 3 dòng, 3 cán bộ mới, 2 đơn vị mới. Gõ /donvi để xem."
    )
    staff = await desk.ctx.storage.office.staff()
    assert [(s.full_name, s.unit, s.phone, s.email, s.telegram) for s in staff] == [
        ("Nguyễn Thị Lan", "Phòng Đất đai", "0912 345 678", "lan@stnmt.gov.vn", "lan_nt"),
        ("Phạm Thị Cúc", "Phòng Đất đai", None, "cuc@stnmt.gov.vn", None),
        ("Trần Văn Bình", "Phòng Môi trường", None, None, None),
    ]
    # The same file again adds nobody.
    again = await send_file(desk, "4001", "ds.xlsx", xlsx([HEADER, *GOOD]))
    assert "0 cán bộ mới, 0 đơn vị mới" in again
    await office.send("/donvi")
    await office.press("Tạo đơn vị mới")
    await office.send("Phòng Kế hoạch")
    assert (await office.send("1"))[0].text == "Đã tạo đơn vị Phòng Kế hoạch."
    replies = await office.send("/donvi")
    assert "1. Phòng Đất đai: 2 cán bộ trong danh sách, 0 đã nhắn với bot" in replies[0].text
    assert "Phòng Kế hoạch: 0 cán bộ" in replies[0].text
    # /hoso offers the units; an exact match of name and position is kept at once.
    await lan.send("/hoso")
    replies = await lan.send("Nguyễn Thị Lan")
    assert [c.label for c in replies[0].choices] == [
        "Phòng Đất đai", "Phòng Kế hoạch", "Phòng Môi trường",
    ]  # fmt: skip
    replies = await lan.send("Phòng Kinh tế")
    assert "chọn phòng/đơn vị trong danh sách" in replies[0].text
    await lan.send("1")
    await lan.send("Chuyên viên")
    replies = await lan.send("1")
    assert len(replies) == 1 and "Đã lưu hồ sơ của Nguyễn Thị Lan" in replies[0].text
    # A different position is an unsure match: the office confirms it.
    cuc = Chat(desk, "4003")
    await profile(cuc, "Phạm Thị Cúc", "Phòng Đất đai", "Phó trưởng phòng")
    assert "chưa khớp hẳn" in cuc.last[-1].text
    # The unit's head sees it in /donvicuatoi; the office (or the head) confirms it.
    head = Chat(desk, "4004")
    await profile(head, "Trần Văn Bình", "Phòng Đất đai", "Trưởng phòng")
    await appoint(office, "Trần Văn Bình", "Thủ trưởng")
    await head.send("/donvicuatoi")
    await head.press("Sóc Trăng")
    assert "Xác nhận cán bộ chưa khớp (1)" in [c.label for c in head.last[0].choices]
    await office.send("/donvi")
    replies = await office.press("Xác nhận cán bộ chưa khớp (1)")
    assert "Phạm Thị Cúc – Chuyên viên, Phòng Đất đai" in replies[0].text
    replies = await office.press("Đúng là Phạm Thị Cúc")
    assert replies[0].text == "Đã xác nhận Phạm Thị Cúc (Phòng Đất đai) khớp với danh sách cán bộ."
    replies = await office.send("/donvi")
    assert "Phòng Đất đai: 2 cán bộ trong danh sách, 2 đã nhắn với bot" in replies[0].text
    assert (await head.press("Xác nhận cán bộ chưa khớp (1)"))[0].text == (
        "Không có cán bộ nào chờ xác nhận."
    )


async def test_bad_rows_are_reported_by_number_and_nothing_is_imported(desk: BotCore) -> None:
    office = Chat(desk, "4101")
    await profile(office, "Lê Thị Hoa", "Văn phòng Sở")
    await appoint(Chat(desk, ADMIN), "Lê Thị Hoa", "Văn phòng")
    bad = [
        HEADER,
        GOOD[0],
        ["Lan", "Phòng Đất đai", "Chuyên viên", None, None, None],
        ["Trần Văn Bình", None, "Trưởng phòng", None, "binh-at-stnmt", None],
        [None, None, None, None, None, None],
        GOOD[0],
    ]
    told = await send_file(desk, "4101", "ds.xlsx", xlsx(bad))
    assert told.splitlines()[:4] == [
        "Tệp có 3 dòng lỗi, chưa nhập dòng nào:",
        "• dòng 3: họ và tên “Lan” chưa đúng (cần ít nhất hai chữ, không có chữ số)",
        "• dòng 4: thiếu đơn vị, email “binh-at-stnmt” không hợp lệ",
        "• dòng 6: trùng với dòng 2",
    ]
    assert await desk.ctx.storage.office.staff() == []
    assert await desk.ctx.storage.office.units() == []
    not_sheet = await send_file(desk, "4101", "ds.xlsx", b"PK\x03\x04 this is not a workbook")
    assert "không phải bảng tính Excel (.xlsx) hợp lệ" in not_sheet
    text_file = await send_file(desk, "4101", "anh.png", b"\x89PNG not a list")
    assert "chưa xử lý được loại tệp này" in text_file
    no_columns = await send_file(desk, "4101", "ds.csv", "Tên;Số\nA;1\n".encode())
    assert "Dòng đầu của tệp thiếu cột: Đơn vị, Chức vụ" in no_columns


def test_the_command_line_imports_a_csv(tmp_path: Path) -> None:
    path = tmp_path / "danh-sach.csv"
    path.write_text(
        "Họ và tên;Đơn vị;Chức vụ\nNguyễn Thị Lan;Phòng Đất đai;Chuyên viên\n"
        "Trần Văn Bình;Phòng Môi trường;Trưởng phòng\n",
        encoding="utf-8-sig",
    )
    env = {"THIDUA_DB": str(tmp_path / "db.sqlite3")}
    done = run(["staff", "import", str(path)], env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Đã nhập 2 dòng từ danh-sach.csv: 2 cán bộ mới, 2 đơn vị mới."
    broken = tmp_path / "hong.xlsx"
    broken.write_bytes(b"\x00\x01 not a spreadsheet")
    failed = run(["staff", "import", str(broken)], env=env)
    assert failed.returncode == 1 and "không phải bảng tính Excel" in failed.stderr
