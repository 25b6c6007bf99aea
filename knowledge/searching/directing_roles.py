"""The people a question names as the ones who direct, not as those directed.

"chủ tịch ubnd yêu cầu những ai thực hiện" asks whom the chairman directs: the chairman
signs the request, and a part addressed to chairmen ("Chủ tịch Ủy ban nhân dân các huyện …
có trách nhiệm …") is not its answer. A role said before a verb of directing is its subject;
one said after it ("ubnd giao chủ tịch huyện làm gì") is the one directed."""

import re

# verbs by which one body or person directs others, folded
DIRECTING = re.compile(r" (?:yeu cau|chi dao|de nghi) ")


def directing_roles(said: str, roles: set[str]) -> set[str]:
    """Of the `roles` the folded, padded question `said` names, those it names only before a
    verb of directing."""
    verb = DIRECTING.search(said)
    if verb is None:
        return set()
    before, after = said[: verb.start() + 1], said[verb.start() :]
    return {role for role in roles if f" {role} " in before and f" {role} " not in after}
