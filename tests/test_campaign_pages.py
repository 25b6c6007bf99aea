"""Many campaigns: /phongtrao pages through them, /tieuchi offers the newest few."""

from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest

from bench.synthetic import generate_documents
from bot.app import open_core
from bot.campaigns import by_state, cannot_register, state_of
from bot.clock import FixedClock
from bot.messages import Choice, Reply
from bot.settings import Settings
from handlers.office import followup
from knowledge import KnowledgeBase
from tests.conftest import Chat

CAMPAIGNS = 20


@pytest.fixture(scope="module")
def many() -> KnowledgeBase:
    return KnowledgeBase.from_documents(generate_documents(CAMPAIGNS, seed=7))


@pytest.fixture
async def crowded(
    many: KnowledgeBase, settings: Settings, clock: FixedClock
) -> AsyncIterator[Chat]:
    async with open_core(settings, many, clock) as core:
        yield Chat(core)


async def test_campaigns_come_a_page_at_a_time(crowded: Chat, many: KnowledgeBase) -> None:
    def shown(reply_choices: tuple[Choice, ...]) -> list[str]:
        return [c.value for c in reply_choices if c.value.startswith("campaign:")]

    # Open campaigns first (their state from the clock), newest first within each state.
    ids = [f"campaign:{d.id}" for d, _ in await by_state(crowded.core.ctx)]
    assert len(ids) == len(many.campaigns())
    first = await crowded.send("/phongtrao")
    assert "trang 1/3" in first[0].text
    assert shown(first[0].choices) == ids[:8]
    assert not any("Trang trước" in c.label for c in first[0].choices)

    second = await crowded.press("Trang sau")
    assert "trang 2/3" in second[0].text
    assert shown(second[0].choices) == ids[8:16]
    third = await crowded.press("Trang sau")
    assert shown(third[0].choices) == ids[16:]
    assert not any("Trang sau" in c.label for c in third[0].choices)

    back = await crowded.press("Trang trước")
    assert "trang 2/3" in back[0].text
    chosen = many.campaigns()[8]
    card = await crowded.press(back[0].choices[0].label)
    assert chosen.title in card[0].text


async def test_bundled_campaigns_fit_on_one_page(chat: Chat) -> None:
    replies = await chat.send("/phongtrao")
    assert "trang" not in replies[0].text.splitlines()[0]
    assert not any(c.value.startswith("campaigns:") for c in replies[0].choices)


async def test_criteria_offers_the_newest_campaigns_and_how_to_find_others(
    settings: Settings, clock: FixedClock
) -> None:
    kb = KnowledgeBase.from_documents(generate_documents(60, seed=7))
    with_criteria = [d for d in kb.campaigns() if kb.part(d, "canhan")]
    async with open_core(settings, kb, clock) as core:
        is_open = [(await state_of(core.ctx, d)).is_open for d in with_criteria]
        replies = await Chat(core).send("/tieuchi")
    assert len(with_criteria) > 10 and sum(is_open) > 1
    # The open ones first, then the newest of the others.
    offered = [d for d, o in zip(with_criteria, is_open, strict=True) if o] + [
        d for d, o in zip(with_criteria, is_open, strict=True) if not o
    ]
    assert [c.value for c in replies[0].choices] == [f"criteria:{d.id}" for d in offered[:10]]
    assert "/tieuchi cá nhân 2022" in replies[0].text


async def test_a_dialog_offers_the_newest_open_campaigns_and_finds_others_by_name(
    settings: Settings, clock: FixedClock
) -> None:
    from bot.storage import Profile

    kb = KnowledgeBase.from_documents(generate_documents(60, seed=7))
    async with open_core(settings, kb, clock) as core:
        open_ones = [
            d for d in kb.campaigns() if await cannot_register(core.ctx, d, "initiative") is None
        ]
        assert len(open_ones) > 10
        profile = Profile("console", "1001", "Nguyễn Văn An", "Phòng A", "Chuyên viên", False)
        await core.ctx.storage.save_profile(profile, clock.now())
        chat = Chat(core)
        asked = await chat.send("/sangkien")
        offered = [c for r in asked for c in r.choices if c.value.startswith("dlg:")]
        assert 0 < len(offered) <= 10
        unlisted = next(
            d
            for d in open_ones[10:]
            if sum(o.place == d.place and o.year == d.year for o in open_ones) == 1
        )
        await chat.send(f"{unlisted.place} {unlisted.year}")
        assert "Tên sáng kiến là gì?" in chat.text
        state = await core.ctx.storage.dialog("console", "1001")
        assert state is not None and unlisted.id in str(state)

        shared = next(d.place for d in open_ones if sum(o.place == d.place for o in open_ones) > 1)
        other = Chat(core, "1002")
        await core.ctx.storage.save_profile(replace(profile, user_id="1002"), clock.now())
        await other.send("/sangkien")
        await other.send(shared)
        assert "Có nhiều phong trào khớp" in other.text
        await other.send("Phòng khám đa khoa")
        assert "Không tìm thấy phong trào đang mở nào như vậy" in other.text


async def test_open_campaigns_are_kept_only_until_a_deadline_passes(
    settings: Settings, clock: FixedClock
) -> None:
    import datetime as dt

    from bot.campaigns import by_state, registrable
    from knowledge.campaign_state import CampaignState

    async with open_core(settings, KnowledgeBase.load(), clock) as core:
        ctx = core.ctx
        clock.current = dt.datetime(2022, 3, 31, 16, 59, tzinfo=clock.current.tzinfo)
        assert "soctrang-stnmt-2022" in [d.id for d in await registrable(ctx, "pledge")]
        states = dict((d.id, s) for d, s in await by_state(ctx))
        assert states["soctrang-stnmt-2022"] is CampaignState.REGISTERING

        clock.advance(dt.timedelta(minutes=1))  # 17:00, the registration deadline
        assert "soctrang-stnmt-2022" not in [d.id for d in await registrable(ctx, "pledge")]
        assert "soctrang-stnmt-2022" in [d.id for d in await registrable(ctx, "initiative")]
        states = dict((d.id, s) for d, s in await by_state(ctx))
        assert states["soctrang-stnmt-2022"] is CampaignState.RUNNING


@pytest.mark.parametrize("command", ["/xuatexcel", "/thongke"])
async def test_the_offices_campaign_options_come_a_page_at_a_time(
    many: KnowledgeBase, tmp_path: Path, clock: FixedClock, command: str
) -> None:
    """Thousands of campaigns as buttons fit no chat: the office pages through them."""
    settings = Settings.from_env(
        {"THIDUA_DB": str(tmp_path / "office.sqlite3"), "THIDUA_ADMINS": "console:9"}
    )
    newest = [d.id for d in many.campaigns()]

    def offered(replies: list[Reply]) -> list[str]:
        return [c.value.split(":", 1)[1] for c in replies[0].choices if "Trang" not in c.label]

    async with open_core(settings, many, clock) as core:
        office = Chat(core, "9")
        first = await office.send(command)
        assert offered(first) == newest[:8]
        assert not any("Trang trước" in c.label for c in first[0].choices)
        second = await office.press("Trang sau")
        assert offered(second) == newest[8:16]
        third = await office.press("Trang sau")
        assert offered(third) == newest[16:]
        assert not any("Trang sau" in c.label for c in third[0].choices)
        back = await office.press("Trang trước")
        assert offered(back) == newest[8:16]


def test_the_open_campaigns_to_follow_come_a_page_at_a_time(many: KnowledgeBase) -> None:
    campaigns = many.campaigns()
    page = followup._campaign_page(campaigns, 2)
    values = [c.value for c in page.choices]
    assert values[:8] == [f"fu:camp:{i}" for i in range(8, 16)]  # indexes into the whole list
    assert [c.label for c in page.choices[8:]] == ["‹ Trang trước", "Trang sau › (3/3)"]
    assert values[8:] == ["fu:@1", "fu:@3"]
