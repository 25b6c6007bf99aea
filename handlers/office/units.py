"""Units and staff lists (/donvi): the office creates units and imports its staff list.

/donvi lists the units with their staff and who has written to the bot; `/donvi Phòng Kế hoạch`
creates a unit. A staff list (XLSX or CSV: Họ và tên, Đơn vị, Chức vụ; optional Điện thoại,
Email, Telegram) is imported by sending the file in the chat or with
`python -m bot staff import FILE`. People are matched to the list when they fill in /hoso;
unsure matches wait here for the office or their unit head to confirm.
"""

from bot.context import AppContext
from bot.dialogs import Dialog, Step, Turn
from bot.messages import Choice, Incoming, Reply, short_label
from bot.roles import REFUSED, Role, headed_unit, role_of
from bot.storage.office import StaffMember
from handlers.fields import text
from handlers.office.access import refused
from handlers.office.stafflist import StaffFileError, read_staff_file
from knowledge.normalize import fold

FILE_HELP = (
    "Để nhập danh sách cán bộ, anh/chị gửi tệp Excel (.xlsx) hoặc CSV vào cuộc trò chuyện này "
    "(hoặc quản trị viên chạy lệnh python -m bot staff import TỆP). Dòng đầu ghi tên các cột: "
    "Họ và tên, Đơn vị, Chức vụ; thêm Điện thoại, Email, Telegram nếu có. Đơn vị chưa có sẽ "
    "được tạo; tệp có dòng lỗi thì không nhập dòng nào và bot báo từng dòng lỗi."
)


async def overview(msg: Incoming, ctx: AppContext) -> list[Reply]:
    if stop := await refused(msg, ctx, Role.OFFICE):
        return stop
    office = ctx.storage.office
    if msg.args:
        name = " ".join(msg.args.split())
        if not 2 <= len(name) <= 150:
            return [Reply("Tên đơn vị cần dài từ 2 đến 150 ký tự.")]
        added = await office.add_unit(name, ctx.clock.now())
        return [
            Reply(f"Đã tạo đơn vị {name}." if added else f"Đơn vị {name} đã có trong danh sách.")
        ]
    units = await office.units()
    staff = await office.staff()
    lines = ["Các phòng/đơn vị:" if units else "Chưa có đơn vị nào."]
    choices = []
    for number, unit in enumerate(units, 1):
        members = [s for s in staff if s.unit == unit.name]
        linked = sum(s.channel is not None for s in members)
        lines.append(
            f"{number}. {unit.name}: {len(members)} cán bộ trong danh sách, {linked} đã nhắn với bot"
        )
        choices.append(Choice(short_label(f"Xem {unit.name}"), f"unit:view:{unit.id}"))
    lines.append(
        "Tạo đơn vị mới: gõ /donvi kèm tên đơn vị, ví dụ /donvi Phòng Kế hoạch - Tài chính."
    )
    unsure = [s for s in staff if s.match == "unsure"]
    if unsure:
        choices.insert(0, Choice(f"Xác nhận cán bộ chưa khớp ({len(unsure)})", "unit:unsure"))
    choices.append(Choice("Tạo đơn vị mới", "unit:new"))
    choices.append(Choice("Nhập danh sách cán bộ từ tệp", "unit:file"))
    return [Reply("\n".join(lines), tuple(choices))]


async def act(msg: Incoming, ctx: AppContext) -> list[Reply]:
    """unit:view:<id> | unit:file | unit:unsure | unit:ok:<staff id>"""
    if stop := await refused(msg, ctx, Role.UNIT_HEAD):
        return stop
    parts = (msg.choice or "").split(":")
    action = parts[1] if len(parts) > 1 else ""
    role = await role_of(ctx, msg.channel, msg.user_id)
    led = await headed_unit(ctx, msg.channel, msg.user_id)
    if action in ("unsure", "ok"):
        staff = [s for s in await ctx.storage.office.staff() if s.match == "unsure"]
        if role < Role.OFFICE:  # a unit head confirms the people of their own unit only
            staff = [s for s in staff if led and fold(s.unit) == fold(led)]
        if action == "ok" and len(parts) == 3 and parts[2].isdigit():
            return await _confirm(ctx, staff, int(parts[2]))
        return [_unsure(ctx, staff)] if staff else [Reply("Không có cán bộ nào chờ xác nhận.")]
    if role < Role.OFFICE:
        return [Reply(REFUSED)]
    if action == "file":
        return [Reply(FILE_HELP)]
    if action == "new":
        return await ctx.dialogs.start("unit_add", msg, ctx)
    if action == "view" and len(parts) == 3 and parts[2].isdigit():
        unit = next((u for u in await ctx.storage.office.units() if u.id == int(parts[2])), None)
        if unit is None:
            return [Reply("Không tìm thấy đơn vị này. Gõ /donvi để xem lại.")]
        return [await _unit(ctx, unit.name)]
    return [Reply("Lựa chọn này không còn hiệu lực. Gõ /donvi để bắt đầu lại.")]


async def _unit(ctx: AppContext, name: str) -> Reply:
    staff = await ctx.storage.office.staff(name)
    marks = {"confirmed": "đã nhắn với bot", "unsure": "chờ xác nhận", "none": "chưa nhắn với bot"}
    lines = [f"{name}: {len(staff)} cán bộ trong danh sách"]
    lines += [f"• {s.full_name} – {s.position} ({marks[s.match]})" for s in staff]
    if not staff:
        lines.append("Chưa có danh sách cán bộ. " + FILE_HELP)
    return Reply("\n".join(lines))


def _unsure(ctx: AppContext, staff: list[StaffMember]) -> Reply:
    lines = ["Những người khai hồ sơ chưa khớp hẳn với danh sách cán bộ:"]
    choices = []
    for member in staff:
        lines.append(f"• {member.full_name} – {member.position}, {member.unit}")
        choices.append(
            Choice(
                short_label(f"Đúng là {member.full_name} ({member.unit})"), f"unit:ok:{member.id}"
            )
        )
    return Reply("\n".join(lines), tuple(choices))


async def _confirm(ctx: AppContext, allowed: list[StaffMember], staff_id: int) -> list[Reply]:
    member = next((s for s in allowed if s.id == staff_id), None)
    if member is None or not await ctx.storage.office.confirm_staff(staff_id):
        return [Reply("Không còn gì để xác nhận ở đây. Gõ /donvi để xem lại.")]
    return [Reply(f"Đã xác nhận {member.full_name} ({member.unit}) khớp với danh sách cán bộ.")]


async def import_file(ctx: AppContext, name: str, data: bytes) -> str:
    """Import a staff list; the message for the office (what was added, or every bad row)."""
    try:
        rows = read_staff_file(name, data)
    except StaffFileError as exc:
        return str(exc)
    units, people = await ctx.storage.office.import_staff(rows, ctx.clock.now())
    return (
        f"Đã nhập danh sách từ tệp {name}: {len(rows)} dòng, {people} cán bộ mới, "
        f"{units} đơn vị mới. Gõ /donvi để xem."
    )


async def received_file(msg: Incoming, ctx: AppContext, name: str, data: bytes) -> list[Reply]:
    """A spreadsheet sent in the chat by the office: a staff list to import."""
    if stop := await refused(msg, ctx, Role.OFFICE):
        return stop
    return [Reply(await import_file(ctx, name, data))]


async def _add_unit(turn: Turn) -> list[Reply]:
    ctx, msg = turn.ctx, turn.msg
    await ctx.storage.drop_dialog(msg.channel, msg.user_id)
    name = str(turn.answers["name"])
    added = await ctx.storage.office.add_unit(name, ctx.clock.now())
    return [Reply(f"Đã tạo đơn vị {name}." if added else f"Đơn vị {name} đã có trong danh sách.")]


DIALOG = Dialog(
    name="unit_add",
    title="tạo đơn vị",
    steps=(
        Step(
            "name",
            "Tên đơn vị",
            "Tên phòng/đơn vị mới là gì? (ví dụ: Phòng Kế hoạch - Tài chính)",
            text(2, 150, "Tên đơn vị"),
            max_chars=150,
        ),
    ),
    finish=_add_unit,
    role=Role.OFFICE,
)
