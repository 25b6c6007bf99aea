"""What every handler receives besides the message: the application's dependencies."""

from dataclasses import dataclass

from bot.clock import Clock
from bot.settings import Settings
from knowledge import KnowledgeBase


@dataclass(frozen=True)
class AppContext:
    settings: Settings
    knowledge: KnowledgeBase
    clock: Clock
