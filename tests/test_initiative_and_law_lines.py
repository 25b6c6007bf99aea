"""Questions on the Điều lệ Sáng kiến and on the law's lines that the first message did not
show: the conditions asked by name beside the document's name, a follow-up on the excluded
cases or on one condition, a "who regulates" or "when is it needed" on a line further down,
and a question told with the asker's own particulars ("chị nghỉ sinh 6 tháng năm nay")."""

import pytest

from knowledge import KnowledgeBase
from tests.conftest import Chat

pytestmark = pytest.mark.today


def _shown(reply: str) -> str:
    return reply.split("📄")[0]


@pytest.mark.parametrize(
    "question",
    [
        "dieu kien cong nhan sang kien theo dieu le sang kien",
        "dieu kien cong nhan sang kien theo nd 13/2012 la gi",
        "điều kiện để công nhận sáng kiến theo nghị định 13",
        "dk cong nhan sk theo dieu le sk",
    ],
)
def test_conditions_asked_beside_the_document_name_are_its_article(
    kb: KnowledgeBase, question: str
) -> None:
    """The heading naming the conditions of what follows them, not the opening that names
    the decree the question cites."""
    assert kb.search(question)[0].passage.section.startswith("Điều 3. Sáng kiến")


@pytest.mark.parametrize(
    "follow_up",
    [
        "loai nao khong duoc cong nhan",
        "những gì không được công nhận",
        "cái gì thì ko được công nhận",
    ],
)
async def test_the_excluded_cases_are_read_from_the_line_denying_them(
    chat: Chat, follow_up: str
) -> None:
    await chat.send("điều kiện công nhận sáng kiến theo điều lệ sáng kiến")
    reply = (await chat.send(follow_up))[0].text
    assert _shown(reply).startswith("2. Các đối tượng sau đây không được công nhận")
    assert "trái với trật tự công cộng hoặc đạo đức xã hội" in _shown(reply)


@pytest.mark.parametrize(
    "follow_up", ["sáng kiến có cần đã áp dụng chưa", "sang kien co can co tinh moi ko"]
)
async def test_a_yes_or_no_question_naming_its_subject_is_about_the_article_read(
    chat: Chat, follow_up: str
) -> None:
    await chat.send("giai phap nao ko duoc cong nhan la sang kien")
    reply = (await chat.send(follow_up))[0].text
    assert "Đã được áp dụng hoặc áp dụng thử tại cơ sở đó" in _shown(reply)
    assert "Nghị định số 13/2012/NĐ-CP" in reply


@pytest.mark.parametrize(
    ("follow_up", "line"),
    [
        ("ai quy định chi tiết hồ sơ thủ tục", "Chính phủ quy định chi tiết hồ sơ, thủ tục"),
        ("khi nao can xac nhan sang kien", "Chứng nhận hoặc xác nhận của cơ quan"),
        ("khi nào phải có giấy chứng nhận sáng kiến", "Chứng nhận hoặc xác nhận của cơ quan"),
    ],
)
async def test_a_line_of_the_dossier_below_the_first_message(
    chat: Chat, follow_up: str, line: str
) -> None:
    await chat.send("theo luat tdkt ho so de nghi xet tang danh hieu thi dua gom gi")
    reply = (await chat.send(follow_up))[0].text
    assert line in _shown(reply)
    assert "Luật số 06/2022/QH15" in reply


async def test_a_deadline_of_ones_own_initiative_is_still_the_schedule(chat: Chat) -> None:
    reply = (await chat.send("khi nao phai nop sang kien"))[0].text
    assert "hạn" in reply and "📄" not in reply


@pytest.mark.parametrize(
    "question",
    [
        "trong quân đội ai quy định thẩm quyền tặng chiến sĩ tiên tiến",
        "cong an nhan dan thi ai quyet dinh tang ldtt",
    ],
)
async def test_who_decides_in_the_army_is_the_clause_in_the_articles_second_piece(
    chat: Chat, question: str
) -> None:
    reply = (await chat.send(question))[0].text
    assert "do Bộ Quốc phòng, Bộ Công an quy định" in _shown(reply)


async def test_who_decides_a_base_title_is_still_the_articles_opening(chat: Chat) -> None:
    reply = (await chat.send("chiến sĩ thi đua cơ sở do ai quyết định tặng"))[0].text
    assert "Thủ trưởng cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh" in _shown(reply)


@pytest.mark.parametrize(
    "question",
    [
        "chị nghỉ sinh 6 tháng năm nay thì có được xét thi đua không",
        "năm nay em nghỉ đẻ 5 tháng có được xét thi đua ko",
    ],
)
async def test_a_life_event_told_with_its_particulars_finds_the_rule(
    chat: Chat, question: str
) -> None:
    reply = (await chat.send(question))[0].text
    assert "Thời gian nghỉ thai sản đối với cá nhân" in _shown(reply)


async def test_a_part_named_by_its_heading_and_a_subject_in_it(chat: Chat) -> None:
    await chat.send("bo tnmt 2021 thi dua chuyen doi so noi gi")
    reply = (await chat.send("con ve sang kien thi nhiem vu giai phap la gi"))[0].text
    assert "Xây dựng cơ chế khuyến khích việc đăng ký các sáng kiến" in _shown(reply)
