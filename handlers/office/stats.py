"""Statistics (/thongke): per unit, staff registered out of staff listed, titles pledged,
initiatives and returns waiting for a correction; as short text and as a bar chart (PNG).

/thongke offers the campaigns; /thongke <campaign id> answers at once.
"""

import io

from bot.context import AppContext
from bot.messages import Incoming, OutFile, Reply
from bot.roles import Role
from handlers.office.access import refused
from handlers.office.figures import UnitFigures, campaign_choices, page_asked, unit_figures
from handlers.registrations import campaign_name

QUESTION = "Thống kê đăng ký của phong trào nào?"


async def choose(msg: Incoming, ctx: AppContext) -> list[Reply]:
    if stop := await refused(msg, ctx, Role.OFFICE):
        return stop
    if msg.args:
        return await _stats(ctx, msg.args.strip())
    return [Reply(QUESTION, campaign_choices(ctx, "tk"))]


async def act(msg: Incoming, ctx: AppContext) -> list[Reply]:
    """tk:<campaign id> | tk:@<page of the campaigns>"""
    if stop := await refused(msg, ctx, Role.OFFICE):
        return stop
    value = (msg.choice or "").removeprefix("tk:")
    if (page := page_asked(value)) is not None:
        return [Reply(QUESTION, campaign_choices(ctx, "tk", page))]
    return await _stats(ctx, value)


async def _stats(ctx: AppContext, campaign_id: str) -> list[Reply]:
    if ctx.knowledge.campaign(campaign_id) is None:
        return [
            Reply(f"Không có phong trào mã “{campaign_id}”. Gõ /thongke để chọn trong danh sách.")
        ]
    figures = [f for f in await unit_figures(ctx, campaign_id) if _counts(f)]
    name = campaign_name(ctx, campaign_id)
    if not figures:
        return [Reply(f"{name}: chưa có đơn vị hay bản đăng ký nào để thống kê.")]
    lines = [f"Thống kê {name}:"]
    for f in figures:
        staff = (
            f"{f.registered}/{f.listed} cán bộ đã đăng ký"
            if f.listed
            else f"{f.registered} người đã đăng ký (chưa có danh sách cán bộ)"
        )
        extra = f", {f.collective} đăng ký tập thể" if f.collective else ""
        lines.append(
            f"• {f.unit}: {staff}{extra}, {f.titles} danh hiệu, {f.initiatives} sáng kiến, "
            f"{f.returned} bản trả lại chờ sửa"
        )
    totals = [
        sum(getattr(f, key) for f in figures)
        for key in ("registered", "listed", "titles", "initiatives", "returned")
    ]
    lines.append(
        f"Cộng: {totals[0]} người đã đăng ký"
        + (f"/{totals[1]} cán bộ trong danh sách" if totals[1] else "")
        + f", {totals[2]} danh hiệu, {totals[3]} sáng kiến, {totals[4]} bản trả lại chờ sửa."
    )
    chart = OutFile(f"thong-ke_{campaign_id}.png", chart_png(name, figures), "photo")
    return [Reply("\n".join(lines)), Reply("Biểu đồ theo đơn vị.", file=chart)]


def _counts(f: UnitFigures) -> int:
    return f.listed + f.registered + f.collective + f.titles + f.initiatives + f.nominations


def chart_png(title: str, figures: list[UnitFigures]) -> bytes:
    """A horizontal bar chart per unit: staff listed, registered, initiatives."""
    import matplotlib

    matplotlib.use("Agg")  # no display on a server
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    units = [f.unit for f in figures][::-1]
    series = (
        ("Cán bộ trong danh sách", [f.listed for f in figures][::-1], "#c9d6e8"),
        ("Đã đăng ký", [f.registered + f.collective for f in figures][::-1], "#2e75b6"),
        ("Sáng kiến", [f.initiatives for f in figures][::-1], "#f4b183"),
    )
    height = 2.2 + 0.6 * len(units)
    figure = Figure(figsize=(8, height), dpi=110)
    axes = figure.subplots()
    bar = 0.26
    for offset, (label, values, colour) in enumerate(series):
        positions = [i + (1 - offset) * bar for i in range(len(units))]
        axes.barh(positions, values, height=bar, label=label, color=colour)
    axes.set_yticks(range(len(units)), units)
    axes.set_xlabel("Số người / số sáng kiến")
    axes.set_title(title, fontsize=10)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.22), ncol=3, fontsize=8, frameon=False)
    figure.tight_layout()
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()
