"""The office adds a campaign plan from the chat: generated DOCX and PDF files laid out like the
real ones go through Telegram (file download included) or the console; the plan is then
answered, listed as open and registered for, in this process and in another one."""

import datetime as dt
import io
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import open_core
from bot.clock import FixedClock
from bot.roles import REFUSED
from bot.settings import Settings
from knowledge import KnowledgeBase
from knowledge.extract import ImportProblem, extract_text
from knowledge.letterhead import read_letterhead
from tests.campaign_files import FONT, QUESTIONS, make_docx, make_pdf
from tests.conftest import TZ, Chat
from tests.fakes.telegram_api import FakeTelegram
from tests.test_dialogs import make_profile
from tests.test_telegram import Harness, fake, start_bot, telegram_settings, texts

__all__ = ["fake"]  # the fake Bot API fixture, shared with the Telegram tests

OFFICE = 7001
STAFF = 1001
MIME = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".pdf": "application/pdf",
}


@pytest.fixture
def december(clock: FixedClock) -> FixedClock:
    clock.current = dt.datetime(2026, 12, 15, 9, 0, tzinfo=TZ)
    return clock


def test_the_letter_head_and_signature_are_read_from_docx_and_pdf(tmp_path: Path) -> None:
    if not FONT.is_file():
        pytest.skip(f"{FONT} missing (Debian package fonts-dejavu-core)")
    for path in (make_docx(tmp_path / "kh.docx"), make_pdf(tmp_path / "kh.pdf")):
        draft = read_letterhead(extract_text(path.name, path.read_bytes()))
        assert draft.kind == "Kế hoạch" and draft.number == "15/KH-SNNMT", path
        assert draft.issuer == "Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi", path
        assert (draft.place, draft.date) == ("Quảng Ngãi", dt.date(2026, 12, 10)), path
        assert draft.title == "Phát động phong trào thi đua năm 2027", path
        assert draft.theme == "Kỷ cương, sáng tạo, chuyển đổi số, phục vụ Nhân dân", path
        assert draft.period == "2027" and len(draft.based_on) == 2, path
        assert (draft.signer_title, draft.signer_name) == ("Phó Giám đốc", "Trần Minh Khoa")
        assert "## III. TIÊU CHÍ THI ĐUA" in draft.body and "### 2. Đối với cá nhân:" in draft.body


def test_unreadable_files_get_a_clear_answer(tmp_path: Path) -> None:
    from fpdf import FPDF

    scan = FPDF()
    scan.add_page()  # a page with no text layer, as a scanner makes
    scan.rect(10, 10, 100, 100)
    cases = {
        "scan.pdf": (bytes(scan.output()), "bản quét"),
        "broken.docx": (b"PK\x03\x04 not really a zip", "bị hỏng"),
        "locked.docx": (b"\xd0\xcf\x11\xe0" + b"\0" * 600, "mật khẩu"),
        "broken.pdf": (b"%PDF-1.7 garbage", "bị hỏng"),
        "photo.jpg": (b"\xff\xd8\xff", "chỉ đọc được tệp DOCX, PDF"),
        "big.txt": (b"a" * (10 * 1024 * 1024 + 1), "quá giới hạn"),
    }
    for name, (data, problem) in cases.items():
        with pytest.raises(ImportProblem, match=problem):
            extract_text(name, data)
    from pypdf import PdfReader, PdfWriter

    plain = make_pdf(tmp_path / "kh.pdf") if FONT.is_file() else None
    if plain is not None:
        writer = PdfWriter(clone_from=PdfReader(plain))
        writer.encrypt("mat-khau")
        locked = io.BytesIO()
        writer.write(locked)
        with pytest.raises(ImportProblem, match="mật khẩu"):
            extract_text("locked.pdf", locked.getvalue())


@pytest.fixture
async def office_bot(
    fake: FakeTelegram, tmp_path: Path, kb: KnowledgeBase, december: FixedClock
) -> AsyncIterator[Harness]:
    settings = telegram_settings(tmp_path, fake, THIDUA_ADMINS=f"telegram:{OFFICE}")
    async for harness in start_bot(fake, settings, kb, december):
        yield harness


def file_of(path: Path) -> tuple[str, bytes]:
    return path.name, path.read_bytes()


async def send_file(bot: Harness, file: tuple[str, bytes], user: int = OFFICE) -> str:
    before = len(bot.fake.sent)
    name, data = file
    bot.fake.user_sends_file(user, name, data, MIME[Path(name).suffix])
    bot.updates += 1
    await bot.channel.handled.reach(bot.updates)
    return texts(bot.fake.sent[before:])


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
async def test_a_plan_sent_on_telegram_is_answered_listed_and_registered_for(
    office_bot: Harness, tmp_path: Path, suffix: str
) -> None:
    if suffix == ".pdf" and not FONT.is_file():
        pytest.skip(f"{FONT} missing (Debian package fonts-dejavu-core)")
    bot = office_bot
    path = (make_docx if suffix == ".docx" else make_pdf)(tmp_path / f"KH-15-2027{suffix}")
    refused = await send_file(bot, file_of(path), user=STAFF)
    assert refused == REFUSED
    assert bot.fake.downloads == []  # the role is read before anything is downloaded
    shown = await send_file(bot, file_of(path))
    # getFile, then the download (files reach the core downloaded, before the transaction)
    assert bot.fake.downloads[-1] == f"documents/file_2{suffix}"
    assert "• Số: 15/KH-SNNMT" in shown
    assert "• Người ký: Phó Giám đốc Trần Minh Khoa" in shown
    assert "Hạn đăng ký thi đua của phong trào này" in shown
    assert "Văn bản ghi: “Văn phòng Sở" in shown and "ví dụ 31/01/2027 17:00" in shown
    await bot.say("31/01/2027 17:00", user=OFFICE)
    summary = texts(await bot.say("/boqua", user=OFFICE))
    assert "• Hạn đăng ký thi đua: 17:00 Chủ nhật, ngày 31/01/2027" in summary
    await bot.press("Sửa một mục", user=OFFICE)  # the office corrects a field
    await bot.press("Người ký", user=OFFICE)
    summary = texts(await bot.say("Trần Minh Khoa Anh", user=OFFICE))
    assert "• Người ký: Trần Minh Khoa Anh" in summary
    done = texts(await bot.press("Xác nhận", user=OFFICE))
    assert "Đã thêm Kế hoạch số 15/KH-SNNMT ngày 10/12/2026" in done

    for question, fact in QUESTIONS:
        answer = texts(await bot.say(question))
        assert fact in answer, question
        assert "📄 Nguồn: Kế hoạch số 15/KH-SNNMT ngày 10/12/2026 của Sở Nông nghiệp" in answer
    listing = await bot.say("/phongtrao")
    first = listing[-1].reply_markup["inline_keyboard"][0][0]["text"]  # type: ignore[index]
    assert first.startswith("Sở NN&MT Quảng Ngãi") and first.endswith("đang mở đăng ký")
    await bot.say("/hoso")
    for answer in ("Nguyễn Thị Lan", "Phòng Đất đai", "Chuyên viên"):
        await bot.say(answer)
    await bot.press("Xác nhận")
    await bot.say("/dangkythidua")
    await bot.press("Sở NN&MT Quảng Ngãi")
    toggled = await bot.press("Lao động tiên tiến")  # titles toggle until "Xong"
    labels = [row[0]["text"] for row in toggled[-1].reply_markup["inline_keyboard"]]  # type: ignore[index]
    assert "✓ Lao động tiên tiến" in labels and labels[-1] == "Xong"
    assert texts(toggled).startswith("Đã chọn: Lao động tiên tiến. Bấm thêm")
    await bot.press("Chiến sĩ thi đua cơ sở")
    await bot.press("Lao động tiên tiến")  # off again
    await bot.press("Lao động tiên tiến")  # and on
    await bot.press("Xong")
    await bot.say("Hoàn thành số hóa 100% hồ sơ địa chính được giao")
    summary = texts(await bot.say("/boqua"))
    assert "Danh hiệu đăng ký: Chiến sĩ thi đua cơ sở, Lao động tiên tiến" in summary
    done = texts(await bot.press("Xác nhận"))
    assert "TD-2027-0001" in done
    mine = texts(await bot.say("/cuatoi"))
    assert "TD-2027-0001 – Đăng ký thi đua: Cá nhân: Chiến sĩ thi đua cơ sở" in mine


async def test_a_document_added_in_one_process_is_answered_by_another_within_a_minute(
    tmp_path: Path, kb: KnowledgeBase, december: FixedClock
) -> None:
    settings = Settings.from_env(
        {"THIDUA_DB": str(tmp_path / "shared.sqlite3"), "THIDUA_ADMINS": "console:9"}
    )
    other_clock = FixedClock(december.now())
    path = make_docx(tmp_path / "kh.docx")
    question, fact = QUESTIONS[1]
    async with (
        open_core(settings, kb, december) as first,
        open_core(settings, kb, other_clock) as second,
    ):
        office, staff = Chat(first, "9"), Chat(second, "1001")
        assert fact not in (await staff.send(question))[0].text
        await office.send(f"/themvanban {path}")
        await office.send("31/01/2027 17:00")
        await office.send("/boqua")
        assert "Đã thêm" in (await office.send("1"))[0].text
        other_clock.advance(dt.timedelta(seconds=59))
        answer = (await staff.send(question))[0].text
        assert fact in answer and "15/KH-SNNMT" in answer
        await make_profile(staff)
        listing = (await staff.send("/phongtrao"))[0]
        assert listing.choices[0].label.startswith("Sở NN&MT Quảng Ngãi")
        assert listing.choices[0].label.endswith("đang mở đăng ký")
        # Retired in the first process: gone from the second too.
        await office.send("/phongtrao")
        await office.press("Quảng Ngãi")
        await office.press("Thôi áp dụng")
        assert "Đã thôi áp dụng" in (await office.press("Thôi áp dụng"))[0].text
        other_clock.advance(dt.timedelta(seconds=60))
        assert "Quảng Ngãi" not in (await staff.send("/phongtrao"))[0].text


async def test_a_failed_import_leaves_the_knowledge_base_as_it_was(
    tmp_path: Path, kb: KnowledgeBase, december: FixedClock
) -> None:
    settings = Settings.from_env(
        {"THIDUA_DB": str(tmp_path / "db.sqlite3"), "THIDUA_ADMINS": "console:9"}
    )
    letter = tmp_path / "thu-moi.txt"
    letter.write_text("Kính mời anh chị dự họp giao ban tuần tại phòng họp số 2.", "utf-8")
    broken = tmp_path / "hong.docx"
    broken.write_bytes(b"PK\x03\x04 hong")
    async with open_core(settings, kb, december) as core:
        office = Chat(core, "9")
        assert (
            "không phải văn bản về phong trào thi đua"
            in (await office.send(f"/themvanban {letter}"))[0].text
        )
        assert "bị hỏng" in (await office.send(f"/themvanban {broken}"))[0].text
        await office.send(f"/themvanban {make_docx(tmp_path / 'kh.docx')}")
        assert "Đã hủy" in (await office.send("/huy"))[0].text
        assert await core.ctx.storage.documents.stored() == []
        assert core.ctx.knowledge.documents == kb.documents
        refused = await Chat(core, "5").send("/themvanban /etc/hostname")
        assert [r.text for r in refused] == [REFUSED]


def test_docs_add_from_the_shell_then_the_console_chat_answers(tmp_path: Path) -> None:
    from tests.test_cli import run

    db = str(tmp_path / "db.sqlite3")
    path = make_docx(tmp_path / "kh.docx")
    added = run(["docs", "add", str(path), "--registration", "31/12/2099 17:00", "--db", db])
    assert added.returncode == 0, added.stderr
    assert "Đã thêm Kế hoạch số 15/KH-SNNMT" in added.stdout
    assert "(mã snnmt-quangngai-2027-15)" in added.stdout
    listed = run(["docs", "list", "--db", db])
    assert "snnmt-quangngai-2027-15\t" in listed.stdout
    question, fact = QUESTIONS[0]
    chat = run(["chat", "--db", db], f"{question}\n")
    assert fact in chat.stdout and "15/KH-SNNMT" in chat.stdout
    asked = run(["ask", "--json", "-"], f"{question}\n", env={"THIDUA_DB": db})
    assert fact in asked.stdout and "15/KH-SNNMT" in asked.stdout
    retired = run(["docs", "retire", "snnmt-quangngai-2027-15", "--db", db])
    assert "Đã thôi áp dụng" in retired.stdout
    assert "15/KH-SNNMT" not in run(["chat", "--db", db], f"{question}\n").stdout
    missing = run(["docs", "add", str(tmp_path / "none.docx"), "--db", db])
    assert missing.returncode == 1 and "Không đọc được tệp" in missing.stdout


async def test_a_file_reply_is_sent_as_a_telegram_document(office_bot: Harness) -> None:
    from bot.messages import OutFile, Reply

    await office_bot.say("/start", user=STAFF)
    form = OutFile("Don-cong-nhan-sang-kien-SK-2027-0001.docx", b"PK\x03\x04 form")
    await office_bot.channel.send(str(STAFF), [Reply("Đơn của anh/chị:", file=form)])
    assert office_bot.fake.documents == [(STAFF, form.name, form.data)]
    assert office_bot.fake.errors() == []


def test_the_bundled_documents_texts_give_back_their_front_matter() -> None:
    """Real converted documents, letter-heads partly missing: what the reader finds is right."""
    from knowledge.documents import load_documents

    for doc in (d for d in load_documents() if d.is_campaign):  # the legal texts are excerpts
        draft = read_letterhead(doc.body)
        assert draft.kind == doc.kind and draft.number and doc.number, doc.id
        assert draft.number.split("/")[1] == doc.number.split("/")[1], doc.id  # copies: no digits
        assert draft.title is not None and draft.title[:40] == doc.title[:40], doc.id
        assert draft.issuer in (doc.issuer, None), doc.id  # None: the office is asked
        assert draft.signer_title == doc.signer.title, doc.id
        assert draft.signer_name == doc.signer.name, doc.id
        if doc.theme and draft.theme:
            assert draft.theme == doc.theme, doc.id


def test_registration_dates_written_in_words_are_found() -> None:
    text = (
        "KẾ HOẠCH\nPhát động phong trào thi đua năm 2027\n"
        "Các đơn vị gửi bản đăng ký thi đua về Văn phòng Sở chậm nhất ngày 15 tháng 01 năm 2027."
        "\nCá nhân đăng ký sáng kiến trước ngày 31/3/2027.\n"
    )
    hints = read_letterhead(text).deadline_hints
    assert hints["registration"][0] == dt.date(2027, 1, 15)
    assert hints["initiative"][0] == dt.date(2027, 3, 31)


def test_word_automatic_numbering_is_kept() -> None:
    from docx import Document

    document = Document()
    for line in ("KẾ HOẠCH", "Phát động phong trào thi đua năm 2027", "Tiêu chí thi đua:"):
        document.add_paragraph(line)
    document.add_paragraph("Đối với tập thể:", style="List Number")
    document.add_paragraph("Hoàn thành 100% chỉ tiêu thi đua được giao trong năm.")
    document.add_paragraph("Đối với cá nhân:", style="List Number")
    out = io.BytesIO()
    document.save(out)
    body = read_letterhead(extract_text("kh.docx", out.getvalue())).body
    assert "### 1. Đối với tập thể:" in body and "### 2. Đối với cá nhân:" in body


REVIEWS_PLAN = """UBND TỈNH QUẢNG NGÃI
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 25/KH-SNNMT
Quảng Ngãi, ngày 05 tháng 12 năm 2026
KẾ HOẠCH
Phát động phong trào thi đua năm 2027
Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ;
I. CHỦ ĐỀ
"Đoàn kết, chuyển đổi số, hoàn thành xuất sắc nhiệm vụ năm 2027"
II. NỘI DUNG THI ĐUA
1. Thi đua hoàn thành số hóa hồ sơ đất đai trong năm 2027.
III. TỔ CHỨC THỰC HIỆN
1. Các phòng, đơn vị đăng ký thi đua gửi về Văn phòng Sở trước ngày 15/01/2027.
2. Sơ kết 6 tháng trước ngày 15/7/2027; tổng kết trước ngày 30/11/2027.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Văn Minh
"""


async def test_review_dates_a_plan_sets_are_asked_and_kept_for_unit_heads(
    tmp_path: Path, kb: KnowledgeBase, clock: FixedClock
) -> None:
    hints = read_letterhead(REVIEWS_PLAN).deadline_hints
    assert hints["six_month"][0] == dt.date(2027, 7, 15)
    assert hints["year_end"][0] == dt.date(2027, 11, 30)
    path = tmp_path / "kh-2027.txt"
    path.write_text(REVIEWS_PLAN, encoding="utf-8")
    settings = Settings.from_env(
        {"THIDUA_DB": str(tmp_path / "db.sqlite3"), "THIDUA_ADMINS": "console:9"}
    )
    clock.current = dt.datetime(2026, 12, 1, 9, 0, tzinfo=TZ)
    async with open_core(settings, kb, clock) as core:
        office = Chat(core, "9")
        await office.send(f"/themvanban {path}")
        assert "(1/4) Văn bản ghi: “Các phòng, đơn vị đăng ký thi đua" in office.text
        await office.send("15/01/2027 17:00")
        await office.send("/boqua")  # the initiatives' date, which the text does not set
        assert "(3/4) Văn bản ghi: “Sơ kết 6 tháng trước ngày 15/7/2027;”" in office.text
        assert "Gõ “đúng” để lấy 17:00 ngày 15/07/2027." in office.text
        await office.send("đúng")  # the date the text set
        assert "Hạn báo cáo tổng kết năm" in office.text
        await office.send("30/11/2027 17:00")
        assert "• Hạn báo cáo sơ kết 6 tháng: 17:00 thứ Năm, ngày 15/07/2027" in office.text
        await office.send("1")
        assert office.text.startswith("Đã thêm Kế hoạch số 25/KH-SNNMT")
        kept = {
            s.deadline.kind: s.deadline.audience
            for s in await core.ctx.storage.reminders.deadlines()
            if s.deadline.campaign_id.startswith("snnmt")
        }
        assert kept == {
            "registration": "unregistered", "six_month": "unit_heads", "year_end": "unit_heads"
        }  # fmt: skip


def test_a_dossier_of_results_is_no_six_month_review() -> None:
    plan = REVIEWS_PLAN.replace(
        "2. Sơ kết 6 tháng trước ngày 15/7/2027; tổng kết trước ngày 30/11/2027.",
        "2. Gửi hồ sơ kết quả thi đua về Văn phòng Sở trước ngày 30/10/2027.",
    )
    hints = read_letterhead(plan).deadline_hints
    assert "six_month" not in hints and "year_end" not in hints
    assert hints["registration"][0] == dt.date(2027, 1, 15)
