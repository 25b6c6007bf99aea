"""First answers to questions typed as staff type them: a document's kind or issuer cut short
as in its number ("cp", "TTg"), chat shorthand ("ptrao", "bh", "gđ"), words of the
documents said another way ("kêu gọi", "mùa dịch", "nghỉ sinh"), and when an outcome is
granted asked as its condition, not as a deadline."""

import datetime as dt

import pytest

from handlers.questions import asks_for_deadline
from knowledge import KnowledgeBase
from knowledge.normalize import fold
from knowledge.shorthand import spell_out
from tests.conftest import Chat


def _first(kb: KnowledgeBase, question: str) -> str:
    hits = kb.search(question)
    assert hits, f"no answer for {question!r}"
    return fold(f"{hits[0].passage.section}\n{hits[0].passage.text}")


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # "bh" for bao giờ
        ("nđ 152 có hiệu lực từ bh ạ", "co hieu luc thi hanh tu ngay 01 thang 7 nam 2025"),
        # "cp" for Chính phủ, beside a title's name
        ("cờ thi đua của cp được thưởng bao nhiêu tiền", "co thi dua cua chinh phu"),
        # "TTg" for Thủ tướng; "nhắc lại" says the letter mentions it, not what it is
        ("cv 2021 của bộ nhắc lại 4 phong trào nào của TTg", "doanh nghiep viet nam"),
        # "kêu gọi": the directive says "vận động"
        (
            "chỉ thị 14 của ubnd tỉnh kêu gọi nhân dân chống dịch với tinh thần nào",
            "moi nguoi dan la mot chien si",
        ),
        # "mùa dịch": the letter says "dịch bệnh", "chống dịch"
        ("mùa dịch sở tnmt kon tum kêu gọi chăm lo an sinh cho những ai", "tuyen dau chong dich"),
        # "nghỉ sinh": the decree says "nghỉ thai sản"
        ("nghỉ sinh con có được tính khi xét thi đua không", "nghi thai san"),
        # "gđ sở": the director of a department
        (
            "gđ sở có quyền tặng những danh hiệu nào",
            "co quan chuyen mon thuoc uy ban nhan dan cap tinh",
        ),
    ],
)
def test_shorthand_and_other_wording_find_the_passage(
    kb: KnowledgeBase, question: str, said: str
) -> None:
    assert said in _first(kb, question)


def test_a_number_part_is_still_read_as_typed(kb: KnowledgeBase) -> None:
    # beside the rest of a number, "NĐ-CP" stays the number's part: the decree itself answers
    assert (
        kb.search("Nghị định 152/2025/NĐ-CP có hiệu lực từ ngày nào")[0].passage.doc.id
        == "nd-152-2025-nd-cp"
    )
    # "sở gd đt" is the education department, which no document is of: not the director
    assert not kb.search("ke hoach thi dua 2022 cua so gd dt")


def test_when_an_outcome_is_granted_is_its_condition_not_a_deadline() -> None:
    for asked in ("sáng kiến được công nhận khi nào", "sang kien dc cong nhan khi nao"):
        assert not asks_for_deadline(spell_out(asked)), asked
    # a duty of the person's own, or a deadline named, is still the schedule's
    assert asks_for_deadline("khi nào được đăng ký sáng kiến")
    assert asks_for_deadline("hạn nộp đơn công nhận sáng kiến khi nào")
    # what one does to be granted it, by when: the schedule's deadline
    assert asks_for_deadline(
        spell_out("khi nào phải nộp hồ sơ để được xét tặng lao động tiên tiến")
    )
    assert asks_for_deadline(spell_out("bao gio dang ky sang kien de duoc cong nhan"))
    assert asks_for_deadline("muốn được xét tặng lao động tiên tiến thì khi nào phải nộp hồ sơ")
    assert not asks_for_deadline("sáng kiến đã nộp bao giờ được công nhận")


def test_never_is_no_when() -> None:
    # "chưa … bao giờ" is never: whether one may skip a lower award, not a deadline
    for asked in (
        "Anh em chưa có giấy khen bao giờ, có được đề nghị thẳng bằng khen không?",
        "em chua bao gio dc khen thi co de nghi cstdcs dc ko",
    ):
        assert not asks_for_deadline(spell_out(asked)), asked
    assert asks_for_deadline("chưa nộp thì bao giờ phải đề nghị khen thưởng")


def test_one_s_own_results_are_declined_as_a_feature_not_held() -> None:
    from knowledge.intents import load_intents

    intents = load_intents()
    for asked in (
        "cho em xem kết quả bình xét thi đua năm nay của phòng em",
        "danh sach nguoi duoc tang lao dong tien tien 2024 o co quan minh",
    ):
        feature = intents.feature_asked(asked)
        assert feature is not None and "kết quả" in feature.answer, asked
    # the results a document states are asked of no one's own
    assert intents.feature_asked("kết quả thực hiện phong trào báo cáo về đâu") is None
    # a decision setting something up is a document's, though it is of one's own unit
    for asked in (
        "quyết định thành lập hội đồng thi đua của sở mình",
        "quyet dinh ban hanh ke hoach thi dua cua so minh",
    ):
        assert intents.feature_asked(asked) is None, asked


async def test_one_s_own_results_get_the_reason_in_the_chat(chat: Chat) -> None:
    await chat.send("kết quả bình xét thi đua năm 2025 của đơn vị tôi")
    assert "chưa tra cứu được kết quả" in chat.text
    # logged for the office as a feature the bot does not have
    declined = await chat.core.ctx.storage.declined.open_since(
        dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    )
    assert [d.kind for d in declined] == ["feature"]


@pytest.mark.parametrize(
    "question",
    [
        # the article whose heading names the conditions of what the question opens on, not
        # the title's article that requires "sáng kiến được cơ sở công nhận" in passing
        "sáng kiến được cơ sở công nhận thì cần những điều kiện gì",
        # "muốn" typed without marks is no "muộn" (đi muộn về sớm) where it stands by no word
        # "muộn" stands by; the article on the conditions, not a plan's tasks
        "sang kien muon dc cong nhan thi can co dieu kien gi",
    ],
)
def test_the_conditions_of_an_initiative_come_from_its_article(
    kb: KnowledgeBase, question: str
) -> None:
    assert "co tinh moi trong pham vi co so" in _first(kb, question)


def test_a_ward_chairman_is_the_commune_chairman(kb: KnowledgeBase) -> None:
    said = _first(kb, "chủ tịch ubnd phường có được ký tặng chiến sĩ thi đua cơ sở không")
    assert "chu tich uy ban nhan dan cap xa quyet dinh tang" in said


def test_a_known_word_a_letter_short_of_the_word_its_neighbour_goes_with_is_mended(
    kb: KnowledgeBase,
) -> None:
    # "khen tuong": "khen" is mostly followed by "thưởng", never by "tướng"
    assert kb.index.spelled("luat thi dua khen tuong co hieu luc tu bao gio") is not None
    assert "hieu luc thi hanh tu ngay 01/01/2024" in _first(
        kb, "luat thi dua khen tuong 2022 co hieu luc khi nao"
    )


def test_an_off_topic_phrase_with_a_slip_and_a_filler_word_is_declined(kb: KnowledgeBase) -> None:
    from knowledge.intents import load_intents

    # "tối" folds as the filler "tôi": the phrase is read with it kept
    assert load_intents().is_off_topic("luogn toi thieu vung bao nhieu", kb.mentions)


async def test_the_line_shown_first_is_read_with_the_shorthand_spelled(chat: Chat) -> None:
    # "cp" read as "Chính phủ" picks the passage and also the line of it shown first
    await chat.send("cờ thi đua cp được thưởng mấy lần lương cơ sở")
    # (read right after the opening of its list)
    assert chat.text.startswith("2. Đối với tập thể:\nđ) Danh hiệu “Cờ thi đua của Chính phủ”")


def test_a_department_named_with_the_directive_number_asks_for_its_own_letter(
    kb: KnowledgeBase,
) -> None:
    # "sở … hưởng ứng ct14": the department's letter carrying out Chỉ thị 14; the number
    # does not also raise the directive itself
    asked = " so tai nguyen va moi truong kon tum huong ung chi thi 14 the nao "
    assert kb.index._names_only_citing("14", asked)
    # the province named too: the directive is named by its number as ever
    assert not kb.index._names_only_citing("14", f"{asked}cua uy ban nhan dan tinh ")
    hit = kb.search("sở tnmt kon tum thực hiện ct14 ra sao về các chỉ số papi, pci")[0]
    assert hit.passage.doc.id == "kontum-stnmt-2021-ct14"


def test_a_document_only_named_is_answered_by_its_opening(kb: KnowledgeBase) -> None:
    hit = kb.search("kế hoạch thi đua năm 2022 của sở tài nguyên môi trường sóc trăng")[0]
    assert hit.passage.kind == "intro" and "Kỷ cương, trách nhiệm" in hit.passage.text
    # a part asked of it is still that part
    assert (
        kb.search("kế hoạch thi đua năm 2022 của sở tnmt sóc trăng gồm những gì")[0].passage.kind
        != "intro"
    )


def test_a_shorthand_inside_a_document_number_is_read_as_typed(kb: KnowledgeBase) -> None:
    # "NĐ-CP": the number's part, not "Nghị định - Chính phủ"
    assert kb.index._analysed("mẫu báo cáo theo nghị định 152/2025/nđ-cp")[1][-1] == "cp"
    assert "chính" in kb.index._analysed("cờ thi đua cp thưởng bao nhiêu")[1]


def test_a_document_named_with_a_question_word_is_asked_something_of(kb: KnowledgeBase) -> None:
    # not the directive's opening for being named: the part saying which congress
    said = _first(kb, "chỉ thị 14 ubnd tỉnh kon tum theo nghị quyết đại hội đảng bộ lần thứ mấy")
    assert "lan thu xvi" in said


def test_a_slip_only_the_legal_documents_can_mend_is_mended(kb: KnowledgeBase) -> None:
    # "lyat": a key away from "luật", a word the campaign letters never pair with "thi đua"
    assert kb.spelled("lyat tdkt co hieu luc tu bao h").startswith("luat tdkt")
    assert "hieu luc thi hanh tu ngay 01/01/2024" in _first(kb, "lyat tdkt co hieu luc tu bao h")
    # a word the campaign letters know is no slip for the legal documents either
    assert kb.spelled("sở tnmt kon tum") == "sở tnmt kon tum"
