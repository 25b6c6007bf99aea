"""The Telegram channel end to end: the real python-telegram-bot stack over HTTP against a
strict local Bot API (tests/fakes/telegram_api.py), the real core and a real SQLite file."""

import datetime as dt
import json
import socket
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.app import open_core
from bot.channels.telegram import COMMANDS, TelegramChannel
from bot.channels.updates import webhook_secret
from bot.clock import FixedClock
from bot.delivery import ChannelError, Undeliverable
from bot.messages import Choice, Incoming, Reply
from bot.reminders import ReminderService
from bot.settings import Settings
from bot.storage.outbox import OutboxItem
from handlers.reminders import compose
from knowledge import KnowledgeBase
from tests.fakes import free_port
from tests.fakes.telegram_api import SHARED_SPEC, SPEC_COPY, FakeTelegram, Sent

USER = 1001


class Harness:
    """The bot on Telegram, and a user talking to it through the fake server."""

    def __init__(self, fake: FakeTelegram, channel: TelegramChannel) -> None:
        self.fake, self.channel = fake, channel
        self.updates = 0
        self.seen: list[Incoming] = []  # what reached the core
        take = channel.core.take_update

        async def spy(
            name: str, key: str | None, chat: str, msg: Incoming | None, *rest: Any
        ) -> list[OutboxItem] | None:
            if msg is not None:
                self.seen.append(msg)
            return await take(name, key, chat, msg, *rest)

        channel.core.take_update = spy  # type: ignore[method-assign]

    async def say(self, text: str, user: int = USER, **where: object) -> list[Sent]:
        before = len(self.fake.sent)
        self.fake.user_says(user, text, **where)  # type: ignore[arg-type]
        return await self._handled(before)

    async def press(self, label: str, user: int = USER) -> list[Sent]:
        """Press the button whose label contains `label` on the bot's latest keyboard."""
        for sent in reversed(self.fake.messages(user)):
            for row in (sent.reply_markup or {}).get("inline_keyboard", []):
                if label in row[0]["text"]:
                    before = len(self.fake.sent)
                    self.fake.user_presses(user, sent.message_id, row[0]["callback_data"])
                    return await self._handled(before)
        raise AssertionError(f"no button {label!r}")

    async def _handled(self, before: int) -> list[Sent]:
        self.updates += 1
        await self.channel.handled.reach(self.updates)
        return self.fake.sent[before:]


async def start_bot(
    fake: FakeTelegram, settings: Settings, kb: KnowledgeBase, clock: FixedClock
) -> AsyncIterator[Harness]:
    async with open_core(settings, kb, clock) as core:
        channel = TelegramChannel(core, settings, chat_interval=0.0)
        await channel.start()
        try:
            yield Harness(fake, channel)
        finally:
            await channel.stop()


def telegram_settings(tmp_path: Path, fake: FakeTelegram, **extra: str) -> Settings:
    return Settings.from_env(
        {
            "TELEGRAM_BOT_TOKEN": fake.token,
            "TELEGRAM_API_BASE_URL": fake.base_url,
            "THIDUA_DB": str(tmp_path / "telegram.sqlite3"),
            **extra,
        }
    )


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as server:
        yield server


@pytest.fixture
async def bot(
    fake: FakeTelegram, tmp_path: Path, kb: KnowledgeBase, clock: FixedClock
) -> AsyncIterator[Harness]:
    async for harness in start_bot(fake, telegram_settings(tmp_path, fake), kb, clock):
        yield harness


def texts(sent: list[Sent]) -> str:
    return "\n\n".join(s.text for s in sent)


async def test_a_whole_conversation_question_campaign_card_and_initiative(
    bot: Harness, tmp_path: Path
) -> None:
    answer = await bot.say("tiêu chí thi đua đối với cá nhân năm 2022")
    assert "📄 Nguồn: Kế hoạch" in texts(answer)
    await bot.say("/phongtrao")
    card = await bot.press("Sóc Trăng")
    assert "Chủ đề: “Kỷ cương, trách nhiệm, đổi mới, hội nhập, hiệu quả”" in texts(card)

    asked = await bot.say("/sangkien")
    assert "cần khai báo hồ sơ" in texts(asked)
    for answer_text in ("Nguyễn Thị Lan", "Phòng Đất đai", "Chuyên viên"):
        await bot.say(answer_text)
    campaign = await bot.press("Xác nhận")
    assert "Sáng kiến đăng ký trong phong trào nào?" in texts(campaign)
    await bot.press("Sóc Trăng")
    for answer_text in (
        "Số hóa hồ sơ địa chính bằng mã QR",
        "Nguyễn Thị Lan 70%; Trần Văn Bình 30%",
        "Quản lý đất đai",
        "15/03/2022",
        "Gắn mã QR lên từng bìa hồ sơ địa chính để tra cứu ngay trên phần mềm",
        "Máy quét mã QR, phần mềm quản lý hồ sơ",
    ):
        await bot.say(answer_text)
    summary = await bot.say("Giảm thời gian tra cứu từ 15 phút xuống 1 phút")
    assert "Nguyễn Thị Lan (70%); Trần Văn Bình (30%)" in texts(summary)
    done = await bot.press("Xác nhận")
    assert "Đã ghi nhận đăng ký sáng kiến số SK-2022-0001" in texts(done)
    records = await bot.channel.core.ctx.storage.registrations("telegram", str(USER))
    assert [r.ref for r in records] == ["SK-2022-0001"]
    assert bot.fake.errors() == []  # every request passed the strict server
    assert all(s.parse_mode == "HTML" for s in bot.fake.sent)


async def test_command_menu_is_registered_in_vietnamese(bot: Harness) -> None:
    names = [c["command"] for c in bot.fake.commands]
    assert names == [name for name, _ in COMMANDS]
    descriptions = {c["command"]: c["description"] for c in bot.fake.commands}
    assert descriptions["phongtrao"] == "Danh sách phong trào thi đua"


async def test_user_and_document_text_is_escaped(bot: Harness) -> None:
    sent = await bot.say("/start", first_name="Tèo <b>&")
    assert "Xin chào Tèo <b>&!" in sent[0].text
    assert "Tèo &lt;b&gt;&amp;" in sent[0].raw_text
    await bot.channel.send(str(USER), [Reply("a < b && c > d <i>không phải thẻ</i>")])
    assert bot.fake.sent[-1].text == "a < b && c > d <i>không phải thẻ</i>"
    assert bot.fake.errors() == []


async def test_a_long_answer_is_split_with_buttons_on_the_last_part(bot: Harness) -> None:
    await bot.say("/start")
    paragraph = "Cán bộ, công chức thi đua hoàn thành xuất sắc nhiệm vụ được giao. " * 20
    text = "\n\n".join(f"{n}. {paragraph}" for n in range(1, 9))
    before = len(bot.fake.sent)
    await bot.channel.send(str(USER), [Reply(text, (Choice("Xem tiếp", "/phongtrao"),))])
    parts = bot.fake.sent[before:]
    assert len(parts) >= 3
    assert all(len(p.text) <= 4096 for p in parts)
    assert [p.reply_markup is not None for p in parts] == [False] * (len(parts) - 1) + [True]
    assert all(p.text.rstrip().endswith(".") for p in parts)  # cut between sentences
    assert bot.fake.errors() == []


async def test_a_start_link_opens_what_it_names(bot: Harness) -> None:
    sent = await bot.say("/start hanchot")
    assert bot.seen[-1].text == "/start hanchot"  # the core reads the payload, not the channel
    assert sent[0].text.startswith("Các hạn sắp tới")


async def test_a_private_message_reaches_the_core_as_an_incoming(bot: Harness) -> None:
    await bot.say("xin chào", first_name="Thị Lan", username="lan_ntl")
    assert bot.seen == [
        Incoming(
            channel="telegram",
            user_id=str(USER),
            chat_id=str(USER),
            text="xin chào",
            user_name="Thị Lan",
            is_group=False,
        )
    ]
    assert len(bot.fake.messages(USER)) == 1


async def test_in_a_group_only_commands_mentions_and_replies_are_answered(bot: Harness) -> None:
    group = {"chat_id": -100500, "chat_type": "supergroup"}
    assert await bot.say("hôm nay ăn gì nhỉ", **group) == []
    assert await bot.say("/phongtrao@other_bot", **group) == []
    listed = await bot.say("/phongtrao@trolythidua_bot", **group)
    assert "Các phong trào thi đua" in listed[0].text or listed[0].reply_markup
    answer = await bot.say("@TroLyThiDua_bot chủ đề thi đua năm 2022 là gì", **group)
    assert bot.seen[-1].text == "chủ đề thi đua năm 2022 là gì"
    assert bot.seen[-1].is_group and bot.seen[-1].chat_id == "-100500"
    assert "Kỷ cương, trách nhiệm" in texts(answer)
    follow_up = await bot.say("còn đối với tập thể thì sao", reply_to=answer[-1], **group)
    assert follow_up and bot.seen[-1].text == "còn đối với tập thể thì sao"
    assert await bot.say("@someone_else xem giúp", **group) == []
    private = await bot.say("/sangkien", **group)
    assert "tin nhắn riêng" in private[0].text
    assert await bot.channel.core.ctx.storage.dialog("telegram", str(USER)) is None


async def test_an_update_delivered_twice_is_answered_once(bot: Harness) -> None:
    update = bot.fake.user_says(USER, "/help")
    bot.updates += 1
    await bot.channel.handled.reach(bot.updates)
    bot.fake.push_raw_update(update, redeliver=True)
    bot.updates += 1
    await bot.channel.handled.reach(bot.updates)
    assert len(bot.fake.messages(USER)) == 1


async def test_a_sticker_gets_a_polite_answer(bot: Harness) -> None:
    bot.fake.user_sends_sticker(USER)
    bot.updates += 1
    await bot.channel.handled.reach(bot.updates)
    assert "chỉ đọc được tin nhắn chữ" in bot.fake.messages(USER)[-1].text


# PTB itself warns when it builds RetryAfter from the server's answer (int → timedelta).
@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_too_many_requests_is_waited_out(bot: Harness) -> None:
    bot.fake.fail_next("sendMessage", times=1, retry_after=1)
    sent = await bot.say("/help")
    assert len(sent) == 1 and "/phongtrao" in sent[0].text
    assert [status for method, _, status in bot.fake.requests if method == "sendMessage"] == [
        429,
        200,
    ]


async def test_send_to_a_blocked_or_unknown_chat_is_undeliverable(bot: Harness) -> None:
    await bot.say("/start")
    bot.fake.blocked.add(USER)
    with pytest.raises(Undeliverable):
        await bot.channel.send(str(USER), [Reply("Nhắc hạn")])
    with pytest.raises(Undeliverable):
        await bot.channel.send("999", [Reply("Nhắc hạn")])


async def test_a_wrong_token_is_one_clear_error(
    fake: FakeTelegram, tmp_path: Path, kb: KnowledgeBase, clock: FixedClock
) -> None:
    settings = Settings.from_env(
        {
            "TELEGRAM_BOT_TOKEN": "999:WRONG",
            "TELEGRAM_API_BASE_URL": fake.base_url,
            "THIDUA_DB": str(tmp_path / "t.sqlite3"),
        }
    )
    async with open_core(settings, kb, clock) as core:
        channel = TelegramChannel(core, settings)
        with pytest.raises(ChannelError, match="Telegram từ chối mã bot"):
            await channel.start()
        await channel.stop()


async def test_an_unreachable_api_is_one_clear_error(
    tmp_path: Path, kb: KnowledgeBase, clock: FixedClock
) -> None:
    settings = Settings.from_env(
        {
            "TELEGRAM_BOT_TOKEN": "123456:TEST",
            "TELEGRAM_API_BASE_URL": f"http://127.0.0.1:{free_port()}/bot",
            "THIDUA_DB": str(tmp_path / "t.sqlite3"),
        }
    )
    async with open_core(settings, kb, clock) as core:
        channel = TelegramChannel(core, settings)
        with pytest.raises(ChannelError, match=r"^không kết nối được máy chủ Telegram") as error:
            await channel.start()
        assert "\n" not in str(error.value)
        await channel.stop()


async def test_a_taken_webhook_port_is_one_clear_error(
    fake: FakeTelegram, tmp_path: Path, kb: KnowledgeBase, clock: FixedClock
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        settings = telegram_settings(
            tmp_path,
            fake,
            TELEGRAM_WEBHOOK_URL=f"http://127.0.0.1:{port}/tg",
            WEBHOOK_LISTEN="127.0.0.1",
            WEBHOOK_PORT=str(port),
        )
        async with open_core(settings, kb, clock) as core:
            channel = TelegramChannel(core, settings)
            with pytest.raises(ChannelError, match=r"^không khởi động được kênh Telegram"):
                await channel.start()
            assert not channel.app.running  # cleaned up after itself
            await channel.stop()


async def test_webhook_mode_checks_the_secret(
    fake: FakeTelegram, tmp_path: Path, kb: KnowledgeBase, clock: FixedClock
) -> None:
    port = free_port()
    settings = telegram_settings(
        tmp_path,
        fake,
        TELEGRAM_WEBHOOK_URL=f"http://127.0.0.1:{port}/tg",
        WEBHOOK_SECRET="bi-mat-123",
        WEBHOOK_LISTEN="127.0.0.1",
        WEBHOOK_PORT=str(port),
    )
    async for bot in start_bot(fake, settings, kb, clock):
        assert fake.webhook == {"url": f"http://127.0.0.1:{port}/tg", "secret_token": "bi-mat-123"}
        fake._chat(USER, "private", "Lan")
        update = {
            "update_id": 500,
            "message": {
                "message_id": 1, "date": 0, "text": "/help",
                "from": {"id": USER, "is_bot": False, "first_name": "Lan"},
                "chat": {"id": USER, "type": "private", "first_name": "Lan"},
                "entities": [{"type": "bot_command", "offset": 0, "length": 5}],
            },
        }  # fmt: skip
        assert await fake.deliver_to_webhook({**update, "update_id": 499}, secret="sai") == 403
        assert await fake.deliver_to_webhook(update) == 200
        await bot.channel.handled.reach(1)
        assert len(fake.messages(USER)) == 1
        assert bot.channel.handled.count == 1  # the wrong secret never reached the bot
        assert await fake.deliver_to_webhook({**update, "update_id": 501}, secret=None) == 403


async def test_without_a_configured_secret_the_webhook_still_checks_one(
    fake: FakeTelegram, tmp_path: Path, kb: KnowledgeBase, clock: FixedClock
) -> None:
    port = free_port()
    settings = telegram_settings(
        tmp_path,
        fake,
        TELEGRAM_WEBHOOK_URL=f"http://127.0.0.1:{port}/hook/telegram",
        WEBHOOK_LISTEN="127.0.0.1",
        WEBHOOK_PORT=str(port),
    )
    async for _bot in start_bot(fake, settings, kb, clock):
        # derived from the token: the same after a restart, so Telegram's copy stays valid
        assert fake.webhook["secret_token"] == webhook_secret(settings, fake.token)
        assert len(fake.webhook["secret_token"]) >= 32
        assert await fake.deliver_to_webhook({"update_id": 1}, secret=None) == 403


async def test_reminders_go_out_through_telegram(bot: Harness, clock: FixedClock) -> None:
    await bot.say("/start")
    service = ReminderService(bot.channel.core.ctx, {"telegram": bot.channel}, compose)
    clock.current = clock.current.replace(month=3, day=24, hour=8)  # 7 days before 31/03
    result = await service.sweep()
    assert result.sent >= 1
    reminder = bot.fake.messages(USER)[-1]
    assert reminder.text.startswith("⏰ Nhắc hạn:")
    assert "17:00 thứ Năm, ngày 31/03/2022" in reminder.text
    clock.current += dt.timedelta(minutes=1)
    assert (await service.sweep()).sent == 0
    assert bot.fake.errors() == []


async def test_a_long_answer_full_of_emoji_fits_telegrams_utf16_count(bot: Harness) -> None:
    await bot.say("/start")
    before = len(bot.fake.sent)
    await bot.channel.send(str(USER), [Reply("🏆 Lao động tiên tiến. " * 400)])
    parts = bot.fake.sent[before:]
    assert len(parts) >= 3
    assert "".join(p.text for p in parts).count("🏆") == 400
    assert bot.fake.errors() == []


async def test_the_fake_api_refuses_what_telegram_refuses(bot: Harness) -> None:
    """The stand-in is only worth its passes if it fails what Telegram would fail."""
    await bot.say("/start")
    url = f"{bot.fake.base_url}{bot.fake.token}/sendMessage"
    cases = [
        ({"chat_id": USER, "text": "<b>đậm", "parse_mode": "HTML"}, "can't parse entities"),
        ({"chat_id": USER, "text": "a < b", "parse_mode": "HTML"}, "can't parse entities"),
        ({"chat_id": USER, "text": "x" * 4097}, "message is too long"),
        ({"chat_id": USER, "text": "ok", "reply_markup": {"inline_keyboard": [[
            {"text": "Nút", "callback_data": "d" * 65}]]}}, "BUTTON_DATA_INVALID"),
        ({"chat_id": USER, "text": "ok", "parse_mod": "HTML"}, "unexpected parameter"),
        ({"chat_id": USER}, "'text' is required"),
        ({"chat_id": 5, "text": "ok"}, "chat not found"),
        ({"chat_id": USER, "text": ""}, "message text is empty"),
        ({"chat_id": USER, "text": "<span>x</span>", "parse_mode": "HTML"}, "can't parse entities"),
        ({"chat_id": USER, "text": "<a>x</a>", "parse_mode": "HTML"}, "can't parse entities"),
        ({"chat_id": USER, "text": "&nbsp;", "parse_mode": "HTML"}, "can't parse entities"),
        ({"chat_id": USER, "text": "ok", "reply_markup": {"inline_keyboard": [[
            {"text": "Nút", "callbak_data": "x"}]]}}, "has no field 'callbak_data'"),
        ({"chat_id": "không phải số", "text": "ok"}, "chat not found"),
        ({"chat_id": USER, "text": "ok", "disable_notification": "có"}, "must be Boolean"),
    ]  # fmt: skip
    async with httpx.AsyncClient() as client:
        for params, error in cases:
            response = await client.post(url, json=params)
            assert response.status_code == 400, params
            assert error in response.json()["description"], params
        accepted = {"chat_id": USER, "parse_mode": "HTML", "text":
                    '<b>đậm</b> <span class="tg-spoiler">ẩn</span> <a href="https://t.me">x</a> '
                    "&lt;&gt;&amp;&quot;&#8364;"}  # fmt: skip
        response = await client.post(url, json=accepted)
        assert response.json()["result"]["text"] == 'đậm ẩn x <>&"€'


async def test_the_fake_api_answers_like_telegram_outside_messages(fake: FakeTelegram) -> None:
    api = f"{fake.base_url}{fake.token}"
    async with httpx.AsyncClient() as client:
        assert (await client.post(f"{api}/noSuchMethod")).json()["error_code"] == 404
        wrong = await client.post(f"{fake.base_url}1:WRONG/getMe")
        assert (wrong.status_code, wrong.json()["description"]) == (401, "Unauthorized")
        await client.post(f"{api}/setWebhook", json={"url": "https://x.vn/tg", "secret_token": "s"})
        assert (await client.post(f"{api}/getUpdates")).status_code == 409
        await client.post(f"{api}/deleteWebhook")
        fake.user_says(USER, "một")
        fake.user_says(USER, "hai")
        first = (await client.post(f"{api}/getUpdates", data={"timeout": "1"})).json()["result"]
        assert [u["message"]["text"] for u in first] == ["một", "hai"]
        offset = first[-1]["update_id"] + 1  # confirms both
        assert (await client.post(f"{api}/getUpdates", json={"offset": offset})).json() == {
            "ok": True,
            "result": [],
        }


@pytest.mark.skipif(not SHARED_SPEC.is_file(), reason="shared reference not beside the project")
def test_the_fakes_copy_of_the_api_matches_the_reference() -> None:
    """The copy the fake falls back on, in a clone without ../shared, is the reference's."""
    reference = json.loads(SHARED_SPEC.read_text(encoding="utf-8"))
    copy = json.loads(SPEC_COPY.read_text(encoding="utf-8"))
    assert copy["version"] == reference["version"]
    for name, method in copy["methods"].items():
        fields = [
            {key: field[key] for key in ("name", "types", "required")}
            for field in reference["methods"][name].get("fields", [])
        ]
        assert method["fields"] == fields, name
    for name, kind in copy["types"].items():
        spec = reference["types"][name]
        assert kind.get("subtypes") == spec.get("subtypes"), name
        fields = [
            {key: field[key] for key in ("name", "types", "required")}
            for field in spec.get("fields", [])
        ]
        assert kind.get("fields", []) == fields, name


async def test_a_returned_registration_reaches_the_registrant_on_telegram(
    fake: FakeTelegram, tmp_path: Path, kb: KnowledgeBase, clock: FixedClock
) -> None:
    import asyncio
    from functools import partial

    from bot.courier import Courier
    from bot.notices import run_on_wake, send_now

    office = 2002
    settings = telegram_settings(tmp_path, fake, THIDUA_ADMINS=f"telegram:{office}")
    async for bot in start_bot(fake, settings, kb, clock):
        ctx = bot.channel.core.ctx
        ctx.sending.attach("telegram")
        courier = Courier(ctx.storage, ctx.clock, {"telegram": bot.channel})
        stop = asyncio.Event()
        # As the running bot does: the notice is drained as soon as the handler rings.
        sender = asyncio.create_task(run_on_wake(ctx, stop, partial(send_now, ctx, courier)))
        try:
            await bot.say("/dangkythidua")
            for answer_text in ("Nguyễn Thị Lan", "Phòng Đất đai", "Chuyên viên", "1"):
                await bot.say(answer_text)
            await bot.press("Sóc Trăng")
            await bot.press("Lao động tiên tiến")
            await bot.press("Xong")  # titles toggle until "Xong"
            await bot.say("Hoàn thành 100% nhiệm vụ được giao")
            await bot.say("/boqua")
            await bot.press("Xác nhận")
            await bot.say("/duyet TD-2022-0001", user=office)
            await bot.press("Trả lại", user=office)
            await bot.say("Chỉ tiêu chưa cụ thể", user=office)
            done = await bot.press("Xác nhận", user=office)
            assert "Đã trả lại TD-2022-0001 kèm lý do" in texts(done)
            notice = (await fake.wait_for_messages(USER, len(fake.messages(USER)) + 1))[-1]
            assert "được Văn phòng trả lại để sửa. Lý do: Chỉ tiêu chưa cụ thể" in notice.text
            edit = await bot.press("Sửa và gửi lại TD-2022-0001")
            assert "Anh/chị kiểm tra lại thông tin đăng ký thi đua" in texts(edit)
        finally:
            stop.set()
            await sender


async def test_files_go_out_as_documents_and_photos(
    fake: FakeTelegram, tmp_path: Path, kb: KnowledgeBase, clock: FixedClock
) -> None:
    from bot.messages import OutFile

    async for bot in start_bot(
        fake, telegram_settings(tmp_path, fake, THIDUA_ADMINS="telegram:1001"), kb, clock
    ):
        sent = await bot.say("/xuatexcel soctrang-stnmt-2022")
        document, text = sent[0], sent[1]
        assert document.file is not None and document.file.method == "sendDocument"
        assert document.file.name.endswith(".xlsx") and document.file.data.startswith(b"PK")
        assert text.text.startswith("Tệp Excel tổng hợp đăng ký Kế hoạch 2022")
        png = b"\x89PNG\r\n\x1a\n" + b"\0" * 16
        await bot.channel.send(
            str(USER), [Reply("Biểu đồ", file=OutFile("bieu-do.png", png, "photo"))]
        )
        photo = fake.messages(USER)[-2]
        assert (
            photo.file is not None and photo.file.method == "sendPhoto" and photo.file.data == png
        )


async def test_a_staff_list_sent_as_a_file_is_imported(
    fake: FakeTelegram, tmp_path: Path, kb: KnowledgeBase, clock: FixedClock
) -> None:
    from tests.test_office_units import GOOD, HEADER, xlsx

    settings = telegram_settings(tmp_path, fake, THIDUA_ADMINS="telegram:1001")
    async for bot in start_bot(fake, settings, kb, clock):
        before = len(fake.sent)
        fake.user_sends_document(USER, "danh-sach.xlsx", xlsx([HEADER, *GOOD]))
        sent = await bot._handled(before)
        assert texts(sent) == (
            "Đã nhập danh sách từ tệp danh-sach.xlsx: 3 dòng, 3 cán bộ mới, 2 đơn vị mới. "
            "Gõ /donvi để xem."
        )
        assert len(await bot.channel.core.ctx.storage.office.staff()) == 3


async def test_each_chat_sees_the_menu_of_its_role(
    fake: FakeTelegram, tmp_path: Path, kb: KnowledgeBase, clock: FixedClock
) -> None:
    office = 2002
    settings = telegram_settings(tmp_path, fake, THIDUA_ADMINS=f"telegram:{office}")
    async for bot in start_bot(fake, settings, kb, clock):
        await bot.say("/start")
        await bot.say("/start", user=office)
        await fake.wait_for(lambda: office in fake.chat_commands)
        names = [c["command"] for c in fake.chat_commands[office]]
        assert names[: len(COMMANDS)] == [name for name, _ in COMMANDS]
        assert {"duyet", "xuatexcel", "thongbao", "phanquyen", "donvicuatoi"} <= set(names)
        assert USER not in fake.chat_commands  # staff keep the default menu
        ctx = bot.channel.core.ctx
        await bot.say("/hoso")
        for answer_text in ("Nguyễn Thị Lan", "Phòng Đất đai", "Chuyên viên", "1"):
            await bot.say(answer_text)
        await ctx.storage.office.grant("telegram", str(USER), "unit_head", "Phòng Đất đai",
                                       f"telegram:{office}", clock.now())  # fmt: skip
        await bot.say("/help")
        await fake.wait_for(lambda: USER in fake.chat_commands)
        assert "donvicuatoi" in [c["command"] for c in fake.chat_commands[USER]]
        await ctx.storage.office.revoke("telegram", str(USER), "unit_head", "x", clock.now())
        await bot.say("/help")
        await fake.wait_for(lambda: USER not in fake.chat_commands)
        assert fake.errors() == []
