"""Read an administrative document's letter-head and signature from its plain text.

Vietnamese official documents (Nghị định 30/2020/NĐ-CP layout) open with the issuer (under
its parent body), "Số: 12/KH-SNNMT", "Quảng Ngãi, ngày 05 tháng 01 năm 2027", the kind in
capitals ("KẾ HOẠCH") and the title, or "V/v ..." for a letter; they close with the signer's
title and name and "Nơi nhận". What is not found stays None for the office to fill in.
The body keeps the text as issued; its numbered parts ("I.", "1.") become headings.
"""

import datetime as dt
import re
from dataclasses import dataclass, field

from knowledge.normalize import fold

KINDS = (
    "Kế hoạch", "Công văn", "Chỉ thị", "Quyết định", "Thông báo", "Hướng dẫn", "Nghị quyết",
    "Chương trình", "Luật", "Nghị định", "Thông tư", "Báo cáo", "Tờ trình",
)  # fmt: skip
_KIND_CODES = {"KH": "Kế hoạch", "CT": "Chỉ thị", "QĐ": "Quyết định", "TB": "Thông báo",
               "HD": "Hướng dẫn", "NQ": "Nghị quyết", "CTr": "Chương trình",
               "NĐ": "Nghị định", "TT": "Thông tư", "BC": "Báo cáo", "TTr": "Tờ trình"}  # fmt: skip
_NUMBER = re.compile(r"^\s*Số\s*[:.]?\s*(\d*\s*/\s*[\wĐđ./-]+)", re.IGNORECASE)
_PLACE_DATE = re.compile(
    r"^\s*([^,\d]{2,40}),\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})?", re.IGNORECASE
)
_THEME = re.compile(r"chủ đề\s*:?\s*\*{0,2}\s*[“\"]([^”\"]{5,200})[”\"]", re.IGNORECASE)
_PERIOD = re.compile(
    r"(?:giai đoạn|thời gian)\s*:?\s*(?:từ\s*)?(?:năm\s*)?(20\d\d)\s*[-–]\s*(20\d\d)"
)
_YEAR_IN_TITLE = re.compile(r"năm\s+(20\d\d)")
_SIGNER = re.compile(
    r"^(?:(KT|TM|Q|TL|TUQ)\.\s*)?((?:PHÓ\s+)?(?:GIÁM ĐỐC|CHỦ TỊCH|BỘ TRƯỞNG|THỨ TRƯỞNG|"
    r"CHÁNH VĂN PHÒNG|TRƯỞNG BAN|TRƯỞNG PHÒNG|THỦ TRƯỞNG|VIỆN TRƯỞNG|HIỆU TRƯỞNG|TỔNG GIÁM ĐỐC))$"
)
_ROMAN = re.compile(r"^(?:\*\*)?([IVX]{1,5})\.\s+\S")
_ITEM = re.compile(r"^(?:\*\*)?(\d{1,2})\.\s+(.{3,120})$")


@dataclass
class Draft:
    kind: str | None = None
    number: str | None = None
    issuer: str | None = None
    place: str | None = None
    date: dt.date | None = None
    year: int | None = None
    title: str | None = None
    theme: str | None = None
    period: str | None = None
    based_on: list[str] = field(default_factory=list)
    signer_title: str | None = None
    signer_name: str | None = None
    body: str = ""
    # Dates the text gives for registering: {"registration" | "initiative": (date, sentence)}
    deadline_hints: dict[str, tuple[dt.date, str]] = field(default_factory=dict)


def is_campaign_text(text: str) -> bool:
    """A document about emulation: it speaks of "thi đua" more than in passing."""
    return fold(text).count("thi dua") >= 2


_NATIONAL_HEAD = re.compile(r"\s+(CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|Độc lập\s*-)")
_PLACE_AFTER = re.compile(r"\s+([A-ZĐ][^\W\d_]*(?: [A-ZĐ][^\W\d_]*){0,3}, ngày\b)")


def _unmerged(lines: list[str]) -> list[str]:
    """A PDF runs the letter-head's two columns together ("UBND TỈNH X CỘNG HÒA XÃ HỘI…",
    "Số: 15/KH-SNNMT Quảng Ngãi, ngày…"): cut them apart again, in the first lines only."""
    out: list[str] = []
    for index, line in enumerate(lines):
        if index >= 15:
            out.append(line)
            continue
        for piece in _NATIONAL_HEAD.sub(r"\n\1", line).split("\n"):
            if not _PLACE_DATE.match(piece):
                piece = _PLACE_AFTER.sub(r"\n\1", piece, count=1)
            out += piece.split("\n")
    return out


def read_letterhead(text: str) -> Draft:
    marked = _glued(_unmerged([line.strip() for line in text.split("\n")]))
    lines = [line.replace("**", "").strip() for line in marked]  # bold marks only for the body
    draft = Draft()
    head = lines[:40]
    for index, line in enumerate(head):
        if draft.number is None and (match := _NUMBER.match(line)):
            draft.number = re.sub(r"\s+", "", match.group(1))
            if not re.match(r"\d", draft.number):
                draft.number = "…" + draft.number
        if draft.place is None and (match := _PLACE_DATE.match(line)):
            draft.place = match.group(1).strip(" *#")
            day, month = match.group(2), match.group(3)
            year = int(match.group(4)) if match.group(4) else 0
            draft.year = year or None
            if day and month and year:
                try:
                    draft.date = dt.date(year, int(month), int(day))
                except ValueError:
                    draft.date = None
        if draft.kind is None and (kind := _kind_heading(line)):
            draft.kind = kind
            draft.title = _title_after(lines, index + 1)
        elif draft.title is None and (pair := _kind_and_title(line)):
            draft.kind, draft.title = pair
        if draft.title is None and fold(line).startswith("v/v"):
            title = line[3:].strip(" :")
            draft.title = title[:1].upper() + title[1:]
            draft.kind = draft.kind or "Công văn"
    if draft.kind is None and draft.number:
        code = draft.number.split("/")[-1].split("-")[0]
        draft.kind = _KIND_CODES.get(code, "Công văn")
    draft.issuer = _issuer(head) or _issuer_from_text(lines, draft.place)
    joined = "\n".join(lines)
    if match := _THEME.search(joined):
        draft.theme = " ".join(match.group(1).split()).strip(" *")
    draft.period = _period(draft, joined)
    draft.based_on = [
        _clean_basis(line) for line in lines if fold(line).startswith(("can cu ", "thuc hien "))
    ][:5]
    draft.signer_title, draft.signer_name = _signer(lines)
    draft.deadline_hints = _deadline_hints(joined)
    draft.body = to_markdown(marked)
    return draft


def _glued(lines: list[str]) -> list[str]:
    """Join a line that continues the one before it (a PDF wraps lines; the next starts in
    lower case and the previous does not end a sentence)."""
    out: list[str] = []
    for line in lines:
        if out and out[-1] and line[:1].islower() and out[-1][-1] not in ".:;!?":
            out[-1] += " " + line
        else:
            out.append(line)
    return out


def _kind_and_title(line: str) -> tuple[str, str] | None:
    """ "KẾ HOẠCH Phát động phong trào thi đua năm 2022" on one line (a converted file)."""
    bare = re.sub(r"[*#]", "", line).strip()
    for kind in KINDS:
        if bare.startswith(kind.upper() + " ") and bare[len(kind) + 1 :].strip()[:1].isupper():
            title = bare[len(kind) + 1 :].strip()
            if title != title.upper():
                return kind, title
    return None


def _kind_heading(line: str) -> str | None:
    bare = line.strip("*# ").rstrip(":")
    if not bare or bare != bare.upper():
        return None
    return next((k for k in KINDS if bare == k.upper()), None)


def _title_after(lines: list[str], start: int) -> str | None:
    """The title: the non-empty lines after the kind heading, up to a blank or a basis."""
    parts: list[str] = []
    for line in lines[start : start + 6]:
        if not line:
            if parts:
                break
            continue
        folded = fold(line)
        if folded.startswith(("can cu", "thuc hien", "kinh gui", "so:")) or _ROMAN.match(line):
            break
        parts.append(line.strip("* "))
    title = " ".join(parts).strip()
    return title[:300] or None


_ORG = re.compile(
    r"^(SỞ|BỘ|ỦY BAN|UỶ BAN|UBND|BAN|VĂN PHÒNG|CỤC|TỔNG CỤC|TRƯỜNG|VIỆN|PHÒNG|HỘI ĐỒNG)\b"
)
_PARENT = re.compile(r"^(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s+(TỈNH|THÀNH PHỐ)\s+(.+)$")


def _issuer(head: list[str]) -> str | None:
    """The issuing body from the letter-head's capitals, written as staff write it:
    "UBND TỈNH QUẢNG NGÃI / SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" → "Sở Nông nghiệp và Môi trường
    tỉnh Quảng Ngãi"."""
    orgs = []
    for line in head:
        if _PLACE_DATE.match(line) or _kind_heading(line):
            break
        bare = line.strip("*# ")
        if bare and bare == bare.upper() and _ORG.match(bare):
            orgs.append(bare)
    if not orgs:
        return None
    parent = _PARENT.match(orgs[0])
    own = orgs[-1]
    if parent and len(orgs) == 1:
        return f"Ủy ban nhân dân {parent.group(1).lower()} {_proper(parent.group(2))}"
    name = _body_name(own)
    if parent:
        name += f" {parent.group(1).lower()} {_proper(parent.group(2))}"
    return name


_CITIES = ("hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "huế")
# The body that launches the campaign, as the subject of "phát động" ("Sở Tài nguyên và Môi
# trường phát động phong trào thi đua …").
_BODY_IN_TEXT = re.compile(
    r"(?:^|[,.] |Bộ trưởng |Giám đốc )((?:Sở|Bộ) [A-ZĐ][^,.;]{2,60}?) (?:phát động|ban hành)"
)


def _issuer_from_text(lines: list[str], place: str | None) -> str | None:
    """Without a letter-head: "TM. ỦY BAN NHÂN DÂN" over the signature, or the "Sở …"/"Bộ …"
    that launches the campaign in the text, with the place of the date line."""
    where = ""
    if place:
        where = f" {'thành phố' if place.lower() in _CITIES else 'tỉnh'} {place}"
    for line in lines:
        if re.match(r"^TM\.?\s*(ỦY|UỶ) BAN NHÂN DÂN", line.strip("* ")):
            return f"Ủy ban nhân dân{where}" if where else None
    for line in lines[:60]:
        if match := _BODY_IN_TEXT.search(line):
            name = match.group(1)
            if len(name.split()) >= 3:
                return name if name.startswith("Bộ") else name + where
    return None


def _proper(words: str) -> str:
    """A place name: every word capitalised ("QUẢNG NGÃI" → "Quảng Ngãi")."""
    return " ".join(w.capitalize() for w in words.split())


def _body_name(upper: str) -> str:
    """ "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" → "Sở Nông nghiệp và Môi trường": the kind of body,
    then each coordinated name with its first word capitalised."""
    words = upper.replace("UBND", "ỦY BAN NHÂN DÂN").lower().split()
    if words[:4] == ["ủy", "ban", "nhân", "dân"] or words[:4] == ["uỷ", "ban", "nhân", "dân"]:
        rest = words[4:]
        if rest and rest[0] in ("tỉnh", "thành", "xã", "phường"):
            split = 2 if rest[0] == "thành" else 1
            return (
                "Ủy ban nhân dân " + " ".join(rest[:split]) + " " + _proper(" ".join(rest[split:]))
            )
        return "Ủy ban nhân dân " + " ".join(rest)
    kind_words = 2 if words[:2] in (["văn", "phòng"], ["tổng", "cục"], ["hội", "đồng"]) else 1
    head = " ".join(words[:kind_words]).capitalize()
    names = " ".join(words[kind_words:]).split(" và ")
    return f"{head} " + " và ".join(n[:1].upper() + n[1:] for n in names if n)


_RANGE = re.compile(r"(20\d\d)\s*[-–]\s*(20\d\d)")


def _period(draft: Draft, text: str) -> str | None:
    """The title says it best ("năm 2027", "(2021-2025)"); then a "giai đoạn" early in the
    text; then the year of issue."""
    title = draft.title or ""
    if match := _YEAR_IN_TITLE.search(title):
        return match.group(1)
    if match := _RANGE.search(title):
        return f"{match.group(1)}-{match.group(2)}"
    if match := _PERIOD.search(text[:1500]):
        return f"{match.group(1)}-{match.group(2)}"
    return str(draft.year) if draft.year else None


_BY_DATE = re.compile(
    r"(?:trước|chậm nhất|hạn chót|hạn cuối|không quá)\s*(?:là\s*)?(?:ngày\s*)?"
    r"(\d{1,2})(?:/|\s+tháng\s+)(\d{1,2})(?:/|\s+năm\s+)(\d{4})",
    re.IGNORECASE,
)


# "sơ kết 6 tháng", but not the "hồ sơ kết quả" of "gửi hồ sơ kết quả thi đua trước ngày …"
_SIX_MONTH = re.compile(r"(?<!\bho )\bso ket\b")
_YEAR_END = re.compile(r"\btong ket\b")


def _deadline_hints(text: str) -> dict[str, tuple[dt.date, str]]:
    """Sentences that set a date ("... đăng ký thi đua ... gửi về trước ngày 31/01/2027",
    "sơ kết 6 tháng trước ngày 15/7/2027"): the first for pledges, for initiatives, for the
    six-month review and for the year-end review."""
    hints: dict[str, tuple[dt.date, str]] = {}
    for sentence in re.split(r"(?<=[.;])\s+|\n", text):
        folded = fold(sentence)
        if not (match := _BY_DATE.search(sentence)):
            continue
        if "dang ky" in folded:
            kind = "initiative" if "sang kien" in folded else "registration"
        elif _SIX_MONTH.search(folded):
            kind = "six_month"
        elif _YEAR_END.search(folded):
            kind = "year_end"
        else:
            continue
        try:
            date = dt.date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        except ValueError:
            continue
        hints.setdefault(kind, (date, sentence.strip()[:300]))
    return hints


def _clean_basis(line: str) -> str:
    return line.strip(" ;,.")[:300]


def _signer(lines: list[str]) -> tuple[str | None, str | None]:
    """The signer's title and name, from the last title line in capitals before the end."""
    for index in range(len(lines) - 1, -1, -1):
        match = _SIGNER.match(lines[index].strip("* "))
        if not match:
            continue
        title = re.sub(
            r"^Phó (\w)", lambda m: f"Phó {m.group(1).upper()}", match.group(2).capitalize()
        )
        name = None
        for line in lines[index + 1 : index + 6]:
            bare = line.strip("*() ")
            words = bare.split()
            if (
                2 <= len(words) <= 5
                and all(w[:1].isupper() for w in words)
                and bare != bare.upper()
            ):
                name = bare
                break
        return title, name
    return None, None


def to_markdown(lines: list[str]) -> str:
    """The text with its numbered parts as headings: "I. ..." → "## I. ...", a short "1. ..."
    that names a part (no full stop at its end) → "### 1. ..."."""
    out = []
    for line in lines:
        bare = line.strip()
        if _ROMAN.match(bare):
            out.append(f"## {bare.strip('*')}")
        elif (match := _ITEM.match(bare)) and not match.group(2).rstrip("*").endswith("."):
            out.append(f"### {bare.strip('*')}")
        else:
            out.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n\n".join(x for x in out if x.strip())).strip()


_LINKING = frozenset({"va", "cua", "tinh", "thanh", "pho"})


def suggest_id(draft: Draft) -> str:
    """A short id from the issuer's initials, the place, the year and the number:
    "snnmt-quangngai-2027-15"."""
    place = re.sub(r"[^a-z0-9]", "", fold(draft.place or ""))[:12]
    words = [w for w in fold(draft.issuer or "vb").split() if w not in _LINKING]
    initials = "".join(w[0] for w in words if w[0].isalnum())
    initials = initials[: -len(fold(draft.place or "").split()) or None] if place else initials
    year = (draft.period or str(draft.year or ""))[:4]
    digits = re.match(r"\d+", draft.number or "")
    parts = [initials[:6], place, year, digits.group(0) if digits else ""]
    suggested = "-".join(p for p in parts if p)[:40].strip("-")
    return suggested if len(suggested) >= 2 else f"van-ban-{suggested}".strip("-")
