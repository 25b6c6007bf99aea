"""A document named by the one it carries out: "còn cv theo chỉ thị 14 thì gửi ai" asks of
the letter resting on ("Căn cứ") Chỉ thị 14, not of the directive itself."""

import re

from handlers import currency
from handlers.followups.pointed_by_name import kinds_spelled
from knowledge import Document, KnowledgeBase
from knowledge.normalize import fold

# "cv theo chỉ thị 14", "kế hoạch thực hiện cv 8240", "văn bản của sở triển khai ct 14": a
# kind, perhaps its issuer, then a word of carrying out before the document carried out
_CARRYING = re.compile(
    r" (?P<kind>cong van|ke hoach|van ban)(?: cua(?: \w+){1,6}?)?"
    r" (?:theo|thuc hien|trien khai|huong ung|can cu) "
)


def carrying_out(text: str, kb: KnowledgeBase) -> Document | None:
    """The one document held of the kind the message names that rests on the document it
    names after a word of carrying out ("theo", "thực hiện"); None when none or several."""
    said = f" {kinds_spelled(text)} "
    found = _CARRYING.search(said)
    if found is None:
        return None
    named = currency.named_document(said[found.end() :], kb)
    if named is None:
        return None
    kind = found["kind"]
    carrying = [
        doc
        for doc in kb.documents
        if doc.id != named.id
        and (kind == "van ban" or fold(doc.kind).lower() == kind)
        and any(currency.named_document(basis, kb) is named for basis in doc.based_on)
    ]
    return carrying[0] if len(carrying) == 1 else None
