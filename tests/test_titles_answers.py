"""Questions about a title or a law's particulars, what is now, and the replies around them."""

import pytest

from bot.messages import Choice
from handlers.phone_answer import passage_reply
from handlers.refusals import not_found
from knowledge import KnowledgeBase
from knowledge.titles_answers import named_title, names_law, words
from tests.conftest import Chat


def _top(kb: KnowledgeBase, question: str) -> str:
    hits = kb.search(question)
    assert hits, question
    return f"{hits[0].passage.doc.id} {hits[0].passage.section}"


@pytest.mark.parametrize(
    ("question", "section"),
    [
        ("tieu chuan chien sy thi dua co so", "Điều 23."),
        ("CSTĐ tỉnh cần mấy lần CSTĐCS liên tục", "Điều 22."),  # the first title named
        # the title asked eligibility for, after the asker's own titles
        (
            "Phòng tôi 8 người, 5 người đạt LĐTT, có 1 CSTĐCS, ai cũng hoàn thành nhiệm vụ. "
            "Theo luật 2022 có đủ tập thể lao động xuất sắc không",
            "Điều 27.",
        ),
        ("năm nay e không đạt lđtt nhưng có sáng kiến, có được cstđcs ko", "Điều 23."),
        # "người đạt cstđcs" of a collective asks of the collective's title
        ("ttldxs co bat buoc trong tap the phai co nguoi dat cstdcs ko", "Điều 27."),
        # whether a work qualifies: the article on the conditions, over the opening
        (
            "Theo điều lệ sáng kiến thì có được công nhận là sáng kiến ko",
            "nd-13-2012-dieu-le-sang-kien Điều 3.",
        ),
        ("ldtt can dieu kien gi", "Điều 24."),
        ("tien thuong CSTDCS bao nhieu", "Điều 50. Mức tiền thưởng danh hiệu thi đua (khoản 1"),
        ("co thi dua cua chinh phu thuong bao nhieu", "(khoản 2, tập thể)"),
        ("3 lần liên tục chiến sĩ thi đua cơ sở thì được xét danh hiệu gì", "Điều 22."),
        # held some years running, going up to the title requiring it: the one asked of
        ("chị đạt cstđcs 3 năm liền, muốn lên cstđ cấp bộ thì cần gì", "Điều 22."),
        ("lđtt rồi giờ lên chiến sĩ thi đua cơ sở cần gì", "Điều 23."),
        # going up, but its bonus or dossier asked: the bonus's or the dossier's article
        ("lđtt lên cstđcs thì thưởng bao nhiêu", "Điều 50. Mức tiền thưởng"),
        ("lao động tiên tiến lên chiến sĩ thi đua cơ sở cần hồ sơ gì", "Điều 84."),
        ("luat thi dua khen thuong co hieu luc tu khi nao", "Phần mở đầu"),
        # The bonus asked in shorthand, or by "thưởng" before the title.
        ("thưởng lao động tiên tiến", "nd-152-2025-nd-cp Điều 50. Mức tiền thưởng"),
        ("chien si thi dua co so dc thuong bn", "nd-152-2025-nd-cp Điều 50. Mức tiền thưởng"),
        ("khen thưởng lao động tiên tiến", "Điều 24."),  # "khen thưởng" is no bonus
        # The dossier of a title with its own list; of titles in general, the law's.
        (
            "hồ sơ xét chiến sĩ thi đua cơ sở gồm những gì",
            "Hồ sơ xét tặng “Chiến sĩ thi đua cơ sở”",
        ),
        (
            "đề nghị danh hiệu thi đua thì hồ sơ có báo cáo thành tích ko",
            "luat-06-2022-qh15 Điều 84.",
        ),
        # Who decides at the level asked, a title named or not.
        ("chủ tịch xã được quyết định tặng những danh hiệu gì", "nd-129-2025-nd-cp Điều 59."),
        ("ai quyet dinh tang giay khen o so", "luat-06-2022-qh15 Điều 80"),
        # who signs an award is who decides it, not a document's signer
        ("giay khen o so thi ai ky", "luat-06-2022-qh15 Điều 80"),
        ("ai ký giấy khen của ubnd xã", "nd-129-2025-nd-cp Điều 59."),
    ],
)
def test_the_search_answers_a_title_from_its_article(
    kb: KnowledgeBase, question: str, section: str
) -> None:
    assert section in _top(kb, question)


def test_a_department_is_told_who_decides_there(kb: KnowledgeBase) -> None:
    hits = kb.search("ai quyết định tặng giấy khen ở sở")
    assert "Giám đốc Sở (Thủ trưởng cơ quan chuyên môn" in hits[0].passage.text
    assert "cấp tỉnh và tương đương" in hits[0].passage.text  # the clause of the law itself


@pytest.mark.parametrize(
    "question",
    [
        "o phuong bay gio ai ky quyet dinh tang gia dinh van hoa, thon van hoa",
        "ở xã ai quyết định tặng gia đình văn hóa",
        # the commune's staff, or a title only the commune decides, say the level
        "giờ không còn huyện thì ai quyết định tặng cstđcs cho cán bộ xã",
        "ai quyết định tặng danh hiệu thôn văn hóa bây giờ",
        "cơ quan nào quyết định tặng thôn văn hóa bây giờ",  # "cơ quan" is no level
    ],
)
def test_who_decides_an_award_of_the_commune_no_title_article_holds(
    kb: KnowledgeBase, question: str
) -> None:
    # "ai ký quyết định tặng" asks who decides, not who signed a document
    assert "Điều 59" in _top(kb, question)


def test_a_commune_title_asked_of_the_district_is_the_law_s(kb: KnowledgeBase) -> None:
    assert "Điều 80" in _top(kb, "trước đây chủ tịch huyện quyết định tặng thôn văn hóa ko")


def test_a_bonus_asked_is_answered_only_by_a_passage_stating_one(kb: KnowledgeBase) -> None:
    # The base holds the bonus of the titles, not of a giấy khen: who awards one is no answer.
    assert kb.search("giay khen cua giam doc so duoc thuong bao nhieu lan luong co so?") == []
    assert kb.search("tap the lao dong tien tien dc thuong bao nhieu")


def test_a_title_question_citing_its_own_source_is_left_to_the_search(kb: KnowledgeBase) -> None:
    assert kb.title_answer("hồ sơ CSTĐCS theo QĐ 638/QĐ-BNV gồm gì") is None
    assert kb.title_answer("hồ sơ CSTĐCS gồm gì") is not None


def test_an_article_of_the_document_pointed_at_is_the_laws_only_when_it_is_named(
    kb: KnowledgeBase,
) -> None:
    # "điều 84 của nó" points at the document the chat is on, which the follow-ups know
    assert kb.title_answer("điều 84 của văn bản đó nói gì") is None
    named = kb.title_answer("điều 84 của nó, luật thi đua khen thưởng 2022")
    assert named is not None and named.passage.section.startswith("Điều 84.")


def test_the_first_title_named_is_the_subject(kb: KnowledgeBase) -> None:
    titles = tuple(kb.titles.values())
    named = named_title(
        words("tập thể lao động tiên tiến cần bao nhiêu lao động tiên tiến"), titles
    )
    assert named is not None and named[0].article == "Điều 28"
    assert named_title(words("chiến sỹ thi đua cơ sở"), titles) is not None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("so tn&mt soc trang bay gio la so gi", "Sở Nông nghiệp và Môi trường thành phố Cần Thơ"),
        ("bo tai nguyen moi truong bay h la bo gi", "Bộ Nông nghiệp và Môi trường"),
        ("con cap huyen nua khong", "cấp huyện kết thúc hoạt động"),
    ],
)
def test_what_is_now_is_answered_by_the_reorganisation_note(
    kb: KnowledgeBase, question: str, expected: str
) -> None:
    hits = kb.search(question)
    assert hits and expected in hits[0].passage.text


def test_a_card_shows_the_line_its_label_names_first(kb: KnowledgeBase) -> None:
    position, card = next(
        (i, p)
        for i, p in enumerate(kb.passages)
        if p.doc.id == "kontum-stnmt-2021-covid" and p.kind == "info"
    )
    reply = passage_reply(card, position, "sở tnmt gửi cho ai")
    assert reply.text.startswith("Kính gửi") or "Kính gửi" in reply.text.split("\n")[0]


def test_not_found_offers_each_option_once() -> None:
    reply = not_found((Choice("Các phong trào thi đua", "/phongtrao"),)).replies[0]
    labels = [c.label for c in reply.choices]
    assert len(labels) == len(set(labels))


async def test_a_staff_member_asking_in_words_for_an_office_task_is_told_in_one_line(
    chat: Chat,
) -> None:
    replies = await chat.send("xuất excel danh sách đăng ký thi đua của cả sở")
    assert len(replies) == 1 and "chưa có quyền" in replies[0].text
    assert "chưa có quyền" not in (await chat.send("xuất excel thì cần điều kiện gì?"))[0].text


async def test_an_office_task_tied_with_staff_tasks_is_still_refused_not_searched(
    chat: Chat,
) -> None:
    # Statistics and one's own registrations read close; without marks. ("đăng ký thi đua"
    # said after "xem thống kê" is what the statistics count, not a request to register.)
    reply = (await chat.send("cho xem thong ke so nguoi dang ky thi dua cua ca so"))[0]
    assert "“Thống kê” chỉ dành cho Văn phòng Sở" in reply.text
    assert [c.value for c in reply.choices] == ["/cuatoi"]


async def test_a_follow_up_on_a_title_keeps_the_title(chat: Chat) -> None:
    await chat.send("tiền thưởng chiến sĩ thi đua cơ sở")
    assert "0,3 lần mức lương cơ sở" in (await chat.send("còn lao động tiên tiến?"))[0].text
    await chat.send("tiêu chuẩn tập thể lao động xuất sắc")
    assert "1,5 lần mức lương cơ sở" in (await chat.send("được thưởng bao nhiêu"))[0].text


@pytest.mark.parametrize(
    ("question", "law", "named"),
    [
        ("luật thi đua khen thưởng có hiệu lực khi nào", "luat-06-2022-qh15", True),  # short title
        ("luat tdkt con hieu luc khong", "luat-06-2022-qh15", True),  # the kind, then initials
        ("luật 06/2022/QH15 ai ký", "luat-06-2022-qh15", True),  # the full number
        ("nđ 152 thay thế nghị định nào", "nd-152-2025-nd-cp", True),  # kind and leading number
        ("nghị định 152/2025 có hiệu lực khi nào", "nd-152-2025-nd-cp", True),
        ("nđ 152 thay thế nghị định nào", "nd-129-2025-nd-cp", False),
        ("điều lệ sáng kiến quy định gì", "nd-13-2012-dieu-le-sang-kien", True),  # after "Ban hành"
        ("thông tư 18/2013 hướng dẫn gì", "nd-13-2012-dieu-le-sang-kien", False),
    ],
)
def test_a_law_is_named_by_its_short_title_initials_or_number(
    kb: KnowledgeBase, question: str, law: str, named: bool
) -> None:
    doc = kb.document(law)
    assert doc is not None
    assert names_law(f" {words(question)} ", doc) is named
