"""The "Đơn yêu cầu công nhận sáng kiến" as a DOCX file in the layout of Phụ lục I,
Thông tư 18/2013/TT-BKHCN: national heading, title, "Kính gửi", the authors' table, the
numbered items, the trial participants' table, the commitment, place, date and signature.
"""

import datetime as dt
import io
from dataclasses import dataclass

AUTHOR_COLUMNS = (
    "Số TT", "Họ và tên", "Ngày tháng năm sinh", "Nơi công tác (hoặc nơi thường trú)",
    "Chức danh", "Trình độ chuyên môn", "Tỷ lệ (%) đóng góp vào việc tạo ra sáng kiến",
)  # fmt: skip
TRIAL_COLUMNS = (
    "Số TT", "Họ và tên", "Ngày tháng năm sinh", "Nơi công tác", "Chức danh",
    "Trình độ chuyên môn", "Nội dung công việc hỗ trợ",
)  # fmt: skip
COMMITMENT = (
    "Tôi (chúng tôi) xin cam đoan mọi thông tin nêu trong đơn là trung thực, đúng sự thật và "
    "hoàn toàn chịu trách nhiệm trước pháp luật."
)


@dataclass(frozen=True)
class Person:
    name: str
    born: str  # dd/mm/yyyy
    workplace: str
    title: str
    qualification: str
    share_or_task: str  # the share ("60%") for an author, the work done for a trial helper


@dataclass(frozen=True)
class Application:
    recipient: str
    authors: tuple[Person, ...]
    name: str
    investor: str
    field: str
    first_applied: dt.date
    description: str
    confidential: str
    conditions: str
    benefits: str
    trial_benefits: str
    place: str
    signed: dt.date
    trial_people: tuple[Person, ...] = ()


def application_docx(form: Application) -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = Document()

    def centred(text: str, bold: bool = False) -> None:
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run(text).bold = bold

    def item(label: str, value: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.add_run(label).bold = True
        paragraph.add_run(f" {value}")

    def table(columns: tuple[str, ...], people: tuple[Person, ...]) -> None:
        grid = document.add_table(rows=1, cols=len(columns))
        grid.style = "Table Grid"
        for cell, heading in zip(grid.rows[0].cells, columns, strict=True):
            cell.text = heading
        for number, person in enumerate(people, 1):
            values = (str(number), person.name, person.born, person.workplace, person.title,
                      person.qualification, person.share_or_task)  # fmt: skip
            for cell, value in zip(grid.add_row().cells, values, strict=True):
                cell.text = value

    centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True)
    centred("Độc lập - Tự do - Hạnh phúc", bold=True)
    centred("ĐƠN YÊU CẦU CÔNG NHẬN SÁNG KIẾN", bold=True)
    item("Kính gửi:", form.recipient)
    document.add_paragraph("Tôi (chúng tôi) ghi tên dưới đây:")
    table(AUTHOR_COLUMNS, form.authors)
    item("Là tác giả (nhóm tác giả) đề nghị xét công nhận sáng kiến:", form.name)
    item("- Chủ đầu tư tạo ra sáng kiến:", form.investor)
    item("- Lĩnh vực áp dụng sáng kiến:", form.field)
    item(
        "- Ngày sáng kiến được áp dụng lần đầu hoặc áp dụng thử:",
        f"{form.first_applied:%d/%m/%Y}",
    )
    item("- Mô tả bản chất của sáng kiến:", form.description)
    item("- Những thông tin cần được bảo mật (nếu có):", form.confidential)
    item("- Những điều kiện cần thiết để áp dụng sáng kiến:", form.conditions)
    item(
        "- Đánh giá lợi ích thu được hoặc dự kiến có thể thu được do áp dụng sáng kiến theo ý "
        "kiến của tác giả:",
        form.benefits,
    )
    item(
        "- Đánh giá lợi ích thu được hoặc dự kiến có thể thu được do áp dụng sáng kiến theo ý "
        "kiến của tổ chức, cá nhân đã tham gia áp dụng sáng kiến lần đầu, kể cả áp dụng thử "
        "(nếu có):",
        form.trial_benefits,
    )
    document.add_paragraph(
        "- Danh sách những người đã tham gia áp dụng thử hoặc áp dụng sáng kiến lần đầu (nếu có):"
    )
    if form.trial_people:
        table(TRIAL_COLUMNS, form.trial_people)
    else:
        document.add_paragraph("Không có.")
    document.add_paragraph(COMMITMENT)
    signed = document.add_paragraph(
        f"{form.place}, ngày {form.signed:%d} tháng {form.signed:%m} năm {form.signed:%Y}"
    )
    signed.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    centred("Người nộp đơn", bold=True)
    centred("(Ký và ghi rõ họ tên)")
    centred(form.authors[0].name if form.authors else "")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
