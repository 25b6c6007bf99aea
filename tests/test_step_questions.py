"""A question about the dialog step itself is answered from the step's own help, then the step
is asked again; nothing typed so far is lost."""

import pytest

from handlers import DIALOGS
from knowledge.intents import asks_plainly
from tests.conftest import Chat


def test_every_step_of_every_dialog_has_its_help() -> None:
    missing = [f"{d.name}.{s.field}" for d in DIALOGS for s in d.steps if not s.help]
    assert missing == []


def _help(dialog: str, field: str) -> str:
    return next(d for d in DIALOGS if d.name == dialog).step(field).help


async def test_a_question_about_the_profile_steps_is_answered_by_their_help(chat: Chat) -> None:
    await chat.send("/hoso")
    await chat.send("Nguyễn Văn An")
    for asked in ("sao phải khai đơn vị", "don vi la gi vay?"):
        replies = await chat.send(asked)
        assert replies[0].text == _help("profile", "unit"), asked
        assert "Quay lại khai báo hồ sơ" in replies[-1].text and "phòng/đơn vị" in replies[-1].text
    await chat.send("Phòng Kế hoạch")
    for asked in ("chức vụ là gì vậy?", "chuc vu ghi gi"):
        replies = await chat.send(asked)
        assert replies[0].text == _help("profile", "position"), asked
    summary = (await chat.send("Chuyên viên"))[-1].text
    # the answers given before the questions are all kept
    for kept in ("Nguyễn Văn An", "Phòng Kế hoạch", "Chuyên viên"):
        assert kept in summary


async def test_a_question_about_an_initiative_step_is_answered_by_its_help(chat: Chat) -> None:
    for answer in ("/hoso", "Nguyễn Văn An", "Phòng Kế hoạch", "Chuyên viên", "1"):
        await chat.send(answer)
    for answer in ("/sangkien", "Sóc Trăng", "Số hóa hồ sơ bằng mã QR"):
        await chat.send(answer)
    replies = await chat.send("tỷ lệ đóng góp ghi thế nào")
    assert replies[0].text == _help("initiative", "authors")
    await chat.send("tôi 100%")
    await chat.send("Quản lý đất đai")
    for asked in ("ngày áp dụng ghi gì", "ngay ap dung ghi gi vay"):
        replies = await chat.send(asked)
        assert replies[0].text == _help("initiative", "first_applied"), asked
        assert "(5/8)" in replies[-1].text
    # a question of the subject, not of the step, is answered from the documents
    replies = await chat.send("sáng kiến là gì")
    assert replies[0].text != _help("initiative", "first_applied")
    assert "Nghị định số 13/2012/NĐ-CP" in replies[0].text
    assert "(6/8)" in (await chat.send("15/03/2022"))[-1].text


async def test_a_question_at_the_summary_is_answered_and_the_summary_shown_again(
    chat: Chat,
) -> None:
    for answer in ("/hoso", "Nguyễn Văn An", "Phòng Kế hoạch", "Chuyên viên"):
        await chat.send(answer)
    replies = await chat.send("chiến sĩ thi đua cơ sở là gì?")
    assert "Chiến sĩ thi đua cơ sở" in replies[0].text and not replies[0].choices
    assert replies[-1].text.startswith("Anh/chị kiểm tra lại thông tin khai báo hồ sơ")
    assert "Đã lưu hồ sơ của Nguyễn Văn An" in (await chat.send("1"))[0].text


async def test_how_to_fill_another_step_is_answered_by_that_steps_help(chat: Chat) -> None:
    await chat.send("/hoso")
    await chat.send("Nguyễn Văn An")
    # asked while the unit is asked, without "?": the position's help, the unit asked again
    replies = await chat.send("chức vụ thì ghi sao cho đúng")
    assert replies[0].text == _help("profile", "position")
    assert "phòng/đơn vị" in replies[-1].text
    await chat.send("Phòng Kế hoạch")
    replies = await chat.send("chuc vu phai ghi day du khong")  # "phải … không" asks
    assert replies[0].text == _help("profile", "position")
    summary = (await chat.send("Chuyên viên"))[-1].text
    assert "Phòng Kế hoạch" in summary and "sao cho đúng" not in summary


async def test_a_question_typed_as_a_name_is_kept_to_be_saved_after_all(chat: Chat) -> None:
    for answer in ("/hoso", "Nguyễn Văn An", "Phòng Kế hoạch", "Chuyên viên", "1"):
        await chat.send(answer)
    await chat.send("/sangkien")
    await chat.send("Sóc Trăng")
    replies = await chat.send("tên sáng kiến đặt sao cho đúng")
    assert replies[0].text == _help("initiative", "name")
    replies = await chat.send("tỷ lệ đóng góp ghi sao cho đúng")  # another step's help
    assert replies[0].text == _help("initiative", "authors")
    assert "(2/8)" in replies[-1].text and not replies[-1].choices
    # read as a question, answered, and offered as the name all the same: nothing is lost
    replies = await chat.send("Số hóa hồ sơ: vì sao phải làm")
    assert "(2/8)" in replies[-1].text
    assert replies[-1].choices[-1].label.startswith("Ghi làm câu trả lời: Số hóa hồ sơ")
    assert "(3/8)" in (await chat.press("Ghi làm câu trả lời"))[-1].text
    for answer in ("tôi 100%", "Quản lý đất đai", "15/03/2022"):
        await chat.send(answer)
    for answer in ("Mô tả bản chất của sáng kiến số hóa", "Máy quét", "Giảm thời gian tra cứu"):
        await chat.send(answer)
    assert "Tên sáng kiến: Số hóa hồ sơ: vì sao phải làm" in chat.last[-1].text


async def test_the_offer_to_keep_lasts_one_message(chat: Chat) -> None:
    for answer in ("/hoso", "Nguyễn Văn An", "Phòng Kế hoạch", "Chuyên viên", "1"):
        await chat.send(answer)
    await chat.send("/sangkien")
    await chat.send("Sóc Trăng")
    await chat.send("Số hóa hồ sơ: vì sao phải làm")
    assert "(3/8)" in (await chat.send("Số hóa hồ sơ địa chính"))[-1].text
    # "1" at the next step is its own answer, not the text offered before
    replies = await chat.send("1")
    assert replies[0].text.startswith("⚠️") and "(3/8)" in replies[-1].text


async def test_the_offer_to_keep_is_of_its_own_step(chat: Chat) -> None:
    for answer in ("/hoso", "Nguyễn Văn An", "Phòng Kế hoạch", "Chuyên viên", "1"):
        await chat.send(answer)
    await chat.send("/dangkythidua")
    for answer in ("Sóc Trăng", "Cá nhân", "1", "Xong", "Hoàn thành 100% nhiệm vụ được giao"):
        await chat.send(answer)
    offered = (await chat.send("Số hóa hồ sơ: LĐTT là gì"))[-1]
    assert "(4/4)" in offered.text and offered.choices
    assert "(3/4)" in (await chat.send("/quaylai"))[-1].text
    # "1" at the step gone back to is its own answer, not the text offered at the other
    replies = await chat.send("1")
    assert replies[0].text.startswith("⚠️ Chỉ tiêu, cam kết quá ngắn")


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("ai duyệt bản đăng ký này", True),
        ("khi nao phai nop", True),
        ("chuc vu phai ghi day du khong", True),
        ("tiêu chuẩn CSTĐCS gồm những gì", True),
        ("Sao lưu dữ liệu tự động", False),
        ("Không cần gì thêm", False),
        ("Có máy tính, không cần thêm kinh phí", False),
    ],
)
def test_a_short_text_reads_as_a_question_by_its_words(text: str, asks: bool) -> None:
    assert asks_plainly(text) is asks
