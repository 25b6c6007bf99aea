"""First answers to questions typed as staff type them: a document's kind or issuer cut short
as in its number ("nđ", "cp", "TTg"), chat shorthand ("ptrao", "bh", "gđ"), words of the
documents said another way ("kêu gọi", "mùa dịch", "nghỉ sinh"), and when an outcome is
granted asked as its condition, not as a deadline."""

import pytest

from handlers.questions import asks_for_deadline
from knowledge import KnowledgeBase
from knowledge.normalize import fold
from knowledge.shorthand import spell_out


def _first(kb: KnowledgeBase, question: str) -> str:
    hits = kb.search(question)
    assert hits, f"no answer for {question!r}"
    return fold(f"{hits[0].passage.section}\n{hits[0].passage.text}")


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # "nđ" for nghị định, "bh" for bao giờ
        ("nđ 152 có hiệu lực từ bh ạ", "co hieu luc thi hanh tu ngay 01 thang 7 nam 2025"),
        # "cp" for Chính phủ, beside a title's name
        ("cờ thi đua của cp được thưởng bao nhiêu tiền", "co thi dua cua chinh phu"),
        # "TTg" for Thủ tướng; "nhắc lại" says the letter mentions it, not what it is
        ("cv 2021 của bộ nhắc lại 4 phong trào nào của TTg", "doanh nghiep viet nam"),
        # "kêu gọi": the directive says "vận động"
        (
            "chỉ thị 14 của ubnd tỉnh kêu gọi nhân dân chống dịch với tinh thần nào",
            "moi nguoi dan la mot chien si",
        ),
        # "mùa dịch": the letter says "dịch bệnh", "chống dịch"
        ("mùa dịch sở tnmt kon tum kêu gọi chăm lo an sinh cho những ai", "tuyen dau chong dich"),
        # "nghỉ sinh": the decree says "nghỉ thai sản"
        ("nghỉ sinh con có được tính khi xét thi đua không", "nghi thai san"),
        # "gđ sở": the director of a department
        (
            "gđ sở có quyền tặng những danh hiệu nào",
            "co quan chuyen mon thuoc uy ban nhan dan cap tinh",
        ),
    ],
)
def test_shorthand_and_other_wording_find_the_passage(
    kb: KnowledgeBase, question: str, said: str
) -> None:
    assert said in _first(kb, question)


def test_a_number_part_is_still_read_as_typed(kb: KnowledgeBase) -> None:
    # beside the rest of a number, "NĐ-CP" stays the number's part: the decree itself answers
    assert (
        kb.search("Nghị định 152/2025/NĐ-CP có hiệu lực từ ngày nào")[0].passage.doc.id
        == "nd-152-2025-nd-cp"
    )
    # "sở gd đt" is the education department, which no document is of: not the director
    assert not kb.search("ke hoach thi dua 2022 cua so gd dt")


def test_when_an_outcome_is_granted_is_its_condition_not_a_deadline() -> None:
    for asked in ("sáng kiến được công nhận khi nào", "sang kien dc cong nhan khi nao"):
        assert not asks_for_deadline(spell_out(asked)), asked
    # a duty of the person's own, or a deadline named, is still the schedule's
    assert asks_for_deadline("khi nào được đăng ký sáng kiến")
    assert asks_for_deadline("hạn nộp đơn công nhận sáng kiến khi nào")
