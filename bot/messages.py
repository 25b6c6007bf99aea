"""What a channel hands the core (`Incoming`) and what the core hands back (`Reply`)."""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Attachment:
    """A file the user sent, whatever the channel: its name, size if known, and its bytes
    fetched on demand (a download on Telegram)."""

    name: str
    size: int | None
    fetch: Callable[[], Awaitable[bytes]] = field(compare=False, repr=False)


@dataclass(frozen=True)
class Incoming:
    """One message from a user, whatever the channel it came through."""

    channel: str  # "console", "telegram", "zalo"
    user_id: str  # the channel's own id, as text
    chat_id: str
    text: str = ""
    choice: str | None = None  # the value of a chosen option (a button press)
    user_name: str = ""
    is_group: bool = False
    attachment: Attachment | None = None

    @property
    def command(self) -> str | None:
        """The command word without its slash ("/tieuchi 2022" → "tieuchi"), if any."""
        if not self.text.startswith("/"):
            return None
        word = self.text[1:].split(maxsplit=1)[0] if len(self.text) > 1 else ""
        return word.split("@", 1)[0].lower() or None

    @property
    def args(self) -> str:
        """What follows the command word."""
        parts = self.text.split(maxsplit=1)
        return parts[1].strip() if self.command and len(parts) > 1 else ""


@dataclass(frozen=True)
class Choice:
    """An option offered to the user: a button on Telegram, a numbered line elsewhere."""

    label: str
    value: str  # a command ("/phongtrao") or an action ("campaign:<id>"), at most 64 bytes


LABEL_CHARS = 60


def short_label(text: str) -> str:
    """Shorten an option's label to fit a button, at a word boundary."""
    if len(text) <= LABEL_CHARS:
        return text
    return text[: LABEL_CHARS - 1].rsplit(" ", 1)[0] + "…"


@dataclass(frozen=True)
class OutgoingFile:
    """A file the bot sends (a filled-in form): its name and bytes."""

    name: str
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class Reply:
    """One message from the bot: plain text, optionally with options to choose from and a
    file to send after the text."""

    text: str
    choices: tuple[Choice, ...] = field(default=())
    file: OutgoingFile | None = None
