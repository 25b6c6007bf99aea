"""Follow-ups about a document the last answer named (the resolution a note cites, the decree
that replaced another, the decree a rate comes from), and "when" questions about what a
document says, which are not the person's deadlines."""

import pytest

from handlers import named_things
from tests.conftest import Chat

pytestmark = pytest.mark.today


def lead(replies: list) -> str:  # type: ignore[type-arg]
    """The answer itself, without its source lines."""
    return str(replies[0].text).split("📄")[0]


def test_a_directive_cited_with_its_date_in_words_is_told_by_its_issuer() -> None:
    answer = (
        "Thực hiện Chỉ thị số 34-CT/TW ngày 07 tháng 4 năm 2014 của Bộ Chính trị về đổi mới, "
        "Chỉ thị số 19/CT-TTg ngày 16 tháng 7 năm 2021 của Thủ tướng Chính phủ về phát động."
    )
    named = named_things.named_in("căn cứ chỉ thị nào của thủ tướng", answer)
    assert named == named_things.Named("chi thi", "Chỉ thị số 19/CT-TTg")


def test_a_basis_named_by_its_number_alone_is_what_was_named() -> None:
    answer = "Căn cứ: 8240/BTNMT-TĐKTTT ngày 31/12/2021 của Bộ Tài nguyên và Môi trường."
    named = named_things.named_in("can cu van ban nao", answer)
    assert named == named_things.Named("van ban", "8240/BTNMT-TĐKTTT")


async def test_the_date_of_the_directive_a_directive_carries_out(chat: Chat) -> None:
    await chat.send("chỉ thị 14 của ubnd kon tum thực hiện chỉ thị nào của thủ tướng")
    assert "16 tháng 7 năm 2021" in lead(await chat.send("chỉ thị ấy ban hành ngày nào"))


async def test_the_date_of_the_basis_a_plan_names_by_its_number(chat: Chat) -> None:
    await chat.send("kế hoạch thi đua sóc trăng 2022 căn cứ văn bản nào")
    assert "31/12/2021" in lead(await chat.send("văn bản ấy ngày mấy"))


@pytest.mark.parametrize("asked", ["theo nq nào", "theo nghị quyết nào"])
async def test_the_resolution_asked_for_in_shorthand_is_the_one_pointed_at(
    chat: Chat, asked: str
) -> None:
    await chat.send("tỉnh kon tum giờ thuộc tỉnh nào")
    await chat.send(asked)
    reply = lead(await chat.send("nghị quyết đó ngày nào"))
    assert "Nghị quyết số 202/2025/QH15 ngày 12/6/2025" in reply


async def test_the_resolution_a_note_cites_without_being_asked(chat: Chat) -> None:
    await chat.send("tỉnh kon tum giờ thuộc tỉnh nào")
    reply = lead(await chat.send("nghị quyết ấy ban hành ngày nào"))
    assert "202/2025/QH15 ngày 12/6/2025" in reply and "(bản lưu để trống" not in reply


async def test_when_the_named_resolution_was_passed(chat: Chat) -> None:
    await chat.send("sắp xếp đơn vị hành chính cấp tỉnh theo nghị quyết số mấy")
    reply = lead(await chat.send("thông qua ngày nào"))
    assert "202/2025/QH15 ngày 12/6/2025" in reply and "06/2022" not in reply


async def test_what_the_resolution_says_is_read_where_it_is_cited(chat: Chat) -> None:
    await chat.send("nghị quyết 202/2025/QH15 ban hành ngày nào")
    reply = lead(await chat.send("nghị quyết đó gộp sóc trăng với tỉnh nào vào cần thơ"))
    assert "Hậu Giang" in reply


@pytest.mark.parametrize(
    ("repealed", "follow_up", "expected"),
    [
        ("nghị định 98/2023 còn áp dụng không", "văn bản thay thế có hiệu lực từ khi nào", "01/7/2025"),
        ("nđ 98/2023 còn hiệu lực không", "văn bản thay thế do ai ký", "Nguyễn Hoà Bình"),
        ("luật thi đua khen thưởng 2003 còn hiệu lực không", "văn bản thay thế ai ký", "Vương Đình Huệ"),
    ],
)  # fmt: skip
async def test_the_replacing_document_after_a_repealed_one(
    chat: Chat, repealed: str, follow_up: str, expected: str
) -> None:
    await chat.send(repealed)
    assert expected in (await chat.send(follow_up))[0].text


@pytest.mark.parametrize(
    "still", ["còn áp dụng được không hay bị thay rồi", "con dung duoc ko hay da bi thay the"]
)
async def test_whether_the_circular_just_discussed_still_holds(chat: Chat, still: str) -> None:
    await chat.send("thông tư 18/2013 do ai ký")
    assert "Chưa thấy văn bản thay thế" in lead(await chat.send(still))


@pytest.mark.parametrize("asked", ["15% là quy định của văn bản nào", "mức 15% theo nghị định nào"])
async def test_the_decree_a_rate_in_the_passage_comes_from(chat: Chat, asked: str) -> None:
    await chat.send("luật 2022 cstdcs có tỷ lệ tối đa không")
    reply = lead(await chat.send(asked))
    assert reply.startswith("Theo đoạn vừa trích") and "91/2017/NĐ-CP" in reply


async def test_whether_the_decree_a_rate_came_from_still_holds(chat: Chat) -> None:
    await chat.send("luật 2022 cstdcs có tỷ lệ tối đa không")
    await chat.send("15% là quy định của văn bản nào")
    reply = lead(await chat.send("nó còn hiệu lực không"))
    assert "Nghị định 91/2017/NĐ-CP không còn hiệu lực" in reply


@pytest.mark.parametrize(
    ("first", "when", "expected"),
    [
        ("vụ nào theo dõi thi đua của bộ tnmt 2021", "khi nào thì báo cáo bộ trưởng", "định kỳ 06 tháng"),
        ("kế hoạch thi đua sóc trăng 2022 văn phòng sở làm gì", "sơ kết tổng kết lúc nào", "vào cuối năm"),
    ],
)  # fmt: skip
async def test_when_a_duty_of_the_document_is_done(
    chat: Chat, first: str, when: str, expected: str
) -> None:
    await chat.send(first)
    reply = lead(await chat.send(when))
    assert expected in reply and "không có hạn nào" not in reply


@pytest.mark.parametrize("when", ["khi nào em phải báo cáo", "hạn tổng kết là khi nào"])
async def test_the_persons_own_deadline_stays_the_schedules(chat: Chat, when: str) -> None:
    await chat.send("vụ nào theo dõi thi đua của bộ tnmt 2021")
    assert "không có hạn nào sắp tới" in (await chat.send(when))[0].text


@pytest.mark.parametrize("after", ["còn từ 01/7/2025 thì sao", "kể từ 1/7/2025 thì thế nào"])
async def test_the_article_a_note_sends_to_for_the_day_it_names(chat: Chat, after: str) -> None:
    await chat.send("luật thi đua 2022 chủ tịch ubnd xã quyết định tặng những gì")
    reply = (await chat.send(after))[0].text
    assert reply.startswith("Điều 59.") and "Nghị định số 129/2025/NĐ-CP" in reply


async def test_a_day_the_passage_does_not_say_is_no_reference_to_its_note(chat: Chat) -> None:
    await chat.send("luật thi đua 2022 chủ tịch ubnd xã quyết định tặng những gì")
    reply = (await chat.send("còn từ 01/01/2024 thì sao"))[0].text
    assert not reply.startswith("Điều 59.")


@pytest.mark.parametrize(
    "when", ["nghi quyet do ban hanh khi nao", "nghị quyết ấy thông qua hôm nào"]
)
async def test_the_date_of_a_resolution_not_held_is_told_where_it_is_cited(
    chat: Chat, when: str
) -> None:
    await chat.send("kon tum sáp nhập vào đâu")
    reply = (await chat.send(when))[0].text
    assert reply.startswith("Văn bản trong kho ghi: Nghị quyết số 202/2025/QH15 ngày 12/6/2025")


async def test_the_signer_of_a_resolution_not_held_is_not_another_documents(chat: Chat) -> None:
    await chat.send("kon tum sáp nhập vào đâu")
    reply = (await chat.send("ai ký nghị quyết đó"))[0].text
    assert "chưa có thông tin người ký" in reply and "Người ký" not in reply


async def test_the_letter_pointed_at_as_any_document_keeps_its_signer(chat: Chat) -> None:
    await chat.send("sở tnmt kon tum phát động thi đua đặc biệt chống covid theo kh nào")
    assert "Nguyễn Văn Lộc" in (await chat.send("ai ký văn bản đó"))[0].text


def test_a_named_document_pointed_at_by_its_kind() -> None:
    named = named_things.Named("van ban", "Nghị quyết số 202/2025/QH15")
    assert named_things.points_by_kind("ai ky nghi quyet do", named)
    assert not named_things.points_by_kind("ai ky van ban do", named)


@pytest.mark.parametrize("who", ["vb do ai ky", "ai ký"])
async def test_a_signer_asked_of_no_kind_after_a_resolution_not_held_is_the_read_ones(
    chat: Chat, who: str
) -> None:
    """ "vb đó ai ký", "ai ký" after the directive's line naming the government's resolution,
    which is not held: that its signer is unknown, then the directive's own signer."""
    await chat.send("chi thi thi dua 2021 cua ubnd tinh kon tum phan covid theo nq nao cua cp")
    reply = (await chat.send(who))[0].text
    assert "chưa có toàn văn Nghị quyết số 78/NQ-CP" in reply
    assert "Người ký: Chủ tịch Lê Ngọc Tuấn" in reply
