"""A wordy question is answered as its plain form is: the verb it uses for what a document
asks ("cần đáp ứng tiêu chí nào", which no document says) weighs nothing against the passage
that states the criteria (knowledge/search.py, ASKING_PHRASES)."""

import pytest

from knowledge import KnowledgeBase
from knowledge.asking import ask
from knowledge.normalize import fold


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("cá nhân cần đáp ứng những tiêu chí nào", "Hoàn thành xuất sắc nhiệm vụ được giao"),
        (
            "theo công văn của Bộ năm 2021 thì cá nhân cần đáp ứng tiêu chí nào",
            "Tích cực học tập nâng cao trình độ chuyên môn, nghiệp vụ",
        ),
        (
            "tập thể phải đáp ứng tiêu chí gì theo kế hoạch của Sở TN&MT Sóc Trăng",
            "không có nhiệm vụ quá hạn",
        ),
        ("sang kien can dap ung dieu kien gi de duoc cong nhan", "Có tính mới trong phạm vi"),
    ],
)
def test_meeting_criteria_asked_in_other_words_is_answered(
    kb: KnowledgeBase, text: str, said: str
) -> None:
    found = ask(kb, text)
    assert found and fold(said) in fold(found[0].passage.text), found[:1]
