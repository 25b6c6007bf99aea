"""The text of a file the office sends: DOCX (python-docx), text PDF (pypdf) or TXT.

Every problem is an `ImportProblem` whose message is the Vietnamese sentence to show: too
large, a kind of file we do not read, a password, a damaged file, a scan without text.
"""

import io
import re
import unicodedata
import zipfile
from collections.abc import Callable
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from docx.text.paragraph import Paragraph

MAX_BYTES = 10 * 1024 * 1024
SUFFIXES = (".docx", ".pdf", ".txt")
_MIN_TEXT = 200  # characters: less than this from a PDF means a scan without a text layer
_OLE = b"\xd0\xcf\x11\xe0"  # old .doc files and password-protected Office files


class ImportProblem(ValueError):
    """A file that cannot become a document; the message says why, for the user."""


def check_size(name: str, size: int | None) -> None:
    if size is not None and size > MAX_BYTES:
        raise ImportProblem(
            f"Tệp “{name}” nặng {size / 1024 / 1024:.1f} MB, quá giới hạn "
            f"{MAX_BYTES // 1024 // 1024} MB. Anh/chị vui lòng gửi bản nhỏ hơn (chỉ phần văn bản)."
        )


def extract_text(name: str, data: bytes) -> str:
    """The file's text, paragraphs on their own lines, Unicode NFC."""
    check_size(name, len(data))
    suffix = PurePath(name).suffix.lower()
    if suffix == ".docx":
        text = _docx(name, data)
    elif suffix == ".pdf":
        text = _pdf(name, data)
    elif suffix == ".txt":
        text = _txt(name, data)
    elif suffix == ".doc":
        raise ImportProblem(
            f"Tệp “{name}” là định dạng Word cũ (.doc). Anh/chị vui lòng mở bằng Word, "
            "chọn Lưu thành .docx rồi gửi lại."
        )
    else:
        raise ImportProblem(
            f"Tôi chỉ đọc được tệp DOCX, PDF (có lớp chữ) hoặc TXT; tệp “{name}” không phải "
            "các loại này."
        )
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\xa0", " ")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _docx(name: str, data: bytes) -> str:
    if data.startswith(_OLE):
        raise ImportProblem(
            f"Tệp “{name}” được đặt mật khẩu (hoặc là định dạng Word cũ). Anh/chị vui lòng "
            "bỏ mật khẩu, lưu thành .docx rồi gửi lại."
        )
    from docx import Document as open_docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = open_docx(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise _damaged(name) from exc
    lines: list[str] = []
    number = _list_numbers(document)
    # Body order, tables included: a letter-head is usually a two-column table.
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(_marked(block, number(block)))
        elif isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    lines += [p.text for p in cell.paragraphs]
    return "\n".join(lines)


def _marked(paragraph: "Paragraph", prefix: str = "") -> str:
    """A paragraph's text (after the number Word puts in front of a numbered list item); a
    short one set all in bold is a heading, kept as **bold**."""
    text = f"{prefix} {paragraph.text}" if prefix else paragraph.text
    runs = [run for run in paragraph.runs if run.text.strip()]
    if runs and len(text) < 150 and all(run.bold for run in runs) and text.strip():
        return f"**{text.strip()}**"
    return text


def _list_numbers(document: Any) -> Callable[["Paragraph"], str]:
    """The numbers Word shows in front of automatically numbered paragraphs ("I.", "1.",
    "a)"), which are not in their text: counted here from the numbering definitions."""
    from docx.oxml.ns import qn

    try:
        numbering = document.part.numbering_part.element
    except (NotImplementedError, KeyError, AttributeError):
        return lambda paragraph: ""
    abstract = {a.get(qn("w:abstractNumId")): a for a in numbering.findall(qn("w:abstractNum"))}
    formats: dict[tuple[str, int], tuple[str, str]] = {}
    for num in numbering.findall(qn("w:num")):
        ref = num.find(qn("w:abstractNumId"))
        levels = abstract.get(ref.get(qn("w:val"))) if ref is not None else None
        for level in levels.findall(qn("w:lvl")) if levels is not None else []:
            fmt, text = level.find(qn("w:numFmt")), level.find(qn("w:lvlText"))
            formats[(num.get(qn("w:numId")), int(level.get(qn("w:ilvl"))))] = (
                fmt.get(qn("w:val")) if fmt is not None else "decimal",
                text.get(qn("w:val")) if text is not None else "%1.",
            )
    counters: dict[tuple[str, int], int] = {}

    def number(paragraph: "Paragraph") -> str:
        props = paragraph._p.pPr
        num_pr: Any = props.numPr if props is not None else None
        if num_pr is None and paragraph.style is not None:
            style_props = paragraph.style.element.pPr
            num_pr = style_props.numPr if style_props is not None else None
        if num_pr is None or num_pr.numId is None or num_pr.numId.val == 0:
            return ""
        num_id = str(num_pr.numId.val)
        level = num_pr.ilvl.val if num_pr.ilvl is not None else 0
        counters[(num_id, level)] = counters.get((num_id, level), 0) + 1
        for deeper in [key for key in counters if key[0] == num_id and key[1] > level]:
            del counters[deeper]
        fmt, text = formats.get((num_id, level), ("decimal", "%1."))
        if fmt in ("bullet", "none"):
            return "-" if fmt == "bullet" else ""
        for at in range(level + 1):
            value = counters.get((num_id, at), 1)
            shown = formats.get((num_id, at), ("decimal", ""))[0]
            text = text.replace(f"%{at + 1}", _format_number(value, shown))
        return text

    return number


def _format_number(value: int, fmt: str) -> str:
    if fmt in ("upperRoman", "lowerRoman"):
        roman = ""
        for size, mark in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
            while value >= size:
                roman, value = roman + mark, value - size
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("lowerLetter", "upperLetter"):
        letter = "abcdefghiklmnopqrstuvxy"[(value - 1) % 23]  # the Vietnamese alphabet's order
        return letter if fmt == "lowerLetter" else letter.upper()
    return str(value)


def _pdf(name: str, data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ImportProblem(
                f"Tệp “{name}” được đặt mật khẩu. Anh/chị vui lòng gửi bản không đặt mật khẩu."
            )
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except ImportProblem:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise _damaged(name) from exc
    if len(text.strip()) < _MIN_TEXT:
        raise ImportProblem(
            f"Tệp “{name}” là bản quét (ảnh), không có lớp chữ nên tôi không đọc được. "
            "Anh/chị vui lòng gửi bản DOCX hoặc PDF xuất từ Word."
        )
    return text


def _txt(name: str, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportProblem(
            f"Tệp “{name}” không phải văn bản mã UTF-8. Anh/chị vui lòng lưu lại với mã UTF-8."
        ) from None


def _damaged(name: str) -> ImportProblem:
    return ImportProblem(
        f"Tệp “{name}” bị hỏng hoặc không đúng định dạng, tôi không mở được. "
        "Anh/chị vui lòng kiểm tra và gửi lại."
    )
