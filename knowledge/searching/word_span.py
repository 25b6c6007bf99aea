"""How closely a passage says a question's words: the narrowest run of its words holding them
all. Two parts of a document may both say "chất lượng" and "khen thưởng"; the one saying
"chất lượng công tác khen thưởng" speaks of that, the one saying them a sentence apart does
not."""

from collections import Counter
from collections.abc import Sequence

# A part saying the topic's words at most this many times as far apart as their number is
# counted close; wider, its closeness falls as its span grows.
TIGHT_SPAN = 1.5


def narrowest_span(said: Sequence[str], wanted: frozenset[str]) -> int | None:
    """The fewest consecutive words of `said` holding every word of `wanted`; None when
    `said` lacks one."""
    if not wanted:
        return None
    held: Counter[str] = Counter()
    missing = len(wanted)
    best: int | None = None
    start = 0
    for end, word in enumerate(said):
        if word not in wanted:
            continue
        held[word] += 1
        if held[word] == 1:
            missing -= 1
        while missing == 0:
            if best is None or end - start + 1 < best:
                best = end - start + 1
            first = said[start]
            start += 1
            if first in wanted:
                held[first] -= 1
                if held[first] == 0:
                    missing += 1
    return best


def closeness(said: Sequence[str], wanted: frozenset[str]) -> float:
    """How close together `said` holds the words of `wanted`, in 0..1: 1 when side by side
    (or nearly: TIGHT_SPAN), falling with the span; 0 when one is missing."""
    span = narrowest_span(said, wanted)
    if span is None:
        return 0.0
    return min(1.0, TIGHT_SPAN * len(wanted) / span)


def heaviest_phrase(
    units: Sequence[tuple[str, float]], known: set[str] | frozenset[str]
) -> frozenset[str]:
    """The words of the heaviest run of `units`' words the question says side by side (its
    pairs join them: "chat luong", "luong khen", "khen thuong" make one run), of those in
    `known`: "thực hiện chỉ thị 14 … chất lượng khen thưởng" asks of "chất lượng khen
    thưởng", and "thực hiện" is another run."""
    weight = {u: w for u, w in units if " " not in u and u in known}
    runs: list[list[str]] = [[u] for u in weight]
    for pair, _ in units:
        first, _, second = pair.partition(" ")
        if not second or first == second or first not in weight or second not in weight:
            continue
        one = next(r for r in runs if first in r)
        other = next(r for r in runs if second in r)
        if one is not other:
            one.extend(other)
            runs.remove(other)
    best = max(runs, key=lambda r: sum(weight[u] for u in r), default=[])
    return frozenset(best)
