"""The parts of a campaign document that staff ask for: contents, criteria, organisation."""

from dataclasses import dataclass

from knowledge.documents import Document
from knowledge.normalize import fold
from knowledge.sections import Passage


@dataclass(frozen=True)
class Part:
    key: str
    label: str
    headings: tuple[str, ...]  # folded words a section heading contains


PARTS = (
    Part("noidung", "Nội dung thi đua", ("noi dung",)),
    Part("tapthe", "Tiêu chí đối với tập thể", ("doi voi tap the",)),
    Part("canhan", "Tiêu chí đối với cá nhân", ("doi voi ca nhan",)),
    Part("tochuc", "Tổ chức thực hiện", ("to chuc thuc hien",)),
)
PART_BY_KEY = {part.key: part for part in PARTS}


def part_passages(passages: list[Passage], doc: Document, key: str) -> list[Passage]:
    """The passages of one part of a campaign document; [] when the document has none."""
    own = [p for p in passages if p.doc is doc]
    if key == "info":
        return [p for p in own if p.kind == "info"]
    part = PART_BY_KEY[key]
    matching = [p for p in own if any(h in fold(p.section) for h in part.headings)]
    outlines = [p for p in matching if p.kind == "outline"]
    if key == "noidung":
        # A document without a "Nội dung" part lists its contents as numbered items.
        return outlines[:1] or [p for p in own if p.kind == "outline"][:1]
    if key == "tochuc" and not matching:
        # Without a "Tổ chức thực hiện" part, the item that assigns the work says who organises.
        return [p for p in own if p.kind == "section" and _assigns_work(fold(p.text))]
    return [p for p in matching if p.kind == "section"]


def _assigns_work(folded: str) -> bool:
    """ "Giao Sở Nội vụ ... chủ trì": the item that says who leads the campaign."""
    return "giao " in folded and "chu tri" in folded
