"""What a channel hands the core (`Incoming`) and what the core hands back (`Reply`)."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class InFile:
    """A file a user sent (a staff list, a document), already downloaded."""

    name: str
    data: bytes


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
    file: InFile | None = None

    @property
    def command(self) -> str | None:
        """The command word without its slash ("/tieuchi 2022" → "tieuchi"), if any."""
        if not self.text.startswith("/"):
            return None
        words = self.text[1:].split(maxsplit=1)
        return words[0].split("@", 1)[0].lower() if words else None

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
class OutFile:
    """A file the bot sends: an XLSX export, a chart image, a generated document."""

    name: str  # shown to the user, with its extension: "dang-ky-2022.xlsx"
    data: bytes
    kind: str = "document"  # "document" or "photo" (a PNG image shown inline)


@dataclass(frozen=True)
class Reply:
    """One message from the bot: plain text, optionally with options and a file."""

    text: str
    choices: tuple[Choice, ...] = field(default=())
    file: OutFile | None = None
