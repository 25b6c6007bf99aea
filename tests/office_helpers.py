"""People of the office tests: an administrator, the office, unit heads and staff on one core."""

from typing import TYPE_CHECKING

from bot.courier import Courier
from bot.delivery import Outbox
from bot.notices import send_now
from bot.roles import REFUSED as REFUSED  # the one refusal line, re-exported for the tests
from tests.conftest import Chat

if TYPE_CHECKING:
    from bot.core import BotCore

ADMIN = "admin"


async def profile(chat: Chat, name: str, unit: str, position: str = "Chuyên viên") -> None:
    """Fill in /hoso; a unit is picked by its words when the office listed units."""
    await chat.send("/hoso")
    await chat.send(name)
    await chat.send(unit)
    await chat.send(position)
    replies = await chat.send("1")
    assert f"Đã lưu hồ sơ của {name}" in replies[0].text, chat.text


async def appoint(admin: Chat, who: str, role: str) -> None:
    """The administrator (or office) appoints `who` by name: role "Văn phòng" or "Thủ trưởng"."""
    await admin.send(f"/phanquyen {who}")
    replies = await admin.press(f"{role}: {who}")
    assert replies[0].text.startswith(f"Đã phân công {who}"), admin.text


SOC_TRANG = "soctrang-stnmt-2022"


async def pledge(chat: Chat, targets: str, collective: bool = False) -> str:
    """Register a pledge for the Sóc Trăng 2022 campaign; returns its reference."""
    await chat.send("/dangkythidua")
    await chat.send("Sóc Trăng")
    if collective:
        await chat.send("Tập thể")
    await chat.send("1")
    await chat.send(targets)
    await chat.send("/boqua")
    replies = await chat.send("1")
    assert "Đã ghi nhận bản đăng ký thi đua số" in replies[0].text, chat.text
    return replies[0].text.split("số ", 1)[1].split(".", 1)[0]


async def initiative(chat: Chat) -> None:
    for answer in (
        "/sangkien", "Sóc Trăng", "Số hóa hồ sơ địa chính bằng mã QR",
        "Nguyễn Thị Lan 70%; Trần Văn Bình 30%", "Quản lý đất đai", "15/03/2022",
        "Gắn mã QR lên từng bìa hồ sơ địa chính để tra cứu ngay trên phần mềm",
        "Máy quét mã QR, phần mềm quản lý hồ sơ",
        "Giảm thời gian tra cứu từ 15 phút xuống 1 phút", "1",
    ):  # fmt: skip
        await chat.send(answer)
    assert "SK-2022-0001" in chat.text, chat.text


async def nomination(chat: Chat) -> None:
    for answer in (
        "/dienhinh", "Sóc Trăng", "Cá nhân", "Trần Văn Bình", "Phòng Môi trường",
        "Giải quyết 100% hồ sơ đúng hạn, có sáng kiến số hóa hồ sơ", "1",
    ):  # fmt: skip
        await chat.send(answer)
    assert "DH-2022-0001" in chat.text, chat.text


async def department(core: "BotCore") -> dict[str, Chat]:
    """A small department: the office, two units, a head, three staff, every kind of record.

    Lan: individual pledge TD-2022-0001 and initiative SK-2022-0001 (two authors);
    Bình, head of Phòng Môi trường: collective pledge TD-2022-0002 and nomination DH-2022-0001;
    Cúc: individual pledge TD-2022-0003, returned by the office. Dũng registered nothing.
    """
    admin, office = Chat(core, ADMIN), Chat(core, "3001")
    lan, binh, cuc, dung = (Chat(core, u) for u in ("3002", "3003", "3004", "3005"))
    await profile(office, "Lê Thị Hoa", "Văn phòng Sở")
    await appoint(admin, "Lê Thị Hoa", "Văn phòng")
    await profile(lan, "Nguyễn Thị Lan", "Phòng Đất đai")
    await profile(binh, "Trần Văn Bình", "Phòng Môi trường", "Trưởng phòng")
    await profile(cuc, "Phạm Thị Cúc", "Phòng Đất đai")
    await profile(dung, "Võ Văn Dũng", "Phòng Đất đai")
    await appoint(office, "Trần Văn Bình", "Thủ trưởng")
    await pledge(lan, "Hoàn thành 100% nhiệm vụ được giao")
    await initiative(lan)
    await pledge(binh, "Tập thể hoàn thành xuất sắc nhiệm vụ năm 2022", collective=True)
    await nomination(binh)
    ref = await pledge(cuc, "Hoàn thành nhiệm vụ")
    await office.send(f"/duyet {ref}")
    await office.press("Trả lại")
    await office.send("Chỉ tiêu chưa cụ thể")
    await office.send("1")
    return {"admin": admin, "office": office, "lan": lan, "binh": binh, "cuc": cuc, "dung": dung}


async def send_queued(core: "BotCore", outbox: Outbox, limit: int | None = None) -> int:
    """Send what the outbox holds for console users through `outbox`, as the console does
    after each answer (announcements' reports included); the number of rows tried."""
    courier = Courier(core.ctx.storage, core.ctx.clock, {"console": outbox})
    done = await send_now(core.ctx, courier, limit=limit)
    return done.sent + done.failed + done.retrying
