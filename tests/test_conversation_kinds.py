"""The sorting of conversation misses by kind (tests/conversation_kinds.py), on replies made
up from the bundled documents and on conversations run through the console."""

from pathlib import Path

import yaml

from knowledge import KnowledgeBase
from tests.conversation_kinds import kind_of_miss, kinds

ARTICLE_24 = (
    "Điều 24. Danh hiệu “Lao động tiên tiến”, “Chiến sĩ tiên tiến”\n"
    "1. Danh hiệu “Lao động tiên tiến” để tặng cho cán bộ, công chức, viên chức, người lao "
    "động đạt các tiêu chuẩn sau đây: …\n\n📄 Nguồn: Luật số 06/2022/QH15, Điều 24."
)


def test_a_reply_holding_a_phrase_is_no_miss(kb: KnowledgeBase) -> None:
    assert kind_of_miss(["tặng cho cán bộ, công chức"], ARTICLE_24, None, kb) is None


def test_a_phrase_of_the_passage_quoted_but_cut_is_not_shown(kb: KnowledgeBase) -> None:
    assert kind_of_miss(["Hoàn thành tốt nhiệm vụ trở lên"], ARTICLE_24, None, kb) == (
        "t1: not shown"
    )


def test_another_passage_of_the_document_holding_it(kb: KnowledgeBase) -> None:
    # Điều 28 of the same law: 70% of a collective's members
    kind = kind_of_miss(["có ít nhất là 70% cá nhân trong tập thể"], ARTICLE_24, None, kb)
    assert kind == "t1: other passage"


def test_a_follow_up_staying_in_the_last_document_held_nothing(kb: KnowledgeBase) -> None:
    # the form of an initiative is the circular's (Thông tư 18/2013), a legal text
    kind = kind_of_miss(["Mẫu Đơn yêu cầu công nhận sáng kiến"], ARTICLE_24, ARTICLE_24, kb)
    assert kind == "follow: wrong document, stayed, legal text"


def test_a_phrase_no_passage_holds_is_not_counted_as_a_legal_texts(kb: KnowledgeBase) -> None:
    # a letter's subject line ("V/v …") is built from its card's fields, not quoted
    expect = ["V/v phát động phong trào thi đua năm 2021"]
    kind = kind_of_miss(expect, ARTICLE_24, ARTICLE_24, kb)
    assert kind == "follow: wrong document, stayed, no passage"


def test_a_declined_reply_and_a_reply_quoting_nothing(kb: KnowledgeBase) -> None:
    declined = "Xin lỗi, tôi chưa tìm thấy nội dung trả lời câu hỏi này."
    assert kind_of_miss(["Hoàn thành tốt nhiệm vụ"], declined, None, kb) == "t1: declined"
    menu = "Anh/chị chọn:\n  1. Các phong trào thi đua"
    assert kind_of_miss(["Hoàn thành tốt nhiệm vụ"], menu, ARTICLE_24, kb) == "follow: other"


async def test_conversations_run_through_the_console(kb: KnowledgeBase, tmp_path: Path) -> None:
    talks = [
        {  # right throughout: not counted
            "name": "right",
            "turns": [{"say": "kon tum giờ thuộc tỉnh nào", "expect": ["tỉnh Quảng Ngãi"]}],
        },
        {  # off-topic, expecting a criterion: declined
            "name": "declined",
            "turns": [{"say": "thời tiết hôm nay thế nào", "expect": ["Hoàn thành tốt nhiệm vụ"]}],
        },
    ]
    path = tmp_path / "talks.yaml"
    path.write_text(yaml.safe_dump(talks, allow_unicode=True), encoding="utf-8")
    assert await kinds([path], kb) == [
        ("talks.yaml declined", "thời tiết hôm nay thế nào", "t1: declined")
    ]
