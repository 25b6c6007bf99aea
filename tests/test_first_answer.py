"""The first answer to a question asked out of the blue: the card when the recipients are
asked, the sentence that says what a year is, who sets a dossier's rules."""

import pytest

from knowledge import KnowledgeBase
from knowledge.search import _asked_kinds, _defined_subject


def _top(kb: KnowledgeBase, question: str) -> str:
    hits = kb.search(question)
    assert hits, question
    return f"{hits[0].passage.doc.id} {hits[0].passage.section}"


def test_asking_where_a_plan_was_sent_asks_for_its_card() -> None:
    for asked in ("kế hoạch gửi những đâu", "công văn gửi tới những ai"):
        assert "info" in _asked_kinds(asked.split()), asked
    assert "info" not in _asked_kinds("hồ sơ thi đua gửi về đâu".split())


def test_the_recipients_of_a_plan_are_its_card(kb: KnowledgeBase) -> None:
    assert _top(kb, "kế hoạch thi đua năm 2022 của sở sóc trăng gửi những đâu").endswith(
        "Thông tin văn bản"
    )


def test_the_subject_defined_is_what_the_question_opens_on() -> None:
    assert _defined_subject("năm 2022 có gì theo kế hoạch".split()) == "nam 2022"
    assert _defined_subject("sáng kiến là gì".split()) == "sang kien"
    assert _defined_subject("ai ký kế hoạch".split()) is None
    assert _defined_subject("cho em hỏi sáng kiến là gì".split()) == "sang kien"
    assert _defined_subject("xin hỏi tiêu chí gì".split()) == "tieu chi"


def test_the_sentence_saying_what_a_year_is_answers(kb: KnowledgeBase) -> None:
    hits = kb.search("theo kế hoạch của sở sóc trăng, năm 2022 có ý nghĩa gì")
    hits = hits or kb.search("năm 2022 có ý nghĩa gì với sở tn&mt sóc trăng")
    assert hits
    assert "Năm 2022 là năm tạo nền tảng" in hits[0].passage.text


def test_who_sets_the_dossier_of_a_base_title_is_the_decree_handing_it_down(
    kb: KnowledgeBase,
) -> None:
    top = _top(kb, "ai quy định hồ sơ đề nghị chiến sĩ thi đua cơ sở")
    assert top.startswith("nd-152-2025-nd-cp Điều 6 ")
    # what the dossier holds is still the dossier's list
    assert "Điều 6 " not in _top(kb, "hồ sơ đề nghị chiến sĩ thi đua cơ sở gồm những gì")


def test_a_mistyped_word_is_mended_and_the_rest_kept_as_typed(kb: KnowledgeBase) -> None:
    assert kb.index.spelled("tập thể lao động tiên tiến thưởgn bao nhiêu %") == (
        "tập thể lao động tiên tiến thuong bao nhiêu %"
    )
    assert kb.index.spelled("lđtt được thưởng bao nhiêu") is None


def test_a_title_question_with_a_typo_in_what_it_asks_is_still_one(kb: KnowledgeBase) -> None:
    # "thưởgn" is the bonus asked: the decree's article on bonuses, not the title's article
    assert _top(kb, "chiến sĩ thi đua cơ sở được thưởgn bao nhiêu").startswith(
        "nd-152-2025-nd-cp Điều 50."
    )
    assert _top(kb, "ai quyyết định tặng lao động tiên tiến ở sở").startswith(
        "luat-06-2022-qh15 Điều 80"
    )


def test_a_word_mended_in_a_question_with_diacritics_gets_its_marks_back(
    kb: KnowledgeBase,
) -> None:
    # Read without its marks, "nhung" would be a content word and "quyen" not "quyền".
    assert kb.index._with_marks(["nhing", "thưởgn", "quyềền"], ["nhung", "thuong", "quyen"]) == [
        "những",
        "thưởng",
        "quyền",
    ]
    # a word mended in a question typed without them stays without
    assert kb.search("ho so de nghi xet tang danh hieu thi dua gom nhing gi")


def test_two_words_typed_together_with_a_slip_are_read_apart(kb: KnowledgeBase) -> None:
    for typed in ("konutm", "kntum", "kontym", "koontum"):
        assert kb.index._unglued_mistyped(typed) == ["kon", "tum"], typed
    assert kb.index._unglued_mistyped("thuonng") is None  # one word mistyped, "thưởng"
    assert _top(kb, "chỉ thị 14 của ubnd kontym ai ký").startswith("kontum-ubnd-ct14-2021")


def test_a_title_in_letters_with_a_slip_is_still_the_title(kb: KnowledgeBase) -> None:
    assert kb.index.spelled("tiền thưởng cstdxs bao nhiêu") == (
        "tiền thưởng chiến sĩ thi đua cơ sở bao nhiêu"
    )
    assert _top(kb, "csttdcs dc thuong bao nhieu").startswith("nd-152-2025-nd-cp Điều 50.")


def test_a_list_of_who_was_awarded_is_not_in_the_documents(kb: KnowledgeBase) -> None:
    from knowledge.asking import ask

    assert ask(kb, "gửi em danh sách cá nhân đạt lđtt năm 2022 ở sở") == []
    assert ask(kb, "danh sach tap the dat lao dong tien tien 2021") == []


def test_a_round_of_emulation_is_a_campaign_and_mentioning_only_asks(kb: KnowledgeBase) -> None:
    words = kb.index.analyzer.words("đợt thi đua có nói về dịch bệnh không")
    assert "nói" not in words  # "có nói về … không" asks whether it is there
    hits = kb.search("dot thi dua dac biet covid co noi ve the luc thu dich ko")
    assert hits and "thế lực phản động, thù địch" in hits[0].passage.text


def test_a_letter_carrying_out_a_directive_is_named_by_its_number_too(
    kb: KnowledgeBase,
) -> None:
    # The department's letter implements CT 14: the question names its issuer and "ct14".
    assert _top(kb, "sở tnmt kon tum thực hiện ct14 ra sao về chỉ số papi").startswith(
        "kontum-stnmt-2021-ct14"
    )
    # the directive itself is still the one its kind names
    assert _top(kb, "chỉ thị 14 của tỉnh kon tum ai ký").startswith("kontum-ubnd-ct14-2021")


def test_the_article_titled_with_what_is_asked_answers_before_a_plan(kb: KnowledgeBase) -> None:
    # The Điều lệ's article is headed "điều kiện công nhận sáng kiến"; the ministry's plan
    # only mentions initiatives. Both cover the question about as well.
    assert _top(kb, "muốn sáng kiến đc công nhận thì cần điều kiện gì").startswith(
        "nd-13-2012-dieu-le-sang-kien Điều 3."
    )


def test_the_papers_a_title_needs_are_its_dossier(kb: KnowledgeBase) -> None:
    assert (
        "Thành phần hồ sơ" in kb.search("xin cstdcs thì phải nộp những giấy tờ gì")[0].passage.text
    )


def test_a_law_named_by_its_kind_and_initials_is_that_law(kb: KnowledgeBase) -> None:
    found = kb.title_answer("luật tđkt đang áp dụng số mấy")
    assert found is not None and found.passage.doc.id == "luat-06-2022-qh15"
    assert kb.title_answer("hội đồng tđkt số mấy người") is None  # no law's kind before it


def test_a_short_slip_of_a_word_the_question_says_again_is_that_word(kb: KnowledgeBase) -> None:
    tokens = kb.law_index._correct("luật 2022 thay thế lật nào".split())
    assert tokens[4] == "luat"


@pytest.mark.parametrize(
    "question", ["sáng kiến là gì", "sang kien la gi", "cho hỏi sáng kiến là gì"]
)
def test_what_a_thing_is_comes_from_the_law_defining_it(kb: KnowledgeBase, question: str) -> None:
    # a campaign passage that mentions initiatives covers the words; the Điều lệ defines them
    hits = kb.search(question)
    assert hits and "Sáng kiến là giải pháp" in hits[0].passage.text


@pytest.mark.parametrize(
    "question",
    ["sang kien la nhung giai phap gi", "sáng kiến là các loại giải pháp gì", "sk la nhung gi"],
)
def test_what_kind_of_thing_it_is_comes_from_the_law_defining_it(
    kb: KnowledgeBase, question: str
) -> None:
    assert _defined_subject(kb.index._analysed(question)[2]) == "sang kien"
    hits = kb.search(question)
    assert hits and "Sáng kiến là giải pháp" in hits[0].passage.text


@pytest.mark.parametrize(
    "question",
    [
        "sang kien duoc co so cong nhan khi nao",
        "sáng kiến được công nhận khi nào",
        "sk dc cong nhan khi nao vay a",
        "giai phap nao khong duoc cong nhan la sang kien",
    ],
)
def test_when_something_is_granted_is_asked_of_the_article_on_it(
    kb: KnowledgeBase, question: str
) -> None:
    # The article on "Chiến sĩ thi đua cơ sở" says "sáng kiến được cơ sở công nhận" word for
    # word; the Điều lệ's article named "Sáng kiến (điều kiện …)" says when one is.
    assert _top(kb, question).startswith("nd-13-2012-dieu-le-sang-kien Điều 3.")
