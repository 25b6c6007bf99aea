"""A 2027 campaign plan written like a real one, as DOCX (letter-head in a table) and PDF."""

from pathlib import Path

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

LEFT_HEAD = ["UBND TỈNH QUẢNG NGÃI", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 15/KH-SNNMT"]
RIGHT_HEAD = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Quảng Ngãi, ngày 10 tháng 12 năm 2026",
]
BODY = [
    "KẾ HOẠCH",
    "Phát động phong trào thi đua năm 2027",
    "",
    "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022;",
    "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 25/6/2025 của Chính phủ quy định chi tiết một số "
    "điều của Luật Thi đua, khen thưởng;",
    "Sở Nông nghiệp và Môi trường phát động phong trào thi đua năm 2027 với chủ đề "
    "“Kỷ cương, sáng tạo, chuyển đổi số, phục vụ Nhân dân” như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "Khơi dậy tinh thần thi đua của công chức, viên chức và người lao động, hoàn thành xuất sắc "
    "nhiệm vụ chính trị năm 2027 của ngành nông nghiệp và môi trường tỉnh.",
    "II. NỘI DUNG THI ĐUA",
    "1. Thi đua hoàn thành số hóa hồ sơ địa chính và cơ sở dữ liệu đất đai của toàn tỉnh "
    "trước ngày 30/9/2027.",
    "2. Thi đua cải cách thủ tục hành chính, giải quyết hồ sơ đúng hạn đạt 100%, không có hồ "
    "sơ trễ hẹn.",
    "3. Thi đua trồng mới 500 ha rừng phòng hộ ven biển và bảo vệ nguồn nước sông Trà Khúc.",
    "III. TIÊU CHÍ THI ĐUA",
    "1. Đối với tập thể:",
    "- Hoàn thành 100% chỉ tiêu được giao; có ít nhất một mô hình chuyển đổi số được nhân rộng.",
    "2. Đối với cá nhân:",
    "- Hoàn thành xuất sắc nhiệm vụ; có sáng kiến cải tiến quy trình giải quyết hồ sơ đất đai "
    "được Hội đồng sáng kiến cơ sở công nhận.",
    "- Tham gia ít nhất 40 giờ bồi dưỡng kỹ năng số trong năm.",
    "IV. TỔ CHỨC THỰC HIỆN",
    "1. Văn phòng Sở",
    "Văn phòng Sở là cơ quan thường trực Hội đồng Thi đua - Khen thưởng, tổng hợp đăng ký thi "
    "đua của các phòng, đơn vị gửi về trước ngày 31/01/2027.",
    "2. Các phòng, đơn vị",
    "Các phòng, đơn vị tổ chức cho công chức, viên chức đăng ký thi đua và gửi báo cáo sơ kết "
    "6 tháng trước ngày 15/6/2027.",
    "Nơi nhận:",
    "- Ban Thi đua - Khen thưởng tỉnh;",
    "- Lưu: VT, VP.",
    "KT. GIÁM ĐỐC",
    "PHÓ GIÁM ĐỐC",
    "Trần Minh Khoa",
]
QUESTIONS = (
    ("số hóa hồ sơ địa chính hoàn thành trước ngày nào", "30/9/2027"),
    ("trồng mới bao nhiêu ha rừng phòng hộ ven biển", "500 ha"),
    ("tiêu chí cá nhân bồi dưỡng kỹ năng số bao nhiêu giờ", "40 giờ"),
)


def make_docx(path: Path) -> Path:
    """The plan as Word writes it: the letter-head in a two-column table, then paragraphs."""
    from docx import Document

    document = Document()
    table = document.add_table(rows=len(LEFT_HEAD), cols=2)
    for row, (left, right) in enumerate(zip(LEFT_HEAD, RIGHT_HEAD, strict=True)):
        table.cell(row, 0).text = left
        table.cell(row, 1).text = right
    for line in BODY:
        heading = line.isupper() or line[:2] in ("I.", "II", "IV") or line.startswith("Nơi nhận")
        document.add_paragraph().add_run(line).bold = heading  # headings in bold, as issued
    document.save(str(path))
    return path


def make_pdf(path: Path) -> Path:
    """The plan as a text PDF exported from Word, with a font that has Vietnamese glyphs."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=11)
    # The letter-head in two columns, as Word lays it out: text extraction runs the columns
    # together on one line.
    for left, right in zip(LEFT_HEAD, RIGHT_HEAD, strict=True):
        pdf.cell(80, 6, left)
        pdf.cell(110, 6, right, new_x="LMARGIN", new_y="NEXT")
    for line in BODY:
        pdf.multi_cell(0, 6, line or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path
