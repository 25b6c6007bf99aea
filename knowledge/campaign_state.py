"""A campaign's state, computed from its period, its registration deadline and the clock.

Nothing is declared current by hand: chưa mở → đang mở đăng ký (until the registration
deadline) → đang thực hiện → đã kết thúc (after the last day of its period). The office may
extend or reopen registration by moving the registration deadline; a `status:` written in the
front matter is the office's explicit decision and wins over the clock (`is_override`).
"""

import datetime as dt
from enum import Enum

from knowledge.documents import Document


class CampaignState(Enum):
    NOT_OPEN = "chưa mở"
    REGISTERING = "đang mở đăng ký"
    RUNNING = "đang thực hiện"
    ENDED = "đã kết thúc"

    @property
    def order(self) -> int:
        """Where campaigns in this state come in a list: open ones first, history last."""
        return (CampaignState.REGISTERING, CampaignState.RUNNING, CampaignState.NOT_OPEN,
                CampaignState.ENDED).index(self)  # fmt: skip

    @property
    def is_open(self) -> bool:
        """Still under way: registering or running."""
        return self in (CampaignState.REGISTERING, CampaignState.RUNNING)


def campaign_state(
    doc: Document, now: dt.datetime, registration_closes: dt.datetime | None = None
) -> CampaignState:
    """The state at `now` (local wall time, naive) of the campaign `doc` launches.

    `registration_closes` is the registration deadline in force (the office may have moved
    it); without one, registration is open from the start of the period to its end.
    """
    if doc.status in _OVERRIDES:
        return _OVERRIDES[doc.status]
    opens = dt.datetime.combine(opens_on(doc), dt.time())
    ends = dt.datetime(doc.period_end + 1, 1, 1)  # noqa: DTZ001 - local wall time
    if now >= ends:
        return CampaignState.ENDED
    if now < opens:
        return CampaignState.NOT_OPEN
    if registration_closes is None or now < registration_closes:
        return CampaignState.REGISTERING
    return CampaignState.RUNNING


def opens_on(doc: Document) -> dt.date:
    """The day the campaign opens: the document's date, or the start of its period if that
    comes first."""
    start = dt.date(doc.period_start, 1, 1)
    return min(start, doc.date) if doc.date else start


_OVERRIDES = {
    "not_open": CampaignState.NOT_OPEN,
    "registering": CampaignState.REGISTERING,
    "running": CampaignState.RUNNING,
    "ended": CampaignState.ENDED,
}


def is_override(doc: Document) -> bool:
    """The state was decided by the office (front matter `status:`), not by the clock."""
    return doc.status in _OVERRIDES
