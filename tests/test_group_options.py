"""Options offered in a group chat belong to the person they were offered to."""

import json
import sqlite3
from pathlib import Path

from bot.core import BotCore
from bot.messages import Choice, Incoming, Reply
from bot.storage import MIGRATIONS_DIR, Storage

GROUP = "-100777"
PER_PERSON = 9  # the migration that keeps options per person


async def _in_group(core: BotCore, user: str, text: str) -> list[Reply]:
    return await core.handle(Incoming("zalo", user, GROUP, text=text, is_group=True))


async def test_a_number_typed_in_a_group_picks_from_the_options_offered_to_that_person(
    core: BotCore,
) -> None:
    listed = await _in_group(core, "an", "/phongtrao")
    campaigns = [c for r in listed for c in r.choices]
    assert len(campaigns) >= 2
    # Bình was offered nothing: An's list is not his to pick from
    other = await _in_group(core, "binh", "1")
    assert "không có lựa chọn nào đang chờ" in other[0].text
    # An's "2" is the second campaign of An's list, though Bình wrote in between
    picked = await _in_group(core, "an", "2")
    card = await core.handle(
        Incoming("zalo", "an", GROUP, choice=campaigns[1].value, is_group=True)
    )
    assert picked[0].text == card[0].text
    # Bình's own list, then his "1", is his
    await _in_group(core, "binh", "/tieuchi")
    mine = await _in_group(core, "binh", "1")
    assert "không có lựa chọn nào đang chờ" not in mine[0].text


async def test_options_offered_in_a_private_chat_before_the_upgrade_still_hold(
    tmp_path: Path,
) -> None:
    """The migration keeps a private chat's options: its chat is its person."""
    path = tmp_path / "db.sqlite3"
    with sqlite3.connect(path) as db:  # a database as the version before this one left it
        for migration in sorted(MIGRATIONS_DIR.glob("*.sql")):
            if int(migration.name.split("_", 1)[0]) < PER_PERSON:
                db.executescript(migration.read_text(encoding="utf-8"))
        db.execute(
            "INSERT INTO offered_choices (channel, chat_id, choices) VALUES (?, ?, ?)",
            ("zalo", "abc", json.dumps([["Các phong trào", "/phongtrao"]])),
        )
        db.execute(f"PRAGMA user_version = {PER_PERSON - 1}")
    storage = await Storage.open(path)
    try:
        assert await storage.offered("zalo", "abc", "abc") == (
            Choice("Các phong trào", "/phongtrao"),
        )
        assert await storage.offered("zalo", "abc", "someone else") == ()
    finally:
        await storage.close()
