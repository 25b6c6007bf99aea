"""Follow-ups that switch to another campaign document and ask what they ask of it (task
i23d): "như thế nào" closing a question of its own, a level said again by the issuer of the
document named ("ở cấp tỉnh thì Chỉ thị 14 của UBND tỉnh …"), a campaign named by the words
of its document's title ("phong trào thi đua đặc biệt"), what a plan calls its year."""

import pytest

from tests.conftest import Chat

pytestmark = pytest.mark.today


@pytest.mark.parametrize(
    ("first", "follow_up", "said"),
    [
        (
            "ct14 kon tum thi dua xay dung mo hinh kinh te gi",
            "còn cv của sở tn&mt kon tum thì nói về dịch vụ công ntn",
            "sử dụng dịch vụ công trực tuyến",
        ),
        (
            "chỉ thị 14 kon tum thi đua xây dựng mô hình kinh tế gì",
            "con cv cua bo tnmt nam 2021 noi ve chuyen doi so nhu the nao",
            "chuyển đổi số toàn diện ngành",
        ),
    ],
)
async def test_a_question_of_its_own_closing_with_nhu_the_nao_is_asked_of_that_document(
    chat: Chat, first: str, follow_up: str, said: str
) -> None:
    text = await chat.answer_after(first, follow_up)
    assert said in text


@pytest.mark.parametrize(
    "follow_up",
    [
        "Dạ, còn ở cấp tỉnh thì Chỉ thị 14 của UBND tỉnh giao cơ quan nào ạ?",
        "con o cap tinh thi chi thi 14 cua ubnd tinh giao co quan nao",
    ],
)
async def test_a_level_the_named_document_says_again_does_not_steer_the_search(
    chat: Chat, follow_up: str
) -> None:
    first = "o kon tum thi cv theo chi thi 14 cua so tnmt giao don vi nao theo doi, tong hop a"
    text = await chat.answer_after(first, follow_up)
    assert "Giao Sở Nội vụ" in text


async def test_a_campaign_named_by_its_title_words_is_that_letter(chat: Chat) -> None:
    await chat.send("so tnmt kon tum phat dong thi dua theo ct 14 chu de gi")
    await chat.send("chủ đề đó ai phát động")
    replies = await chat.send("còn phong trào thi đua đặc biệt của sở thì sao")
    assert "chiến thắng đại dịch COVID-19" in replies[0].text


@pytest.mark.parametrize(
    "follow_up",
    [
        "con nam 2022 thi ke hoach cua so tnmt soc trang danh gia la nam gi a",
        "thế còn năm 2022, kế hoạch của sở tnmt sóc trăng được đánh giá là năm gì",
    ],
)
async def test_what_a_plan_calls_its_year(chat: Chat, follow_up: str) -> None:
    first = "theo công văn thi đua của Bộ TN&MT thì năm 2021 có ý nghĩa quan trọng như thế nào"
    text = await chat.answer_after(first, follow_up)
    assert "năm tạo nền tảng" in text


@pytest.mark.parametrize(
    ("first", "follow_up"),
    [
        ("btnmt 2021 khuyen khich sang kien the nao", "điều kiện sáng kiến?"),
        ("sở tnmt sóc trăng 2022 khuyến khích sáng kiến thế nào", "điều kiện công nhận sáng kiến?"),
    ],
)
async def test_a_terse_subject_headed_in_another_document_is_read_there(
    chat: Chat, first: str, follow_up: str
) -> None:
    text = await chat.answer_after(first, follow_up)
    assert "Có tính mới trong phạm vi cơ sở đó" in text


async def test_a_terse_bonus_after_a_title_stays_with_that_title(chat: Chat) -> None:
    await chat.send("lao dong tien tien can dat nhung tieu chuan gi")
    await chat.send("công nhân, nông dân?")
    replies = await chat.send("tiền thưởng?")
    assert "0,3 lần mức lương cơ sở" in replies[0].text
