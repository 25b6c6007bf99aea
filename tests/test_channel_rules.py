"""What every channel relies on: groups, redelivered updates, contacts, text splitting and
pacing. Channel adapters are tested end to end in test_telegram.py and test_zalo.py."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from bot.channels.ratelimit import RateLimiter
from bot.channels.text import split_text
from bot.core import BotCore
from bot.messages import Incoming


def group(text: str = "", choice: str | None = None, user: str = "77") -> Incoming:
    return Incoming("telegram", user, "-100500", text=text, choice=choice, is_group=True)


async def test_a_group_gets_answers_but_personal_matters_move_to_a_private_chat(
    core: BotCore,
) -> None:
    answer = await core.handle(group("tiêu chí thi đua đối với cá nhân năm 2022"))
    assert "Nguồn" in answer[0].text
    for text in ("/sangkien", "/dangkythidua", "/cuatoi", "/hoso", "/nhacnho"):
        reply = await core.handle(group(text))
        assert "tin nhắn riêng" in reply[0].text and text in reply[0].text
    reply = await core.handle(group(choice="/dangkythidua"))
    assert "/dangkythidua" in reply[0].text
    reply = await core.handle(group(choice="reg:withdraw:pledge:1"))
    assert "tin nhắn riêng" in reply[0].text
    assert await core.ctx.storage.dialog("telegram", "77") is None
    assert await core.ctx.storage.contacts() == []  # a group is not a private contact


async def test_a_dialog_in_progress_ignores_the_users_group_messages(core: BotCore) -> None:
    private = Incoming("telegram", "78", "78", text="/sangkien")
    await core.handle(private)
    asked = await core.ctx.storage.dialog("telegram", "78")
    reply = await core.handle(group("chủ đề thi đua năm 2022 là gì", user="78"))
    assert "Nguồn" in reply[0].text
    assert await core.ctx.storage.dialog("telegram", "78") == asked
    assert await core.ctx.storage.contacts() == [("telegram", "78", "78")]


async def test_an_update_is_first_delivered_once(core: BotCore) -> None:
    storage, now = core.ctx.storage, core.ctx.clock.now()
    assert await storage.first_delivery("telegram", "1001", now)
    assert not await storage.first_delivery("telegram", "1001", now)
    assert await storage.first_delivery("zalo", "1001", now)  # ids are per channel


async def test_a_question_about_deadlines_gets_the_schedule(core: BotCore) -> None:
    reply = await core.handle(Incoming("telegram", "79", "79", text="han chot dang ky thi dua?"))
    assert "Đăng ký thi đua năm 2022: 17:00 thứ Năm, ngày 31/03/2022" in reply[0].text
    card = await core.handle(
        Incoming("telegram", "79", "79", choice="campaign:soctrang-stnmt-2022")
    )
    assert "• Báo cáo sơ kết 6 tháng đầu năm 2022: 17:00 thứ Tư, ngày 15/06/2022" in card[0].text


@given(st.text(alphabet="ab .\n", min_size=0, max_size=400), st.integers(1, 60))
def test_split_text_keeps_every_word_within_the_limit(text: str, limit: int) -> None:
    parts = split_text(text, limit)
    assert all(0 < len(p) <= limit for p in parts)
    assert "".join(parts).replace(" ", "").replace("\n", "") == text.replace(" ", "").replace(
        "\n", ""
    )


def test_split_text_prefers_paragraphs_then_lines_then_sentences() -> None:
    text = "Đoạn một, dòng một.\nDòng hai.\n\nĐoạn hai rất dài. Câu thứ hai."
    assert split_text(text, 40) == [
        "Đoạn một, dòng một.\nDòng hai.",
        "Đoạn hai rất dài. Câu thứ hai.",
    ]
    assert split_text("Câu một. Câu hai dài hơn.", 12) == ["Câu một.", "Câu hai dài", "hơn."]


async def test_rate_limiter_spaces_messages_overall_and_per_chat() -> None:
    clock = {"now": 0.0}
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(round(seconds, 3))
        clock["now"] += seconds

    limiter = RateLimiter(per_second=10, chat_interval=1.0, now=lambda: clock["now"], sleep=sleep)
    for chat in ("a", "b", "c"):
        await limiter.wait(chat)
    assert waits == [0.1, 0.1]  # 10 per second overall
    await limiter.wait("a")  # "a" sent at 0.0: its next slot is at 1.0
    assert clock["now"] == dt.timedelta(seconds=1).total_seconds()
    limiter.hold(5)  # the server said: retry after 5 s
    await limiter.wait("d")
    assert clock["now"] == 6.0


async def test_start_links_open_what_their_payload_names(core: BotCore) -> None:
    def start(payload: str) -> Incoming:
        return Incoming("telegram", "80", "80", text=f"/start {payload}")

    card = await core.handle(start("campaign_soctrang-stnmt-2022"))
    assert "Chủ đề: “Kỷ cương, trách nhiệm, đổi mới, hội nhập, hiệu quả”" in card[0].text
    deadlines = await core.handle(start("hanchot"))
    assert deadlines[0].text.startswith("Các hạn sắp tới")
    unknown = await core.handle(start("khongco"))
    assert "Liên kết anh/chị vừa mở không còn hiệu lực" in unknown[0].text
    assert unknown[1].choices  # then the greeting and its options
    group_link = await core.handle(
        Incoming("telegram", "80", "-1", text="/start sangkien", is_group=True)
    )
    assert "tin nhắn riêng" in group_link[0].text


async def test_a_number_with_nothing_to_pick_is_explained(core: BotCore) -> None:
    reply = await core.handle(Incoming("zalo", "81", "81", text="1"))
    assert "không có lựa chọn nào đang chờ" in reply[0].text
    await core.handle(Incoming("zalo", "81", "81", text="/start"))
    reply = await core.handle(Incoming("zalo", "81", "81", text="1"))
    assert "Chủ đề" in reply[0].text or reply[0].choices  # the campaign list
