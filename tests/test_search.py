"""Search ranking and abstention on the bundled knowledge base."""

from pathlib import Path

import pytest
import yaml

from knowledge import KnowledgeBase
from knowledge.asking import ask
from knowledge.normalize import fold, words
from knowledge.search import Analyzer, _asked_kinds, _typed_with_marks

QUESTIONS = Path(__file__).parent / "data" / "questions.yaml"
INDEPENDENT = Path(__file__).parent / "data" / "questions_independent.yaml"


def top(kb: KnowledgeBase, query: str) -> str:
    hits = kb.search(query)
    assert hits, f"no answer for {query!r}"
    return hits[0].passage.text


def test_same_answer_with_and_without_diacritics(kb: KnowledgeBase) -> None:
    accented = kb.search("Tiêu chí thi đua đối với cá nhân năm 2021")[0].passage
    plain = kb.search("tieu chi thi dua doi voi ca nhan nam 2021")[0].passage
    assert accented is plain
    assert "Hoàn thành xuất sắc nhiệm vụ được giao" in plain.text


def test_typed_diacritics_are_preferred_when_given(kb: KnowledgeBase) -> None:
    # "kỷ cương" is a theme word in 2022 and 2021; "ký" (sign) only in the information cards.
    hits = kb.search("ai ký công văn của Bộ Tài nguyên và Môi trường")
    assert hits[0].passage.kind == "info"
    assert any("Trần Hồng Hà" in h.passage.text for h in hits[:2])


def test_typos_are_corrected(kb: KnowledgeBase) -> None:
    assert "Sở Nội vụ" in top(kb, "co quan thuongg truc hoi dong thi dua khen thuogn tinh Kon Tum")


def test_abbreviations_are_expanded(kb: KnowledgeBase) -> None:
    text = top(kb, "chu de thi dua nam 2021 cua BTNMT")
    assert "Đoàn kết, kỷ cương, đổi mới toàn diện để phát triển" in text
    assert "Sở Nội vụ" in top(kb, "co quan thuong truc HĐ TĐKT tinh Kon Tum")


def test_an_empty_expansion_drops_how_the_question_is_asked() -> None:
    analyzer = Analyzer({"viet tat": "", "website": "cổng thông tin điện tử"})
    assert analyzer.words("PAR INDEX viết tắt của gì") == ["par", "index", "của", "gì"]
    assert analyzer.words("xem trên website") == [
        "xem",
        "trên",
        "cổng",
        "thông",
        "tin",
        "điện",
        "tử",
    ]


def test_the_bundled_dictionary_drops_question_words(kb: KnowledgeBase) -> None:
    assert kb.index.analyzer.words("viet tat") == []
    assert "trang" not in kb.index.analyzer.words("trang web của tỉnh")


def test_document_numbers_pick_their_document(kb: KnowledgeBase) -> None:
    assert kb.search("chỉ thị 14 do ai ký")[0].passage.doc.id == "kontum-ubnd-ct14-2021"
    assert kb.search("Kế hoạch 3510 phát động phong trào gì")[0].passage.doc.id == (
        "kontum-stnmt-2021-covid"
    )
    assert kb.search("căn cứ công văn 8240")[0].passage.doc.id == "soctrang-stnmt-2022"


def test_years_and_places_pick_their_document(kb: KnowledgeBase) -> None:
    assert kb.search("tiêu chí cá nhân 2022")[0].passage.doc.id == "soctrang-stnmt-2022"
    assert kb.search("tiêu chí cá nhân 2021")[0].passage.doc.id == "btnmt-2021"
    assert "Sóc Trăng" in top(kb, "soc trang phat dong thi dua chu de gi")


def test_a_named_year_favours_the_documents_of_that_year(kb: KnowledgeBase) -> None:
    # Without the year's boost a 2022 passage ranks first: it has more of these words.
    for year in (2021, 2022):
        doc = kb.search(f"nhiệm vụ của các phòng thuộc sở năm {year}")[0].passage.doc
        assert doc.period_start <= year <= doc.period_end


def test_a_named_kind_of_document_favours_documents_of_that_kind(kb: KnowledgeBase) -> None:
    # The Sở's công văn quotes the Chỉ thị in its title; without the kind it ranks first.
    assert kb.search("chỉ thị thi đua của Kon Tum ban hành ngày nào")[0].passage.doc.kind == (
        "Chỉ thị"
    )
    assert kb.search("kế hoạch thi đua ban hành ngày nào")[0].passage.doc.kind == "Kế hoạch"


def test_letter_head_facts_are_answerable(kb: KnowledgeBase) -> None:
    assert "Nguyễn Văn Lộc" in top(kb, "ai ky cong van phat dong thi dua dac biet covid")
    assert "Phòng Tài nguyên và Môi trường các huyện" in top(
        kb, "công văn phát động thi đua đặc biệt kính gửi những ai"
    )


def test_list_questions_get_an_outline(kb: KnowledgeBase) -> None:
    hits = kb.search("kế hoạch thi đua 2022 Sóc Trăng gồm những nội dung gì")
    outline = next(h.passage for h in hits if h.passage.kind == "outline")
    assert outline.doc.id == "soctrang-stnmt-2022"
    assert "II. Tiêu chí thi đua" in outline.text


@pytest.mark.parametrize(
    "query",
    [
        "giá xăng RON 95 hôm nay",
        "gia xang hom nay",
        "thời tiết Kon Tum ngày mai",
        "bảo hiểm y tế cho viên chức",
        "Tỷ giá đô la Mỹ hôm nay",
        "ket qua xo so mien bac",
        "Recommend a good laptop for programming",
        "3",
        "",
        "???",
    ],
)
def test_off_topic_questions_are_declined(kb: KnowledgeBase, query: str) -> None:
    assert kb.search(query) == []


def test_an_off_topic_phrase_written_with_marks_is_known_only_as_written(
    kb: KnowledgeBase,
) -> None:
    # "sổ đỏ" folds like words the documents use side by side; written with marks it is not them.
    assert ask(kb, "thủ tục cấp sổ đỏ lần đầu mất bao lâu") == []
    assert kb.mentions("xét nghiệm") and not kb.mentions("sổ đỏ")
    assert ask(kb, "xét nghiệm COVID-19 theo Chỉ thị 14 của tỉnh Kon Tum")


def test_answers_are_short_and_confidence_is_a_share(kb: KnowledgeBase) -> None:
    for hit in kb.search("nội dung phong trào thi đua năm 2021"):
        assert len(hit.passage.text) <= 1500
        assert 0 < hit.score <= 1


def score(kb: KnowledgeBase, path: Path) -> tuple[float, float, list[str], list[str]]:
    """hit@1 and abstention on a question set, scored like ../shared/eval/score_qa.py."""
    items = yaml.safe_load(path.read_text(encoding="utf-8"))
    answerable = [i for i in items if not i.get("abstain")]
    off_topic = [i for i in items if i.get("abstain")]
    assert len(answerable) >= 40 and len(off_topic) >= 10
    misses = []
    for item in answerable:
        hits = kb.search(item["q"])
        text = " ".join(fold(hits[0].passage.text).replace("*", "").split()) if hits else ""
        if not any(fold(p) in text for p in item["expect"]):
            misses.append(item["q"])
    answered = [i["q"] for i in off_topic if kb.search(i["q"])]
    return 1 - len(misses) / len(answerable), 1 - len(answered) / len(off_topic), misses, answered


def test_own_question_set(kb: KnowledgeBase) -> None:
    """61 questions written while building the search (91% hit@1, 93% abstain today)."""
    hit1, abstain, misses, answered = score(kb, QUESTIONS)
    assert hit1 >= 0.88, f"hit@1 {hit1:.0%}, missed: {misses}"
    assert abstain >= 0.85, f"abstain {abstain:.0%}, answered: {answered}"


def test_independent_question_set(kb: KnowledgeBase) -> None:
    """89 questions written by someone who did not see the method (89% / 84% today): the
    closest thing here to the held-back evaluation set. Guards against regressions."""
    hit1, abstain, misses, answered = score(kb, INDEPENDENT)
    assert hit1 >= 0.85, f"hit@1 {hit1:.0%}, missed: {misses}"
    assert abstain >= 0.80, f"abstain {abstain:.0%}, answered: {answered}"


def test_an_expanded_abbreviation_does_not_make_a_folded_question_accented() -> None:
    assert not _typed_with_marks("so tnmt gio la so gi")
    assert _typed_with_marks("Sở TNMT giờ là sở gì")


@pytest.mark.parametrize(
    ("query", "phrase"),
    [
        ("nghi dinh 28/2024 con hieu luc k", "hết hiệu lực"),
        ("sở tnmt sóc trăng có tổ chức hội thao hok", "Sóc Trăng"),
    ],
)
def test_chat_spellings_of_khong_are_function_words(
    kb: KnowledgeBase, query: str, phrase: str
) -> None:
    hits = kb.search(query)
    assert hits, f"no answer for {query!r}"
    assert fold(phrase) in fold(hits[0].passage.text + hits[0].passage.doc.title)


def test_bao_gio_asks_when(kb: KnowledgeBase) -> None:
    assert kb.index.analyzer.words("bao giờ") == ["khi", "nào"]
    assert "01/01/2024" in top(kb, "luat thi dua khen thuong co hieu luc bao gio")


def test_still_in_force_is_answered_by_the_repealing_article(kb: KnowledgeBase) -> None:
    assert "hết hiệu lực" in top(kb, "nghị định 28/2024 còn áp dụng được không")


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("chỉ thị 14 số mấy", True),
        ("kế hoạch sở tnmt sóc trăng số gì", True),
        ("dùng mẫu số mấy", False),
        ("kh thi dua soc trang 2022 gui nhung noi nao", True),
        ("kế hoạch này gửi các cơ quan nào", True),
        ("báo cáo tổng kết gửi về đâu", False),
    ],
)
def test_asking_a_number_asks_for_the_card(text: str, asks: bool) -> None:
    assert ("info" in _asked_kinds(words(text))) is asks


def test_a_blank_number_is_answered_from_the_card(kb: KnowledgeBase) -> None:
    hits = kb.search("ke hoach thi dua nam 2022 cua so tnmt soc trang so may")
    assert hits[0].passage.kind == "info"


@pytest.mark.parametrize("query", ["kết quả trận Việt Nam - Thái Lan", "ti so doi tuyen viet nam"])
def test_a_match_result_is_declined_though_it_names_viet_nam(kb: KnowledgeBase, query: str) -> None:
    from knowledge.asking import ask

    assert ask(kb, query) == []
