"""Synthetic knowledge bases for the benchmark: realistic documents made from the bundled ones.

Each generated document takes a bundled document as its template, moves it to another
province and year, gives it a number, and keeps a random subset of its numbered items and
bullets, so that passages, vocabulary and structure resemble the real ones at any scale.

By default the documents repeat their templates' paragraphs, as yearly plans copied from one
another do (about a fifth of the passages are distinct at 10,000 documents). With
`distinct=True` each paragraph is also reworded (see `reword`): its clauses reordered,
stock phrases swapped for their equivalents, units and figures of its own, a sentence
borrowed from another document, so that most passages have a text of their own.
"""

import dataclasses
import random
import re
from collections.abc import Iterator
from pathlib import Path

import yaml

from knowledge.documents import Document, load_documents

PROVINCES = [
    "An Giang", "Bắc Giang", "Bình Định", "Cà Mau", "Cần Thơ", "Đà Nẵng", "Đắk Lắk", "Đồng Tháp",
    "Gia Lai", "Hà Giang", "Hải Phòng", "Hòa Bình", "Khánh Hòa", "Lâm Đồng", "Lạng Sơn",
    "Nghệ An", "Ninh Bình", "Phú Yên", "Quảng Nam", "Quảng Ninh", "Thanh Hóa", "Thái Nguyên",
    "Tiền Giang", "Trà Vinh", "Vĩnh Long", "Yên Bái",
]  # fmt: skip
ITEM = re.compile(r"^(\d{1,2}\.|-)\s", re.MULTILINE)


def generate_documents(count: int, seed: int = 0, distinct: bool = False) -> list[Document]:
    """`count` documents derived from the bundled ones; the same for the same seed."""
    return list(iter_documents(count, seed, distinct))


def iter_documents(count: int, seed: int = 0, distinct: bool = False) -> Iterator[Document]:
    """The same documents one at a time, so that they need not all be in memory at once."""
    rng = random.Random(seed)
    templates = [d for d in load_documents() if d.is_campaign]
    words = random.Random(seed + 1)  # its own stream: the default documents stay the same
    sentences = _sentences(templates) if distinct else []
    for i in range(count):
        template = templates[i % len(templates)]
        place = rng.choice(PROVINCES)
        year = rng.randint(2015, 2026)
        body = _vary(template, place, year, rng)
        if distinct:
            body = reword(body, place, sentences, words)
        yield (
            dataclasses.replace(
                template,
                id=f"gen-{i:05d}",
                number=f"{rng.randint(100, 9999)}/{template.kind[:2].upper()}-UBND",
                issuer=template.issuer.replace(template.place, place),
                place=place,
                year=year,
                date=None,
                period_start=year,
                period_end=year + (template.period_end - template.period_start),
                status=rng.choice(("current", "past")),
                body=body,
                path=Path(f"generated/gen-{i:05d}.md"),
            )
        )


def _vary(template: Document, place: str, year: int, rng: random.Random) -> str:
    body = template.body.replace(template.place, place)
    body = re.sub(rf"\b{template.year}\b", str(year), body)
    paragraphs = body.split("\n\n")
    kept = [p for p in paragraphs if not ITEM.match(p.strip()) or rng.random() < 0.75]
    return "\n\n".join(kept)


SWAPS = [
    ("triển khai", "tổ chức thực hiện", "thực hiện"), ("nâng cao", "tăng cường", "cải thiện"),
    ("cơ quan, đơn vị", "đơn vị, địa phương", "các phòng, ban"), ("hiệu quả", "thiết thực"),
    ("cán bộ, công chức", "công chức, viên chức", "cán bộ, người lao động"),
    ("kịp thời", "đúng hạn", "nhanh chóng"), ("đẩy mạnh", "tích cực", "chủ động"),
    ("tuyên truyền", "phổ biến", "thông tin"), ("khen thưởng", "biểu dương", "tôn vinh"),
    ("nhiệm vụ", "công việc", "chỉ tiêu"), ("sáng tạo", "đổi mới", "linh hoạt"),
]  # fmt: skip
UNITS = [
    "Phòng Tài nguyên nước", "Chi cục Bảo vệ môi trường", "Trung tâm Công nghệ thông tin",
    "Văn phòng Đăng ký đất đai", "Trung tâm Quan trắc", "Phòng Khoáng sản", "Chi cục Biển",
    "Thanh tra Sở", "Phòng Kế hoạch - Tài chính", "Trung tâm Phát triển quỹ đất",
    "Phòng Giáo dục và Đào tạo", "Trạm Khuyến nông", "Ban Quản lý dự án", "Đội Kiểm tra",
]  # fmt: skip
DISTRICTS = [
    "Châu Thành", "Long Phú", "Mỹ Xuyên", "Trần Đề", "Vĩnh Châu", "Kế Sách", "Cù Lao Dung",
    "Thạnh Trị", "Ngã Năm", "Mỹ Tú", "Đăk Hà", "Sa Thầy", "Ngọc Hồi", "Tu Mơ Rông", "Phước Long",
    "Tân Phú", "Hòa Thành", "Bến Cầu", "Cái Nước", "Năm Căn", "Tam Nông", "Hồng Ngự",
]  # fmt: skip
_HEADING = re.compile(r"^\s*(#|\*\*|[IVX]+\.|[A-Z]\.|Số:|Nơi nhận)")
_LEAD = re.compile(r"^(\s*(?:\d{1,2}\.|-|[a-zđ]\))\s)")
# Figures, not references: "90% hồ sơ", "12 lớp" change; "Covid-19", "ngày 20" do not.
_FIGURE = re.compile(
    r"(?<![\d/.-])\b\d{1,3}(?=%| (?:người|đơn vị|sáng kiến|tập thể|cá nhân|lượt|hồ sơ|lớp|đợt))"
)


def _sentences(templates: list[Document]) -> list[str]:
    """The templates' sentences of some length, to borrow from."""
    found = []
    for template in templates:
        for paragraph in template.body.split("\n\n"):
            if _HEADING.match(paragraph):
                continue
            found += [
                s.strip()
                for s in paragraph.split(". ")
                if 40 <= len(s.strip()) <= 240 and "\n" not in s and not s.isupper()
            ]
    return found


def reword(body: str, place: str, sentences: list[str], rng: random.Random) -> str:
    """The body with each paragraph of text reworded as another office would write it; the
    headings and the numbering of items stay, so the sections are the template's."""
    out = []
    for paragraph in body.split("\n\n"):
        if _HEADING.match(paragraph) or len(paragraph) < 40:
            out.append(paragraph)
            continue
        lead = _LEAD.match(paragraph)
        head = lead.group(1) if lead else ""
        text = paragraph[len(head) :].strip()
        clauses = text.rstrip(".").split("; ")
        if len(clauses) > 2:
            rest = clauses[1:]
            rng.shuffle(rest)
            clauses = [clauses[0], *rest]
        text = "; ".join(clauses)
        for choices in SWAPS:
            if choices[0] in text and rng.random() < 0.6:
                text = text.replace(choices[0], rng.choice(choices), 1)
        text = _FIGURE.sub(lambda m: str(rng.randint(1, 120)), text)
        unit = f"{rng.choice(UNITS)} huyện {rng.choice(DISTRICTS)}"
        text += f". {unit} chủ trì, phối hợp thực hiện trên địa bàn tỉnh {place}"
        if sentences and rng.random() < 0.5:
            text += f". {rng.choice(sentences).rstrip('.')}"
        out.append(f"{head}{text}.")
    return "\n\n".join(out)


def write_documents(folder: Path, count: int, seed: int = 0, distinct: bool = False) -> None:
    """Write `count` such documents as files, as an office would keep them (no deadlines)."""
    folder.mkdir(parents=True, exist_ok=True)
    fronts = {}  # each campaign template's front matter, in the order iter_documents uses
    for template in (d for d in load_documents() if d.is_campaign):
        _, front, _ = template.path.read_text(encoding="utf-8").split("---\n", 2)
        fronts[template.id] = yaml.safe_load(front)
    templates = list(fronts.values())
    for i, doc in enumerate(iter_documents(count, seed, distinct)):
        meta = dict(templates[i % len(templates)])
        meta.pop("deadlines", None)
        meta.pop("deadlines_note", None)
        meta.update(
            id=doc.id, number=doc.number, issuer=doc.issuer, place=doc.place, year=doc.year,
            date=None, period=doc.period, status=doc.status,
        )  # fmt: skip
        front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
        (folder / f"{doc.id}.md").write_text(f"---\n{front}---\n{doc.body}\n", encoding="utf-8")
