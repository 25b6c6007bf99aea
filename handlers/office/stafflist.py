"""Reading a staff list (XLSX or CSV): name, unit, position; optional phone, e-mail, Telegram.

The first row names the columns (Vietnamese or English, with or without diacritics). Every bad
row is reported with its row number, and a file with any bad row is refused whole, so nothing
of it is half-imported.
"""

import csv
import io
import re
import zipfile
from collections.abc import Iterable, Sequence

from openpyxl import load_workbook

from bot.storage.office import StaffRow
from knowledge.normalize import fold

COLUMNS = {
    "full_name": ("ho va ten", "ho ten", "ten", "name", "full name"),
    "unit": ("don vi", "phong", "phong/don vi", "phong ban", "unit", "department"),
    "position": ("chuc vu", "position", "title"),
    "phone": ("dien thoai", "so dien thoai", "sdt", "phone"),
    "email": ("email", "e-mail", "thu dien tu"),
    "telegram": ("telegram", "ten telegram", "telegram username"),
}
REQUIRED = {"full_name": "Họ và tên", "unit": "Đơn vị", "position": "Chức vụ"}
MAX_ROWS = 5000
SHOWN_ERRORS = 10
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 .-]{8,15}$")
_TELEGRAM = re.compile(r"^@?[A-Za-z][A-Za-z0-9_]{4,31}$")


class StaffFileError(ValueError):
    """The file cannot be imported; the message says why in Vietnamese, row by row."""


def read_staff_file(name: str, data: bytes) -> list[StaffRow]:
    """The rows of a staff list, or StaffFileError naming every bad row."""
    table = _table(name, data)
    rows = [[_text(v) for v in row] for row in table]
    while rows and not any(rows[0]):
        rows.pop(0)
    if not rows:
        raise StaffFileError("Tệp không có dòng nào.")
    columns = _columns(rows[0])
    staff: list[StaffRow] = []
    errors: list[str] = []
    seen: dict[tuple[str, str, str], int] = {}
    for number, row in enumerate(rows[1:], 2):
        if not any(row):
            continue
        values = {key: row[index] if index < len(row) else "" for key, index in columns.items()}
        problems = [f"thiếu {label.lower()}" for key, label in REQUIRED.items() if not values[key]]
        problems += _checks(values)
        key = (fold(values["full_name"]), fold(values["unit"]), fold(values["position"]))
        if not problems and key in seen:
            problems.append(f"trùng với dòng {seen[key]}")
        seen.setdefault(key, number)
        if problems:
            errors.append(f"dòng {number}: {', '.join(problems)}")
            continue
        staff.append(
            StaffRow(
                full_name=" ".join(values["full_name"].split()),
                unit=" ".join(values["unit"].split()),
                position=" ".join(values["position"].split()),
                phone=values.get("phone") or None,
                email=values.get("email") or None,
                telegram=(values.get("telegram") or "").lstrip("@") or None,
            )
        )
    if errors:
        shown = "\n".join(f"• {e}" for e in errors[:SHOWN_ERRORS])
        more = (
            f"\n… và {len(errors) - SHOWN_ERRORS} dòng lỗi khác."
            if len(errors) > SHOWN_ERRORS
            else ""
        )
        raise StaffFileError(
            f"Tệp có {len(errors)} dòng lỗi, chưa nhập dòng nào:\n{shown}{more}\n"
            "Anh/chị sửa các dòng này rồi gửi lại tệp."
        )
    if not staff:
        raise StaffFileError("Tệp chỉ có dòng tiêu đề, chưa có cán bộ nào.")
    if len(staff) > MAX_ROWS:
        raise StaffFileError(f"Tệp có {len(staff)} dòng, quá {MAX_ROWS} dòng một lần nhập.")
    return staff


def _table(name: str, data: bytes) -> Iterable[Sequence[object]]:
    lower = name.lower()
    if lower.endswith(".xlsx") or data.startswith(b"PK"):
        try:
            book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
            raise StaffFileError(
                f"Không đọc được tệp {name}: tệp không phải bảng tính Excel (.xlsx) hợp lệ."
            ) from exc
        sheet = book.worksheets[0]
        return list(sheet.iter_rows(values_only=True))
    if lower.endswith(".csv"):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise StaffFileError(
                f"Tệp {name} không phải văn bản UTF-8; hãy lưu lại dạng CSV UTF-8."
            ) from exc
        if "\0" in text:
            raise StaffFileError(f"Không đọc được tệp {name}: tệp không phải bảng CSV.")
        delimiter = (
            ";" if text.split("\n", 1)[0].count(";") > text.split("\n", 1)[0].count(",") else ","
        )
        return list(csv.reader(io.StringIO(text), delimiter=delimiter))
    raise StaffFileError(
        f"Tệp {name} không phải bảng tính. Anh/chị gửi tệp Excel (.xlsx) hoặc CSV có các cột: "
        "Họ và tên, Đơn vị, Chức vụ (thêm Điện thoại, Email, Telegram nếu có)."
    )


def _columns(header: Sequence[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, title in enumerate(header):
        folded = fold(title).strip(" :*")
        for key, names in COLUMNS.items():
            if folded in names and key not in found:
                found[key] = index
    missing = [label for key, label in REQUIRED.items() if key not in found]
    if missing:
        raise StaffFileError(
            f"Dòng đầu của tệp thiếu cột: {', '.join(missing)}. Dòng đầu cần ghi tên các cột: "
            "Họ và tên, Đơn vị, Chức vụ (thêm Điện thoại, Email, Telegram nếu có)."
        )
    return found


def _checks(values: dict[str, str]) -> list[str]:
    problems = []
    name = values["full_name"]
    if name and (len(name.split()) < 2 or any(c.isdigit() for c in name)):
        problems.append(f"họ và tên “{name}” chưa đúng (cần ít nhất hai chữ, không có chữ số)")
    if values.get("email") and not _EMAIL.match(values["email"]):
        problems.append(f"email “{values['email']}” không hợp lệ")
    if values.get("phone") and not _PHONE.match(values["phone"]):
        problems.append(f"điện thoại “{values['phone']}” không hợp lệ")
    if values.get("telegram") and not _TELEGRAM.match(values["telegram"]):
        problems.append(f"tên Telegram “{values['telegram']}” không hợp lệ")
    for key in ("full_name", "unit", "position"):
        if len(values[key]) > 150:
            problems.append(f"{REQUIRED[key].lower()} dài quá 150 ký tự")
    return problems


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())
