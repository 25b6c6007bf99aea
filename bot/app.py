"""Wiring: build the application's context and core from settings."""

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from bot.campaigns import by_state, possibly_open, registrable
from bot.clock import Clock, SystemClock
from bot.context import AppContext
from bot.core import BotCore
from bot.dialogs import DialogRuntime
from bot.library import Library
from bot.settings import Settings
from bot.storage import Storage
from knowledge import KnowledgeBase


def index_folder(db_path: Path) -> Path:
    """Where the built knowledge index is kept: next to the database ("thidua.sqlite3.index")."""
    return db_path.with_name(db_path.name + ".index")


@asynccontextmanager
async def open_core(
    settings: Settings, knowledge: KnowledgeBase | None = None, clock: Clock | None = None
) -> AsyncIterator[BotCore]:
    """The bot core on its SQLite file and the bundled knowledge base; closes the file after."""
    from handlers import DIALOGS, ROUTES, aside, warm_up
    from handlers.office.export import made as exports_made

    storage = await Storage.open(settings.db_path)
    cache_dir = index_folder(settings.db_path)
    try:
        ctx = AppContext(
            settings=settings,
            library=Library(
                knowledge or KnowledgeBase.load(cache_dir=cache_dir), cache_dir=cache_dir
            ),
            clock=clock or SystemClock(settings.tz),
            storage=storage,
            dialogs=DialogRuntime(DIALOGS, aside),
        )
        await ctx.library.refresh(storage, ctx.clock.now(), force=True)
        deadlines = [d for doc in ctx.library.bundled.documents for d in doc.deadlines]
        await storage.reminders.sync_deadlines(deadlines, ctx.clock.now())
        core = BotCore(ctx, ROUTES)
        await warm_up(core.handle, ctx)
        # The campaigns in order, where today stands in their periods, their states and those
        # open for each kind of registration: made at start-up (tens of milliseconds at 10,000
        # documents), not while the first person waits; after the warm-up, whose undoing had
        # the schedule they are kept with read again.
        possibly_open(ctx)
        await by_state(ctx)
        for kind in ("pledge", "initiative", "nomination"):
            await registrable(ctx, kind)
        keep_out_of_collections()
        yield core
    finally:
        await exports_made()  # a file still being made is queued before the database closes
        await storage.close()


def keep_out_of_collections() -> None:
    """What start-up loaded (the knowledge base and its index) lives as long as the process:
    out of the garbage collector's sight, a full collection walks only what messages made.
    At 10,000 documents one walk over everything took 0.4 s, holding up every message."""
    gc.collect()
    gc.freeze()
