"""A question typed with marks picks the line writing its words with the same marks."""

from handlers.marked_words import line_forms, off_marks, typed_forms
from handlers.phone_answer import _answering_line

LINES = [
    "Xét lại",
    "- Đối với tập thể mới thành lập: xét sau một năm.",
    "- Đổi tên tập thể: giữ kết quả xét.",
]


def test_a_word_with_other_marks_counts_less_in_the_line_choice() -> None:
    # "đổi" is the renaming line's word; "đối với" only folds alike
    assert _answering_line(LINES, "tập thể đổi thì xét thế nào") == 2


def test_a_question_typed_without_marks_reads_the_lines_as_before() -> None:
    assert _answering_line(LINES, "tap the doi thi xet the nao") == 1


def test_only_the_words_typed_with_marks_are_told_apart() -> None:
    asked = typed_forms("tiêu chí cải cách hành chính")
    assert off_marks("chi", asked, line_forms("có đăng ký chỉ tiêu"))
    assert not off_marks("tieu", asked, line_forms("có đăng ký chỉ tiêu"))
    assert typed_forms("tieu chi cai cach hanh chinh") == {}
