"""Who may do what: staff, unit heads, the campaign office, administrators.

Every command and dialog step asks here, so a right is always read at the moment it is used,
from the database: a right removed mid-dialog, or by another process, is gone at the next
message. Administrators are listed in THIDUA_ADMINS as "channel:id"; they appoint the office
(/phanquyen), and the office appoints unit heads.
"""

from enum import IntEnum

from bot.context import AppContext


class Role(IntEnum):
    STAFF = 0
    UNIT_HEAD = 1
    OFFICE = 2
    ADMIN = 3


# How each role granted in the chat is stored.
STORED = {Role.UNIT_HEAD: "unit_head", Role.OFFICE: "office"}
NAMES = {
    Role.STAFF: "cán bộ",
    Role.UNIT_HEAD: "thủ trưởng đơn vị",
    Role.OFFICE: "cán bộ Văn phòng (thường trực thi đua)",
    Role.ADMIN: "quản trị viên",
}
REFUSED = "Xin lỗi, anh/chị không có quyền dùng chức năng này."


def is_admin(ctx: AppContext, channel: str, user_id: str) -> bool:
    return f"{channel}:{user_id}" in ctx.settings.admins


async def role_of(ctx: AppContext, channel: str, user_id: str) -> Role:
    """The person's highest role, read now."""
    if is_admin(ctx, channel, user_id):
        return Role.ADMIN
    granted = await ctx.storage.office.roles_of(channel, user_id)
    held = [role for role, stored in STORED.items() if stored in granted]
    return max(held, default=Role.STAFF)


async def has_role(ctx: AppContext, channel: str, user_id: str, role: Role) -> bool:
    """True when the person holds `role` or a higher one."""
    return await role_of(ctx, channel, user_id) >= role


async def headed_unit(ctx: AppContext, channel: str, user_id: str) -> str | None:
    """The unit a unit head was appointed to lead, if any."""
    granted = await ctx.storage.office.roles_of(channel, user_id)
    return granted.get(STORED[Role.UNIT_HEAD]) if STORED[Role.UNIT_HEAD] in granted else None


# What each role adds to the command menu (Telegram shows a person the menu of their role).
MENU = {
    Role.UNIT_HEAD: (
        ("dienhinh", "Giới thiệu gương điển hình"),
        ("donvicuatoi", "Đơn vị tôi: ai đã, chưa đăng ký"),
    ),
    Role.OFFICE: (
        ("duyet", "Duyệt đăng ký"),
        ("xuatexcel", "Xuất Excel tổng hợp"),
        ("thongke", "Thống kê theo đơn vị"),
        ("thongbao", "Gửi thông báo"),
        ("donvi", "Đơn vị, danh sách cán bộ"),
        ("phanquyen", "Phân quyền"),
        ("suahan", "Đổi hạn"),
        ("cauhoi", "Câu hỏi bot chưa trả lời được"),
    ),
}


def menu_of(role: Role) -> list[tuple[str, str]]:
    """The commands a role adds to everyone's menu, lower roles' first."""
    return [entry for needed, entries in MENU.items() if role >= needed for entry in entries]
