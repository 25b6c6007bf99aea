"""A "cái đó" opening a follow-up after a title's answer is that title, as "nó" is; elsewhere
in the question it is the thing the answer named, or a document; "nó" asking a document's
particulars (its basis) is the document."""

from tests.conftest import Chat


async def test_cai_do_opening_the_question_is_the_title_just_discussed(chat: Chat) -> None:
    await chat.send("cstđ toàn quốc thưởng bao nhiêu")
    await chat.send("cái đó phải có mấy lần cstđ tỉnh liên tục")
    assert "có 02 lần liên tục được tặng danh hiệu chiến sĩ thi đua Bộ" in chat.text, chat.text


async def test_cai_do_as_the_title_asks_its_bonus(chat: Chat) -> None:
    await chat.send("Muốn được chiến sĩ thi đua cấp tỉnh thì cần gì?")
    await chat.send("còn toàn quốc thì sao")
    await chat.send("cái đó thưởng bao nhiêu lần lương cơ sở")
    assert "được thưởng 4,5 lần mức lương cơ sở" in chat.text, chat.text


async def test_cai_do_after_the_verb_is_what_the_answer_named(chat: Chat) -> None:
    await chat.send("CSTĐ toàn quốc thì sáng kiến phải có phạm vi ảnh hưởng cỡ nào?")
    await chat.send("ai xem xet cong nhan cai do")
    assert "Người đứng đầu Bộ, ban, ngành, tỉnh xem xét, công nhận hiệu quả" in chat.text


async def test_cai_nay_asking_which_document_is_not_the_title(chat: Chat) -> None:
    await chat.send("hồ sơ cstđcs gồm những gì")
    await chat.send("cái này ở quyết định nào")
    assert "638" in chat.text, chat.text


async def test_no_asking_a_documents_basis_is_the_document_not_the_title(chat: Chat) -> None:
    await chat.send("nđ 129/2025 là nghị định về cái gì")
    await chat.send("theo nghi dinh do chu tich xa duoc tang cstđcs khong")
    await chat.send("nó căn cứ luật nào")
    assert "Căn cứ: Luật Thi đua, khen thưởng số 06/2022/QH15" in chat.text, chat.text


async def test_no_asking_what_a_decree_guides_is_the_decree_not_the_title(chat: Chat) -> None:
    await chat.send("theo nđ 129 thì chủ tịch xã có được tặng cstđcs với giấy khen ko ạ")
    await chat.send("nó hướng dẫn điều nào của luật vậy ạ")
    assert "quy định tại khoản 2, khoản 3 Điều 80 Luật Thi đua, khen thưởng" in chat.text


async def test_cai_do_asking_a_documents_particulars_is_the_document(chat: Chat) -> None:
    # the review's case: "cái đó" is the title only when a title's aspect is asked
    await chat.send("lđtt thưởng bao nhiêu")
    await chat.send("cái đó ai ký")
    assert chat.text.startswith("Người ký:"), chat.text
