"""The console channel: each input line is a message; replies are printed with numbered options.

Works interactively and with stdin piped from a file (a scripted conversation); it stops
cleanly at the end of input.
"""

from pathlib import Path
from typing import TextIO

from bot.core import BotCore
from bot.messages import Incoming, Reply


def render(reply: Reply) -> str:
    """A reply as console text: its text, then its options numbered from 1."""
    lines = [reply.text]
    lines += [f"  {number}. {choice.label}" for number, choice in enumerate(reply.choices, 1)]
    return "\n".join(lines)


async def run_console(
    core: BotCore, user_id: str, name: str, stdin: TextIO, stdout: TextIO
) -> None:
    """Chat with the core until the end of input."""
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
        msg = Incoming(
            channel="console", user_id=user_id, chat_id=user_id, text=text, user_name=name
        )
        for reply in await core.handle(msg):
            stdout.write(render(reply) + "\n\n")
            if reply.file is not None:
                # Files go beside the database, where the person at this console can open them.
                folder = core.ctx.settings.db_path.parent / "tep-da-gui"
                saved = _save(folder, reply.file.name, reply.file.data)
                stdout.write(f"📎 Đã lưu tệp: {saved}\n\n")
        stdout.flush()


def _save(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / Path(name).name
    path.write_bytes(data)
    return path
