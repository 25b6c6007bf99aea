"""What a result counts for ("khen đột xuất có dùng để xin khen công trạng không") is the rule
saying so, not the list of forms naming both awards; and a colleague's case asked "cuối năm"
is the rule on individuals, which holds all year; so is a rule asked with how long something
lasted ("nghỉ sinh 6 tháng"). What a commune's chairman decided before 01/7/2025 ("trước
đây") is the law's clause, not the decree in force since."""

import pytest

from knowledge import KnowledgeBase, asked_facts
from knowledge.when_words import without_durations
from tests.conftest import Chat

pytestmark = pytest.mark.today

RULE = "không dùng làm căn cứ để đề nghị cấp trên khen thưởng công trạng"


@pytest.mark.parametrize(
    "question",
    [
        "khen đột xuất có dùng để xin khen công trạng đc ko",
        "khen thuong dot xuat co dc tinh de xet khen cong trang ko",
    ],
)
def test_what_a_result_counts_for_is_the_rule_saying_so(kb: KnowledgeBase, question: str) -> None:
    assert RULE in kb.search(question)[0].passage.text


def test_a_basis_is_preferred_only_when_asked_as_a_yes_or_no() -> None:
    assert asked_facts.preferred("kết quả khen đột xuất có được tính để xét khen không") is not None
    assert asked_facts.preferred("khen thưởng đột xuất dùng để làm gì") is None
    # "áp dụng", "tỉnh" are no "dùng", "tính" asked
    assert asked_facts.preferred("sáng kiến áp dụng vào thực tế có được xét khen không") is None


def test_a_colleague_under_discipline_asked_at_year_end(kb: KnowledgeBase) -> None:
    hits = kb.search(
        "đồng nghiệp em đang bị xem xét kỷ luật thì cuối năm có được đề nghị khen thưởng không"
    )
    assert "đang xem xét thi hành kỷ luật" in hits[0].passage.text


def test_a_length_of_time_told_is_no_word_a_rule_needs(kb: KnowledgeBase) -> None:
    assert without_durations("chị nghỉ sinh gần 6 tháng có được xét thi đua không") == (
        "chị nghỉ sinh có được xét thi đua không"
    )
    assert without_durations("cstđcs 3 năm liền") == "cstđcs 3 năm liền"
    assert (
        without_durations("chỉ thị ngày 28 tháng 7 năm 2021") == "chỉ thị ngày 28 tháng 7 năm 2021"
    )
    assert without_durations("tháng 6 nộp báo cáo") == "tháng 6 nộp báo cáo"
    hits = kb.search("nghi sinh 6 thang co duoc xet thi dua ko")
    assert "Thời gian nghỉ thai sản" in hits[0].passage.text


@pytest.mark.parametrize(
    "question",
    [
        "truoc day theo luat tdkt thi chu tich xa duoc tang gi",
        "trước đây chủ tịch xã được quyết định tặng những danh hiệu gì",
    ],
)
def test_the_commune_chairman_before_is_the_law_s_clause(kb: KnowledgeBase, question: str) -> None:
    hits = kb.search(question)
    assert hits[0].passage.doc.id == "luat-06-2022-qh15", hits[0].passage.section
    assert "giấy khen và danh hiệu “Gia đình văn hóa”" in hits[0].passage.text


def test_the_commune_chairman_now_is_the_decree_s_article(kb: KnowledgeBase) -> None:
    hits = kb.search("chủ tịch xã được quyết định tặng những danh hiệu gì")
    assert hits[0].passage.section.startswith("Điều 59."), hits[0].passage.section


def test_who_sets_the_dossier_of_one_base_title(kb: KnowledgeBase) -> None:
    hits = kb.search("vậy hồ sơ lao động tiên tiến thì theo quy định ở đâu")
    assert "hồ sơ, thủ tục xét các danh hiệu cơ sở do Bộ, tỉnh quy định" in hits[0].passage.text


@pytest.mark.parametrize(
    "question",
    [
        "đầu năm có phải kê khai tài sản không",  # no emulation asked once "đầu năm" is out
        "khoản 2 điều 80 kỷ luật đảng quy định gì",  # "kỷ luật" names no law
        "khoản 3 điều 84 pháp luật lao động quy định gì",
    ],
)
async def test_retries_and_luat_alone_leak_nothing(chat: Chat, question: str) -> None:
    reply = (await chat.send(question))[0].text
    assert "📄 Nguồn" not in reply, reply


def test_a_day_before_the_decree_is_only_the_day_it_took_effect(kb: KnowledgeBase) -> None:
    hits = kb.search("ai quyết định tặng gia đình văn hóa trước ngày 31/12")
    assert hits[0].passage.section.startswith("Điều 59."), hits[0].passage.section
    hits = kb.search("trước 01/7/2025 chủ tịch xã được tặng những danh hiệu gì")
    assert hits[0].passage.doc.id == "luat-06-2022-qh15", hits[0].passage.section


async def test_an_off_topic_yes_or_no_after_a_rule_is_declined(chat: Chat) -> None:
    await chat.send("khen đột xuất có dùng để xin khen công trạng không")
    reply = (await chat.send("đầu năm có phải kê khai tài sản không"))[0].text
    assert "📄 Nguồn" not in reply, reply
