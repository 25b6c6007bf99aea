"""A document named by the one it carries out: "còn cv theo chỉ thị 14 thì gửi ai" asks of
the letter resting on ("Căn cứ") Chỉ thị 14, not of the directive itself; "tt hướng dẫn nó
số mấy" after the Điều lệ, of the circular guiding it."""

import re

from handlers import currency
from handlers.followups.pointed_by_name import kinds_spelled
from handlers.followups.resting_on import resting_on
from handlers.followups.topic_memory import DOCUMENT_KINDS
from handlers.named_things import CARRYING_OUT
from knowledge import Document, KnowledgeBase
from knowledge.normalize import fold

# "cv theo chỉ thị 14", "kế hoạch thực hiện cv 8240", "văn bản của sở triển khai ct 14": a
# kind, perhaps its issuer, then a word of carrying out before the document carried out
# (not "cv của bộ thì ai theo dõi": "theo dõi" follows up, "thì" ends what names it)
_CARRYING = re.compile(
    r" (?P<kind>cong van|ke hoach|van ban|thong tu|nghi dinh|quyet dinh)"
    r"(?: cua(?: (?!thi )\w+){1,6}?)?"
    rf" {CARRYING_OUT} "
)
# the last document pointed at after the word of carrying out: "nó", "đó", "điều lệ …"
_LAST_POINTED = re.compile(rf"^(?:no|do|nay|{'|'.join(DOCUMENT_KINDS)})\b")
# a document named by its kind and number ("chỉ thị 34"), held or not
_NUMBERED = re.compile(rf"\b(?:{'|'.join(DOCUMENT_KINDS)})(?: so)? \d")


def carrying_out(text: str, kb: KnowledgeBase, last: Document | None = None) -> Document | None:
    """The one document held of the kind the message names that rests on the document it
    names after a word of carrying out ("theo", "thực hiện", "hướng dẫn"), or on the `last`
    one when it names none by number ("tt hướng dẫn nó"); None when none or several."""
    said = f" {kinds_spelled(text)} "
    found = _CARRYING.search(said)
    if found is None:
        return None
    after = said[found.end() :]
    named = currency.named_document(after, kb)
    if named is None and _NUMBERED.search(after) is None and _LAST_POINTED.match(after):
        named = last
    if named is None:
        return None
    kind = found["kind"]
    carrying = [
        doc for doc in resting_on(named, kb) if kind == "van ban" or fold(doc.kind).lower() == kind
    ]
    return carrying[0] if len(carrying) == 1 else None
