"""Random message sequences: no unhandled error, no half-written record."""

import asyncio
import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from bot.app import open_core
from bot.clock import FixedClock
from bot.core import ERROR_TEXT
from bot.messages import Incoming
from bot.settings import Settings
from bot.storage import Profile, Storage
from knowledge import KnowledgeBase
from tests.conftest import TZ

KB = KnowledgeBase.load()

WORDS = st.sampled_from(
    [
        "/sangkien", "/dangkythidua", "/dienhinh", "/hoso", "/cuatoi", "/phongtrao", "/huy",
        "/quaylai", "/boqua", "/tieptuc", "/start", "1", "2", "3", "9", "0", "Sóc Trăng",
        "Nguyễn Thị Lan", "Phòng Đất đai", "Chuyên viên", "có", "không", "xác nhận",
        "Nguyễn Thị Lan 70%; Trần Văn Bình 30%", "Nguyễn Thị Lan 100%", "tôi", "15/03/2022",
        "31/02/2022", "1, 2", "Hoàn thành xuất sắc nhiệm vụ được giao trong năm",
        "Mô tả đầy đủ bản chất của sáng kiến số hóa", "", "\x00\x1b", "🎉" * 5, "a" * 5000,
        "<b>x</b>", "tiêu chí thi đua cá nhân",
    ]
)  # fmt: skip
STEP = st.one_of(WORDS.map(lambda w: ("text", w)), st.integers(0, 8).map(lambda i: ("press", i)))
VALID_INITIATIVE = [
    "/sangkien", "Sóc Trăng", "Số hóa hồ sơ địa chính", "Nguyễn Thị Lan 70%; Trần Văn Bình 30%",
    "Quản lý đất đai", "15/03/2022", "Gắn mã QR lên từng bìa hồ sơ địa chính để tra cứu",
    "Máy quét, phần mềm", "Giảm thời gian tra cứu hồ sơ", "1",
]  # fmt: skip


@st.composite
def noisy_initiative(draw: st.DrawFn) -> list[tuple[str, object]]:
    """A valid initiative registration with random messages slipped in between."""
    steps: list[tuple[str, object]] = []
    for answer in VALID_INITIATIVE:
        steps += draw(st.lists(STEP, max_size=2))
        steps.append(("text", answer))
    return steps


CONVERSATION = st.one_of(st.lists(STEP, min_size=1, max_size=40), noisy_initiative())


async def run_sequence(steps: list[tuple[str, object]], db: Path, with_profile: bool) -> int:
    """Play the conversation; return how many records it left."""
    clock = FixedClock(dt.datetime(2022, 3, 25, 8, 0, tzinfo=TZ))
    settings = Settings.from_env({"THIDUA_DB": str(db)})
    async with open_core(settings, KB, clock) as core:
        if with_profile:
            person = Profile(
                "console", "7", "Nguyễn Thị Lan", "Phòng Đất đai", "Trưởng phòng", True
            )
            await core.ctx.storage.save_profile(person, clock.now())
        offered: list[str] = []
        for kind, value in steps:
            if kind == "press" and offered:
                msg = Incoming("console", "7", "7", choice=offered[int(value) % len(offered)])  # type: ignore[call-overload]
            else:
                msg = Incoming("console", "7", "7", text=str(value))
            replies = await core.handle(msg)
            assert replies, f"no reply to {msg!r}"
            assert all(r.text != ERROR_TEXT for r in replies), f"failure on {msg!r}"
            offered = [c.value for r in replies for c in r.choices]
            clock.advance(dt.timedelta(minutes=1))
    storage = await Storage.open(db)
    try:
        records = await storage.registrations("console", "7")
        for record in records:
            if record.kind == "initiative":
                assert sum(a.share for a in record.fields["authors"]) == 100
            assert record.ref.split("-")[0] in ("TD", "SK", "DH")
        state = await storage.dialog("console", "7")
        assert state is None or state.name in ("profile", "pledge", "initiative", "nomination")
    finally:
        await storage.close()
    return len(records)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(CONVERSATION, st.booleans())
def test_random_conversations_never_fail_or_half_write(
    steps: list[tuple[str, object]], with_profile: bool
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        written = asyncio.run(run_sequence(steps, Path(folder) / "db.sqlite3", with_profile))
    event(f"records written: {min(written, 2)}")
