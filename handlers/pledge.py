"""Pledge (/dangkythidua): the titles and targets a person commits to in a campaign.

Flow: campaign (open ones) → individual or collective (collective only for a unit head) →
title(s) from the catalogue → targets in the person's words → an optional planned initiative
→ summary → confirm. One active pledge per person, campaign and scope: a second attempt
offers to edit the first. A title that needs an initiative (Chiến sĩ thi đua cơ sở) leads to
an offer to register it next.
"""

import re
from typing import Any

from bot.dialogs import Dialog, Invalid, Step, Turn
from bot.messages import Choice, Reply
from bot.roles import Role
from handlers import profile
from handlers.fields import (
    campaign_options,
    campaigns_open_now,
    closed_now,
    none_open,
    one_of,
    open_campaign,
    open_campaigns,
    option,
    save_record,
    show_campaign,
    text,
)
from knowledge import Title
from knowledge.normalize import fold
from knowledge.titles import amendment_warnings

SCOPES = {"individual": "Cá nhân", "collective": "Tập thể (phòng/đơn vị do tôi phụ trách)"}


def _scope_options(turn: Turn) -> list[Choice]:
    return [option(label, value) for value, label in SCOPES.items()]


def _scope(turn: Turn) -> str:
    return str(turn.answers.get("scope") or "individual")


def _title_options(turn: Turn) -> list[Choice]:
    titles = turn.ctx.knowledge.titles.values()
    return [option(t.name, t.id) for t in titles if t.audience == _scope(turn)]


def _titles_prompt(turn: Turn) -> str:
    """The titles with their first condition and article, since buttons cannot show them."""
    titles = turn.ctx.knowledge.titles.values()
    lines = ["Anh/chị phấn đấu đạt danh hiệu nào? Bấm chọn rồi bấm Xong, hoặc gõ số: 1, 2."]
    shown = [t for t in titles if t.audience == _scope(turn)]
    # The law is named once when every title comes from it: the prompt is asked again after
    # each invalid answer and must stay short enough for a phone.
    laws = {t.citation.removeprefix(t.article).strip() for t in shown}
    one_law = len(laws) == 1
    for number, title in enumerate(shown, 1):
        where = title.article if one_law else title.citation
        lines.append(f"{number}. {title.name}: {title.conditions[0]} ({where}).")
    if one_law and shown:
        lines.append(f"({laws.pop()})")
    today = turn.ctx.clock.now().date().isoformat()
    lines += [f"⚠️ {w}" for w in amendment_warnings([t.id for t in shown], today)]
    return "\n".join(lines)


def _parse_titles(answer: str, turn: Turn) -> list[str]:
    """One or more titles, by number or name, separated by commas ("1, 2")."""
    options = _title_options(turn)
    chosen: list[str] = []
    for part in filter(None, (p.strip() for p in re.split(r"[,;+]| và ", answer))):
        value = part.removeprefix("dlg:")
        if part.isascii() and part.isdigit() and 1 <= int(part) <= len(options):
            value = options[int(part) - 1].value.removeprefix("dlg:")
        else:
            named = [o for o in options if fold(o.label) == fold(part)]
            value = named[0].value.removeprefix("dlg:") if named else value
        if value not in turn.ctx.knowledge.titles or value not in [o.value[4:] for o in options]:
            raise Invalid(
                f"“{part}” không phải danh hiệu trong danh sách. Gõ số thứ tự, ví dụ: 1, 2."
            )
        if value not in chosen:
            chosen.append(value)
    if not chosen:
        raise Invalid("Anh/chị hãy chọn ít nhất một danh hiệu.")
    return chosen


def _show_titles(value: Any, turn: Turn) -> str:
    titles = turn.ctx.knowledge.titles
    return ", ".join(titles[t].name if t in titles else t for t in value)


async def _precheck(turn: Turn) -> list[Reply] | None:
    if not await open_campaigns(turn, "pledge"):
        return await none_open(turn, "pledge")
    return await profile.require(turn, then="pledge")


async def _open_now(turn: Turn) -> dict[str, Any]:
    return await campaigns_open_now(turn, "pledge")


async def _guard(turn: Turn) -> list[Reply] | None:
    """A person has one active pledge per campaign and scope: offer to edit it instead."""
    campaign = turn.answers.get("campaign")
    if not campaign or (turn.role >= Role.UNIT_HEAD and "scope" not in turn.answers):
        return None
    existing = await turn.ctx.storage.active_pledge(
        turn.msg.channel, turn.msg.user_id, str(campaign), _scope(turn)
    )
    if existing is None or existing.id == turn.record:
        return None
    return [
        Reply(
            f"Anh/chị đã có bản đăng ký thi đua {existing.ref} cho phong trào này. Mỗi người chỉ có "
            "một bản đăng ký đang hiệu lực cho mỗi phong trào; anh/chị có thể sửa bản đó.",
            (Choice(f"Sửa bản đăng ký {existing.ref}", f"reg:edit:pledge:{existing.id}"),),
        )
    ]


async def _finish(turn: Turn) -> list[Reply]:
    if stop := await closed_now(turn, "pledge"):
        return stop
    answers, ctx = turn.answers, turn.ctx
    fields = {
        "scope": _scope(turn),
        "titles": answers["titles"],
        "targets": answers["targets"],
        "planned_initiative": answers.get("planned_initiative"),
    }
    ref, verb = await save_record(turn, "pledge", fields)
    replies = [
        Reply(f"Đã {verb} bản đăng ký thi đua số {ref}. Gõ /cuatoi để xem các đăng ký của anh/chị.")
    ]
    titles = [ctx.knowledge.titles[t] for t in answers["titles"] if t in ctx.knowledge.titles]
    if not answers.get("planned_initiative"):
        note = _initiative_note(titles)
        if note:
            replies.append(Reply(note, (Choice("Đăng ký sáng kiến", "/sangkien"),)))
    return replies


def _initiative_note(titles: list[Title]) -> str | None:
    """What the chosen titles say about initiatives: required, or one way to qualify."""
    required = [t for t in titles if t.requires_initiative]
    if required:
        names = ", ".join(t.name for t in required)
        return (
            f"Lưu ý: danh hiệu {names} cần có sáng kiến (hoặc đề tài khoa học) được công nhận "
            f"({required[0].citation}). Anh/chị có muốn đăng ký sáng kiến ngay không?"
        )
    for title in titles:
        condition = next((c for c in title.conditions if "sáng kiến" in c), None)
        if condition:
            return (
                f"Lưu ý: theo {title.citation}, danh hiệu {title.name} cần: “{condition}”. "
                "Nếu anh/chị có sáng kiến, anh/chị có thể đăng ký ngay."
            )
    return None


DIALOG = Dialog(
    name="pledge",
    command="dangkythidua",
    title="đăng ký thi đua",
    steps=(
        Step(
            "campaign",
            "Phong trào",
            "Anh/chị đăng ký thi đua cho phong trào nào?",
            open_campaign,
            options=campaign_options,
            show=show_campaign,
        ),
        Step(
            "scope",
            "Đăng ký cho",
            "Anh/chị đăng ký cho cá nhân hay cho tập thể phòng/đơn vị?",
            one_of(_scope_options),
            options=_scope_options,
            role=Role.UNIT_HEAD,  # appointed by the office; staff pledge for themselves
            show=lambda value, turn: SCOPES[str(value)],
        ),
        Step(
            "titles",
            "Danh hiệu đăng ký",
            _titles_prompt,
            _parse_titles,
            options=_title_options,
            show=_show_titles,
            multiple=True,
        ),
        Step(
            "targets",
            "Chỉ tiêu, cam kết",
            "Anh/chị hãy nêu các chỉ tiêu, cam kết thi đua (ví dụ: hoàn thành 100% nhiệm vụ được giao…).",
            text(10, 2000, "Chỉ tiêu, cam kết"),
            max_chars=2000,
        ),
        Step(
            "planned_initiative",
            "Sáng kiến dự kiến",
            "Anh/chị dự kiến có sáng kiến nào trong năm? Gõ tên sáng kiến.",
            text(5, 300, "Tên sáng kiến"),
            optional=True,
            max_chars=300,
        ),
    ),
    finish=_finish,
    precheck=_precheck,
    fresh=_open_now,
    guard=_guard,
)
