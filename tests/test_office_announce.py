"""Announcements: audience and preview, delivery through the outbox of each channel, a crash
between messages and a crash mid-send, blocked chats, and the report to the author."""

import asyncio
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from bot.app import open_core
from bot.clock import FixedClock
from bot.deliveries import send_queued
from bot.delivery import Undeliverable
from bot.messages import Reply
from bot.settings import Settings
from knowledge import KnowledgeBase
from tests.conftest import Chat
from tests.office_helpers import ADMIN, REFUSED, department
from tests.test_office_review import Recorder

NOTICE = "Văn phòng Sở nhắc: hạn đăng ký thi đua năm 2022 là 17 giờ ngày 31/03/2022."


class Hanging(Recorder):
    """An outbox whose send to one chat never returns: the process dies in the middle."""

    def __init__(self, chat_id: str) -> None:
        super().__init__()
        self.chat_id, self.reached = chat_id, asyncio.Event()

    async def send(self, chat_id: str, replies: Sequence[Reply]) -> None:
        if chat_id == self.chat_id:
            self.reached.set()
            await asyncio.Event().wait()
        await super().send(chat_id, replies)


class Blocking(Recorder):
    def __init__(self, blocked: str) -> None:
        super().__init__()
        self.blocked = blocked

    async def send(self, chat_id: str, replies: Sequence[Reply]) -> None:
        if chat_id == self.blocked:
            raise Undeliverable("Forbidden: bot was blocked by the user")
        await super().send(chat_id, replies)


def settings_for(tmp_path: Path) -> Settings:
    return Settings.from_env(
        {"THIDUA_DB": str(tmp_path / "thidua.sqlite3"), "THIDUA_ADMINS": f"console:{ADMIN}"}
    )


async def compose(office: Chat, audience: str, unit: str | None = None) -> list[Reply]:
    await office.send("/thongbao")
    if office.last[0].choices and office.last[0].choices[0].label == "Soạn thông báo mới":
        await office.press("Soạn thông báo mới")
    await office.send(NOTICE)
    replies = await office.press(audience)
    if unit:
        replies = await office.press(unit)
    return replies


def received(*outboxes: Recorder) -> dict[str, int]:
    counts: dict[str, int] = {}
    for outbox in outboxes:
        for chat, reply in outbox.sent:
            if reply.text == NOTICE:
                counts[chat] = counts.get(chat, 0) + 1
    return counts


async def test_a_crash_between_messages_resumes_and_nobody_gets_it_twice(
    kb: KnowledgeBase, tmp_path: Path, clock: FixedClock
) -> None:
    first, second = Recorder(), Blocking("3005")
    async with open_core(settings_for(tmp_path), kb, clock) as core:
        core.ctx.deliveries.attach("console", first)
        people = await department(core)
        assert (await people["lan"].send("/thongbao"))[0].text == REFUSED
        await send_queued(core.ctx)  # notices of the review so far
        first.sent.clear()
        summary = await compose(people["office"], "Một phòng/đơn vị", "Phòng Đất đai")
        assert "• Gửi tới: Phòng Đất đai – 3 người nhận" in summary[0].text
        replies = await people["office"].press("Xác nhận")
        assert replies[0].text.startswith("Đã bắt đầu gửi thông báo số 1 tới 3 người.")
        assert await send_queued(core.ctx, limit=1) == 1  # then the process stops
    async with open_core(settings_for(tmp_path), kb, clock) as core:  # a restart
        core.ctx.deliveries.attach("console", second)
        assert await send_queued(core.ctx) == 3  # the two left, then the report
        assert received(first, second) == {"3002": 1, "3004": 1}  # 3005 blocked the bot
        report = [r.text for chat, r in second.sent if chat == "3001"]
        assert report == ["Kết quả gửi thông báo số 1: 2 người đã nhận, 1 người đã chặn bot, "
                          "0 người không gửi được."]  # fmt: skip
        replies = await Chat(core, "3001").send("/thongbao")
        assert "• Số 1 (25/03/2022 08:00, Phòng Đất đai): “Văn phòng Sở nhắc" in replies[0].text
        assert "2 người đã nhận, 1 người đã chặn bot" in replies[0].text


async def test_a_crash_mid_send_is_reported_failed_never_sent_twice(
    kb: KnowledgeBase, tmp_path: Path, clock: FixedClock
) -> None:
    hanging, after = Hanging("3005"), Recorder()
    async with open_core(settings_for(tmp_path), kb, clock) as core:
        core.ctx.deliveries.attach("console", hanging)
        people = await department(core)
        await send_queued(core.ctx)
        summary = await compose(people["office"], "Mọi người")
        assert "• Gửi tới: mọi người – 5 người nhận" in summary[0].text
        await people["office"].press("Xác nhận")
        sender = asyncio.create_task(send_queued(core.ctx))
        await hanging.reached.wait()  # 3005's message is on its way when the process dies
        sender.cancel()
        await asyncio.gather(sender, return_exceptions=True)
    clock.advance(dt.timedelta(minutes=6))  # the dead process's lease has run out
    async with open_core(settings_for(tmp_path), kb, clock) as core:
        core.ctx.deliveries.attach("console", after)
        await send_queued(core.ctx)
        counts = received(hanging, after)
        assert counts == {"admin": 1, "3002": 1, "3003": 1, "3004": 1}  # 3005's is in doubt
        report = [r.text for chat, r in after.sent if chat == "3001"][-1]
        assert report == ("Kết quả gửi thông báo số 1: 4 người đã nhận, 0 người đã chặn bot, "
                          "1 người không gửi được.")  # fmt: skip
