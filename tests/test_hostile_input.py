"""Hostile and odd input gets a clear answer, never the apology for a crash: start links that
name a dialog's inner options, digits that are not ASCII, forged button data, invisible text,
bidi overrides, bytes that are not UTF-8 on the console, and the same through Telegram."""

import asyncio
import datetime as dt
import itertools
import subprocess
import sys
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.app import open_core
from bot.clock import FixedClock
from bot.core import ERROR_TEXT, BotCore
from bot.messages import Incoming, Reply
from bot.settings import Settings
from handlers import ROUTES
from knowledge import KnowledgeBase
from tests.conftest import TZ, Chat
from tests.fakes.telegram_api import FakeTelegram
from tests.test_dialogs import initiative_until_summary, make_profile
from tests.test_telegram import Harness, start_bot, telegram_settings

FORGED_CHOICES = (
    "remind", "remind:x", "remind:lead:99", "remind:off:khong-co", "remind:on", "/", "/ ",
    "reg", "reg:x", "reg:pledge:abc:edit", "passage", "passage:x:y", "campaign", "campaign:",
    "part:x", "criteria:", "profile:", "dlg:confirm", "dlg:field:_unit_head", "dlg:", ":",
)  # fmt: skip
ODD_TEXTS = (
    "²", "①", "٣", "1²", "/start remind_x", "/start dlg_confirm", "/start dlg_field:_unit_head",
    "/start campaign_khong-co", "/start __", "/nhacnho ² ①", "/nhacnho 99", "/", "//", "/@",
    "\u200b" * 12, "\u202e", "\x00", "0", "00", "99",
)  # fmt: skip


def no_crash(replies: list[Reply]) -> None:
    assert replies, "no answer at all"
    assert all(ERROR_TEXT not in r.text for r in replies), [r.text for r in replies]


async def test_a_start_link_cannot_confirm_or_jam_someone_elses_dialog(chat: Chat) -> None:
    await make_profile(chat)
    await initiative_until_summary(chat)
    storage = chat.core.ctx.storage
    for payload in ("dlg_confirm", "dlg_field:_unit_head", "dlg_edit"):
        replies = await chat.send(f"/start {payload}")
        no_crash(replies)
        assert "Liên kết anh/chị vừa mở không còn hiệu lực" in replies[0].text
    assert await storage.count("initiatives") == 0
    replies = await chat.send("/tieptuc")
    assert "Anh/chị kiểm tra lại thông tin đăng ký sáng kiến" in replies[-1].text
    replies = await chat.send("1")
    assert "Đã ghi nhận đăng ký sáng kiến" in replies[0].text


async def test_non_ascii_digits_while_options_are_shown(chat: Chat) -> None:
    for text in ("/start", "/phongtrao", "/nhacnho", "/hoso"):
        await chat.send(text)
        for odd in ("²", "①", "٣"):
            no_crash(await chat.send(odd))


async def test_forged_button_data_is_an_option_that_no_longer_holds(chat: Chat) -> None:
    await chat.send("/nhacnho")
    for value in FORGED_CHOICES:
        msg = Incoming("console", chat.user_id, chat.user_id, choice=value)
        no_crash(await chat.core.handle(msg))
    muted = await chat.core.ctx.storage.reminders.muted("console", chat.user_id)
    assert muted == set()  # "remind:off:khong-co" named no campaign
    leads = await chat.core.ctx.storage.reminders.leads("console", chat.user_id)
    assert 99 not in leads


async def test_odd_texts_inside_and_outside_a_dialog(chat: Chat) -> None:
    for text in ODD_TEXTS:
        no_crash(await chat.send(text))
    await make_profile(chat)
    await chat.send("/sangkien")
    for text in ODD_TEXTS:
        no_crash(await chat.send(text))


async def test_invisible_answers_are_refused_and_bidi_controls_stripped(chat: Chat) -> None:
    await chat.send("/hoso")
    replies = await chat.send("\u200b" * 12)
    assert "Anh/chị chưa nhập gì" in replies[0].text
    replies = await chat.send("\u2800\u3164 \u200d")
    assert "Anh/chị chưa nhập gì" in replies[0].text
    await chat.send("Nguyễn \u202eThị\u202c Lan\u2066")
    replies = await chat.send("\u200b\u200b")  # the unit
    assert "Anh/chị chưa nhập gì" in replies[0].text
    await chat.send("Phòng Đất đai")
    await chat.send("Chuyên viên")
    await chat.send("1")
    profile = await chat.core.ctx.storage.profile("console", chat.user_id)
    assert profile is not None
    assert profile.full_name == "Nguyễn Thị Lan"
    assert profile.unit == "Phòng Đất đai"


def test_hostile_lines_and_bytes_that_are_not_utf8_on_the_console(tmp_path: Path) -> None:
    odd = "\n".join(t for t in ODD_TEXTS if "\n" not in t).encode()
    dialog = "\n".join(["/sangkien", *ODD_TEXTS, "/huy"]).encode()
    script = b"/start\n\xff\xfe\xc3(\n\xe1\xbb\n" + odd + b"\n" + dialog + b"\n/help\n"
    done = subprocess.run(
        [sys.executable, "-m", "bot", "chat", "--db", str(tmp_path / "c.sqlite3")],
        input=script,
        capture_output=True,
        timeout=60,
    )
    out = done.stdout.decode()
    assert done.returncode == 0, done.stderr.decode()
    assert out.count("bảng mã không phải UTF-8") == 2
    assert "/phongtrao" in out  # /help still answered after them
    assert "Traceback" not in done.stderr.decode()
    assert ERROR_TEXT not in out


@pytest.fixture
async def telegram(tmp_path: Path, kb: KnowledgeBase, clock: FixedClock) -> AsyncIterator[Harness]:
    async with FakeTelegram() as fake:
        async for harness in start_bot(fake, telegram_settings(tmp_path, fake), kb, clock):
            yield harness


async def test_hostile_input_through_telegram(telegram: Harness) -> None:
    await telegram.say("/nhacnho")
    for text in ODD_TEXTS:
        if text.strip("\x00"):
            await telegram.say(text)
    latest = telegram.fake.messages(1001)[-1]
    for value in FORGED_CHOICES:
        telegram.fake.user_presses(1001, latest.message_id, value)
        telegram.updates += 1
    await telegram.channel.handled.reach(telegram.updates)
    sent = [s.text for s in telegram.fake.sent]
    assert len(sent) >= len(FORGED_CHOICES)
    assert not [text for text in sent if ERROR_TEXT in text]
    assert not telegram.fake.errors()


async def test_core_answers_every_odd_text_in_a_group(core: BotCore) -> None:
    for text in (*ODD_TEXTS, "/start dlg_confirm"):
        no_crash(await core.handle(Incoming("telegram", "5", "-5", text=text, is_group=True)))


# Fuzz: random messages, button data and start links into every command and dialog

COMMANDS = sorted(ROUTES.commands)
ACTIONS = [*sorted(ROUTES.actions), "dlg", "dlg:field", "dlg:confirm", "dlg:edit", "/", ""]
ODD = st.sampled_from([*ODD_TEXTS, "Sóc Trăng", "1", "2", "3", "xác nhận", "không", "có"])
FUZZ_TEXT = st.one_of(
    st.sampled_from(COMMANDS).map(lambda c: f"/{c}"),
    st.tuples(st.sampled_from(COMMANDS), st.text(max_size=12)).map(lambda t: f"/{t[0]} {t[1]}"),
    ODD,
    st.text(max_size=40),
)
FUZZ_CHOICE = st.one_of(
    st.tuples(st.sampled_from(ACTIONS), st.text(max_size=16)).map(lambda t: f"{t[0]}:{t[1]}"),
    st.sampled_from(ACTIONS),
    st.text(max_size=20),
)
FUZZ_PAYLOAD = st.one_of(
    st.sampled_from([*COMMANDS, "campaign_soctrang-stnmt-2022", "campaign_x", "dlg_confirm"]),
    st.text(alphabet=st.characters(codec="ascii"), max_size=30),
)
FUZZ_EVENT = st.one_of(
    st.tuples(st.just("text"), FUZZ_TEXT),
    st.tuples(st.just("choice"), FUZZ_CHOICE),
    st.tuples(st.just("press"), st.integers(0, 9).map(str)),
    st.tuples(st.just("start"), FUZZ_PAYLOAD),
)


async def play(db: Path, user: str, events: list[tuple[str, str]]) -> None:
    clock = FixedClock(dt.datetime(2022, 3, 25, 8, 0, tzinfo=TZ))
    settings = Settings.from_env({"THIDUA_DB": str(db)})
    async with open_core(settings, FUZZ_KB, clock) as core:
        offered: list[str] = []
        for number, (kind, value) in enumerate(events):
            if kind == "press" and offered:
                msg = Incoming("telegram", user, user, choice=offered[int(value) % len(offered)])
            elif kind == "choice":
                msg = Incoming("telegram", user, user, choice=value)
            elif kind == "start":
                msg = Incoming("telegram", user, user, text=f"/start {value}")
            else:
                msg = Incoming("telegram", user, user, text=value)
            items = await core.take_update("telegram", f"{user}-{number}", user, msg, None)
            assert items, f"no reply to {msg!r}"
            replies = [item.reply for item in items]
            assert all(ERROR_TEXT not in r.text for r in replies), f"failure on {msg!r}"
            offered = [c.value for r in replies for c in r.choices]
            clock.advance(dt.timedelta(minutes=1))


FUZZ_KB = KnowledgeBase.load()
FUZZ_DB = Path(tempfile.mkdtemp(prefix="thidua-fuzz-")) / "fuzz.sqlite3"
FUZZ_USERS = itertools.count(1)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(FUZZ_EVENT, min_size=1, max_size=20))
def test_random_messages_buttons_and_start_links_never_crash(
    events: list[tuple[str, str]],
) -> None:
    asyncio.run(play(FUZZ_DB, f"fuzz{next(FUZZ_USERS)}", events))
