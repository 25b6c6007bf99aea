"""The Zalo channel end to end: the real client over HTTP against a strict local Zalo Bot API
(tests/fakes/zalo_api.py), the real core and a real SQLite file."""

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import open_core
from bot.channels.zalo import ZaloApiError, ZaloBotApi, ZaloChannel, parse_updates
from bot.clock import FixedClock
from bot.delivery import ChannelError, Undeliverable
from bot.messages import Choice, Reply
from bot.settings import Settings
from knowledge import KnowledgeBase
from tests.fakes import free_port
from tests.fakes.zalo_api import FakeZalo

USER = "e4ea2cd5189df1c3a88c"


class Harness:
    def __init__(self, fake: FakeZalo, channel: ZaloChannel) -> None:
        self.fake, self.channel = fake, channel
        self.updates = 0

    async def say(self, text: str, user: str = USER, **where: str) -> list[str]:
        before = len(self.fake.sent)
        self.fake.user_says(user, text, **where)
        return await self.handled(before)

    async def handled(self, before: int) -> list[str]:
        self.updates += 1
        await self.channel.handled.reach(self.updates)
        return [m.text for m in self.fake.sent[before:]]


def zalo_settings(tmp_path: Path, fake: FakeZalo, **extra: str) -> Settings:
    return Settings.from_env(
        {
            "ZALO_BOT_TOKEN": fake.token,
            "ZALO_API_BASE_URL": fake.base_url,
            "THIDUA_DB": str(tmp_path / "zalo.sqlite3"),
            **extra,
        }
    )


async def start_bot(
    fake: FakeZalo, settings: Settings, kb: KnowledgeBase, clock: FixedClock
) -> AsyncIterator[Harness]:
    async with open_core(settings, kb, clock) as core:
        channel = ZaloChannel(core, settings, chat_interval=0.0)
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


async def test_a_whole_conversation_with_numbered_options(bot: Harness) -> None:
    answer = await bot.say("tieu chi thi dua doi voi ca nhan nam 2022")
    assert "📄 Nguồn: Kế hoạch" in "\n".join(answer)
    listed = await bot.say("/phongtrao")
    number = next(
        line.split(".")[0].strip() for line in listed[-1].splitlines() if "Sóc Trăng" in line
    )
    card = await bot.say(number)
    assert "Chủ đề: “Kỷ cương, trách nhiệm, đổi mới, hội nhập, hiệu quả”" in "\n".join(card)

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
    records = await bot.channel.core.ctx.storage.registrations("zalo", USER)
    assert [r.ref for r in records] == ["SK-2022-0001"]
    assert bot.fake.refusals() == []
    assert all(len(m.text) <= 2000 for m in bot.fake.sent)


async def test_a_long_answer_is_split_at_natural_boundaries(bot: Harness) -> None:
    await bot.say("/start")
    sentence = "Cán bộ thi đua hoàn thành xuất sắc nhiệm vụ được giao."
    text = "\n\n".join(" ".join([sentence] * 12) for _ in range(12))
    before = len(bot.fake.sent)
    await bot.channel.send(USER, [Reply(text, (Choice("Xem tiếp", "/phongtrao"),))])
    parts = [m.text for m in bot.fake.sent[before:]]
    assert len(parts) >= 3 and all(len(p) <= 2000 for p in parts)
    assert all(p.endswith(".") for p in parts[:-1])
    assert parts[-1].endswith("  1. Xem tiếp")
    assert bot.fake.refusals() == []


async def test_a_sticker_gets_a_polite_answer(bot: Harness) -> None:
    bot.fake.user_sends_sticker(USER)
    await bot.handled(0)
    assert "chỉ đọc được tin nhắn chữ" in bot.fake.messages(USER)[-1]


async def test_in_a_group_only_commands_and_mentions_are_answered(bot: Harness) -> None:
    group = {"chat_id": "group-42", "chat_type": "GROUP"}
    assert await bot.say("trưa nay họp mấy giờ?", **group) == []
    assert "Các phong trào thi đua" in "\n".join(await bot.say("/phongtrao", **group))
    answer = await bot.say("@bot.thidua chủ đề thi đua năm 2022 là gì", **group)
    assert "Kỷ cương, trách nhiệm" in "\n".join(answer)
    private = await bot.say("/sangkien", **group)
    assert "tin nhắn riêng" in private[0]


async def test_an_update_delivered_twice_is_answered_once(bot: Harness) -> None:
    update = bot.fake.user_says(USER, "/help")
    await bot.handled(0)
    bot.fake.push_raw_update(update)
    await bot.handled(0)
    assert len(bot.fake.messages(USER)) == 1


async def test_too_many_requests_is_waited_out(bot: Harness) -> None:
    bot.fake.too_many = 1
    replies = await bot.say("/help")
    assert len(replies) == 1 and "/phongtrao" in replies[0]


async def test_send_to_a_blocked_or_unknown_chat_is_undeliverable(bot: Harness) -> None:
    await bot.say("/start")
    bot.fake.blocked.add(USER)
    with pytest.raises(Undeliverable):
        await bot.channel.send(USER, [Reply("Nhắc hạn")])
    with pytest.raises(Undeliverable):
        await bot.channel.send("khong-co", [Reply("Nhắc hạn")])


async def test_ok_false_with_http_200_is_an_error(fake: FakeZalo) -> None:
    api = ZaloBotApi(fake.token, fake.base_url)
    try:
        with pytest.raises(ZaloApiError, match="Missing parameter: text"):
            await api.call("sendMessage", {"chat_id": "x"})
        assert fake.requests[-1][2:] == (200, False)
    finally:
        await api.close()


def test_updates_are_read_with_or_without_the_envelope() -> None:
    update = {"event_name": "message.text.received", "message": {"message_id": "m1"}}
    assert parse_updates({"ok": True, "result": update})[0].key == "message.text.received:m1"
    assert parse_updates(update)[0].key == "message.text.received:m1"
    assert parse_updates([update, update]) != [] and parse_updates(None) == []


async def test_a_wrong_token_is_one_clear_error(
    fake: FakeZalo, tmp_path: Path, kb: KnowledgeBase, clock: FixedClock
) -> None:
    settings = Settings.from_env(
        {
            "ZALO_BOT_TOKEN": "sai-ma",
            "ZALO_API_BASE_URL": fake.base_url,
            "THIDUA_DB": str(tmp_path / "z.sqlite3"),
        }
    )
    async with open_core(settings, kb, clock) as core:
        with pytest.raises(ChannelError, match="Zalo từ chối mã bot"):
            await ZaloChannel(core, settings).start()


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
        update = fake.message(USER, "message.text.received", text="/help")
        assert await fake.deliver_to_webhook(update, secret="sai-bi-mat") == 403
        assert await fake.deliver_to_webhook(update, secret=None) == 403
        assert await fake.deliver_to_webhook(update) == 200
        await bot.channel.handled.reach(1)
        assert len(fake.messages(USER)) == 1
        assert bot.channel.handled.count == 1
