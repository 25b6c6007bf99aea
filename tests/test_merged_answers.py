"""What the merge of ranking and follow-ups must keep: the answering line of an information
card is shown, and a question completed with the last document is focused on what was typed."""

from bot.clock import FixedClock
from handlers.phone_answer import FIRST_MESSAGE, _answering_line, _identity
from knowledge import KnowledgeBase
from tests.conftest import Chat
from tests.test_offers_now import LATER


async def test_a_list_question_on_a_card_shows_the_line_it_asks_for(
    chat: Chat, clock: FixedClock
) -> None:
    """ "gồm những ai" asks for a list, but on a card the list is one labelled line."""
    clock.advance(LATER)
    await chat.send("công văn phát động thi đua năm 2021 của bộ tài nguyên và môi trường")
    reply = (await chat.send("nơi nhận gồm những ai"))[0].text
    assert "Nơi nhận" in reply and len(reply) <= FIRST_MESSAGE


async def test_a_short_follow_up_is_focused_on_what_was_typed(
    chat: Chat, clock: FixedClock
) -> None:
    """ "gửi cho những ai" is searched with the plan's name, whose words ("Sở") must not pick
    the card's "Số" line; "gửi" asks for the recipients ("Nơi nhận")."""
    clock.advance(LATER)
    await chat.send("kế hoạch thi đua năm 2022 của sở tn&mt sóc trăng có chủ đề gì")
    reply = (await chat.send("gửi cho những ai"))[0].text
    assert "Nơi nhận" in reply and len(reply) <= FIRST_MESSAGE


async def test_the_history_note_of_an_answer_is_one_short_line(
    chat: Chat, clock: FixedClock
) -> None:
    clock.advance(LATER)
    reply = (await chat.send("tiêu chí tập thể trong kế hoạch thi đua 2022 sóc trăng"))[0].text
    note = reply.split("ℹ️ ", 1)[1].splitlines()[0]
    assert note.startswith("Đây là văn bản lịch sử") and len(note) <= 130, note


def test_the_answering_line_is_not_the_closing_formula_nor_chosen_by_the_issuer(
    kb: KnowledgeBase,
) -> None:
    question = "văn phòng sở tn&mt sóc trăng có nhiệm vụ gì trong phong trào thi đua"
    passage = kb.search(question)[0].passage
    lines = [line for line in passage.text.splitlines() if line.strip()]
    lead = _answering_line(lines, question, _identity(passage))
    # the words naming the plan ("phong trào thi đua" of its title) pick no line: its top
    assert lead == 0 and lines[1].startswith("- Tham mưu Giám đốc Sở"), lines[lead]


async def test_a_follow_up_for_the_other_audience_is_not_tied_back(chat: Chat) -> None:
    await chat.send("tieu chi thi dua ca nhan cua bo tn&mt nam 2021")
    reply = (await chat.send("thế còn tập thể?"))[0].text
    assert reply.startswith("1. Đối với tập thể"), reply[:200]


async def test_how_many_campaigns_lists_those_of_the_year_and_place_named(chat: Chat) -> None:
    for question in ("năm 2021 có mấy phong trào thi đua", "nam 2021 co may phong trao"):
        reply = (await chat.send(question))[0]
        assert reply.text.startswith("Trong kho có 4 văn bản phát động phong trào thi đua năm 2021")
        assert len(reply.choices) == 4 and len(reply.text) <= FIRST_MESSAGE
    reply = (await chat.send("bộ tnmt có mấy phong trào thi đua"))[0]
    assert reply.text.startswith("Trong kho có 1 văn bản") and "Bộ TN&MT 2021" in reply.text
