"""The emulation titles catalogue: complete, sourced, honest about what is unverified."""

from knowledge.titles import load_titles

TITLES = load_titles()


def test_four_individual_and_four_collective_titles() -> None:
    individual = {t.name for t in TITLES.values() if t.audience == "individual"}
    collective = {t.name for t in TITLES.values() if t.audience == "collective"}
    assert individual == {
        "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở", "Chiến sĩ thi đua cấp bộ/tỉnh",
        "Chiến sĩ thi đua toàn quốc",
    }  # fmt: skip
    assert collective == {
        "Tập thể lao động tiên tiến", "Tập thể lao động xuất sắc", "Cờ thi đua cấp bộ/tỉnh",
        "Cờ thi đua của Chính phủ",
    }  # fmt: skip


def test_every_title_cites_an_article_of_a_dated_source() -> None:
    for title in TITLES.values():
        assert title.article.startswith("Điều "), title.id
        assert title.source.effective, title.id
        assert title.conditions, title.id
        assert title.verified or title.note, f"{title.id}: unverified without a note"
        assert "chưa đối chiếu" in title.citation or title.verified


def test_prerequisites_point_to_known_titles() -> None:
    assert TITLES["chien-si-thi-dua-co-so"].requires_titles == ("lao-dong-tien-tien",)
    assert TITLES["chien-si-thi-dua-toan-quoc"].requires_initiative
    assert not TITLES["chien-si-thi-dua-co-so"].requires_initiative  # Luật 06/2022, Điều 23
