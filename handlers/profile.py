"""Profile (/hoso): full name, unit, position, and whether the person heads the unit.

Asked once, before the first registration; /hoso shows it and lets the person correct it.
"""

from typing import Any

from bot.context import AppContext
from bot.dialogs import Dialog, Step, Turn
from bot.messages import Choice, Incoming, Reply
from bot.storage import Profile
from handlers.fields import one_of, option, person_name, text


def _head_options(turn: Turn) -> list[Choice]:
    return [option("Có, tôi là thủ trưởng", "yes"), option("Không", "no")]


def _show_head(value: Any, turn: Turn) -> str:
    return "Có" if value == "yes" else "Không"


async def _finish(turn: Turn) -> list[Reply]:
    msg, answers = turn.msg, turn.answers
    profile = Profile(
        channel=msg.channel,
        user_id=msg.user_id,
        full_name=answers["full_name"],
        unit=answers["unit"],
        position=answers["position"],
        is_unit_head=answers["is_unit_head"] == "yes",
    )
    await turn.ctx.storage.save_profile(profile, turn.ctx.clock.now())
    return [Reply(f"Đã lưu hồ sơ của {profile.full_name}. Gõ /hoso để xem hoặc sửa.")]


DIALOG = Dialog(
    name="profile",
    title="khai báo hồ sơ",
    steps=(
        Step("full_name", "Họ và tên", "Họ và tên của anh/chị là gì?", person_name, max_chars=80),
        Step(
            "unit", "Phòng/đơn vị", "Anh/chị công tác ở phòng/đơn vị nào?", text(2, 150, "Tên đơn vị")
        ),
        Step(
            "position",
            "Chức vụ",
            "Chức vụ của anh/chị là gì? (ví dụ: Chuyên viên)",
            text(2, 100, "Chức vụ"),
        ),
        Step(
            "is_unit_head",
            "Thủ trưởng phòng/đơn vị",
            "Anh/chị có phải là thủ trưởng (người đứng đầu) phòng/đơn vị không?",
            one_of(_head_options),
            options=_head_options,
            show=_show_head,
        ),
    ),
    finish=_finish,
)


async def show(msg: Incoming, ctx: AppContext) -> list[Reply]:
    profile = await ctx.storage.profile(msg.channel, msg.user_id)
    if profile is None:
        return await ctx.dialogs.start("profile", msg, ctx)
    head = "có" if profile.is_unit_head else "không"
    text_ = (
        f"Hồ sơ của anh/chị:\n• Họ và tên: {profile.full_name}\n• Phòng/đơn vị: {profile.unit}\n"
        f"• Chức vụ: {profile.position}\n• Thủ trưởng phòng/đơn vị: {head}"
    )
    return [Reply(text_, (Choice("Sửa hồ sơ", "profile:edit"),))]


async def edit(msg: Incoming, ctx: AppContext) -> list[Reply]:
    profile = await ctx.storage.profile(msg.channel, msg.user_id)
    if profile is None:
        return await ctx.dialogs.start("profile", msg, ctx)
    answers = {
        "full_name": profile.full_name,
        "unit": profile.unit,
        "position": profile.position,
        "is_unit_head": "yes" if profile.is_unit_head else "no",
    }
    return await ctx.dialogs.start("profile", msg, ctx, answers=answers)


async def require(turn: Turn, then: str) -> list[Reply] | None:
    """Before registering: no profile yet means asking for it first, then going on."""
    profile = await turn.ctx.storage.profile(turn.msg.channel, turn.msg.user_id)
    if profile is not None:
        return None
    note = Reply("Trước khi đăng ký, anh/chị cần khai báo hồ sơ (chỉ một lần).")
    return [note, *await turn.ctx.dialogs.start("profile", turn.msg, turn.ctx, then=then)]
