"""Deadlines of a campaign, as written in its document's front matter.

The front matter gives the default schedule; an administrator may change a date at run time
(the database keeps the change). Times are local wall-clock times in the bot's time zone
(`THIDUA_TZ`), as staff read them: "17:00 ngày 31/03/2022".

    deadlines_note: Văn bản không ghi hạn; lịch theo thông báo của cơ quan thường trực.
    deadlines:
      - {kind: registration, at: 2022-03-31 17:00, audience: unregistered,
         title: Đăng ký thi đua năm 2022}
"""

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

KINDS = {
    "registration": "Đăng ký thi đua",
    "initiative": "Đăng ký sáng kiến",
    "six_month": "Báo cáo sơ kết 6 tháng",
    "year_end": "Báo cáo tổng kết năm",
    "nominations": "Đề nghị khen thưởng, giới thiệu điển hình",
    "other": "Mốc thời gian khác",
}
# How a question names a deadline's kind ("hạn nộp báo cáo tổng kết"), folded; "đăng ký" is the
# pledge's unless it registers an initiative ("đăng ký sáng kiến").
KIND_WORDS = {
    "initiative": re.compile(r"\bsang kien\b"),
    "six_month": re.compile(r"\b(so ket|6 thang|sau thang)\b"),
    "year_end": re.compile(r"\b(tong ket|cuoi nam)\b"),
    "nominations": re.compile(r"\b(de nghi khen|khen thuong|dien hinh)\b"),
    "registration": re.compile(r"\b(dang ky|dk)\b(?! sang kien)"),
}
AUDIENCES = {
    "everyone": "mọi người",
    "unit_heads": "thủ trưởng đơn vị",
    "unregistered": "người chưa đăng ký",
}
_KEY = re.compile(r"^[a-z0-9_-]{1,20}$")
_AT = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})$")


@dataclass(frozen=True)
class Deadline:
    id: str  # "<campaign id>:<key>", unique across the knowledge base
    campaign_id: str
    kind: str
    title: str
    at: dt.datetime  # naive: local time in THIDUA_TZ
    audience: str


def parse_deadlines(campaign_id: str, raw: Any) -> tuple[Deadline, ...]:
    """Check and build a document's deadlines; ValueError names the entry and what is wrong."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise ValueError("phải là danh sách các hạn")
    deadlines: list[Deadline] = []
    for number, entry in enumerate(raw, 1):
        if not isinstance(entry, dict):
            raise ValueError(f"hạn thứ {number} phải có dạng {{kind: ..., at: ..., ...}}")
        unknown = sorted(set(entry) - {"key", "kind", "at", "audience", "title"})
        if unknown:
            raise ValueError(f"hạn thứ {number} có trường lạ '{unknown[0]}'")
        kind = entry.get("kind")
        if kind not in KINDS:
            raise ValueError(f"hạn thứ {number}: 'kind' phải là một trong {', '.join(KINDS)}")
        audience = entry.get("audience", "everyone")
        if audience not in AUDIENCES:
            raise ValueError(
                f"hạn thứ {number}: 'audience' phải là một trong {', '.join(AUDIENCES)}"
            )
        key = str(entry.get("key", kind))
        if not _KEY.match(key):
            raise ValueError(f"hạn thứ {number}: 'key' chỉ gồm chữ thường không dấu, số, _ và -")
        raw_at = entry.get("at", "")
        at = raw_at.replace(tzinfo=None) if isinstance(raw_at, dt.datetime) else None
        at = at or parse_local_time(str(raw_at))
        if at is None:
            raise ValueError(f"hạn thứ {number}: 'at' phải có dạng YYYY-MM-DD HH:MM")
        title = str(entry.get("title") or KINDS[kind]).strip()
        deadlines.append(Deadline(f"{campaign_id}:{key}", campaign_id, kind, title, at, audience))
    ids = [d.id for d in deadlines]
    if len(set(ids)) != len(ids):
        raise ValueError("hai hạn trùng 'key'; hạn cùng loại cần 'key' riêng")
    return tuple(deadlines)


def parse_local_time(text: str) -> dt.datetime | None:
    """ "2022-03-31 17:00" (or with T) as a naive local datetime; None if malformed."""
    match = _AT.match(text.strip())
    if not match:
        return None
    year, month, day, hour, minute = (int(g) for g in match.groups())
    try:
        return dt.datetime(year, month, day, hour, minute)  # noqa: DTZ001 - local wall time
    except ValueError:
        return None


def kinds_named(folded: str) -> list[str]:
    """The kinds of deadline a folded question names ("hạn đăng ký sáng kiến": the
    initiative's, not the pledge's), in the order of KINDS; none when it names none."""
    return [kind for kind in KINDS if kind in KIND_WORDS and KIND_WORDS[kind].search(folded)]
