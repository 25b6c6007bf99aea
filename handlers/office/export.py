"""Excel export (/xuatexcel): one XLSX per campaign, sent as a file in the chat.

/xuatexcel offers the campaigns; /xuatexcel <campaign id> exports at once. The same workbook
comes out of `python -m bot export --campaign ID --out FILE`.
"""

from bot.context import AppContext
from bot.messages import Incoming, OutFile, Reply
from bot.roles import Role
from handlers.office.access import refused
from handlers.office.figures import campaign_choices, campaign_records
from handlers.office.workbook import build_workbook
from handlers.registrations import campaign_name


async def choose(msg: Incoming, ctx: AppContext) -> list[Reply]:
    if stop := await refused(msg, ctx, Role.OFFICE):
        return stop
    if msg.args:
        return await _export(ctx, msg.args.strip())
    choices = campaign_choices(ctx, "xl")
    return [Reply("Xuất tệp Excel tổng hợp đăng ký của phong trào nào?", choices)]


async def act(msg: Incoming, ctx: AppContext) -> list[Reply]:
    """xl:<campaign id>"""
    if stop := await refused(msg, ctx, Role.OFFICE):
        return stop
    return await _export(ctx, (msg.choice or "").removeprefix("xl:"))


def file_name(ctx: AppContext, campaign_id: str) -> str:
    return f"dang-ky-thi-dua_{campaign_id}_{ctx.clock.now():%Y-%m-%d}.xlsx"


async def _export(ctx: AppContext, campaign_id: str) -> list[Reply]:
    if ctx.knowledge.campaign(campaign_id) is None:
        return [
            Reply(f"Không có phong trào mã “{campaign_id}”. Gõ /xuatexcel để chọn trong danh sách.")
        ]
    records = await campaign_records(ctx, campaign_id)
    counts = {kind: sum(r.registration.kind == kind for r in records)
              for kind in ("pledge", "initiative", "nomination")}  # fmt: skip
    data = await build_workbook(ctx, campaign_id)
    text = (
        f"Tệp Excel tổng hợp đăng ký {campaign_name(ctx, campaign_id)}: "
        f"{counts['pledge']} bản đăng ký thi đua, {counts['initiative']} sáng kiến, "
        f"{counts['nomination']} giới thiệu điển hình (không gồm bản đã rút). "
        "Các trang: Cá nhân, Tập thể, Sáng kiến, Điển hình, Tổng hợp theo đơn vị."
    )
    return [Reply(text, file=OutFile(file_name(ctx, campaign_id), data, "document"))]
