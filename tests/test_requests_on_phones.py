"""Requests as typed on a phone ("e", "dc", a call alone) and refusals that say why."""

import pytest

from handlers.requests import for_the_office
from knowledge.intents import asks_plainly, load_intents
from tests.conftest import Chat


@pytest.mark.parametrize(("typed", "command"), [("nhac e truoc 3 ngay", "/nhacnho 3 ngay")])
def test_e_for_em_is_a_polite_word(typed: str, command: str) -> None:
    said = load_intents().readings(typed)
    assert said[0].command_text(typed, load_intents().fillers) == command


def test_dc_for_duoc_reads_as_the_help() -> None:
    assert load_intents().readings("bot lam dc gi")[0].intent.key == "/help"


async def test_a_call_alone_is_greeted(chat: Chat) -> None:
    replies = await chat.send("ad ơi")
    assert replies[0].text.startswith("Chào anh/chị!")


async def test_a_unit_heads_request_names_whose_work_it_is(chat: Chat) -> None:
    replies = await chat.send("phong em ai chua dang ky")
    assert "chỉ dành cho thủ trưởng đơn vị" in replies[0].text
    assert "Văn phòng Sở cấp quyền" in replies[0].text


def test_an_office_command_in_deadline_words_is_the_offices() -> None:
    assert for_the_office(load_intents().readings("gia hạn đăng ký thêm 1 tuần"))
    assert not for_the_office(load_intents().readings("hạn chót đăng ký"))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("nghỉ phép năm được mấy ngày", "tổ chức cán bộ"),
        ("đóng bhxh bao nhiêu phần trăm", "tổ chức cán bộ"),
        ("sdt phòng tổ chức", "danh bạ"),
    ],
)
async def test_an_off_topic_refusal_says_whom_to_ask(chat: Chat, text: str, words: str) -> None:
    replies = await chat.send(text)
    assert "ngoài phạm vi" in replies[0].text
    assert words in replies[0].text


def test_an_off_topic_answer_only_for_its_own_words() -> None:
    assert load_intents().off_topic_answer("giá vàng hôm nay") is None


@pytest.mark.parametrize(
    ("text", "feature"),
    [
        ("soạn giúp em tờ trình khen thưởng", "việc văn phòng khác"),
        ("năm 2024 em có đạt chiến sĩ thi đua không", "xem kết quả khen thưởng cá nhân"),
        ("em đã được tặng giấy khen chưa", "xem kết quả khen thưởng cá nhân"),
    ],
)
def test_work_or_results_asked_by_their_shape(text: str, feature: str) -> None:
    found = load_intents().feature_asked(text)
    assert found is not None and found.key.startswith(feature)


@pytest.mark.parametrize(
    "text",
    [
        "soạn hồ sơ đề nghị khen thưởng gồm những gì",
        "cá nhân có được xét lao động tiên tiến không",
        "viết báo cáo thành tích theo mẫu nào",
        "đơn đăng ký viết họ tên đầy đủ không",
        "mục đích của phong trào giúp gì cho cán bộ",
        "trong mua dich so tnmt kontum thi dua ho tro doanh nghiep the nao",  # "dịch … hỗ trợ"
        "dich covid so tnmt kon tum ho tro nguoi dan ra sao",
    ],
)
def test_questions_about_the_rules_are_no_missing_feature(text: str) -> None:
    assert load_intents().feature_asked(text) is None


def test_why_a_step_is_asked_is_a_question() -> None:
    assert asks_plainly("sao phải khai chức vụ")
    assert not asks_plainly("Phó trưởng phòng")


async def test_go_on_in_a_dialog_asks_the_step_again(chat: Chat) -> None:
    await chat.send("/hoso")
    replies = await chat.send("tiếp tục")
    assert replies[0].text == "Dạ, mời anh/chị làm tiếp."
    assert "Họ và tên" in replies[-1].text


async def test_what_became_of_a_body_not_in_the_note_says_what_the_note_covers(
    chat: Chat,
) -> None:
    replies = await chat.send("bo ke hoach va dau tu gio sap nhap vao dau")
    assert "chưa có thông tin về việc sắp xếp lại Bộ Kế hoạch và Đầu tư" in replies[0].text
    assert "Tỉnh Kon Tum nay thuộc tỉnh Quảng Ngãi" in replies[0].text


async def test_a_text_not_held_asked_in_force_is_unchecked_with_the_texts_in_force(
    chat: Chat,
) -> None:
    replies = await chat.send("thong tu 12/2019 con hieu luc k")
    assert "chưa kiểm tra được hiệu lực" in replies[0].text
    assert "Cơ sở dữ liệu quốc gia về văn bản pháp luật" in replies[0].text


async def test_a_text_not_held_is_said_ended_when_a_held_document_says_so(chat: Chat) -> None:
    replies = await chat.send("nghị định 91/2017 còn áp dụng không")
    assert replies[0].text.startswith("Theo kho văn bản, Nghị định 91/2017 không còn hiệu lực")


async def test_a_text_not_held_is_not_said_ended_by_a_longer_number_ending_as_its(
    chat: Chat,
) -> None:
    replies = await chat.send("nghị định 1/2017 còn áp dụng không")
    assert "chưa kiểm tra được hiệu lực" in replies[0].text
    assert "91/2017" not in replies[0].text
