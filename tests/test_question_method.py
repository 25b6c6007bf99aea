"""How a single question is read and which passage answers it: the method, on questions
phrased unlike the question sets'."""

from knowledge import KnowledgeBase
from knowledge.asking import ask
from knowledge.keyboard import NEIGHBOURS, key_slips
from knowledge.search import other_i_y


def first(kb: KnowledgeBase, query: str) -> str:
    hits = ask(kb, query)
    assert hits, f"no answer for {query!r}"
    return hits[0].passage.text


def test_a_word_of_the_law_is_not_read_as_a_typo_for_a_campaign_word(kb: KnowledgeBase) -> None:
    # "thay" is only in the legal documents; the campaign index used to read it as "hay"
    # (a function word) and answer from a campaign item.
    assert kb.index._correct(["thay", "chuẩn"]) == ["thay", "chuẩn"]
    assert "15/2003/QH11" in first(kb, "luật thi đua khen thưởng thay luật nào")


def test_i_and_y_spell_the_same_syllable() -> None:
    assert other_i_y("kí") == "ký"
    assert other_i_y("Sỹ") == "Sĩ"
    assert other_i_y("quí") == "quý"
    assert other_i_y("tai") is None  # "tai" is not "tay"
    assert other_i_y("y") is None


def test_a_signer_question_spelt_ki_is_answered(kb: KnowledgeBase) -> None:
    assert "Lê Ngọc Tuấn" in first(kb, "ct 14 ubnd kon tum ai kí")


def test_two_swapped_letters_are_one_slip(kb: KnowledgeBase) -> None:
    assert "Có tính mới trong phạm vi cơ sở đó" in first(kb, "dieu kien cong nhan sang kein")


def test_a_neighbouring_key_in_a_four_letter_word_is_mended_where_it_pairs(
    kb: KnowledgeBase,
) -> None:
    # "q" is next to "a" and "b" to "n": "sang kiến", "công văn" are pairs the documents have.
    assert kb.index._correct(["sqng", "kiến"]) == ["sang", "kiến"]
    assert kb.index._correct(["cobg", "van"]) == ["cong", "van"]
    # Unpaired, a wrong letter in four stays as typed; "x" is not next to "t" ("gia tăng").
    assert kb.index._correct(["cobg"]) == ["cobg"]
    assert kb.index._correct(["gia", "xang"]) == ["gia", "xang"]


def test_keyboard_neighbours_go_both_ways() -> None:
    assert {"q", "w", "s", "z"} == set(NEIGHBOURS["a"])
    assert all(c in NEIGHBOURS[n] for c, near in NEIGHBOURS.items() for n in near)
    assert "sang" in key_slips("sqng") and "tang" not in key_slips("xang")


def test_two_swapped_letters_are_as_sure_a_slip_as_one_letter_too_many(
    kb: KnowledgeBase,
) -> None:
    # "ngahn" is "ngan" with an "h" too many and "nganh" with two letters swapped: the
    # commoner word wins, as between any two corrections as close.
    assert kb.index._correct(["toàn", "ngàhn"]) == ["toàn", "nganh"]


def test_a_dropped_letter_that_makes_another_real_word_is_read_from_its_neighbours(
    kb: KnowledgeBase,
) -> None:
    # "tôn", "thơ" are words, but pair with nothing here; "toàn quốc", "theo chỉ thị" do.
    assert kb.index._correct(["đua", "ton", "quoc"]) == ["đua", "toan", "quoc"]
    assert kb.index._correct(["tho", "chi", "thi"]) == ["theo", "chi", "thi"]
    # A word about as common as the longer one was meant: "trong" is not "trường".
    assert kb.index._correct(["sở", "trong", "tiêu", "chí"]) == ["sở", "trong", "tiêu", "chí"]


def test_an_article_answers_with_the_editors_note_beside_its_clause(kb: KnowledgeBase) -> None:
    # The note under khoản 1 of Điều 80 names "Giám đốc Sở", the article's text does not: the
    # article answers, its clause and the note in the same passage.
    hits = ask(kb, "giám đốc sở được quyền tặng những danh hiệu nào")
    assert hits[0].passage.text.startswith("Điều 80")
    assert "Thủ trưởng cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh" in hits[0].passage.text
    assert "Giám đốc Sở (Thủ trưởng cơ quan chuyên môn" in hits[0].passage.text


def test_who_is_preferred_finds_who_is_chosen(kb: KnowledgeBase) -> None:
    # Nghị định 152 says "lựa chọn cá nhân nữ"; staff ask whom it "ưu tiên".
    assert "lựa chọn cá nhân nữ" in first(kb, "nhiều tập thể cùng đủ tiêu chuẩn thì ưu tiên ai")
    assert not ask(kb, "chính sách ưu tiên tuyển sinh đại học")


def test_which_body_replaced_another_is_asked_about_now(kb: KnowledgeBase) -> None:
    # "thay" is a word of the law only: the campaigns no longer read it as "hay"; the
    # question asks what the body is now, which the note on the 2025 reorganisation says.
    assert "Bộ Nông nghiệp và Môi trường" in first(kb, "cơ quan nào thay bộ tài nguyên môi trường")


def test_a_pair_made_across_a_comma_does_not_make_a_function_word_content(
    kb: KnowledgeBase,
) -> None:
    # The law has "sáng kiến, đề tài": its index pairs "kien de", which made "de" in
    # "dieu kien de ..." read as "đề"; the words are not side by side in any phrase.
    law = kb.law_index
    assert law is not None
    assert "kien de" in law._passage and not law._side_by_side("kien de")
    assert law._side_by_side("sang kien")
    text = first(kb, "dieu kien de cong nhan sang kien")
    assert "Có tính mới trong phạm vi cơ sở đó" in text


def test_words_saying_a_document_mentions_something_are_left_out(kb: KnowledgeBase) -> None:
    # "nhắc tới" (mentions) is how the question is asked; "nhắc" used to become "nhà".
    assert kb.index.analyzer.words("bộ nhắc tới gì") == ["bộ", "gì"]
    text = first(kb, "bộ tnmt năm 2021 nhắc tới 4 phong trào nào của Thủ tướng")
    assert "4 phong trào thi đua đã được Thủ tướng Chính phủ phát động" in text


def test_how_many_and_to_are_function_words() -> None:
    from knowledge.search import is_stopword

    assert all(is_stopword(word, accented=True) for word in ("mấy", "tới"))
    assert not is_stopword("độ", accented=True)


def test_a_card_with_only_a_recipients_list_answers_whom_it_is_sent_to(kb: KnowledgeBase) -> None:
    # Chỉ thị 14 lists "Nơi nhận" and has no "Kính gửi": "gửi" must still find its card,
    # not the card of a letter that names it.
    hits = ask(kb, "chỉ thị 14 của ubnd tỉnh gửi những đơn vị nào")
    assert hits[0].passage.doc.id == "kontum-ubnd-ct14-2021"
    assert hits[0].passage.kind == "info"


def test_the_recipients_line_comes_first_when_asked_to_whom(kb: KnowledgeBase) -> None:
    from handlers.phone_answer import passage_reply

    question = "ke hoach thi dua 2022 soc trang gui de bao cao nhung co quan nao"
    hit = ask(kb, question)[0]
    reply = passage_reply(hit.passage, hit.position, question)
    assert reply.text.startswith("Nơi nhận: UBND tỉnh (để báo cáo)")


def test_what_a_year_means_asks_what_the_year_is() -> None:
    from knowledge.search import Analyzer

    analyzer = Analyzer.from_file()
    assert analyzer.words("năm 2022 có ý nghĩa gì") == ["năm", "2022", "có", "gì"]
    assert analyzer.words("ý nghĩa như thế nào") == ["như", "thế", "nào"]


def test_a_card_writes_its_date_as_the_documents_cite_it(kb: KnowledgeBase) -> None:
    # "ngày 01/8/2013", as the Thông tư's own opening and every citation of it write it.
    circular = kb.document("tt-18-2013-tt-bkhcn")
    decree = kb.document("nd-13-2012-dieu-le-sang-kien")
    assert circular is not None and circular.date_text == "ngày 01/8/2013"
    assert decree is not None and decree.date_text == "ngày 02/3/2012"
    assert "18/2013/TT-BKHCN ngày 01/8/2013" in first(kb, "thông tư 18/2013 ký ngày nào")


def test_a_card_names_the_kind_of_each_document_it_is_based_on(kb: KnowledgeBase) -> None:
    from knowledge.sections import _cited

    assert _cited("19/CT-TTg ngày 16/7/2021") == "Chỉ thị số 19/CT-TTg ngày 16/7/2021"
    assert _cited("34-CT/TW ngày 07/4/2014") == "Chỉ thị số 34-CT/TW ngày 07/4/2014"
    assert _cited("8240/BTNMT-TĐKTTT ngày 31/12/2021") == "8240/BTNMT-TĐKTTT ngày 31/12/2021"
    text = first(kb, "chỉ thị 14 ubnd kon tum căn cứ vào chỉ thị nào của thủ tướng")
    assert "Chỉ thị số 19/CT-TTg" in text


def test_a_kind_typed_against_its_number_is_two_words(kb: KnowledgeBase) -> None:
    assert kb.index._number_unglued("ct14") == ["chỉ", "thị", "14"]
    assert kb.index._number_unglued("abc12") is None
    assert "Lê Ngọc Tuấn" in first(kb, "ct14 ubnd kon tum ai ký")


def test_a_title_named_before_the_one_that_requires_it_asks_for_the_higher_article(
    kb: KnowledgeBase,
) -> None:
    text = first(kb, "chiến sĩ thi đua cơ sở mấy lần thì được xét chiến sĩ thi đua cấp tỉnh")
    assert text.startswith("Điều 22.") and "03 lần liên tục" in text


def test_who_decides_two_titles_is_not_read_as_how_often(kb: KnowledgeBase) -> None:
    text = first(kb, "ở sở ai quyết định tặng lao động tiên tiến, chiến sĩ thi đua cơ sở")
    assert text.startswith("Điều 80")


def test_a_form_of_a_title_dossier_is_searched_not_the_title_article(kb: KnowledgeBase) -> None:
    text = first(kb, "báo cáo thành tích chiến sĩ thi đua cơ sở dùng mẫu số mấy")
    assert "Mẫu số 05" in text


def test_what_role_asks_what_a_body_does(kb: KnowledgeBase) -> None:
    text = first(kb, "văn phòng sở tnmt kon tum có vai trò gì khi thi đua theo chỉ thị 14")
    assert text.startswith("9. Giao Văn phòng Sở Tài nguyên và Môi trường")


def test_the_new_ministry_is_typed_as_an_abbreviation_too(kb: KnowledgeBase) -> None:
    assert kb.index.analyzer.words("Sở NN&MT") == ["sở", "nông", "nghiệp", "và", "môi", "trường"]
    assert "Thông tư 62/2025/TT-BNNMT" in first(kb, "thi đua ngành nn&mt bây giờ theo thông tư nào")


def test_whether_criteria_require_something_asks_whether_they_have_it(kb: KnowledgeBase) -> None:
    assert kb.index.analyzer.words("có yêu cầu gì") == ["có", "gì"]
    assert kb.index.analyzer.words("đơn yêu cầu công nhận") == ["đơn", "yêu", "cầu", "công", "nhận"]
    text = first(
        kb, "tiêu chí thi đua cá nhân năm 2022 có yêu cầu chấp hành phòng chống dịch không"
    )
    assert "phòng, chống dịch bệnh" in text


def test_what_changed_is_not_asking_what_replaced_it() -> None:
    from knowledge import ASKS_NOW
    from knowledge.normalize import fold

    assert ASKS_NOW.search(fold("bộ nào thay bộ tài nguyên và môi trường"))
    assert ASKS_NOW.search(fold("cái gì thay thế nghị định 98"))
    assert not ASKS_NOW.search(fold("tiêu chí năm nay có gì thay đổi"))


def test_who_stands_up_to_launch_asks_who_launches(kb: KnowledgeBase) -> None:
    """ "ai đứng ra phát động" is "ai phát động": not the part naming who stands where."""
    asked = first(kb, "ai đứng ra phát động thi đua năm 2021 của bộ tnmt")
    assert asked == first(kb, "ai phát động thi đua năm 2021 của bộ tnmt")
    assert not asked.startswith("- Thủ trưởng các đơn vị thuộc Bộ")


def test_a_section_in_pieces_answers_from_its_first_when_both_cover_the_question(
    kb: KnowledgeBase,
) -> None:
    assert first(kb, "nd 152 quy dinh nguyen tac khen thuong the nao").startswith("Điều 4.")
    # a word only the later piece says still finds it
    assert "(5) Thời gian nghỉ thai sản" in first(kb, "nghỉ thai sản có được tính xét khen không")


def test_what_an_initiative_must_be_asked_with_nhu_nao(kb: KnowledgeBase) -> None:
    """ "như nào thì được công nhận" asks the conditions, as "thế nào thì được" does: the
    Điều lệ's article, not the title's line saying "sáng kiến được cơ sở công nhận"."""
    asked = first(kb, "sáng kiến như nào thì được cơ sở công nhận")
    assert asked.startswith("Điều 3. Sáng kiến (điều kiện công nhận sáng kiến)")


def test_still_there_typed_short_asks_what_is_now(kb: KnowledgeBase) -> None:
    """ "còn ko" asks whether it is still there, as "còn không" does: the note on now."""
    asked = first(kb, "mấy cv 2021 gửi phòng tnmt các huyện, giờ phòng đó còn ko")
    assert asked.startswith("Không còn cấp huyện từ ngày 01/7/2025")
