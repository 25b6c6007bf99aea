"""The rule first: an editors' note follows the line of the law it comments on and never
pushes it out of the first message; a list's opening line is never shown without its items;
an item the question names is read right after its list's opening; an article is cited by
its number."""

import pytest

from handlers.phone_answer import _NOTE_LABEL, FIRST_MESSAGE, citation, passage_reply
from knowledge import KnowledgeBase, Passage


def article(kb: KnowledgeBase, heading: str) -> tuple[Passage, int]:
    return next((p, i) for i, p in enumerate(kb.passages) if p.section == heading)


def first_message(kb: KnowledgeBase, heading: str, question: str) -> str:
    passage, position = article(kb, heading)
    reply = passage_reply(passage, position, question)
    assert len(reply.text) <= FIRST_MESSAGE
    return reply.text.split("\n\n📄")[0]


CSTDCS = "Điều 23. Danh hiệu “Chiến sĩ thi đua cơ sở”"
CSTD_TINH = "Điều 22. Danh hiệu chiến sĩ thi đua Bộ, ban, ngành, tỉnh"
TTLDTT = "Điều 28. Danh hiệu “Tập thể lao động tiên tiến”"


@pytest.mark.parametrize(
    "question",
    [
        "chiến sĩ thi đua cơ sở có bắt buộc sáng kiến không",
        "muon dat cstdcs co can sang kien ko",
        "sáng kiến có phải điều kiện bắt buộc của chiến sĩ thi đua cơ sở",
    ],
)
def test_a_note_follows_the_rule_it_comments_on(kb: KnowledgeBase, question: str) -> None:
    # "sáng kiến không bắt buộc" is the editors' reading of clause 2: the clause is read first
    shown = first_message(kb, CSTDCS, question)
    rule = shown.find("Hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến được cơ sở công nhận")
    note = shown.find("sáng kiến không bắt buộc")
    assert rule >= 0 and (note < 0 or rule < note), shown


def test_a_note_annotates_the_rule_it_restates_further_up(kb: KnowledgeBase) -> None:
    # the note closes the article; the clause it restates ("03 lần liên tục") is its point a)
    shown = first_message(kb, CSTD_TINH, "chiến sĩ thi đua cấp tỉnh cần mấy lần cơ sở liên tục")
    rule = shown.find("03 lần liên tục được tặng danh hiệu “Chiến sĩ thi đua cơ sở”")
    note = shown.find("Ghi chú")
    assert 0 <= rule < note, shown


def test_a_note_sharing_only_the_title_with_a_line_answers_alone(kb: KnowledgeBase) -> None:
    # the 50% rule is the 2003 law's, which only the note says; the example above it is not
    # what it comments on
    shown = first_message(kb, TTLDTT, "mức trên 50% còn áp dụng không")
    assert shown.startswith("Ghi chú: mức “trên 50% cá nhân đạt Lao động tiên tiến”"), shown


QUESTIONS = (
    "",
    "tiêu chuẩn là gì",
    "ai quyết định tặng",
    "có bắt buộc sáng kiến không",
    "có cần đạt lao động tiên tiến trước không",
    "cần mấy lần liên tục",
    "tỷ lệ bao nhiêu phần trăm",
    "tiêu chí tập thể",
)


def test_a_list_opening_is_never_shown_without_its_items(kb: KnowledgeBase) -> None:
    # "… đạt các tiêu chuẩn sau đây:" followed by a note, or closing a cut message, says
    # that there are criteria and hides them
    bare = []
    for position, passage in enumerate(kb.passages):
        for question in QUESTIONS:
            reply = passage_reply(passage, position, question)
            if not reply.choices or not reply.choices[0].value.startswith("more:"):
                continue  # shown whole: the passage itself ends there
            lines = reply.text.split("\n\n📄")[0].removesuffix(" …").split("\n")
            for line, after in zip(lines, [*lines[1:], None], strict=True):
                if line.endswith(":") and (after is None or _NOTE_LABEL.match(after)):
                    bare.append(f"{passage.section} / {question!r}: {line}")
    assert bare == []


def test_an_item_the_question_names_comes_right_after_its_list_opening(
    kb: KnowledgeBase,
) -> None:
    passage, position = article(kb, CSTDCS)
    items = [
        f"{mark}) Danh hiệu loại {mark} được thưởng {n},0 lần mức lương cơ sở;"
        for n, mark in enumerate("abcdefgh", 1)
    ]
    items[3] = "d) Danh hiệu thôn, tổ dân phố văn hóa được thưởng 1,5 lần mức lương cơ sở;"
    text = "\n".join(["Điều 50 (khoản 2)", "2. Đối với tập thể:", *items, "3. " + "x " * 300])
    bonuses = Passage(passage.doc, "Điều 50 (khoản 2)", text, "section", "")
    shown = passage_reply(bonuses, position, "thôn tổ dân phố văn hóa được thưởng bao nhiêu").text
    assert shown.startswith(f"2. Đối với tập thể:\n{items[3]}\n"), shown


def test_a_question_naming_the_list_reads_its_items_in_order(kb: KnowledgeBase) -> None:
    shown = first_message(
        kb, "Điều 3. Sáng kiến (điều kiện công nhận sáng kiến)", "điều kiện công nhận sáng kiến"
    )
    assert shown.index("a) Có tính mới") < shown.index("b) Đã được áp dụng"), shown


def test_an_article_is_cited_by_its_number(kb: KnowledgeBase) -> None:
    passage, _ = article(kb, CSTDCS)
    assert citation(passage).splitlines()[0].endswith("của Quốc hội, Điều 23.")
    part = next(p for p in kb.passages if p.section == f"{CSTD_TINH} › mục 1")
    assert citation(part).splitlines()[0].endswith("của Quốc hội, Điều 22 › mục 1.")


@pytest.mark.parametrize(
    "question",
    [
        "năm 2021 bộ tnmt phát động thi đua với khẩu hiệu gì",
        "khau hieu thi dua nam 2021 cua bo la gi",
        "đợt thi đua 2021 của bộ lấy khẩu hiệu nào",
    ],
)
def test_a_line_saying_it_in_the_documents_words_answers(kb: KnowledgeBase, question: str) -> None:
    # staff say "khẩu hiệu", the letter says "chủ đề" (knowledge/synonyms.yaml): the
    # sentence naming the theme is shown, not the opening paragraph cut before it
    passage, position = next(
        (p, i)
        for i, p in enumerate(kb.passages)
        if p.doc.id == "btnmt-2021" and p.section == "Phần mở đầu"
    )
    shown = passage_reply(passage, position, question).text.split("\n\n📄")[0]
    assert "“Đoàn kết, kỷ cương, đổi mới toàn diện để phát triển”" in shown, shown


def test_an_item_far_down_its_list_is_read_with_the_list_opening(kb: KnowledgeBase) -> None:
    # "e)" of the bonuses of collectives is five items below "2. Đối với tập thể:"; a
    # message opening on "e)" is not a clause cut from the middle of a sentence ("… e)")
    passage, position = next(
        (p, i)
        for i, p in enumerate(kb.passages)
        if p.section.startswith("Điều 50. Mức tiền")
        and "2. Đối với tập thể:" in p.text
        and "e) Danh hiệu cờ thi đua" in p.text
    )
    shown = passage_reply(passage, position, "cờ thi đua cấp tỉnh được thưởng bao nhiêu").text
    assert shown.startswith("2. Đối với tập thể:\ne) Danh hiệu cờ thi đua của bộ, ban, ngành"), (
        shown
    )


def test_the_criteria_come_before_the_note_on_the_titles_name(kb: KnowledgeBase) -> None:
    # the note says the title's common name and restates point a): a) first
    shown = first_message(kb, CSTD_TINH, "chiến sĩ thi đua cấp tỉnh cần tiêu chuẩn gì")
    assert shown.index("a) Có thành tích xuất sắc") < shown.index("Ghi chú"), shown


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("đơn công nhận sáng kiến phần bảng tác giả ghi những gì", True),
        ("don yeu cau cong nhan sang kien bang tac gia gom nhung gi", True),
        ("đơn yêu cầu công nhận sáng kiến gồm những mục gì", False),
    ],
)
def test_an_explanation_in_brackets_is_kept_when_it_says_what_was_asked(
    kb: KnowledgeBase, question: str, kept: bool
) -> None:
    passage, position = next(
        (p, i) for i, p in enumerate(kb.passages) if p.section.startswith("Phụ lục I. Mẫu Đơn")
    )
    shown = passage_reply(passage, position, question).text.split("\n\n📄")[0]
    assert ("tỷ lệ (%) đóng góp vào việc tạo ra sáng kiến" in shown) is kept, shown
    assert "- Lĩnh vực áp dụng sáng kiến" in shown  # every item still shown
