"""Synthetic knowledge bases for the benchmark: realistic documents made from the bundled ones.

Each generated document takes a bundled document as its template, moves it to another
province and year, gives it a number, and keeps a random subset of its numbered items and
bullets, so that passages, vocabulary and structure resemble the real ones at any scale.
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


def generate_documents(count: int, seed: int = 0) -> list[Document]:
    """`count` documents derived from the bundled ones; the same for the same seed."""
    return list(iter_documents(count, seed))


def iter_documents(count: int, seed: int = 0) -> Iterator[Document]:
    """The same documents one at a time, so that they need not all be in memory at once."""
    rng = random.Random(seed)
    templates = [d for d in load_documents() if d.is_campaign]
    for i in range(count):
        template = templates[i % len(templates)]
        place = rng.choice(PROVINCES)
        year = rng.randint(2015, 2026)
        body = _vary(template, place, year, rng)
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


def write_documents(folder: Path, count: int, seed: int = 0) -> None:
    """Write `count` such documents as files, as an office would keep them (no deadlines)."""
    folder.mkdir(parents=True, exist_ok=True)
    fronts = {}  # each campaign template's front matter, in the order iter_documents uses
    for template in (d for d in load_documents() if d.is_campaign):
        _, front, _ = template.path.read_text(encoding="utf-8").split("---\n", 2)
        fronts[template.id] = yaml.safe_load(front)
    templates = list(fronts.values())
    for i, doc in enumerate(iter_documents(count, seed)):
        meta = dict(templates[i % len(templates)])
        meta.pop("deadlines", None)
        meta.pop("deadlines_note", None)
        meta.update(
            id=doc.id, number=doc.number, issuer=doc.issuer, place=doc.place, year=doc.year,
            date=None, period=doc.period, status=doc.status,
        )  # fmt: skip
        front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
        (folder / f"{doc.id}.md").write_text(f"---\n{front}---\n{doc.body}\n", encoding="utf-8")
