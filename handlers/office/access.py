"""What every office command does first: read the person's role now, refuse politely if short."""

from bot.context import AppContext
from bot.messages import Incoming, Reply
from bot.roles import REFUSED, Role, has_role


async def refused(msg: Incoming, ctx: AppContext, role: Role) -> list[Reply] | None:
    """One polite line that reveals nothing when the person lacks `role`; None when allowed."""
    if await has_role(ctx, msg.channel, msg.user_id, role):
        return None
    return [Reply(REFUSED)]


def actor(msg: Incoming) -> str:
    """How a person is written in the records: "channel:user_id"."""
    return f"{msg.channel}:{msg.user_id}"
