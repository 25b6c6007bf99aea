"""“Vậy giờ tôi còn đăng ký được không?”: whether a campaign still takes registrations.

The campaign is the one the question names (a year, a place), else the one just discussed;
its answer comes from its computed state and the registration deadline in force
(bot/campaigns.py), never from the document's text. A question naming no campaign is told
which campaigns take registrations now, if any.
"""

import re

from bot.campaigns import cannot_register, deadline_of, registrable, when
from bot.context import AppContext
from bot.messages import Choice, Reply
from handlers import context, currency
from knowledge import Document
from knowledge.held import named_years
from knowledge.normalize import fold, folded_words

# "còn đăng ký được không", "có thể đăng ký nữa không", "còn kịp đăng ký sáng kiến không",
# "đăng ký được nữa không", "hết hạn đăng ký chưa": asks whether registering is still
# possible, not how, nor what ("cá nhân có thể đăng ký những danh hiệu nào").
ASKS = re.compile(
    r"\b(con|co the|kip)( \w+)? dang k[yi]( \w+){0,4} (khong|ko|k|chua)\b"
    r"|\bdang k[yi]( \w+){0,4} (duoc|kip)( nua)? (khong|ko|k)\b"
    r"|\bdang k[yi]( \w+){0,4} nua (khong|ko|k)\b"
    r"|\bhet han dang k[yi]( \w+){0,3} (chua|roi)\b|\bdang k[yi]( \w+){0,3} het han (chua|roi)\b"
)
OPEN = "Phong trào theo {name} đang nhận {what}{until}. Anh/chị gõ {command} để đăng ký."
SOME_OPEN = "Các phong trào đang nhận {what}:"
LISTED = 10  # thousands may be open: a chat message names the first ten
MORE_OPEN = "… và {more} phong trào khác; anh/chị gõ {command} để chọn trong danh sách."


def asks(text: str) -> bool:
    return bool(ASKS.search(folded_words(text)))


async def answer(text: str, ctx: AppContext, topic: context.Topic | None) -> list[Reply]:
    initiative = " sang kien " in f" {fold(text)} "
    kind = "initiative" if initiative else "pledge"
    doc = _asked_about(text, ctx, topic)
    if doc is None:
        return await _which_open(ctx, kind)
    reason = await cannot_register(ctx, doc, kind)
    if reason is not None:
        return [Reply(reason, (Choice("Các phong trào thi đua", "/phongtrao"),))]
    closes = await deadline_of(ctx, doc.id, "initiative" if initiative else "registration")
    command = "/sangkien" if initiative else "/dangkythidua"
    line = OPEN.format(
        name=f"{doc.kind} {doc.year} của {doc.short_issuer}",
        what=_what(initiative),
        until=f" đến {when(closes)}" if closes else "",
        command=command,
    )
    return [Reply(line, (Choice(_what(initiative).capitalize(), command),))]


def _asked_about(text: str, ctx: AppContext, topic: context.Topic | None) -> Document | None:
    """The campaign the question names, else the one the last answer came from."""
    kb = ctx.knowledge
    if named_years(text) or context.names_place(text, kb):
        hits = kb.search(text)
        if hits and hits[0].passage.doc.is_campaign:
            return hits[0].passage.doc
    return kb.campaign(topic.doc_id) if topic is not None else None


async def _which_open(ctx: AppContext, kind: str) -> list[Reply]:
    docs = await registrable(ctx, kind)
    initiative = kind == "initiative"
    if not docs:
        return currency.open_campaigns(ctx.knowledge, ctx.clock.now())
    lines = [SOME_OPEN.format(what=_what(initiative))]
    lines += [f"• {d.kind} {d.year} của {d.short_issuer}: {d.title}" for d in docs[:LISTED]]
    command = "/sangkien" if initiative else "/dangkythidua"
    if len(docs) > LISTED:
        lines.append(MORE_OPEN.format(more=len(docs) - LISTED, command=command))
    return [Reply("\n".join(lines), (Choice(_what(initiative).capitalize(), command),))]


def _what(initiative: bool) -> str:
    return "đăng ký sáng kiến" if initiative else "đăng ký thi đua"
