"""Whether a legal document still applies, when the sources give no date for it."""

from handlers import currency, refusals
from knowledge import KnowledgeBase
from tests.conftest import TODAY, Chat


def test_an_undated_law_is_answered_with_what_the_sources_show(kb: KnowledgeBase) -> None:
    replies = currency.answer("nghị định 13/2012 còn áp dụng không", kb, TODAY)
    assert replies is not None
    text = replies[0].text
    assert text.startswith("Nghị định số 13/2012/NĐ-CP: Chưa thấy văn bản thay thế")
    assert "Ngày có hiệu lực chưa kiểm tra được" in text


async def test_the_document_just_quoted_still_applies_asked_as_a_follow_up(chat: Chat) -> None:
    await chat.send("điều kiện công nhận sáng kiến là gì")
    await chat.send("văn bản này bây giờ còn áp dụng không")
    assert "Chưa thấy văn bản thay thế" in chat.text


async def test_the_old_text_is_the_one_the_last_document_replaced(chat: Chat) -> None:
    await chat.send("nghi dinh 152/2025 co hieu luc tu ngay nao a")
    await chat.send("Vậy nghị định cũ đó giờ còn áp dụng không ạ?")
    assert chat.text.startswith("Nghị định 98/2023/NĐ-CP hết hiệu lực từ 01/7/2025"), chat.text
    await chat.send("luật tđkt 2022 có hiệu lực khi nào")
    await chat.send("luật cũ giờ còn áp dụng không")
    assert chat.text.startswith("Luật Thi đua, khen thưởng số 15/2003/QH11 đã hết hiệu lực"), (
        chat.text
    )


def test_a_repealed_text_is_answered_with_what_replaced_it(kb: KnowledgeBase) -> None:
    for question in (
        "luật thi đua 2003 còn áp dụng không",
        "nghi dinh 98/2023 con hieu luc ko",
        "nđ 98 còn dùng được không",
    ):
        replies = currency.answer(question, kb, TODAY)
        assert replies is not None, question
        first, _, source = replies[0].text.partition("\n\n")
        assert "hết hiệu lực từ" in first, question
        assert "thay bằng" in first or "căn cứ hiện hành là" in first, question
        assert source.startswith("📄 Nguồn:"), question
    decree = currency.answer("nd 98/2023 con hieu luc khong", kb, TODAY)
    assert decree is not None
    first, quoted = decree[0].text.split("\n")[:2]
    # as the knowledge base's note states it, not in other words
    assert first.startswith("Nghị định 98/2023/NĐ-CP hết hiệu lực từ 01/7/2025")
    assert quoted.startswith("“2. Nghị định số 98/2023") and "Ghi chú" not in quoted
    law = currency.answer("luật thi đua 2003 còn áp dụng không", kb, TODAY)
    assert law is not None and "15/2003/QH11" in law[0].text and "06/2022/QH15" in law[0].text
    # the law in force is not taken for the one it replaced
    current = currency.answer("nghị định 152 còn hiệu lực không", kb, TODAY)
    assert current is not None and "đang có hiệu lực" in current[0].text


def test_whether_a_campaign_has_ended_is_asked_by_its_year_and_place(kb: KnowledgeBase) -> None:
    for question, issuer in (
        ("phong trào năm 2022 của sóc trăng kết thúc chưa", "Sóc Trăng"),
        ("phong trao cua bo tnmt nam 2021 da ket thuc chua", "Bộ Tài nguyên và Môi trường"),
    ):
        replies = currency.answer(question, kb, TODAY)
        assert replies is not None, question
        assert issuer in replies[0].text and "hiện đã kết thúc" in replies[0].text, question


def test_next_year_s_campaigns_are_a_question_of_what_is_current(kb: KnowledgeBase) -> None:
    for question in (
        "năm sau có phong trào gì không",
        "nam toi co phong trao thi dua nao",
        "sang năm có phong trào gì",
    ):
        said = currency.answer(question, kb, TODAY)
        # none of next year held: a refusal (logged), then what holds now
        assert isinstance(said, refusals.Refusal) and said.kind == "not_held", question
        text = said.replies[0].text
        assert "đều đã kết thúc" in text and "năm 2027" in text, question
    this_year = currency.answer("năm nay có phong trào gì không", kb, TODAY)
    assert isinstance(this_year, list) and "Phong trào năm 2026" in this_year[0].text


async def test_since_when_a_text_undated_in_the_sources_is_in_force(chat: Chat) -> None:
    # its opening tells only when it was signed; what the sources show of its effect is said
    for asked in ("nghị định 129/2025 có hiệu lực khi nào", "khi nào nđ 129 có hiệu lực"):
        await chat.send(asked)
        assert chat.text.startswith("Nghị định số 129/2025/NĐ-CP: Tên đầy đủ và ngày có hiệu")
    await chat.send("nghị định 129/2025 nói về gì")
    await chat.send("nó có hiệu lực khi nào")
    assert chat.text.startswith("Nghị định số 129/2025/NĐ-CP: Tên đầy đủ và ngày có hiệu lực")
    # a text whose date is known: its own article on effect, as before
    await chat.send("nđ 152 có hiệu lực từ ngày nào")
    assert "01 tháng 7 năm 2025" in chat.text, chat.text


def test_an_old_text_is_read_only_when_asked_whether_it_applies(kb: KnowledgeBase) -> None:
    from handlers.context import old_text_named

    decree = kb.document("nd-152-2025-nd-cp")
    assert decree is not None
    assert old_text_named("nghi dinh cu con ap dung khong", decree) is not None
    # "cụ thể" typed without its marks is no "cũ"; "cũ" asked of anything else loses the rest
    assert old_text_named("nghi dinh cu the nao quy dinh ho so", decree) is None
    assert old_text_named("nghi dinh cu thi sao", decree) is None
    typed = "nghị định cụ thể còn hiệu lực không"
    assert old_text_named("nghi dinh cu the con hieu luc khong", decree, typed) is None
