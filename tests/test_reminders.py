"""Deadlines and reminders, on a real SQLite file and a clock that moves only when told.

The bundled plan of Sở TN&MT Sóc Trăng 2022 has its registration deadline at 17:00 on
31/03/2022 (for those who have not registered), so its reminders fall due at 08:00 on 24/03
(7 days), 30/03 (1 day) and 31/03 (the day itself).
"""

import datetime as dt
import subprocess
import sys
from collections.abc import AsyncIterator, Sequence
from pathlib import Path

import pytest

from bot.app import open_core
from bot.clock import FixedClock
from bot.core import BotCore
from bot.delivery import Undeliverable
from bot.messages import Incoming, Reply
from bot.reminders import ReminderService, due_now, send_time
from bot.settings import Settings
from bot.storage import Profile
from handlers.reminders import compose
from knowledge import KnowledgeBase
from knowledge.deadlines import parse_deadlines
from tests.conftest import TZ

CAMPAIGN = "soctrang-stnmt-2022"
REGISTRATION = f"{CAMPAIGN}:registration"


def at(text: str) -> dt.datetime:
    return local(text).replace(tzinfo=TZ)


def local(text: str) -> dt.datetime:
    """Wall-clock time in the bot's zone, as deadlines are kept."""
    return dt.datetime.fromisoformat(text)


def preview(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "bot", "reminders", "preview", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


class Outbox:
    """Records what would have gone out; can be told that a chat is gone or the net is down."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []
        self.gone: set[str] = set()
        self.down = False

    async def send(self, chat_id: str, replies: Sequence[Reply]) -> None:
        if chat_id in self.gone:
            raise Undeliverable("bot bị chặn")
        if self.down:
            raise ConnectionError("mất mạng")
        self.sent += [(chat_id, r.text) for r in replies]

    def to(self, chat_id: str) -> list[str]:
        return [text for chat, text in self.sent if chat == chat_id]


class Bot:
    """A running bot: core, reminder service and clock, reopenable on the same file."""

    def __init__(self, settings: Settings, kb: KnowledgeBase, clock: FixedClock) -> None:
        self.settings, self.kb, self.clock = settings, kb, clock
        self.outbox = Outbox()

    async def __aenter__(self) -> "Bot":
        self._opened = open_core(self.settings, self.kb, self.clock)
        self.core: BotCore = await self._opened.__aenter__()
        self.service = ReminderService(self.core.ctx, {"telegram": self.outbox}, compose)
        await self.service.recover()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._opened.__aexit__(None, None, None)

    async def say(self, user: str, text: str) -> list[Reply]:
        msg = Incoming(channel="telegram", user_id=user, chat_id=user, text=text)
        return await self.core.handle(msg)

    async def register(self, user: str) -> None:
        """A pledge for the campaign, as the pledge dialog would save it."""
        storage = self.core.ctx.storage
        await self.say(user, "/start")
        await storage.save_profile(
            Profile("telegram", user, "Nguyễn Văn An", "Phòng Đất đai", "Chuyên viên", False),
            self.clock.now(),
        )
        fields = {
            "scope": "individual",
            "titles": ["lao_dong_tien_tien"],
            "targets": "Hoàn thành 100% nhiệm vụ được giao",
            "planned_initiative": None,
        }
        await storage.save_registration(
            "pledge", "telegram", user, CAMPAIGN, fields, self.clock.now()
        )

    async def at(self, text: str) -> list[tuple[str, str]]:
        """Move the clock and sweep; what was sent in that sweep."""
        self.clock.current = at(text)
        before = len(self.outbox.sent)
        await self.service.sweep()
        return self.outbox.sent[before:]


@pytest.fixture
def start_clock() -> FixedClock:
    return FixedClock(at("2022-03-20T09:00"))


@pytest.fixture
async def bot(settings: Settings, kb: KnowledgeBase, start_clock: FixedClock) -> AsyncIterator[Bot]:
    async with Bot(settings, kb, start_clock) as opened:
        yield opened


def registration_reminders(sent: list[tuple[str, str]]) -> list[str]:
    return [text for _, text in sent if "Đăng ký thi đua năm 2022" in text]


def test_each_lead_time_falls_due_at_eight_on_its_day() -> None:
    deadline = parse_deadlines(
        "x", [{"kind": "registration", "at": "2022-03-31 17:00", "audience": "everyone"}]
    )[0]
    assert send_time(deadline.at, 7) == local("2022-03-24T08:00")
    assert send_time(deadline.at, 0) == local("2022-03-31T08:00")
    [due] = due_now([deadline], local("2022-03-30T08:00"))
    assert due.leads == (1, 3, 7, 14)
    assert due_now([deadline], local("2022-03-31T17:00")) == []  # deadline passed


async def test_each_lead_time_sends_once_then_nothing_after_the_deadline(bot: Bot) -> None:
    await bot.say("501", "/start")
    assert await bot.at("2022-03-24T07:59") == []
    first = await bot.at("2022-03-24T08:00")
    assert len(registration_reminders(first)) == 1
    text = registration_reminders(first)[0]
    assert "17:00 thứ Năm, ngày 31/03/2022 (còn 7 ngày)" in text
    assert "Anh/chị chưa đăng ký thi đua" in text and "/dangkythidua" in text
    assert await bot.at("2022-03-24T08:01") == []  # recorded: not sent twice
    assert "ngày mai" in registration_reminders(await bot.at("2022-03-30T08:00"))[0]
    assert "hôm nay" in registration_reminders(await bot.at("2022-03-31T08:00"))[0]
    assert registration_reminders(await bot.at("2022-04-01T08:00")) == []
    assert sum("Đăng ký thi đua năm 2022" in text for text in bot.outbox.to("501")) == 3


async def test_quiet_hours_hold_reminders_until_seven(bot: Bot) -> None:
    await bot.say("502", "/start")
    assert await bot.at("2022-03-24T22:30") == []  # 7-day reminder is due, but it is night
    assert await bot.at("2022-03-25T06:59") == []
    assert len(registration_reminders(await bot.at("2022-03-25T07:00"))) == 1


async def test_user_turns_reminders_off_all_or_per_campaign_and_picks_lead_times(
    bot: Bot,
) -> None:
    for user in ("601", "602", "603"):
        await bot.say(user, "/start")
    await bot.say("601", "/nhacnho tắt")
    reply = await bot.say("602", "/nhacnho")
    off = next(c for c in reply[0].choices if c.value == f"remind:off:{CAMPAIGN}")
    await bot.core.handle(Incoming("telegram", "602", "602", choice=off.value))
    reply = await bot.say("603", "/nhacnho 1")
    assert "trước hạn 1 ngày" in reply[0].text
    assert await bot.at("2022-03-24T08:00") == []
    sent = await bot.at("2022-03-30T08:00")
    assert [chat for chat, _ in sent] == ["603"]
    reply = await bot.say("603", "/nhacnho 5")
    assert "Cách dùng" in reply[0].text


async def test_not_registered_audience_shrinks_as_people_register(bot: Bot) -> None:
    for user in ("701", "702", "703"):
        await bot.say(user, "/start")
    await bot.register("701")
    sent = await bot.at("2022-03-24T08:00")
    assert sorted(chat for chat, _ in sent) == ["702", "703"]
    # 702 registers after the 1-day reminders were decided but before they went out.
    bot.clock.current = at("2022-03-30T08:00")
    assert await bot.service.plan() == 2
    await bot.register("702")
    sent = await bot.at("2022-03-30T08:00")
    assert [chat for chat, _ in sent] == ["703"]


async def test_a_crash_between_deciding_and_sending_loses_nothing_and_repeats_nothing(
    settings: Settings, kb: KnowledgeBase, start_clock: FixedClock
) -> None:
    async with Bot(settings, kb, start_clock) as first:
        await first.say("801", "/start")
        await first.say("802", "/start")
        first.clock.current = at("2022-03-24T08:00")
        assert await first.service.plan() == 2  # decided and written, then the process dies
    async with Bot(settings, kb, start_clock) as second:
        sent = await second.at("2022-03-24T08:05")
        assert sorted(chat for chat, _ in sent) == ["801", "802"]
        assert await second.at("2022-03-24T08:10") == []
    async with Bot(settings, kb, start_clock) as third:
        assert await third.at("2022-03-24T09:00") == []


async def test_a_reminder_whose_sender_died_is_sent_once_when_its_claim_runs_out(
    settings: Settings, kb: KnowledgeBase, start_clock: FixedClock
) -> None:
    async with Bot(settings, kb, start_clock) as first:
        await first.say("811", "/start")
        first.clock.current = at("2022-03-24T08:00")
        await first.service.plan()
        assert (await first.service.queue()).queued == 1
        outbox = first.core.ctx.storage.outbox
        [claimed] = await outbox.claim("dead-process", ["telegram"], first.clock.now())
        assert claimed.kind == "reminder"  # the process dies before the message leaves
    async with Bot(settings, kb, start_clock) as second:
        assert await second.at("2022-03-24T08:05") == []  # the claim still holds
        assert [chat for chat, _ in await second.at("2022-03-24T08:06")] == ["811"]
        assert await second.at("2022-03-24T09:00") == []
        assert await second.core.ctx.storage.reminders.count("sent") == 1


async def test_after_downtime_only_the_latest_due_reminder_goes_and_none_after_the_deadline(
    settings: Settings, kb: KnowledgeBase, start_clock: FixedClock
) -> None:
    async with Bot(settings, kb, start_clock) as before:
        await before.say("901", "/start")
    # Down from 20/03 until 30/03 09:00: the 7-day and 1-day reminders both fell due.
    async with Bot(settings, kb, start_clock) as after:
        sent = registration_reminders(await after.at("2022-03-30T09:00"))
        assert len(sent) == 1 and "ngày mai" in sent[0]
    # Down again until after the deadline: nothing late is sent for it.
    async with Bot(settings, kb, start_clock) as late:
        assert registration_reminders(await late.at("2022-04-01T08:00")) == []


async def test_a_deadline_moved_by_an_admin_replans_its_reminders(
    tmp_path: Path, kb: KnowledgeBase, start_clock: FixedClock
) -> None:
    settings = Settings.from_env(
        {"THIDUA_DB": str(tmp_path / "db.sqlite3"), "THIDUA_ADMINS": "telegram:1"}
    )
    async with Bot(settings, kb, start_clock) as bot:
        await bot.say("911", "/start")
        bot.clock.current = at("2022-03-24T08:00")
        assert await bot.service.plan() >= 1  # decided for 31/03, not yet sent
        refused = await bot.say("911", "/suahan")
        assert refused[0].text == "Xin lỗi, anh/chị không có quyền dùng chức năng này."
        await bot.say("1", "/suahan")
        await bot.say("1", "2")  # move a deadline
        await bot.say("1", "1")  # the first deadline: registration, 31/03/2022
        reply = await bot.say("1", "15/04/2022 17:00")
        assert "15/04/2022" in reply[-1].text
        reply = await bot.say("1", "1")  # confirm
        assert "Đã đổi hạn “Đăng ký thi đua năm 2022”" in reply[-1].text
        sent = await bot.at("2022-03-24T08:01")
        assert registration_reminders(sent) == []  # planned for the old date: dropped
        assert registration_reminders(await bot.at("2022-03-30T08:00")) == []
        sent = [
            t for chat, t in await bot.at("2022-04-08T08:00")
            if chat == "911" and "Đăng ký thi đua năm 2022" in t
        ]  # fmt: skip
        assert len(sent) == 1 and "ngày 15/04/2022 (còn 7 ngày)" in sent[0]
    async with Bot(settings, kb, start_clock) as restarted:  # the change survives a restart
        schedule = {s.id: s for s in await restarted.core.ctx.storage.reminders.deadlines()}
        assert schedule[REGISTRATION].deadline.at == local("2022-04-15T17:00")
        assert schedule[REGISTRATION].edited_by == "telegram:1"


async def test_unit_head_deadlines_reach_unit_heads_only(bot: Bot) -> None:
    storage = bot.core.ctx.storage
    for user, head in (("1201", True), ("1202", False)):
        await bot.say(user, "/start")
        await storage.save_profile(
            Profile("telegram", user, "Trần Thị Bình", "Phòng Môi trường", "Trưởng phòng", False),
            bot.clock.now(),
        )
        if head:
            await storage.office.grant(
                "telegram", user, "unit_head", "Phòng Môi trường", "telegram:1", bot.clock.now()
            )
    sent = await bot.at("2022-06-08T08:00")  # 7 days before the six-month report
    six_month = [chat for chat, text in sent if "sơ kết 6 tháng" in text]
    assert six_month == ["1201"]


async def test_an_unfinished_dialog_is_mentioned(bot: Bot) -> None:
    await bot.say("1301", "/sangkien")  # starts with the profile questions
    text = registration_reminders(await bot.at("2022-03-24T08:00"))[0]
    assert "Anh/chị đang" in text and "dở (chưa gửi)" in text and "/tieptuc" in text


async def test_blocked_chats_fail_once_and_a_network_error_is_retried(bot: Bot) -> None:
    await bot.say("1401", "/start")
    await bot.say("1402", "/start")
    bot.outbox.gone.add("1401")
    bot.outbox.down = True
    assert await bot.at("2022-03-24T08:00") == []
    bot.outbox.down = False
    sent = await bot.at("2022-03-24T08:01")
    assert [chat for chat, _ in sent] == ["1402"]
    assert await bot.core.ctx.storage.reminders.count("failed") == 1
    assert await bot.at("2022-03-24T09:00") == []


async def test_hanchot_lists_what_is_ahead_with_the_users_own_status(bot: Bot) -> None:
    await bot.say("1501", "/start")
    reply = await bot.say("1501", "/hanchot")
    text = reply[0].text
    assert "Đăng ký thi đua năm 2022: 17:00 thứ Năm, ngày 31/03/2022 (còn 11 ngày)" in text
    assert "⏳ anh/chị chưa đăng ký" in text
    assert "Báo cáo tổng kết phong trào thi đua năm 2022" in text
    assert "Kế hoạch không ghi ngày cụ thể" in text
    await bot.register("1501")
    assert "✅ anh/chị đã đăng ký thi đua" in (await bot.say("1501", "/hanchot"))[0].text
    bot.clock.current = at("2022-12-01T08:00")
    assert "không có hạn nào sắp tới" in (await bot.say("1501", "/hanchot"))[0].text


async def test_lead_time_toggles_keep_at_least_one(bot: Bot) -> None:
    await bot.say("1601", "/nhacnho 0")
    reply = await bot.core.handle(Incoming("telegram", "1601", "1601", choice="remind:lead:0"))
    assert "ít nhất một thời điểm" in reply[0].text
    reply = await bot.core.handle(Incoming("telegram", "1601", "1601", choice="remind:lead:3"))
    assert "trước hạn 3 ngày, ngày hết hạn" in reply[0].text


async def test_reminder_settings_are_private(bot: Bot) -> None:
    msg = Incoming("telegram", "1701", "-100", text="/nhacnho tắt", is_group=True)
    reply = await bot.core.handle(msg)
    assert "tin nhắn riêng" in reply[0].text
    assert await bot.core.ctx.storage.reminders.muted("telegram", "1701") == set()


async def test_preview_prints_who_would_get_what_without_sending(
    settings: Settings, kb: KnowledgeBase, start_clock: FixedClock
) -> None:
    async with Bot(settings, kb, start_clock) as bot:
        await bot.say("2001", "/start")
        await bot.say("2002", "/start")
        await bot.register("2002")
    result = preview("--at", "2022-03-25T08:00", "--db", str(settings.db_path))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Nhắc hạn vào 08:00 thứ Sáu, ngày 25/03/2022 (Asia/Ho_Chi_Minh): 1 tin." in out
    assert "→ telegram 2001" in out and "2002" not in out
    assert "còn 6 ngày" in out
    async with Bot(settings, kb, start_clock) as after:  # nothing was recorded
        assert await after.core.ctx.storage.reminders.count() == 0
    night = preview("--at", "2022-03-24T22:00", "--db", str(settings.db_path))
    assert "giờ nghỉ" in night.stdout
    bad = preview("--at", "hôm qua", "--db", str(settings.db_path))
    assert bad.returncode == 2 and "không đúng dạng" in bad.stderr


def test_front_matter_deadlines_are_checked() -> None:
    with pytest.raises(ValueError, match="'kind'"):
        parse_deadlines("x", [{"kind": "deadline", "at": "2022-03-31 17:00"}])
    with pytest.raises(ValueError, match="'at'"):
        parse_deadlines("x", [{"kind": "registration", "at": "31/03/2022"}])
    with pytest.raises(ValueError, match="trùng"):
        parse_deadlines(
            "x",
            [
                {"kind": "other", "at": "2022-03-31 17:00"},
                {"kind": "other", "at": "2022-04-30 17:00"},
            ],
        )
