"""What every handler receives besides the message: the application's dependencies."""

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.clock import Clock
from bot.settings import Settings
from bot.storage import Storage
from knowledge import KnowledgeBase

if TYPE_CHECKING:
    from bot.dialogs import DialogRuntime


@dataclass(frozen=True)
class AppContext:
    settings: Settings
    knowledge: KnowledgeBase
    clock: Clock
    storage: Storage
    dialogs: "DialogRuntime"
