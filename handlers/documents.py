"""The office adds a document from the chat, replaces it or retires it.

Flow: an office user sends a DOCX, PDF or TXT file in a private chat (in the console,
/themvanban PATH) → the bot extracts the text, reads the letter-head and signature and says
what it found → it asks only for what it could not find, then for the campaign's deadlines →
summary, where any field can be corrected → on confirmation the document and its deadlines are
stored in one transaction and the knowledge base is rebuilt; other processes sharing the
database pick it up within a minute. A file that cannot be read, or that is not about a
campaign, gets one clear sentence and nothing is stored. A document with the id of one already
present replaces it.
"""

import asyncio
import datetime as dt
import re
from pathlib import Path
from typing import Any

from bot.campaigns import local_now, when
from bot.context import AppContext
from bot.dialogs import Dialog, Invalid, Step, Turn, agrees
from bot.messages import Choice, Incoming, Reply
from bot.roles import REFUSED, Role, has_role
from handlers.admin import parse_when
from handlers.fields import person_name, text
from knowledge import DocumentError
from knowledge.documents import compose_document, parse_document
from knowledge.extract import MAX_BYTES, ImportProblem, check_size, extract_text
from knowledge.letterhead import Draft, is_campaign_text, read_letterhead, suggest_id

HOW_TO = (
    "Để thêm văn bản, anh/chị gửi tệp DOCX, PDF (có lớp chữ) hoặc TXT của văn bản vào cuộc trò "
    f"chuyện riêng này (tối đa {MAX_BYTES // 1024 // 1024} MB). Tôi sẽ đọc số, ngày, cơ quan "
    "ban hành, trích yếu, người ký và hỏi thêm các hạn của phong trào."
)
NOT_CAMPAIGN = (
    "Tệp “{name}” không phải văn bản về phong trào thi đua (tôi không thấy nội dung thi đua), "
    "nên tôi không thêm vào danh sách phong trào. Nếu đây là văn bản pháp luật cần tra cứu, "
    "anh/chị vui lòng chuyển cho người quản trị."
)
_PERIOD = re.compile(r"^\s*(\d{4})(?:\s*[-–]\s*(\d{4}))?\s*$")
_DATE = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")


async def command(msg: Incoming, ctx: AppContext) -> list[Reply]:
    """/themvanban: how to send a file; in the console, /themvanban PATH reads that file."""
    if not await has_role(ctx, msg.channel, msg.user_id, Role.OFFICE):
        return [Reply(REFUSED)]
    if not msg.args or msg.channel != "console":  # a path means this machine: console only
        return [Reply(HOW_TO)]
    try:
        name, data = await asyncio.to_thread(_read_local, msg.args.strip("\"'"))
    except ImportProblem as problem:
        return [Reply(str(problem))]
    return await read_file(msg, ctx, name, data)


def _read_local(path_text: str) -> tuple[str, bytes]:
    path = Path(path_text).expanduser()
    if not path.is_file():
        raise ImportProblem(f"Không tìm thấy tệp {path}. Anh/chị kiểm tra lại đường dẫn.")
    check_size(path.name, path.stat().st_size)
    return path.name, path.read_bytes()


async def receive_file(msg: Incoming, ctx: AppContext) -> list[Reply]:
    """A file sent in a private chat: the office's new document."""
    if msg.file is None:
        return [Reply(HOW_TO)]
    if not await has_role(ctx, msg.channel, msg.user_id, Role.OFFICE):
        return [Reply(REFUSED)]
    try:
        check_size(msg.file.name, len(msg.file.data))
    except ImportProblem as problem:
        return [Reply(str(problem))]
    return await read_file(msg, ctx, msg.file.name, msg.file.data)


async def read_file(msg: Incoming, ctx: AppContext, name: str, data: bytes) -> list[Reply]:
    try:
        content = await asyncio.to_thread(extract_text, name, data)
    except ImportProblem as problem:
        return [Reply(str(problem))]
    if not is_campaign_text(content):
        return [Reply(NOT_CAMPAIGN.format(name=name))]
    draft = read_letterhead(content)
    known = known_answers(draft, name)
    found = [f"{label}: {value}" for label, value in _found(draft)]
    doc_id = str(known["_id"])
    replacing = ctx.knowledge.campaign(doc_id) is not None
    intro = [f"Tôi đã đọc tệp “{name}”. Thông tin tìm thấy:", *(f"• {f}" for f in found)]
    if replacing:
        intro.append("Văn bản này trùng với văn bản đã có; xác nhận sẽ thay thế văn bản cũ.")
    intro.append("Tôi sẽ hỏi những gì còn thiếu và các hạn; cuối cùng anh/chị sửa được mọi mục.")
    started = await ctx.dialogs.start("document", msg, ctx, known=known)
    return [Reply("\n".join(intro)), *started]


def known_answers(draft: Draft, name: str) -> dict[str, Any]:
    """The dialog's answers as read from the file (None where nothing was found)."""
    return {
        "kind": draft.kind,
        "number": draft.number,
        "issuer": draft.issuer,
        "place": draft.place,
        "date": draft.date.isoformat() if draft.date else None,
        "title": draft.title,
        "theme": draft.theme,
        "period": draft.period,
        "based_on": "; ".join(draft.based_on) or None,
        "signer_title": draft.signer_title,
        "signer_name": draft.signer_name,
        "_id": suggest_id(draft),
        "_body": draft.body,
        "_file": name,
        "_hints": {k: [d.isoformat(), text] for k, (d, text) in draft.deadline_hints.items()},
    }


def _found(draft: Draft) -> list[tuple[str, str]]:
    pairs = [
        ("Loại văn bản", draft.kind), ("Số", draft.number), ("Cơ quan ban hành", draft.issuer),
        ("Nơi, ngày ban hành", f"{draft.place}, {draft.date:%d/%m/%Y}" if draft.date else None),
        ("Trích yếu", draft.title), ("Chủ đề", draft.theme), ("Thời gian thực hiện", draft.period),
        ("Người ký", " ".join(filter(None, (draft.signer_title, draft.signer_name))) or None),
    ]  # fmt: skip
    return [(label, value) for label, value in pairs if value]


def _missing(field: str) -> Any:
    return lambda turn: turn.answers.get(field) in (None, "")


def _hinted(kind: str) -> Any:
    return lambda turn: kind in turn.answers.get("_hints", {})


def _period(answer: str, turn: Turn) -> str:
    match = _PERIOD.match(answer)
    if not match or (match.group(2) and int(match.group(2)) < int(match.group(1))):
        raise Invalid("Thời gian thực hiện viết dạng 2027 hoặc 2026-2030.")
    return answer.replace(" ", "").replace("–", "-")


def _date(answer: str, turn: Turn) -> str:
    match = _DATE.match(answer)
    if not match:
        raise Invalid("Ngày ban hành viết dạng ngày/tháng/năm, ví dụ 10/12/2026.")
    day, month, year = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        raise Invalid(f"Ngày {answer.strip()} không có thật trên lịch.") from None


def _show_date(value: Any, turn: Turn) -> str:
    return f"{dt.date.fromisoformat(str(value)):%d/%m/%Y}"


def _show_when(value: Any, turn: Turn) -> str:
    return when(dt.datetime.fromisoformat(str(value)))


def _deadline_prompt(kind: str, what: str) -> Any:
    def prompt(turn: Turn) -> str:
        example = local_now(turn.ctx) + dt.timedelta(days=30)
        found = take = ""
        hint = turn.answers.get("_hints", {}).get(kind)
        if hint and dt.date.fromisoformat(hint[0]) > local_now(turn.ctx).date():
            example = dt.datetime.combine(dt.date.fromisoformat(hint[0]), dt.time())
            found = f"Văn bản ghi: “{hint[1]}”\n"
            take = f"\nGõ “đúng” để lấy 17:00 ngày {example:%d/%m/%Y}."
        return (
            f"{found}Hạn {what} của phong trào này (ngày/tháng/năm giờ:phút, ví dụ "
            f"{example:%d/%m/%Y} 17:00)?{take}"
        )

    return prompt


def _deadline(kind: str) -> Any:
    """The deadline typed, or the date the text set when the office agrees to it ("đúng")."""

    def parse(answer: str, turn: Turn) -> str:
        hint = turn.answers.get("_hints", {}).get(kind)
        if hint and agrees(answer):
            answer = f"{dt.date.fromisoformat(hint[0]):%d/%m/%Y}"
        return parse_when(answer, turn)

    return parse


async def _precheck(turn: Turn) -> list[Reply] | None:
    if not await has_role(turn.ctx, turn.msg.channel, turn.msg.user_id, Role.OFFICE):
        return [Reply(REFUSED)]
    return None


def build_text(answers: dict[str, Any], by: str, today: dt.date) -> str:
    """The document as stored: front matter from the answers, then the body as read."""
    date = dt.date.fromisoformat(str(answers["date"])) if answers.get("date") else None
    period = str(answers["period"])
    year = date.year if date else int(period[:4])
    deadlines = []
    for kind, audience, title in (
        ("registration", "unregistered", f"Đăng ký thi đua năm {period[:4]}"),
        ("initiative", "unregistered", f"Đăng ký sáng kiến năm {period[:4]}"),
        ("six_month", "unit_heads", f"Báo cáo sơ kết 6 tháng đầu năm {period[:4]}"),
        ("year_end", "unit_heads", f"Báo cáo tổng kết phong trào thi đua năm {period[:4]}"),
    ):
        if answers.get(kind):
            at = dt.datetime.fromisoformat(str(answers[kind]))
            deadlines.append(
                {"kind": kind, "at": f"{at:%Y-%m-%d %H:%M}", "audience": audience,
                 "title": title}
            )  # fmt: skip
    based_on = [b.strip() for b in str(answers.get("based_on") or "").split(";") if b.strip()]
    meta = {
        "id": answers["_id"],
        "kind": answers["kind"],
        "number": answers.get("number"),
        "title": answers["title"],
        "issuer": answers["issuer"],
        "place": answers.get("place"),
        "date": date,
        "year": year,
        "period": period,
        "signer": {"title": answers["signer_title"], "name": answers.get("signer_name")},
        "theme": answers.get("theme"),
        "based_on": based_on,
        "note": f"Thêm từ tệp {answers.get('_file')} ngày {today:%d/%m/%Y} ({by}).",
        "source": answers.get("_file"),
        "deadlines": deadlines,
    }
    return compose_document(meta, str(answers["_body"]))


async def _finish(turn: Turn) -> list[Reply]:
    ctx, msg = turn.ctx, turn.msg
    await ctx.storage.drop_dialog(msg.channel, msg.user_id)
    if not await has_role(ctx, msg.channel, msg.user_id, Role.OFFICE):
        return [Reply(REFUSED)]
    by = f"{msg.channel}:{msg.user_id}"
    replaced = ctx.knowledge.campaign(str(turn.answers["_id"])) is not None
    try:
        stored = build_text(dict(turn.answers), by, local_now(ctx).date())
        doc = parse_document(stored, Path(f"{turn.answers['_id']}.md"))
    except (DocumentError, ValueError) as exc:
        return [
            Reply(f"Chưa lưu văn bản vì thông tin chưa hợp lệ: {exc}. Gõ /themvanban để làm lại.")
        ]
    await ctx.storage.documents.save(doc.id, stored, doc.deadlines, by, ctx.clock.now())
    await ctx.library.refresh(ctx.storage, ctx.clock.now(), force=True)
    verb = "thay thế" if replaced else "thêm"
    return [
        Reply(
            f"Đã {verb} {doc.name}. Văn bản đã dùng được để hỏi đáp và đăng ký; các máy chủ "
            "khác của bot cập nhật trong vòng 1 phút.",
            (Choice("Xem phong trào này", f"campaign:{doc.id}"),),
        )
    ]


async def act(msg: Incoming, ctx: AppContext) -> list[Reply]:
    """doc:retire:<id> asks to confirm; doc:retire-yes:<id> retires the document."""
    _, action, doc_id = [*(msg.choice or "").split(":", 2), "", ""][:3]
    if not await has_role(ctx, msg.channel, msg.user_id, Role.OFFICE):
        return [Reply(REFUSED)]
    doc = ctx.knowledge.campaign(doc_id)
    if doc is None:
        return [Reply("Văn bản này không còn trong cơ sở dữ liệu.")]
    if action == "retire":
        return [
            Reply(
                f"Anh/chị chắc chắn thôi áp dụng {doc.name}? Văn bản sẽ không còn trong danh sách "
                "phong trào và hỏi đáp; các đăng ký đã có vẫn được giữ.",
                (
                    Choice("Thôi áp dụng", f"doc:retire-yes:{doc.id}"),
                    Choice("Không", f"campaign:{doc.id}"),
                ),
            )
        ]
    if action == "retire-yes":
        await ctx.storage.documents.retire(doc.id, f"{msg.channel}:{msg.user_id}", ctx.clock.now())
        await ctx.library.refresh(ctx.storage, ctx.clock.now(), force=True)
        return [Reply(f"Đã thôi áp dụng {doc.name}.")]
    return [Reply("Lựa chọn không hợp lệ. Gõ /phongtrao để xem danh sách.")]


def _optional_text(label: str, max_chars: int) -> Any:
    return text(2, max_chars, label)


DIALOG = Dialog(
    name="document",
    title="thêm văn bản",
    steps=(
        Step("kind", "Loại văn bản", "Loại văn bản (Kế hoạch, Công văn, Chỉ thị…)?",
             text(3, 40, "Loại văn bản"), when=_missing("kind")),
        Step("number", "Số, ký hiệu", "Số, ký hiệu văn bản (ví dụ 15/KH-SNNMT)?",
             text(3, 40, "Số, ký hiệu"), optional=True, when=_missing("number")),
        Step("issuer", "Cơ quan ban hành",
             "Cơ quan ban hành (ví dụ Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi)?",
             text(5, 150, "Cơ quan ban hành"), when=_missing("issuer")),
        Step("place", "Địa danh", "Địa danh ghi ở dòng ngày tháng (ví dụ Quảng Ngãi)?",
             text(2, 60, "Địa danh"), optional=True, when=_missing("place")),
        Step("date", "Ngày ban hành", "Ngày ban hành (ngày/tháng/năm)?", _date,
             optional=True, when=_missing("date"), show=_show_date),
        Step("title", "Trích yếu", "Trích yếu (tên) văn bản?", text(5, 300, "Trích yếu"),
             when=_missing("title"), max_chars=300),
        Step("theme", "Chủ đề", "Chủ đề phong trào (nếu có)?", _optional_text("Chủ đề", 200),
             optional=True, when=_missing("theme")),
        Step("period", "Thời gian thực hiện", "Thời gian thực hiện (ví dụ 2027 hoặc 2026-2030)?",
             _period, when=_missing("period")),
        Step("based_on", "Căn cứ", "Các văn bản căn cứ (cách nhau bởi dấu ;)?",
             _optional_text("Căn cứ", 1500), optional=True, when=_missing("based_on"),
             max_chars=1500),
        Step("signer_title", "Chức vụ người ký", "Chức vụ người ký (ví dụ Giám đốc)?",
             text(3, 60, "Chức vụ"), when=_missing("signer_title")),
        Step("signer_name", "Người ký", "Họ tên người ký?", person_name,
             optional=True, when=_missing("signer_name")),
        Step("registration", "Hạn đăng ký thi đua",
             _deadline_prompt("registration", "đăng ký thi đua"),
             _deadline("registration"), optional=True, show=_show_when),
        Step("initiative", "Hạn đăng ký sáng kiến",
             _deadline_prompt("initiative", "đăng ký sáng kiến"),
             _deadline("initiative"), optional=True, show=_show_when),
        # The reviews' dates are asked only when the text sets them; /suahan adds them later.
        Step("six_month", "Hạn báo cáo sơ kết 6 tháng",
             _deadline_prompt("six_month", "báo cáo sơ kết 6 tháng"),
             _deadline("six_month"), optional=True, show=_show_when, when=_hinted("six_month")),
        Step("year_end", "Hạn báo cáo tổng kết năm",
             _deadline_prompt("year_end", "báo cáo tổng kết năm"),
             _deadline("year_end"), optional=True, show=_show_when, when=_hinted("year_end")),
    ),
    finish=_finish,
    precheck=_precheck,
)  # fmt: skip
