"""The catalogue of emulation titles (danh hiệu thi đua) staff can pledge to reach.

From `titles.yaml`: each title's audience (individual or collective), its main conditions,
the article and document it comes from, and whether it needs a recognised initiative.
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

TITLES_FILE = Path(__file__).parent / "titles.yaml"
AUDIENCES = ("individual", "collective")


@dataclass(frozen=True)
class Source:
    id: str
    name: str
    effective: str | None
    verified: bool
    note: str
    expired: str | None = None  # no longer in force from this day (ISO date)
    replaced_by: str | None = None


@dataclass(frozen=True)
class AmendmentWatch:
    """A possible amendment the sources could not confirm: answers on these titles from
    `since` on carry `warning`."""

    since: str  # ISO date
    titles: frozenset[str]
    warning: str
    amends: str = ""  # the number of the law it amends ("06/2022/QH15")
    status: str = ""  # what an answer on that law's status adds


@dataclass(frozen=True)
class Title:
    id: str
    name: str
    audience: str
    level: str
    article: str
    source: Source
    conditions: tuple[str, ...]
    requires_initiative: bool
    requires_titles: tuple[str, ...]
    verified: bool
    note: str
    decided_by: str = ""
    dossier: str = ""
    bonus: str = ""
    aliases: tuple[str, ...] = ()  # how staff name it ("chiến sĩ thi đua cấp tỉnh")

    def __hash__(self) -> int:
        # By id alone (equal titles have equal ids): the catalogue is a cache key for the
        # pattern of its names (titles_answers.named_title), looked up at every question.
        return hash(self.id)

    @property
    def citation(self) -> str:
        checked = "" if self.verified else ", chưa đối chiếu được văn bản gốc"
        effective = ""
        if self.source.effective:
            year, month, day = self.source.effective.split("-")
            effective = f", hiệu lực từ {day}/{month}/{year}"
        return f"{self.article} {self.source.name}{effective}{checked}"


def load_titles(path: Path = TITLES_FILE) -> dict[str, Title]:
    """Load the catalogue, checking that every title names a known source and audience."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    sources = {
        s["id"]: Source(
            id=s["id"],
            name=s["name"],
            effective=str(s["effective"]) if s.get("effective") else None,
            verified=bool(s.get("verified", True)),
            note=s.get("note") or "",
            expired=str(s["expired"]) if s.get("expired") else None,
            replaced_by=s.get("replaced_by"),
        )
        for s in data["sources"]
    }
    awarded_by = {
        str(level): tuple(str(b) for b in bodies)
        for level, bodies in (data.get("awarded_by") or {}).items()
    }
    titles: dict[str, Title] = {}
    for item in data["titles"]:
        if item["audience"] not in AUDIENCES:
            raise ValueError(f"{path.name}: danh hiệu {item['id']}: audience không hợp lệ")
        if item["source"] not in sources:
            raise ValueError(
                f"{path.name}: danh hiệu {item['id']}: không rõ nguồn {item['source']}"
            )
        titles[item["id"]] = Title(
            id=item["id"],
            name=item["name"],
            audience=item["audience"],
            level=str(item.get("level", "")),
            article=str(item.get("article", "")),
            source=sources[item["source"]],
            conditions=tuple(item.get("conditions") or ()),
            requires_initiative=bool(item.get("requires_initiative")),
            requires_titles=tuple(item.get("requires_titles") or ()),
            verified=bool(item.get("verified")),
            note=item.get("note") or "",
            decided_by=item.get("decided_by") or "",
            dossier=item.get("dossier") or "",
            bonus=item.get("bonus") or "",
            aliases=_with_bodies(tuple(item.get("aliases") or ()), awarded_by),
        )
    for title in titles.values():
        unknown = set(title.requires_titles) - set(titles)
        if unknown:
            raise ValueError(f"{path.name}: danh hiệu {title.id} cần danh hiệu không có: {unknown}")
    return titles


def _with_bodies(
    aliases: tuple[str, ...], awarded_by: dict[str, tuple[str, ...]]
) -> tuple[str, ...]:
    """The aliases, and each one ending in a level's word read with the bodies that award at
    that level in its place ("cờ thi đua cấp tỉnh": "cờ thi đua của ubnd tỉnh")."""
    found = list(aliases)
    # (not an alias naming a body already: "cờ thi đua ubnd tỉnh", "… bộ ban ngành tỉnh")
    named = {w for level, bodies in awarded_by.items() for w in (level, *bodies)}
    named |= {body.split()[0] for bodies in awarded_by.values() for body in bodies}
    for alias in aliases:
        spoken = alias.lower()
        for level, bodies in awarded_by.items():
            if not spoken.endswith(f" {level}"):
                continue
            base = spoken[: -len(level) - 1]
            for joiner in (" của", " cấp"):
                base = base.removesuffix(joiner)
            if named.isdisjoint(base.split()):
                found += [f"{base}{joiner} {body}" for body in bodies for joiner in (" của", "")]
    return tuple(dict.fromkeys(found))


@cache
def title_catalogue() -> tuple[Title, ...]:
    """The titles of the catalogue (knowledge/titles.yaml), read once."""
    return tuple(load_titles().values())


@cache
def load_amendment_watches(path: Path = TITLES_FILE) -> list[AmendmentWatch]:
    """The unconfirmed amendments the answer layer must mention."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        AmendmentWatch(
            since=str(watch["from"]),
            titles=frozenset(watch["titles"]),
            warning=" ".join(str(watch["warning"]).split()),
            amends=str(watch.get("amends") or ""),
            status=" ".join(str(watch.get("status") or "").split()),
        )
        for source in data["sources"]
        if (watch := source.get("amendment_watch"))
    ]


def amendment_warnings(titles: list[str], today: str) -> list[str]:
    """The warnings of unconfirmed amendments that concern these titles on `today` (ISO)."""
    return [
        w.warning for w in load_amendment_watches() if today >= w.since and w.titles & set(titles)
    ]


def amendment_status(number: str, today: str) -> list[str]:
    """What the unconfirmed amendments of the law of that number say of its status on
    `today` (ISO): "Luật sửa đổi (được cho là có hiệu lực từ 01/10/2026 …) …"."""
    return [
        w.status
        for w in load_amendment_watches()
        if w.status and w.amends == number and today >= w.since
    ]
