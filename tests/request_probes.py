"""Requests in words of tests/data/request_probes.yaml, sent through the core.

    python -m tests.request_probes [FILE] [--show-misses]

A probe is right when, typed by a person whose role allows its command, it gets the very
reply the command typed by that person gets; and, for a command of unit heads or the office,
typed by staff, it is refused in one line that names whose work it is.
"""

import argparse
import asyncio
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.app import open_core
from bot.clock import FixedClock
from bot.core import BotCore
from bot.messages import Incoming, Reply
from bot.roles import Role
from bot.settings import Settings
from handlers import requests
from knowledge import KnowledgeBase
from knowledge.intents import load_intents
from tests.conversation_eval import DEFAULT_AT

PROBES = Path(__file__).parent / "data" / "request_probes.yaml"
STAFF, UNIT_HEAD, OFFICE, ADMIN = "100", "200", "300", "400"
USERS = {Role.STAFF: STAFF, Role.UNIT_HEAD: UNIT_HEAD, Role.OFFICE: OFFICE, Role.ADMIN: ADMIN}
REFUSAL_MARK = "chỉ dành cho"


@dataclass(frozen=True)
class Outcome:
    command: str
    text: str
    right: bool
    why: str = ""


def probes(path: Path = PROBES) -> list[tuple[str, str]]:
    """(text, command) of every probe, in the file's order."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [(str(text), str(command)) for command, texts in data.items() for text in texts]


def needed(command: str) -> Role:
    """The least role that may use the command, as the intents file says."""
    name = command.split()[0]
    role = next((i.role for i in load_intents().intents if i.key.split()[0] == name), "staff")
    return requests.ROLES.get(role, Role.ADMIN)


async def _send(core: BotCore, user: str, text: str) -> list[Reply]:
    return await core.handle(Incoming("console", user, user, text=text))


async def run(kb: KnowledgeBase, folder: Path, path: Path = PROBES) -> list[Outcome]:
    settings = Settings.from_env(
        {"THIDUA_DB": str(folder / "probes.sqlite3"), "THIDUA_ADMINS": f"console:{ADMIN}"}
    )
    outcomes = []
    async with open_core(settings, kb, FixedClock(DEFAULT_AT)) as core:
        office = core.ctx.storage.office
        now = core.ctx.clock.now()
        await office.grant("console", OFFICE, "office", None, "console:400", now)
        await office.grant("console", UNIT_HEAD, "unit_head", "Phòng Kế hoạch", "console:400", now)
        for text, command in probes(path):
            role = needed(command)
            user = USERS[role]
            await _send(core, user, "/huy")
            wanted = await _send(core, user, command)
            await _send(core, user, "/huy")
            got = await _send(core, user, text)
            await _send(core, user, "/huy")
            right = bool(got) and got[0].text == wanted[0].text
            why = "" if right else f"got {got[0].text[:90]!r}" if got else "no reply"
            outcomes.append(Outcome(command, text, right, why))
            if role > Role.STAFF:
                refused = await _send(core, STAFF, text)
                await _send(core, STAFF, "/huy")
                line = refused[0].text if refused else ""
                right = REFUSAL_MARK in line and "\n" not in line
                why = "" if right else f"staff got {line[:90]!r}"
                outcomes.append(Outcome(f"{command} (staff)", text, right, why))
    return outcomes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("file", nargs="?", type=Path, default=PROBES)
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        outcomes = asyncio.run(run(KnowledgeBase.load(), Path(folder), args.file))
    by_command: dict[str, list[bool]] = {}
    for o in outcomes:
        by_command.setdefault(o.command, []).append(o.right)
    for command, hits in by_command.items():
        print(f"{command}: {sum(hits)}/{len(hits)}")
    print(f"requests in words: {sum(o.right for o in outcomes)}/{len(outcomes)} right")
    if args.show_misses:
        for o in outcomes:
            if not o.right:
                print(f"  {o.command}: {o.text!r} → {o.why}")


if __name__ == "__main__":
    main()
