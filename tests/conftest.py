"""Shared fixtures: no real network, the bundled knowledge base, a chat through the core."""

import datetime as dt
import socket
from collections.abc import AsyncIterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.app import open_core
from bot.clock import FixedClock
from bot.core import BotCore
from bot.messages import Incoming, Reply
from bot.settings import Settings
from handlers import context
from knowledge import KnowledgeBase

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
# Today in the bot's world: the district level is gone and the bundled campaigns are history.
TODAY = dt.datetime(2026, 11, 30, 9, 0, tzinfo=TZ)


@pytest.fixture(autouse=True)
def no_internet(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any connection that leaves this machine."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> object:
        host = address[0] if isinstance(address, tuple) else str(address)
        if isinstance(host, str) and not (host.startswith("127.") or host in ("::1", "localhost")):
            raise RuntimeError(f"test tried to reach the network: {address!r}")
        return real_connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.from_env({"THIDUA_DB": str(tmp_path / "thidua.sqlite3")})


class Chat:
    """A conversation with the core, as one user: send text or press an option."""

    def __init__(self, core: BotCore, user_id: str = "1001") -> None:
        self.core = core
        self.user_id = user_id
        self.last: list[Reply] = []

    async def send(self, text: str) -> list[Reply]:
        msg = Incoming(channel="console", user_id=self.user_id, chat_id=self.user_id, text=text)
        self.last = await self.core.handle(msg)
        return self.last

    async def press(self, label_part: str) -> list[Reply]:
        """Press the offered option whose label contains the words, as a button would."""
        choices = [c for r in self.last for c in r.choices]
        choice = next(c for c in choices if label_part in c.label)
        msg = Incoming(
            channel="console", user_id=self.user_id, chat_id=self.user_id, choice=choice.value
        )
        self.last = await self.core.handle(msg)
        return self.last

    @property
    def text(self) -> str:
        return "\n\n".join(r.text for r in self.last)

    async def answer_after(self, first: str, follow_up: str) -> str:
        """The first reply to the follow-up sent after `first`, without its source line."""
        await self.send(first)
        return (await self.send(follow_up))[0].text.split("📄")[0]


@pytest.fixture
def clock(request: pytest.FixtureRequest) -> FixedClock:
    """25/3/2022, while the bundled campaigns are open; TODAY for tests marked `today`."""
    if request.node.get_closest_marker("today"):
        return FixedClock(TODAY)
    return FixedClock(dt.datetime(2022, 3, 25, 8, 0, tzinfo=TZ))


@pytest.fixture
async def core(kb: KnowledgeBase, settings: Settings, clock: FixedClock) -> AsyncIterator[BotCore]:
    async with open_core(settings, kb, clock) as opened:
        yield opened


@pytest.fixture
def chat(core: BotCore) -> Chat:
    return Chat(core)


def shown(kb: KnowledgeBase, section_start: str, saying: str, query: str) -> context.Topic:
    """The topic a chat holds after showing the passage of that section saying that."""
    position, passage = next(
        (i, p)
        for i, p in enumerate(kb.passages)
        if p.section.startswith(section_start) and saying in p.text
    )
    return context.Topic(query, passage.doc.id, passage.section, position)
