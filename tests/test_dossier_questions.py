"""Questions on a title's dossier: who sets its rules (the decree hands those of the base
titles down to ministries and provinces, and its editors' note says what that means at a
department), which form a paper of it uses, what an article named by its number says, and
who recognises the initiative a title asks for; follow-ups asking who regulates a dossier."""

import pytest

from handlers.phone_answer import FIRST_MESSAGE, passage_reply
from knowledge import KnowledgeBase
from tests.conftest import Chat

NOTE = "hồ sơ, thủ tục xét các danh hiệu cơ sở do Bộ, tỉnh quy định"
HANDED_DOWN = "phân cấp cho bộ, ban, ngành, tỉnh thực hiện gồm"


def _top(kb: KnowledgeBase, question: str) -> str:
    hits = kb.search(question)
    assert hits, question
    return f"{hits[0].passage.doc.id} {hits[0].passage.section}"


@pytest.mark.parametrize(
    "question",
    [
        "ai quy định hồ sơ thủ tục cho mấy danh hiệu cơ sở",
        "ho so xet lao dong tien tien do ai quy dinh",
        "hồ sơ chiến sĩ thi đua cơ sở theo quy định của cấp nào",
        "thu tuc de nghi tap the lao dong tien tien theo quy dinh cua ai",
        "Thế hồ sơ, thủ tục cho các danh hiệu cơ sở như vậy thì cấp nào quy định ạ?",
        "ho so gia dinh van hoa co quan nao quy dinh",
    ],
)
def test_who_sets_a_base_title_dossier_is_told_with_the_note(
    kb: KnowledgeBase, question: str
) -> None:
    # the clause is long: it is cut so that the note saying what it means follows it
    hits = kb.search(question)
    assert hits and hits[0].passage.section.startswith("Điều 6 "), question
    reply = passage_reply(hits[0].passage, hits[0].position, question)
    assert len(reply.text) <= FIRST_MESSAGE
    shown = reply.text.split("\n\n📄")[0]
    assert HANDED_DOWN in shown and NOTE in shown, shown
    assert shown.index(HANDED_DOWN) < shown.index(NOTE)


@pytest.mark.parametrize(
    ("question", "section"),
    [
        # a form of a title's paper: the decree's list for that title numbers them
        ("bc thanh tich cstdcs mau may", "nd-152-2025-nd-cp Hồ sơ xét tặng “Chiến sĩ thi đua"),
        ("tờ trình chiến sĩ thi đua cơ sở dùng mẫu nào", "nd-152-2025-nd-cp Hồ sơ xét tặng"),
        # an article named by its number, not the title's own
        (
            "de nghi chien si thi dua toan quoc theo dieu 84 luat co can chung nhan sang kien ko",
            "luat-06-2022-qh15 Điều 84.",
        ),
        # ... named with no title
        ("theo điều 84 luật thì hồ sơ gồm những gì", "luat-06-2022-qh15 Điều 84."),
        # who recognises the initiative the base title asks for: its article says
        ("muốn đc cstđcs thì sk phải được ai công nhận", "luat-06-2022-qh15 Điều 23."),
        ("ai cong nhan cstdcs", "luat-06-2022-qh15 Điều 80"),  # who awards it
        # whether the dossier's rules were handed down
        ("ho so de nghi danh hieu thi dua da phan cap chua", "nd-152-2025-nd-cp Điều 6 "),
        ("nghi dinh 152 phan cap ho so chua", "nd-152-2025-nd-cp Điều 6 "),
        # a count asked "in all"
        ("phụ lục nđ 152 có tất cả bao nhiêu mẫu báo cáo thành tích", "nd-152-2025-nd-cp Mẫu báo"),
    ],
)
def test_dossier_questions_find_the_passage_saying_it(
    kb: KnowledgeBase, question: str, section: str
) -> None:
    assert _top(kb, question).startswith(section)


async def test_who_regulates_after_the_law_s_dossier(chat: Chat) -> None:
    await chat.send("hồ sơ đề nghị xét tặng danh hiệu thi đua theo luật gồm gì")
    said = (await chat.send("ai quy định thêm?"))[0].text
    assert "Chính phủ quy định chi tiết hồ sơ, thủ tục xét tặng" in said
    said = (await chat.send("giờ phân cấp chưa"))[0].text
    assert HANDED_DOWN in said


async def test_who_regulates_at_a_department_after_the_base_titles(chat: Chat) -> None:
    await chat.send("ho so thu tuc xet lđtt, cstdcs do cap nao quy dinh")
    said = (await chat.send("vay o so minh thi theo quy dinh cua ai"))[0].text
    assert "theo quy định của Bộ, tỉnh nơi Sở trực thuộc" in said


async def test_a_title_named_after_the_law_s_dossier_gets_its_own(chat: Chat) -> None:
    await chat.send("ho so de nghi xet tang danh hieu thi dua gom nhung gi")
    said = (await chat.send("cụ thể cstđcs thì sao"))[0].text
    assert "Mẫu số 05 Phụ lục ban hành kèm theo Nghị định 152/2025/NĐ-CP" in said


async def test_the_province_flag_named_in_passing_is_carried(chat: Chat) -> None:
    await chat.send("cờ thi đua của cp thưởng bn")
    assert "8,0 lần mức lương cơ sở" in (await chat.send("con co cua tinh"))[0].text
    said = (await chat.send("tiêu chuẩn cờ tỉnh theo luật là gì"))[0].text
    assert "Chưa đọc được nguyên văn Điều 26" in said


def test_a_dossier_of_another_kind_is_not_the_decree_s(kb: KnowledgeBase) -> None:
    # "phân cấp quản lý hồ sơ cán bộ": staff records, which no title answer is about
    assert kb.title_answer("phan cap quan ly ho so can bo") is None
