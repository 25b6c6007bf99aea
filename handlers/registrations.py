"""My registrations (/cuatoi): what I registered, with reference numbers and status.

Choosing one shows it; while its campaign is open an active record can be edited (its answers
open at the dialog's summary) or withdrawn (after a confirmation). Withdrawn records are kept
and marked, never deleted.
"""

from typing import Any

from bot.campaigns import registrable, state_of
from bot.context import AppContext
from bot.messages import Choice, Incoming, Reply
from bot.storage import Registration
from handlers import application

KIND_NAMES = {
    "pledge": "Đăng ký thi đua",
    "initiative": "Sáng kiến",
    "nomination": "Giới thiệu điển hình",
}
STATUS = {"active": "đang hiệu lực", "withdrawn": "đã rút"}
# Where the office's review stands; the status history lives in registration_events.
REVIEW = {
    "submitted": "đã gửi, chờ Văn phòng tiếp nhận",
    "received": "Văn phòng đã tiếp nhận",
    "approved": "đã duyệt",
    "returned": "bị trả lại, cần sửa",
    "resubmitted": "đã sửa và gửi lại",
}
SCOPES = {"individual": "Cá nhân", "collective": "Tập thể"}
DIALOG_OF = {"pledge": "pledge", "initiative": "initiative", "nomination": "nomination"}


async def list_mine(msg: Incoming, ctx: AppContext) -> list[Reply]:
    records = await ctx.storage.registrations(msg.channel, msg.user_id)
    if not records:
        return [await _nothing_yet(ctx)]
    lines = ["Các đăng ký của anh/chị (mới nhất ở trên):"]
    choices = []
    for number, record in enumerate(records, 1):
        lines.append(
            f"{number}. {record.ref} – {KIND_NAMES[record.kind]}: {listed(record, ctx)} ({status_of(record)})"
        )
        if record.status == "active" and record.review == "returned" and record.review_note:
            lines.append(f"   Lý do trả lại: {record.review_note}")
        choices.append(Choice(f"Xem {record.ref}", f"reg:view:{record.kind}:{record.id}"))
    return [Reply("\n".join(lines), tuple(choices))]


async def _nothing_yet(ctx: AppContext) -> Reply:
    """No records: offer the registrations open now, or say plainly that none is."""
    offers = [
        Choice(label, command)
        for kind, label, command in (
            ("pledge", "Đăng ký thi đua", "/dangkythidua"),
            ("initiative", "Đăng ký sáng kiến", "/sangkien"),
        )
        if await registrable(ctx, kind)
    ]
    if offers:
        return Reply("Anh/chị chưa có đăng ký nào. Anh/chị có thể:", tuple(offers))
    return Reply(
        "Anh/chị chưa có đăng ký nào. Hiện chưa có phong trào nào đang mở đăng ký; "
        "anh/chị xem các phong trào bằng /phongtrao.",
        (Choice("Các phong trào thi đua", "/phongtrao"),),
    )


async def act(msg: Incoming, ctx: AppContext) -> list[Reply]:
    """reg:<view|edit|withdraw|withdraw-yes>:<kind>:<id>"""
    parts = (msg.choice or "").split(":")
    if len(parts) != 4 or not parts[3].isdecimal():
        return [Reply("Lựa chọn không hợp lệ. Gõ /cuatoi để xem lại danh sách.")]
    _, action, kind, record_id = parts
    record = await ctx.storage.registration(kind, int(record_id), msg.channel, msg.user_id)
    if record is None:
        return [Reply("Không tìm thấy bản đăng ký này. Gõ /cuatoi để xem lại danh sách.")]
    if action == "view":
        return [await _view(record, ctx)]
    if record.status != "active":
        return [Reply(f"{record.ref} đã rút, không sửa được nữa.")]
    if action == "apply" and kind == "initiative":
        return await application.start(msg, ctx, record)
    if not await _open(record, ctx):
        return [Reply(f"Phong trào của {record.ref} đã kết thúc, không sửa hoặc rút được nữa.")]
    if action == "edit":
        answers = _answers(record)
        return await ctx.dialogs.start(DIALOG_OF[kind], msg, ctx, answers=answers, record=record.id)
    if action == "withdraw":
        return [
            Reply(
                f"Anh/chị chắc chắn rút {record.ref}? Bản đăng ký vẫn được lưu, đánh dấu là đã rút.",
                (
                    Choice(f"Rút {record.ref}", f"reg:withdraw-yes:{kind}:{record.id}"),
                    Choice("Không rút", f"reg:view:{kind}:{record.id}"),
                ),
            )
        ]
    if action == "withdraw-yes":
        done = await ctx.storage.withdraw(
            kind, record.id, msg.channel, msg.user_id, ctx.clock.now()
        )
        return [Reply(f"Đã rút {record.ref}." if done else f"{record.ref} đã được rút trước đó.")]
    return [Reply("Lựa chọn không hợp lệ. Gõ /cuatoi để xem lại danh sách.")]


def status_of(record: Registration) -> str:
    """The record's state as the registrant reads it: withdrawn, or where its review stands."""
    return STATUS["withdrawn"] if record.status == "withdrawn" else REVIEW[record.review]


async def _open(record: Registration, ctx: AppContext) -> bool:
    """Records can be edited or withdrawn until their campaign ends."""
    campaign = ctx.knowledge.campaign(record.campaign_id)
    return bool(campaign and (await state_of(ctx, campaign)).is_open)


def _answers(record: Registration) -> dict[str, Any]:
    answers: dict[str, Any] = {"campaign": record.campaign_id, **record.fields}
    if answers.get("scope") == "individual":
        del answers["scope"]  # the default; only unit heads are asked (and may keep) a scope
    if record.kind == "initiative":
        answers["authors"] = [{"name": a.name, "share": a.share} for a in record.fields["authors"]]
    return answers


def listed(record: Registration, ctx: AppContext) -> str:
    """What /cuatoi shows of a record: a pledge with its scope (cá nhân / tập thể)."""
    if record.kind == "pledge":
        scope = SCOPES.get(record.fields.get("scope") or "individual", "")
        return f"{scope}: {headline(record, ctx)}"
    return headline(record, ctx)


def headline(record: Registration, ctx: AppContext) -> str:
    fields = record.fields
    if record.kind == "pledge":
        titles = ctx.knowledge.titles
        return ", ".join(titles[t].name if t in titles else t for t in fields["titles"])
    if record.kind == "initiative":
        return str(fields["name"])
    return str(fields["nominee"])


def campaign_name(ctx: AppContext, campaign_id: str) -> str:
    campaign = ctx.knowledge.campaign(campaign_id)
    if campaign is None:
        return campaign_id
    return f"{campaign.kind} {campaign.year} của {campaign.short_issuer}"


def details(record: Registration, ctx: AppContext) -> list[str]:
    """Every field of a record, one line each, as the registrant and the office read it."""
    lines = [
        f"{record.ref} – {KIND_NAMES[record.kind]} ({status_of(record)})",
        f"• Phong trào: {campaign_name(ctx, record.campaign_id)}",
        f"• Ngày đăng ký: {record.created_at:%d/%m/%Y}",
    ]
    fields = record.fields
    if record.kind == "pledge":
        lines += [
            f"• Đăng ký cho: {SCOPES.get(fields.get('scope') or 'individual', '')}",
            f"• Danh hiệu: {headline(record, ctx)}",
            f"• Chỉ tiêu, cam kết: {fields['targets']}",
            f"• Sáng kiến dự kiến: {fields['planned_initiative'] or '(không)'}",
        ]
    elif record.kind == "initiative":
        authors = "; ".join(f"{a.name} ({a.share}%)" for a in fields["authors"])
        lines += [
            f"• Tên sáng kiến: {fields['name']}",
            f"• Tác giả: {authors}",
            f"• Lĩnh vực: {fields['field']}",
            f"• Áp dụng lần đầu: {fields['first_applied'][8:10]}/{fields['first_applied'][5:7]}/{fields['first_applied'][:4]}",
            f"• Mô tả: {fields['description']}",
            f"• Điều kiện áp dụng: {fields['conditions']}",
            f"• Hiệu quả: {fields['benefits']}",
        ]
    else:
        lines += [
            f"• Điển hình: {fields['nominee']} ({fields['unit']})",
            f"• Thành tích: {fields['achievements']}",
        ]
    if record.status == "active" and record.review == "returned" and record.review_note:
        lines.append(f"• Lý do trả lại: {record.review_note}")
    return lines


async def _view(record: Registration, ctx: AppContext) -> Reply:
    choices: tuple[Choice, ...] = ()
    if record.status == "active" and await _open(record, ctx):
        edit = "Sửa và gửi lại" if record.review == "returned" else "Sửa"
        choices = (
            Choice(edit, f"reg:edit:{record.kind}:{record.id}"),
            Choice("Rút đăng ký", f"reg:withdraw:{record.kind}:{record.id}"),
        )
    if record.status == "active" and record.kind == "initiative":
        done = await ctx.storage.application(record.id)
        label = "Sửa đơn yêu cầu công nhận" if done else "Làm đơn yêu cầu công nhận"
        choices = (*choices, Choice(label, f"reg:apply:initiative:{record.id}"))
    return Reply("\n".join(details(record, ctx)), choices)
