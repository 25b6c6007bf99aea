"""How ranking reads a question: passage titles, synonyms, words typed without diacritics
that are function words, and typos mended by their neighbours."""

from knowledge import KnowledgeBase
from knowledge.normalize import fold
from knowledge.search import _bare_body_levels, _one_letter_more, passage_title
from knowledge.synonyms import Synonyms


def first(kb: KnowledgeBase, query: str) -> str:
    hits = kb.search(query)
    assert hits, f"no answer for {query!r}"
    return hits[0].passage.text


def test_a_passage_titled_with_the_question_words_comes_first(kb: KnowledgeBase) -> None:
    # "1. Thủ trưởng các phòng, đơn vị thuộc Sở" shares as many words, in passing.
    text = first(kb, "Văn phòng Sở Sóc Trăng có nhiệm vụ gì trong tổ chức thực hiện")
    assert text.startswith("2. Văn phòng Sở")


def test_titles_are_headings_or_the_lead_of_a_numbered_paragraph(kb: KnowledgeBase) -> None:
    titles = {p.section: passage_title(p) for p in kb.index.passages}
    assert "Văn phòng Sở" in titles["III. Tổ chức thực hiện › 2. Văn phòng Sở"]
    assert titles["Bố cục văn bản"] == "" and titles["Phần mở đầu"] == ""
    leads = [passage_title(p) for p in kb.index.passages if p.section.startswith("mục ")]
    assert any(t.startswith("Thi đua") for t in leads)
    assert not any(t[:1].isdigit() for t in leads)  # the item number is not its title


def test_synonyms_find_the_words_of_the_documents(kb: KnowledgeBase) -> None:
    assert "không đi trễ về sớm" in first(kb, "tiêu chí tập thể 2022 về giờ giấc làm việc")


def test_synonyms_match_with_diacritics_or_by_several_folded_words() -> None:
    synonyms = Synonyms([[["dùng"], ["sử", "dụng"]], [["giờ", "giấc"], ["đi", "trễ"]]])
    assert [m.others for m in synonyms.find(["để", "dùng"], accented=True)] == [(("su", "dung"),)]
    assert synonyms.find(["ứng", "dụng"], accented=True) == ()
    assert synonyms.find(["ung", "dung"], accented=False) == ()  # "dung" could be "dụng"
    assert [m.start for m in synonyms.find(["ve", "gio", "giac"], accented=False)] == [1]


def test_a_phrase_in_two_groups_finds_the_phrases_of_both(kb: KnowledgeBase) -> None:
    rewarded = ["ưu", "tiên", "khen", "thưởng"]
    synonyms = Synonyms(
        [[rewarded, ["lựa", "chọn"]], [["chú", "trọng", "khen", "thưởng"], rewarded]]
    )
    [match] = synonyms.find([*rewarded, "ai"], accented=True)
    assert set(match.others) == {("lua", "chon"), ("chu", "trong", "khen", "thuong")}
    # whom a measure rewards first: "Chú trọng khen thưởng … vùng sâu, vùng xa" (Chỉ thị 14
    # Kon Tum, item 6), not item 8's "lựa chọn các tập thể"
    for question in (
        "ct14 ubnd kt khen thuong uu tien vung nao",
        "ct14 kt ưu tiên khen thưởng vùng nào",
    ):
        assert "vùng sâu, vùng xa" in first(kb, question)


def test_bao_nhieu_typed_with_its_diacritics_names_nothing_asked(kb: KnowledgeBase) -> None:
    # folded, "nhieu" is a function word already; with diacritics "nhiêu" weighed as a rare
    # word no passage has, and no passage covered "NQ 78 … ngày bao nhiêu" enough
    hit = kb.search("NQ 78 về phòng dịch covid ngày bao nhiêu")
    assert hit and "Nghị quyết số 78/NQ-CP ngày 20 tháng 7 năm 2021" in hit[0].passage.text


def test_folded_function_words_are_read_from_the_corpus_and_the_neighbours(
    kb: KnowledgeBase,
) -> None:
    words = kb.index._without_function_words("dieu kien de duoc cong nhan sang kien".split())
    assert "de" not in words  # "để": "kiến đề" and "đề công" are not Vietnamese here
    assert kb.law_index is not None
    assert "co" in kb.law_index._without_function_words("co thi dua cua chinh phu".split())
    hit = kb.search("luat thi dua khen thuong 06/2022 co hieu luc tu khi nao")[0]
    assert "có hiệu lực" in hit.passage.text


def test_a_typo_is_mended_by_the_word_beside_it(kb: KnowledgeBase) -> None:
    assert "soctrang" in kb.search("soc trqng 2022 phat dong thi dua chu de gi")[0].passage.doc.id
    assert "Hoàn thành xuất sắc" in first(kb, "teu chi thi dua doi voi ca nhan nam 2021")
    assert "tieu" in _one_letter_more("teu") and all(len(w) == 4 for w in _one_letter_more("teu"))
    assert fold(first(kb, "tiêu chí thi đua đối với cá nhân năm 2021")) == fold(
        first(kb, "teu chi thi dua doi voi ca nhan nam 2021")
    )


def test_the_headings_above_a_part_count_and_the_document_name_does_not(
    kb: KnowledgeBase,
) -> None:
    # Without the heading above ("III. Tiêu chí thi đua"), the opening ranked first; the
    # words naming the document ("Bộ TN&MT năm 2021") are no part's title.
    for query in (
        "tieu chi thi dua tap the cua bo tn&mt nam 2021",
        "tiêu chí thi đua tập thể của bộ tn&mt năm 2021",
    ):
        hits = kb.search(query)
        assert hits[0].passage.section.endswith("1. Đối với tập thể"), query
    # The appendix is titled "(Phụ lục Nghị định 152/2025/NĐ-CP)": the decree's own name
    # does not make it the answer to who signed the decree.
    law = kb.search("nghị định 152/2025 do ai ký")[0].passage
    assert law.kind == "info", law.section


def test_the_date_of_a_cited_document_is_where_it_is_cited(kb: KnowledgeBase) -> None:
    # No document here is Chỉ thị 34: the card of the directive citing it does not answer.
    for query in (
        "Chỉ thị 34-CT/TW của Bộ Chính trị ban hành ngày nào",
        "chi thi 34-ct/tw cua bo chinh tri ban hanh ngay nao",
    ):
        assert "34-CT/TW ngày 07 tháng 4 năm 2014" in first(kb, query), query


def test_a_slogan_is_a_campaign_theme(kb: KnowledgeBase) -> None:
    # No document says "khẩu hiệu": the theme ("chủ đề") is what staff mean.
    assert "Đoàn kết, kỷ cương" in first(kb, "khẩu hiệu thi đua của bộ tnmt năm 2021")
    assert "Kỷ cương, trách nhiệm" in first(kb, "khau hieu thi dua 2022 so tnmt soc trang")


def test_a_theme_question_is_answered_by_the_card_line(kb: KnowledgeBase) -> None:
    hit = kb.search("chủ đề thi đua 2021 của sở tnmt kon tum")[0]
    assert hit.passage.kind == "info" and "Chủ đề: “Đoàn kết, sáng tạo" in hit.passage.text


def test_a_basis_question_is_answered_by_the_card_line(kb: KnowledgeBase) -> None:
    for query in (
        "chỉ thị 14 của UBND tỉnh căn cứ chỉ thị nào của Thủ tướng",
        "chi thi 14 cua ubnd tinh can cu chi thi nao cua thu tuong",
    ):
        assert "19/CT-TTg" in first(kb, query), query


def test_a_mistyped_abbreviation_is_expanded(kb: KnowledgeBase) -> None:
    index = kb.index
    assert index._mend_abbreviations(["bo", "tmnt"]) == ["bo", *index.analyzer.words("tnmt")]
    assert index._mend_abbreviations(["ubmd"]) == index.analyzer.words("ubnd")
    assert index._mend_abbreviations(["trong"]) == ["trong"]  # a known word stays
    text = first(kb, "tieu chi doi voi tap the cua bo tmnt nam 2021")
    assert text.startswith("1. Đối với tập thể")


def test_an_abbreviation_a_letter_from_two_is_read_by_the_likelier_slip(
    kb: KnowledgeBase,
) -> None:
    index = kb.index
    words = index.analyzer.words
    # a letter doubled, not one added: "btnmt", not "bnnmt"; "tnmt", not "nnmt"
    assert index._mend_abbreviations(["btnnmt"]) == words("btnmt")
    assert index._mend_abbreviations(["tnnmt"]) == words("tnmt")
    # two letters swapped, not one replaced: "btnmt", not "bnnmt"; "tdkt", not "ttdt"
    assert index._mend_abbreviations(["bntmt"]) == words("btnmt")
    assert index._mend_abbreviations(["tkdt"]) == words("tdkt")
    # a neighbouring key ("k" touches "m"), not a far one ("n" for "d")
    assert index._mend_abbreviations(["tnkt"]) == words("tnmt")
    assert "Sở Nội Vụ" in first(kb, "ke hoach thi dua 2022 cua so tnnmt soc trang gui nhung ai")


def test_a_province_typed_by_its_initials_is_that_province(kb: KnowledgeBase) -> None:
    read, words = kb.index.read_words, kb.index.analyzer.words
    assert read("sở tnmt kt") == words("sở tnmt kon tum")
    assert read("kh 2022 st") == words("kế hoạch 2022 sóc trăng")
    # "TĐ-KT" is no province ("hđ" is "hội đồng", the pair the documents have)
    assert read("hđ tđ-kt") == words("hội đồng thi đua khen thưởng")
    # the documents' "KT." of a signature ("ký thay") is no province either
    assert words("KT. Bộ trưởng")[0] == "kt"
    assert "Sở Nội Vụ" in first(kb, "kh thi dua 2022 st gui nhung noi nao")
    assert "ngày 28/7/2021" in first(kb, "ct14 tinh kt ban hanh ngay nao")


def test_two_words_typed_without_the_space_are_split(kb: KnowledgeBase) -> None:
    index = kb.index
    assert index._mend_abbreviations(["kontum"]) == ["kon", "tum"]
    assert index._mend_abbreviations(["soctrang"]) == ["soc", "trang"]
    assert index._mend_abbreviations(["khen"]) == ["khen"]  # a known word stays
    assert index._mend_abbreviations(["xyzwqk"]) == ["xyzwqk"]  # no known pair: kept
    assert "Quảng Ngãi" in first(kb, "kontum sap nhap vao tinh nao")


def test_the_body_asked_of_picks_its_own_campaign(kb: KnowledgeBase) -> None:
    # The department's letters of the same year give the same follow-up to their office;
    # "ở Bộ" asks the ministry's, which gives it to one of its departments ("Vụ").
    for query in (
        "cua bo thi ai chiu trach nhiem theo doi don doc thi dua nam 2021, bao lau bao cao",
        "thi dua nam 2021 o bo do don vi nao theo doi don doc",
    ):
        assert "Vụ Thi đua, Khen thưởng và Tuyên truyền" in first(kb, query)


def test_bo_and_so_alone_name_a_body_only_outside_compounds() -> None:
    assert _bare_body_levels("cán bộ của sở được khen gì".split()) == {"so"}
    assert _bare_body_levels("khi bo phat dong thi dua".split()) == {"bo"}
    assert _bare_body_levels("bộ máy của cơ sở".split()) == set()
    assert _bare_body_levels("theo so lieu cua bo may".split()) == set()


def test_a_topic_word_few_parts_say_tells_the_part_apart(kb: KnowledgeBase) -> None:
    # "khen thưởng" is in most items of the letter, "covid" in one: the item on the epidemic,
    # which also asks to propose commendations, answers; not the office's item on them
    for question in (
        "cv sở tnmt kon tum theo chỉ thị 14: với covid thì khen thưởng ra sao",
        "cong van so tnmt kon tum ve ct14: chong dich covid thi khen thuong the nao",
    ):
        assert first(kb, question).startswith("4. Tiếp tục phổ biến, quán triệt"), question


def test_an_abbreviation_with_a_letter_lost_inside_it_is_read_as_it(kb: KnowledgeBase) -> None:
    index = kb.index
    words = index.analyzer.words
    # a letter lost inside, not one added at the end ("cstd" and an "s")
    assert index._mend_abbreviations(["cstds"]) == words("cstdcs")
    # "btnmt" or "bnnmt" less a letter: the ministry the documents name most
    assert index._mend_abbreviations(["bnmt"]) == words("btnmt")
    # three letters: an abbreviation of four with a letter lost inside it
    assert index._mend_abbreviations(["ubd"]) == words("ubnd")
    assert index._mend_abbreviations(["mtq"]) == words("mttq")
    # its last letter lost makes another abbreviation, read only by a pair the documents have
    assert index._mend_abbreviations(["o", "ktx", "cho", "sinh", "vien"])[1] == "ktx"
    assert "Đoàn kết, kỷ cương" in first(kb, "chu de thi dua nam 2021 cua bnmt la gi vay")
    assert "Lê Ngọc Tuấn" in first(kb, "ct 14/ct-und kon tum ai ky")


def test_chat_shorthand_of_bodies_is_read(kb: KnowledgeBase) -> None:
    read, words = kb.index.read_words, kb.index.analyzer.words
    assert read("cq thuong truc hd tdkt") == words("cơ quan thuong truc hội đồng tdkt")
    assert "Giao Sở Nội vụ" in first(kb, "cq thuong truc hd tdkt tinh kon tum la so nao")


def test_a_slip_is_read_by_the_content_word_past_a_function_word(kb: KnowledgeBase) -> None:
    # the documents' pairs skip function words: "được tính để xét" has "tính xét"
    law = kb.law_index
    assert law is not None
    tokens = "nghi thai san co duoc tihh de xet thi dua".split()
    assert law._correct(tokens)[5] == "tinh"
    text = first(kb, "nghi thai san co duoc tihh de xet thi dua k")
    assert "Thời gian nghỉ thai sản đối với cá nhân theo quy định được tính" in text
    # a word that pairs beside it, as typed, is still read first ("trường hợp")
    tokens = "khen thuong nhung trupng hop nao".split()
    assert kb.index._correct(tokens)[3] == "truong"


def test_a_slip_in_a_function_word_is_that_function_word(kb: KnowledgeBase) -> None:
    # no pair of the documents has "muốn": it is read for the slip it most likely is
    assert kb.index._correct(["sk", "mupn", "dc"])[1] == "muon"
    assert "Có tính mới trong phạm vi cơ sở đó" in first(kb, "sk mupn dc cong nhan can dk gi")
    # a key away from a content word, a letter replaced from "đang": not read as "đang"
    assert kb.index._correct(["lam", "dpng"])[1] != "dang"


def test_a_known_word_that_pairs_with_nothing_is_read_as_the_commoner_one_a_letter_longer(
    kb: KnowledgeBase,
) -> None:
    # "tướng" is a word too, but "tiền thưởng" is the pair the decree has
    law = kb.law_index
    assert law is not None
    assert law._correct("tien tuong cstd co so bao nhieu".split())[1] == "thuong"
    # "thủ tướng": "tung" is a word of the campaigns, "tuong" pairs with "thu"
    assert kb.index._correct("bang khen thu tung chinh phu".split())[3] == "tuong"
    # a short word is one letter from too many: "đơn" stays
    assert kb.index._correct("co don to cao".split())[1] == "don"


def test_shorthand_is_read_as_the_phrase_it_makes_with_its_neighbour(kb: KnowledgeBase) -> None:
    # "thêm đk": "thêm điều kiện", a phrase of synonyms.yaml, though "thi đua, đăng ký" makes
    # a pair across a comma
    read, words = kb.index.read_words, kb.index.analyzer.words
    assert read("dat thi dua them dk gi") == words("dat thi dua them điều kiện gi")
    asked = "thu truong don vi muon dat thi dua thi them dk gi (bo tnmt 2021)"
    assert read(asked)[10:12] == words("điều kiện")
    assert read("dk thi dua") == words("đăng ký thi dua")  # no phrase: the pair tells


def test_nhac_alone_says_that_a_document_mentions_it(kb: KnowledgeBase) -> None:
    words = kb.index.analyzer.words
    assert words("nhắc trong cv bộ") == words("trong cv bộ")
    assert words("nhắc nhở cán bộ")[:2] == ["nhắc", "nhở"]  # what is asked to be done
    text = first(kb, "cv bộ 2021 nhắc những phong trào nào của thủ tướng")
    assert "Cả nước chung sức xây dựng nông thôn mới" in text


def test_the_army_is_found_by_its_ministry(kb: KnowledgeBase) -> None:
    # Điều 21 names no "quân đội": the Minister of Defence recognises soldiers' ingenuity
    hits = kb.search("trong quan doi thi ai cong nhan muu tri sang tao")
    assert hits[0].passage.section.startswith("Điều 21.")
    assert "Bộ trưởng Bộ Quốc phòng" in hits[0].passage.text
