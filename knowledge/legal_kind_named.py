"""The kind of legal document a question names ("theo luật tđkt chủ tịch xã được tặng gì",
"nghị định 152 quy định hồ sơ …"): what the law itself says is asked, not a campaign
passage or another legal text citing the law by name ("… quy định tại khoản 2 Điều 80 Luật
Thi đua, khen thưởng")."""

import re
from collections.abc import Iterable
from functools import lru_cache

# "theo luật", "trong nghị định": the kind named as where the answer is
_WHERE_BEFORE = frozenset({"theo", "trong", "tai", "cua"})
# "kỷ luật 2 năm", "làm luật", "pháp luật", "quy luật": a word of its own, no kind named
_NOT_KIND_AFTER = frozenset({"ky", "lam", "phap", "quy"})
_TITLE_WORDS = 2  # words after the kind that name one document of it ("luật thi đua")
# "luật cho chủ tịch xã tặng gì", "nghị định quy định …", "luật giao ai": what the text
# itself does, the kind named as its subject
_DOES_AFTER = frozenset({"cho", "giao", "quy dinh"})


def legal_kinds_named(words: Iterable[str], names: Iterable[str]) -> frozenset[str]:
    """Which kinds of legal documents held the question's folded words name: a kind followed
    by a number or by the first words of the title of one of its documents, or after a word
    saying where ("theo luật"); not a kind's word in passing ("làm luật", "kỷ luật").
    `names` are the folded kinds and titles of the legal documents held ("luat thi dua
    khen thuong"), each kind ending where its title begins with " | "."""
    padded = f" {' '.join(words)} "
    named = set()
    for kind, pattern, titles in _titled_kinds(tuple(names)):
        if kind not in padded:  # most questions name no legal kind: one substring scan
            continue
        for found in pattern.finditer(padded):
            before = padded[: found.start()].split()[-1:]
            after = padded[found.end() :].split()
            if set(before) & _NOT_KIND_AFTER:
                continue
            if (
                set(before) & _WHERE_BEFORE
                or (after[:1] and after[0][:1].isdigit())
                or bool({" ".join(after[:1]), " ".join(after[:2])} & _DOES_AFTER)
                or any(t and " ".join(after[:_TITLE_WORDS]) == t for t in titles)
            ):
                named.add(kind)
                break
    return frozenset(named)


@lru_cache(maxsize=4)  # one knowledge base's names, asked of every question
def _titled_kinds(names: tuple[str, ...]) -> list[tuple[str, re.Pattern[str], list[str]]]:
    """Each kind of the `names`, the pattern finding it as whole words, and the first words
    of its documents' titles."""
    titled: dict[str, list[str]] = {}
    for name in names:
        kind, _, title = name.partition(" | ")
        titled.setdefault(kind, []).append(" ".join(title.split()[:_TITLE_WORDS]))
    return [
        (kind, re.compile(rf"(?<= ){re.escape(kind)}(?= )"), titles)
        for kind, titles in titled.items()
    ]
