"""Free-text questions: answer from the knowledge base with a citation, or say so plainly.

The best passage is shown with its source; other good passages are offered as options.
When nothing is relevant enough the bot says it did not find an answer and offers what it can
answer instead.
"""

import re

from bot.campaigns import history_note, state_of
from bot.context import AppContext
from bot.messages import Choice, Incoming, Reply, short_label
from handlers import reminders
from handlers.start import MAIN_CHOICES
from knowledge import Passage
from knowledge.normalize import fold

NOT_FOUND = (
    "Xin lỗi, tôi chưa tìm thấy nội dung trả lời câu hỏi này trong các văn bản thi đua hiện có.\n"
    "Bạn thử hỏi cụ thể hơn, nêu tên phong trào, năm hoặc cơ quan ban hành, ví dụ: "
    "“Tiêu chí thi đua đối với cá nhân năm 2022”. Hoặc chọn:"
)
SMALL_TALK = (
    "Chào bạn! Bạn cần hỏi gì về phong trào thi đua, tiêu chí thi đua? "
    "Bạn có thể gõ câu hỏi hoặc chọn:"
)
GREETINGS = frozenset(
    "xin chao|chao|chao ban|chao bot|hello|hi|alo|cam on|cam on ban|thanks|thank you|ok".split("|")
)


# "Hạn đăng ký là khi nào?": the documents state no dates; the schedule in the database does.
_DEADLINE_WORDS = re.compile(
    r"\b(han chot|thoi han|het han|den han|han nop|han dang ky|deadline)\b"
)
_WHEN_WORDS = re.compile(r"\b(khi nao|bao gio|ngay nao|truoc ngay|luc nao|han)\b")
_DUTY_WORDS = re.compile(r"\b(dang ky|nop|bao cao|so ket|tong ket|sang kien|de nghi|khen thuong)\b")


def _asks_for_deadline(text: str) -> bool:
    folded = fold(text)
    if "han che" in folded:
        return False
    return bool(
        _DEADLINE_WORDS.search(folded)
        or (_WHEN_WORDS.search(folded) and _DUTY_WORDS.search(folded))
    )


def _is_small_talk(text: str) -> bool:
    return fold(text).strip(" !.?,") in GREETINGS


# "Phong trào nào đang áp dụng?", "năm nay thi đua gì": the clock answers, not a passage.
_CURRENT_WORDS = re.compile(r"\b(dang ap dung|hien nay|hien hanh|nam nay|dang mo|dang dien ra)\b")
_CAMPAIGN_WORDS = re.compile(r"\b(phong trao|ke hoach thi dua|dot thi dua)\b")


def _asks_for_current_campaigns(text: str) -> bool:
    folded = fold(text)
    return bool(_CURRENT_WORDS.search(folded) and _CAMPAIGN_WORDS.search(folded))


def _uncovered_year(text: str, ctx: AppContext) -> int | None:
    """A campaign year asked about (this year or later) that no document covers."""
    folded = fold(text)
    if not _CAMPAIGN_WORDS.search(folded) and "thi dua" not in folded:
        return None
    this_year = ctx.clock.now().astimezone(ctx.settings.tz).year
    for match in re.finditer(r"\b(20\d\d)\b", folded):
        year = int(match.group(1))
        covered = any(d.period_start <= year <= d.period_end for d in ctx.knowledge.campaigns())
        if year >= this_year and not covered:
            return year
    return None


NO_CAMPAIGN_YET = (
    "Chưa có văn bản phát động phong trào thi đua năm {year} trong cơ sở dữ liệu của tôi. "
    "Anh/chị vui lòng hỏi cơ quan thường trực thi đua của đơn vị (từ năm 2025 là Sở Nông "
    "nghiệp và Môi trường của tỉnh, thành phố, hoặc Bộ Nông nghiệp và Môi trường); khi văn bản "
    "được đưa vào, tôi sẽ trả lời được. Các phong trào hiện có:"
)


def cite(passage: Passage) -> str:
    """The passage followed by where it comes from."""
    return f"{passage.text}\n\n📄 Nguồn: {passage.doc.name}, {passage.section}."


async def answer(msg: Incoming, ctx: AppContext) -> list[Reply]:
    if _is_small_talk(msg.text):
        return [Reply(SMALL_TALK, MAIN_CHOICES)]
    uncovered = _uncovered_year(msg.text, ctx)
    if uncovered or _asks_for_current_campaigns(msg.text):
        from handlers.campaigns import list_campaigns  # campaigns cites with this module

        listing = await list_campaigns(msg, ctx)
        if uncovered:
            return [Reply(NO_CAMPAIGN_YET.format(year=uncovered)), *listing]
        return listing
    if _asks_for_deadline(msg.text):
        return await reminders.upcoming(msg, ctx)
    hits = ctx.knowledge.search(msg.text)
    if not hits:
        return [Reply(NOT_FOUND, MAIN_CHOICES)]
    best = hits[0].passage
    note = None
    if best.doc.is_campaign:
        note = history_note(best.doc, await state_of(ctx, best.doc))
    more = tuple(
        Choice(
            short_label(f"Xem thêm: {h.passage.doc.short_issuer} – {h.passage.section}"),
            f"passage:{h.position}",
        )
        for h in hits[1:]
    )
    text = cite(best) + (f"\nℹ️ {note}" if note else "")
    return [Reply(text, more)]


async def show_passage(msg: Incoming, ctx: AppContext) -> list[Reply]:
    """Show a passage offered earlier ("passage:<position>")."""
    position = (msg.choice or "").partition(":")[2]
    passages = ctx.knowledge.passages
    if not position.isdigit() or int(position) >= len(passages):
        return [Reply("Đoạn văn bản này không còn trong cơ sở dữ liệu. Bạn vui lòng hỏi lại.")]
    return [Reply(cite(passages[int(position)]))]
