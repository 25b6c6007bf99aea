"""Follow-ups that stay with the last document because they point back to it, and those
that switch because they name another one (task i23h): "thế còn Văn phòng Sở trong văn bản
đó …" keeps the document pointed at; "hồ sơ ở trên", "trong đó" point at it without a noun;
"danh hiệu cấp tỉnh vừa rồi" is the title just discussed; "còn nđ 152?" after the law's date
of effect asks the decree's."""

import pytest

from tests.conftest import Chat

pytestmark = pytest.mark.today


@pytest.mark.parametrize(
    ("first", "follow_up", "line"),
    [
        (
            "kế hoạch thi đua năm 2022 của sở tnmt sóc trăng giao thủ trưởng các phòng làm gì",
            "thế còn Văn phòng Sở trong kế hoạch đó làm gì",
            "Tham mưu Giám đốc Sở",
        ),
        (
            "kh thi dua 2022 so tnmt soc trang giao truong phong tnmt huyen lam gi",
            "con van phong so trong van ban do thi lam gi",
            "Tham mưu Giám đốc Sở",
        ),
        (
            "cv phát động thi đua đặc biệt của sở tnmt kon tum gửi ai",
            "còn văn phòng sở trong công văn đó được giao gì ạ",
            "theo dõi, đôn đốc và tổng hợp",
        ),
    ],
)
async def test_another_subject_of_the_document_pointed_back_to(
    chat: Chat, first: str, follow_up: str, line: str
) -> None:
    text = await chat.answer_after(first, follow_up)
    assert line in text


@pytest.mark.parametrize(
    ("first", "follow_up", "line"),
    [
        (
            "hồ sơ đề nghị xét tặng danh hiệu thi đua theo luật gồm những gì",
            "hồ sơ thủ tục ở trên do ai quy định chi tiết",
            "Chính phủ quy định chi tiết hồ sơ, thủ tục",
        ),
        (
            "tiêu chí thi đua cá nhân trong kế hoạch 2022 của sở tnmt sóc trăng",
            "trong đó có yêu cầu phòng chống dịch bệnh không",
            "phòng, chống dịch bệnh và nội quy",
        ),
    ],
)
async def test_a_pointer_without_a_noun_keeps_the_document(
    chat: Chat, first: str, follow_up: str, line: str
) -> None:
    text = await chat.answer_after(first, follow_up)
    assert line in text


@pytest.mark.parametrize(
    ("first", "follow_up", "bonus"),
    [
        (
            "tiêu chuẩn chiến sĩ thi đua cấp tỉnh là gì",
            "danh hiệu cấp tỉnh vừa rồi được thưởng bao nhiêu",
            "3,0 lần mức lương cơ sở",
        ),
        (
            "chien si thi dua toan quoc can tieu chuan gi",
            "danh hieu toan quoc do duoc thuong bao nhieu lan luong co so",
            "4,5 lần mức lương cơ sở",
        ),
    ],
)
async def test_a_title_pointed_back_to_by_its_level(
    chat: Chat, first: str, follow_up: str, bonus: str
) -> None:
    text = await chat.answer_after(first, follow_up)
    assert bonus in text


@pytest.mark.parametrize(
    ("first", "follow_up", "date"),
    [
        ("Luật TĐKT 2022 có hiệu lực từ khi nào", "thế còn nđ 152?", "01 tháng 7 năm 2025"),
        ("nd 152 hieu luc tu khi nao", "con luat tdkt 2022?", "01/01/2024"),
    ],
)
async def test_another_document_named_keeps_the_date_of_effect(
    chat: Chat, first: str, follow_up: str, date: str
) -> None:
    text = await chat.answer_after(first, follow_up)
    assert date in text


@pytest.mark.parametrize(
    ("turns", "signer"),
    [
        (
            (
                "công văn của sở tnmt kon tum phát động thi đua theo chỉ thị 14 gửi cho ai",
                "chỉ thị đó ai ký",
            ),
            "Lê Ngọc Tuấn",
        ),
        (
            (
                "cv so tnmt kon tum theo chi thi 14 co chu de gi",
                "chi thi do do ai ky",
                "the con cong van vua roi thi ai ky",
            ),
            "Nguyễn Văn Lộc",
        ),
        (
            (
                "Sở Tài nguyên và Môi trường Kon Tum có công văn phát động thi đua theo chỉ thị"
                " nào của Chủ tịch tỉnh",
                "cái chỉ thị đó do ai ký vậy",
                "dạ còn công văn của Sở vừa rồi thì ai ký ạ",
            ),
            "Nguyễn Văn Lộc",
        ),
    ],
)
async def test_a_document_of_another_kind_pointed_at(
    chat: Chat, turns: tuple[str, ...], signer: str
) -> None:
    for said in turns:
        await chat.send(said)
    assert signer in chat.text.split("📄")[0]


@pytest.mark.parametrize(
    ("first", "follow_up"),
    [
        (
            "bây giờ chủ tịch ubnd cấp xã được tặng những danh hiệu gì",
            "còn cấp huyện thì bây giờ thế nào",
        ),
        ("giam doc so duoc tang danh hieu nao theo dieu 80", "the con huyen gio ra sao"),
    ],
)
async def test_a_gone_level_asked_of_now_after_an_authority(
    chat: Chat, first: str, follow_up: str
) -> None:
    text = await chat.answer_after(first, follow_up)
    assert "cấp huyện kết thúc hoạt động" in text


@pytest.mark.parametrize(
    ("turns", "date"),
    [
        (
            (
                "dạ bây giờ Chủ tịch Ủy ban nhân dân cấp xã được quyết định tặng những danh hiệu"
                " thi đua gì ạ",
                "da con cap huyen thi bay gio the nao a",
                "văn bản quy định thẩm quyền cấp xã vừa rồi ban hành ngày nào ạ",
            ),
            "11/6/2025",
        ),
        (
            (
                "nd 152 ban hanh ngay nao",
                "luật thi đua khen thưởng nêu trên được thông qua ngày nào",
            ),
            "15/6/2022",
        ),
    ],
)
async def test_a_document_described_then_pointed_back_to(
    chat: Chat, turns: tuple[str, ...], date: str
) -> None:
    for said in turns:
        await chat.send(said)
    assert date in chat.text.split("📄")[0]


@pytest.mark.parametrize(
    ("first", "follow_up", "now"),
    [
        (
            "kế hoạch thi đua năm 2022 của sở tnmt sóc trăng có chủ đề gì",
            "da Soc Trang o tren bay gio thuoc dau a",
            "Sóc Trăng bây giờ thuộc thành phố Cần Thơ",
        ),
        (
            "phong trào thi đua đặc biệt của sở tnmt kon tum có nói về công nghệ thông tin không",
            "dạ còn tỉnh Kon Tum ở trên bây giờ thuộc tỉnh nào rồi ạ",
            "Kon Tum bây giờ thuộc tỉnh Quảng Ngãi",
        ),
    ],
)
async def test_a_province_named_above_is_not_the_document(
    chat: Chat, first: str, follow_up: str, now: str
) -> None:
    text = await chat.answer_after(first, follow_up)
    assert now in text


async def test_a_year_pointed_at_is_no_part_headed_by_the_word_before_it(chat: Chat) -> None:
    # "chủ đề thi đua năm đó": the year just asked of; not the part headed "… thi đua"
    await chat.send("nam 2022 thi sao, so tnmt soc trang phat dong can cu van ban nao cua bo")
    reply = (await chat.send("Chủ đề thi đua năm đó là gì ạ?"))[0].text
    assert reply.startswith("Chủ đề: “Kỷ cương, trách nhiệm"), reply
