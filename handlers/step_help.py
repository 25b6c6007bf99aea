"""What each dialog step asks for, as data (step_help.yaml): said when a person asks about the
step itself, before the step is asked again (bot/dialogs.py)."""

from dataclasses import replace
from functools import cache
from pathlib import Path

import yaml

from bot.dialogs import Dialog

HELP_FILE = Path(__file__).with_name("step_help.yaml")


@cache
def hints(path: Path = HELP_FILE) -> dict[str, dict[str, str]]:
    """The hints by dialog, then by step field."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {str(d): {str(f): str(h) for f, h in fields.items()} for d, fields in data.items()}


def with_help(dialogs: tuple[Dialog, ...]) -> tuple[Dialog, ...]:
    """The dialogs, each step given its hint (a step's own `help` is kept)."""
    known = hints()
    return tuple(
        replace(
            dialog,
            steps=tuple(
                step
                if step.help
                else replace(step, help=known.get(dialog.name, {}).get(step.field, ""))
                for step in dialog.steps
            ),
        )
        for dialog in dialogs
    )
