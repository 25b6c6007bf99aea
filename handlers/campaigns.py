"""Campaign browsing: the list of campaigns, one campaign's card, and criteria shortcuts.

/phongtrao lists campaigns with their state computed from the clock, open ones first;
choosing one shows its card (issuer, period, state, theme, deadlines) with options for its
contents, criteria and organisation. An ended campaign's card says it is history and, where
its issuer no longer exists, what replaced it and on what basis.
/tieuchi shows criteria: of the only open campaign, or asks which campaign; with words
after it ("/tieuchi cá nhân 2021") it searches the criteria.
"""

from dataclasses import replace

from bot.campaigns import by_state, history_note, local_now, state_of, state_text, when
from bot.context import AppContext
from bot.messages import Choice, Incoming, Reply, short_label
from bot.roles import Role, has_role
from handlers.questions import answer, cite
from knowledge import Document, KnowledgeBase
from knowledge.campaign_state import CampaignState
from knowledge.campaigns import PART_BY_KEY, PARTS


async def list_campaigns(msg: Incoming, ctx: AppContext) -> list[Reply]:
    campaigns = await by_state(ctx)
    if not campaigns:
        return [Reply("Chưa có văn bản phát động phong trào thi đua nào trong cơ sở dữ liệu.")]
    lines = [f"Các phong trào thi đua (tính đến ngày {local_now(ctx):%d/%m/%Y}, đang mở ở trên):"]
    for number, (doc, state) in enumerate(campaigns, 1):
        theme = f" Chủ đề: “{doc.theme}”." if doc.theme else ""
        lines.append(
            f"{number}. [{state_text(doc, state).capitalize()}] {doc.kind} {doc.year} của "
            f"{doc.short_issuer}: {doc.title}.{theme} Thời gian: {doc.period}."
        )
    if all(state is CampaignState.ENDED for _, state in campaigns):
        lines.append(
            "Các văn bản trên đều là văn bản lịch sử; chưa có kế hoạch thi đua năm "
            f"{local_now(ctx).year} nào được đưa vào. Anh/chị vui lòng theo dõi thông báo của "
            "cơ quan thường trực thi đua."
        )
    lines.append("Chọn một phong trào để xem chi tiết:")
    choices = tuple(Choice(_campaign_label(doc), f"campaign:{doc.id}") for doc, _ in campaigns)
    return [Reply("\n".join(lines), choices)]


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
    schedule = [
        s.deadline
        for s in await ctx.storage.reminders.deadlines()
        if s.deadline.campaign_id == doc.id
    ]
    if schedule:
        lines.append("Các hạn:")
        lines += [f"• {d.title}: {when(d.at)}" for d in schedule]
        if doc.deadlines_note:
            lines.append(f"({doc.deadlines_note})")
    else:
        lines.append(
            "Hạn đăng ký, sơ kết, tổng kết: văn bản không nêu ngày cụ thể; "
            "vui lòng theo dõi thông báo của cơ quan thường trực thi đua."
        )
    lines.append("Bạn muốn xem phần nào?")
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
    if msg.args:
        return await answer(replace(msg, text=f"tiêu chí thi đua {msg.args}"), ctx)
    kb = ctx.knowledge
    with_criteria = [d for d in kb.campaigns() if kb.part(d, "canhan")]
    if not with_criteria:
        return [Reply("Các văn bản hiện có không nêu tiêu chí thi đua riêng.")]
    current = [d for d in with_criteria if (await state_of(ctx, d)).is_open]
    if len(current) == 1:
        return _criteria_of(current[0], kb)
    choices = tuple(Choice(_campaign_label(d), f"criteria:{d.id}") for d in with_criteria)
    return [Reply("Bạn muốn xem tiêu chí thi đua của phong trào nào?", choices)]


async def criteria_of(msg: Incoming, ctx: AppContext) -> list[Reply]:
    doc = _chosen(msg, ctx)
    if doc is None:
        return [Reply("Không tìm thấy phong trào này. Gõ /phongtrao để xem danh sách.")]
    return _criteria_of(doc, ctx.knowledge)


def _criteria_of(doc: Document, kb: KnowledgeBase) -> list[Reply]:
    found = kb.part(doc, "tapthe") + kb.part(doc, "canhan")
    if not found:
        return [Reply("Văn bản này không nêu tiêu chí thi đua riêng.")]
    header = Reply(f"Tiêu chí thi đua theo {doc.kind.lower()} {doc.year} của {doc.short_issuer}:")
    return [header] + [Reply(cite(p)) for p in found]


def _chosen(msg: Incoming, ctx: AppContext) -> Document | None:
    doc_id = (msg.choice or "").partition(":")[2]
    return ctx.knowledge.campaign(doc_id)


def _campaign_label(doc: Document) -> str:
    return short_label(f"{doc.short_issuer} {doc.year} – {doc.title}")
