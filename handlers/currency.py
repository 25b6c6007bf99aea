"""What is current: which campaigns are open now, and whether a document is still in force.

Campaign states come from knowledge/campaign_state.py (computed from the period and the
clock, never declared by hand); legal documents carry their own `effective`/`expires`
dates. Questions about what replaced an organisation are answered by search from the
reference note on the 2025 restructuring, which is a document like any other.
"""

import datetime as dt
import re

from bot.campaigns import campaign_label
from bot.messages import Choice, Reply
from knowledge import Document, KnowledgeBase
from knowledge.campaign_state import CampaignState, campaign_state
from knowledge.normalize import fold

NOW_WORDS = (
    "nam nay", "hien nay", "hien tai", "bay gio", "dang dien ra", "dang mo", "con mo",
    "dang ap dung", "moi nhat", "sap toi", "hien hanh", "luc nay",
)  # fmt: skip
IN_FORCE = re.compile(
    r"\b(con hieu luc|het hieu luc|con ap dung|con dung|con gia tri|hieu luc chua)\b"
)
NONE_OPEN = (
    "Hiện chưa có phong trào thi đua nào đang mở trong kho văn bản của tôi: các văn bản "
    "phong trào hiện có ({years}) đều đã kết thúc. Các cơ quan ban hành nay đã được sắp xếp "
    "lại (Bộ TN&MT nay là Bộ Nông nghiệp và Môi trường; tỉnh Kon Tum nhập vào tỉnh Quảng Ngãi, "
    "tỉnh Sóc Trăng nhập vào thành phố Cần Thơ từ 01/7/2025). Phong trào năm {year}, "
    "anh/chị theo dõi văn bản phát động mới của Sở, hoặc hỏi Văn phòng Sở."
)
OPEN = "Các phong trào đang mở ({day}):"
NOT_YET = "Hiện ({day}) chưa có phong trào thi đua nào đang mở; sắp mở:"


# "năm 2021 có mấy phong trào thi đua": how many campaigns, not what one document says
HOW_MANY = re.compile(r"\b(may|bao nhieu) (phong trao|dot thi dua|van ban phat dong)\b")
ONE_DOCUMENT = re.compile(r"\b(ke hoach|cong van|chi thi|van ban (do|nay)|nghi dinh|luat)\b")
UNCHECKED = "tôi chưa kiểm tra được ngày có hiệu lực của văn bản này."
COUNT = "Trong kho có {n} văn bản phát động phong trào thi đua{scope}:"


def asks_what_is_current(text: str) -> bool:
    folded = f" {fold(text)} "
    if IN_FORCE.search(folded):
        return True
    return " phong trao " in folded and any(f" {w} " in folded for w in NOW_WORDS)


def answer(text: str, kb: KnowledgeBase, now: dt.datetime) -> list[Reply] | None:
    """The answer to a question about what is current, or None for other questions."""
    folded = f" {fold(text)} "
    if IN_FORCE.search(folded):
        return _in_force(text, kb, now)
    if HOW_MANY.search(folded) and not ONE_DOCUMENT.search(folded):
        return _count_campaigns(folded, kb, now)
    this_year = f" {now.year} " in folded
    if " phong trao " in folded and (this_year or any(f" {w} " in folded for w in NOW_WORDS)):
        return open_campaigns(kb, now)
    return None


def open_campaigns(kb: KnowledgeBase, now: dt.datetime) -> list[Reply]:
    local = now.replace(tzinfo=None)
    campaigns = kb.campaigns()
    open_now = [d for d in campaigns if campaign_state(d, local).is_open]
    coming = [d for d in campaigns if campaign_state(d, local) is CampaignState.NOT_OPEN]
    if not open_now and coming:
        lines = [NOT_YET.format(day=f"{now:%d/%m/%Y}")]
        lines += [f"• {d.short_issuer} {d.period}: {d.title} (chưa mở)" for d in coming]
        choices = tuple(Choice(f"{d.short_issuer} {d.period}", f"campaign:{d.id}") for d in coming)
        return [Reply("\n".join(lines), choices)]
    if not open_now:
        years = sorted({d.year for d in campaigns})
        span = f"{years[0]}–{years[-1]}" if years else "chưa có"
        text = NONE_OPEN.format(years=span, year=now.year)
        return [Reply(text, (Choice("Xem các phong trào đã có", "/phongtrao"),))]
    lines = [OPEN.format(day=f"{now:%d/%m/%Y}")]
    for doc in open_now:
        state = campaign_state(doc, local).value
        lines.append(f"• {doc.short_issuer} {doc.period}: {doc.title} ({state})")
    choices = tuple(Choice(f"{d.short_issuer} {d.period}", f"campaign:{d.id}") for d in open_now)
    return [Reply("\n".join(lines), choices)]


def _count_campaigns(folded: str, kb: KnowledgeBase, now: dt.datetime) -> list[Reply] | None:
    """The campaigns of the years and the place the question names, counted and listed;
    None when it names none held (the refusal then says which year or place is missing)."""
    years = [int(y) for y in re.findall(r"(?<![\d/])(20\d\d)(?![\d/])", folded)]
    docs = [
        d
        for d in kb.campaigns()
        if not years or any(d.period_start <= y <= d.period_end for y in years)
    ]
    places = {fold(d.place) for d in docs} | {fold(d.short_issuer) for d in docs}
    named = [p for p in places if f" {p} " in folded]
    if named:
        docs = [d for d in docs if any(p in fold(f"{d.place} {d.short_issuer}") for p in named)]
    elif " bo " in folded:
        docs = [d for d in docs if d.issuer.startswith("Bộ")]
    if not docs:
        return None
    scope = f" năm {', '.join(map(str, years))}" if years else ""
    local = now.replace(tzinfo=None)
    lines = [COUNT.format(n=len(docs), scope=scope)]
    lines += [f"• {campaign_label(d)} ({campaign_state(d, local).value})" for d in docs]
    choices = tuple(Choice(f"{d.short_issuer} {d.period}", f"campaign:{d.id}") for d in docs)
    return [Reply("\n".join(lines), choices)]


def _in_force(text: str, kb: KnowledgeBase, now: dt.datetime) -> list[Reply] | None:
    doc = named_document(text, kb)
    if doc is None:
        # "các văn bản phong trào trong kho còn áp dụng không": which campaigns are open
        folded = f" {fold(text)} "
        if any(f" {w} " in folded for w in ("phong trao", "cac van ban", "van ban trong kho")):
            return open_campaigns(kb, now)
        return None
    if doc.is_law:
        return [Reply(_law_status(doc, now.date()))]
    state = campaign_state(doc, now.replace(tzinfo=None))
    return [
        Reply(
            f"{doc.name}: thời gian thực hiện {doc.period}, hiện {state.value}.",
            (Choice("Xem văn bản này", f"campaign:{doc.id}"),),
        )
    ]


def _law_status(doc: Document, today: dt.date) -> str:
    title = f"{doc.kind} số {doc.number}" if doc.number else doc.title
    if doc.effective is None:
        # Its note says what the sources show of it ("Chưa thấy văn bản thay thế: …"), which
        # answers "còn áp dụng không" though its date is unchecked.
        line = f"{title}: {doc.note}" if doc.note else f"{title}: {UNCHECKED}"
        return f"{line}\n⚠️ {doc.caveat}" if doc.caveat else line
    if doc.in_force_on(today):
        status = f"đang có hiệu lực (từ {doc.effective:%d/%m/%Y})"
    elif doc.expires and today >= doc.expires:
        status = f"đã hết hiệu lực từ {doc.expires:%d/%m/%Y}"
        if doc.replaced_by:
            status += f", thay bằng {doc.replaced_by}"
    else:
        status = f"chưa có hiệu lực (có hiệu lực từ {doc.effective:%d/%m/%Y})"
    line = f"{title} {status}."
    return f"{line}\n⚠️ {doc.caveat}" if doc.caveat else line


def named_document(text: str, kb: KnowledgeBase) -> Document | None:
    """The document whose number ("152/2025", "14/CT-UBND") or short number the question names."""
    folded = fold(text)
    numbers, by_lead = kb.derived("document numbers", lambda: _document_numbers(kb))
    # Either way of naming a document has its number's lead ("14") in the question: only
    # those documents are looked at (thousands of documents: one pass was ~0.1 s).
    places = sorted(i for lead, found in by_lead.items() if lead in folded for i in found)
    for doc, number, lead, year in (numbers[i] for i in places):
        if number in folded or (
            re.search(rf"\b{re.escape(lead)}\b", folded)
            and (year is None or year in folded or "/" not in folded)
        ):
            return doc
    return None


_Numbered = tuple[Document, str, str, str | None]  # the document, its folded number, lead, year


def _document_numbers(kb: KnowledgeBase) -> tuple[list[_Numbered], dict[str, list[int]]]:
    """The numbered documents in order, and their places by their number's lead."""
    numbers: list[_Numbered] = []
    by_lead: dict[str, list[int]] = {}
    for doc in kb.documents:
        if not doc.has_number or not doc.number:
            continue
        number = fold(doc.number)
        lead = number.split("/", 1)[0]
        year = re.search(r"/(\d{4})/", number)
        by_lead.setdefault(lead, []).append(len(numbers))
        numbers.append((doc, number, lead, year.group(1) if year else None))
    return numbers, by_lead
