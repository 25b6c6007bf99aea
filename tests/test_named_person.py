"""A question about a named person's award, result, dossier or salary: the bot holds no list
of who is awarded and looks up no one, so it says so in one line, offers the standards of the
title asked of and the person's own records, and logs the refusal; words that only look like a
name ("cao thì có", "tổ thi đua", a signer the documents name) are answered as before."""

import datetime as dt

import pytest

from knowledge import KnowledgeBase
from knowledge.asking import ask
from knowledge.person_names import named_person
from tests.conftest import Chat


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "anh nguyễn văn nam phòng đo đạc năm nay có đc cstđcs ko",
            "Nguyễn Văn Nam",
            "Chiến sĩ thi đua cơ sở",
        ),
        (
            "anh nguyen van nam phong do dac nam nay co dc cstdcs ko",
            "Nguyen Van Nam",
            "Chiến sĩ thi đua cơ sở",
        ),
        ("c le thi hong dc ldtt chua z", "Le Thi Hong", "Lao động tiên tiến"),
        ("hồ sơ của anh Nguyễn Văn Nam đã nộp chưa", "Nguyễn Văn Nam", "Chiến sĩ thi đua cơ sở"),
        ("Bùi Thị Phương lương hệ số bao nhiêu", "Bùi Thị Phương", "Chiến sĩ thi đua cơ sở"),
        ("bác Hoàng Văn Tư năm ngoái đạt danh hiệu gì", "Hoàng Văn Tư", "Chiến sĩ thi đua cơ sở"),
        ("Nguyễn Văn A được khen chưa", "Nguyễn Văn A", "Chiến sĩ thi đua cơ sở"),
        # given names that are words too, typed with marks or as a placeholder
        ("anh nguyễn văn thế được tặng cstđcs chưa", "Nguyễn Văn Thế", "Chiến sĩ thi đua cơ sở"),
        ("anh nguyen van a duoc tang cstd ko", "Nguyen Van A", "Chiến sĩ thi đua cơ sở"),
    ],
)
async def test_a_named_persons_award_or_records_are_declined_saying_why(
    chat: Chat, text: str, name: str, title: str
) -> None:
    replies = await chat.send(text)
    assert len(replies) == 1, [r.text for r in replies]
    reply = replies[0]
    assert reply.text.startswith("Xin lỗi, tôi không có danh sách người được tặng"), reply.text
    assert f"(như {name})" in reply.text and f"“Tiêu chuẩn {title} là gì?”" in reply.text
    assert [c.value for c in reply.choices] == ["/hoso", "/cuatoi"]
    logged = await chat.core.ctx.storage.declined.open_since(
        chat.core.ctx.clock.now() - dt.timedelta(days=1)
    )
    assert [(q.text, q.kind) for q in logged] == [(text, "feature")]


@pytest.mark.parametrize(
    "text",
    [
        "dang bi thanh tra, co don to cao thi co duoc khen thuong khong",
        "tổ thi đua số 3 gồm những đơn vị nào",
        "to thi dua cum 2 gom nhung don vi nao",
        "lam van ban de nghi khen thuong the nao",
        "ai ký chỉ thị 14 của tỉnh kon tum",
        "Lê Ngọc Tuấn ký văn bản nào",
        "tiêu chuẩn Huân chương Hồ Chí Minh",
        "anh chị em trong phòng có được xét lao động tiên tiến không",
        # "nguyên văn" typed without marks, then a word closing the question
        "tieu chuan co thi dua tinh o dieu nao cua luat, co nguyen van ko",
    ],
)
def test_words_and_names_the_documents_hold_are_no_person_asked_of(
    kb: KnowledgeBase, text: str
) -> None:
    assert named_person(text, kb.mentions) is None


def test_a_named_persons_award_is_not_searched_from_the_documents(kb: KnowledgeBase) -> None:
    assert ask(kb, "chị Trần Thị Hoa phòng kế toán có được lao động tiên tiến năm 2025 không") == []
    assert ask(kb, "tiêu chuẩn chiến sĩ thi đua cơ sở")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("in giấy chứng nhận cstđcs cho em", "chưa in được giấy khen"),
        ("in giay chung nhan giup em", "chưa in được giấy khen"),
        ("nộp hồ sơ trên cổng dịch vụ công giúp em", "Cổng dịch vụ công"),
        ("nop ho so len cong dich vu cong quoc gia", "Cổng dịch vụ công"),
        ("thẻ bhyt của em hết hạn chưa", "nằm ngoài phạm vi"),
        ("tra cuu so do", "nằm ngoài phạm vi"),
    ],
)
async def test_services_the_bot_lacks_are_declined_saying_so(
    chat: Chat, text: str, said: str
) -> None:
    assert said in (await chat.send(text))[0].text


async def test_the_portal_asked_about_in_a_campaign_is_still_answered(chat: Chat) -> None:
    # the campaign asks to promote online public services: a question of what it says
    reply = (await chat.send("sở tnmt kon tum có yêu cầu tuyên truyền dvc trực tuyến ko"))[0]
    assert "Cổng dịch vụ công" not in reply.text and "Xin lỗi" not in reply.text


@pytest.mark.parametrize(
    ("role", "unit", "offered"),
    [
        ("office", None, ["/duyet", "/xuatexcel"]),
        ("unit_head", "Phòng Đất đai", ["/donvicuatoi"]),
    ],
)
async def test_a_named_person_asked_by_a_unit_head_or_the_office_offers_what_they_may_see(
    chat: Chat, role: str, unit: str | None, offered: list[str]
) -> None:
    """Not the asker's own /hoso and /cuatoi: the registrations their role may look through."""
    ctx = chat.core.ctx
    await ctx.storage.office.grant(
        "console", chat.user_id, role, unit, "console:9", ctx.clock.now()
    )
    reply = (await chat.send("anh Nguyễn Văn Nam phòng đo đạc đã đăng ký thi đua chưa"))[0]
    assert reply.text.startswith("Xin lỗi, tôi không có danh sách người được tặng"), reply.text
    assert [c.value for c in reply.choices] == offered
    assert all(command in reply.text for command in offered) and "/cuatoi" not in reply.text
