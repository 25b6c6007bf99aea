"""Review: the office receives, returns and approves; the registrant is told and corrects."""

from collections.abc import AsyncIterator, Sequence
from pathlib import Path

import pytest

from bot.app import open_core
from bot.clock import FixedClock
from bot.core import BotCore
from bot.messages import Reply
from bot.settings import Settings
from knowledge import KnowledgeBase
from tests.conftest import Chat
from tests.office_helpers import ADMIN, REFUSED, appoint, profile, send_queued


class Recorder:
    """An outbox that keeps what it was asked to send, by chat."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, Reply]] = []

    async def send(self, chat_id: str, replies: Sequence[Reply]) -> None:
        self.sent += [(chat_id, reply) for reply in replies]

    def to(self, chat_id: str) -> list[Reply]:
        return [reply for chat, reply in self.sent if chat == chat_id]


@pytest.fixture
async def desk(kb: KnowledgeBase, tmp_path: Path, clock: FixedClock) -> AsyncIterator[BotCore]:
    settings = Settings.from_env(
        {"THIDUA_DB": str(tmp_path / "thidua.sqlite3"), "THIDUA_ADMINS": f"console:{ADMIN}"}
    )
    async with open_core(settings, kb, clock) as opened:
        yield opened


async def pledge(chat: Chat, targets: str) -> str:
    await chat.send("/dangkythidua")
    await chat.send("Sóc Trăng")
    await chat.send("1")
    await chat.send(targets)
    await chat.send("/boqua")
    replies = await chat.send("1")
    assert "Đã ghi nhận bản đăng ký thi đua số" in replies[0].text, chat.text
    return replies[0].text.split("số ", 1)[1].split(".", 1)[0]


async def test_review_receive_return_resubmit_approve_with_history(desk: BotCore) -> None:
    outbox = Recorder()
    desk.ctx.sending.attach("console")
    admin, office = Chat(desk, ADMIN), Chat(desk, "3001")
    lan, binh = Chat(desk, "3002"), Chat(desk, "3003")
    await profile(office, "Lê Thị Hoa", "Văn phòng Sở")
    await appoint(admin, "Lê Thị Hoa", "Văn phòng")
    await profile(lan, "Nguyễn Thị Lan", "Phòng Đất đai")
    await profile(binh, "Trần Văn Bình", "Phòng Môi trường")
    first = await pledge(lan, "Hoàn thành 100% nhiệm vụ được giao")
    second = await pledge(binh, "Hoàn thành xuất sắc nhiệm vụ")
    assert (await lan.send("/duyet"))[0].text == REFUSED

    replies = await office.send("/duyet")
    assert replies[0].text.startswith("Có 2 bản đăng ký đang chờ xử lý.\n• Đăng ký thi đua: 2")
    await office.press("Lọc theo đơn vị")
    replies = await office.press("Phòng Đất đai")
    assert f"{first} – Nguyễn Thị Lan (Phòng Đất đai)" in replies[0].text
    assert second not in replies[0].text
    replies = await office.press(f"Mở {first}")
    card = replies[0].text
    assert "• Người đăng ký: Nguyễn Thị Lan – Chuyên viên, Phòng Đất đai" in card
    assert "• Chỉ tiêu, cam kết: Hoàn thành 100% nhiệm vụ được giao" in card
    assert "(đã gửi, chờ Văn phòng tiếp nhận)" in card

    replies = await office.press("Tiếp nhận")
    assert replies[0].text == f"Đã tiếp nhận {first}; Nguyễn Thị Lan đã được báo."
    following = await office.press("Bản chờ tiếp theo")
    assert following[0].text.startswith(f"{second} – Đăng ký thi đua")
    office.last = replies
    assert await send_queued(desk, outbox) == 2  # the office's appointment, then this
    assert "đã được Văn phòng tiếp nhận" in outbox.to("3002")[-1].text

    await office.press("Trả lại")
    replies = await office.send("ngắn")
    assert "quá ngắn" in replies[0].text  # a reason is required
    await office.send("Chỉ tiêu chưa cụ thể, cần ghi rõ số hồ sơ giải quyết đúng hạn")
    replies = await office.send("1")
    assert replies[0].text == f"Đã trả lại {first} kèm lý do; Nguyễn Thị Lan đã được báo."
    await send_queued(desk, outbox)
    told = outbox.to("3002")[-1]
    assert "được Văn phòng trả lại để sửa. Lý do: Chỉ tiêu chưa cụ thể" in told.text
    assert outbox.to("3003") == []  # nobody else hears of it

    # The registrant sees why in /cuatoi, corrects it from the notice's button and sends it again.
    replies = await lan.send("/cuatoi")
    assert "bị trả lại, cần sửa" in replies[0].text and "Lý do trả lại: Chỉ tiêu" in replies[0].text
    lan.last = [told]
    await lan.press("Sửa và gửi lại")
    await lan.press("Sửa một mục")
    await lan.press("Chỉ tiêu, cam kết")
    await lan.send("Giải quyết đúng hạn 100% trong 240 hồ sơ đất đai được giao")
    replies = await lan.send("1")
    assert f"Đã cập nhật bản đăng ký thi đua số {first}" in replies[0].text
    assert "(đã sửa và gửi lại)" in (await lan.send("/cuatoi"))[0].text

    await office.send(f"/duyet {first.lower()}")
    replies = await office.press("Duyệt")
    assert replies[0].text == f"Đã duyệt {first}; Nguyễn Thị Lan đã được báo."
    await send_queued(desk, outbox)
    assert "đã được duyệt" in outbox.to("3002")[-1].text
    replies = await office.press("Lịch sử thay đổi")
    history = replies[0].text.splitlines()
    assert history[0] == f"Lịch sử thay đổi của {first}:"
    assert history[1].endswith("Nguyễn Thị Lan: gửi đăng ký")
    assert history[2].endswith(
        "Lê Thị Hoa: tiếp nhận (đã gửi, chờ Văn phòng tiếp nhận → Văn phòng đã tiếp nhận)"
    )
    assert "Lê Thị Hoa: trả lại" in history[3] and "lý do: Chỉ tiêu chưa cụ thể" in history[3]
    assert "Nguyễn Thị Lan: sửa và gửi lại (bị trả lại, cần sửa → đã sửa và gửi lại)" in history[4]
    assert "Lê Thị Hoa: duyệt" in history[5]
    # An action pressed twice (two office staff at once) is refused the second time.
    stale = await office.send(f"/duyet {second}")
    await office.press("Tiếp nhận")
    office.last = stale
    replies = await office.press("Tiếp nhận")
    assert replies[0].text.startswith(f"Không tiếp nhận được {second}: bản đăng ký đã đổi")
    replies = await office.send(f"/duyet {second}")
    assert "(Văn phòng đã tiếp nhận)" in replies[0].text
    assert "Tiếp nhận" not in [c.label for c in replies[0].choices]
