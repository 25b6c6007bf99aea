"""What is current, when the knowledge base does not hold it: said, with why, and logged."""

import datetime as dt
import shutil
from pathlib import Path

from bot.clock import FixedClock
from bot.core import BotCore
from handlers import currency
from knowledge import DOCUMENTS_DIR, KnowledgeBase
from tests.conftest import TODAY, TZ, Chat


async def _logged(core: BotCore) -> list[tuple[str, str]]:
    since = core.ctx.clock.now() - dt.timedelta(days=1)
    return [(q.text, q.kind) for q in await core.ctx.storage.declined.open_since(since)]


async def test_an_unheld_legal_text_asked_whether_in_force_is_logged_for_the_office(
    chat: Chat,
) -> None:
    reply = (await chat.send("thông tư 12/2019 còn hiệu lực không"))[0]
    assert "chưa có Thông tư 12/2019" in reply.text
    assert await _logged(chat.core) == [("thông tư 12/2019 còn hiệu lực không", "not_held")]


async def test_the_campaigns_of_next_year_are_not_listed_as_open(
    core: BotCore, clock: FixedClock
) -> None:
    clock.current = TODAY
    chat = Chat(core)
    for asked, year in (("năm sau có phong trào gì", 2027), ("nam 2028 co phong trao nao", 2028)):
        text = (await chat.send(asked))[0].text
        first, _, rest = text.partition("\n")
        assert first == currency.YEAR_NOT_HELD.format(year=year), asked
        assert "đang mở" not in first and "Hiện chưa có phong trào thi đua nào đang mở" in rest
    assert [kind for _, kind in await _logged(core)] == ["not_held", "not_held"]


def test_a_held_campaign_of_a_later_year_is_listed(kb: KnowledgeBase) -> None:
    before = dt.datetime(2021, 5, 1, 9, 0, tzinfo=TZ)
    replies = currency.answer("năm sau có phong trào gì", kb, before)
    assert isinstance(replies, list)
    assert replies[0].text.startswith(currency.OF_YEAR.format(year=2022))
    assert replies[0].choices


def test_what_became_of_the_issuers_is_read_from_the_restructuring_note(tmp_path: Path) -> None:
    folder = tmp_path / "documents"
    shutil.copytree(DOCUMENTS_DIR, folder)
    note = folder / "sap-xep-bo-may-2025.md"
    # a note that says something else than the code could: the answer follows the note
    text = note.read_text(encoding="utf-8")
    note.write_text(
        text.replace(
            "## Tỉnh Kon Tum nay thuộc tỉnh Quảng Ngãi", "## Tỉnh Kon Tum nay thuộc tỉnh Gia Lai"
        ),
        encoding="utf-8",
    )
    replies = currency.answer("năm nay có phong trào nào", KnowledgeBase.load(folder), TODAY)
    assert isinstance(replies, list)
    said = replies[0].text
    assert "Tỉnh Kon Tum nay thuộc tỉnh Gia Lai" in said and "Quảng Ngãi" not in said
    assert "Bộ Tài nguyên và Môi trường nay là Bộ Nông nghiệp và Môi trường" in said
    note.unlink()  # no note: nothing said of the changes
    replies = currency.answer("năm nay có phong trào nào", KnowledgeBase.load(folder), TODAY)
    assert isinstance(replies, list)
    assert "sắp xếp lại" not in replies[0].text


async def test_the_base_salary_amount_is_declined_with_the_reason_and_logged(chat: Chat) -> None:
    reply = (await chat.send("lương cơ sở hiện nay bao nhiêu"))[0]
    assert reply.text.startswith("Tôi không theo dõi mức lương cơ sở")
    assert "Nghị định 152/2025/NĐ-CP" in reply.text
    assert await _logged(chat.core) == [("lương cơ sở hiện nay bao nhiêu", "feature")]
    # a bonus counted in base salaries is still answered from the decree
    bonus = (await chat.send("chiến sĩ thi đua cơ sở được thưởng bao nhiêu lần lương cơ sở"))[0]
    assert "1,0 lần mức lương cơ sở" in bonus.text
