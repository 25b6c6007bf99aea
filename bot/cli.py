"""Command line: `python -m bot run | chat | ask`."""

import argparse
import asyncio
import datetime as dt
import json
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from bot.delivery import Channel, ChannelError
from bot.settings import Settings, SettingsError
from bot.storage import StorageError
from knowledge import DocumentError, KnowledgeBase
from knowledge.asking import ask

if TYPE_CHECKING:
    from bot.core import BotCore


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Trợ lý Thi đua")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="chạy bot trên kênh theo cấu hình (Telegram, Zalo hoặc console)")
    chat = sub.add_parser("chat", help="trò chuyện với bot trên console")
    chat.add_argument(
        "--user", default="console-user", help="mã người dùng (mặc định console-user)"
    )
    chat.add_argument("--name", default="", help="tên hiển thị")
    chat.add_argument("--db", help="tệp SQLite (mặc định theo THIDUA_DB)")
    ask = sub.add_parser("ask", help="hỏi đáp theo lô: mỗi dòng một câu hỏi")
    ask.add_argument("--json", action="store_true", help="in mỗi câu trả lời thành một dòng JSON")
    ask.add_argument("question", nargs="*", help="câu hỏi, hoặc - để đọc từ stdin")
    reminders = sub.add_parser("reminders", help="nhắc hạn")
    reminders_sub = reminders.add_subparsers(dest="action", required=True)
    preview = reminders_sub.add_parser(
        "preview", help="in các tin nhắc hạn sẽ gửi vào một thời điểm, không gửi"
    )
    preview.add_argument("--at", required=True, help="thời điểm, ví dụ 2022-03-25T08:00")
    preview.add_argument("--db", help="tệp SQLite (mặc định theo THIDUA_DB)")
    export = sub.add_parser("export", help="xuất tệp Excel tổng hợp đăng ký của một phong trào")
    export.add_argument(
        "--campaign", required=True, help="mã phong trào, ví dụ soctrang-stnmt-2022"
    )
    export.add_argument("--out", required=True, help="tệp .xlsx cần ghi")
    export.add_argument("--db", help="tệp SQLite (mặc định theo THIDUA_DB)")
    staff = sub.add_parser("staff", help="danh sách cán bộ")
    staff_sub = staff.add_subparsers(dest="action", required=True)
    staff_import = staff_sub.add_parser(
        "import", help="nhập đơn vị và cán bộ từ tệp .xlsx hoặc .csv"
    )
    staff_import.add_argument("file", help="tệp danh sách: Họ và tên, Đơn vị, Chức vụ, ...")
    staff_import.add_argument("--db", help="tệp SQLite (mặc định theo THIDUA_DB)")
    docs = sub.add_parser("docs", help="văn bản do cơ quan thường trực thêm vào cơ sở dữ liệu")
    docs_sub = docs.add_subparsers(dest="action", required=True)
    add = docs_sub.add_parser("add", help="thêm (hoặc thay) một văn bản từ tệp DOCX, PDF, TXT")
    add.add_argument("file", help="đường dẫn tệp")
    add.add_argument("--registration", help="hạn đăng ký thi đua, ví dụ '31/01/2027 17:00'")
    add.add_argument("--initiative", help="hạn đăng ký sáng kiến, ví dụ '15/03/2027 17:00'")
    add.add_argument("--period", help="thời gian thực hiện nếu văn bản không ghi, ví dụ 2027")
    add.add_argument("--db", help="tệp SQLite (mặc định theo THIDUA_DB)")
    retire = docs_sub.add_parser("retire", help="thôi áp dụng một văn bản (theo mã)")
    retire.add_argument("id", help="mã văn bản, xem bằng: docs list")
    retire.add_argument("--db", help="tệp SQLite (mặc định theo THIDUA_DB)")
    listing = docs_sub.add_parser("list", help="liệt kê các văn bản và trạng thái")
    listing.add_argument("--db", help="tệp SQLite (mặc định theo THIDUA_DB)")
    args = parser.parse_args(argv)
    try:
        if args.command == "ask":
            return _ask(args.question, args.json)
        settings = Settings.from_env()
        if args.command == "reminders":
            return _preview_reminders(settings, args.at, args.db)
        if args.command == "staff":
            return _import_staff(settings, Path(args.file), args.db)
        if args.command == "export":
            return _export(settings, args.campaign, Path(args.out), args.db)
        if args.command == "docs":
            from bot.documents_cli import run_docs

            return run_docs(settings, args)
        if args.command == "chat" or settings.channel == "console":
            return _chat(settings, args)
        return _serve(settings)
    except (SettingsError, DocumentError) as exc:
        print(f"Lỗi cấu hình: {exc}", file=sys.stderr)
        return 2
    except StorageError as exc:
        print(f"Lỗi cơ sở dữ liệu: {exc}", file=sys.stderr)
        return 2
    except ChannelError as exc:
        print(f"Lỗi kết nối: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _serve(settings: Settings) -> int:
    """Run the bot on every channel with a token, with the reminder service, until Ctrl+C or
    SIGTERM; a stop finishes the message being sent and leaves the rest in the outbox."""
    import logging
    import signal

    from bot.app import open_core
    from bot.reminders import ReminderService
    from handlers.reminders import compose

    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per poll otherwise

    async def serve() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        async with open_core(settings) as core:
            channels: dict[str, Channel] = {}
            try:
                for name in settings.channels:
                    channel = _open_channel(core, settings, name)
                    await channel.start()
                    channels[name] = channel
                    core.ctx.sending.attach(name)
                names = " và ".join(name.capitalize() for name in channels)
                print(f"Trợ lý Thi đua đang chạy trên {names}; Ctrl+C để dừng.", flush=True)
                # The reminder service also sends what the office's desk queues, when rung.
                reminders = ReminderService(core.ctx, channels, compose)
                await reminders.run(stop)
            finally:
                for channel in reversed(channels.values()):
                    await channel.stop()

    asyncio.run(serve())
    return 0


def _open_channel(core: "BotCore", settings: Settings, name: str) -> Channel:
    if name == "telegram":
        from bot.channels.telegram import TelegramChannel

        return TelegramChannel(core, settings)
    from bot.channels.zalo import ZaloChannel

    return ZaloChannel(core, settings)


def _chat(settings: Settings, args: argparse.Namespace) -> int:
    from bot.app import open_core
    from bot.channels.console import run_console

    if getattr(args, "db", None):
        settings = replace(settings, db_path=Path(args.db))
    user = getattr(args, "user", "console-user")
    name = getattr(args, "name", "")

    async def chat() -> None:
        async with open_core(settings) as core:
            await run_console(core, user, name, sys.stdin, sys.stdout)

    asyncio.run(chat())
    return 0


def _export(settings: Settings, campaign_id: str, out: Path, db: str | None) -> int:
    from bot.app import open_core
    from handlers.office.workbook import build_workbook

    if db:
        settings = replace(settings, db_path=Path(db))

    async def export() -> bytes | None:
        async with open_core(settings) as core:
            if core.ctx.knowledge.campaign(campaign_id) is None:
                known = ", ".join(d.id for d in core.ctx.knowledge.campaigns())
                print(f"Không có phong trào {campaign_id!r}; các mã có: {known}", file=sys.stderr)
                return None
            return await build_workbook(core.ctx, campaign_id)

    data = asyncio.run(export())
    if data is None:
        return 2
    out.write_bytes(data)
    print(f"Đã ghi {out}")
    return 0


def _import_staff(settings: Settings, path: Path, db: str | None) -> int:
    from bot.app import open_core
    from handlers.office.stafflist import StaffFileError, read_staff_file

    if db:
        settings = replace(settings, db_path=Path(db))
    try:
        rows = read_staff_file(path.name, path.read_bytes())
    except OSError as exc:
        print(f"Không đọc được tệp {path}: {exc.strerror}", file=sys.stderr)
        return 2
    except StaffFileError as exc:
        print(exc, file=sys.stderr)
        return 1

    async def store() -> tuple[int, int]:
        async with open_core(settings) as core:
            return await core.ctx.storage.office.import_staff(rows, core.ctx.clock.now())

    units, people = asyncio.run(store())
    print(f"Đã nhập {len(rows)} dòng từ {path.name}: {people} cán bộ mới, {units} đơn vị mới.")
    return 0


def _knowledge_for_ask() -> KnowledgeBase:
    """The bundled documents, plus those the office added to the database (THIDUA_DB) when
    that file exists: `ask` answers from what the running bot answers from."""
    kb = KnowledgeBase.load()
    try:
        settings = Settings.from_env()
    except SettingsError:
        return kb
    if not settings.db_path.is_file():
        return kb

    async def load() -> KnowledgeBase:
        from bot.clock import SystemClock
        from bot.library import Library
        from bot.storage import Storage

        storage = await Storage.open(settings.db_path)
        try:
            library = Library(kb)
            await library.refresh(storage, SystemClock(settings.tz).now(), force=True)
            return library.current
        finally:
            await storage.close()

    return asyncio.run(load())


def _ask(questions: list[str], as_json: bool) -> int:
    kb = _knowledge_for_ask()
    lines = sys.stdin if questions in ([], ["-"]) else [" ".join(questions)]
    for line in lines:
        query = line.strip()
        hits = ask(kb, query)
        answers = [
            {
                "text": hit.passage.text,
                "source": hit.passage.doc.name,
                "section": hit.passage.section,
                "score": round(hit.score, 3),
            }
            for hit in hits
        ]
        if as_json:
            print(json.dumps({"query": query, "answers": answers}, ensure_ascii=False), flush=True)
        elif answers:
            best = answers[0]
            source = f"— {best['source']}, {best['section']} (độ tin cậy {best['score']})"
            print(f"{best['text']}\n{source}\n")
        else:
            print("Không tìm thấy câu trả lời trong các văn bản hiện có.\n")
    return 0


def _preview_reminders(settings: Settings, at_text: str, db: str | None) -> int:
    from bot.app import open_core
    from bot.campaigns import when
    from bot.clock import FixedClock
    from bot.reminders import REMOTE_CHANNELS, ReminderService, is_quiet
    from handlers.reminders import compose, lead_label

    try:
        at = dt.datetime.fromisoformat(at_text)
    except ValueError:
        print(f"--at {at_text!r} không đúng dạng, ví dụ 2022-03-25T08:00", file=sys.stderr)
        return 2
    at = at.replace(tzinfo=settings.tz) if at.tzinfo is None else at.astimezone(settings.tz)
    if db:
        settings = replace(settings, db_path=Path(db))

    async def preview() -> None:
        async with open_core(settings, clock=FixedClock(at)) as core:
            service = ReminderService(core.ctx, {}, compose, channels=REMOTE_CHANNELS)
            planned = await service.preview()
            local = at.replace(tzinfo=None)
            print(f"Nhắc hạn vào {when(local)} ({settings.tz.key}): {len(planned)} tin.")
            if is_quiet(local) and planned:
                print("Đang trong giờ nghỉ 21:00–07:00: các tin này chờ đến 07:00 mới gửi.")
            for reminder, reply in planned:
                person = await core.ctx.storage.profile(reminder.channel, reminder.user_id)
                name = f" ({person.full_name})" if person else ""
                print(
                    f"\n→ {reminder.channel} {reminder.user_id}{name} · {reminder.deadline_id}"
                    f" · {lead_label(reminder.lead_days)}"
                )
                print(reply.text)

    asyncio.run(preview())
    return 0
