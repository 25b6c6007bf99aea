"""Excel export: the XLSX read back with openpyxl row by row, and opened by LibreOffice."""

import asyncio
import csv
import datetime as dt
import io
import shutil
import subprocess
import threading
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bot.app import open_core
from bot.clock import FixedClock
from bot.core import BotCore
from bot.settings import Settings
from handlers.office import export as exporting
from handlers.office.workbook import Sheets, workbook_bytes
from knowledge import KnowledgeBase
from tests.office_helpers import ADMIN, REFUSED, SOC_TRANG, department
from tests.test_cli import run


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "thidua.sqlite3"


@pytest.fixture
async def desk(kb: KnowledgeBase, db: Path, clock: FixedClock) -> AsyncIterator[BotCore]:
    settings = Settings.from_env({"THIDUA_DB": str(db), "THIDUA_ADMINS": f"console:{ADMIN}"})
    async with open_core(settings, kb, clock) as opened:
        yield opened


async def export(desk: BotCore) -> bytes:
    people = await department(desk)
    assert (await people["lan"].send("/xuatexcel"))[0].text == REFUSED
    office = people["office"]
    await office.send("/xuatexcel")
    replies = await office.press("Sóc Trăng")
    reply = replies[0]
    assert reply.file is not None and reply.file.kind == "document"
    assert reply.file.name == "dang-ky-thi-dua_soctrang-stnmt-2022_2022-03-25.xlsx"
    assert "2 bản đăng ký thi đua" not in reply.text and "3 bản đăng ký thi đua" in reply.text
    return reply.file.data


def rows(sheet: object) -> list[list[object]]:
    return [list(r) for r in sheet.iter_rows(values_only=True)]  # type: ignore[attr-defined]


async def test_every_registration_is_a_row_with_its_fields(desk: BotCore) -> None:
    book = load_workbook(io.BytesIO(await export(desk)))
    assert book.sheetnames == [
        "Cá nhân",
        "Tập thể",
        "Sáng kiến",
        "Điển hình",
        "Tổng hợp theo đơn vị",
    ]
    day = dt.datetime(2022, 3, 25)  # noqa: DTZ001 - a spreadsheet date has no time zone
    individual = book["Cá nhân"]
    assert rows(individual) == [
        ["STT", "Số tham chiếu", "Họ và tên", "Phòng/đơn vị", "Chức vụ", "Danh hiệu đăng ký",
         "Chỉ tiêu, cam kết", "Sáng kiến dự kiến", "Ngày đăng ký", "Trạng thái", "Lý do trả lại"],
        [1, "TD-2022-0001", "Nguyễn Thị Lan", "Phòng Đất đai", "Chuyên viên", "Lao động tiên tiến",
         "Hoàn thành 100% nhiệm vụ được giao", None, day, "đã gửi, chờ Văn phòng tiếp nhận", None],
        [2, "TD-2022-0003", "Phạm Thị Cúc", "Phòng Đất đai", "Chuyên viên", "Lao động tiên tiến",
         "Hoàn thành nhiệm vụ", None, day, "bị trả lại, cần sửa", "Chỉ tiêu chưa cụ thể"],
    ]  # fmt: skip
    assert individual["I2"].number_format == "DD/MM/YYYY"
    assert individual.freeze_panes == "A2" and individual.auto_filter.ref == "A1:K3"
    assert individual["A1"].font.b and 10 <= individual.column_dimensions["G"].width <= 60
    assert rows(book["Tập thể"])[1] == [
        1, "TD-2022-0002", "Phòng Môi trường", "Trần Văn Bình", "Tập thể lao động tiên tiến",
        "Tập thể hoàn thành xuất sắc nhiệm vụ năm 2022", None, day,
        "đã gửi, chờ Văn phòng tiếp nhận", None,
    ]  # fmt: skip
    initiatives = rows(book["Sáng kiến"])
    applied = dt.datetime(2022, 3, 15)  # noqa: DTZ001 - a spreadsheet date has no time zone
    common = ["Nguyễn Thị Lan", "Phòng Đất đai", "Quản lý đất đai", applied,
              "Gắn mã QR lên từng bìa hồ sơ địa chính để tra cứu ngay trên phần mềm",
              "Máy quét mã QR, phần mềm quản lý hồ sơ",
              "Giảm thời gian tra cứu từ 15 phút xuống 1 phút", day,
              "đã gửi, chờ Văn phòng tiếp nhận", None]  # fmt: skip
    name = "Số hóa hồ sơ địa chính bằng mã QR"
    assert initiatives[1:] == [
        [1, "SK-2022-0001", name, "Nguyễn Thị Lan", 70, *common],
        [2, "SK-2022-0001", name, "Trần Văn Bình", 30, *common],
    ]
    assert rows(book["Điển hình"])[1] == [
        1, "DH-2022-0001", "Cá nhân", "Trần Văn Bình", "Phòng Môi trường",
        "Giải quyết 100% hồ sơ đúng hạn, có sáng kiến số hóa hồ sơ", "Trần Văn Bình",
        "Phòng Môi trường", day, "đã gửi, chờ Văn phòng tiếp nhận", None,
    ]  # fmt: skip
    assert rows(book["Tổng hợp theo đơn vị"]) == [
        ["Phòng/đơn vị", "Cán bộ trong danh sách", "Cá nhân đã đăng ký", "Đăng ký tập thể",
         "Danh hiệu đăng ký", "Sáng kiến", "Điển hình", "Chờ xử lý", "Trả lại chờ sửa", "Đã duyệt"],
        ["Phòng Đất đai", 0, 2, 0, 2, 1, 0, 2, 1, 0],
        ["Phòng Môi trường", 0, 0, 1, 1, 0, 1, 2, 0, 0],
        ["Văn phòng Sở", 0, 0, 0, 0, 0, 0, 0, 0, 0],
    ]  # fmt: skip


async def test_the_command_line_writes_the_same_workbook(
    desk: BotCore, db: Path, tmp_path: Path
) -> None:
    await department(desk)
    out = tmp_path / "export.xlsx"
    done = run(["export", "--campaign", SOC_TRANG, "--out", str(out)], env={"THIDUA_DB": str(db)})
    assert done.returncode == 0, done.stderr
    assert rows(load_workbook(out)["Cá nhân"])[1][1] == "TD-2022-0001"
    wrong = run(["export", "--campaign", "nope", "--out", str(out)], env={"THIDUA_DB": str(db)})
    assert wrong.returncode == 2 and "Không có phong trào 'nope'" in wrong.stderr


@pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui",
)
async def test_libreoffice_opens_the_workbook(desk: BotCore, tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    path.write_bytes(await export(desk))
    done = subprocess.run(  # noqa: ASYNC221 - the bot is idle; nothing else waits on the loop
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
         "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(tmp_path),
         str(path)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = list(csv.reader((tmp_path / "export.csv").read_text(encoding="utf-8").splitlines()))
    assert lines[0][:3] == ["STT", "Số tham chiếu", "Họ và tên"]
    assert lines[1][:4] == ["1", "TD-2022-0001", "Nguyễn Thị Lan", "Phòng Đất đai"]
    assert lines[1][8] == "25/03/2022"  # the date as the sheet shows it
    assert lines[2][10] == "Chỉ tiêu chưa cụ thể"


def test_the_console_saves_the_file_and_prints_its_path(tmp_path: Path) -> None:
    done = run(
        ["chat", "--user", "77", "--db", str(tmp_path / "db.sqlite3")],
        f"/xuatexcel {SOC_TRANG}\n",
        env={"THIDUA_ADMINS": "console:77"},
    )
    assert done.returncode == 0, done.stderr
    saved = tmp_path / "tep-xuat" / "dang-ky-thi-dua_soctrang-stnmt-2022_"
    assert f"📎 Tệp đã lưu: {saved}" in done.stdout
    assert len(list((tmp_path / "tep-xuat").glob("*.xlsx"))) == 1


async def test_a_chat_is_answered_while_a_large_export_is_made(
    desk: BotCore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large workbook is made in a worker thread after the answer: the office is told it
    is on its way, other people's messages are answered meanwhile, then the file is queued."""
    people = await department(desk)
    started, release = threading.Event(), threading.Event()

    def held_back(sheets: Sheets) -> bytes:  # made as slowly as the test says
        started.set()
        release.wait(timeout=30)
        return workbook_bytes(sheets)

    monkeypatch.setattr(exporting, "LATER_FROM", 1)
    monkeypatch.setattr(exporting, "workbook_bytes", held_back)
    replies = await people["office"].send(f"/xuatexcel {SOC_TRANG}")
    assert replies[0].file is None and "đang tạo tệp Excel" in replies[0].text
    assert "Phong trào này có 6 dòng đăng ký, tôi đang tạo tệp Excel" in replies[0].text
    assert await asyncio.to_thread(started.wait, 30)  # the workbook is being made
    answer = await people["lan"].send("tiêu chí thi đua cá nhân năm 2022")
    assert "Nguồn" in answer[0].text and not release.is_set()  # answered meanwhile
    release.set()
    await exporting.made()
    queued = await desk.ctx.storage.outbox.claim("test", ["console"], desk.ctx.clock.now())
    files = [item for item in queued if item.reply.file is not None]
    assert [item.chat_id for item in files] == [people["office"].user_id]
    sent = files[0].reply
    assert sent.file is not None and sent.file.name.endswith(".xlsx")
    assert "3 bản đăng ký thi đua" in sent.text
    assert rows(load_workbook(io.BytesIO(sent.file.data))["Cá nhân"])[1][1] == "TD-2022-0001"


async def test_a_file_being_made_is_queued_before_the_bot_stops(
    kb: KnowledgeBase, db: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exporting, "LATER_FROM", 1)
    settings = Settings.from_env({"THIDUA_DB": str(db), "THIDUA_ADMINS": f"console:{ADMIN}"})
    async with open_core(settings, kb, clock) as first:
        people = await department(first)
        replies = await people["office"].send(f"/xuatexcel {SOC_TRANG}")
        assert replies[0].file is None  # on its way when the bot stops
    async with open_core(settings, kb, clock) as second:
        queued = await second.ctx.storage.outbox.claim("test", ["console"], clock.now())
        files = [item.reply.file for item in queued if item.reply.file is not None]
        assert len(files) == 1 and files[0].name.endswith(".xlsx")
