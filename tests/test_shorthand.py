"""Chat shorthand ("đc", "bn", "bao h", "dk gì") is read as the words it stands for, so a
question typed as people text is answered as if it were spelled out."""

import datetime as dt
from pathlib import Path

import pytest

from bot.core import BotCore
from knowledge import KnowledgeBase
from knowledge.asking import ask
from knowledge.held import named_years, year_not_held
from knowledge.normalize import fold, words
from knowledge.search import Analyzer, is_stopword
from knowledge.shorthand import full_years, spell_out, undoubled
from knowledge.shorthand import load as load_shorthand
from tests.conftest import Chat


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("đc thưởng bn", "được thưởng bao nhiêu"),
        ("có hiệu lực từ bao h", "có hiệu lực từ khi nào"),
        ("cấm những j", "cấm những gì"),
        ("đổi tên r", "đổi tên rồi"),
        ("triển khai ntn", "triển khai như thế nào"),
        ("hỗ trợ dn vs ng dân", "hỗ trợ dn với người dân"),
    ],
)
def test_shorthand_is_spelled_out(kb: KnowledgeBase, typed: str, meant: str) -> None:
    assert kb.index.analyzer.words(typed) == kb.index.analyzer.words(meant)


def test_a_shorthand_with_several_readings_is_left_to_the_index() -> None:
    analyzer = Analyzer({}, {"dk": ["điều kiện", "đăng ký"]})
    assert analyzer.words("cần đk gì") == ["cần", "đk", "gì"]
    assert analyzer.readings == {"dk": [["điều", "kiện"], ["đăng", "ký"]]}


def test_the_index_reads_dk_by_the_words_around_it(kb: KnowledgeBase) -> None:
    mend = kb.index._mend_abbreviations
    assert mend("can dk gi".split()) == ["can", *words("điều kiện"), "gi"]
    assert mend("dk thi dua".split()) == [*words("đăng ký"), "thi", "dua"]
    # No pair shows "được", a function word: it reads "dk" before a content word.
    assert mend("co dk khen thuong".split()) == ["co", "được", "khen", "thuong"]
    # Nor does any pair show "dk" opening the question: a thing asked, not "được".
    assert mend("dk de dc cong nhan".split())[:2] == words("điều kiện")
    assert (
        "tính mới trong phạm vi cơ sở"
        in kb.search("dk de dc cong nhan sang kien la gi")[0].passage.text
    )


def test_asking_how_many_is_a_question_word() -> None:
    assert is_stopword("mấy", accented=True)


def test_a_function_word_typed_without_marks_is_no_typo(kb: KnowledgeBase) -> None:
    # "muon" is "muốn": the legal texts lack it, but it is no slip for "môn".
    assert kb.law_index is not None
    assert kb.law_index._correct(["muon"]) == ["muon"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("luat tdkt 2022 co hieu luc tu bao h", "01/01/2024"),
        ("sang kien can dk gi moi dc co so cong nhan", "tính mới trong phạm vi cơ sở"),
        # the national title in letters, with or without its đ; "yc" for "yêu cầu"
        ("cstdtq được thưởng bao nhiêu", "4,5 lần mức lương cơ sở"),
        ("muon dat csttq thi can may lan cstd tinh", "02 lần liên tục"),
        ("đơn yc công nhận sk theo mẫu nào", "Phụ lục I của Thông tư là mẫu Đơn"),
    ],
)
def test_questions_in_shorthand_are_answered(kb: KnowledgeBase, query: str, expected: str) -> None:
    hits = kb.search(query)
    assert hits, f"no answer for {query!r}"
    assert expected in hits[0].passage.text


def test_questions_in_shorthand_are_answered_as_spelled_out(kb: KnowledgeBase) -> None:
    typed = kb.search("sáng kiến muốn đc công nhận cần điều kiện gì")
    spelled = kb.search("sáng kiến muốn được công nhận cần điều kiện gì")
    assert typed and spelled
    assert typed[0].passage is spelled[0].passage


def test_an_abbreviation_typed_with_its_number_is_split(kb: KnowledgeBase) -> None:
    analyzer = kb.index.analyzer
    assert analyzer.words("triển khai ct14") == analyzer.words("triển khai chỉ thị 14")
    assert analyzer.words("abc14") == ["abc14"]  # not an abbreviation: left as typed


def test_a_question_naming_ct14_is_answered(kb: KnowledgeBase) -> None:
    hits = kb.search("de nghi mttq tinh lam gi trong ct14")
    assert hits and "vận động đoàn viên, hội viên" in hits[0].passage.text


def test_the_ministry_of_2025_is_known_by_its_abbreviation(kb: KnowledgeBase) -> None:
    analyzer = kb.index.analyzer
    spelled = analyzer.words("bộ nông nghiệp và môi trường")
    assert analyzer.words("bộ nn và mt") == analyzer.words("bộ NN&MT") == spelled
    hits = kb.search("bộ nn và mt bắt đầu hoạt động từ bao giờ")
    assert hits and "01/3/2025" in hits[0].passage.text


def test_unknown_shorthand_counts_once_as_a_word(kb: KnowledgeBase) -> None:
    # "bh" (no vowel: no Vietnamese word) weighs as one missing word, not again in its pairs.
    units = [unit for unit, _, _ in kb.index._weighted_units(["ky", "vay", "bh"], False)]
    assert "bh" in units and not any(" bh" in u or "bh " in u for u in units)
    # A longer acronym the documents lack ("bhxh") is a subject: its pairs still count.
    units = [unit for unit, _, _ in kb.index._weighted_units(["dong", "bhxh"], False)]
    assert "dong bhxh" in units


@pytest.mark.parametrize(
    "query",
    [
        "ai ký kh thi đua 2022 sóc trăng vậy bh",
        "hồ sơ đề nghị khen thưởng gồm những gì nx",
        "sáng kiến cần đk gì ms đc công nhận",
    ],
)
def test_a_question_ending_in_chat_shorthand_is_answered(kb: KnowledgeBase, query: str) -> None:
    assert kb.search(query), f"no answer for {query!r}"


def test_off_topic_questions_with_acronyms_are_still_declined(kb: KnowledgeBase) -> None:
    for query in ("đóng bhxh thế nào", "lam cccd o dau", "ke hoach thi dua 2022 cua so gd dt"):
        assert not kb.search(query), query


@pytest.mark.parametrize(
    ("typed", "spelled"),
    [
        ("đc thưởng bn", "được thưởng bao nhiêu"),
        ("dc thuong bn?", "duoc thuong bao nhieu?"),  # typed without marks: none added
        ("có hiệu lực từ bao h", "có hiệu lực từ khi nào"),
        ("hồ sơ gồm những gì nx", "hồ sơ gồm những gì"),
        ("cần dk gì", "cần dk gì"),  # several readings: left to the search
        ("thủ trưởng dv", "thủ trưởng dv"),  # "đơn vị" or "dịch vụ": left to the search
        ("mẫu đơn yc công nhận", "mẫu đơn yêu cầu công nhận"),
        ("không có gì", "không có gì"),
        ("thưởng nhiêu vậy", "thưởng bao nhiêu vậy"),  # "nhiêu" alone, with its marks
        ("thưởng bao nhiêu", "thưởng bao nhiêu"),  # already written out
        ("được khen nhiều lần", "được khen nhiều lần"),  # "nhiều" (many) is a word
        ("thuong nhieu vay", "thuong nhieu vay"),  # without marks "nhiều" can't be told apart
    ],
)
def test_shorthand_is_spelled_out_for_the_rules(typed: str, spelled: str) -> None:
    assert spell_out(typed) == spelled


async def test_a_follow_up_in_shorthand_is_read_as_spelled_out(chat: Chat) -> None:
    await chat.send("tiêu chuẩn cstd cấp tỉnh là gì")
    await chat.send("còn cstd toàn quốc")
    assert "02 lần liên tục" in chat.text
    await chat.send("đc thưởng bn")
    assert "4,5 lần mức lương cơ sở" in chat.text


async def test_a_bonus_asked_with_nhieu_alone_follows_the_title(chat: Chat) -> None:
    await chat.send("chiến sĩ thi đua cơ sở cần những tiêu chuẩn gì")
    await chat.send("được thưởng nhiêu thế")
    assert "1,0 lần mức lương cơ sở" in chat.text


async def test_when_a_law_took_effect_asked_in_shorthand(chat: Chat) -> None:
    await chat.send("luat thi dua khen thuong hien hanh la luat nao")
    await chat.send("có hiệu lực từ bao h")
    assert "01/01/2024" in chat.text


def test_no_shorthand_is_a_word_of_the_documents() -> None:
    documents = Path(__file__).parents[1] / "knowledge" / "documents"
    used = {fold(w) for path in documents.glob("*.md") for w in words(path.read_text())}
    assert not [key for key in load_shorthand() if " " not in key and fold(key) in used]


async def test_ko_asks_as_khong_in_the_rules(chat: Chat) -> None:
    assert spell_out("sở tnmt sóc trăng giờ còn ko") == "sở tnmt sóc trăng giờ còn không"
    await chat.send("sở tnmt sóc trăng giờ còn ko")
    assert "Sở Nông nghiệp và Môi trường" in chat.last[0].text.split("\n")[0]


@pytest.mark.parametrize(
    ("typed", "command"), [("cho em đk thi đua", "/dangkythidua"), ("dk sang kien", "/sangkien")]
)
async def test_a_request_with_dk_runs_its_command(core: BotCore, typed: str, command: str) -> None:
    asked = await Chat(core, "2001").send(typed)
    commanded = await Chat(core, "2002").send(command)
    assert [r.text for r in asked] == [r.text for r in commanded]


async def test_a_refusal_is_logged_as_typed(chat: Chat) -> None:
    await chat.send("giá vàng hôm nay bn")
    logged = await chat.core.ctx.storage.declined.open_since(
        chat.core.ctx.clock.now() - dt.timedelta(days=1)
    )
    assert [q.text for q in logged] == ["giá vàng hôm nay bn"]


def test_ld_is_read_by_the_word_beside_it(kb: KnowledgeBase) -> None:
    mend = kb.index._mend_abbreviations
    assert mend("tap the ld xuat sac".split()) == ["tap", "the", *words("lao động"), "xuat", "sac"]
    assert mend("nguoi ld".split()) == ["nguoi", *words("lao động")]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("tập thể lđ xuất sắc cần bn % cá nhân đạt ldtt", "70%"),
        ("tap the ld tien tien thuong bnhieu", "0,8 lần mức lương cơ sở"),
        ("ct 14 ubnd kon tum có gửi các dn nhà nước không", "Các doanh nghiệp NN của tỉnh"),
        ("cv thi đua của sở tnmt kon tum năm 21 giao ai làm thường trực", "Văn phòng Sở"),
    ],
)
def test_shorthand_of_words_and_years_is_answered(
    kb: KnowledgeBase, query: str, expected: str
) -> None:
    found = ask(kb, query)
    assert found and expected in found[0].passage.text


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("cv của sở năm 21", "cv của sở năm 2021"),
        ("ke hoach nam 22 soc trang", "ke hoach nam 2022 soc trang"),
        ("Năm 23 có phong trào gì", "Năm 2023 có phong trào gì"),
        ("hạn nộp là năm 21/7", "hạn nộp là năm 21/7"),  # a date, not a year
        ("đủ 2 năm 10 tháng có được xét không", "đủ 2 năm 10 tháng có được xét không"),
        ("cong tac 3 nam 15 ngay", "cong tac 3 nam 15 ngay"),  # lengths of time, not years
        ("thi đua năm 2021", "thi đua năm 2021"),
    ],
)
def test_a_year_typed_by_its_last_two_digits_is_written_in_full(typed: str, written: str) -> None:
    assert full_years(typed) == written
    assert spell_out(typed) == written


def test_a_year_typed_by_two_digits_is_a_named_year(kb: KnowledgeBase) -> None:
    assert named_years("ke hoach thi dua nam 19 cua so tnmt kon tum") == [2019]
    assert year_not_held("kế hoạch thi đua năm 19 của sở tnmt kon tum", kb) == 2019


async def test_a_bonus_asked_in_cut_short_words_is_answered_in_the_chat(chat: Chat) -> None:
    await chat.send("tập thể lđ tiên tiến đc thưởng bnhieu")
    assert "0,8 lần mức lương cơ sở" in chat.text


def test_dv_is_read_by_the_words_around_it(kb: KnowledgeBase) -> None:
    # "thủ trưởng dv" is the head of a unit, "dv công trực tuyến" a public service
    assert kb.index._analysed("ca nhan la thu truong dv")[1][-2:] == ["đơn", "vị"]
    assert kb.index._analysed("dv cong truc tuyen muc 4")[1][:2] == ["dịch", "vụ"]


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("ai kýy", "ai ký"),
        ("đúngg không", "đúng không"),
        ("Ai Ký Vậyyy?", "Ai Ký Vậy?"),
        # no slip: "ưu" typed bare, a Roman numeral, letters with no vowel
        ("nghỉ huu", "nghỉ huu"),
        ("Phụ lục III", "Phụ lục III"),
        ("tt 18", "tt 18"),
    ],
)
def test_a_last_letter_typed_twice_is_once(typed: str, meant: str) -> None:
    assert undoubled(typed) == meant


async def test_a_signer_asked_with_a_letter_typed_twice_is_named(chat: Chat) -> None:
    await chat.send("chu de thi dua 2021 cua btnmt la gi")
    assert "Trần Hồng Hà" in (await chat.send("ai kýy"))[0].text
