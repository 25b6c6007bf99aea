"""The emulation titles catalogue: complete, sourced, honest about what is unverified."""

from knowledge.titles import load_amendment_watches, load_titles

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


def test_titles_follow_the_law_as_of_2026() -> None:
    titles = load_titles()
    nd98 = titles["lao-dong-tien-tien"].source  # every title's source is the Law itself
    assert (
        nd98.id == "luat-06-2022"
        and "hiệu lực từ 01/01/2024" in titles["lao-dong-tien-tien"].citation
    )
    assert titles["chien-si-thi-dua-cap-bo-tinh"].article == "Điều 22"
    assert not titles["chien-si-thi-dua-co-so"].requires_initiative
    assert titles["chien-si-thi-dua-co-so"].bonus.startswith("1,0")
    assert "Giám đốc Sở" in titles["chien-si-thi-dua-co-so"].decided_by
    collective = titles["tap-the-lao-dong-tien-tien"]
    assert not any("trên 50%" in c for c in collective.conditions)
    assert any("cảnh cáo" in c for c in collective.conditions)
    watch = load_amendment_watches()
    assert watch and watch[0].since == "2026-10-01"
    assert {"chien-si-thi-dua-co-so", "tap-the-lao-dong-tien-tien"} <= watch[0].titles
