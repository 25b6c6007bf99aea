"""Deadlines and reminders: /hanchot lists what is coming, /nhacnho sets how one is reminded,
and `compose` writes a reminder for one person, knowing what they have and have not done."""

import datetime as dt

from bot.campaigns import history_note, local_now, state_of, when
from bot.context import AppContext
from bot.messages import Choice, Incoming, Reply, short_label
from bot.reminders import LEAD_CHOICES
from bot.storage.reminders import DEFAULT_LEADS, Reminder
from knowledge import Document
from knowledge.campaign_state import CampaignState
from knowledge.deadlines import AUDIENCES, KINDS, Deadline
from knowledge.intents import COUNT_WORDS
from knowledge.normalize import fold

# What a person can do about a deadline of each kind, when they have not done it yet.
TODO = {
    "registration": "Anh/chị chưa đăng ký thi đua cho phong trào này. Gõ /dangkythidua để đăng ký.",
    "initiative": "Anh/chị chưa đăng ký sáng kiến cho phong trào này. Gõ /sangkien để đăng ký.",
    "nominations": "Gõ /dienhinh để giới thiệu gương điển hình tiên tiến của đơn vị.",
    "six_month": "Đơn vị gửi báo cáo sơ kết về Văn phòng Sở trước hạn.",
    "year_end": "Đơn vị gửi báo cáo tổng kết về Văn phòng Sở trước hạn.",
}
DONE = {
    "registration": "anh/chị đã đăng ký thi đua",
    "initiative": "anh/chị đã đăng ký sáng kiến",
    "nominations": "đã có giới thiệu điển hình",
}


def days_left(at: dt.datetime, local_now: dt.datetime) -> str:
    days = (at.date() - local_now.date()).days
    if days <= 0:
        return "hôm nay"
    if days == 1:
        return "ngày mai"
    return f"còn {days} ngày"


def lead_label(days: int) -> str:
    return "ngày hết hạn" if days == 0 else f"trước hạn {days} ngày"


def _local_now(ctx: AppContext) -> dt.datetime:
    return local_now(ctx)


def _campaign_name(ctx: AppContext, campaign_id: str) -> str:
    doc = ctx.knowledge.campaign(campaign_id)
    return f"{doc.title} – {doc.short_issuer}" if doc else campaign_id


async def compose(reminder: Reminder, deadline: Deadline, ctx: AppContext) -> Reply | None:
    """The reminder one person receives; None if the deadline no longer concerns them."""
    storage = ctx.storage
    channel, user_id = reminder.channel, reminder.user_id
    done = await storage.reminders.has_record(deadline.kind, channel, user_id, deadline.campaign_id)
    if deadline.audience == "unregistered" and done:
        return None
    if deadline.audience == "unit_heads":
        person = await storage.profile(channel, user_id)
        if person is None or not person.is_unit_head:
            return None
    lines = [
        f"⏰ Nhắc hạn: {deadline.title}",
        f"Phong trào: {_campaign_name(ctx, deadline.campaign_id)}.",
        f"Hạn chót: {when(deadline.at)} ({days_left(deadline.at, _local_now(ctx))}).",
    ]
    doc = ctx.knowledge.campaign(deadline.campaign_id)
    if doc is not None and doc.deadlines_note:
        lines.append(f"({doc.deadlines_note})")
    if done and deadline.kind in DONE:
        lines.append(f"Ghi nhận: {DONE[deadline.kind]}; anh/chị có thể xem lại bằng /cuatoi.")
    elif deadline.kind in TODO:
        lines.append(TODO[deadline.kind])
    unfinished = await storage.dialog(channel, user_id)
    if unfinished is not None and unfinished.name in ctx.dialogs.dialogs:
        title = ctx.dialogs.dialogs[unfinished.name].title
        lines.append(f"Anh/chị đang {title} dở (chưa gửi). Gõ /tieptuc để làm tiếp.")
    lines.append("Gõ /hanchot để xem các hạn sắp tới, /nhacnho để đổi cách nhắc hoặc tắt nhắc.")
    return Reply("\n".join(lines))


async def upcoming(msg: Incoming, ctx: AppContext) -> list[Reply]:
    """/hanchot: deadlines still ahead, by campaign, with where the user stands."""
    now = _local_now(ctx)
    ahead = [s.deadline for s in await ctx.storage.reminders.deadlines() if s.deadline.at > now]
    if not ahead:
        return [
            Reply(
                "Hiện không có hạn nào sắp tới trong các phong trào đang theo dõi. "
                "Khi cơ quan thường trực công bố hạn mới, tôi sẽ nhắc anh/chị.",
                (Choice("Các phong trào thi đua", "/phongtrao"),),
            )
        ]
    lines = ["Các hạn sắp tới:"]
    campaign = None
    for deadline in ahead:
        if deadline.campaign_id != campaign:
            campaign = deadline.campaign_id
            lines.append(f"\n{_campaign_name(ctx, campaign)}")
            doc = ctx.knowledge.campaign(campaign)
            if doc is not None and doc.deadlines_note:  # "các hạn dưới đây": above them
                lines.append(f"({doc.deadlines_note})")
        line = f"• {deadline.title}: {when(deadline.at)} ({days_left(deadline.at, now)})"
        if deadline.audience != "everyone":
            line += f"; dành cho {AUDIENCES[deadline.audience]}"
        if deadline.kind in DONE and not msg.is_group:
            done = await ctx.storage.reminders.has_record(
                deadline.kind, msg.channel, msg.user_id, deadline.campaign_id
            )
            line += f" – {'✅ ' + DONE[deadline.kind] if done else '⏳ anh/chị chưa đăng ký'}"
        lines.append(line + ".")
    return [Reply("\n".join(lines), (Choice("Cài đặt nhắc hạn", "/nhacnho"),))]


# What to do when a campaign's document sets no dates (its card says it too).
WATCH_NOTICES = "anh/chị vui lòng theo dõi thông báo của cơ quan thường trực thi đua."
NO_DATES = "{name}: văn bản không nêu ngày cụ thể cho {what}; " + WATCH_NOTICES


async def of_campaigns(
    msg: Incoming, ctx: AppContext, docs: list[Document], kinds: list[str]
) -> list[Reply]:
    """The deadlines of the campaigns a question names ("hạn đăng ký sáng kiến năm 2022 ở Sở
    TN&MT Sóc Trăng"), of the kinds it names (all when none or none of them is set), past
    ones too: what the document's schedule says, not what is coming for the person."""
    now = _local_now(ctx)
    lines: list[str] = []
    for doc in docs:
        schedule = [s.deadline for s in await ctx.storage.reminders.campaign_deadlines(doc.id)]
        asked = [d for d in schedule if d.kind in kinds] or schedule
        name = f"{doc.name} ({doc.title})"
        if not asked:
            what = ", ".join(KINDS[k].lower() for k in kinds) or "hạn đăng ký, sơ kết, tổng kết"
            lines.append(NO_DATES.format(name=name, what=what))
            continue
        lines.append(f"Các hạn của {name}:" if len(asked) > 1 else f"Hạn của {name}:")
        if doc.deadlines_note:  # "các hạn dưới đây": above them
            lines.append(f"({doc.deadlines_note})")
        for deadline in asked:
            gone = " (đã qua)" if deadline.at <= now else f" ({days_left(deadline.at, now)})"
            lines.append(f"• {deadline.title}: {when(deadline.at)}{gone}.")
        if note := history_note(doc, await state_of(ctx, doc), basis=False):
            lines.append(note)
    choices = tuple(Choice(f"{d.short_issuer} {d.period}", f"campaign:{d.id}") for d in docs[:3])
    return [Reply("\n".join(lines), choices)]


async def settings(msg: Incoming, ctx: AppContext) -> list[Reply]:
    """/nhacnho: show the user's reminder settings; "/nhacnho tắt|bật|7 1 0" changes them."""
    words = _lead_words(fold(msg.args))
    store = ctx.storage.reminders
    if words in (["tat"], ["off"]):
        await store.set_muted(msg.channel, msg.user_id, "*", True)
    elif words in (["bat"], ["on"]):
        await store.set_muted(msg.channel, msg.user_id, "*", False)
    elif words:
        if not all(w.isascii() and w.isdigit() for w in words) or not {
            int(w) for w in words
        } <= set(LEAD_CHOICES):
            choices = ", ".join(str(n) for n in LEAD_CHOICES)
            return [
                Reply(
                    f"Cách dùng: /nhacnho tắt, /nhacnho bật, hoặc /nhacnho kèm số ngày nhắc trước "
                    f"hạn, chọn trong {choices} (0 là sáng ngày hết hạn), ví dụ: /nhacnho 7 1 0."
                )
            ]
        await store.set_leads(msg.channel, msg.user_id, [int(w) for w in words])
        # Asking to be reminded some days ahead ("nhắc em trước 3 ngày") turns reminders on.
        await store.set_muted(msg.channel, msg.user_id, "*", False)
    return [await _settings_view(msg, ctx)]


# Words that join day counts in a request typed in words ("nhắc em trước 3 ngày và vào ngày
# hết hạn" reaches /nhacnho with "3 và vào ngày hết hạn").
_JOINERS = frozenset({"va", "ngay", "truoc", "han", "hoac", "voi", "vao", "dung", "het", "hom"})
_DEADLINE_DAY = ("het han", "dung ngay", "hom het")


_TENS_AND = {"bon": 4, "tu": 4}  # "mười bốn", "mười tư"


def _counted(words: list[str]) -> list[str]:
    """The words with day counts written out as numbers, and weeks as days ("một tuần": 7)."""
    out: list[str] = []
    for word in words:
        if out and out[-1] == "10" and word in _TENS_AND:
            out[-1] = str(10 + _TENS_AND[word])
        elif out and out[-1].isascii() and out[-1].isdigit() and word == "tuan":
            out[-1] = str(7 * int(out[-1]))
        else:
            out.append(str(COUNT_WORDS[word]) if word in COUNT_WORDS else word)
    return out


def _lead_words(folded: str) -> list[str]:
    """The settings words of "/nhacnho …": day counts typed in words keep only their numbers
    (the deadline day itself is 0); anything else is left for the usage line."""
    words = folded.replace(",", " ").replace(";", " ").split()
    if any(w in COUNT_WORDS or w == "tuan" for w in words):
        words = _counted(words)
    if not any(w.isascii() and w.isdigit() for w in words):
        return words
    kept = [w for w in words if w not in _JOINERS]
    return [*kept, "0"] if any(p in folded for p in _DEADLINE_DAY) and "0" not in kept else kept


_LEADS = {str(n) for n in LEAD_CHOICES}
NONE_RUNNING = "Hiện không có phong trào nào đang diễn ra hoặc sắp mở, nên chưa có hạn nào để nhắc."
STALE_OPTION = "Lựa chọn này không còn hiệu lực. Anh/chị chọn lại trong các lựa chọn dưới đây."


async def act(msg: Incoming, ctx: AppContext) -> list[Reply]:
    """Options of /nhacnho: "remind:off:<campaign|*>", "remind:on:...", "remind:lead:<days>"."""
    _, what, target = [*(msg.choice or "").split(":", 2), "", ""][:3]
    store = ctx.storage.reminders
    known = target == "*" or ctx.knowledge.campaign(target) is not None
    if not ((what in ("on", "off") and known) or (what == "lead" and target in _LEADS)):
        return [Reply(STALE_OPTION, (await _settings_view(msg, ctx)).choices)]
    if what in ("on", "off"):
        await store.set_muted(msg.channel, msg.user_id, target, what == "off")
    elif what == "lead" and target.isdigit():
        leads = set(await store.leads(msg.channel, msg.user_id))
        leads ^= {int(target)}
        if not leads:
            return [
                Reply(
                    "Cần giữ ít nhất một thời điểm nhắc. Muốn thôi nhận nhắc hạn, "
                    "anh/chị chọn “Tắt mọi nhắc hạn”.",
                    (await _settings_view(msg, ctx)).choices,
                )
            ]
        await store.set_leads(msg.channel, msg.user_id, sorted(leads))
    return [await _settings_view(msg, ctx)]


async def _not_ended(ctx: AppContext, campaign_ids: set[str]) -> list[tuple[str, Document]]:
    """The campaigns among these that have not ended (an ended one has nothing to remind)."""
    found = [(i, d) for i in sorted(campaign_ids) if (d := ctx.knowledge.campaign(i))]
    return [(i, d) for i, d in found if await state_of(ctx, d) is not CampaignState.ENDED]


async def _settings_view(msg: Incoming, ctx: AppContext) -> Reply:
    store = ctx.storage.reminders
    muted = await store.muted(msg.channel, msg.user_id)
    leads = await store.leads(msg.channel, msg.user_id)
    campaigns = await _not_ended(ctx, {s.deadline.campaign_id for s in await store.deadlines()})
    when_text = ", ".join(lead_label(n) for n in leads)
    if "*" in muted:
        lines = ["Nhắc hạn: đang tắt cho mọi phong trào."]
        choices = [Choice("Bật nhắc hạn", "remind:on:*")]
    else:
        lines = [f"Nhắc hạn: đang bật. Tôi nhắc lúc 8 giờ sáng các ngày: {when_text}."]
        choices = [Choice("Tắt mọi nhắc hạn", "remind:off:*")]
        if not campaigns:
            lines.append(NONE_RUNNING)
        for campaign, doc in campaigns:
            short = f"{doc.short_issuer} {doc.period}"
            if campaign in muted:
                lines.append(f"Đã tắt nhắc cho phong trào {_campaign_name(ctx, campaign)}.")
                choices.append(
                    Choice(short_label(f"Bật lại nhắc: {short}"), f"remind:on:{campaign}")
                )
            else:
                choices.append(Choice(short_label(f"Tắt nhắc: {short}"), f"remind:off:{campaign}"))
        for days in LEAD_CHOICES:
            verb = "Bỏ nhắc" if days in leads else "Thêm nhắc"
            at = "vào" if days == 0 else ""
            choices.append(
                Choice(" ".join(filter(None, (verb, at, lead_label(days)))), f"remind:lead:{days}")
            )
    if tuple(leads) != DEFAULT_LEADS and "*" not in muted:
        lines.append("(Mặc định: trước hạn 7 ngày, trước hạn 1 ngày và ngày hết hạn.)")
    lines.append("Không có tin nhắc nào từ 21 giờ tối đến 7 giờ sáng.")
    return Reply("\n".join(lines), tuple(choices))
