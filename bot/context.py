"""What every handler receives besides the message: the application's dependencies."""

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.clock import Clock
from bot.courier import Sending
from bot.settings import Settings
from bot.storage import Storage
from knowledge import KnowledgeBase

if TYPE_CHECKING:
    from bot.dialogs import DialogRuntime
    from bot.library import Library


@dataclass(frozen=True)
class AppContext:
    settings: Settings
    library: "Library"  # the knowledge base in use; it changes when the office adds a document
    clock: Clock
    storage: Storage
    dialogs: "DialogRuntime"
    # The channels this process sends through, and the bell that has the outbox drained now:
    # rung when the office's desk queues notices or an announcement.
    sending: Sending = field(default_factory=Sending)

    @property
    def knowledge(self) -> KnowledgeBase:
        return self.library.current
