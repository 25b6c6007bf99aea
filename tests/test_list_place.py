"""A list's member named by its place ("mục cuối", "mẫu cuối cùng", "cái thứ 3"): the first
message leads with that member, after the line opening its list."""

from handlers.list_place import list_runs, place_asked
from handlers.phone_answer import FIRST_MESSAGE, passage_reply
from knowledge import KnowledgeBase, Passage


def passage_opening(kb: KnowledgeBase, start: str, saying: str) -> tuple[Passage, int]:
    return next(
        (p, i) for i, p in enumerate(kb.passages) if p.text.startswith(start) and saying in p.text
    )


def first_message(passage: Passage, position: int, question: str) -> str:
    reply = passage_reply(passage, position, question)
    assert len(reply.text) <= FIRST_MESSAGE
    return reply.text.split("\n\n📄")[0]


def test_the_last_clause_of_a_list_said_in_one_line(kb: KnowledgeBase) -> None:
    # "… có 11 mẫu báo cáo thành tích: đề nghị …; …; đề nghị khen thưởng đối ngoại cho cá
    # nhân.": from the top, the last form is cut off behind "Xem thêm"
    passage, position = passage_opening(kb, "Mẫu báo cáo thành tích", "11 mẫu")
    first = first_message(passage, position, "cái cuối cùng là mẫu gì")
    assert first.startswith("Phụ lục mẫu văn bản")
    assert first.split("\n")[1].startswith("đề nghị khen thưởng đối ngoại cho cá nhân")


def test_the_last_item_of_a_list_led_by_its_opening(kb: KnowledgeBase) -> None:
    passage, position = passage_opening(kb, "Phụ lục I. Mẫu Đơn", "bảo mật")
    first = first_message(passage, position, "mục cuối cùng của đơn là gì")
    said = first.split("\n")
    assert said[0] == "Các mục của ĐƠN YÊU CẦU CÔNG NHẬN SÁNG KIẾN:"
    assert said[1] == "- Những thông tin cần được bảo mật (nếu có)"


def test_a_place_is_a_number_or_the_last_or_first() -> None:
    assert place_asked("mẫu cuối cùng là gì") is not None
    assert place_asked("cái thứ 3") is not None
    assert place_asked("lần đầu tiên áp dụng khi nào") is None
    assert place_asked("cuối cùng thì ai ký") is None
    assert place_asked("điểm b khoản 1") is None  # a law's own numbering, found before


def test_a_time_or_a_person_first_or_last_is_no_place_in_a_list() -> None:
    for question in (
        "hạn cuối cùng gửi báo cáo là khi nào",
        "ngày cuối cùng nhận hồ sơ",
        "thời hạn cuối cùng",
        "người đầu tiên được tặng",
        "năm đầu tiên thực hiện kế hoạch",
        "năm thứ 2 thì sao",
    ):
        assert place_asked(question) is None, question


def test_lists_are_runs_of_one_kind() -> None:
    lines = ["1. Đối với tập thể:", "- a", "- b", "2. Đối với cá nhân:", "- c", "- d", "- e"]
    assert list_runs(lines) == [[0, 3], [1, 2], [4, 5, 6]]


def test_lines_a_follow_up_ties_on_are_told_apart_by_the_last_question() -> None:
    from handlers.phone_answer import _answering_line

    lines = [
        "b) Có sáng kiến có phạm vi ảnh hưởng trong toàn quốc hoặc mưu trí, sáng tạo trong chiến đấu.",
        "Bộ trưởng Bộ Quốc phòng xem xét, công nhận sự mưu trí, sáng tạo trong chiến đấu.",
        "2. Người đứng đầu Bộ xem xét, công nhận hiệu quả của sáng kiến.",
    ]
    said = "còn mưu trí sáng tạo trong chiến đấu"
    assert _answering_line(lines, said) == 0
    last = "ai xem xét, công nhận hiệu quả của sáng kiến"
    assert _answering_line(lines, said, carried=last) == 1
