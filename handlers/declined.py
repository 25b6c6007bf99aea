"""/cauhoi: the questions the bot could not answer, for the campaign office.

The office sees the most frequent questions declined over the last WINDOW, near-duplicates
grouped ("gia xang hom nay" and "giá xăng hôm nay bao nhiêu"), each with how often it was
asked and why it was declined, and marks a group handled once it has acted (added a document,
answered the people who asked). Only the office may use it.
"""

import datetime as dt

from rapidfuzz import fuzz

from bot.context import AppContext
from bot.messages import Choice, Incoming, Reply
from bot.roles import Role
from bot.storage.declined import Declined
from handlers.office.access import refused

WINDOW = dt.timedelta(weeks=4)
SHOWN = 8
SAME_QUESTION = 88.0  # token_set_ratio of folded texts at or above which two are one group
WHY = {
    "off_topic": "ngoài phạm vi",
    "not_held": "chưa có văn bản",
    "feature": "chức năng chưa có",
    "not_found": "chưa tìm thấy",
}
NONE_OPEN = "Không có câu hỏi nào bị từ chối trong 4 tuần qua mà chưa xử lý."


async def list_declined(msg: Incoming, ctx: AppContext) -> list[Reply]:
    if stop := await refused(msg, ctx, Role.OFFICE):
        return stop
    groups = await _groups(ctx)
    if not groups:
        return [Reply(NONE_OPEN)]
    lines = [f"Câu hỏi chưa trả lời được trong 4 tuần qua ({sum(map(len, groups))} lượt):"]
    choices = []
    for number, group in enumerate(groups[:SHOWN], 1):
        first = group[0]
        lines.append(f"{number}. “{first.text}” – {len(group)} lượt, {WHY[first.kind]}")
        label = first.text if len(first.text) <= 40 else first.text[:39].rsplit(" ", 1)[0] + "…"
        choices.append(Choice(f"Đã xử lý {number}: {label}", f"cauhoi:{first.id}"))
    lines.append("Chọn một câu khi đã xử lý xong (bổ sung văn bản, trả lời người hỏi):")
    return [Reply("\n".join(lines), tuple(choices))]


async def mark_handled(msg: Incoming, ctx: AppContext) -> list[Reply]:
    """Mark the group holding the chosen question ("cauhoi:<id>") handled."""
    if stop := await refused(msg, ctx, Role.OFFICE):
        return stop
    chosen = (msg.choice or "").partition(":")[2]
    group = next((g for g in await _groups(ctx) if any(str(q.id) == chosen for q in g)), None)
    if group is None:
        return [Reply("Câu hỏi này đã được đánh dấu xử lý rồi.")]
    who = f"{msg.channel}:{msg.user_id}"
    count = await ctx.storage.declined.mark_handled([q.id for q in group], who, ctx.clock.now())
    return [Reply(f"Đã đánh dấu xử lý “{group[0].text}” ({count} lượt hỏi).")]


async def _groups(ctx: AppContext) -> list[list[Declined]]:
    """Open declined questions of the window in groups of near-duplicates, most asked first."""
    questions = await ctx.storage.declined.open_since(ctx.clock.now() - WINDOW)
    groups: list[list[Declined]] = []
    for question in questions:
        home = next(
            (
                g
                for g in groups
                if fuzz.token_set_ratio(g[0].folded, question.folded) >= SAME_QUESTION
            ),
            None,
        )
        if home is None:
            groups.append([question])
        else:
            home.append(question)
    return sorted(groups, key=lambda g: (-len(g), -g[-1].asked_at.timestamp()))
