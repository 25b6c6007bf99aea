"""The bench's answer path made cheaper without changing what it finds: the provinces looked
for only by the words a question has, the item pattern tried only at words that may open an
item, the law's year replaced only in a question saying it, control characters taken out
only of a text that has some."""

import re

import yaml

from bench.dev_sets import DATA
from knowledge import normalize, ordinals, titles_answers
from knowledge.normalize import fold, nfc
from knowledge.ordinals import item_asked
from knowledge.places import _folded_provinces, provinces, provinces_in


def _dev_questions() -> list[str]:
    items = yaml.safe_load((DATA / "questions.yaml").read_text(encoding="utf-8"))
    return [str(item["q"]) for item in items]


def test_provinces_are_found_as_by_reading_every_name() -> None:
    def every_name(text: str) -> list[str]:
        padded = f" {normalize.folded_words(text)} "
        return [name for name, _, spaced in _folded_provinces() if spaced in padded]

    texts = [*_dev_questions(), " ".join(provinces()), "hà nội, hà giang và tp hồ chí minh"]
    assert [provinces_in(t) for t in texts] == [every_name(t) for t in texts]
    assert provinces_in("ở hà giang và hà nội") == ["Hà Giang", "Hà Nội"]  # as provinces() orders


def test_the_item_pattern_finds_what_it_found_tried_at_every_word() -> None:
    pattern = ordinals._ITEM.pattern
    everywhere = re.compile(pattern.pattern.replace(f"(?=[{ordinals._ITEM_OPENS}])", "", 1))
    assert everywhere.pattern != pattern.pattern
    texts = [fold(q) for q in _dev_questions()]
    texts += ["noi dung thu 2 la gi", "y dau tien", "diem b khoan 2", "cai cuoi cung", "muc 3"]
    for text in texts:
        found, before = pattern.search(text), everywhere.search(text)
        assert (found and found.span()) == (before and before.span()), text
    assert item_asked("con cai thu 5") is not None and item_asked("dai hoi lan thu 5") is None


def test_the_laws_year_is_read_only_where_said() -> None:
    assert titles_answers.LAW_YEAR_SAID == "2022"
    asked = titles_answers.words("chiến sĩ tiên tiến theo luật 2022 tặng cho ai")
    assert titles_answers.LAW_YEAR.sub(r"\1", asked) == "chien si tien tien theo luat tang cho ai"
    assert titles_answers.CAMPAIGN.search("ke hoach nam 2021") is not None


def test_control_characters_are_taken_out_only_of_a_text_with_some() -> None:
    text = "Thi đua\tyêu nước"
    assert nfc("a\x00b\x7fc") == "abc"
    assert nfc(text) == text  # a tab is no control character left out
    assert nfc("Thi đua yêu nước") == "Thi đua yêu nước"
