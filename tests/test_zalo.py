"""The Zalo channel end to end: the real client over HTTP against a strict local Zalo Bot API
(tests/fakes/zalo_api.py), the real core and a real SQLite file. Nothing is mocked; tests wait
on conditions (updates handled, messages sent), never on fixed sleeps."""

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import open_core
from bot.channels.zalo import TEXT_LIMIT, ZaloApiError, ZaloBotApi, ZaloChannel, parse_updates
from bot.clock import FixedClock
from bot.delivery import ChannelError, Undeliverable, serve_until
from bot.messages import Choice, Reply
from bot.settings import Settings
from knowledge import KnowledgeBase
from tests.fakes import free_port
from tests.fakes.zalo_api import FakeZalo

USER = "e4ea2cd5189df1c3a88c"
GROUP = "5b1c0d9e8f7a6b5c4d3e"


class Harness:
    def __init__(self, fake: FakeZalo, channel: ZaloChannel) -> None:
        self.fake, self.channel = fake, channel
        self.updates = 0

    async def say(self, text: str, user: str = USER, **where: str) -> list[str]:
        """What the bot sent back once it has handled this one message."""
        before = len(self.fake.sent)
        self.fake.user_says(user, text, **where)
        return await self.handled(before)

    async def handled(self, before: int) -> list[str]:
        self.updates += 1
        await asyncio.wait_for(self.channel.handled.reach(self.updates), 10)
        return [m.text for m in self.fake.sent[before:]]


def zalo_settings(tmp_path: Path, fake: FakeZalo, **extra: str) -> Settings:
    return Settings.from_env(
        {
            "ZALO_BOT_TOKEN": fake.token,
            "ZALO_API_BASE_URL": f"{fake.url}/bot",
            "THIDUA_DB": str(tmp_path / "t.sqlite3"),
            **extra,
        }
    )


async def start_bot(
    fake: FakeZalo, settings: Settings, kb: KnowledgeBase, clock: FixedClock
) -> AsyncIterator[Harness]:
    async with open_core(settings, kb, clock) as core:
        channel = ZaloChannel(core, settings, chat_interval=0.0)
        channel.retry_delay = 0.01
        await channel.start()
        try:
            yield Harness(fake, channel)
        finally:
            await channel.stop()


@pytest.fixture
async def fake() -> AsyncIterator[FakeZalo]:
    async with FakeZalo() as server:
        yield server


@pytest.fixture
async def bot(
    fake: FakeZalo, tmp_path: Path, kb: KnowledgeBase, clock: FixedClock
) -> AsyncIterator[Harness]:
    async for harness in start_bot(fake, zalo_settings(tmp_path, fake), kb, clock):
        yield harness


async def test_a_whole_conversation_with_numbered_options(bot: Harness, tmp_path: Path) -> None:
    answer = "\n".join(await bot.say("tieu chi thi dua doi voi ca nhan nam 2022"))
    assert "Nguồn" in answer and "cá nhân" in answer

    listed = await bot.say("/phongtrao")
    assert "  1. " in listed[-1]  # options come as numbered lines
    number = next(
        line.split(".")[0].strip() for line in listed[-1].splitlines() if "Sóc Trăng" in line
    )
    card = "\n".join(await bot.say(number))
    assert "Chủ đề: “Kỷ cương, trách nhiệm, đổi mới, hội nhập, hiệu quả”" in card

    asked = await bot.say("/sangkien")
    assert "cần khai báo hồ sơ" in "\n".join(asked)
    for text in ("Nguyễn Thị Lan", "Phòng Đất đai", "Chuyên viên", "không", "xác nhận"):
        replies = await bot.say(text)
    assert "Sáng kiến đăng ký trong phong trào nào?" in replies[-1]
    for text in (
        "1",
        "Số hóa hồ sơ địa chính bằng mã QR",
        "Nguyễn Thị Lan 70%; Trần Văn Bình 30%",
        "Quản lý đất đai",
        "15/03/2022",
        "Gắn mã QR lên từng bìa hồ sơ địa chính để tra cứu ngay trên phần mềm",
        "Máy quét mã QR, phần mềm quản lý hồ sơ",
        "Giảm thời gian tra cứu từ 15 phút xuống 1 phút",
    ):
        replies = await bot.say(text)
    assert "Nguyễn Thị Lan (70%); Trần Văn Bình (30%)" in replies[-1]
    done = await bot.say("1")
    assert "Đã ghi nhận đăng ký sáng kiến số SK-2022-0001" in done[0]

    with sqlite3.connect(tmp_path / "t.sqlite3") as db:
        rows = db.execute("SELECT ref, channel, user_id, name FROM initiatives").fetchall()
    assert rows == [("SK-2022-0001", "zalo", USER, "Số hóa hồ sơ địa chính bằng mã QR")]
    assert bot.fake.refusals() == []
    assert all(1 <= len(m.text) <= TEXT_LIMIT for m in bot.fake.sent)
    typing = [c for c in bot.fake.calls if c.method == "sendChatAction"]
    assert typing and all(c.params == {"chat_id": USER, "action": "typing"} for c in typing)


async def test_a_long_answer_is_split_at_natural_boundaries(bot: Harness) -> None:
    await bot.say("/start")
    sentence = "Cán bộ thi đua hoàn thành xuất sắc nhiệm vụ được giao."
    text = "\n\n".join(" ".join([sentence] * 12) for _ in range(12))
    before = len(bot.fake.sent)
    await bot.channel.send(USER, [Reply(text, (Choice("Xem tiếp", "/phongtrao"),))])
    parts = [m.text for m in bot.fake.sent[before:]]
    assert len(parts) >= 3 and all(len(p) <= TEXT_LIMIT for p in parts)
    assert all(p.endswith(".") for p in parts[:-1])  # cut after a paragraph, never mid-word
    assert parts[-1].endswith("  1. Xem tiếp")
    assert " ".join(" ".join(parts).split()) == " ".join(f"{text}\n  1. Xem tiếp".split())
    assert bot.fake.refusals() == []


async def test_stickers_and_images_get_a_polite_answer(bot: Harness) -> None:
    bot.fake.user_sends_sticker(USER)
    sent = await bot.fake.wait_for_messages(USER, 1)
    assert sent == ["Hiện tôi chỉ đọc được tin nhắn chữ. Anh/chị hãy gõ câu hỏi hoặc /help."]
    bot.fake.user_sends_image(USER)
    assert len(await bot.fake.wait_for_messages(USER, 2)) == 2
    bot.fake.push_raw_update({"event_name": "message.unsupported.received"})  # no message
    for _ in range(3):  # the sticker, the image, the unsupported message
        await bot.handled(0)
    assert await bot.say("/help") and len(bot.fake.messages(USER)) == 3


async def test_in_a_group_only_commands_and_mentions_are_answered(bot: Harness) -> None:
    group = {"chat_id": GROUP, "chat_type": "GROUP"}
    assert await bot.say("trưa nay họp mấy giờ?", **group) == []
    bot.fake.user_sends_sticker(USER, chat_id=GROUP, chat_type="GROUP")
    assert await bot.handled(len(bot.fake.sent)) == []
    assert "Các phong trào thi đua" in "\n".join(await bot.say("/phongtrao", **group))
    answer = await bot.say("@bot.thidua chủ đề thi đua năm 2022 là gì", **group)
    assert "Kỷ cương, trách nhiệm" in "\n".join(answer)
    private = await bot.say("/sangkien", **group)
    assert "tin nhắn riêng" in private[0]
    assert {m.chat_id for m in bot.fake.sent} == {GROUP}


async def test_an_update_delivered_twice_is_answered_once(bot: Harness) -> None:
    update = bot.fake.user_says(USER, "/help")
    await bot.handled(0)
    bot.fake.push_raw_update(update)
    await bot.handled(0)
    assert len(bot.fake.messages(USER)) == 1


async def test_too_many_requests_once_is_waited_out(bot: Harness) -> None:
    bot.fake.too_many = 1
    bot.fake.user_says(USER, "/help")
    sent = await bot.fake.wait_for_messages(USER, 1)
    assert "/phongtrao" in sent[0]
    assert [c.http_status for c in bot.fake.calls if c.method == "sendMessage"] == [429, 200]


async def test_a_failing_poll_is_retried_not_fatal(bot: Harness) -> None:
    bot.fake.broken_polls = 2
    replies = await bot.say("/help")
    assert len(replies) == 1
    assert [c.http_status for c in bot.fake.calls if c.method == "getUpdates"].count(502) == 2


async def test_send_to_a_blocked_or_unknown_chat_is_undeliverable(bot: Harness) -> None:
    await bot.say("/start")
    bot.fake.blocked.add(USER)
    with pytest.raises(Undeliverable):
        await bot.channel.send(USER, [Reply("Nhắc hạn")])
    with pytest.raises(Undeliverable):
        await bot.channel.send("khong-co-cuoc-tro-chuyen", [Reply("Nhắc hạn")])


async def test_ok_false_with_http_200_is_an_error(fake: FakeZalo) -> None:
    api = ZaloBotApi(fake.token, fake.base_url)
    try:
        with pytest.raises(ZaloApiError, match="missing parameter text") as missing:
            await api.call("sendMessage", {"chat_id": "x"})
        assert (fake.calls[-1].http_status, fake.calls[-1].ok) == (200, False)
        assert missing.value.error_code == 400 and not missing.value.rejects_token
        with pytest.raises(ZaloApiError, match="unknown parameter parse_mode"):
            await api.call("sendMessage", {"chat_id": "x", "text": "a", "parse_mode": "HTML"})
        with pytest.raises(ZaloApiError) as unknown:
            await api.call("sendInlineKeyboard", {})
        assert unknown.value.error_code == 404
        await api.set_webhook("https://bot.example.vn/zalo", "bi-mat-zalo")
        with pytest.raises(ZaloApiError) as conflict:
            await api.get_updates(1)
        assert conflict.value.error_code == 409
        await api.delete_webhook()
        assert await api.get_updates(0) == []  # an empty long poll (408) is no update
    finally:
        await api.close()
    wrong = ZaloBotApi("sai-ma", fake.base_url)
    try:
        with pytest.raises(ZaloApiError) as rejected:
            await wrong.get_me()
        assert rejected.value.rejects_token
    finally:
        await wrong.close()


def test_updates_are_read_with_or_without_the_envelope() -> None:
    update = {"event_name": "message.text.received", "message": {"message_id": "m1", "text": "a"}}
    assert parse_updates({"ok": True, "result": update})[0].key == "message.text.received:m1"
    assert parse_updates(update)[0].key == "message.text.received:m1"
    assert len(parse_updates([update, update])) == 2 and parse_updates(None) == []
    bare = parse_updates({"ok": True, "result": {"message": {"message_id": "m2", "text": "b"}}})
    assert bare[0].event_name == "message.text.received"  # as in the documented sample
    assert parse_updates({"event_name": "message.unsupported.received"})[0].key is None


async def test_a_wrong_token_is_one_clear_error(
    fake: FakeZalo, tmp_path: Path, kb: KnowledgeBase, clock: FixedClock
) -> None:
    settings = zalo_settings(tmp_path, fake, ZALO_BOT_TOKEN="sai-ma")
    async with open_core(settings, kb, clock) as core:
        with pytest.raises(ChannelError, match="Zalo từ chối mã bot") as error:
            await ZaloChannel(core, settings).start()
    assert "\n" not in str(error.value)


async def test_an_unreachable_api_is_one_clear_error(
    tmp_path: Path, kb: KnowledgeBase, clock: FixedClock
) -> None:
    settings = Settings.from_env(
        {
            "ZALO_BOT_TOKEN": "zalo-test-token",
            "ZALO_API_BASE_URL": f"http://127.0.0.1:{free_port()}/bot",
            "THIDUA_DB": str(tmp_path / "t.sqlite3"),
        }
    )
    async with open_core(settings, kb, clock) as core:
        with pytest.raises(ChannelError, match=r"^không kết nối được máy chủ Zalo Bot API"):
            await ZaloChannel(core, settings).start()


async def test_run_serves_until_stopped(
    fake: FakeZalo, tmp_path: Path, kb: KnowledgeBase, clock: FixedClock
) -> None:
    settings = zalo_settings(tmp_path, fake)
    async with open_core(settings, kb, clock) as core:
        channel = ZaloChannel(core, settings, chat_interval=0.01)
        stop = asyncio.Event()
        running = asyncio.create_task(serve_until(channel, stop))
        fake.user_says(USER, "/help")
        fake.user_says(USER, "/phongtrao")
        assert len(await fake.wait_for_messages(USER, 2)) == 2
        assert [c.method for c in fake.calls[:2]] == ["getMe", "deleteWebhook"]
        stop.set()
        await asyncio.wait_for(running, 5)


async def test_webhook_mode_checks_the_secret(
    fake: FakeZalo, tmp_path: Path, kb: KnowledgeBase, clock: FixedClock
) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/zalo"
    settings = zalo_settings(
        tmp_path,
        fake,
        ZALO_WEBHOOK_URL=url,
        WEBHOOK_SECRET="bi-mat-zalo",
        WEBHOOK_LISTEN="127.0.0.1",
        WEBHOOK_PORT=str(port),
    )
    async for bot in start_bot(fake, settings, kb, clock):
        assert fake.webhook == {"url": url, "secret_token": "bi-mat-zalo"}
        assert "getUpdates" not in [c.method for c in fake.calls]
        update = fake.message(USER, "message.text.received", text="/help")
        assert await fake.deliver_to_webhook(update, secret="sai-bi-mat") == 403
        assert await fake.deliver_to_webhook(update, secret=None) == 403
        assert await fake.deliver_to_webhook(update) == 200
        await bot.handled(0)
        assert await fake.deliver_to_webhook(update) == 200  # redelivered: answered once
        await bot.handled(0)
        assert len(fake.messages(USER)) == 1 and "/phongtrao" in fake.messages(USER)[0]
        assert bot.channel.handled.count == 2


async def test_webhook_secret_is_derived_when_not_set(
    fake: FakeZalo, tmp_path: Path, kb: KnowledgeBase, clock: FixedClock
) -> None:
    port = free_port()
    settings = zalo_settings(
        tmp_path,
        fake,
        ZALO_WEBHOOK_URL=f"http://127.0.0.1:{port}/hook/zalo",
        WEBHOOK_LISTEN="127.0.0.1",
        WEBHOOK_PORT=str(port),
    )
    async for _bot in start_bot(fake, settings, kb, clock):
        secret = fake.webhook["secret_token"]
        assert 8 <= len(secret) <= 256 and fake.token not in secret
        assert await fake.deliver_to_webhook(fake.message(USER, "x", text="/help")) == 200
