"""Profile (/hoso): full name, unit, position.

Asked once, before the first registration; /hoso shows it and lets the person correct it.
When the office has listed its units, the unit is picked from that list and the person is
matched to the staff list: a sure match (same unit, name and position) is kept at once, an
unsure one waits for the unit head or the office to confirm it in /donvi. Being a unit head is
not declared here: the office appoints unit heads (/phanquyen).
"""

from typing import Any

from bot.context import AppContext
from bot.dialogs import Dialog, Invalid, Step, Turn
from bot.messages import Choice, Incoming, Reply
from bot.storage import Profile
from handlers.fields import option, person_name, text
from knowledge.normalize import fold

_free_unit = text(2, 150, "Tên đơn vị")


async def _prefill(turn: Turn) -> dict[str, Any]:
    # Step options are computed without waiting, so the unit list is read once, up front.
    return {"_units": [u.name for u in await turn.ctx.storage.office.units()]}


def _unit_options(turn: Turn) -> list[Choice]:
    return [
        option(name, f"unit:{number}") for number, name in enumerate(turn.answers.get("_units", []))
    ]


def _parse_unit(answer: str, turn: Turn) -> str:
    units: list[str] = turn.answers.get("_units", [])
    if not units:
        return _free_unit(answer, turn)
    if answer.startswith("unit:") and answer[5:].isdigit() and int(answer[5:]) < len(units):
        return units[int(answer[5:])]
    typed = fold(answer)
    found = [name for name in units if fold(name) == typed]
    if found:
        return found[0]
    raise Invalid("Anh/chị hãy chọn phòng/đơn vị trong danh sách (gõ số thứ tự).")


def _unit_prompt(turn: Turn) -> str:
    if turn.answers.get("_units"):
        return "Anh/chị công tác ở phòng/đơn vị nào? Chọn trong danh sách:"
    return "Anh/chị công tác ở phòng/đơn vị nào?"


async def _finish(turn: Turn) -> list[Reply]:
    msg, answers, ctx = turn.msg, turn.answers, turn.ctx
    profile = Profile(
        channel=msg.channel,
        user_id=msg.user_id,
        full_name=answers["full_name"],
        unit=answers["unit"],
        position=answers["position"],
        is_unit_head=False,  # read from the roles the office grants
    )
    await ctx.storage.save_profile(profile, ctx.clock.now())
    replies = [Reply(f"Đã lưu hồ sơ của {profile.full_name}. Gõ /hoso để xem hoặc sửa.")]
    note = await match_staff(ctx, profile)
    if note:
        replies.append(Reply(note))
    return replies


async def match_staff(ctx: AppContext, profile: Profile) -> str | None:
    """Tie the person to their line of the staff list; a note when the match needs a check."""
    office = ctx.storage.office
    listed = await office.staff(profile.unit)
    if not listed:
        return None
    mine = [s for s in listed if s.channel == profile.channel and s.user_id == profile.user_id]
    name = fold(profile.full_name)
    same_name = [s for s in listed if fold(s.full_name) == name and s.channel is None]
    if mine and fold(mine[0].full_name) == name:
        return None
    sure = [s for s in same_name if fold(s.position) == fold(profile.position)]
    if len(sure) == 1:
        await office.link_staff(sure[0].id, profile.channel, profile.user_id, "confirmed")
        return None
    if same_name:
        await office.link_staff(same_name[0].id, profile.channel, profile.user_id, "unsure")
    return (
        "Tên hoặc chức vụ của anh/chị chưa khớp hẳn với danh sách cán bộ của đơn vị; "
        "thủ trưởng đơn vị hoặc Văn phòng sẽ xác nhận."
    )


DIALOG = Dialog(
    name="profile",
    command="hoso",
    title="khai báo hồ sơ",
    steps=(
        Step("full_name", "Họ và tên", "Họ và tên của anh/chị là gì?", person_name, max_chars=80),
        Step(
            "unit",
            "Phòng/đơn vị",
            _unit_prompt,
            _parse_unit,
            options=_unit_options,
            max_chars=150,
        ),
        Step(
            "position",
            "Chức vụ",
            "Chức vụ của anh/chị là gì? (ví dụ: Chuyên viên)",
            text(2, 100, "Chức vụ"),
        ),
    ),
    finish=_finish,
    prefill=_prefill,
)


async def show(msg: Incoming, ctx: AppContext) -> list[Reply]:
    profile = await ctx.storage.profile(msg.channel, msg.user_id)
    if profile is None:
        return await ctx.dialogs.start("profile", msg, ctx)
    lines = [
        "Hồ sơ của anh/chị:",
        f"• Họ và tên: {profile.full_name}",
        f"• Phòng/đơn vị: {profile.unit}",
        f"• Chức vụ: {profile.position}",
    ]
    if profile.is_unit_head:
        lines.append("• Thủ trưởng phòng/đơn vị (do Văn phòng phân công)")
    return [Reply("\n".join(lines), (Choice("Sửa hồ sơ", "profile:edit"),))]


async def edit(msg: Incoming, ctx: AppContext) -> list[Reply]:
    profile = await ctx.storage.profile(msg.channel, msg.user_id)
    if profile is None:
        return await ctx.dialogs.start("profile", msg, ctx)
    answers = {"full_name": profile.full_name, "unit": profile.unit, "position": profile.position}
    return await ctx.dialogs.start("profile", msg, ctx, answers=answers)


async def require(turn: Turn, then: str) -> list[Reply] | None:
    """Before registering: no profile yet means asking for it first, then going on."""
    profile = await turn.ctx.storage.profile(turn.msg.channel, turn.msg.user_id)
    if profile is not None:
        return None
    note = Reply("Trước khi đăng ký, anh/chị cần khai báo hồ sơ (chỉ một lần).")
    return [note, *await turn.ctx.dialogs.start("profile", turn.msg, turn.ctx, then=then)]
