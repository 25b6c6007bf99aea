"""Follow-ups on authority and on what is current: the article and decree of the passage
just shown, where a power went after a note saying it changed from a day, a body the last
document was sent to as it is now, and whether the law was amended."""

import pytest

from handlers import context
from knowledge import KnowledgeBase
from knowledge.asking import ask
from tests.conftest import Chat

pytestmark = pytest.mark.today


@pytest.mark.parametrize(
    "follow_up",
    [
        "vậy thẩm quyền đó giờ theo văn bản nào",
        "giờ còn cấp huyện đâu, vậy thẩm quyền đó chuyển cho ai",
        "bo cap huyen roi thi giao cho ai",
        "vay gio ai thay",
    ],
)
async def test_where_a_power_went_is_the_article_the_note_sends_to(
    chat: Chat, follow_up: str
) -> None:
    first = (await chat.send("chu tich ubnd huyen con tang ldtt duoc ko"))[0].text
    assert "không còn cấp huyện" in first
    reply = (await chat.send(follow_up))[0].text
    assert reply.startswith("Điều 59. Thẩm quyền")
    assert "theo Điều 59 Nghị định 129/2025/NĐ-CP" in reply  # the note that sent there


@pytest.mark.parametrize(
    "follow_up",
    ["thế giờ ai tặng lđtt thay chủ tịch huyện", "trước chủ tịch huyện tặng cstđcs, giờ ai tặng"],
)
async def test_a_titles_authority_asked_of_now_after_the_district_level_is_gone(
    chat: Chat, follow_up: str
) -> None:
    # the title's authority article is found directly; its note sends to the decree's article
    await chat.send("giờ còn cấp huyện không")
    reply = (await chat.send(follow_up))[0].text
    assert "Chủ tịch Ủy ban nhân dân cấp xã quyết định tặng danh hiệu thôn" in reply
    assert "Theo ghi chú kèm Điều 80 Luật 06/2022/QH15" in reply


async def test_who_decides_typed_short_is_the_authority(chat: Chat) -> None:
    reply = (await chat.send("lđtt ở xã ai qđ"))[0].text
    assert "Chủ tịch Ủy ban nhân dân cấp xã quyết định tặng" in reply


async def test_a_question_of_now_is_answered_by_the_article_a_note_sends_to(
    chat: Chat, kb: KnowledgeBase
) -> None:
    asked = "bỏ cấp huyện rồi thì ai quyết định tặng gia đình văn hóa"
    reply = (await chat.send(asked))[0].text
    assert "Chủ tịch Ủy ban nhân dân cấp xã quyết định tặng danh hiệu thôn" in reply
    assert "Theo ghi chú kèm Điều 80 Luật 06/2022/QH15" in reply
    assert ask(kb, asked)[0].passage.section.startswith("Điều 59.")
    # without "now" the law's own article answers
    assert ask(kb, "chủ tịch ubnd huyện quyết định tặng gia đình văn hóa")[0].passage.section != (
        ask(kb, asked)[0].passage.section
    )


@pytest.mark.parametrize("follow_up", ["căn cứ nghị định nào", "theo điều nào, nghị định nào"])
async def test_the_decree_of_an_article_shown_is_cited_short(chat: Chat, follow_up: str) -> None:
    await chat.send("ở cấp xã ai quyết định tặng lđtt")
    reply = (await chat.send(follow_up))[0].text
    assert reply.startswith("Đoạn vừa trích là Điều 59")
    assert "Khi dẫn chiếu, ghi: Điều 59 Nghị định 129/2025/NĐ-CP." in reply


async def test_a_basis_cited_with_its_article_keeps_the_article(chat: Chat) -> None:
    await chat.send("chu tich ubnd huyen con tang ldtt duoc ko")
    reply = (await chat.send("theo nghị định nào"))[0].text
    assert "Điều 59 Nghị định 129/2025/NĐ-CP" in reply


@pytest.mark.parametrize(
    "follow_up",
    ["cac phong huyen do gio con ko", "những phòng cấp huyện ấy bây giờ còn không"],
)
async def test_the_recipients_pointed_back_to_are_asked_of_now(chat: Chat, follow_up: str) -> None:
    await chat.send("cv thi dua dac biet covid cua so tnmt kon tum gui cho ai")
    reply = (await chat.send(follow_up))[0].text
    assert "mà văn bản năm 2021 gửi đến nay không còn" in reply


async def test_a_body_named_with_the_document_pointed_at_is_asked_of_now(chat: Chat) -> None:
    await chat.send("sở tnmt kon tum có phát động pt thi đua đặc biệt về covid ko")
    reply = (await chat.send("phòng tnmt các huyện được gửi văn bản đó giờ còn ko"))[0].text
    assert "mà văn bản năm 2021 gửi đến nay không còn" in reply


@pytest.mark.parametrize(
    "follow_up", ["thế sở tnmt kon tum thì sao", "con so tai nguyen moi truong kon tum"]
)
async def test_a_department_of_the_province_just_told(chat: Chat, follow_up: str) -> None:
    await chat.send("ubnd tinh kon tum gio la ubnd tinh nao")
    reply = (await chat.send(follow_up))[0].text
    assert reply.startswith("Sở Tài nguyên và Môi trường nay là Sở Nông nghiệp và Môi trường")


@pytest.mark.parametrize(
    "follow_up", ["bây giờ nó còn nguyên hiệu lực không hay đã sửa", "nó bị sửa đổi chưa"]
)
async def test_whether_the_law_was_amended(chat: Chat, kb: KnowledgeBase, follow_up: str) -> None:
    await chat.send("luật thi đua khen thưởng hiện hành là luật nào")
    reply = (await chat.send(follow_up))[0].text
    assert reply.startswith("Luật số 06/2022/QH15 đang có hiệu lực")
    # what is unverified said once: the amendment's passing and what it changed
    assert "chưa đọc được văn bản nên chưa rõ quy định nào của Luật này đã thay đổi" in reply
    assert "được cho là có hiệu lực từ 01/10/2026" in reply and reply.count("có thể đã") == 1
    # in the words of the caveat under the law's every answer
    law = kb.document("luat-06-2022-qh15")
    assert law is not None and law.caveat is not None
    assert law.caveat.split(" (")[0] in reply


@pytest.mark.parametrize("follow_up", ["vậy mức 15% đó ở đâu ra", "con so 15% lay tu dau"])
async def test_where_a_figure_comes_from(chat: Chat, follow_up: str) -> None:
    await chat.send("cstđcs có bị giới hạn 15% số người đạt ltt không")
    reply = (await chat.send(follow_up))[0].text
    assert reply.startswith("Theo đoạn vừa trích:") and "Nghị định 91/2017/NĐ-CP" in reply


@pytest.mark.parametrize("follow_up", ["còn giới hạn 15% thì sao", "con gioi han 15% thi the nao"])
async def test_a_share_the_passage_just_read_says(chat: Chat, follow_up: str) -> None:
    await chat.send("muốn đạt cstđcs có bắt buộc phải có sáng kiến không")
    reply = (await chat.send(follow_up))[0].text
    assert "không quy định tỷ lệ tối đa cá nhân" in reply


async def test_a_share_heard_of_that_the_passage_just_read_notes(chat: Chat) -> None:
    # a longer remark naming a share the search finds nothing for: the note just read on it
    await chat.send("tập thể lao động tiên tiến cần bao nhiêu phần trăm cá nhân đạt lđtt")
    reply = (await chat.send("trước giờ em nghe nói trên 50% là đủ mà"))[0].text
    assert "là của Luật năm 2003, không dùng làm căn cứ hiện hành" in reply


@pytest.mark.parametrize(
    "asked",
    [
        "gia đình văn hóa bây giờ ai quyết định tặng",
        "gia dinh van hoa hien nay ai tang",
        "giờ ai quyết định tặng danh hiệu gia đình văn hóa",
    ],
)
async def test_a_title_named_only_by_the_clause_a_note_follows_is_sent_on(
    chat: Chat, kb: KnowledgeBase, asked: str
) -> None:
    # the note after the commune's clause says no word of the question; the clause it
    # follows names the title asked, which no other clause of Điều 80 does
    assert ask(kb, asked)[0].passage.section.startswith("Điều 59.")
    reply = (await chat.send(asked))[0].text
    assert "Chủ tịch Ủy ban nhân dân cấp xã quyết định tặng danh hiệu thôn" in reply


def test_a_note_after_a_clause_sharing_only_common_words_does_not_send(
    kb: KnowledgeBase,
) -> None:
    # "quyết định tặng", "lao động tiên tiến" are in every clause: the department's own
    # clause answers, not the decree the commune's note sends to
    found = ask(kb, "bây giờ ở sở ai quyết định tặng lao động tiên tiến")
    assert found[0].passage.section.startswith("Điều 80")


@pytest.mark.parametrize(
    "follow_up",
    ["thế còn chủ tịch xã bây giờ", "còn chủ tịch xã giờ thì sao", "còn cấp xã bây giờ"],
)
async def test_another_holder_asked_of_now_is_the_article_the_note_sends_to(
    chat: Chat, follow_up: str
) -> None:
    # the law's Điều 80 notes that from 01/7/2025 the commune chairman's power is Điều 59 of
    # Nghị định 129/2025/NĐ-CP; "còn X bây giờ" asks the last question of X now
    await chat.send("giam doc so duoc quyet dinh tang danh hieu gi")
    reply = (await chat.send(follow_up))[0].text
    assert "cấp xã quyết định tặng danh hiệu thôn, tổ dân phố văn hóa" in reply
    assert "Điều 59" in reply


@pytest.mark.parametrize(
    ("first", "follow_up"),
    [
        ("giám đốc sở được tặng những danh hiệu gì", "còn chủ tịch ubnd xã thì sao"),
        ("giam doc so duoc quyet dinh tang danh hieu gi", "thế còn chủ tịch xã"),
        ("giám đốc sở được tặng những danh hiệu gì", "thế chủ tịch xã thì sao"),
        ("tong giam doc doanh nghiep tang danh hieu gi", "con chu tich xa thi sao"),
    ],
)
async def test_a_swap_to_what_a_dated_note_sends_on_is_the_article_it_sends_to(
    chat: Chat, first: str, follow_up: str
) -> None:
    # the law's clause on the commune is no longer what holds (its note says so since
    # 01/7/2025): not asked of now, the swap is still answered by the article it sends to
    await chat.send(first)
    reply = (await chat.send(follow_up))[0].text
    assert reply.startswith("Điều 59. Thẩm quyền")
    assert "theo Điều 59 Nghị định 129/2025/NĐ-CP" in reply  # the note that sent there


async def test_a_swap_the_note_does_not_name_stays_in_the_article(chat: Chat) -> None:
    await chat.send("giám đốc sở được tặng những danh hiệu gì")
    reply = (await chat.send("còn doanh nghiệp thì sao"))[0].text
    assert "Tổng giám đốc, Giám đốc doanh nghiệp" in reply


def test_a_question_of_now_follows_a_note_found_nearly_first(kb: KnowledgeBase) -> None:
    # a plan naming the district heads is found first, the law's article with its note next
    found = ask(kb, "vay tham quyen khen cua chu tich huyen chuyen cho ai")
    assert found[0].passage.section.startswith("Điều 59.")


@pytest.mark.parametrize(
    ("first", "follow_up", "expected"),
    [
        (
            "cap huyen bo tu bao gio",
            "vay cac phong tnmt huyen ma cv 2021 gui toi thi sao",
            "mà văn bản năm 2021 gửi đến nay không còn",
        ),
        ("bộ tài nguyên môi trường giờ là bộ gì", "hiệu lực", "hiệu lực từ 31/10/2025"),
    ],
)
async def test_a_follow_up_of_its_own_after_the_note_on_now_is_read_within_it(
    chat: Chat, first: str, follow_up: str, expected: str
) -> None:
    # read alone, these find a 2021 letter naming the district offices, a plan saying
    # "hiệu lực"; the note just read says more of them
    await chat.send(first)
    reply = (await chat.send(follow_up))[0].text
    assert expected in reply


async def test_a_question_the_note_on_now_barely_says_stands_alone(chat: Chat) -> None:
    await chat.send("btnmt nay là bộ nào")
    reply = (await chat.send("chủ đề thi đua năm 2021 của bộ tnmt là gì"))[0].text
    assert "Đoàn kết, kỷ cương, đổi mới toàn diện để phát triển" in reply


def test_a_best_passage_saying_the_day_itself_is_not_sent_on(kb: KnowledgeBase) -> None:
    # the note on the restructuring says "từ ngày 01/7/2025"; the law's article found next
    # with a note sending to Điều 59 is not what "từ khi nào" asks
    assert ask(kb, "tu khi nao khong con cap huyen")[0].passage.doc.id == "sap-xep-bo-may-2025"


@pytest.mark.parametrize("asked", ["nd 129 quy dinh o dieu may", "còn nđ 129 thì sao"])
async def test_the_decree_a_note_sends_to_named_by_its_number(chat: Chat, asked: str) -> None:
    """ "nđ 129 quy định ở điều mấy" after the law's article noting that the commune's
    authority is now in Điều 59 Nghị định 129/2025: that article, with the note."""
    await chat.send("thủ trưởng cơ quan chuyên môn thuộc ubnd tỉnh đc quyết định tặng danh hiệu gì")
    await chat.send("còn ở xã thì ai quyết")
    reply = (await chat.send(asked))[0].text
    assert reply.startswith("Điều 59. Thẩm quyền quyết định danh hiệu thi đua")
    # who signed it is its card's, whatever a note sends to
    assert "Người ký:" in (await chat.send("nd 129 ai ky"))[0].text


async def test_departments_a_ministry_wrote_to_are_asked_of_now_then_the_ministry(
    chat: Chat,
) -> None:
    # "các sở tnmt đó" after the ministry's letter: the departments it named, not its issuer;
    # then "còn bộ" is the ministry of that sector (not the note's part on its layout).
    await chat.send("cv phat dong thi dua 2021 cua btnmt gui cho nhung ai")
    departments = (await chat.send("cac so tnmt do gio doi thanh gi"))[0].text
    assert departments.startswith("Sở Tài nguyên và Môi trường nay là Sở Nông nghiệp")
    ministry = (await chat.send("con bo thi sao"))[0].text
    assert ministry.startswith("Bộ Tài nguyên và Môi trường nay là Bộ Nông nghiệp")


async def test_departments_of_the_provinces_after_the_ministry(chat: Chat) -> None:
    # "ở các tỉnh" says where such departments are; the note's part on them answers.
    await chat.send("bộ tn&mt bây giờ đổi thành bộ gì rồi")
    reply = (await chat.send("còn sở tnmt ở các tỉnh thì sao"))[0].text
    assert reply.startswith("Sở Tài nguyên và Môi trường nay là Sở Nông nghiệp")
    # "các tỉnh" without "ở" says as much, after another question on the ministry
    await chat.send("Công tác thi đua của ngành giờ theo thông tư nào ạ?")
    reply = (await chat.send("the so tnmt cac tinh thi sao"))[0].text
    assert reply.startswith("Sở Tài nguyên và Môi trường nay là Sở Nông nghiệp"), reply


async def test_a_set_of_criteria_pointed_at_is_no_ministry(chat: Chat) -> None:
    # "bộ tiêu chí đó" is the set of criteria, not a Bộ whose present is asked
    await chat.send("kh thi dua 2022 so tnmt soc trang tieu chi ca nhan")
    reply = (await chat.send("bộ tiêu chí đó bây giờ còn dùng được ko"))[0].text
    assert "Bộ Nông nghiệp và Môi trường" not in reply


def test_only_the_word_pointing_at_the_body_is_left_out() -> None:
    assert context.without_pointers("các sở tnmt đó giờ do ai quản lý") == (
        "cac so tnmt gio do ai quan ly"
    )


def test_where_a_power_went_asked_in_abbreviations_is_the_article_the_note_sends_to(
    kb: KnowledgeBase,
) -> None:
    # "ct ubnd huyện": the chairman, which the note on the district level names in full
    hits = ask(kb, "quyen tang thi dua cua ct ubnd huyen cu gio chuyen cho ai a")
    assert hits[0].passage.section.startswith("Điều 59. Thẩm quyền"), hits[0].passage.section


@pytest.mark.parametrize(
    "follow_up", ["quy dinh do gio con ap dung ko", "thẩm quyền đó giờ còn áp dụng không"]
)
async def test_whether_a_provision_just_read_still_holds_is_the_article_its_note_sends_to(
    chat: Chat, follow_up: str
) -> None:
    await chat.send(
        "Luật TĐKT quy định Chủ tịch UBND huyện được quyết định tặng những danh hiệu nào?"
    )
    reply = (await chat.send(follow_up))[0].text
    assert reply.startswith("Điều 59. Thẩm quyền"), reply
    assert "từ 01/7/2025 không còn cấp huyện" in reply, reply
