"""Split an official document into passages that read on their own and can be cited.

The documents were converted from office files, so:
- a paragraph may break mid-sentence at an old page boundary and continue, in lower case,
  in the next paragraph: such continuations are glued back first;
- markdown `#` levels are not consistent between documents, so a heading's level comes from
  its numbering: roman numerals (I.) are parts, arabic numbers (1.) items, letters (a)) points;
- the letter-head (number, place and date, "V/v", "Kính gửi") and the footer ("Nơi nhận",
  signature) are not answers; they feed one "document information" passage instead.

A section is its heading and everything up to the next heading of the same or a higher level,
including loose paragraphs after its list. A section short enough to read on a phone is one
passage; a longer one becomes an outline of its parts, and a long leaf is cut at sentences.
"""

import re
import sys
from dataclasses import dataclass, field

from knowledge.documents import Document

MAX_CHARS = 1400
SUMMARY_CHARS = 150

_ROMAN = re.compile(r"^(X{0,3}(?:IX|IV|V?I{0,3}))\.\s+(.*)$", re.DOTALL)
_ARABIC = re.compile(r"^(\d{1,2})\.\s+(.*)$", re.DOTALL)
_LETTER = re.compile(r"^([a-zđ])\)\s+(.*)$", re.DOTALL)
_PLACE_DATE = re.compile(r"^[\w .-]{2,40}, ngày\b", re.UNICODE)
_HEADER_START = ("Số:", "V/v", "Về việc", "Kính gửi", "CỘNG HÒA", "CỘNG HOÀ", "Độc lập")
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+(?=[-–•\"“(]?[A-ZÀ-ỸĐ0-9])")
_FULL_STOP = re.compile(r"(?<=[.!?])\s+(?=[-–•\"“(]?[A-ZÀ-ỸĐ0-9])")


class Passage:
    """A self-contained part of a document: what the bot shows and cites.

    Immutable. Its text is kept in UTF-8 (`utf8`), which takes about two thirds of the
    memory of a Python string of Vietnamese (two bytes a character), and is decoded when
    read: a knowledge base of thousands of documents holds its texts once, compactly.
    A text may also be given as a read-only buffer (a slice of a mapped file)."""

    __slots__ = ("_utf8", "context", "doc", "kind", "section")
    doc: Document
    section: str
    kind: str  # "info", "intro", "section", "outline"
    context: str  # headings above the passage, indexed with it but not shown
    _utf8: bytes | memoryview

    def __init__(
        self, doc: Document, section: str, text: str | bytes | memoryview, kind: str, context: str
    ) -> None:
        setter = object.__setattr__
        setter(self, "doc", doc)
        setter(self, "section", sys.intern(section))  # one copy per distinct heading path
        setter(self, "_utf8", text.encode() if isinstance(text, str) else text)
        setter(self, "kind", kind)
        setter(self, "context", context)

    @property
    def text(self) -> str:
        return str(self._utf8, "utf-8")

    def head(self, size: int = 400) -> str:
        """The start of the text (about `size` bytes), without decoding the rest."""
        return str(bytes(self._utf8[:size]), "utf-8", errors="ignore")

    @property
    def utf8(self) -> bytes | memoryview:
        """The text as stored: what equal texts share without decoding them."""
        return self._utf8

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Passage is immutable: cannot set {name}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Passage is immutable: cannot delete {name}")

    def _key(self) -> tuple[object, ...]:
        return (self.doc, self.section, bytes(self._utf8), self.kind, self.context)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Passage) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (
            f"Passage(doc={self.doc.id!r}, section={self.section!r}, text={self.text!r}, "
            f"kind={self.kind!r}, context={self.context!r})"
        )

    @property
    def scope(self) -> str:
        """Prefix of the sections this passage covers: an outline covers those below it."""
        return "" if self.section == "Bố cục văn bản" else self.section


@dataclass
class _Block:
    text: str
    is_heading_mark: bool  # a markdown heading or an all-bold line


@dataclass
class _Node:
    level: int
    number: str  # as printed: "2"
    code: str  # with its parents, for citing: "III.2"
    title: str  # heading text without its number
    pure_heading: bool  # a heading line, not a numbered paragraph with its own text
    blocks: list[str] = field(default_factory=list)
    children: list["_Node"] = field(default_factory=list)

    @property
    def label(self) -> str:
        if self.pure_heading:
            return self.heading_line.rstrip(":")
        return f"mục {self.number}"

    @property
    def heading_line(self) -> str:
        if not self.pure_heading:
            return ""
        return f"{self.number}. {self.title}" if self.number else self.title

    def full_text(self) -> str:
        parts = [self.heading_line] if self.heading_line else []
        parts += self.blocks
        parts += [child.full_text() for child in self.children]
        return "\n".join(parts)


@dataclass(frozen=True)
class Layout:
    """A document's body split into letter-head, content tree and footer."""

    header: list[str]
    root: _Node
    footer: list[str]

    def place_and_date(self) -> str | None:
        """The letter-head line as written ("Sóc Trăng, ngày tháng 01 năm 2022")."""
        return next((line for line in self.header if _PLACE_DATE.match(line)), None)

    def addressees(self) -> list[str]:
        return _list_after(self.header, "Kính gửi")

    def recipients(self) -> list[str]:
        return _list_after(self.footer, "Nơi nhận")

    def bases_cited(self) -> list[str]:
        """The opening's own sentences citing what the document rests on, each as far as
        its citation goes ("Căn cứ Công văn số 8240/BTNMT-TĐKTTT ngày 31/12/2021 của Bộ Tài
        nguyên và Môi trường", not what it is about after "về việc")."""
        lines = (line.strip() for block in self.root.blocks for line in block.splitlines())
        cited = (line.split(" về việc ", 1)[0] for line in lines if line.startswith("Căn cứ "))
        return [line.rstrip(",;.") for line in cited]


def split_passages(doc: Document) -> list[Passage]:
    """Return the document's passages: its information card, then its content."""
    layout = parse_layout(doc.body)
    passages = [_info_passage(doc, layout)]
    passages += _node_passages(doc, layout.root, [])
    return passages


def parse_layout(body: str) -> Layout:
    """Split a document body into letter-head, a tree of numbered sections, and footer."""
    blocks = _glue_continuations(_blocks(body))
    start = 0
    while start < len(blocks) and _is_header(blocks[start], blocks[:start]):
        start += 1
    end = next(
        (i for i in range(start, len(blocks)) if _plain(blocks[i].text).startswith("Nơi nhận")),
        len(blocks),
    )
    root = _Node(level=0, number="", code="", title="", pure_heading=False)
    stack = [root]
    for block in blocks[start:end]:
        node = _as_heading(block)
        if node is None:
            stack[-1].blocks.append(block.text)
            continue
        while stack[-1].level >= node.level:
            stack.pop()
        parent = stack[-1]
        if parent.code and node.number:
            node.code = f"{parent.code}.{node.number}"
        if not node.pure_heading:
            node.blocks.append(block.text)
        parent.children.append(node)
        stack.append(node)
    header = [b.text for b in blocks[:start]]
    footer = [b.text for b in blocks[end:]]
    return Layout(header=header, root=root, footer=footer)


def _blocks(body: str) -> list[_Block]:
    """Split on blank lines; list lines in one paragraph become blocks of their own."""
    blocks = []
    for paragraph in re.split(r"\n\s*\n", body):
        lines = [ln.strip() for ln in paragraph.strip().splitlines() if ln.strip()]
        for line in _join_wrapped_lines(lines):
            heading_mark = line.startswith("#") or bool(re.fullmatch(r"\*\*[^*]+\*\*:?", line))
            text = _plain(line)
            if text:
                blocks.append(_Block(text=text, is_heading_mark=heading_mark))
    return blocks


def _join_wrapped_lines(lines: list[str]) -> list[str]:
    """Keep list items apart but join a paragraph that was wrapped over several lines."""
    joined: list[str] = []
    for line in lines:
        if joined and not line.startswith(("-", "•", "+")) and not joined[-1].startswith("-"):
            joined[-1] += " " + line
        else:
            joined.append(line)
    return joined


def _plain(line: str) -> str:
    """Drop markdown heading marks and emphasis, keep the words as written."""
    line = re.sub(r"^#+\s*", "", line.strip())
    line = line.replace("**", "").replace("*", "")
    return re.sub(r"[ \t]+", " ", line).strip()


def _glue_continuations(blocks: list[_Block]) -> list[_Block]:
    """Join a paragraph that starts in lower case to the one it continues."""
    glued: list[_Block] = []
    for block in blocks:
        first = block.text[:1]
        if glued and first.isalpha() and first.islower() and not glued[-1].is_heading_mark:
            glued[-1] = _Block(text=f"{glued[-1].text} {block.text}", is_heading_mark=False)
        else:
            glued.append(block)
    return glued


def _is_header(block: _Block, before: list[_Block]) -> bool:
    text = block.text
    if text.startswith(_HEADER_START) or _PLACE_DATE.match(text):
        return True
    if text.startswith("-") and any(b.text.startswith("Kính gửi") for b in before):
        return True
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.5:
        return True  # "UBND TỈNH KON TUM", "CHỈ THỊ", "KẾ HOẠCH Phát động ..."
    return block.is_heading_mark and not _numbered(block.text)  # "## KẾ HOẠCH Phát động ..."


def _numbered(text: str) -> tuple[int, str, str] | None:
    """Return (level, number, rest) when the text starts with a heading number."""
    for level, pattern in ((1, _ROMAN), (2, _ARABIC), (3, _LETTER)):
        match = pattern.match(text)
        if match and match.group(1):
            return level, match.group(1), match.group(2).strip()
    return None


def _as_heading(block: _Block) -> _Node | None:
    numbered = _numbered(block.text)
    if numbered:
        level, number, rest = numbered
        pure = block.is_heading_mark or (len(rest) < 90 and rest.endswith(":"))
        return _Node(level=level, number=number, code=number, title=rest, pure_heading=pure)
    if block.is_heading_mark:
        return _Node(level=1, number="", code="", title=block.text, pure_heading=True)
    return None


def _list_after(blocks: list[str], marker: str) -> list[str]:
    items: list[str] = []
    started = False
    for text in blocks:
        if text.startswith(marker):
            started = True
            continue
        if started:
            if not text.startswith("-"):
                break
            items.append(text.lstrip("- ").rstrip(";.").strip())
    return items


# The kind of a document cited by its number alone, from the kind's code in the number
# ("19/CT-TTg", "34-CT/TW", "3510/KH-UBND"); a letter's number has no such code.
_CITED_KINDS = {
    "CT": "Chỉ thị",
    "KH": "Kế hoạch",
    "NQ": "Nghị quyết",
    "QĐ": "Quyết định",
    "NĐ": "Nghị định",
    "TT": "Thông tư",
    "TB": "Thông báo",
}
_CITED_NUMBER = re.compile(r"^\d+(?:/\d{4})?[/-]([A-ZĐ]+)\b")


def _cited(basis: str) -> str:
    """A basis as documents cite it: "19/CT-TTg ngày 16/7/2021 …" is "Chỉ thị số 19/CT-TTg
    ngày 16/7/2021 …"; a basis named otherwise is kept as written."""
    match = _CITED_NUMBER.match(basis)
    kind = _CITED_KINDS.get(match.group(1)) if match else None
    return f"{kind} số {basis}" if kind else basis


def _cites_all(sentences: list[str], bases: tuple[str, ...]) -> bool:
    """Whether the sentences cite every basis, each by its number ("8240/BTNMT-TĐKTTT")."""
    said = " ".join(sentences)
    return bool(sentences) and all(basis.split(" ", 1)[0] in said for basis in bases)


def _info_passage(doc: Document, layout: Layout) -> Passage:
    # The document's own note on what its copy leaves blank ("Bản lưu để trống số và ngày
    # ký.") is quoted once, on the first line with a blank, rather than paraphrased.
    blanks = doc.note if doc.note and "để trống" in doc.note else None
    # a number left blank is written as the copy writes it ("…/BTNMT-TĐKTTT"): its code says
    # which office filed it
    number = doc.number if doc.has_number else "(bản lưu để trống số)"
    if blanks and not doc.has_number:
        number = doc.number or "(để trống)"
    date = doc.date_text if doc.date else f"năm {doc.year}"
    date += "" if doc.date or blanks else " (bản lưu để trống ngày)"
    # a law's text was read from a page quoting it, not from a filed copy: a name not given
    # there was not checked
    unsigned = (
        "(họ tên chưa kiểm tra được)" if doc.category == "law" else "(bản lưu không ghi họ tên)"
    )
    signer = doc.signer.name or ("(họ tên để trống)" if blanks else unsigned)
    # Cited as documents cite each other ("số 129/2025/NĐ-CP ngày 11/6/2025") when both are known.
    issued = (
        f"Số: {number} {date}, ban hành tại {doc.place}."
        if doc.has_number and doc.date
        else f"Số: {number}. Ban hành tại {doc.place}, {date}."
    )
    signed = f"Người ký: {doc.signer.title} {signer}."
    if blanks and not (doc.has_number and doc.date):
        issued += f" {blanks}"
    elif blanks and not doc.signer.name:
        signed += f" {blanks}"
    lines = [f"{doc.kind} của {doc.issuer}: {doc.title}.", issued]
    place_date = layout.place_and_date()
    if place_date:
        lines.append(f"Dòng địa danh, ngày tháng trong bản lưu: “{place_date}”.")
    lines.append(signed)
    if doc.theme:
        lines.append(f"Chủ đề: “{doc.theme}”.")
    cited = layout.bases_cited()
    if doc.based_on and _cites_all(cited, doc.based_on):
        # the document's own words citing them, as a card of the document would
        lines.append("; ".join(cited) + ".")
    elif doc.based_on:
        lines.append("Căn cứ: " + "; ".join(map(_cited, doc.based_on)) + ".")
    lines.append(f"Thời gian áp dụng: {doc.period}.")
    if layout.addressees():
        lines.append("Kính gửi: " + "; ".join(layout.addressees()) + ".")
    if layout.recipients():
        lines.append("Nơi nhận: " + "; ".join(layout.recipients()) + ".")
    # "gửi những nơi nào" asks for the "Nơi nhận" line as "gửi ai" asks for "Kính gửi".
    sent = " gửi" if layout.recipients() and not layout.addressees() else ""
    return Passage(
        doc=doc,
        section="Thông tin văn bản",
        text="\n".join(lines),
        kind="info",
        context="thông tin văn bản người ký ban hành số ngày" + sent,
    )


def _node_passages(doc: Document, node: _Node, trail: list[str]) -> list[Passage]:
    """Passages for a node and everything under it, each labelled with its breadcrumb."""
    path = [*trail, node.label] if node.level else trail
    section = " › ".join(path) or "Phần mở đầu"
    context = " ".join([doc.title, *path])
    full = node.full_text()
    if node.level and len(full) <= MAX_CHARS:
        passages = [Passage(doc, section, full, "section", context)]
    else:
        kind = "section" if node.level else "intro"
        passages = []
        for i, piece in enumerate(_pack("\n".join(node.blocks))):
            prefix = node.heading_line if i == 0 else f"({section}, tiếp theo)"
            text = f"{prefix}\n{piece}" if prefix else piece
            passages.append(Passage(doc, section, text, kind, context))
        # A table of contents of one part says nothing its part does not.
        if len(node.children) > 1 or (node.children and node.level):
            outline_section = section if node.level else "Bố cục văn bản"
            passages.append(Passage(doc, outline_section, _outline(doc, node), "outline", context))
    for child in node.children:
        passages += _node_passages(doc, child, path)
    return passages


def _outline(doc: Document, node: _Node) -> str:
    """A table of contents of a long section: each part with its first sentence."""
    if node.level:
        lines = [
            node.heading_line if node.heading_line.endswith(":") else f"{node.heading_line} gồm:"
        ]
    else:
        # ("Luật Thi đua, khen thưởng": a title opening on its kind says it once)
        titled = doc.title.lower().startswith(doc.kind.lower())
        lines = [doc.title if titled else f"{doc.kind} {doc.title}"]
        if doc.theme:
            lines.append(f"Chủ đề: “{doc.theme}”.")
        lines.append("Các nội dung chính:")
    for child in node.children:
        if child.pure_heading:
            first = child.blocks[0].lstrip("- ") if child.blocks else ""
            summary = f": {_summary(first)}" if first and not child.children else ""
            lines.append(child.heading_line.rstrip(":") + summary)
        else:
            lines.append(f"{child.number}. {_summary(child.title)}")
    return "\n".join(lines)


def _summary(text: str) -> str:
    sentence = _FULL_STOP.split(text, maxsplit=1)[0]
    if len(sentence) <= SUMMARY_CHARS:
        return sentence
    return sentence[:SUMMARY_CHARS].rsplit(" ", 1)[0] + "…"


def _pack(text: str) -> list[str]:
    """Cut text into pieces of at most MAX_CHARS, at paragraph then sentence boundaries."""
    pieces: list[str] = []
    for paragraph in filter(None, text.split("\n")):
        sentences = [paragraph] if len(paragraph) <= MAX_CHARS else _SENTENCE_END.split(paragraph)
        for i, sentence in enumerate(sentences):
            sep = "\n" if i == 0 else " "
            if pieces and len(pieces[-1]) + 1 + len(sentence) <= MAX_CHARS:
                pieces[-1] += sep + sentence
            else:
                pieces.append(sentence)
    return pieces
