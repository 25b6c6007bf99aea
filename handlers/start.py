"""Greeting and help: what the bot can do and how to ask it.

/start greets the user and offers the main actions; /help lists the commands.
"""

from bot.campaigns import registrable
from bot.context import AppContext
from bot.messages import Choice, Incoming, Reply
from bot.roles import Role, role_of

MAIN_CHOICES = (
    Choice("Các phong trào thi đua", "/phongtrao"),
    Choice("Tiêu chí thi đua", "/tieuchi"),
    Choice("Đăng ký thi đua", "/dangkythidua"),
    Choice("Đăng ký sáng kiến", "/sangkien"),
    Choice("Hướng dẫn sử dụng", "/help"),
)

HELP = """Hỏi đáp:
/phongtrao – các phong trào thi đua và thông tin từng phong trào
/tieuchi – tiêu chí thi đua (tập thể, cá nhân)

Đăng ký:
/hoso – hồ sơ (họ tên, đơn vị, chức vụ)
/dangkythidua – đăng ký thi đua (danh hiệu, chỉ tiêu)
/sangkien – đăng ký sáng kiến
/cuatoi – xem, sửa, rút các đăng ký của anh/chị

Hạn và nhắc hạn:
/hanchot – các hạn sắp tới
/nhacnho – bật, tắt nhắc hạn, chọn nhắc trước mấy ngày
Khi đang đăng ký: /quaylai quay lại, /boqua bỏ qua, /huy hủy, /tieptuc tiếp tục.

Anh/chị cứ gõ câu hỏi, có dấu hoặc không dấu (“tieu chi thi dua ca nhan nam 2021”), hoặc \
nhắn yêu cầu bằng lời (“cho em đăng ký thi đua”, “đừng nhắc em nữa”). Câu trả lời luôn ghi \
rõ trích từ văn bản nào, mục nào."""

# What each role adds to the help, highest last; a person sees the sections of their role.
ROLE_HELP = {
    Role.UNIT_HEAD: """Thủ trưởng đơn vị:
/dienhinh – giới thiệu gương điển hình tiên tiến
/donvicuatoi – ai trong đơn vị đã đăng ký, ai chưa; nhắc người chưa đăng ký""",
    Role.OFFICE: """Văn phòng (thường trực thi đua):
/duyet – các bản đăng ký chờ xử lý: tiếp nhận, duyệt, trả lại
/xuatexcel – xuất tệp Excel tổng hợp đăng ký của một phong trào
/thongke – thống kê theo đơn vị, kèm biểu đồ
/thongbao – gửi thông báo tới cán bộ
/donvi – đơn vị và danh sách cán bộ (nhập từ tệp Excel/CSV)
/phanquyen – phân công thủ trưởng đơn vị
/themvanban – thêm văn bản (gửi tệp DOCX, PDF, TXT vào tin nhắn riêng với tôi)
/suahan – thêm, dời, đổi tên, xóa hạn; dời hạn đăng ký để gia hạn hoặc mở lại đăng ký
/cauhoi – các câu hỏi bot chưa trả lời được""",
    Role.ADMIN: """Quản trị viên:
/phanquyen – phân công cán bộ Văn phòng""",
}


# The options that start a registration, and the kind each needs a campaign to accept.
REGISTERS = {"/dangkythidua": "pledge", "/sangkien": "initiative"}


async def doable(ctx: AppContext, choices: tuple[Choice, ...]) -> tuple[Choice, ...]:
    """The options without the registrations no campaign accepts now: offer only what can
    be done (the command itself would only say that nothing is open)."""
    kept = []
    for choice in choices:
        kind = REGISTERS.get(choice.value.split(maxsplit=1)[0]) if choice.value else None
        if kind is None or await registrable(ctx, kind):
            kept.append(choice)
    return tuple(kept)


async def start(msg: Incoming, ctx: AppContext) -> list[Reply]:
    name = f" {msg.user_name}" if msg.user_name else ""
    greeting = (
        f"Xin chào{name}! Tôi là Trợ lý Thi đua. Tôi trả lời các câu hỏi về phong trào thi đua "
        "và tiêu chí thi đua, dựa trên văn bản chính thức, kèm trích dẫn nguồn; và giúp anh/chị "
        "đăng ký thi đua, đăng ký sáng kiến.\n"
        "Anh/chị hãy gõ câu hỏi, hoặc chọn:"
    )
    return [Reply(greeting, await doable(ctx, MAIN_CHOICES))]


async def help_(msg: Incoming, ctx: AppContext) -> list[Reply]:
    role = await role_of(ctx, msg.channel, msg.user_id)
    sections = [HELP, *(text for needed, text in ROLE_HELP.items() if role >= needed)]
    return [Reply("\n\n".join(sections))]
