"""A follow-up asking for detail is read so however it ends ("chi tiết?", "cụ thể.")."""

import pytest

from handlers.followups.shown_says_more import _DETAIL_ASKED
from knowledge.normalize import fold


@pytest.mark.parametrize("text", ["chi tiết?", "cụ thể.", "nói cụ thể là gì", "chi tiết"])
def test_detail_is_asked_before_a_mark(text: str) -> None:
    assert _DETAIL_ASKED.search(fold(text))


def test_a_word_only_beginning_alike_asks_no_detail() -> None:
    assert not _DETAIL_ASKED.search(fold("chi tiêu thế nào"))
