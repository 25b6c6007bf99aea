"""Provinces staff may name (knowledge/places.yaml), to tell a question about a place the
knowledge base holds no document of, which is declined as such, from one it can answer."""

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

import yaml

from knowledge.normalize import fold

PLACES_FILE = Path(__file__).parent / "places.yaml"
_PUNCTUATION = re.compile(r"[^\w\s]")


def place_not_held(text: str, mentions: Callable[[str], bool]) -> str | None:
    """A province the question names that no document speaks of (`mentions` tells whether
    some passage has these folded words), when it names no other ("Sóc Trăng sáp nhập vào
    Cần Thơ khi nào?" is about a place the documents hold)."""
    padded = f" {' '.join(_PUNCTUATION.sub(' ', fold(text)).split())} "
    named = [(name, key) for name, key, spaced in _folded_provinces() if spaced in padded]
    if any(mentions(key) for _, key in named):
        return None
    return named[0][0] if named else None


@cache
def _folded_provinces() -> tuple[tuple[str, str, str], ...]:
    """Each province's name, folded, and folded between spaces (to find it as whole words)."""
    return tuple((name, fold(name), f" {fold(name)} ") for name in provinces())


@cache
def provinces() -> tuple[str, ...]:
    """The provinces' names, longest first."""
    data = yaml.safe_load(PLACES_FILE.read_text(encoding="utf-8"))
    names = [p.strip() for p in str(data["provinces"]).split("|") if p.strip()]
    return tuple(sorted(names, key=lambda n: -len(n)))
