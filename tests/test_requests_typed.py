"""Requests typed as on a phone, read through the words staff type for the examples' words
(`same_words` of knowledge/intents.yaml: "ds", "coi", "xlsx", "bản đk"…), the polite "với"
closing a request, and the words that only say which one or when ("cái", "hôm qua", "từng")."""

import pytest

from knowledge.intents import load_intents
from tests.conftest import Chat


@pytest.mark.parametrize(
    ("typed", "command"),
    [
        ("coi ds phong trào thi đua", "/phongtrao"),  # "coi" for xem, "ds" for danh sách
        ("mở tiêu chí tập thể", "/tieuchi tập thể"),  # "mở" for xem, its details kept
        ("đăng ký lđtt năm nay cho em", "/dangkythidua"),  # a title by its initials
        ("rút cái đăng ký hôm trước", "/cuatoi"),  # "cái", "hôm trước" say which one
        ("phòng còn ai chưa đk", "/donvicuatoi"),  # "chưa đk" can only be "chưa đăng ký"
        ("soạn 1 tb gửi các phòng", "/thongbao"),  # "1" says nothing, "tb" for thông báo
        ("tải file xlsx danh sách đăng ký", "/xuatexcel"),
        ("về màn hình chính", "/start"),
        ("cập nhật đơn vị công tác", "/hoso"),  # "cập nhật" for sửa
        ("hướng dẫn sử dụng với", "/help"),  # "với" closing a request is only polite
        ("nhắc em trước 2 ngày với", "/nhacnho 2 ngày"),
    ],
)
def test_a_request_typed_on_a_phone_reaches_its_command(typed: str, command: str) -> None:
    book = load_intents()
    said = book.readings(typed)
    assert said and said[0].score >= 86, said
    assert said[0].command_text(typed, book.fillers, book.same_word) == command


async def test_shorthand_request_gets_the_commands_own_reply(chat: Chat) -> None:
    wanted = (await chat.send("/phongtrao"))[0].text
    assert (await chat.send("coi ds phong trào"))[0].text == wanted
