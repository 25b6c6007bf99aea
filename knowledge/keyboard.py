"""Letters next to each other on a QWERTY keyboard: a finger that slips hits one of them."""

from itertools import pairwise

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _neighbours() -> dict[str, frozenset[str]]:
    """Each letter's neighbours: left and right in its row, and the two keys it touches in the
    row below (each row sits half a key to the right of the one above), both ways."""
    near: dict[str, set[str]] = {c: set() for row in _ROWS for c in row}

    def touch(a: str, b: str) -> None:
        near[a].add(b)
        near[b].add(a)

    for row in _ROWS:
        for a, b in pairwise(row):
            touch(a, b)
    for upper, lower in pairwise(_ROWS):
        for i, c in enumerate(upper):
            for j in (i - 1, i):
                if 0 <= j < len(lower):
                    touch(c, lower[j])
    return {c: frozenset(others) for c, others in near.items()}


NEIGHBOURS = _neighbours()


def key_slips(word: str) -> set[str]:
    """The words this one may be when one of its letters was a neighbouring key's
    ("sqng" → "sang", "cobg" → "cong"); letters off the keyboard's three rows stay."""
    return {
        word[:i] + other + word[i + 1 :]
        for i, c in enumerate(word)
        for other in NEIGHBOURS.get(c, ())
    }
