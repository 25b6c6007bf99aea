"""Exemplary nomination (/dienhinh): a unit head introduces an exemplary person or collective.

The campaign documents ask unit heads to select exemplary examples (gương điển hình tiên tiến)
and send them to the Sở through its office. Flow: campaign → person or collective → who →
unit → achievements → summary → confirm. Reference numbers: DH-YYYY-NNNN.
"""

from typing import Any

from bot.dialogs import Dialog, Step, Turn
from bot.messages import Choice, Reply
from bot.roles import Role
from handlers import profile
from handlers.fields import (
    campaign_options,
    campaigns_open_now,
    closed_now,
    none_open,
    one_of,
    open_campaign,
    open_campaigns,
    option,
    save_record,
    show_campaign,
    text,
)

KINDS = {"person": "Cá nhân", "collective": "Tập thể"}


def _kind_options(turn: Turn) -> list[Choice]:
    return [option(label, value) for value, label in KINDS.items()]


async def _precheck(turn: Turn) -> list[Reply] | None:
    if not await open_campaigns(turn, "nomination"):
        return await none_open(turn, "nomination")
    return await profile.require(turn, then="nomination")


async def _open_now(turn: Turn) -> dict[str, Any]:
    return await campaigns_open_now(turn, "nomination")


async def _finish(turn: Turn) -> list[Reply]:
    if stop := await closed_now(turn, "nomination"):
        return stop
    answers = turn.answers
    fields = {name: answers[name] for name in ("kind", "nominee", "unit", "achievements")}
    ref, verb = await save_record(turn, "nomination", fields)
    return [
        Reply(
            f"Đã {verb} giới thiệu điển hình số {ref}: {answers['nominee']}. "
            "Văn phòng Sở sẽ tổng hợp báo cáo lãnh đạo Sở xem xét."
        )
    ]


def _show_kind(value: Any, turn: Turn) -> str:
    return KINDS[str(value)]


DIALOG = Dialog(
    name="nomination",
    command="dienhinh",
    title="giới thiệu gương điển hình tiên tiến",
    steps=(
        Step(
            "campaign",
            "Phong trào",
            "Giới thiệu điển hình trong phong trào nào?",
            open_campaign,
            options=campaign_options,
            show=show_campaign,
        ),
        Step(
            "kind",
            "Điển hình là",
            "Anh/chị giới thiệu một cá nhân hay một tập thể?",
            one_of(_kind_options),
            options=_kind_options,
            show=_show_kind,
        ),
        Step(
            "nominee",
            "Tên cá nhân/tập thể",
            "Họ tên cá nhân, hoặc tên tập thể, được giới thiệu?",
            text(3, 150, "Tên"),
            max_chars=150,
        ),
        Step(
            "unit",
            "Đơn vị công tác",
            "Thuộc phòng/đơn vị nào?",
            text(2, 150, "Tên đơn vị"),
            max_chars=150,
        ),
        Step(
            "achievements",
            "Thành tích tiêu biểu",
            "Tóm tắt thành tích tiêu biểu (kết quả cụ thể, sáng kiến, cách làm hay…).",
            text(20, 3000, "Phần thành tích"),
            max_chars=3000,
        ),
    ),
    finish=_finish,
    precheck=_precheck,
    role=Role.UNIT_HEAD,  # unit heads are appointed by the office
    fresh=_open_now,
)
