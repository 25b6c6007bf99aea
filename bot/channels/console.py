"""The console channel: each input line is a message; replies are printed with numbered options.

Works interactively and with stdin piped from a file (a scripted conversation); it stops
cleanly at the end of input.
"""

import io
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from bot.core import BotCore
from bot.courier import Courier
from bot.messages import Incoming, OutFile, Reply
from bot.notices import send_now

UNREADABLE = (
    "Tôi không đọc được một số ký tự trong tin nhắn (bảng mã không phải UTF-8). "
    "Anh/chị vui lòng gõ lại bằng tiếng Việt Unicode."
)


def render(reply: Reply, saved: Path | None = None) -> str:
    """A reply as console text: its text, the path of its file, then its options numbered."""
    lines = [reply.text]
    if saved is not None:
        lines.append(f"📎 Tệp đã lưu: {saved}")
    lines += [f"  {number}. {choice.label}" for number, choice in enumerate(reply.choices, 1)]
    return "\n".join(lines)


def save_file(file: OutFile, folder: Path) -> Path:
    """Write a reply's file into the folder (beside the database), keeping its name."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / Path(file.name).name
    path.write_bytes(file.data)
    return path.resolve()


class ConsoleOutbox:
    """Messages the office sends to other console users (notices, announcements), printed in
    this terminal after the answer, so a scripted session shows who was told what.

    They are outbox rows like everywhere else, sent after each answer by a courier of this
    terminal; the quiet hours do not apply here: every "recipient" is in this one window."""

    def __init__(self, stdout: TextIO) -> None:
        self.stdout = stdout

    async def send(self, chat_id: str, replies: Sequence[Reply]) -> None:
        for reply in replies:
            self.stdout.write(f"📨 Tin gửi tới {chat_id}:\n{render(reply)}\n\n")


async def run_console(
    core: BotCore, user_id: str, name: str, stdin: TextIO, stdout: TextIO
) -> None:
    """Chat with the core until the end of input."""
    ctx = core.ctx
    courier = Courier(ctx.storage, ctx.clock, {"console": ConsoleOutbox(stdout)})
    ctx.sending.attach("console")
    try:
        await _chat(core, courier, user_id, name, stdin, stdout)
    finally:
        await courier.close()


async def _chat(
    core: BotCore, courier: Courier, user_id: str, name: str, stdin: TextIO, stdout: TextIO
) -> None:
    if isinstance(stdin, io.TextIOWrapper):  # bytes that are not UTF-8 must not end the chat
        stdin.reconfigure(errors="replace")
    interactive = stdin.isatty()
    if interactive:
        stdout.write("Trợ lý Thi đua – gõ câu hỏi hoặc /help; Ctrl+D để thoát.\n")
    while True:
        if interactive:
            stdout.write("> ")
            stdout.flush()
        line = stdin.readline()
        if not line:
            break
        text = line.rstrip("\r\n")
        if not text.strip():
            continue
        if "\ufffd" in text:
            stdout.write(UNREADABLE + "\n\n")
            stdout.flush()
            continue
        msg = Incoming(
            channel="console", user_id=user_id, chat_id=user_id, text=text, user_name=name
        )
        for reply in await core.handle(msg):
            folder = core.ctx.settings.db_path.parent / "tep-xuat"
            saved = save_file(reply.file, folder) if reply.file else None
            stdout.write(render(reply, saved) + "\n\n")
        await send_now(core.ctx, courier)
        stdout.flush()
