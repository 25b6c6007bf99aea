"""Texts named by their number, articles named with "luật" alone, and a form's items: "kh
3510 ban hành ngày nào" is asked of the plan the letter carries out, wherever the
conversation was; "khoản 7 Điều 84 của Luật" is the law's clause; "ct ubnd xã" is the
commune's chairman; "tt hướng dẫn nó là tt nào" asks for the circular, not for the decree
"nó" points at; "đơn … có mục gì" lists every item of the form."""

import pytest

from knowledge import KnowledgeBase
from knowledge.asked_facts import number_stated, numbers_cited
from tests.conftest import Chat

pytestmark = pytest.mark.today


def test_a_kind_with_a_number_cites_a_text_and_a_year_does_not() -> None:
    assert numbers_cited("kh 3510 ubnd tinh ban hanh ngay nao") == ["3510"]
    assert numbers_cited("ct14 kon tum noi gi") == ["14"]
    assert numbers_cited("ke hoach 2022 co chu de gi") == []
    assert number_stated("3510")("Kế hoạch số 3510/KH-UBND ngày 30/9/2021")
    assert not number_stated("3510")("số 13510/KH")


def test_the_passage_stating_a_cited_number_answers_its_date(kb: KnowledgeBase) -> None:
    hits = kb.search("kh 3510 ubnd tinh ban hanh ngay nao")
    assert "Kế hoạch số 3510/KH-UBND ngày 30/9/2021" in hits[0].passage.text


async def test_a_text_named_by_number_after_another_letter_is_that_text(chat: Chat) -> None:
    await chat.send("cv phong trào đặc biệt covid của stnmt kon tum gửi ai")
    await chat.send("còn cv theo ct14 thì sao")
    reply = (await chat.send("kh 3510 ubnd tinh ban hanh ngay nao"))[0].text
    assert "Kế hoạch số 3510/KH-UBND ngày 30/9/2021" in reply.split("📄")[0], reply


@pytest.mark.parametrize(
    "question",
    [
        "Khoản 7 Điều 84 của Luật giao Chính phủ quy định chi tiết những gì?",
        "khoản 7 điều 84 luật nói gì",
    ],
)
async def test_a_clause_of_luat_alone_is_the_law_held(chat: Chat, question: str) -> None:
    reply = (await chat.send(question))[0].text
    assert reply.startswith("7. Chính phủ quy định chi tiết hồ sơ, thủ tục xét tặng"), reply
    assert "Luật số 06/2022/QH15" in reply


async def test_an_article_of_luat_alone_is_the_law_held(chat: Chat) -> None:
    reply = (await chat.send("điều 84 luật nói gì"))[0].text
    assert reply.startswith("Điều 84. Hồ sơ đề nghị xét tặng"), reply


async def test_an_article_carried_over_is_not_asked_again(chat: Chat) -> None:
    await chat.send("tiêu chuẩn cờ thi đua của chính phủ theo điều 25 luật là gì")
    reply = (await chat.send("the con co thi dua cua bo, tinh"))[0].text
    assert reply.startswith("Điều 26."), reply


async def test_the_law_before_a_clause_asked_of_the_commune(chat: Chat) -> None:
    await chat.send("nghị định 129/2025 quy định gì liên quan đến thi đua, khen thưởng")
    reply = (
        await chat.send(
            "Trước đó, theo khoản 3 Điều 80 của Luật thì Chủ tịch UBND cấp xã chỉ được tặng"
            " những gì?"
        )
    )[0].text
    assert "giấy khen và danh hiệu “Gia đình văn hóa”" in reply.split("📄")[0], reply


async def test_ct_before_a_commune_is_its_chairman(chat: Chat) -> None:
    await chat.send("con chien si tien tien tang cho ai")
    reply = (await chat.send("ct ubnd xa co dc quyet dinh tang danh hieu do ko"))[0].text
    assert "Chủ tịch Ủy ban nhân dân cấp xã quyết định" in reply, reply
    assert "Nghị định số 129/2025/NĐ-CP" in reply


async def test_ct_before_a_province_is_still_its_directive(chat: Chat) -> None:
    reply = (await chat.send("ct ubnd kon tum ngày nào"))[0].text
    assert "14/CT-UBND" in reply.split("📄")[0], reply


async def test_a_kind_asked_of_a_text_pointed_at_is_another_text(chat: Chat) -> None:
    await chat.send("dieu le sang kien ban hanh kem nd nao")
    reply = (await chat.send("tt hướng dẫn nó là tt nào, ngày nào"))[0].text
    assert "18/2013/TT-BKHCN ngày 01/8/2013" in reply.split("📄")[0], reply


@pytest.mark.parametrize(
    "question",
    [
        "đơn yêu cầu công nhận sk theo tt18 có mục j",
        "Đơn yêu cầu công nhận sáng kiến theo Phụ lục I Thông tư 18/2013 có những mục nào?",
    ],
)
async def test_the_items_of_a_form_asked_are_listed_whole(chat: Chat, question: str) -> None:
    reply = (await chat.send(question))[0].text
    shown = reply.split("📄")[0]
    assert shown.startswith("Phụ lục I. Mẫu Đơn yêu cầu công nhận sáng kiến"), reply
    assert "- Mô tả bản chất của sáng kiến" in shown
    assert "- Những thông tin cần được bảo mật" in shown


async def test_a_clause_opening_a_list_is_shown_with_its_points(chat: Chat) -> None:
    # "2. Các đối tượng sau đây …:" alone would say none of what is excluded
    reply = (
        await chat.send(
            "Theo khoản 2 Điều 3 Điều lệ Sáng kiến, giải pháp đang được bảo hộ sở hữu trí tuệ "
            "có được công nhận là sáng kiến không?"
        )
    )[0].text
    assert reply.startswith("2. Các đối tượng sau đây không được công nhận là sáng kiến"), reply
    assert "đang được bảo hộ quyền sở hữu trí tuệ" in reply, reply


async def test_a_clause_too_long_for_a_phone_is_cut_and_read_on(chat: Chat) -> None:
    replies = await chat.send("khoản 1 điều 22 luật tđkt")
    first = replies[0]
    assert first.text.startswith("1. Danh hiệu chiến sĩ thi đua Bộ, ban, ngành, tỉnh"), first.text
    assert "a) Có thành tích" in first.text and len(first.text) <= 800, first.text
    rest = (await chat.press("Xem thêm"))[0].text
    # read on from where the first message stopped, not from the top
    assert "toàn lực lượng Công an nhân dân" in rest and "toàn lực lượng" not in first.text
    assert not rest.startswith("1. Danh hiệu"), rest[:80]
