"""What is current: which campaigns are open now, and whether a document is still in force.

Campaign states come from knowledge/campaign_state.py (computed from the period and the
clock, never declared by hand); legal documents carry their own `effective`/`expires`
dates. Questions about what replaced an organisation are answered by search from the
reference note on the 2025 restructuring, which is a document like any other.
"""

import datetime as dt
import re

from bot.campaigns import campaign_label, taken_over
from bot.messages import Choice, Reply
from handlers.phone_answer import citation
from handlers.refusals import Refusal, changes_held
from knowledge import Document, KnowledgeBase, Passage
from knowledge.campaign_state import CampaignState, campaign_state
from knowledge.documents import vn_date
from knowledge.held import law_not_held, named_years
from knowledge.normalize import fold, folded_words
from knowledge.titles import amendment_status
from knowledge.titles_answers import ASKS_REPLACED_LIST, names_law, words

NOW_WORDS = (
    "nam nay", "hien nay", "hien tai", "bay gio", "dang dien ra", "dang mo", "con mo",
    "dang ap dung", "moi nhat", "sap toi", "hien hanh", "luc nay", "nam sau", "nam toi",
    "sang nam",
)  # fmt: skip
# "năm sau có phong trào gì": next year's launch is the one to watch for
NEXT_YEAR = ("nam sau", "nam toi", "sang nam")
# "thay bằng nđ nào", "được thay thế bởi văn bản gì": what replaced a text, which is whether
# it is still in force (what a text replaced is its own particular: knowledge/titles_answers.py)
# ("nđ nào thay", "văn bản nào thay thế nó": the same asked with the text first; not "văn
# bản nào thay đổi mức thưởng", which asks what changed it)
REPLACED_BY = re.compile(
    r"\bthay( the)? (bang|boi)( (van ban|nghi dinh|nd|thong tu|tt|luat|cai))? (nao|gi|j)\b"
    r"|\b(van ban|vb|nghi dinh|nd|thong tu|tt|luat|cai) (nao|gi|j) (da |se |duoc )?thay( the)?\b(?! doi)"
)
# Asked since when a text is in force ("có hiệu lực khi nào", "từ ngày nào có hiệu lực")
EFFECT_WHEN = re.compile(
    r"\bhieu luc (?:thi hanh )?(?:tu )?(?:khi nao|bao gio|ngay nao|luc nao|thoi diem nao)\b"
    r"|\b(?:tu )?(?:khi nao|bao gio|ngay nao)\b(?: \S+){0,6}? (?:co |bat dau co )?hieu luc\b"
)
# The kinds of legal text as staff name them before a number, and how they are written
_KIND_NAMES = {
    "luat": "Luật", "nghi dinh": "Nghị định", "nd": "Nghị định", "thong tu": "Thông tư",
    "tt": "Thông tư", "quyet dinh": "Quyết định", "qd": "Quyết định", "chi thi": "Chỉ thị",
    "nghi quyet": "Nghị quyết",
}  # fmt: skip
_TEXT_KINDS = "|".join(_KIND_NAMES)
# ("làm hết hiệu lực nghị định nào" asks what a text repealed: knowledge/titles_answers.py)
IN_FORCE = re.compile(
    r"\b(con hieu luc|(?<!lam )het hieu luc|con ap dung|con dung|con gia tri|hieu luc chua"
    r"|(da )?ket thuc (chua|roi)|con (thuc hien|trien khai|dien ra) (khong|ko|k|nua)"
    r"|con duoc (ap dung|thuc hien)"
    # "có bị sửa đổi chưa", "còn nguyên hiệu lực không hay đã sửa": amended since
    r"|(bi|da|duoc) sua( doi)?|sua doi (gi )?(chua|khong|ko|roi)|con nguyen( hieu luc)?"
    # "đã bị thay thế chưa", "có văn bản thay thế chưa": replaced since (not "đã thay thế
    # nghị định nào", what it replaced)
    r"|bi thay the|(co|da co) (van ban )?thay the (chua|khong|ko)"
    # "đã bị thay chưa", "bị thay rồi à": the same, "thế" left out as people type
    r"|bi thay (chua|khong|ko|k|roi)"
    # "bị bãi bỏ chưa", "bị bỏ rồi à": repealed since (not "bị bỏ lại phía sau")
    r"|bi (bai )?bo (chua|khong|ko|k|roi)|bai bo (chua|roi)"
    # "hồ sơ giờ còn theo nđ 98/2023 ko": still the text to go by, asked at the end
    r"|con (lam |ap dung |xet )?theo( \S+){1,5} (khong|ko|k|nua)(?=\W*$)"
    # "nđ 98/2023 giờ còn không": a text named by its number, asked whether it still stands
    rf"|\b(?:{_TEXT_KINDS})(?: so)? \d+(?:/\d{{4}})?"
    r"\S* (?:bay gio |gio |hien nay |nay )?con (?:khong|ko|k)(?=\W*$))\b"
)
NONE_OPEN = (
    "Hiện chưa có phong trào thi đua nào đang mở trong kho văn bản của tôi: các văn bản "
    "phong trào hiện có ({years}) đều đã kết thúc.{changes} Phong trào năm {year}, "
    "anh/chị theo dõi văn bản phát động mới của Sở, hoặc hỏi Văn phòng Sở."
)
# What became of the issuers, in the words of the restructuring note's headings.
CHANGES = " Các cơ quan ban hành nay đã được sắp xếp lại: {changes}."
OPEN = "Các phong trào đang mở ({day}):"
NOT_YET = "Hiện ({day}) chưa có phong trào thi đua nào đang mở; sắp mở:"
# "năm sau có phong trào gì", "năm 2027 có phong trào nào": none of that year is held yet.
YEAR_NOT_HELD = "Kho văn bản của tôi chưa có văn bản phát động phong trào thi đua năm {year}."
OF_YEAR = "Các phong trào thi đua năm {year} trong kho:"


# "năm 2021 có mấy phong trào thi đua": how many campaigns, not what one document says
HOW_MANY = re.compile(r"\b(may|bao nhieu) (phong trao|dot thi dua|van ban phat dong)\b")
ONE_DOCUMENT = re.compile(r"\b(ke hoach|cong van|chi thi|van ban (do|nay)|nghi dinh|luat)\b")
# "trọng tâm mấy phong trào của TTg", "nhắc mấy phong trào": the campaigns a text names (the
# ones another launched, those it puts first), not how many documents launch one
NAMED_IN_TEXT = re.compile(r"\b(trong tam|thu tuong|ttg|nhac|neu|de cap|ke ten)\b")
UNCHECKED = "tôi chưa kiểm tra được ngày có hiệu lực của văn bản này."
COUNT = "Trong kho có {n} văn bản phát động phong trào thi đua{scope}:"
# What a campaign sets out, asked of this year without naming a document ("mục tiêu năm nay
# là gì", "chủ đề thi đua năm nay"): this year's campaign; when none is held, what is open
CAMPAIGN_PARTICULARS = re.compile(
    r"\b(muc tieu|chi tieu|chu de|khau hieu|(noi dung|tieu chi|ke hoach) thi dua)\b"
)


def asks_what_is_current(text: str) -> bool:
    folded = f" {fold(text)} "
    if ASKS_REPLACED_LIST.search(folded):  # what a text repealed is its own particular
        return False
    if IN_FORCE.search(folded) or REPLACED_BY.search(folded):
        return True
    return " phong trao " in folded and any(f" {w} " in folded for w in NOW_WORDS)


def answer(
    text: str, kb: KnowledgeBase, now: dt.datetime, said: str = ""
) -> list[Reply] | Refusal | None:
    """The answer to a question about what is current, a refusal when it asks of what the
    knowledge base does not hold (a text, a year), or None for other questions. `said`: the
    message itself, when `text` is a follow-up read with the conversation."""
    folded = f" {fold(text)} "
    if ASKS_REPLACED_LIST.search(folded):
        return None
    repealed = _of_repealed_effect(text, said or text, kb)
    if IN_FORCE.search(folded) or REPLACED_BY.search(folded) or repealed:
        return _in_force(text, kb, now)
    if EFFECT_WHEN.search(folded):
        # "nđ 129 có hiệu lực khi nào": of a text whose date of effect the sources do not
        # give, what they show of it (its opening tells only when it was signed)
        doc = named_document(text, kb) or the_law(text, kb)
        if doc is not None and doc.is_law and doc.effective is None:
            return [Reply(_law_status(doc, now.date()))]
    # a document named by its kind, even abbreviated ("cv bộ 2021 nhắc mấy phong trào"):
    # how many campaigns it speaks of is in its text
    if (
        HOW_MANY.search(folded)
        and not ONE_DOCUMENT.search(folded)
        and not NAMED_IN_TEXT.search(folded)
        and not kb.index.named_kinds(text)
    ):
        return _count_campaigns(folded, kb, now)
    if " phong trao " not in folded:
        return open_campaigns(kb, now) if _asks_this_years_campaign(text, kb, now) else None
    later = _later_year(folded, now)
    if later is not None:
        return _of_year(kb, now, later)
    if f" {now.year} " in folded or any(f" {w} " in folded for w in NOW_WORDS):
        return open_campaigns(kb, now)
    return None


# Of a text's effect: "có hiệu lực từ khi nào", "vẫn dẫn … làm căn cứ, có sai không"
_EFFECT_ASKED = re.compile(r"\b(?:hieu luc|lam can cu)\b")


def _of_repealed_effect(text: str, said: str, kb: KnowledgeBase) -> bool:
    """Whether the question asks of the effect of a text a held one repealed, naming no held
    one ("nđ 98/2023 có hiệu lực từ khi nào", "đơn vị em vẫn dẫn nđ 98/2023 làm căn cứ, có sai
    không"): since when it is out of force answers it. The message itself (`said`) names it
    ("thế còn nđ 98/2023 thì sao"), not only what "nó" was read as."""
    return (
        _EFFECT_ASKED.search(fold(text)) is not None
        and repealed_named(said, kb) is not None
        and named_document(text, kb) is None
        and named_law(text, kb) is None  # ("luật tđkt mới thay luật 2003 có hiệu lực …")
    )


def _asks_this_years_campaign(text: str, kb: KnowledgeBase, now: dt.datetime) -> bool:
    """Whether the question asks what this year's campaign sets out, naming no document,
    when the documents hold no campaign of this year (one held is the search's to find)."""
    folded = f" {folded_words(text)} "
    return (
        " nam nay " in folded
        and CAMPAIGN_PARTICULARS.search(folded) is not None
        and not ONE_DOCUMENT.search(folded)
        and not kb.index.named_kinds(text)
        and not any(d.period_start <= now.year <= d.period_end for d in kb.campaigns())
    )


def _later_year(folded: str, now: dt.datetime) -> int | None:
    """The year after this one that the question asks of ("năm sau", "năm 2027"), if any."""
    if any(f" {w} " in folded for w in NEXT_YEAR):
        return now.year + 1
    return next((y for y in named_years(folded) if y > now.year), None)


def _of_year(kb: KnowledgeBase, now: dt.datetime, year: int) -> list[Reply] | Refusal:
    """The campaigns of a later year, when the documents hold one; else that they do not
    yet, and what is open now (a refusal: the office sees that it was asked for)."""
    docs = [d for d in kb.campaigns() if d.period_start <= year <= d.period_end]
    if docs:
        local = now.replace(tzinfo=None)
        lines = [OF_YEAR.format(year=year)]
        lines += [f"• {campaign_label(d)} ({campaign_state(d, local).value})" for d in docs]
        choices = tuple(Choice(f"{d.short_issuer} {d.period}", f"campaign:{d.id}") for d in docs)
        return [Reply("\n".join(lines), choices)]
    now_open = open_campaigns(kb, now, year)[0]
    said = f"{YEAR_NOT_HELD.format(year=year)}\n{now_open.text}"
    return Refusal("not_held", [Reply(said, now_open.choices)])


def open_campaigns(kb: KnowledgeBase, now: dt.datetime, year: int | None = None) -> list[Reply]:
    """The campaigns open now, else those coming, else that none is: the launch of `year`
    (by default this year's) is the one to watch for."""
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
        held = changes_held(kb)
        changes = CHANGES.format(changes=held) if held else ""
        text = NONE_OPEN.format(years=span, changes=changes, year=year or now.year)
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


def _in_force(text: str, kb: KnowledgeBase, now: dt.datetime) -> list[Reply] | Refusal | None:
    repealed = _repealed(text, kb)
    if repealed is not None:
        return [Reply(repealed)]
    doc = named_document(text, kb) or the_law(text, kb) or _named_campaign(text, kb)
    if doc is None and (unheld := unheld_text(text)) is not None:
        return _unheld_status(unheld, kb, now.date())
    if doc is None:
        # "các văn bản phong trào trong kho còn áp dụng không": which campaigns are open
        folded = f" {fold(text)} "
        if any(f" {w} " in folded for w in ("phong trao", "cac van ban", "van ban trong kho")):
            return open_campaigns(kb, now)
        return None
    if doc.is_law:
        return [Reply(_law_status(doc, now.date()))]
    state = campaign_state(doc, now.replace(tzinfo=None))
    line = f"{doc.name}: thời gian thực hiện {doc.period}, hiện {state.value}."
    successor = taken_over(doc) if state is CampaignState.ENDED else None
    if successor is not None:  # who took over answers "then what applies now"
        line += f" {successor}"
    return [Reply(line, (Choice("Xem văn bản này", f"campaign:{doc.id}"),))]


def _law_status(doc: Document, today: dt.date) -> str:
    title = f"{doc.kind} số {doc.number}" if doc.number else doc.title
    if doc.effective is None:
        # Its note says what the sources show of it ("Chưa thấy văn bản thay thế: …"), which
        # answers "còn áp dụng không" though its date is unchecked.
        line = f"{title}: {doc.note}" if doc.note else f"{title}: {UNCHECKED}"
        return f"{line}\n⚠️ {doc.caveat}" if doc.caveat else line
    if doc.in_force_on(today):
        status = f"đang có hiệu lực (bắt đầu có hiệu lực từ ngày {vn_date(doc.effective)})"
    elif doc.expires and today >= doc.expires:
        status = f"đã hết hiệu lực từ {vn_date(doc.expires)}"
        if doc.replaced_by:
            status += f", thay bằng {doc.replaced_by}"
    else:
        status = f"chưa có hiệu lực (có hiệu lực từ {vn_date(doc.effective)})"
    line = f"{title} {status}."
    # "còn nguyên hiệu lực không hay đã sửa": an amendment said to be in force since
    amended = amendment_status(doc.number or "", today.isoformat())
    if amended:
        return "\n".join((line, *(f"⚠️ {a}" for a in amended)))
    return f"{line}\n⚠️ {doc.caveat}" if doc.caveat else line


# A legal text named by its kind and number ("nghị định 91/2017", "tt 12/2019/tt-bnv")
_TEXT_NAMED = re.compile(rf"\b({_TEXT_KINDS})( so)? (\d+/\d{{4}}(/[a-z-]+)?)")
_NO_LONGER = re.compile(r"\b(khong con ap dung|het hieu luc|bi thay the|bai bo)\b")
UNHELD = "Kho văn bản của tôi chưa có {name}, nên tôi chưa kiểm tra được hiệu lực của văn bản này."
FOUND_ENDED = "Theo kho văn bản, {name} không còn hiệu lực:"
IN_FORCE_NOW = "Văn bản về thi đua, khen thưởng đang có hiệu lực trong kho: {laws}."
CHECK_IT = (
    "Anh/chị có thể tra trên Cơ sở dữ liệu quốc gia về văn bản pháp luật hoặc hỏi Văn phòng Sở."
)


def unheld_text(text: str) -> tuple[str, str] | None:
    """The legal text a question names by kind and number, as (its name, its folded number)."""
    found = _TEXT_NAMED.search(fold(text))
    if found is None:
        return None
    number = found.group(3)
    # the kind's letters of the number with their đ: "NĐ-CP", "QĐ-UBND"
    written = re.sub(r"\b(N|Q)D-", r"\1Đ-", number.upper())
    return f"{_KIND_NAMES[found.group(1)]} {written}", number


def _unheld_status(
    unheld: tuple[str, str], kb: KnowledgeBase, today: dt.date
) -> list[Reply] | Refusal:
    """Whether a text the knowledge base does not hold is in force: what a held document says
    of it (an editors' note that it no longer applies), else that it is unchecked, with the
    texts in force and where to check (a refusal: the office sees the text was asked for)."""
    name, number = unheld
    # the number itself, not the end of a longer one ("1/2017" in "91/2017")
    cited = re.compile(rf"(?<![\d/]){re.escape(number)}(?!\d)")
    for passage in _law_passages(kb):
        if number not in fold(passage.text):
            continue
        said = [
            s.strip()
            for s in _SENTENCE_END.split(passage.text)
            if cited.search(fold(s)) and _NO_LONGER.search(fold(s))
        ]
        if said:
            return [Reply(f"{FOUND_ENDED.format(name=name)}\n“{said[0]}”\n\n{citation(passage)}")]
    laws = [
        f"{d.kind} số {d.number} (từ {vn_date(d.effective)})"
        for d in kb.documents
        if d.is_law and d.effective is not None and d.in_force_on(today) and d.number
    ]
    lines = [UNHELD.format(name=name)]
    if laws:
        lines.append(IN_FORCE_NOW.format(laws="; ".join(laws)))
    lines.append(CHECK_IT)
    return Refusal("not_held", [Reply(" ".join(lines))])


# The kind of a repealed text, by the sign its number ends with ("15/2003/QH11": a law).
_KIND_WORDS = {"qh": ("luat",), "nd-cp": ("nghi dinh", "nd"), "tt": ("thong tu", "tt")}
_NUMBER = re.compile(r"(\d+)/(\d{4})/([a-z-]+)")
_REPEALS = re.compile(r"\b(het hieu luc|thay the)\b")
# after a full stop, not an item's number ("1. "), and before an item's number
_SENTENCE_END = re.compile(r"(?<=\D\.)\s+|\s+(?=\d{1,2}\.\s)|\n+")
_HAS_ENDED = re.compile(r"\bhet hieu luc\b")  # the article on effect, before a mention
_NOTE_LABEL = re.compile(r"^\s*Ghi chú(?:\s*\([^)]*\))?:\s*")  # an editors' note's label
# (the repealed text as named, its number's lead and year, its kind's words, the passage
# of the repealing document that names it)
Repealed = tuple[str, str, str, tuple[str, ...], Passage]


def _repealed(text: str, kb: KnowledgeBase) -> str | None:
    """ "Luật thi đua 2003 còn áp dụng không": a text that a document in the knowledge base
    repealed, with the passage of the repealing document that says so."""
    found = repealed_named(text, kb)
    if found is None:
        return None
    old, lead, year, _, passage = found
    doc = passage.doc
    since = f" từ {vn_date(doc.effective)}" if doc.effective else ""
    # the sentence of the knowledge base stating since when it is out of force, as written
    # ("Nghị định 98/2023/NĐ-CP hết hiệu lực từ 01/7/2025; …"), else the same in our words
    line = _stated_end(kb, f"{lead}/{year}/") or (
        f"{old} đã hết hiệu lực{since}, thay bằng {doc.kind} số {doc.number}."
    )
    return f"{line}\n{_saying(passage, f'{lead}/{year}/')}\n\n{citation(passage)}"


# "… hết hiệu lực từ 01/7/2025", "… hết hiệu lực kể từ ngày 01 tháng 7 năm 2025": a date said
_ENDED_ON = re.compile(r"\bhet hieu luc (tu|ke tu) (ngay )?\d")


def _stated_end(kb: KnowledgeBase, cited: str) -> str | None:
    """The sentence of a legal passage or note that states, with its date, since when the
    text of that number (its lead and year: "98/2023/") is out of force; an editors' note
    is given without its label."""
    for passage in _law_passages(kb):
        if cited not in fold(passage.text):
            continue
        for sentence in _SENTENCE_END.split(passage.text):
            if cited in fold(sentence) and _ENDED_ON.search(fold(sentence)):
                return _NOTE_LABEL.sub("", sentence).strip()
    return None


def replacing(text: str, kb: KnowledgeBase) -> Document | None:
    """The document that repealed the text the question names ("nđ 98/2023 còn hiệu lực
    không": Nghị định 152/2025), which "văn bản thay thế" in the next question means."""
    found = repealed_named(text, kb)
    return found[4].doc if found is not None else None


def repealed_name(text: str, kb: KnowledgeBase) -> str | None:
    """The repealed text the question names, as the document repealing it names it."""
    found = repealed_named(text, kb)
    return found[0] if found is not None else None


def repealed_named(text: str, kb: KnowledgeBase) -> Repealed | None:
    """The repealed text the question names by its number ("98/2023", "nđ 98") or by its
    kind and year ("luật … 2003")."""
    folded = f" {fold(text)} "
    for found in repeals(kb):
        _, lead, year, kinds, passage = found
        named = (
            f" {lead}/{year}" in folded
            or any(re.search(rf" {k} (so )?{lead}\b(?!/)", folded) for k in kinds)
            or (
                f" {year} " in folded
                and any(f" {k} " in folded for k in kinds)
                and f" {passage.doc.year} " not in folded
            )
        )
        if named:
            return found
    return None


def _saying(passage: Passage, cited: str) -> str:
    """The sentence of the passage that repeals the text (else the first that names it),
    quoted; an editors' note is not the text's own words."""
    sentences = [
        s
        for s in _SENTENCE_END.split(passage.text)
        if cited in fold(s) and not s.lstrip().startswith("Ghi chú")
    ]
    sentences.sort(key=lambda s: not _REPEALS.search(fold(s)))
    return f"“{sentences[0].strip()}”" if sentences else ""


def repeals(kb: KnowledgeBase) -> list[Repealed]:
    """Each text a document of the knowledge base replaced, with the passage repealing it."""
    return kb.derived("repealed texts", lambda: _repeals(kb))


def _repeals(kb: KnowledgeBase) -> list[Repealed]:
    found: list[Repealed] = []
    for doc in kb.documents:
        for old in doc.replaces:
            number = _NUMBER.search(fold(old))
            if number is None:
                continue
            lead, year, sign = number.groups()
            kinds = next((k for s, k in _KIND_WORDS.items() if sign.startswith(s)), ())
            cited = f"{lead}/{year}/"
            naming = [p for p in _law_passages(kb) if p.doc is doc and cited in fold(p.text)]
            # the passage that repeals it, rather than one that only names it
            naming.sort(key=lambda p: not _HAS_ENDED.search(fold(p.text)))
            if naming:
                found.append((old, lead, year, kinds, naming[0]))
    return found


def _law_passages(kb: KnowledgeBase) -> list[Passage]:
    """The passages of the legal documents and notes: what may say a text is in force or not
    (a few dozen, looked through without going over thousands of campaign letters)."""
    return kb.derived("law passages", lambda: [p for p in kb.passages if p.doc.is_law])


# "luật tđkt hiện hành là luật nào", "luật nào đang có hiệu lực": which law is the one in force,
# asked first (after polite words: "cho em hỏi luật …")
_OPENING_WORDS = ("cho", "em", "hoi", "xin", "ad", "oi", "a", "vay", "the", "anh", "chi")
_CURRENT_LAW = re.compile(
    rf"^(?:(?:{'|'.join(_OPENING_WORDS)}) )*luat\b(?P<named>(?: \w+){{0,4}}?)"
    r" (?:hien hanh|hien nay|hien tai|bay gio|moi nhat) la (?:luat )?(?:nao|gi|j)\b"
    r"|^(?:\w+ ){0,3}?luat nao (?:dang |con )?(?:co )?hieu luc\b"
)


def current_law(text: str, kb: KnowledgeBase) -> tuple[Passage, int] | None:
    """The opening of the law held (its number, when it was passed, since when it applies,
    what it replaced) when the question asks which law, named or not, is the one in force
    ("luật tđkt hiện hành là luật nào"); not what the law in force says ("tiêu chuẩn … theo
    luật hiện nay là gì") nor a law not held ("luật giáo dục hiện nay là luật nào")."""
    asked = _CURRENT_LAW.search(words(text))
    if asked is None:
        return None
    # ("luật hiện hành là luật nào": the one law held; a law named, or asked "luật nào đang có
    # hiệu lực về …", only that law by its name)
    bare = asked["named"] == "" and asked[0].endswith(("nao", "gi", "j"))
    law = the_law(text, kb) if bare else named_law(text, kb)
    if law is None:
        return None
    return opening(law, kb)


def opening(doc: Document, kb: KnowledgeBase) -> tuple[Passage, int] | None:
    """The document's opening passage and its position, if it has one."""
    return next(
        ((p, i) for i, p in enumerate(kb.passages) if p.doc is doc and p.kind == "intro"), None
    )


# "luật" alone, not the word of "kỷ luật", "pháp luật", "bộ luật", "quy luật"
_LAW_ALONE = re.compile(r"(?<!\bky )(?<!\bphap )(?<!\bbo )(?<!\bquy )\bluat\b")


def the_law(text: str, kb: KnowledgeBase) -> Document | None:
    """The law the question names, or "luật" alone ("nghe nói luật đã sửa …") when one law
    is held."""
    named = named_law(text, kb)
    if named is not None or not _LAW_ALONE.search(words(text)) or law_not_held(text, kb):
        return named  # (not "luật cán bộ, công chức đã sửa đổi chưa": a law not held)
    held = [d for d in kb.laws() if d.category == "law" and fold(d.kind) == "luat"]
    return held[0] if len(held) == 1 else None


def named_law(text: str, kb: KnowledgeBase) -> Document | None:
    """The legal text a question names by its short title or its initials ("điều lệ sáng
    kiến", "luật tđkt"), which has no number to find it by."""
    padded = f" {words(text)} "
    return next((d for d in kb.laws() if d.category == "law" and names_law(padded, d)), None)


def _plain(name: str) -> str:
    return fold(name).replace("&", "")  # "Bộ TN&MT" as typed: "bo tnmt"


def _campaign_names(kb: KnowledgeBase) -> list[tuple[Document, tuple[str, ...]]]:
    """Each campaign with its place and issuer as staff type them."""
    return [(d, tuple(_plain(w) for w in (d.place, d.short_issuer) if w)) for d in kb.campaigns()]


def _named_campaign(text: str, kb: KnowledgeBase) -> Document | None:
    """The campaign a question names by its year and its place or issuer ("phong trào năm
    2022 của Sóc Trăng"), the best ranked when several match."""
    folded = f" {_plain(text)} "
    years = named_years(folded)
    if not years:
        return None
    names = kb.derived("campaign names", lambda: _campaign_names(kb))
    docs = [
        d
        for d, plain in names
        if any(d.period_start <= y <= d.period_end for y in years)
        and any(f" {w} " in folded for w in plain)
    ]
    if len(docs) > 1:
        ranked = [h.passage.doc for h in kb.search(text) if h.passage.doc in docs]
        return ranked[0] if ranked else docs[0]
    return docs[0] if docs else None


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


# "Không còn cấp huyện từ ngày 01/7/2025": a level the restructuring note says is gone, by
# its heading (the office may add another such heading to the note).
_GONE_HEADING = re.compile(r"^khong con cap (\w+)\b")
# Words that may stand beside a gone level in a question asking whether it is still there:
# the bodies of that level and their heads ("phòng tnmt huyện", "chủ tịch ubnd huyện") …
_OF_LEVEL = frozenset(
    "cap phong ban uy nhan dan ubnd tai nguyen va moi truong tnmt don vi hanh chinh chinh"
    " quyen cac may nhung do nay chu tich pho truong"
    # … also named as a document's addressees: "phòng tnmt các huyện mà cv gửi tới"
    " ma cv cong van vb gui toi den".split()
)
# … and words asking, of now, or polite ("giờ còn huyện ko ad", "cấp huyện đã bị bỏ chưa"),
# or by which resolution ("còn bỏ cấp huyện theo nq nào": the note's passage cites it).
_OF_ASKING = frozenset(
    "con ton tai bo bi da bai xoa giai the hoat dong nua chua khong k roi thi sao ra nao gio"
    " dung tu bao khi"  # "… đúng không, từ bao giờ", "từ khi nào"
    " bay hien nay luc truoc kia day o a ha nhi nhe vay ad oi co duoc the"
    " theo nq nghi quyet cua qh quoc hoi".split()
)
# Whether it is still there: "còn … không", "giờ còn", "tồn tại", "bị bỏ", "giải thể"
_STILL_THERE = re.compile(
    r"\b(ton tai|bo|giai the|hoat dong|con( \w+){0,5} (khong|k|chua|nua)$"
    r"|(gio|nay|bay gio|hien nay|hien gio) con\b|con$)"
)
# "cấp huyện thì sao" after the note on provinces: what became of it too
_WHAT_OF = re.compile(r"\b(thi sao|ra sao|the nao)$")
# "còn cấp huyện thì bây giờ thế nào": what became of it, asked of now whatever was read
_NOW_WHAT = re.compile(r"\b(bay gio|gio|hien nay|hien gio|nay) (thi )?(the nao|ra sao|sao)$")
_CLAUSE_END = re.compile(r"[,;.?!]+")
_POINTED_BODIES = frozenset("phong so ubnd cap ban huyen".split())  # "phòng đó", "cấp đó"
_SINCE = re.compile(r"\btu (?:bao gio|khi nao|luc nao|ngay nao)\b")  # "từ bao giờ"


def _points_to_body(said: list[str]) -> bool:
    """Whether the folded words point with "đó" at a body ("phòng đó"; not "cv đó")."""
    return any(w == "do" and said[i - 1] in _POINTED_BODIES for i, w in enumerate(said) if i)


def _since_of_none(
    both: list[str], last: list[str], levels: dict[str, tuple[Passage, int]]
) -> bool:
    """Whether two clauses ask since when, the last naming no level ("…, từ bao giờ")."""
    return levels.keys().isdisjoint(last) and bool(_SINCE.search(" ".join(both)))


_POLITE_END = frozenset("a ad ha nhi nhe oi vay day".split())  # "… không ạ", "… ko ad"


def level_gone(text: str, kb: KnowledgeBase, of_note: bool = False) -> tuple[Passage, int] | None:
    """The restructuring note's passage on a level of government that is gone, when the
    question (its last clause) asks whether that level or a body of it is still there
    ("giờ còn huyện ko", "phòng huyện giờ còn?", "cấp huyện đã bị bỏ chưa"); "… thì sao"
    only when the conversation is on the note (`of_note`): after a title's authority it
    asks what that level may award."""
    found = _level_gone(text, kb, of_note)
    spelled = kb.spelled(text) if found is None else text
    # (else with typos mended: "cấp huyện bỏ rồi đúng khôg")
    return found if spelled == text else _level_gone(spelled, kb, of_note)


def _level_gone(text: str, kb: KnowledgeBase, of_note: bool) -> tuple[Passage, int] | None:
    """`level_gone` of the question as written here."""
    clauses = [c for c in _CLAUSE_END.split(text) if c.strip()]
    said = folded_words(clauses[-1]).split() if clauses else []
    levels = kb.derived("gone levels", lambda: _gone_levels(kb))
    before = folded_words(clauses[-2]).split() if len(clauses) > 1 else []
    if before and (_points_to_body(said) or _since_of_none([*before, *said], said, levels)):
        # "cv gửi phòng tnmt các huyện, mà giờ còn phòng đó ko": the body the clause before
        # names is the one pointed at; "cấp huyện bỏ rồi đúng không, từ bao giờ", "cấp huyện
        # bị bỏ từ khi nào, theo nghị quyết nào": the level the clause before names
        said = [*before, *said]
    for level, found in levels.items():
        if level not in said or not all(
            w in _OF_LEVEL or w in _OF_ASKING or w == level for w in said
        ):
            continue
        while len(said) > 1 and said[-1] in _POLITE_END:
            said = said[:-1]
        asked = " ".join(said)
        if (
            _STILL_THERE.search(asked)
            or _NOW_WHAT.search(asked)
            or (of_note and _WHAT_OF.search(asked))
        ):
            return found
    return None


def _gone_levels(kb: KnowledgeBase) -> dict[str, tuple[Passage, int]]:
    """The levels the reference notes head as gone ("huyen"), with the passage saying so."""
    found: dict[str, tuple[Passage, int]] = {}
    for position, passage in enumerate(kb.passages):
        gone = _GONE_HEADING.match(fold(passage.section))
        if passage.doc.category == "reference" and gone is not None:
            found.setdefault(gone.group(1), (passage, position))
    return found


# "Bộ đã ban hành công văn thi đua năm 2021", "sở ra kế hoạch 2022": a body described by the
# document it issued (its noun, the kind, the year), whose name is then known; after a body
# named in full ("sở tnmt kon tum ban hành công văn năm 2021"), the words only say which
_KIND_SAID = r"cong van|cv|ke hoach|kh|chi thi|ct|van ban|vb"
_ISSUER_DESCRIBED = re.compile(
    r"(?:\b(bo|so|ubnd|uy ban nhan dan|co quan))?(?: da)? (?:ban hanh|ra|phat dong|ky)"
    rf"(?: cac| nhung)? ({_KIND_SAID})((?: \w+){{0,4}}?)"
    r" (?:nam )?(20\d\d)\b"
)
# … or by its number, whose letters after the slash name a ministry's or department's body
# ("8240/BTNMT-TĐKTTT": "btnmt"; not "3510/KH-UBND", whose letters are the kind's)
_ISSUER_NUMBERED = re.compile(
    r"\b(?:co quan|bo|so|don vi|noi)(?: da)? (?:ban hanh|ra|ky|phat hanh)"
    rf" (?:{_KIND_SAID}|quyet dinh|qd)(?: so)? \d+ ([bs][a-z]{{2,}})\b"
    r"(?: [a-z]+)?"
)
# … or named after "do" ("công văn 2021 do bộ tnmt ban hành"), asked what it is now ("nay
# thuộc đâu") or, pointed at, whether it still is ("giờ bộ này còn không"; not "giờ còn hiệu
# lực không", of the letter)
_ISSUED_BY = re.compile(
    r"\bdo ((?:bo|so|ubnd|uy ban nhan dan)(?: \w+){1,6}?) (?:ban hanh|phat dong|ky)\b"
)
_BODY_POINTED_NOW = re.compile(r"\b(?:bo|so|ubnd|co quan) (?:nay|do|ay) (?:con|la|thuoc|doi)\b")
_KIND_LETTERS = {"cv": "cong van", "kh": "ke hoach", "ct": "chi thi", "vb": "van ban"}
# … asked of now: "thì nay là bộ nào", "giờ thuộc đâu", "hiện nay thuộc cơ quan nào", "giờ đổi
# thành gì"
_NOW_WHICH = re.compile(
    r"\b(nay|gio|bay gio|hien nay|hien gio) (la|thuoc|doi thanh|doi ten thanh)\b"
)


def issuer_now(text: str, kb: KnowledgeBase) -> str | None:
    """A question of what the body that issued a held document is now, with that body named
    ("bộ tài nguyên và môi trường thì nay là bộ nào") and the words describing it by the
    document left out, when its noun, the document's kind and year tell one issuer (or
    when it is named in full before them); else None."""
    said = folded_words(text)
    numbered = _ISSUER_NUMBERED.search(said)
    if numbered is not None and _NOW_WHICH.search(said[numbered.end() :]):
        # "cơ quan ban hành công văn số 8240/BTNMT-TĐKTTT giờ là bộ gì": the body its number
        # names after the slash, as the documents write it ("btnmt")
        return f"{said[: numbered.start()]} {numbered.group(1)}{said[numbered.end() :]}".strip()
    by = _ISSUED_BY.search(said)
    rest = said[by.end() :] if by is not None else ""
    now_asked = _NOW_WHICH.search(rest) or _BODY_POINTED_NOW.search(rest)
    if by is not None and not IN_FORCE.search(rest) and now_asked:
        # "cv thi đua 2021 do bộ tnmt ban hành, giờ bộ này còn ko": the body it names
        return f"{by.group(1)} {said[by.end() :].strip()}"
    found = _ISSUER_DESCRIBED.search(said)
    if found is None or not _NOW_WHICH.search(said[found.end() :]):
        return None
    noun, kind, _, year = found.groups()
    if noun is None:  # "sở tnmt kon tum ban hành công văn năm 2021 giờ thuộc đâu"
        named = said[: found.start()].strip()
        return f"{named} {said[found.end() :].strip()}" if named else None
    noun = {"ubnd": "uy ban nhan dan", "co quan": ""}.get(noun, noun)
    kind = _KIND_LETTERS.get(kind, kind)
    issuers = {
        d.issuer
        for d in kb.campaigns()
        if str(d.year) == year
        and (kind == "van ban" or fold(d.kind) == kind)
        and fold(d.issuer).startswith(noun)
    }
    if len(issuers) != 1:
        return None
    return f"{said[: found.start()]}{folded_words(issuers.pop())}{said[found.end() :]}"
