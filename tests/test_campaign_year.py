"""A campaign's state follows the clock: registration opens, closes, is reopened by the office,
and a late registration is refused in one sentence; records carry the campaign's year."""

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import open_core
from bot.clock import FixedClock
from bot.settings import Settings
from knowledge import KnowledgeBase
from knowledge.campaign_state import CampaignState, campaign_state
from knowledge.documents import parse_document
from tests.conftest import TZ, Chat
from tests.test_dialogs import make_profile

PLAN_2027 = """---
id: qngai-snnmt-2027
kind: Kế hoạch
number: 15/KH-SNNMT
title: Phát động phong trào thi đua năm 2027
issuer: Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi
place: Quảng Ngãi
date: 2026-12-10
year: 2026
period: "2027"
deadlines:
  - {kind: registration, at: 2027-01-31 17:00, audience: unregistered}
---
Số: 15/KH-SNNMT

I. Nội dung thi đua

1. Thi đua hoàn thành số hóa hồ sơ đất đai của tỉnh trong năm 2027.
"""


def local(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=TZ)


def office_settings(tmp_path: Path) -> Settings:
    return Settings.from_env(
        {"THIDUA_DB": str(tmp_path / "db.sqlite3"), "THIDUA_ADMINS": "console:9"}
    )


@pytest.fixture
def kb_2027(kb: KnowledgeBase) -> KnowledgeBase:
    plan = parse_document(PLAN_2027, Path("plan.md"))
    return KnowledgeBase.from_documents([*kb.sources(), plan])


@pytest.fixture
async def chats(
    tmp_path: Path, kb_2027: KnowledgeBase, clock: FixedClock
) -> AsyncIterator[tuple[Chat, Chat]]:
    async with open_core(office_settings(tmp_path), kb_2027, clock) as core:
        yield Chat(core, "1001"), Chat(core, "9")


def test_each_state_change_follows_the_clock(kb_2027: KnowledgeBase) -> None:
    plan = kb_2027.campaign("qngai-snnmt-2027")
    assert plan is not None
    closes = dt.datetime(2027, 1, 31, 17, 0)  # noqa: DTZ001 - local wall time
    states = [
        campaign_state(plan, dt.datetime.fromisoformat(at), closes)
        for at in ("2026-11-30T09:00", "2026-12-10T00:00", "2027-01-31T16:59",
                   "2027-01-31T17:00", "2027-12-31T23:59", "2028-01-01T00:00")
    ]  # fmt: skip
    assert states == [
        CampaignState.NOT_OPEN, CampaignState.REGISTERING, CampaignState.REGISTERING,
        CampaignState.RUNNING, CampaignState.RUNNING, CampaignState.ENDED,
    ]  # fmt: skip


async def test_today_every_bundled_campaign_is_history(
    chats: tuple[Chat, Chat], clock: FixedClock
) -> None:
    staff, _ = chats
    clock.current = local("2026-11-30T09:00")
    listing = (await staff.send("/phongtrao"))[0]
    labels = [c.label for c in listing.choices]
    assert labels[0].startswith("Sở NN&MT Quảng Ngãi") and labels[0].endswith("chưa mở")
    assert sum(label.endswith("đã kết thúc") for label in labels) == 5
    assert "tính đến ngày 30/11/2026" in listing.text
    card = await staff.press("Sở TN&MT Sóc Trăng")
    assert "2022 – đã kết thúc" in card[0].text
    assert "văn bản lịch sử" in card[0].text
    assert "Sở Nông nghiệp và Môi trường thành phố Cần Thơ" in card[0].text
    assert "Nghị quyết 202/2025/QH15" in card[0].text
    assert "Giả định" in card[0].text  # the office schedule is not in the plan
    answer = (await staff.send("phong trào nào đang áp dụng"))[0].text
    assert answer.startswith("Hiện (30/11/2026) chưa có phong trào thi đua nào đang mở")
    assert "Quảng Ngãi" in answer
    none = (await staff.send("kế hoạch thi đua năm 2026 có gì"))[0].text
    assert "chưa có văn bản thi đua nào của năm 2026" in none
    old = (await staff.send("tiêu chí thi đua đối với cá nhân năm 2022"))[0].text
    assert "📄 Nguồn: Kế hoạch năm 2022" in old and "ℹ️ Đây là văn bản lịch sử" in old
    assert "nay do Sở Nông nghiệp và Môi trường thành phố Cần Thơ đảm nhận" in old
    await make_profile(staff)
    refused = (await staff.send("/dangkythidua"))[0].text
    assert "chưa mở (bắt đầu từ ngày 10/12/2026)" in refused and "Quảng Ngãi" in refused


async def test_registration_closes_is_refused_then_reopened_by_the_office(
    chats: tuple[Chat, Chat], clock: FixedClock
) -> None:
    staff, office = chats
    await make_profile(staff)
    clock.current = local("2022-03-31T16:50")
    await staff.send("/dangkythidua")
    await staff.send("Sóc Trăng")
    await staff.send("1")
    await staff.send("Hoàn thành 100% nhiệm vụ được giao trong năm")
    await staff.send("/boqua")
    clock.current = local("2022-03-31T17:05")  # the window closed while typing
    refused = await staff.send("1")
    assert refused[0].text == (
        "Chưa gửi được: phong trào theo Kế hoạch 2022 của Sở TN&MT Sóc Trăng đã hết hạn đăng "
        "ký thi đua lúc 17:00 thứ Năm, ngày 31/03/2022; anh/chị cần đăng ký muộn xin liên hệ "
        "Văn phòng (bộ phận thi đua – khen thưởng) của Sở Nông nghiệp và Môi trường thành phố "
        "Cần Thơ."
    )
    assert await staff.core.ctx.storage.count("pledges") == 0
    started = await staff.send("/dangkythidua")
    assert "Sóc Trăng" not in " ".join(c.label for r in started for c in r.choices)
    await staff.send("/huy")

    prompt = await office.send("/suahan")
    assert [c.label for c in prompt[-1].choices][:2] == [
        "Thêm hạn mới", "Đổi thời gian một hạn (gia hạn, mở lại đăng ký)",
    ]  # fmt: skip
    await office.send("2")
    asked = await office.press("31/03/2022 – Đăng ký thi đua năm 2022")
    example = asked[-1].text.split("ví dụ ")[1].split(";")[0]
    assert example == "14/04/2022 17:00"
    summary = await office.send(example)  # the example offered is accepted
    assert "17:00 thứ Năm, ngày 14/04/2022" in summary[-1].text
    done = await office.send("1")
    assert "Đã đổi hạn “Đăng ký thi đua năm 2022”" in done[-1].text
    history = await office.core.ctx.storage.reminders.changes("soctrang-stnmt-2022:registration")
    assert [(h[0], h[1], h[2], h[3]) for h in history] == [
        ("move", "2022-03-31T17:00", "2022-04-14T17:00", "console:9")
    ]

    await staff.send("/dangkythidua")
    await staff.send("Sóc Trăng")
    await staff.send("1")
    await staff.send("Hoàn thành 100% nhiệm vụ được giao trong năm")
    await staff.send("/boqua")
    done = await staff.send("1")
    assert "TD-2022-0001" in done[0].text


async def test_staff_cannot_change_deadlines_and_office_adds_renames_removes(
    chats: tuple[Chat, Chat], clock: FixedClock
) -> None:
    staff, office = chats
    assert "không có quyền" in (await staff.send("/suahan"))[0].text
    clock.current = local("2026-12-15T09:00")
    await office.send("/suahan")
    await office.press("Thêm hạn mới")
    await office.press("Quảng Ngãi")
    await office.press("Đăng ký sáng kiến")
    await office.send("Đăng ký sáng kiến năm 2027")
    past = await office.send("15/04/2022 17:00")
    assert "phải ở sau thời điểm hiện tại" in past[0].text
    await office.send("15/03/2027")
    done = await office.send("1")
    assert "Đã thêm hạn “Đăng ký sáng kiến năm 2027”: 17:00 thứ Hai, ngày 15/03/2027" in (
        done[-1].text
    )
    await office.send("/suahan")
    await office.press("Đổi tên")
    await office.press("Đăng ký sáng kiến năm 2027")
    await office.send("Hạn đăng ký sáng kiến năm 2027")
    assert "Đã đổi tên hạn" in (await office.send("1"))[-1].text
    await office.send("/suahan")
    await office.press("Xóa")
    await office.press("Hạn đăng ký sáng kiến năm 2027")
    assert "Đã xóa hạn" in (await office.send("1"))[-1].text
    left = await office.core.ctx.storage.reminders.deadlines()
    assert [s.id for s in left if s.deadline.campaign_id == "qngai-snnmt-2027"] == [
        "qngai-snnmt-2027:registration"
    ]
    actions = await office.core.ctx.storage.reminders.changes("qngai-snnmt-2027:initiative")
    assert [a[0] for a in actions] == ["add", "rename", "remove"]


async def test_reference_numbers_carry_the_campaign_year(
    chats: tuple[Chat, Chat], clock: FixedClock
) -> None:
    staff, _ = chats
    clock.current = local("2026-12-20T09:00")
    await make_profile(staff)
    await staff.send("/dangkythidua")
    await staff.send("1")  # the only open campaign: the 2027 plan
    await staff.send("1")
    await staff.send("Hoàn thành 100% nhiệm vụ được giao năm 2027")
    await staff.send("/boqua")
    done = await staff.send("1")
    assert "TD-2027-0001" in done[0].text


async def test_several_titles_typed_with_and_and_the_scope_in_my_registrations(
    chats: tuple[Chat, Chat],
) -> None:
    staff, _ = chats
    await make_profile(staff)
    await staff.send("/dangkythidua")
    await staff.send("Sóc Trăng")
    await staff.send("1 và 2")
    await staff.send("Hoàn thành 100% nhiệm vụ được giao trong năm")
    summary = await staff.send("/boqua")
    assert "Danh hiệu đăng ký: Lao động tiên tiến, Chiến sĩ thi đua cơ sở" in summary[0].text
    await staff.send("1")
    mine = await staff.send("/cuatoi")
    assert "TD-2022-0001 – Đăng ký thi đua: Cá nhân: Lao động tiên tiến" in mine[0].text
    view = await staff.press("Xem TD-2022-0001")
    assert "• Đăng ký cho: Cá nhân" in view[0].text


async def test_a_deadline_moved_in_one_process_reaches_another_within_a_minute(
    tmp_path: Path, kb_2027: KnowledgeBase, clock: FixedClock
) -> None:
    settings = office_settings(tmp_path)
    other_clock = FixedClock(clock.now())
    async with (
        open_core(settings, kb_2027, clock) as first,
        open_core(settings, kb_2027, other_clock) as second,
    ):
        office, staff = Chat(first, "9"), Chat(second, "1001")
        assert "31/03/2022" in (await staff.send("/hanchot"))[0].text
        await office.send("/suahan")
        await office.send("2")
        await office.press("31/03/2022 – Đăng ký thi đua năm 2022")
        await office.send("08/04/2022 17:00")
        await office.send("1")
        other_clock.advance(dt.timedelta(seconds=60))
        upcoming = (await staff.send("/hanchot"))[0].text
        assert "Đăng ký thi đua năm 2022: 17:00 thứ Sáu, ngày 08/04/2022" in upcoming


async def test_a_document_added_at_run_time_keeps_the_bundled_ones_answerable(
    tmp_path: Path, kb: KnowledgeBase, clock: FixedClock
) -> None:
    """The knowledge base keeps a campaign document's text only in its passages; rebuilding
    it with an added document must read the bundled texts again, not lose them."""
    question = "tiêu chí thi đua đối với cá nhân năm 2022"
    async with open_core(office_settings(tmp_path), kb, clock) as core:
        before = core.ctx.knowledge.search(question)[0].passage
        await core.ctx.storage.documents.save(
            "qngai-snnmt-2027", PLAN_2027, [], "console:9", clock.now()
        )
        assert await core.ctx.library.refresh(core.ctx.storage, clock.now(), force=True)
        kb_now = core.ctx.knowledge
        assert kb_now.campaign("qngai-snnmt-2027") is not None
        after = kb_now.search(question)[0].passage
        assert (after.doc.id, after.section, after.text) == (
            before.doc.id,
            before.section,
            before.text,
        )
        assert kb_now.search("số hóa hồ sơ đất đai năm 2027")[0].passage.doc.id == (
            "qngai-snnmt-2027"
        )


async def test_the_office_is_pointed_to_what_it_can_do_when_nothing_is_open(
    tmp_path: Path, kb: KnowledgeBase, kb_2027: KnowledgeBase, clock: FixedClock
) -> None:
    clock.current = local("2026-11-30T09:00")
    (tmp_path / "ended").mkdir()
    (tmp_path / "planned").mkdir()
    # Every campaign ended: /suahan has nothing to change, a new document opens a campaign.
    async with open_core(office_settings(tmp_path / "ended"), kb, clock) as core:
        office = Chat(core, "9")
        await make_profile(office)
        ended = (await office.send("/sangkien"))[0]
        assert "/themvanban" in ended.text and "/suahan" not in ended.text
        assert all(c.value != "/suahan" for c in ended.choices)
    # The 2027 plan is not open yet: its deadlines can be changed.
    async with open_core(office_settings(tmp_path / "planned"), kb_2027, clock) as core:
        office = Chat(core, "9")
        await make_profile(office)
        planned = (await office.send("/sangkien"))[0]
        assert "mở lại bằng /suahan" in planned.text
