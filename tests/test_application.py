"""Initiatives in two stages: a registration early in the year (future dates natural, co-authors
typed as people type them), then the application for recognition, sent as a DOCX file in
the layout of Phụ lục I, Thông tư 18/2013/TT-BKHCN, that python-docx reads back whole."""

import datetime as dt
import io
from pathlib import Path

from docx import Document

from bot.clock import FixedClock
from bot.messages import Reply
from handlers.application_form import AUTHOR_COLUMNS, COMMITMENT, TRIAL_COLUMNS
from tests.conftest import TZ, Chat
from tests.test_dialogs import SOC_TRANG, make_profile


async def register(chat: Chat, authors: str) -> list[Reply]:
    await chat.send("/sangkien")
    await chat.send(SOC_TRANG)
    await chat.send("Số hóa hồ sơ địa chính bằng mã QR")
    return await chat.send(authors)


async def test_co_authors_typed_as_people_type_them(chat: Chat) -> None:
    await make_profile(chat)
    for typed in (
        "tôi 50%; Trần Văn Hùng 30%; Lê Thị Mai 20%",
        "tôi 50%\nTrần Văn Hùng 30%\nLê Thị Mai 20%",
        "tôi 50%, Trần Văn Hùng 30%, Lê Thị Mai 20%",
    ):
        replies = await register(chat, typed)
        assert "Sáng kiến áp dụng trong lĩnh vực nào" in replies[-1].text, typed
        await chat.send("/huy")
    replies = await register(chat, "tôi 50%, Trần Văn Hùng, Lê Thị Mai 20%")
    assert "“Trần Văn Hùng”: thiếu tỷ lệ đóng góp" in replies[0].text
    replies = await chat.send("tôi 50%; Trần Văn Hùng 20%; Lê Thị Mai 20%")
    assert "Tổng tỷ lệ đóng góp phải bằng 100%, hiện là 90%" in replies[0].text


async def test_registration_then_application_sent_as_a_docx_with_every_field(
    chat: Chat, clock: FixedClock, tmp_path: Path
) -> None:
    await make_profile(chat)
    await register(chat, "tôi 70%; Trần Văn Bình 30%")
    await chat.send("Quản lý đất đai")
    expected = await chat.send("15/06/2022")  # a future date is natural at registration
    assert "Mô tả bản chất" in expected[-1].text
    await chat.send("Gắn mã QR lên từng bìa hồ sơ địa chính để tra cứu ngay trên phần mềm")
    await chat.send("Máy quét mã QR, phần mềm quản lý hồ sơ")
    await chat.send("Giảm thời gian tra cứu từ 15 phút xuống 1 phút")
    done = await chat.send("1")
    assert "SK-2022-0001" in done[0].text and "đơn yêu cầu công nhận" in done[0].text

    clock.current = dt.datetime(2022, 6, 10, 9, 0, tzinfo=TZ)
    await chat.send("/cuatoi")
    await chat.press("Xem SK-2022-0001")
    asked = await chat.press("Làm đơn yêu cầu công nhận")
    assert "Kính gửi ai?" in asked[-1].text
    await chat.send("Hội đồng sáng kiến Sở Tài nguyên và Môi trường tỉnh Sóc Trăng")
    wrong = await chat.send("Nguyễn Thị Lan; 12/05/1985; Phòng Đất đai; Chuyên viên; Đại học")
    assert "Còn thiếu thông tin của Trần Văn Bình" in wrong[0].text
    wrong = await chat.send("Nguyễn Thị Lan; 31/02/1985; Phòng Đất đai; Chuyên viên; Đại học")
    assert "không có thật trên lịch" in wrong[0].text
    await chat.send(
        "Nguyễn Thị Lan; 12/05/1985; Phòng Đất đai; Chuyên viên; Đại học\n"
        "Trần Văn Bình; 03/09/1990; Văn phòng Đăng ký đất đai; Viên chức; Kỹ sư"
    )
    await chat.send("Sở Tài nguyên và Môi trường tỉnh Sóc Trăng")  # investor
    asked = await chat.send("05/06/2022")  # expected 15/06, not come yet: the real date
    assert "Những thông tin cần được bảo mật" in asked[-1].text
    await chat.send("Mã nguồn phần mềm tra cứu")
    await chat.send("Văn phòng Đăng ký đất đai giảm 80% thời gian tìm hồ sơ")
    await chat.send(
        "Lê Văn Cường; 20/10/1988; Văn phòng Đăng ký đất đai; Viên chức; Cao đẳng; "
        "Dán mã QR và nhập dữ liệu"
    )
    summary = await chat.send("1")  # the commitment
    assert "Anh/chị kiểm tra lại thông tin làm đơn yêu cầu công nhận sáng kiến" in summary[0].text
    done = await chat.send("1")
    file = done[0].file
    assert file is not None and file.name == "Don-cong-nhan-sang-kien-SK-2022-0001.docx"

    document = Document(io.BytesIO(file.data))
    text = "\n".join(p.text for p in document.paragraphs)
    tables = [
        [[cell.text for cell in row.cells] for row in table.rows] for table in document.tables
    ]
    assert "ĐƠN YÊU CẦU CÔNG NHẬN SÁNG KIẾN" in text
    assert "Kính gửi: Hội đồng sáng kiến Sở Tài nguyên và Môi trường tỉnh Sóc Trăng" in text
    assert tables[0][0] == list(AUTHOR_COLUMNS)
    assert tables[0][1] == ["1", "Nguyễn Thị Lan", "12/05/1985", "Phòng Đất đai", "Chuyên viên",
                            "Đại học", "70%"]  # fmt: skip
    assert tables[0][2][1] == "Trần Văn Bình" and tables[0][2][6] == "30%"
    for line in (
        "đề nghị xét công nhận sáng kiến: Số hóa hồ sơ địa chính bằng mã QR",
        "Chủ đầu tư tạo ra sáng kiến: Sở Tài nguyên và Môi trường tỉnh Sóc Trăng",
        "Lĩnh vực áp dụng sáng kiến: Quản lý đất đai",
        "áp dụng lần đầu hoặc áp dụng thử: 05/06/2022",
        "Mô tả bản chất của sáng kiến: Gắn mã QR",
        "cần được bảo mật (nếu có): Mã nguồn phần mềm tra cứu",
        "điều kiện cần thiết để áp dụng sáng kiến: Máy quét mã QR",
        "theo ý kiến của tác giả: Giảm thời gian tra cứu",
        "kể cả áp dụng thử (nếu có): Văn phòng Đăng ký đất đai giảm 80%",
        "Danh sách những người đã tham gia áp dụng thử",
        COMMITMENT,
        "Sóc Trăng, ngày 10 tháng 06 năm 2022",
        "Người nộp đơn",
    ):
        assert line in text, line
    assert tables[1][0] == list(TRIAL_COLUMNS)
    assert tables[1][1][1] == "Lê Văn Cường" and tables[1][1][6] == "Dán mã QR và nhập dữ liệu"
    stored = await chat.core.ctx.storage.application(1)
    assert stored is not None and stored["recipient"].startswith("Hội đồng sáng kiến")
