"""The campaign's XLSX (openpyxl): individual pledges, collective pledges, initiatives (one row
per author with their share), nominations, and a per-unit summary.

Vietnamese headers in bold on a frozen first row with an autofilter, dates as real dates shown
dd/mm/yyyy, long texts wrapped in columns of sensible width, each row with its reference number
and the state of its review.
"""

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from bot.context import AppContext
from bot.storage.office import OfficeRecord
from handlers.office.figures import UnitFigures, campaign_records, unit_figures
from handlers.registrations import REVIEW

DATE_FORMAT = "DD/MM/YYYY"
MAX_WIDTH = 60
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")

INDIVIDUAL = ("STT", "Số tham chiếu", "Họ và tên", "Phòng/đơn vị", "Chức vụ", "Danh hiệu đăng ký",
              "Chỉ tiêu, cam kết", "Sáng kiến dự kiến", "Ngày đăng ký", "Trạng thái",
              "Lý do trả lại")  # fmt: skip
COLLECTIVE = ("STT", "Số tham chiếu", "Tập thể (phòng/đơn vị)", "Thủ trưởng đăng ký",
              "Danh hiệu đăng ký", "Chỉ tiêu, cam kết", "Sáng kiến dự kiến", "Ngày đăng ký",
              "Trạng thái", "Lý do trả lại")  # fmt: skip
INITIATIVES = ("STT", "Số tham chiếu", "Tên sáng kiến", "Tác giả", "Tỷ lệ đóng góp (%)",
               "Người nộp đơn", "Phòng/đơn vị", "Lĩnh vực", "Ngày áp dụng lần đầu",
               "Mô tả", "Điều kiện áp dụng", "Hiệu quả", "Ngày đăng ký", "Trạng thái",
               "Lý do trả lại")  # fmt: skip
NOMINATIONS = ("STT", "Số tham chiếu", "Cá nhân/Tập thể", "Tên cá nhân/tập thể", "Đơn vị công tác",
               "Thành tích tiêu biểu", "Người giới thiệu", "Phòng/đơn vị giới thiệu",
               "Ngày đăng ký", "Trạng thái", "Lý do trả lại")  # fmt: skip
SUMMARY = ("Phòng/đơn vị", "Cán bộ trong danh sách", "Cá nhân đã đăng ký", "Đăng ký tập thể",
           "Danh hiệu đăng ký", "Sáng kiến", "Điển hình", "Chờ xử lý", "Trả lại chờ sửa",
           "Đã duyệt")  # fmt: skip
NOMINEE_KINDS = {"person": "Cá nhân", "collective": "Tập thể"}


@dataclass(frozen=True)
class Sheets:
    """The workbook's rows, read from the database: turning them into a file needs nothing
    else, so that can run in a worker thread while the bot serves chats."""

    individual: list[list[Any]]
    collective: list[list[Any]]
    initiatives: list[list[Any]]
    nominations: list[list[Any]]
    summary: list[list[Any]]

    @property
    def rows(self) -> int:
        return sum(map(len, (self.individual, self.collective, self.initiatives,
                             self.nominations)))  # fmt: skip


async def build_workbook(ctx: AppContext, campaign_id: str) -> bytes:
    """The campaign's registrations as an XLSX file's bytes."""
    return workbook_bytes(await workbook_sheets(ctx, campaign_id))


async def workbook_sheets(
    ctx: AppContext, campaign_id: str, records: list[OfficeRecord] | None = None
) -> Sheets:
    """The campaign's registrations (`records`, when already read) as the workbook's rows."""
    if records is None:
        records = await campaign_records(ctx, campaign_id)
    figures = await unit_figures(ctx, campaign_id, records)
    pledges = [r for r in records if r.registration.kind == "pledge"]
    return Sheets(
        individual=[
            _pledge_row(ctx, r, individual=True) for r in pledges
            if r.registration.fields["scope"] == "individual"
        ],
        collective=[
            _pledge_row(ctx, r, individual=False) for r in pledges
            if r.registration.fields["scope"] == "collective"
        ],
        initiatives=[
            row for r in records if r.registration.kind == "initiative"
            for row in _initiative_rows(r)
        ],
        nominations=[_nomination_row(r) for r in records if r.registration.kind == "nomination"],
        summary=[_summary_row(f) for f in figures],
    )  # fmt: skip


def workbook_bytes(sheets: Sheets) -> bytes:
    """The XLSX file of these rows (no database, no bot: safe in a worker thread)."""
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    _sheet(book, "Cá nhân", INDIVIDUAL, sheets.individual)
    _sheet(book, "Tập thể", COLLECTIVE, sheets.collective)
    _sheet(book, "Sáng kiến", INITIATIVES, sheets.initiatives)
    _sheet(book, "Điển hình", NOMINATIONS, sheets.nominations)
    _sheet(book, "Tổng hợp theo đơn vị", SUMMARY, sheets.summary, numbered=False)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _state(found: OfficeRecord) -> tuple[str, str]:
    record = found.registration
    reason = record.review_note or "" if record.review == "returned" else ""
    return REVIEW[record.review], reason


def _day(value: dt.datetime | str) -> dt.date:
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    return value.date()


def _pledge_row(ctx: AppContext, found: OfficeRecord, individual: bool) -> list[Any]:
    record, fields = found.registration, found.registration.fields
    titles = ctx.knowledge.titles
    names = "; ".join(titles[t].name if t in titles else t for t in fields["titles"])
    who = (
        [found.full_name, found.unit, found.position]
        if individual
        else [found.unit, found.full_name]
    )
    return [record.ref, *who, names, fields["targets"], fields["planned_initiative"] or "",
            _day(record.created_at), *_state(found)]  # fmt: skip


def _initiative_rows(found: OfficeRecord) -> list[list[Any]]:
    record, fields = found.registration, found.registration.fields
    return [
        [record.ref, fields["name"], author.name, author.share, found.full_name, found.unit,
         fields["field"], _day(fields["first_applied"]), fields["description"],
         fields["conditions"], fields["benefits"], _day(record.created_at), *_state(found)]
        for author in fields["authors"]
    ]  # fmt: skip


def _nomination_row(found: OfficeRecord) -> list[Any]:
    record, fields = found.registration, found.registration.fields
    return [record.ref, NOMINEE_KINDS[fields["kind"]], fields["nominee"], fields["unit"],
            fields["achievements"], found.full_name, found.unit, _day(record.created_at),
            *_state(found)]  # fmt: skip


def _summary_row(f: UnitFigures) -> list[Any]:
    return [f.unit, f.listed, f.registered, f.collective, f.titles, f.initiatives,
            f.nominations, f.waiting, f.returned, f.approved]  # fmt: skip


def _sheet(
    book: Workbook,
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    numbered: bool = True,
) -> None:
    sheet: Worksheet = book.create_sheet(title)
    sheet.append(list(headers))
    for number, row in enumerate(rows, 1):
        sheet.append([number, *row] if numbered else list(row))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(len(rows) + 1, 2)}"
    for index, header in enumerate(headers, 1):
        letter = get_column_letter(index)
        longest = len(header)
        for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
            if isinstance(cell.value, dt.date):
                cell.number_format = DATE_FORMAT
                longest = max(longest, 10)
            elif cell.value is not None:
                longest = max(longest, len(str(cell.value)))
                if isinstance(cell.value, str) and len(cell.value) > MAX_WIDTH:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[letter].width = min(longest + 2, MAX_WIDTH)
