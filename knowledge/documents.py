"""Official documents as files: YAML front matter, then the text as issued.

Adding a document to the knowledge base is adding one `.md` file to `knowledge/documents/`
(or importing it from the chat, which keeps the same text in the database). The loader checks
every front-matter field present and names the file and field that is wrong; a missing optional
field takes its default. Documents that do not launch a campaign say `category: law`
(or `reference`); a legal kind alone ("Luật", "Nghị định", "Thông tư") says law too.

`status:` is not needed: a campaign's state comes from its period, its deadlines and the clock.
Written, it is the office's explicit decision (`ended`, for a campaign stopped early) and is
shown as such.
"""

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from knowledge.deadlines import Deadline, parse_deadlines

DOCUMENTS_DIR = Path(__file__).parent / "documents"

_ID = re.compile(r"^[a-z0-9][a-z0-9-]{1,39}$")  # short enough for Telegram's callback data
_PERIOD = re.compile(r"^(\d{4})(?:-(\d{4}))?$")
_REQUIRED = ("id", "kind", "title", "issuer", "year")
_OPTIONAL = (
    "number", "date", "theme", "based_on", "note", "source", "deadlines", "deadlines_note",
    "place", "period", "status", "signer", "category", "effective", "expires", "replaced_by",
    "caveat", "replaces",
)  # fmt: skip
# The office's explicit overrides of the computed state; "past" is the old spelling of "ended".
STATUSES = ("not_open", "registering", "running", "ended", "past")
# A campaign document launches a campaign; a legal document (category: law) or a reference
# note (category: reference) is knowledge only: campaign lists, registration and reminders
# leave them out. Without `category`, a legal kind ("Luật", "Nghị định"…) means law.
CATEGORIES = ("campaign", "law", "reference")
# The same safe loader in C when PyYAML has it: front matter of thousands of files in seconds.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
NON_CAMPAIGN_KINDS = frozenset(
    {"luật", "bộ luật", "nghị định", "thông tư", "pháp lệnh", "hiến pháp", "thông tư liên tịch"}
)


class DocumentError(ValueError):
    """A document file that cannot be loaded; the message names the file and the field."""


@dataclass(frozen=True)
class Signer:
    title: str
    name: str | None


def vn_date(day: dt.date) -> str:
    """A date as Vietnamese documents write it ("28/7/2021", "01/8/2013"): a day below 10
    and the months 1 and 2 take a leading zero, as Nghị định 30/2020/NĐ-CP sets."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"{day.day:02d}/{month}/{day.year}"


@dataclass(frozen=True)
class Document:
    id: str
    kind: str
    number: str | None
    title: str
    issuer: str
    place: str
    date: dt.date | None
    year: int
    period_start: int
    period_end: int
    status: str | None  # the office's explicit override of the computed state, if any
    signer: Signer
    theme: str | None
    based_on: tuple[str, ...]
    note: str | None
    body: str
    path: Path
    deadlines: tuple[Deadline, ...] = ()
    deadlines_note: str | None = None
    category: str = "campaign"
    effective: dt.date | None = None  # legal documents: in force from
    expires: dt.date | None = None  # legal documents: no longer in force from
    replaced_by: str | None = None
    caveat: str | None = None  # one line every answer from this document carries
    # legal documents: the earlier texts this one repealed, as its own text names them
    replaces: tuple[str, ...] = ()

    @property
    def is_campaign(self) -> bool:
        return self.category == "campaign"

    @property
    def is_law(self) -> bool:
        return self.category != "campaign"

    @property
    def in_force_until(self) -> dt.date | None:
        return self.expires

    def in_force_on(self, day: dt.date) -> bool:
        """Whether a legal document is in force on that day (from `effective`, before `expires`)."""
        started = self.effective is None or self.effective <= day
        return started and (self.expires is None or day < self.expires)

    @property
    def period(self) -> str:
        if self.period_start == self.period_end:
            return str(self.period_start)
        return f"{self.period_start}-{self.period_end}"

    @property
    def has_number(self) -> bool:
        return bool(self.number and re.search(r"\d", self.number))

    @property
    def date_text(self) -> str:
        """The date as documents write it ("ngày 28/7/2021"), else the year."""
        return f"ngày {vn_date(self.date)}" if self.date else f"năm {self.year}"

    @cached_property  # read for every passage an answer lists or cites
    def short_issuer(self) -> str:
        """The issuer as staff write it: "Sở TN&MT Sóc Trăng"."""
        short = self.issuer.replace("Tài nguyên và Môi trường", "TN&MT").replace(
            "Nông nghiệp và Môi trường", "NN&MT"
        )
        return short.replace("Ủy ban nhân dân", "UBND").replace(" tỉnh ", " ")

    @cached_property
    def name(self) -> str:
        """Short name to cite: kind, number if known, date or year, issuer."""
        parts = [self.kind]
        if self.has_number:
            parts.append(f"số {self.number}")
        parts.append(self.date_text)
        parts.append(f"của {self.issuer}")
        return " ".join(parts)


def load_documents(
    directory: Path = DOCUMENTS_DIR, skipped: list[str] | None = None
) -> list[Document]:
    """Load every `*.md` document in the directory, sorted by file name.

    With a `skipped` list, a bad file is reported there and left out instead of raising, so
    one wrong file does not stop the bot.
    """
    return list(read_documents(directory, skipped))


def read_documents(
    directory: Path = DOCUMENTS_DIR, skipped: list[str] | None = None
) -> Iterator[Document]:
    """`load_documents` one document at a time: a knowledge base of thousands of documents
    is built without holding every document's text at once."""
    paths = sorted(directory.glob("*.md"))
    if not paths and skipped is None:
        raise DocumentError(f"{directory}: không có tệp văn bản .md nào")
    seen: dict[str, Path] = {}
    for path in paths:
        try:
            doc = load_document(path)
            if doc.id in seen:
                raise DocumentError(f"{path.name}: trường 'id' trùng với tệp {seen[doc.id].name}")
        except DocumentError as exc:
            if skipped is None:
                raise
            skipped.append(str(exc))
            continue
        seen[doc.id] = doc.path
        yield doc


def load_document(path: Path) -> Document:
    """Parse one document file, checking its front matter."""
    return parse_document(path.read_text(encoding="utf-8"), path)


def parse_document(text: str, path: Path) -> Document:
    """Parse a document's text (front matter, then body); `path` names it in errors."""
    match = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.DOTALL)
    if not match:
        raise DocumentError(f"{path.name}: thiếu phần đầu (front matter) giữa hai dòng '---'")
    try:
        meta = yaml.load(match.group(1), Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        raise DocumentError(f"{path.name}: phần đầu không phải YAML hợp lệ ({exc})") from exc
    if not isinstance(meta, dict):
        raise DocumentError(f"{path.name}: phần đầu phải là các cặp 'trường: giá trị'")
    body = match.group(2).strip()
    if not body:
        raise DocumentError(f"{path.name}: văn bản không có nội dung")
    return _build(path, meta, body)


def _build(path: Path, meta: dict[str, Any], body: str) -> Document:
    def fail(field: str, problem: str) -> DocumentError:
        return DocumentError(f"{path.name}: trường '{field}' {problem}")

    unknown = sorted(set(meta) - set(_REQUIRED) - set(_OPTIONAL))
    if unknown:
        raise fail(unknown[0], "không được hỗ trợ (có thể gõ sai tên trường)")
    for field in _REQUIRED:
        if meta.get(field) in (None, ""):
            raise fail(field, "bị thiếu")

    def text(field: str, required: bool = True) -> str | None:
        value = meta.get(field)
        if value is None and not required:
            return None
        if not isinstance(value, str | int) or not str(value).strip():
            raise fail(field, "phải là một chuỗi không rỗng")
        return str(value).strip()

    doc_id = str(text("id"))
    if not _ID.match(doc_id):
        raise fail("id", "chỉ gồm chữ thường không dấu, chữ số và dấu '-' (2-40 ký tự)")

    year = meta["year"]
    if not isinstance(year, int) or not 1945 <= year <= 2100:
        raise fail("year", "phải là năm bốn chữ số, ví dụ 2022")

    kind = str(text("kind"))
    default = "law" if kind.lower() in NON_CAMPAIGN_KINDS else "campaign"
    category = meta.get("category") or default
    if category not in CATEGORIES:
        raise fail("category", "phải là 'campaign', 'law' hoặc 'reference'")
    period = _PERIOD.match(str(meta.get("period") or year))
    if not period:
        raise fail("period", "phải có dạng 2022 hoặc 2021-2025")
    start = int(period.group(1))
    end = int(period.group(2) or start)
    if end < start:
        raise fail("period", "năm kết thúc đứng trước năm bắt đầu")

    status = meta.get("status")
    if status == "current":
        status = None  # the old "current" decided nothing the clock does not
    if status is not None and status not in STATUSES:
        raise fail("status", f"nếu có, phải là một trong {', '.join(STATUSES)}")
    if status == "past":
        status = "ended"

    date = meta.get("date")
    if date is not None:
        if not isinstance(date, dt.date):
            raise fail("date", "phải là ngày dạng YYYY-MM-DD")
        if date.year != year:
            raise fail("date", f"thuộc năm {date.year}, khác trường 'year' ({year})")

    signer = meta.get("signer") or {"title": "Người ký", "name": None}
    if not isinstance(signer, dict) or not signer.get("title"):
        raise fail("signer", "phải có dạng {title: Giám đốc, name: Họ và tên} (name có thể null)")
    signer_name = signer.get("name")
    if signer_name is not None and not str(signer_name).strip():
        raise fail("signer", "có 'name' rỗng; dùng null nếu văn bản không ghi họ tên")

    based_on = meta.get("based_on") or []
    if not isinstance(based_on, list) or not all(isinstance(b, str) for b in based_on):
        raise fail("based_on", "phải là danh sách các văn bản căn cứ")
    replaces = meta.get("replaces") or []
    if not isinstance(replaces, list) or not all(isinstance(r, str) for r in replaces):
        raise fail("replaces", "phải là danh sách các văn bản được thay thế")

    in_force = {}
    for field in ("effective", "expires"):
        value = meta.get(field)
        if value is not None and not isinstance(value, dt.date):
            raise fail(field, "phải là ngày dạng YYYY-MM-DD")
        in_force[field] = value

    try:
        deadlines = parse_deadlines(doc_id, meta.get("deadlines"))
    except ValueError as exc:
        raise fail("deadlines", str(exc)) from exc

    return Document(
        id=doc_id,
        kind=kind,
        number=text("number", required=False),
        title=str(text("title")),
        issuer=str(text("issuer")),
        place=text("place", required=False) or "",
        date=date,
        year=year,
        period_start=start,
        period_end=end,
        status=status,
        signer=Signer(title=str(signer["title"]), name=signer_name and str(signer_name).strip()),
        theme=text("theme", required=False),
        based_on=tuple(as_written(body, basis) for basis in based_on),
        note=text("note", required=False),
        body=body,
        path=path,
        deadlines=deadlines,
        deadlines_note=text("deadlines_note", required=False),
        category=category,
        effective=in_force["effective"],
        expires=in_force["expires"],
        replaced_by=text("replaced_by", required=False),
        caveat=text("caveat", required=False),
        replaces=tuple(replaces),
    )


# A basis's number ("8240/BTNMT-TĐKTTT", "34-CT/TW", "13/2012/NĐ-CP"), wherever it stands in
# the front matter's entry.
_BASIS_NUMBER = re.compile(r"\d+(?:/\d{4})?[/-][A-ZĐ][\wĐ/-]*")
# The kind the text names a document by, right before its number ("Công văn số ", "Chỉ thị ").
_KIND_BEFORE = re.compile(
    r"(?:Nghị quyết|Nghị định|Thông tư|Quyết định|Chỉ thị|Kế hoạch|Công văn|Thông báo|Luật)"
    r"(?: số)? $"
)
# Its date, in figures or in words ("ngày 31/12/2021", "ngày 07 tháng 4 năm 2014").
_DATE_AFTER = re.compile(r"^ ngày \d{1,2}(?:/\d{1,2}/\d{4}| tháng \d{1,2} năm \d{4})")
_ISSUER_AFTER = re.compile(r"^ của ((?:\S+ ?)+)")
ABOUT_REACH = 60  # characters between a cited number's date and what it is about


def as_written(body: str, basis: str) -> str:
    """A basis of the document as its text cites it ("34-CT/TW ngày 07/4/2014 của Bộ Chính
    trị" is "Chỉ thị số 34-CT/TW ngày 07 tháng 4 năm 2014 của Bộ Chính trị"): its kind,
    number and date as written, then its issuer: as far as the text and the front matter
    agree in the text's words ("của Ủy ban nhân dân tỉnh", where the title of the plan
    follows), the rest in the front matter's ("Kon Tum"). A basis the text does not cite by
    kind and number is kept as the front matter writes it."""
    number = _BASIS_NUMBER.search(basis)
    if number is None:
        return basis
    at = body.find(number.group(0))
    while at >= 0:
        kind = _KIND_BEFORE.search(body, max(0, at - 20), at)
        if kind is not None:
            break
        at = body.find(number.group(0), at + 1)
    if at < 0 or kind is None:
        return basis
    end = at + len(number.group(0))
    line_end = body.find("\n", end)
    rest = body[end : line_end if line_end >= 0 else len(body)]
    date = _DATE_AFTER.match(rest)
    if date is not None:
        end += date.end()
        rest = rest[date.end() :]
    said = basis[number.end() :]
    dated = _DATE_AFTER.match(said)
    said = said[dated.end() :] if dated is not None else said
    if said.strip() and not said.startswith(" của "):
        # what it is about ("… về việc sắp xếp đơn vị hành chính cấp tỉnh"), said a little
        # further on (after "của Quốc hội"), else the front matter's entry is kept whole
        about = rest.find(said.strip())
        if not 0 <= about <= ABOUT_REACH:
            return basis
        return body[kind.start() : end + about + len(said.strip())]
    issuer = _ISSUER_AFTER.match(rest)
    stated = basis.partition(" của ")[2].split()
    if issuer is not None and stated:
        written = issuer.group(1).split()
        same = 0
        while same < min(len(written), len(stated)) and _word(written[same]) == _word(stated[same]):
            same += 1
        if same:
            # the text's own words, then what it leaves to the reader ("… tỉnh [Kon Tum]"):
            # a phrase copied from the text is still found in the line
            cited = " ".join([body[kind.start() : end], "của", *written[:same], *stated[same:]])
            return cited.rstrip(" ,;:")
    return body[kind.start() : end]


def _word(word: str) -> str:
    return word.strip(',.;:“”"()*').lower()


def compose_document(meta: dict[str, Any], body: str) -> str:
    """A document's text as stored: YAML front matter, then the body (what `parse_document`
    reads back)."""
    front = yaml.safe_dump(
        {k: v for k, v in meta.items() if v not in (None, "", [])},
        allow_unicode=True,
        sort_keys=False,
        width=1000,
    )
    return f"---\n{front.strip()}\n---\n{body.strip()}\n"
