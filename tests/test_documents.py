"""The loader: bundled documents load; a wrong file is named with its wrong field."""

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
import yaml

from knowledge import KnowledgeBase
from knowledge.documents import (
    DOCUMENTS_DIR,
    DocumentError,
    load_document,
    load_documents,
    read_documents,
)

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

GOOD = """---
id: test-doc
kind: Kế hoạch
title: Phát động phong trào thi đua năm 2023
issuer: Sở Nội vụ tỉnh Cà Mau
place: Cà Mau
year: 2023
period: "2023"
status: current
signer: {title: Giám đốc, name: Trần Văn A}
---
Số: 12/KH-SNV

1. Thi đua hoàn thành số hóa hồ sơ lưu trữ điện tử của Sở.
"""


def write(tmp_path: Path, text: str, name: str = "doc.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_bundled_documents_load_with_their_front_matter() -> None:
    docs = {d.id: d for d in load_documents() if d.is_campaign}
    assert len(docs) == 5
    directive = docs["kontum-ubnd-ct14-2021"]
    assert directive.kind == "Chỉ thị" and directive.number == "14/CT-UBND"
    assert directive.date is not None and directive.date_text == "ngày 28/7/2021"
    assert directive.signer.name == "Lê Ngọc Tuấn"
    assert docs["soctrang-stnmt-2022"].signer.name is None
    assert docs["btnmt-2021"].period == "2021"
    assert docs["kontum-ubnd-ct14-2021"].period == "2021-2025"


def test_legal_documents_are_marked_dated_and_sourced() -> None:
    laws = {d.id: d for d in load_documents() if d.is_law}
    assert {"luat-06-2022-qh15", "nd-152-2025-nd-cp", "nd-13-2012-dieu-le-sang-kien"} <= set(laws)
    assert {"tt-18-2013-tt-bkhcn", "sap-xep-bo-may-2025"} <= set(laws)
    for doc in laws.values():
        text = doc.path.read_text(encoding="utf-8")
        assert "\nsource: " in text and doc.caveat, doc.id  # cited, and says what is unchecked
    law = laws["luat-06-2022-qh15"]
    assert law.effective == dt.date(2024, 1, 1) and law.in_force_on(dt.date(2026, 11, 30))
    assert laws["nd-152-2025-nd-cp"].effective == dt.date(2025, 7, 1)
    assert "01/10/2026" in (law.caveat or "")


def test_every_article_of_the_law_is_cited_or_says_it_was_not_read() -> None:
    law = next(d for d in load_documents() if d.id == "luat-06-2022-qh15")
    front, body = law.path.read_text(encoding="utf-8").split("\n---\n", 1)
    cited = yaml.safe_load(front.removeprefix("---\n"))["source"]
    for section in body.split("\n## ")[1:]:
        number = section.split()[1].rstrip(".")
        if "Chưa đọc được nguyên văn" not in section:  # quoted as the Law's words: say from where
            assert re.search(rf"Điều[^:.]*\b{number}\b", cited), f"Điều {number} has no source"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seeds not beside the project")
def test_document_text_is_the_seed_text_unchanged() -> None:
    for doc in (d for d in load_documents() if d.is_campaign):
        source = SEEDS / doc.path.read_text(encoding="utf-8").split("source: ")[1].split()[0]
        assert doc.body == source.read_text(encoding="utf-8").strip()


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (("id: test-doc\n", ""), "id"),
        (("year: 2023", "year: hai nghìn"), "year"),
        (('period: "2023"', "period: 2025-2021"), "period"),
        (("status: current", "status: active"), "status"),
        (("signer: {title: Giám đốc, name: Trần Văn A}", "signer: Giám đốc"), "signer"),
        (("place: Cà Mau", "place: Cà Mau\nisuer: nhầm"), "isuer"),
        (("year: 2023", "year: 2023\ndate: 2021-05-02"), "date"),
        (("id: test-doc", "id: Test Doc"), "id"),
    ],
)
def test_wrong_front_matter_names_file_and_field(
    tmp_path: Path, change: tuple[str, str], field: str
) -> None:
    path = write(tmp_path, GOOD.replace(*change))
    with pytest.raises(DocumentError) as error:
        load_document(path)
    assert "doc.md" in str(error.value) and f"'{field}'" in str(error.value)


def test_missing_front_matter_and_empty_body_are_reported(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="front matter"):
        load_document(write(tmp_path, "Chỉ có nội dung"))
    with pytest.raises(DocumentError, match="không có nội dung"):
        load_document(write(tmp_path, GOOD.split("Số:")[0]))


def test_duplicate_ids_are_reported(tmp_path: Path) -> None:
    write(tmp_path, GOOD, "a.md")
    write(tmp_path, GOOD, "b.md")
    with pytest.raises(DocumentError, match="trùng"):
        load_documents(tmp_path)


def test_adding_a_document_is_adding_a_file(tmp_path: Path) -> None:
    for path in DOCUMENTS_DIR.glob("*.md"):
        shutil.copy(path, tmp_path)
    write(tmp_path, GOOD, "camau-snv-2023.md")
    kb = KnowledgeBase.load(tmp_path)
    assert len(kb.documents) == len(list(DOCUMENTS_DIR.glob("*.md"))) + 1
    hits = kb.search("số hóa hồ sơ lưu trữ Cà Mau")
    assert hits and hits[0].passage.doc.id == "test-doc"
    assert "Sở Nội vụ tỉnh Cà Mau" in hits[0].passage.doc.name


def test_a_folder_is_read_one_document_at_a_time_and_a_bad_file_left_out(
    tmp_path: Path,
) -> None:
    write(tmp_path, GOOD, "a.md")
    write(tmp_path, "Chỉ có nội dung", "b.md")
    skipped: list[str] = []
    documents = read_documents(tmp_path, skipped)
    assert not skipped  # nothing is read before it is asked for
    assert [d.id for d in documents] == ["test-doc"]
    assert len(skipped) == 1 and "b.md" in skipped[0]
    kb = KnowledgeBase.load(tmp_path)  # what the bot does, a bad file logged and left out
    assert [d.id for d in kb.documents] == ["test-doc"]
