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


def test_a_note_between_items_ends_no_list() -> None:
    assert list_runs(["- a", "- a2", "Ghi chú: x", "- b"]) == [[0, 1, 3]]


def test_bullets_under_two_numbered_items_are_two_lists() -> None:
    # "2. b" has no colon, yet its dashes are not those of "1. a"
    assert list_runs(["1. a", "- x", "- y", "2. b", "- z"]) == [[0, 3], [1, 2]]


def test_an_inline_list_opened_by_a_colon_and_any_space() -> None:
    from handlers.phone_answer import _placed_first

    line = "Các mẫu gồm:\xa0mẫu 01; mẫu 02; mẫu 03; mẫu 04."
    placed = _placed_first([line], "mẫu đầu tiên", "III", 600)
    assert placed is not None and placed.split("\n")[:2] == ["Các mẫu gồm:", "mẫu 01;"]


def test_the_last_item_of_a_numbered_items_own_list(kb: KnowledgeBase) -> None:
    # the passage headed "2. Đối với cá nhân": its last criterion, not the list from the top
    passage, position = passage_opening(kb, "2. Đối với cá nhân:", "tự lực, tự cường")
    first = first_message(passage, position, "tiêu chí cuối cùng đối với cá nhân")
    assert first.split("\n")[1].startswith("- Chấp hành tốt chủ trương")


def test_members_of_one_dash_list_are_told_apart_by_the_question_alone() -> None:
    from handlers.phone_answer import _answering_line

    lines = [
        "Các đơn vị được tặng cờ:",
        "- Cờ thi đua cho tập thể dẫn đầu khối thi đua của Chính phủ",
        "- Cờ thi đua cho tập thể dẫn đầu khối thi đua của bộ, tỉnh",
        "- Cờ thi đua cho tập thể dẫn đầu khối thi đua của ban cơ yếu",
    ]
    # the words carried over are the member asked before ("… của ban cơ yếu"): among members
    # of one list they tell nothing apart, so the first of the lines the question ties on
    said = "cờ thi đua cho tập thể dẫn đầu khối"
    assert _answering_line(lines, said, carried="cờ thi đua của ban cơ yếu, của tỉnh") == 1
