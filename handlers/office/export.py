"""Excel export (/xuatexcel): one XLSX per campaign, sent as a file in the chat.

/xuatexcel offers the campaigns; /xuatexcel <campaign id> exports at once. The same workbook
comes out of `python -m bot export --campaign ID --out FILE`.

The registrations are read in the message's transaction; the file is made in a worker
thread. A large export is made after the answer: the office is told it is on its way, the
bot goes on serving chats meanwhile (the message's transaction, and with it the database's
writer lock, ends at once), and the file is queued to the chat when it is ready.
"""

import asyncio
import contextvars
import logging
import uuid

from bot.context import AppContext
from bot.messages import Incoming, OutFile, Reply
from bot.roles import Role
from handlers.office.access import refused
from handlers.office.figures import campaign_choices, campaign_records, page_asked
from handlers.office.workbook import Sheets, workbook_bytes, workbook_sheets
from handlers.registrations import campaign_name

QUESTION = "Xuất tệp Excel tổng hợp đăng ký của phong trào nào?"
# Rows from which the workbook is made after the answer: ~0.2 s of work here, during which
# the message would hold every chat up (10,000 rows: ~2 s).
LATER_FROM = 1_000
ON_ITS_WAY = (
    "Phong trào này có {rows} dòng đăng ký, tôi đang tạo tệp Excel và sẽ gửi vào đây ngay "
    "khi xong. Trong lúc chờ, anh/chị vẫn có thể dùng các lệnh khác như bình thường."
)
FAILED = (
    "Xin lỗi, tôi chưa tạo được tệp Excel anh/chị yêu cầu. Anh/chị vui lòng gõ lại /xuatexcel "
    "sau ít phút."
)
log = logging.getLogger(__name__)
# Files being made after their answer: kept here so that none is dropped half-way.
_making: set["asyncio.Task[None]"] = set()


async def choose(msg: Incoming, ctx: AppContext) -> list[Reply]:
    if stop := await refused(msg, ctx, Role.OFFICE):
        return stop
    if msg.args:
        return await _export(msg, ctx, msg.args.strip())
    return [Reply(QUESTION, campaign_choices(ctx, "xl"))]


async def act(msg: Incoming, ctx: AppContext) -> list[Reply]:
    """xl:<campaign id> | xl:@<page of the campaigns>"""
    if stop := await refused(msg, ctx, Role.OFFICE):
        return stop
    value = (msg.choice or "").removeprefix("xl:")
    if (page := page_asked(value)) is not None:
        return [Reply(QUESTION, campaign_choices(ctx, "xl", page))]
    return await _export(msg, ctx, value)


def file_name(ctx: AppContext, campaign_id: str) -> str:
    return f"dang-ky-thi-dua_{campaign_id}_{ctx.clock.now():%Y-%m-%d}.xlsx"


async def _export(msg: Incoming, ctx: AppContext, campaign_id: str) -> list[Reply]:
    if ctx.knowledge.campaign(campaign_id) is None:
        return [
            Reply(f"Không có phong trào mã “{campaign_id}”. Gõ /xuatexcel để chọn trong danh sách.")
        ]
    records = await campaign_records(ctx, campaign_id)
    counts = {kind: sum(r.registration.kind == kind for r in records)
              for kind in ("pledge", "initiative", "nomination")}  # fmt: skip
    sheets = await workbook_sheets(ctx, campaign_id, records)
    text = (
        f"Tệp Excel tổng hợp đăng ký {campaign_name(ctx, campaign_id)}: "
        f"{counts['pledge']} bản đăng ký thi đua, {counts['initiative']} sáng kiến, "
        f"{counts['nomination']} giới thiệu điển hình (không gồm bản đã rút). "
        "Các trang: Cá nhân, Tập thể, Sáng kiến, Điển hình, Tổng hợp theo đơn vị."
    )
    name = file_name(ctx, campaign_id)
    if sheets.rows < LATER_FROM:
        data = await asyncio.to_thread(workbook_bytes, sheets)
        return [Reply(text, file=OutFile(name, data, "document"))]
    # In a context of its own: the task must not inherit this message's hold on the lock.
    task = asyncio.create_task(
        _send_when_made(ctx, msg, sheets, Reply(text, file=OutFile(name, b"", "document"))),
        context=contextvars.Context(),
    )
    _making.add(task)
    task.add_done_callback(_finished)
    return [Reply(ON_ITS_WAY.format(rows=f"{sheets.rows:,}".replace(",", ".")))]


async def _send_when_made(ctx: AppContext, msg: Incoming, sheets: Sheets, reply: Reply) -> None:
    """Make the file in a worker thread, then queue it to the chat and ring the bell (an
    apology instead, should making it fail)."""
    assert reply.file is not None
    try:
        data = await asyncio.to_thread(workbook_bytes, sheets)
        made = Reply(reply.text, file=OutFile(reply.file.name, data, reply.file.kind))
    except Exception:
        log.exception("export to %s/%s failed", msg.channel, msg.chat_id)
        made = Reply(FAILED)
    key = f"export:{msg.channel}:{msg.chat_id}:{uuid.uuid4().hex}"
    async with ctx.storage.transaction():
        await ctx.storage.outbox.enqueue(
            "reply", msg.channel, msg.chat_id, [made], key, ctx.clock.now()
        )
    ctx.sending.wake()


def _finished(task: "asyncio.Task[None]") -> None:
    """Forget a task done; a file that could not be queued is logged, not lost in silence."""
    _making.discard(task)
    if not task.cancelled() and (error := task.exception()) is not None:
        log.error("an export could not be queued", exc_info=error)


async def made() -> None:
    """Wait for the files being made after their answer (for shutdown and tests). A
    failure was logged by `_finished`: it must not keep the database from being closed."""
    while _making:
        await asyncio.gather(*_making, return_exceptions=True)
