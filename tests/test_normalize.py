import unicodedata

from knowledge.normalize import accent_key, fold, has_marks, nfc, squash_spaces, words


def test_fold_removes_diacritics_and_maps_d_stroke() -> None:
    assert fold("Đoàn kết, Thưởng") == "doan ket, thuong"
    assert fold("ĐẶC BIỆT") == "dac biet"


def test_nfd_and_nfc_input_give_the_same_words() -> None:
    composed = "Tiêu chí thi đua"
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert words(decomposed) == words(composed) == ["tiêu", "chí", "thi", "đua"]


def test_accent_key_tells_tones_apart_but_not_tone_placement() -> None:
    assert accent_key("giá") != accent_key("gia")
    assert accent_key("hoà") == accent_key("hòa")  # old and new tone placement
    assert accent_key("thuỷ") == accent_key("thủy")
    assert accent_key("Đua") == accent_key("đua") != accent_key("dua")


def test_has_marks() -> None:
    assert has_marks("đua") and has_marks("chí")
    assert not has_marks("thi") and not has_marks("2022")


def test_nfc_drops_control_characters() -> None:
    assert nfc("a\x00b\x1bc\td") == "abc\td"


def test_words_split_punctuation_and_numbers() -> None:
    assert words("Chỉ thị 14/CT-UBND ngày 28/7/2021") == [
        "chỉ",
        "thị",
        "14",
        "ct",
        "ubnd",
        "ngày",
        "28",
        "7",
        "2021",
    ]


def test_squash_spaces() -> None:
    assert squash_spaces("  a \n\t b  ") == "a b"
