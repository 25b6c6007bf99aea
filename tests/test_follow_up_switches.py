"""Follow-ups that switch the title, level or audience and keep what was asked: a whole
question about another title, a title's head with another level ("cờ của tỉnh?"), another
title named alone, an audience typed with the aspect, a polite "thì sao ạ" (task i21i)."""

import pytest

from tests.conftest import Chat

pytestmark = pytest.mark.today


@pytest.mark.parametrize(
    "follow_up",
    [
        "Thế còn danh hiệu Tập thể lao động tiên tiến thì tiêu chuẩn thế nào ạ?",
        "con tap the lao dong tien tien thi can tieu chuan gi",
    ],
)
async def test_a_whole_question_about_another_title(chat: Chat, follow_up: str) -> None:
    first = "tiêu chuẩn danh hiệu Tập thể lao động xuất sắc theo Luật gồm những gì ạ?"
    text = await chat.answer_after(first, follow_up)
    assert "Tập thể lao động tiên tiến" in text.splitlines()[0]


@pytest.mark.parametrize("follow_up", ["cờ của tỉnh?", "co cap tinh?", "thế cờ của bộ?"])
async def test_a_title_s_head_with_another_level(chat: Chat, follow_up: str) -> None:
    text = await chat.answer_after("co thi dua cua chinh phu thuong bao nhieu", follow_up)
    assert "8,0 lần" in text


@pytest.mark.parametrize(
    ("follow_up", "bonus"),
    [("chiến sĩ thi đua toàn quốc?", "4,5 lần"), ("chien si thi dua co so", "1,0 lần")],
)
async def test_another_title_named_alone_keeps_the_aspect(
    chat: Chat, follow_up: str, bonus: str
) -> None:
    text = await chat.answer_after("cờ thi đua của chính phủ thưởng bao nhiêu", follow_up)
    assert bonus in text


@pytest.mark.parametrize("follow_up", ["tiêu chí cá nhân?", "tieu chi doi voi ca nhan?"])
async def test_an_audience_with_the_aspect_stays_in_the_plan(chat: Chat, follow_up: str) -> None:
    text = await chat.answer_after("chu de thi dua 2022 cua so tnmt soc trang", follow_up)
    assert "phòng, chống dịch bệnh và nội quy của cơ quan, đơn vị" in text


@pytest.mark.parametrize(
    "follow_up", ["Còn Sở ở Kon Tum theo Chỉ thị 14 thì sao ạ?", "con kon tum theo ct14 thi sao a"]
)
async def test_a_polite_follow_up_keeps_the_theme(chat: Chat, follow_up: str) -> None:
    first = "Thế chủ đề thi đua năm 2022 của Sở Tài nguyên và Môi trường Sóc Trăng là gì ạ?"
    text = await chat.answer_after(first, follow_up)
    assert "Đoàn kết, sáng tạo thi đua xây dựng và bảo vệ Tổ quốc" in text


@pytest.mark.parametrize(
    "follow_up",
    ["sở ban hành kh đó bây giờ là sở gì", "co quan ban hanh ke hoach do gio thuoc dau"],
)
async def test_the_body_that_issued_the_plan_now(chat: Chat, follow_up: str) -> None:
    # the plan's issuer, not the ministry whose letter the answer cited
    text = await chat.answer_after("kế hoạch thi đua 2022 sóc trăng căn cứ văn bản nào", follow_up)
    assert "Sở Nông nghiệp và Môi trường thành phố Cần Thơ" in text
