"""Wiring: build the application's context and core from settings."""

from bot.clock import SystemClock
from bot.context import AppContext
from bot.core import BotCore
from bot.settings import Settings
from knowledge import KnowledgeBase


def build_core(settings: Settings, knowledge: KnowledgeBase | None = None) -> BotCore:
    """The bot core on the bundled knowledge base (or the given one)."""
    from handlers import ROUTES

    ctx = AppContext(
        settings=settings,
        knowledge=knowledge or KnowledgeBase.load(),
        clock=SystemClock(settings.tz),
    )
    return BotCore(ctx, ROUTES)
