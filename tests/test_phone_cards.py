"""A question on one field of a document's card is answered by that field's line first, and a
field the document's copy leaves blank is told in the document's own note."""

from handlers.phone_answer import FIRST_MESSAGE, passage_reply
from knowledge import KnowledgeBase


def card_answer(kb: KnowledgeBase, doc_id: str, question: str) -> str:
    position, passage = next(
        (i, p) for i, p in enumerate(kb.passages) if p.doc.id == doc_id and p.kind == "info"
    )
    reply = passage_reply(passage, position, question)
    assert len(reply.text) <= FIRST_MESSAGE
    return reply.text.split("\n\n📄")[0]


def test_the_date_asked_for_leads_even_when_the_whole_card_fits(kb: KnowledgeBase) -> None:
    shown = card_answer(kb, "nd-129-2025-nd-cp", "nd 129/2025 ban hanh ngay nao")
    assert shown.startswith("Số: 129/2025/NĐ-CP ngày 11/6/2025, ban hành tại Hà Nội.")
    assert "Người ký:" in shown  # the rest of the card follows


def test_asking_on_which_day_it_was_signed_is_asking_for_the_date(kb: KnowledgeBase) -> None:
    shown = card_answer(kb, "btnmt-2021", "văn bản đó ký ngày nào")
    assert shown.startswith("Số: …/BTNMT-TĐKTTT. Ban hành tại Hà Nội, năm 2021.")
    assert "Bản lưu để trống số và ngày ký." in shown  # the document's note, as written


def test_a_blank_signer_is_told_in_the_documents_own_note(kb: KnowledgeBase) -> None:
    shown = card_answer(kb, "soctrang-stnmt-2022", "ai ký")
    assert shown.startswith("Người ký: Giám đốc (họ tên để trống).")
    assert "Bản lưu để trống số, ngày (ghi tháng 01 năm 2022) và họ tên người ký." in shown


def test_a_laws_signer_not_given_by_its_source_is_not_checked_not_blank(
    kb: KnowledgeBase,
) -> None:
    shown = card_answer(kb, "nd-129-2025-nd-cp", "nghị định 129/2025 ai ký")
    assert shown.startswith("Người ký: Thủ tướng Chính phủ (họ tên chưa kiểm tra được).")
    assert "bản lưu" not in shown  # a law is not quoted from a filed copy


def test_the_period_asked_for_leads_the_card(kb: KnowledgeBase) -> None:
    # "Thời gian áp dụng" is a label of four words; "đến ngày nào" does not make it the date
    shown = card_answer(kb, "soctrang-stnmt-2022", "thời gian áp dụng kế hoạch đến ngày nào")
    assert shown.startswith("Thời gian áp dụng: 2022.")
    shown = card_answer(kb, "soctrang-stnmt-2022", "thoi gian ap dung den khi nao")
    assert shown.startswith("Thời gian áp dụng: 2022.")


def test_a_campaigns_full_name_asked_is_the_cards_theme_line(kb: KnowledgeBase) -> None:
    question = "phong trào thi đua đặc biệt sở tnmt kon tum có tên đầy đủ là gì ạ"
    shown = card_answer(kb, "kontum-stnmt-2021-covid", question)
    assert shown.startswith("Chủ đề: “Nhân dân tỉnh Kon Tum")
    assert "chiến thắng đại dịch COVID-19" in shown


def test_a_campaigns_name_asked_of_an_opening_is_the_line_quoting_it(kb: KnowledgeBase) -> None:
    position, passage = next(
        (i, p)
        for i, p in enumerate(kb.passages)
        if p.doc.id == "soctrang-stnmt-2022" and p.kind == "intro"
    )
    reply = passage_reply(passage, position, "đợt thi đua năm 2022 của sở tnmt sóc trăng tên là gì")
    assert "Kỷ cương, trách nhiệm, đổi mới, hội nhập, hiệu quả" in reply.text.split("📄")[0]


def test_the_signers_position_is_the_title_with_the_body_signed_for(kb: KnowledgeBase) -> None:
    shown = card_answer(kb, "kontum-ubnd-ct14-2021", "ông ấy chức vụ gì")
    assert shown.startswith(
        "Người ký: Chủ tịch Lê Ngọc Tuấn. Chức vụ: Chủ tịch Ủy ban nhân dân tỉnh Kon Tum."
    )
    # a title naming its body already is not repeated
    assert "Chức vụ" not in card_answer(kb, "luat-06-2022-qh15", "ai ký")
