"""Saying no well: why the bot cannot answer, and what the person can do next.

Four kinds, each with its own short answer: a subject the bot does not deal with (off_topic),
a year, place or award the knowledge base holds no document of (not_held), something the bot cannot
do (feature), and a question on the subject that no passage answers (not_found). Every
refusal is logged for the office, which sees the most frequent ones with /cauhoi.
"""

import re
from dataclasses import dataclass, replace

from bot.context import AppContext
from bot.messages import Choice, Incoming, Reply
from bot.roles import Role
from handlers.start import MAIN_CHOICES, doable
from knowledge import KnowledgeBase
from knowledge.awards import named_awards
from knowledge.held import (
    asks_awardees,
    asks_outcome,
    body_not_held,
    held_years,
    law_not_held,
    named_years,
    spanning,
    year_not_held,
)
from knowledge.intents import load_intents
from knowledge.normalize import fold, has_marks
from knowledge.numbered_documents import document_not_held
from knowledge.person_names import asks_of_life
from knowledge.places import place_not_held
from knowledge.titles_answers import named_title
from knowledge.titles_answers import words as title_words

ASK_OFFICE = "Nếu cần, anh/chị hỏi trực tiếp Văn phòng Sở (bộ phận thi đua, khen thưởng)."

OFF_TOPIC = (
    "Xin lỗi anh/chị, câu hỏi này nằm ngoài phạm vi của tôi: tôi chỉ trả lời về phong trào "
    "thi đua, danh hiệu thi đua, khen thưởng và sáng kiến. Anh/chị có thể hỏi, ví dụ: "
    "“Tiêu chuẩn Chiến sĩ thi đua cơ sở là gì?”, hoặc chọn:"
)
NOT_FOUND = (
    "Xin lỗi, tôi chưa tìm thấy nội dung trả lời câu hỏi này trong các văn bản hiện có.\n"
    "Anh/chị thử hỏi cụ thể hơn, nêu tên phong trào, năm hoặc cơ quan ban hành, ví dụ: "
    "“Tiêu chí thi đua đối với cá nhân năm 2022”. Hoặc chọn:"
)
# Both open as the general "not found" does, so that a refusal reads first as one.
YEAR_NOT_HELD = (
    "Xin lỗi, tôi chưa tìm thấy nội dung này: kho văn bản của tôi chưa có văn bản thi đua nào của năm {year}. Hiện có các văn bản "
    "phong trào năm {years} và các văn bản pháp luật về thi đua, khen thưởng đang có hiệu lực."
)
# A year asked of the campaigns of one province or body, which are of other years.
YEAR_NOT_HELD_OF = (
    "Xin lỗi, tôi chưa tìm thấy nội dung này: kho văn bản của tôi chưa có văn bản thi đua nào "
    "của {issuers} năm {year}; hiện chỉ có văn bản năm {years}."
)
PLACE_NOT_HELD = (
    "Xin lỗi, tôi chưa tìm thấy nội dung này: kho văn bản của tôi chưa có văn bản nào của {place}. Hiện có văn bản của: {issuers}. "
    + ASK_OFFICE
)
# A document named by its number that none held is nor cites ("Chỉ thị 15/CT-UBND").
DOCUMENT_NOT_HELD = (
    "Xin lỗi, tôi chưa tìm thấy nội dung này: kho văn bản của tôi chưa có {document} mà anh/chị "
    "hỏi. Hiện có văn bản của: {issuers}. " + ASK_OFFICE
)
# What became of a body or place the note on the 2025 restructuring does not name.
CHANGE_NOT_HELD = (
    "Xin lỗi, tôi chưa tìm thấy nội dung này: kho văn bản của tôi chưa có thông tin về việc "
    "sắp xếp lại {place}; ghi chú về sắp xếp bộ máy năm 2025 mới nói về: {known}. " + ASK_OFFICE
)
# "giờ sáp nhập vào đâu", "nay là gì", "đổi tên thành gì": what became of it (not "hôm nay
# là hạn cuối", "mấy giờ là hết hạn": a day or an hour)
_ASKS_CHANGE = re.compile(
    r"\b(sap nhap|hop nhat|giai the|doi ten|(?<!hom )nay (la|thuoc)|bay gio (la|thuoc)"
    r"|(?<!may )(?<!bay )gio (la|thuoc))\b"
)
AWARD_NOT_HELD = (
    "Xin lỗi, kho văn bản của tôi chưa có quy định về {award}; tôi mới trả lời được về các "
    "danh hiệu thi đua (Lao động tiên tiến, Chiến sĩ thi đua…) và các phong trào thi đua. "
    + ASK_OFFICE
)
# A law named that no legal document held is ("Luật Cán bộ, công chức"): the legal documents
# held instead.
LAW_NOT_HELD = (
    "Xin lỗi, kho văn bản của tôi chưa có {law}, nên tôi không trả lời theo luật này được. "
    "Về pháp luật, tôi mới có: {held}. " + ASK_OFFICE
)
# "… năm 2023" with no document of that year, but a campaign of several years that holds it.
SPANNING = "Riêng phong trào giai đoạn {period} của {issuers} có áp dụng cho năm {year}."
# A list of those awarded: in the award decisions, which are no document of the bot's.
AWARDEES_NOT_HELD = (
    "Xin lỗi, kho văn bản của tôi không có danh sách cá nhân, tập thể được tặng danh hiệu hay "
    "được khen thưởng: danh sách này nằm trong các quyết định khen thưởng, do bộ phận thi đua, "
    "khen thưởng của Văn phòng Sở lưu giữ; anh/chị hỏi trực tiếp bộ phận này. Tôi trả lời được "
    "tiêu chuẩn, hồ sơ và mức thưởng của từng danh hiệu."
)
# What came of a campaign after its documents: in the reports and decisions that followed.
OUTCOME_NOT_HELD = (
    "Xin lỗi, kho văn bản của tôi chỉ có các văn bản phát động phong trào và văn bản pháp luật "
    "về thi đua, khen thưởng, không có kết quả thực hiện, tổng kết hay quyết định khen thưởng "
    "ban hành sau đó. Các kết quả này do bộ phận thi đua, khen thưởng của Văn phòng Sở lưu "
    "giữ; anh/chị hỏi trực tiếp bộ phận này. Tôi trả lời được nội dung, tiêu chí của các phong "
    "trào và tiêu chuẩn, mức thưởng của từng danh hiệu."
)
NOTE_TO_OFFICE = "Câu hỏi của anh/chị đã được ghi lại để Văn phòng Sở bổ sung."
# A person's name typed alone: the bot looks up no one; what it can do instead.
NAME_ONLY = (
    "Anh/chị vừa gõ họ tên “{name}”. Tôi không tra cứu thông tin, kết quả thi đua hay khen "
    "thưởng của từng người. Anh/chị có thể xem, sửa hồ sơ và các đăng ký của chính mình, hoặc "
    "gõ câu hỏi đầy đủ, ví dụ: “Ai ký Chỉ thị 14 của tỉnh Kon Tum?”"
)
# A question about a named person's award, result, dossier or salary: the bot holds no list of
# who is awarded and looks up no one's records; what it can tell instead.
NAMED_PERSON = (
    "Xin lỗi, tôi không có danh sách người được tặng danh hiệu, khen thưởng và không tra cứu "
    "kết quả, hồ sơ hay lương của từng người (như {name}). Tôi trả lời được tiêu chuẩn, hồ sơ "
    "và mức thưởng của danh hiệu, ví dụ: “Tiêu chuẩn {title} là gì?”; {records}"
)
# A named person's own life asked of (birth, home, what they do now): no document says it.
PERSON_LIFE = (
    "Xin lỗi, tôi không tra cứu thông tin cá nhân (năm sinh, quê quán, công việc hiện nay) của "
    "ai, kể cả người ký văn bản (như {name}): văn bản chỉ ghi họ tên và chức danh người ký lúc "
    "ban hành. Tôi trả lời được ai ký, ban hành văn bản nào, ví dụ: “Ai ký Chỉ thị 14 của tỉnh "
    "Kon Tum?”. Anh/chị cũng xem được {records}"
)
MINE = (Choice("Hồ sơ của tôi", "/hoso"), Choice("Các đăng ký của tôi", "/cuatoi"))
# The registrations each role may see instead: a unit head its unit's, the office everyone's.
RECORDS_SEEN = {
    Role.STAFF: ("hồ sơ và đăng ký của chính anh/chị: /hoso, /cuatoi.", MINE),
    Role.UNIT_HEAD: (
        "đăng ký của cán bộ trong đơn vị anh/chị: /donvicuatoi.",
        (Choice("Đơn vị tôi: ai đã, chưa đăng ký", "/donvicuatoi"),),
    ),
    Role.OFFICE: (
        "đăng ký của cán bộ: /duyet (hàng chờ duyệt), /xuatexcel (danh sách Excel).",
        (Choice("Hàng chờ duyệt", "/duyet"), Choice("Xuất danh sách Excel", "/xuatexcel")),
    ),
}


@dataclass(frozen=True)
class Refusal:
    kind: str
    replies: list[Reply]


async def refuse(msg: Incoming, ctx: AppContext, refusal: Refusal) -> list[Reply]:
    """Log the refusal for the office and return what to say, with the options that can
    be taken now."""
    await ctx.storage.declined.log(
        msg.channel, msg.user_id, msg.text, fold(msg.text), refusal.kind, ctx.clock.now()
    )
    if refusal.kind == "off_topic":
        refusal = _worded(refusal, msg.text)
    return [replace(r, choices=await doable(ctx, r.choices)) for r in refusal.replies]


_LEAD_IN = re.compile(r"[,.]? [Hh]oặc chọn:$")


def without_options(reply: Reply) -> Reply:
    """The reply with its options left out and the words that led to them
    ("…, hoặc chọn:"): in a dialog, a number typed next answers the step."""
    text = _LEAD_IN.sub("", reply.text)
    if text != reply.text and not text.endswith((".", "!", "?")):
        text += "."
    return replace(reply, text=text, choices=())


def _worded(refusal: Refusal, text: str) -> Refusal:
    """An off-topic refusal in the words of the subject asked, when it has its own (a salary:
    ask the personnel section), with the main options still offered."""
    answer = load_intents().off_topic_answer(text)
    if answer is None:
        return refusal
    return Refusal(refusal.kind, [Reply(answer, MAIN_CHOICES[:2])])


def off_topic() -> Refusal:
    return Refusal("off_topic", [Reply(OFF_TOPIC, MAIN_CHOICES)])


def not_found(suggestions: tuple[Choice, ...] = ()) -> Refusal:
    return Refusal("not_found", [Reply(NOT_FOUND, _distinct(suggestions + MAIN_CHOICES))])


def _distinct(choices: tuple[Choice, ...]) -> tuple[Choice, ...]:
    """Each option once: a suggested command may also be one of the main choices, and
    "/tieuchi 2022" is offered under the same label as "/tieuchi"."""
    seen: set[str] = set()
    kept = []
    for choice in choices:
        keys = {choice.label, choice.value.split()[0]}
        if not keys & seen:
            kept.append(choice)
        seen |= keys
    return tuple(kept)


def name_only(name: str) -> Refusal:
    """A person's name typed alone: no one is looked up (logged as a feature the bot lacks)."""
    return Refusal("feature", [Reply(NAME_ONLY.format(name=" ".join(name.split())), MINE)])


def named_person(name: str, text: str, kb: KnowledgeBase, role: Role = Role.STAFF) -> Refusal:
    """A named person's award, result, records or life asked about: no one is looked up
    (logged as a feature the bot lacks), with the standards of the title asked of (or of
    Chiến sĩ thi đua cơ sở) offered instead, and the registrations the asker's role may see."""
    titles = tuple(kb.titles.values())
    named = named_title(title_words(text), titles)
    title = named[0].name if named is not None else "Chiến sĩ thi đua cơ sở"
    records, choices = RECORDS_SEEN[min(role, Role.OFFICE)]
    said = PERSON_LIFE if asks_of_life(text) else NAMED_PERSON
    text = said.format(name=name, title=title, records=records)
    return Refusal("feature", [Reply(text, choices)])


def missing_feature(answer: str) -> Refusal:
    return Refusal("feature", [Reply(answer, MAIN_CHOICES[:2])])


def award_not_held(text: str) -> Refusal | None:
    """A refusal for a question no passage answered that names an award the documents do not
    deal with ("Huân chương Lao động hạng Ba thưởng bao nhiêu"): on the subject, not held yet."""
    named = named_awards(text)
    if not named:
        return None
    reply = AWARD_NOT_HELD.format(award=named[0].name)
    return Refusal("not_held", [Reply(f"{reply} {NOTE_TO_OFFICE}", MAIN_CHOICES[:1])])


def changes_held(kb: KnowledgeBase) -> str:
    """The changes the reference notes speak of, by their headings ("Tỉnh Kon Tum nay thuộc
    tỉnh Quảng Ngãi"), one after another; "" when the knowledge base has none."""

    def headings() -> str:
        found = (p.section for p in kb.passages if p.doc.category == "reference")
        said = (s for s in found if _ASKS_CHANGE.search(fold(s)) or fold(s).startswith("khong con"))
        return "; ".join(dict.fromkeys(said))

    return kb.derived("changes held", headings)


def not_held(
    text: str, kb: KnowledgeBase, this_year: int, typed: str = "", asked_before: str = ""
) -> Refusal | None:
    """A refusal when the question asks for a list of those awarded or what came of a
    campaign after its documents, or names a year, a place or a body (a ministry or
    department) no campaign document covers, or a law no legal document held is; that law
    only as the message `typed` names it (a follow-up read with the last question, "còn bộ
    đội" after "luật", names no law the user typed); that year only as typed there or in the
    question before (`asked_before`), not one of the last document's name that the reading
    of a follow-up carries ("sở ở Sóc Trăng nói ở trên nay thuộc đâu" after the 2025 note)."""
    if asks_awardees(text):
        return Refusal("not_held", [Reply(AWARDEES_NOT_HELD, MAIN_CHOICES[1:2])])
    # "hội đồng đã khen thưởng những ai", "kết quả tổng kết …"
    if asks_outcome(text, kb.spelled(text)):
        return Refusal("not_held", [Reply(OUTCOME_NOT_HELD, MAIN_CHOICES[:2])])
    year = year_not_held(text, kb, this_year)
    if year is not None and (not typed or year in named_years(f"{typed} {asked_before}")):
        return _held(_year_not_held(text, kb, year))
    law = law_refused(typed or text, kb)  # "Luật Cán bộ, công chức quy định …"
    if law is not None:
        return law
    document = document_not_held(typed or text, kb)  # "chỉ thị 15/CT-UBND" (only 14 held)
    if document is not None:
        return _held(DOCUMENT_NOT_HELD.format(document=document, issuers=_issuers(kb)))
    place = body_not_held(text, kb) or place_not_held(text, kb)  # "ngành Y tế Đà Nẵng"
    if place is not None and _ASKS_CHANGE.search(fold(text)):
        return _held(CHANGE_NOT_HELD.format(place=place, known=changes_held(kb) or "(chưa có)"))
    if place is not None:
        return _held(PLACE_NOT_HELD.format(place=place, issuers=_issuers(kb)))
    return None


def law_refused(text: str, kb: KnowledgeBase) -> Refusal | None:
    """A refusal naming the law asked of that no legal document held is, with those held;
    None when the question names none such. Said before a subject is found off the bot's:
    "Luật Cán bộ, công chức quy định đánh giá xếp loại …" is told which laws are held."""
    law = law_not_held(text, kb)
    if law is None:
        return None
    # typed without diacritics: quoted as typed, not written as the bot writes a name
    named = law if has_marks(law.split(" ", 1)[-1]) else f"luật anh/chị hỏi (“{law}”)"
    return _held(LAW_NOT_HELD.format(law=named, held=_laws(kb)))


def _held(reply: str) -> Refusal:
    return Refusal("not_held", [Reply(f"{reply} {NOTE_TO_OFFICE}", MAIN_CHOICES[:1])])


def _issuers(kb: KnowledgeBase) -> str:
    return kb.derived(
        "campaign issuers",
        lambda: ", ".join(dict.fromkeys(d.short_issuer for d in kb.campaigns())),
    )


def _laws(kb: KnowledgeBase) -> str:
    """The legal documents held, as staff name them ("Luật Thi đua, khen thưởng", "Nghị
    định 152/2025/NĐ-CP")."""

    def named() -> str:
        laws = [d for d in kb.documents if d.category == "law"]
        return ", ".join(
            d.title.split("(")[0].strip() if fold(d.kind) == "luat" else f"{d.kind} {d.number}"
            for d in sorted(laws, key=lambda d: (fold(d.kind) != "luat", -d.year))
        )

    return kb.derived("legal documents held", named)


def _year_not_held(text: str, kb: KnowledgeBase, year: int) -> str:
    """Why a year is not held: the body named has no campaign ("ngành giáo dục Hà Nội"), or
    none of the province or body named is of that year, or none at all is (then which
    campaigns of several years the year falls in)."""
    years, named = held_years(text, kb)
    body = body_not_held(text, kb) if not named else None
    if body is not None:
        return PLACE_NOT_HELD.format(place=body, issuers=_issuers(kb))
    held = sorted(years)
    span = f"{held[0]}–{held[-1]}" if len(held) > 1 else str(held[0]) if held else "(chưa có)"
    if named:
        issuers = ", ".join(dict.fromkeys(d.short_issuer for d in named))
        reply = YEAR_NOT_HELD_OF.format(issuers=issuers, year=year, years=span)
    else:
        reply = YEAR_NOT_HELD.format(year=year, years=span)
    periods: dict[str, list[str]] = {}
    for doc in spanning(year, kb):
        if not named or doc in named:
            periods.setdefault(f"{doc.period_start}–{doc.period_end}", []).append(doc.short_issuer)
    told = [SPANNING.format(period=p, issuers=_listed(i), year=year) for p, i in periods.items()]
    return " ".join([reply, *told, ASK_OFFICE])


def _listed(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} và {items[-1]}"
