"""Initiative (/sangkien): the fields of the official initiative application.

Stage one, early in the year (đăng ký sáng kiến): campaign → name → authors with their share
of contribution (adding up to 100%, typed as people type them: "tôi 50%; Trần Văn Hùng 30%;
Lê Thị Mai 20%", one per line, or comma-separated) → field → date first applied or expected
(a future date is natural here) → what it is → conditions → benefits → summary → confirm.
Reference numbers: SK-YYYY-NNNN, the campaign's year.

Stage two, once applied (đơn yêu cầu công nhận sáng kiến): handlers/application.py, from the
registration in /cuatoi.
"""

import re
from typing import Any

from bot.dialogs import Dialog, Invalid, Step, Turn
from bot.messages import Reply
from bot.storage import Author
from handlers import profile
from handlers.fields import (
    application_date,
    campaign_options,
    campaigns_open_now,
    closed_now,
    none_open,
    open_campaign,
    open_campaigns,
    person_name,
    save_record,
    show_campaign,
    show_date,
    text,
)
from knowledge.normalize import fold

_SHARE = re.compile(r"^(.*?)[\s:,-]*(\d{1,3}(?:[.,]\d+)?)\s*%?$")
SELF_WORDS = frozenset(["toi", "minh", "chi minh toi", "mot minh toi", "ca nhan toi"])


def _parse_authors(answer: str, turn: Turn) -> list[dict[str, Any]]:
    """Authors as "Name 60%; Name 40%" (or one per line, or comma-separated); "tôi" is the
    person registering; one author alone may omit the share."""
    separator = r"[;\n]" if re.search(r"[;\n]", answer) else r",\s*(?=[^\d\s])"
    parts = [p.strip() for p in re.split(separator, answer) if p.strip()]
    if len(parts) == 1 and "%" not in parts[0] and not parts[0][-1:].isdigit():
        name = turn.answers.get("_full_name", "") if fold(parts[0]) in SELF_WORDS else parts[0]
        return [{"name": person_name(str(name), turn), "share": 100}]
    authors: list[dict[str, Any]] = []
    for part in parts:
        match = _SHARE.match(part)
        if not match:
            raise Invalid(f"“{part}”: thiếu tỷ lệ đóng góp; ghi thêm phần trăm, ví dụ: {part} 30%.")
        if not match.group(1).strip():
            raise Invalid(f"“{part}”: cần họ tên và tỷ lệ đóng góp, ví dụ: Nguyễn Văn An 60%.")
        share_text = match.group(2).replace(",", ".")
        if "." in share_text:
            raise Invalid("Tỷ lệ đóng góp ghi số nguyên phần trăm, ví dụ 60%.")
        share = int(share_text)
        if not 1 <= share <= 100:
            raise Invalid(f"Tỷ lệ của {match.group(1).strip()} phải từ 1% đến 100%.")
        typed = match.group(1).strip()
        if fold(typed) in SELF_WORDS:
            typed = str(turn.answers.get("_full_name") or "")
            if not typed:
                raise Invalid("Hãy ghi họ tên của anh/chị thay cho “tôi”.")
        name = person_name(typed, turn)
        if any(fold(a["name"]) == fold(name) for a in authors):
            raise Invalid(f"{name} được ghi hai lần.")
        authors.append({"name": name, "share": share})
    total = sum(a["share"] for a in authors)
    if total != 100:
        raise Invalid(f"Tổng tỷ lệ đóng góp phải bằng 100%, hiện là {total}%.")
    return authors


def _show_authors(value: Any, turn: Turn) -> str:
    return "; ".join(f"{a['name']} ({a['share']}%)" for a in value)


async def _precheck(turn: Turn) -> list[Reply] | None:
    if not await open_campaigns(turn, "initiative"):
        return await none_open(turn, "initiative")
    return await profile.require(turn, then="initiative")


async def _prefill(turn: Turn) -> dict[str, Any]:
    person = await turn.ctx.storage.profile(turn.msg.channel, turn.msg.user_id)
    return {"_full_name": person.full_name if person else ""}


async def _open_now(turn: Turn) -> dict[str, Any]:
    return await campaigns_open_now(turn, "initiative")


async def _finish(turn: Turn) -> list[Reply]:
    if stop := await closed_now(turn, "initiative"):
        return stop
    answers = turn.answers
    fields = {
        name: answers[name]
        for name in ("name", "field", "first_applied", "description", "conditions", "benefits")
    }
    authors = [Author(a["name"], a["share"]) for a in answers["authors"]]
    ref, verb = await save_record(turn, "initiative", fields, authors)
    return [
        Reply(
            f"Đã {verb} đăng ký sáng kiến số {ref}: “{answers['name']}”. Gõ /cuatoi để xem lại. "
            "Khi sáng kiến đã được áp dụng, anh/chị chọn bản đăng ký này trong /cuatoi để làm "
            "đơn yêu cầu công nhận sáng kiến (tôi soạn sẵn tệp DOCX theo mẫu)."
        )
    ]


DIALOG = Dialog(
    name="initiative",
    command="sangkien",
    title="đăng ký sáng kiến",
    steps=(
        Step(
            "campaign",
            "Phong trào",
            "Sáng kiến đăng ký trong phong trào nào?",
            open_campaign,
            options=campaign_options,
            show=show_campaign,
        ),
        Step(
            "name",
            "Tên sáng kiến",
            "Tên sáng kiến là gì?",
            text(5, 300, "Tên sáng kiến"),
            max_chars=300,
        ),
        Step(
            "authors",
            "Tác giả, đồng tác giả",
            "Tác giả và đồng tác giả, kèm tỷ lệ đóng góp, cách nhau bằng dấu chấm phẩy. "
            "Ví dụ: Nguyễn Văn An 60%; Trần Thị Bình 40%. Nếu chỉ mình anh/chị, gõ: tôi",
            _parse_authors,
            show=_show_authors,
            max_chars=1000,
        ),
        Step(
            "field",
            "Lĩnh vực áp dụng",
            "Sáng kiến áp dụng trong lĩnh vực nào?",
            text(3, 200, "Lĩnh vực"),
        ),
        Step(
            "first_applied",
            "Ngày áp dụng lần đầu, áp dụng thử hoặc dự kiến áp dụng",
            "Ngày sáng kiến được áp dụng lần đầu hoặc áp dụng thử, hoặc ngày dự kiến áp dụng nếu "
            "chưa áp dụng (ngày/tháng/năm, ví dụ 15/03/2022)?",
            application_date,
            show=show_date,
            max_chars=20,
        ),
        Step(
            "description",
            "Mô tả bản chất",
            "Mô tả bản chất của sáng kiến: nội dung, cách thực hiện, điểm mới.",
            text(20, 3000, "Phần mô tả"),
            max_chars=3000,
        ),
        Step(
            "conditions",
            "Điều kiện cần thiết để áp dụng",
            "Những điều kiện cần thiết để áp dụng sáng kiến?",
            text(5, 2000, "Phần điều kiện áp dụng"),
            max_chars=2000,
        ),
        Step(
            "benefits",
            "Lợi ích, hiệu quả",
            "Lợi ích, hiệu quả đạt được (hoặc dự kiến) khi áp dụng sáng kiến?",
            text(10, 3000, "Phần lợi ích, hiệu quả"),
            max_chars=3000,
        ),
    ),
    finish=_finish,
    precheck=_precheck,
    prefill=_prefill,
    fresh=_open_now,
)
