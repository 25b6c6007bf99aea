"""Announcements: audience and preview, delivery as rows of the one outbox, a crash between
messages and a crash mid-send, blocked chats, quiet hours, and the report to the author."""

import asyncio
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from bot.app import open_core
from bot.clock import FixedClock
from bot.delivery import Undeliverable
from bot.messages import Reply
from bot.settings import Settings
from knowledge import KnowledgeBase
from tests.conftest import Chat
from tests.office_helpers import ADMIN, REFUSED, department, send_queued
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
    """The announcement's messages are outbox rows: after a restart the rows not yet sent go
    out, the ones sent before the crash are not sent again, and the author hears once."""
    first, second = Recorder(), Blocking("3005")
    async with open_core(settings_for(tmp_path), kb, clock) as core:
        core.ctx.sending.attach("console")
        people = await department(core)
        assert (await people["lan"].send("/thongbao"))[0].text == REFUSED
        await send_queued(core, first)  # notices of the review so far
        first.sent.clear()
        summary = await compose(people["office"], "Một phòng/đơn vị", "Phòng Đất đai")
        assert "• Gửi tới: Phòng Đất đai – 3 người nhận" in summary[0].text
        replies = await people["office"].press("Xác nhận")
        assert replies[0].text.startswith("Đã bắt đầu gửi thông báo số 1 tới 3 người.")
        assert await core.ctx.storage.outbox.count("pending", "announcement") == 3
        assert await send_queued(core, first, limit=1) == 1  # then the process stops
    async with open_core(settings_for(tmp_path), kb, clock) as core:  # a restart
        core.ctx.sending.attach("console")
        assert await send_queued(core, second) == 3  # the two left, then the report
        assert received(first, second) == {"3002": 1, "3004": 1}  # 3005 blocked the bot
        report = [r.text for chat, r in second.sent if chat == "3001"]
        assert report == ["Kết quả gửi thông báo số 1: 2 người đã nhận, 1 người đã chặn bot, "
                          "0 người không gửi được."]  # fmt: skip
        assert await send_queued(core, second) == 0  # the author is told once
        replies = await Chat(core, "3001").send("/thongbao")
        assert "• Số 1 (25/03/2022 08:00, Phòng Đất đai): “Văn phòng Sở nhắc" in replies[0].text
        assert "2 người đã nhận, 1 người đã chặn bot" in replies[0].text


async def test_a_crash_mid_send_resends_only_the_message_in_flight(
    kb: KnowledgeBase, tmp_path: Path, clock: FixedClock
) -> None:
    """Delivery is at least once, as for every outbox row: a process that dies while one
    message is on its way leaves that row claimed; when its lease runs out the next process
    sends it again (the person may get that one message twice, nobody gets any other twice)
    and the rest of the announcement once."""
    hanging, after = Hanging("3005"), Recorder()
    async with open_core(settings_for(tmp_path), kb, clock) as core:
        core.ctx.sending.attach("console")
        people = await department(core)
        await send_queued(core, hanging)
        summary = await compose(people["office"], "Mọi người")
        assert "• Gửi tới: mọi người – 5 người nhận" in summary[0].text
        await people["office"].press("Xác nhận")
        sender = asyncio.create_task(send_queued(core, hanging))
        await hanging.reached.wait()  # 3005's message is on its way when the process dies
        sender.cancel()
        await asyncio.gather(sender, return_exceptions=True)
    sent_before = received(hanging)
    async with open_core(settings_for(tmp_path), kb, clock) as core:
        core.ctx.sending.attach("console")
        assert await send_queued(core, after) == 0  # the dead process's lease still holds
        clock.advance(dt.timedelta(minutes=6))  # now it has run out
        await send_queued(core, after)
        assert not set(sent_before) & set(received(after))  # nobody served twice
        counts = received(hanging, after)
        assert counts == {"admin": 1, "3002": 1, "3003": 1, "3004": 1, "3005": 1}
        report = [r.text for chat, r in after.sent if chat == "3001"]
        assert report == ["Kết quả gửi thông báo số 1: 5 người đã nhận, 0 người đã chặn bot, "
                          "0 người không gửi được."]  # fmt: skip


async def test_an_announcement_waits_for_the_morning(
    kb: KnowledgeBase, tmp_path: Path, clock: FixedClock
) -> None:
    """Announcements are held in the quiet hours like reminders; the sweep sends them at 07:00."""
    from bot.reminders import ReminderService
    from handlers.reminders import compose as compose_reminder

    outbox = Recorder()
    async with open_core(settings_for(tmp_path), kb, clock) as core:
        core.ctx.sending.attach("console")
        people = await department(core)
        service = ReminderService(core.ctx, {"console": outbox}, compose_reminder)
        await service.sweep()  # the review's notices
        clock.advance(dt.timedelta(hours=14))  # 22:00
        await compose(people["office"], "Một phòng/đơn vị", "Phòng Đất đai")
        replies = await people["office"].press("Xác nhận")
        assert "thông báo số 1 tới 3 người" in replies[0].text
        await service.drain_now()  # what the bell asks for
        await service.sweep()
        assert received(outbox) == {}
        clock.advance(dt.timedelta(hours=9))  # 07:00
        await service.sweep()
        assert received(outbox) == {"3002": 1, "3004": 1, "3005": 1}
        assert [r.text for r in outbox.to("3001")][-1].startswith("Kết quả gửi thông báo số 1")
