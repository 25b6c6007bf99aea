"""Cutting a long answer into messages a channel accepts, at the most natural boundary."""

# Boundaries tried in order: paragraph, line, sentence, word.
_BREAKS = ("\n\n", "\n", ". ", " ")


def split_text(text: str, limit: int) -> list[str]:
    """Split text into parts of at most `limit` characters, none of them empty.

    A part ends at the last paragraph break that fits, else the last line break, sentence end
    or space; only a single word longer than the limit is cut in the middle.
    """
    if limit < 1:
        raise ValueError("limit must be positive")
    parts: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        window = rest[: limit + 1]
        cut = -1
        for mark in _BREAKS:
            at = window.rfind(mark, 0, limit + 1 - len(mark.rstrip()))
            if at > limit // 4:
                cut = at + len(mark.rstrip())
                break
        if cut <= 0:
            cut = limit
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        parts.append(rest)
    return parts
