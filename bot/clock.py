"""The one source of time: handlers and services ask the clock, never `datetime.now()`."""

import datetime as dt
from typing import Protocol


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """Return the current time, timezone-aware."""
        ...


class SystemClock:
    def __init__(self, tz: dt.tzinfo) -> None:
        self.tz = tz

    def now(self) -> dt.datetime:
        return dt.datetime.now(self.tz)


class FixedClock:
    """A clock that moves only when told to: for tests and previews."""

    def __init__(self, start: dt.datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self.current = start

    def now(self) -> dt.datetime:
        return self.current

    def advance(self, delta: dt.timedelta) -> None:
        self.current += delta
