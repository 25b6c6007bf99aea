"""Sectioning of every bundled document along its real structure."""

import re

import pytest

from knowledge.documents import load_documents
from knowledge.normalize import fold, squash_spaces
from knowledge.sections import MAX_CHARS, parse_layout, split_passages

DOCS = {d.id: d for d in load_documents()}


def passages_of(doc_id: str) -> list:
    return split_passages(DOCS[doc_id])


@pytest.mark.parametrize("doc_id", sorted(DOCS))
def test_every_document_has_an_info_card_and_short_cited_passages(doc_id: str) -> None:
    passages = passages_of(doc_id)
    assert passages[0].kind == "info"
    assert sum(p.kind == "info" for p in passages) == 1
    for p in passages:
        assert len(p.text) <= MAX_CHARS + 200, (p.section, len(p.text))
        assert p.section and p.text.strip()
        assert p.doc.id == doc_id


@pytest.mark.parametrize("doc_id", sorted(DOCS))
def test_no_passage_starts_with_a_page_break_continuation(doc_id: str) -> None:
    for p in passages_of(doc_id):
        body = (
            p.text.split("\n", 1)[1] if p.text.startswith("(") else p.text
        )  # "(mục 4, tiếp theo)"
        first = body[:1]
        assert not (first.isalpha() and first.islower()), p.text[:80]


@pytest.mark.parametrize("doc_id", sorted(DOCS))
def test_every_content_paragraph_is_in_some_passage(doc_id: str) -> None:
    """Faithfulness: apart from letter-head and footer, no text is lost."""
    layout = parse_layout(DOCS[doc_id].body)
    everything = fold(squash_spaces(" ".join(p.text for p in passages_of(doc_id))))
    for paragraph in _content_paragraphs(layout.root):
        assert fold(squash_spaces(paragraph))[:120] in everything


def _content_paragraphs(node) -> list[str]:  # type: ignore[no-untyped-def]
    out = list(node.blocks)
    for child in node.children:
        out += _content_paragraphs(child)
    return out


def test_letter_head_and_footer_are_not_content() -> None:
    layout = parse_layout(DOCS["kontum-stnmt-2021-covid"].body)
    assert layout.header[0].startswith("UBND TỈNH KON TUM")
    assert layout.addressees() == [
        "Trưởng các phòng, đơn vị trực thuộc Sở",
        "Phòng Tài nguyên và Môi trường các huyện, thành phố",
    ]
    assert layout.recipients() == ["Như trên", "Website Sở", "Lưu: VT, VP"]
    content = " ".join(p.text for p in passages_of("kontum-stnmt-2021-covid") if p.kind != "info")
    assert "Kính gửi" not in content and "Nơi nhận" not in content and "GIÁM ĐỐC" not in content


def test_info_card_carries_signer_place_and_recipients() -> None:
    info = passages_of("kontum-ubnd-ct14-2021")[0].text
    assert "Chủ tịch Lê Ngọc Tuấn" in info
    assert "ngày 28/7/2021, ban hành tại Kon Tum" in info
    assert "Thường trực HĐND tỉnh (b/c)" in info
    assert "14/CT-UBND" in info


def test_page_break_in_the_middle_of_a_quote_is_glued() -> None:
    texts = " ".join(p.text for p in passages_of("kontum-ubnd-ct14-2021"))
    assert "Đoàn kết, sáng tạo thi đua xây dựng và bảo vệ Tổ quốc" in texts


def test_roman_parts_and_numbered_items_give_breadcrumbs() -> None:
    sections = {p.section for p in passages_of("btnmt-2021")}
    assert "III. Tiêu chí thi đua › 1. Đối với tập thể" in sections
    assert "III. Tiêu chí thi đua › 2. Đối với cá nhân" in sections
    assert "I. Nội dung Phong trào thi đua › mục 2" in sections
    assert "IV. Tổ chức thực hiện" in sections


def test_loose_sentence_after_a_list_stays_in_its_section() -> None:
    individual = next(
        p for p in passages_of("btnmt-2021") if p.section.endswith("2. Đối với cá nhân")
    )
    assert "Hoàn thành xuất sắc nhiệm vụ được giao" in individual.text
    assert "Đối với cá nhân là lãnh đạo thủ trưởng đơn vị" in individual.text


def test_markdown_heading_levels_do_not_decide_the_structure() -> None:
    # 001 marks part II with "##" and part I with "###"; both are parts.
    sections = [p.section for p in passages_of("soctrang-stnmt-2022")]
    assert "II. Tiêu chí thi đua › 2. Đối với cá nhân" in sections
    assert "I. Nội dung Phong trào thi đua › mục 7" in sections
    assert not any(s.startswith("KẾ HOẠCH") for s in sections)


def test_long_items_are_cut_at_sentences_and_outlined() -> None:
    item4 = [p for p in passages_of("kontum-ubnd-ct14-2021") if p.section == "mục 4"]
    assert len(item4) == 2 and item4[1].text.startswith("(mục 4, tiếp theo)")
    outline = next(p for p in passages_of("kontum-ubnd-ct14-2021") if p.kind == "outline")
    assert re.search(r"^9\. Thủ trưởng các sở", outline.text, re.MULTILINE)
    assert "Chủ đề: “Đoàn kết, sáng tạo" in outline.text


def test_info_card_cites_a_document_by_its_number_and_date() -> None:
    info = passages_of("kontum-ubnd-ct14-2021")[0].text
    assert "Số: 14/CT-UBND ngày 28/7/2021, ban hành tại" in info
    blank = passages_of("btnmt-2021")[0].text
    # the document's own note on what its copy leaves blank is quoted, not paraphrased
    assert (
        "Số: …/BTNMT-TĐKTTT. Ban hành tại Hà Nội, năm 2021. Bản lưu để trống số và ngày ký."
        in blank
    )
    assert "bản lưu để trống ngày" not in blank
