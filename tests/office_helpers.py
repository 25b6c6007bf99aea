"""People of the office tests: an administrator, the office, unit heads and staff on one core."""

from tests.conftest import Chat

REFUSED = "Xin lỗi, anh/chị không có quyền dùng chức năng này."
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
