"""The Telegram path end to end: python-telegram-bot polling the local fake Bot API
(tests/fakes/telegram_api.py), the channel's dedup write, the core, SQLite, the replies sent
back through the channel's rate limiter.

A burst: `users` people, each with a profile, send /sangkien at the same moment; then each
presses a button three times in a row (the campaign, then the first option the bot offers,
else the campaign again): `users` commands and 3 × `users` confirmations. Measured: updates
handled per second and the time from the first update to the last reply, once with the
channel's pacing (30 messages a second overall, as Telegram allows, and no pause per chat
so that the overall limit is what shows) and once without pacing (what the bot itself can
do).
"""

import asyncio
import datetime as dt
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
PRESSES = 3
PLATFORM_LIMIT = 30.0  # messages per second a Telegram bot may send overall


@dataclass(frozen=True)
class Burst:
    updates: int
    replies: int
    seconds: float  # first update queued → last reply received by the fake server
    paced: bool

    @property
    def updates_per_second(self) -> float:
        return self.updates / self.seconds

    @property
    def replies_per_second(self) -> float:
        return self.replies / self.seconds


def burst(users: int = 50, paced: bool = True) -> Burst:
    """Run one burst through a fresh bot and fake server; return what it took."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    return asyncio.run(_burst(users, paced))


async def _burst(users: int, paced: bool) -> Burst:
    from bot.app import open_core
    from bot.channels.telegram import TelegramChannel
    from bot.clock import FixedClock
    from bot.settings import Settings
    from bot.storage import Profile
    from tests.fakes.telegram_api import FakeTelegram

    clock = FixedClock(dt.datetime(2022, 3, 25, 8, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh")))
    people = [7_000_000 + n for n in range(users)]
    with tempfile.TemporaryDirectory() as folder:
        async with FakeTelegram() as fake:
            settings = Settings.from_env(
                {
                    "TELEGRAM_BOT_TOKEN": fake.token,
                    "TELEGRAM_API_BASE_URL": fake.base_url,
                    "THIDUA_DB": f"{folder}/bench.sqlite3",
                }
            )
            async with open_core(settings, clock=clock) as core:
                for person in people:
                    profile = Profile(
                        "telegram", str(person), "Nguyễn Văn An", "Phòng A", "Chuyên viên", False
                    )
                    await core.ctx.storage.save_profile(profile, clock.now())
                channel = TelegramChannel(core, settings, chat_interval=0.0)
                if not paced:
                    channel.app.bot.rate_limiter.limiter.gap = 0.0  # type: ignore[union-attr]
                await channel.start()
                try:
                    start = time.perf_counter()
                    for person in people:
                        fake.user_says(person, "/sangkien")
                    await channel.handled.reach(users)
                    for _ in range(PRESSES):
                        for person in people:
                            _press_first_button(fake, person)
                        await channel.handled.reach(channel.handled.count + users)
                    await fake.wait_for(lambda: channel.handled.count >= users * (1 + PRESSES))
                    seconds = time.perf_counter() - start
                    problems = fake.errors()
                    if problems:
                        raise RuntimeError(f"the fake Bot API refused requests: {problems[:3]}")
                    replies = len(fake.sent)
                finally:
                    await channel.stop()
    return Burst(users * (1 + PRESSES), replies, seconds, paced)


def _press_first_button(fake: Any, person: int) -> None:
    """The user presses the first button of the bot's latest keyboard (or types "1")."""
    for sent in reversed(fake.messages(person)):
        rows = (sent.reply_markup or {}).get("inline_keyboard", [])
        if rows:
            fake.user_presses(person, sent, rows[0][0]["callback_data"])
            return
    fake.user_says(person, "1")
