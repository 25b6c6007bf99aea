"""Who may do what: staff, unit heads, the campaign office, administrators.

Every command and dialog step asks here, so a right is always read at the moment it is used.
Administrators come from THIDUA_ADMINS; until roles are kept in the database, administrators
also act as the campaign office.
"""

from enum import IntEnum

from bot.context import AppContext


class Role(IntEnum):
    STAFF = 0
    UNIT_HEAD = 1
    OFFICE = 2
    ADMIN = 3


def is_admin(ctx: AppContext, channel: str, user_id: str) -> bool:
    admins = ctx.settings.admins
    return user_id in admins or f"{channel}:{user_id}" in admins


async def role_of(ctx: AppContext, channel: str, user_id: str) -> Role:
    """The person's highest role, read now."""
    if is_admin(ctx, channel, user_id):
        return Role.ADMIN
    return Role.STAFF


async def has_role(ctx: AppContext, channel: str, user_id: str, role: Role) -> bool:
    """True when the person holds `role` or a higher one."""
    return await role_of(ctx, channel, user_id) >= role
