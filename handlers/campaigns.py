"""Campaign browsing: the list of campaigns, one campaign's card, and criteria shortcuts.

/phongtrao lists campaigns with their state computed from the clock, open ones first, a page
at a time; choosing one shows its card (issuer, period, state, theme, deadlines) with options
for its contents, criteria and organisation. An ended campaign's card says it is history and,
where its issuer no longer exists, what replaced it and on what basis.
/tieuchi shows criteria: of the only open campaign, or asks which campaign; with words
after it ("/tieuchi cá nhân 2021") it searches the criteria.
"""

import re
from dataclasses import replace

from bot.campaigns import (
    by_state,
    campaign_label,
    history_note,
    local_now,
    open_ids,
    state_of,
    state_text,
    when,
)
from bot.context import AppContext
from bot.messages import Choice, Incoming, Reply, short_label
from bot.roles import Role, has_role
from handlers.phone_answer import cite, passage_reply
from handlers.questions import answer
from handlers.reminders import WATCH_NOTICES
from knowledge import Document, KnowledgeBase, Passage
from knowledge.campaign_state import CampaignState
from knowledge.campaigns import PART_BY_KEY, PARTS
from knowledge.normalize import fold
from knowledge.places import named_province, own_place

PAGE = 8  # campaigns per message: a list a phone screen can show, buttons that fit
CHOICES = 10  # campaigns offered as options by /tieuchi before asking to narrow down


async def list_campaigns(msg: Incoming, ctx: AppContext) -> list[Reply]:
    return await _campaign_page(ctx, 1)


async def campaign_page(msg: Incoming, ctx: AppContext) -> list[Reply]:
    """Another page of /phongtrao ("campaigns:<page>")."""
    page = (msg.choice or "").partition(":")[2]
    return await _campaign_page(ctx, int(page) if page.isdecimal() else 1)


async def _campaign_page(ctx: AppContext, page: int) -> list[Reply]:
    """One short option per campaign with its state today, the list printed once (as the
    options), a page at a time when there are many."""
    campaigns = await by_state(ctx)
    if not campaigns:
        return [Reply("Chưa có văn bản phát động phong trào thi đua nào trong cơ sở dữ liệu.")]
    kb = ctx.knowledge
    pages = max(1, -(-len(campaigns) // PAGE))
    page = min(max(page, 1), pages)
    first = (page - 1) * PAGE
    shown = campaigns[first : first + PAGE]
    where = f", trang {page}/{pages}" if pages > 1 else ""
    today = local_now(ctx)
    open_first = ", đang mở ở trên" if any(state.is_open for _, state in campaigns) else ""
    lines = [
        f"Các phong trào thi đua trong kho văn bản ({len(campaigns)}{where}, tính đến ngày "
        f"{today:%d/%m/%Y}{open_first})."
    ]
    if all(state is CampaignState.ENDED for _, state in campaigns):
        lines.append(
            "Các văn bản đều là văn bản lịch sử; chưa có kế hoạch thi đua năm "
            f"{today.year} nào được đưa vào. Anh/chị vui lòng theo dõi thông báo của "
            "cơ quan thường trực thi đua."
        )
    lines.append("Anh/chị chọn một phong trào để xem chủ đề, tiêu chí và các hạn:")
    choices = [
        Choice(_campaign_option(kb, doc, state), f"campaign:{doc.id}") for doc, state in shown
    ]
    if page > 1:
        choices.append(Choice("‹ Trang trước", f"campaigns:{page - 1}"))
    if page < pages:
        choices.append(Choice(f"Trang sau › ({page + 1}/{pages})", f"campaigns:{page + 1}"))
    return [Reply("\n".join(lines), tuple(choices))]


def _campaign_option(kb: KnowledgeBase, doc: Document, state: CampaignState) -> str:
    return kb.derived(
        ("campaign list option", doc.id, state),
        lambda: short_label(f"{doc.short_issuer} {doc.period} · {state.value}"),
    )


async def card(msg: Incoming, ctx: AppContext) -> list[Reply]:
    doc = _chosen(msg, ctx)
    if doc is None:
        return [Reply("Không tìm thấy phong trào này. Gõ /phongtrao để xem danh sách.")]
    number = f"số {doc.number}" if doc.has_number else "bản lưu để trống số"
    state = await state_of(ctx, doc)
    lines = [
        f"{doc.kind}: {doc.title}",
        f"Cơ quan ban hành: {doc.issuer} ({number}, {doc.date_text}).",
        f"Thời gian: {doc.period} – {state_text(doc, state)}.",
    ]
    if note := history_note(doc, state):
        lines.append(note)
    if doc.theme:
        lines.append(f"Chủ đề: “{doc.theme}”.")
    schedule = [s.deadline for s in await ctx.storage.reminders.campaign_deadlines(doc.id)]
    if schedule:
        lines.append("Các hạn:")
        if doc.deadlines_note:  # it speaks of "các hạn dưới đây": it goes above them
            lines.append(f"({doc.deadlines_note})")
        lines += [f"• {d.title}: {when(d.at)}" for d in schedule]
    else:
        lines.append(
            "Hạn đăng ký, sơ kết, tổng kết: văn bản không nêu ngày cụ thể; " + WATCH_NOTICES
        )
    lines.append("Anh/chị muốn xem phần nào?")
    choices = [
        Choice(part.label, f"part:{part.key}:{doc.id}")
        for part in PARTS
        if ctx.knowledge.part(doc, part.key)
    ]
    choices.append(Choice("Thông tin văn bản (người ký, nơi nhận)", f"part:info:{doc.id}"))
    if schedule and state is not CampaignState.ENDED:
        choices.append(Choice("Các hạn sắp tới và nhắc hạn", "/hanchot"))
    if state is CampaignState.REGISTERING:
        choices.append(Choice("Đăng ký thi đua", "/dangkythidua"))
    if await has_role(ctx, msg.channel, msg.user_id, Role.OFFICE) and not msg.is_group:
        choices.append(Choice("Sửa các hạn (gia hạn, mở lại đăng ký)", "/suahan"))
        choices.append(Choice("Thôi áp dụng văn bản này", f"doc:retire:{doc.id}"))
    return [Reply("\n".join(lines), tuple(choices))]


async def part(msg: Incoming, ctx: AppContext) -> list[Reply]:
    _, key, doc_id = [*(msg.choice or "").split(":", 2), "", ""][:3]
    doc = ctx.knowledge.campaign(doc_id)
    if doc is None or (key not in PART_BY_KEY and key != "info"):
        return [Reply("Không tìm thấy phần này. Gõ /phongtrao để xem danh sách phong trào.")]
    found = ctx.knowledge.part(doc, key)
    if not found:
        label = PART_BY_KEY[key].label.lower()
        return [Reply(f"Văn bản này không có mục {label} riêng.")]
    back = (Choice("Quay lại phong trào", f"campaign:{doc.id}"),)
    return [Reply(cite(p)) for p in found[:-1]] + [Reply(cite(found[-1]), back)]


async def criteria(msg: Incoming, ctx: AppContext) -> list[Reply]:
    """/tieuchi [tập thể|cá nhân] [năm]: that audience's criteria; other words are searched."""
    audience, year, rest = _criteria_args(msg.args)
    place = named_province(rest) if rest else None
    searched = replace(msg, text=f"tiêu chí thi đua {msg.args}")
    if rest and place is None:
        return await answer(searched, ctx)
    kb = ctx.knowledge
    with_criteria = kb.derived(
        "campaigns with criteria", lambda: [d for d in kb.campaigns() if kb.part(d, "canhan")]
    )
    if place is not None:  # "/tieuchi Sóc Trăng": that province's; none held is said so
        with_criteria = [d for d in with_criteria if own_place(d) == place]
        if not with_criteria and any(own_place(d) == place for d in kb.campaigns()):
            return [Reply(NO_CRITERIA_OF.format(place=place), (LIST_CHOICE,))]
        if not with_criteria:  # declined as a place the documents lack
            return await answer(searched, ctx)
    if year is not None:
        with_criteria = [d for d in with_criteria if d.period_start <= year <= d.period_end]
        if not with_criteria:  # declined as a year the documents lack
            return await answer(replace(msg, text=f"tiêu chí thi đua {msg.args}"), ctx)
    if not with_criteria:
        return [Reply("Các văn bản hiện có không nêu tiêu chí thi đua riêng.")]
    launched = [d for d in with_criteria if d.year == year]
    if len(launched) == 1:  # "tiêu chí 2022": the plan of 2022 before a 2021-2025 programme
        return _criteria_of(launched[0], kb, audience)
    under_way = await open_ids(ctx)
    current = [d for d in with_criteria if d.id in under_way]
    if len(with_criteria) == 1 or len(current) == 1:
        return _criteria_of((current or with_criteria)[0], kb, audience)
    key = f":{audience}" if audience else ""
    shown = {d.id for d in current}  # by id: comparing documents field by field is slow
    offered = (current + [d for d in with_criteria if d.id not in shown])[:CHOICES]
    choices = tuple(Choice(campaign_label(d), f"criteria:{d.id}{key}") for d in offered)
    question = "Anh/chị muốn xem tiêu chí thi đua của phong trào nào?"
    if len(with_criteria) > len(offered):
        question += (
            f" (Dưới đây là {len(offered)} phong trào mới nhất; anh/chị có thể gõ "
            "“/tieuchi cá nhân 2022” hoặc thêm tên tỉnh, cơ quan để tìm phong trào khác.)"
        )
    return [Reply(question, choices)]


async def criteria_of(msg: Incoming, ctx: AppContext) -> list[Reply]:
    _, doc_id, audience = [*(msg.choice or "").split(":", 2), "", ""][:3]
    doc = ctx.knowledge.campaign(doc_id)
    if doc is None:
        return [Reply("Không tìm thấy phong trào này. Gõ /phongtrao để xem danh sách.")]
    return _criteria_of(doc, ctx.knowledge, audience if audience in AUDIENCES.values() else None)


AUDIENCES = {"tap the": "tapthe", "ca nhan": "canhan"}
NO_CRITERIA_OF = (
    "Các văn bản phong trào của {place} hiện có không nêu tiêu chí thi đua riêng; anh/chị "
    "xem nội dung các phong trào này trong danh sách phong trào."
)
LIST_CHOICE = Choice("Các phong trào thi đua", "/phongtrao")


def _criteria_args(args: str) -> tuple[str | None, int | None, str]:
    """The audience ("tapthe", "canhan"), the year and the other words of /tieuchi's words."""
    folded = f" {fold(args)} "
    audience = next((key for words, key in AUDIENCES.items() if f" {words} " in folded), None)
    for words in AUDIENCES:
        folded = folded.replace(f" {words} ", " ")
    year_match = re.search(r"\b(20\d\d)\b", folded)
    year = int(year_match.group(1)) if year_match else None
    rest = re.sub(r"\b(20\d\d|nam|doi voi|cua|tieu chi|thi dua|xem)\b", " ", folded)
    return audience, year, " ".join(w for w in rest.split() if w.isalnum())


AUDIENCE_NAMES = {"tapthe": "Đối với tập thể", "canhan": "Đối với cá nhân"}


def _criteria_of(doc: Document, kb: KnowledgeBase, audience: str | None = None) -> list[Reply]:
    """One audience's criteria, each passage sized for a phone ("Xem thêm" for the rest);
    without an audience, which parts there are, to choose one: both at once ran to 2,000
    characters."""
    keys = [audience] if audience else list(AUDIENCE_NAMES)
    parts = {key: kb.part(doc, key) for key in keys}
    if not any(parts.values()):
        return [Reply("Văn bản này không nêu tiêu chí thi đua riêng.")]
    if audience:
        return [passage_reply(p, _position(kb, p)) for p in parts[audience]]
    held = [key for key in keys if parts[key]]
    names = " và ".join(AUDIENCE_NAMES[key] for key in held)
    return [
        Reply(
            f"Tiêu chí thi đua theo {doc.kind.lower()} {doc.year} của {doc.short_issuer} gồm: "
            f"{names}. Anh/chị xem phần nào?",
            tuple(Choice(AUDIENCE_NAMES[key], f"criteria:{doc.id}:{key}") for key in held),
        )
    ]


def _position(kb: KnowledgeBase, passage: Passage) -> int:
    """Where the passage stands in the knowledge base, for its "Xem thêm" option."""
    positions = kb.derived(
        "passage positions", lambda: {id(p): i for i, p in enumerate(kb.passages)}
    )
    return positions[id(passage)]


def _chosen(msg: Incoming, ctx: AppContext) -> Document | None:
    doc_id = (msg.choice or "").partition(":")[2]
    return ctx.knowledge.campaign(doc_id)
