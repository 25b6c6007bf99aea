"""Roles (/phanquyen): administrators appoint the office's staff; the office appoints unit heads.

Flow: /phanquyen lists who holds which role and offers: appoint a unit head (pick the unit,
then the person), appoint office staff (administrators only), or remove a right. Typing a name
after the command (/phanquyen Trần Văn Bình) finds the person directly. A unit head leads the
unit of their profile. The person is told of the change in their own chat. Every press is
checked again against the roles in the database.
"""

from bot.context import AppContext
from bot.messages import Choice, Incoming, Reply, short_label
from bot.notices import queue_to
from bot.roles import STORED, Role, role_of
from bot.storage.office import Person
from handlers.office.access import actor, refused
from knowledge.normalize import fold

CODES = {"o": Role.OFFICE, "h": Role.UNIT_HEAD}
CODE_OF = {role: code for code, role in CODES.items()}
TITLES = {
    Role.OFFICE: "cán bộ Văn phòng (thường trực thi đua)",
    Role.UNIT_HEAD: "thủ trưởng đơn vị",
}
MAX_PEOPLE = 20


async def overview(msg: Incoming, ctx: AppContext) -> list[Reply]:
    if stop := await refused(msg, ctx, Role.OFFICE):
        return stop
    if msg.args:
        return await _found(msg, ctx, msg.args)
    me = await role_of(ctx, msg.channel, msg.user_id)
    office = ctx.storage.office
    lines = ["Phân quyền hiện nay:"]
    for role in (Role.OFFICE, Role.UNIT_HEAD):
        holders = await office.holders(STORED[role])
        names = [await _name(ctx, ch, uid, unit if role == Role.UNIT_HEAD else None)
                 for ch, uid, unit in holders]  # fmt: skip
        title = TITLES[role][0].upper() + TITLES[role][1:]
        lines.append(f"• {title}: {'; '.join(names) or '(chưa có)'}")
    lines.append("Anh/chị cũng có thể gõ /phanquyen kèm họ tên để tìm nhanh một người.")
    choices = [Choice("Phân công thủ trưởng đơn vị", "role:units")]
    if me >= Role.ADMIN:
        choices.append(Choice("Thêm cán bộ Văn phòng", "role:pick:o"))
    choices.append(Choice("Bỏ quyền của một người", "role:holders"))
    return [Reply("\n".join(lines), tuple(choices))]


async def act(msg: Incoming, ctx: AppContext) -> list[Reply]:
    """role:units | role:unit:<n> | role:pick:<o|h> | role:g:<o|h>:<channel>:<user_id> |
    role:holders | role:rm:<o|h>:<channel>:<user_id>"""
    if stop := await refused(msg, ctx, Role.OFFICE):
        return stop
    parts = (msg.choice or "").split(":")
    action = parts[1] if len(parts) > 1 else ""
    if action == "units":
        units = await _units(ctx)
        if not units:
            return [
                Reply("Chưa có ai khai báo hồ sơ và chưa có đơn vị nào. Gõ /donvi để tạo đơn vị.")
            ]
        return [
            Reply(
                "Phân công thủ trưởng cho đơn vị nào?",
                tuple(Choice(short_label(u), f"role:unit:{i}") for i, u in enumerate(units)),
            )
        ]
    if action == "unit" and len(parts) == 3 and parts[2].isdigit():
        units = await _units(ctx)
        if int(parts[2]) >= len(units):
            return [Reply("Danh sách đơn vị đã thay đổi. Gõ /phanquyen để xem lại.")]
        people = await ctx.storage.office.people(units[int(parts[2])])
        return [_people_reply(people, "h", f"Chọn thủ trưởng của {units[int(parts[2])]}:")]
    if action == "pick" and len(parts) == 3 and parts[2] in CODES:
        if stop := await refused(msg, ctx, _granter(CODES[parts[2]])):
            return stop
        people = await ctx.storage.office.people()
        return [_people_reply(people, parts[2], "Chọn người được phân quyền:")]
    if action in ("g", "rm") and len(parts) == 5 and parts[2] in CODES:
        role = CODES[parts[2]]
        if stop := await refused(msg, ctx, _granter(role)):
            return stop
        if action == "g":
            return await _grant(msg, ctx, role, parts[3], parts[4])
        return await _revoke(msg, ctx, role, parts[3], parts[4])
    if action == "holders":
        return await _holders(msg, ctx)
    return [Reply("Lựa chọn này không còn hiệu lực. Gõ /phanquyen để bắt đầu lại.")]


def _granter(role: Role) -> Role:
    """Administrators appoint the office; the office appoints unit heads."""
    return Role.ADMIN if role == Role.OFFICE else Role.OFFICE


async def _found(msg: Incoming, ctx: AppContext, name: str) -> list[Reply]:
    wanted = fold(name)
    people = [p for p in await ctx.storage.office.people() if wanted in fold(p.full_name)]
    if not people:
        return [Reply(f"Không tìm thấy ai tên “{name}” đã khai báo hồ sơ với bot.")]
    me = await role_of(ctx, msg.channel, msg.user_id)
    choices = []
    for person in people[:MAX_PEOPLE]:
        label = f"{person.full_name} – {person.unit}"
        choices.append(Choice(short_label(f"Thủ trưởng: {label}"), _value("g", "h", person)))
        if me >= Role.ADMIN:
            choices.append(Choice(short_label(f"Văn phòng: {label}"), _value("g", "o", person)))
    return [Reply("Anh/chị muốn phân quyền gì?", tuple(choices))]


def _people_reply(people: list[Person], code: str, title: str) -> Reply:
    if not people:
        return Reply("Chưa có ai khai báo hồ sơ với bot. Người cần phân quyền hãy gõ /hoso trước.")
    lines = [title]
    if len(people) > MAX_PEOPLE:
        lines.append(
            f"(hiển thị {MAX_PEOPLE} người đầu; gõ /phanquyen kèm họ tên để tìm người khác)"
        )
    choices = tuple(
        Choice(short_label(f"{p.full_name} – {p.position}, {p.unit}"), _value("g", code, p))
        for p in people[:MAX_PEOPLE]
    )
    return Reply("\n".join(lines), choices)


def _value(action: str, code: str, person: Person) -> str:
    return f"role:{action}:{code}:{person.channel}:{person.user_id}"


async def _grant(
    msg: Incoming, ctx: AppContext, role: Role, channel: str, user_id: str
) -> list[Reply]:
    person = await ctx.storage.profile(channel, user_id)
    if person is None:
        return [Reply("Người này chưa khai báo hồ sơ với bot.")]
    unit = person.unit if role == Role.UNIT_HEAD else None
    await ctx.storage.office.grant(
        channel, user_id, STORED[role], unit, actor(msg), ctx.clock.now()
    )
    where = f" {unit}" if unit else ""
    await queue_to(
        ctx, "notice", f"role:{STORED[role]}:grant:{ctx.clock.now().isoformat()}", channel, user_id,
        [Reply(f"Anh/chị đã được phân công làm {TITLES[role]}{where}. Gõ /help để xem các chức năng.")],
    )  # fmt: skip
    return [Reply(f"Đã phân công {person.full_name} làm {TITLES[role]}{where}.")]


async def _revoke(
    msg: Incoming, ctx: AppContext, role: Role, channel: str, user_id: str
) -> list[Reply]:
    name = await _name(ctx, channel, user_id, None)
    done = await ctx.storage.office.revoke(
        channel, user_id, STORED[role], actor(msg), ctx.clock.now()
    )
    if not done:
        return [Reply(f"{name} hiện không giữ quyền {TITLES[role]}.")]
    await queue_to(
        ctx, "notice", f"role:{STORED[role]}:revoke:{ctx.clock.now().isoformat()}", channel, user_id,
        [Reply(f"Quyền {TITLES[role]} của anh/chị đã được thu hồi.")],
    )  # fmt: skip
    return [Reply(f"Đã bỏ quyền {TITLES[role]} của {name}.")]


async def _holders(msg: Incoming, ctx: AppContext) -> list[Reply]:
    me = await role_of(ctx, msg.channel, msg.user_id)
    choices = []
    for role in (Role.UNIT_HEAD, Role.OFFICE):
        if _granter(role) > me:
            continue
        for channel, user_id, unit in await ctx.storage.office.holders(STORED[role]):
            name = await _name(ctx, channel, user_id, unit)
            choices.append(
                Choice(
                    short_label(f"Bỏ quyền {TITLES[role]}: {name}"),
                    f"role:rm:{CODE_OF[role]}:{channel}:{user_id}",
                )
            )
    if not choices:
        return [Reply("Chưa có ai được phân quyền mà anh/chị có thể thu hồi.")]
    return [Reply("Bỏ quyền của ai?", tuple(choices))]


async def _name(ctx: AppContext, channel: str, user_id: str, unit: str | None) -> str:
    person = await ctx.storage.profile(channel, user_id)
    name = person.full_name if person else f"{channel}:{user_id}"
    return f"{name} ({unit})" if unit else name


async def _units(ctx: AppContext) -> list[str]:
    """The units the office listed, and any other unit people wrote in their profiles."""
    names = {u.name for u in await ctx.storage.office.units()}
    names |= {p.unit for p in await ctx.storage.office.people()}
    return sorted(names, key=fold)
