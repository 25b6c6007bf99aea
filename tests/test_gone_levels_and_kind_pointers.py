"""Whether a level of government is still there, asked in any conversation; a document
pointed at by its kind ("điều lệ đó", "nghị định đó", "nó"), and an article of it by number."""

import pytest

from handlers import currency
from knowledge import KnowledgeBase
from knowledge.titles_answers import article
from tests.conftest import Chat

pytestmark = pytest.mark.today

GONE = "đơn vị hành chính cấp huyện kết thúc hoạt động"


def lead(replies: list) -> str:  # type: ignore[type-arg]
    """The answer itself, without its source lines."""
    return str(replies[0].text).split("📄")[0]


@pytest.mark.parametrize(
    "asked",
    [
        "con cap huyen ko ad",
        "hiện nay huyện còn tồn tại không",
        "cấp huyện đã bị bỏ chưa",
        "ủy ban nhân dân huyện bây giờ còn không",
        "chu tich ubnd huyen gio con ko",  # the level's head: whether it is still there
        "Thế trước kia Chủ tịch UBND huyện cũng có, bây giờ còn cấp huyện không ạ?",
        # the office pointed at ("phòng đó") is the one the clause before names
        "cv gui phong tnmt cac huyen, ma gio con phong do ko",
        "cv do gui phong tnmt huyen, gio phong do con ko",
        # … or the level the clause before names, asked since when (a typo mended)
        "Cấp huyện bỏ rồi đúng khôg, từ bao giờ?",
        "cấp huyện bị bỏ từ khi nào, theo nghị quyết nào",  # "since when" in the clause before
        # "bị bỏ", "bỏ từ ngày nào": ended, as "kết thúc hoạt động" says
        "cap huyen bi bo tu khi nao vay ad",
        "cap huyen bo tu ngay nao vay",
    ],
)
async def test_whether_the_district_level_is_still_there(chat: Chat, asked: str) -> None:
    assert GONE in lead(await chat.send(asked))


@pytest.mark.parametrize(
    ("first", "follow_up"),
    [
        ("ai có trách nhiệm tổ chức thực hiện chỉ thị 14 kon tum", "giờ còn huyện ko"),
        ("kh st 2022 giao truong phong tnmt huyen lam gi", "phòng huyện giờ còn?"),
        ("sóc trăng giờ thuộc đâu", "thế còn huyện thì sao"),
    ],
)
async def test_the_district_level_after_a_document_naming_districts(
    chat: Chat, first: str, follow_up: str
) -> None:
    await chat.send(first)
    assert GONE in lead(await chat.send(follow_up))


async def test_the_district_offices_a_letter_was_sent_to_after_the_note(chat: Chat) -> None:
    await chat.send("công văn thi đua theo ct14 của sở tnmt kon tum ai ký")
    await chat.send("sở đó giờ thuộc đâu")
    reply = lead(await chat.send("vậy phòng tnmt các huyện mà cv gửi tới thì sao"))
    assert GONE in reply


@pytest.mark.parametrize(
    "follow_up", ["còn bỏ cấp huyện theo nq nào", "cấp huyện bị bỏ theo nghị quyết nào của qh"]
)
async def test_the_resolution_ending_the_district_level_after_a_merger(
    chat: Chat, follow_up: str
) -> None:
    await chat.send("kon tum sáp nhập vào đâu")
    reply = lead(await chat.send(follow_up))
    assert "Nghị quyết số 203/2025/QH15" in reply and GONE in reply


@pytest.mark.parametrize(
    "asked",
    [
        "chủ tịch huyện còn tặng giấy khen và lđtt được không",
        "chủ tịch ubnd cấp huyện tặng những danh hiệu nào",
        "còn cấp huyện thì sao",  # after a title's authority: what that level awards
        # a clause before naming the level is not what "đó" points at without "đó"
        "chủ tịch huyện trước đây tặng lđtt, giờ còn giấy khen không",
        # "đó" pointing at a document, not a body; "do" of "by"
        "cv gửi ubnd huyện, mà giờ còn cv đó không",
        "cv do ubnd huyện ban hành, giờ còn không",
    ],
)
def test_a_level_asked_of_otherwise_is_not_whether_it_is_there(
    kb: KnowledgeBase, asked: str
) -> None:
    assert currency.level_gone(asked, kb) is None


async def test_the_charter_pointed_at_after_its_decree(chat: Chat) -> None:
    await chat.send("sang kien la gi theo dieu le sang kien")
    assert "Nghị định số 13/2012/NĐ-CP" in lead(await chat.send("điều lệ đó giờ còn hiệu lực ko"))


async def test_the_charter_a_circular_names_is_the_one_pointed_at(chat: Chat) -> None:
    await chat.send("tt 18/2013 huong dan van ban nao")
    assert "02/3/2012" in lead(await chat.send("điều lệ đó ban hành ngày nào"))


@pytest.mark.parametrize(
    "follow_up",
    [
        "dieu 59 cua no noi gi",
        "điều 59 của nghị định đó nói gì",
        "vậy điều 59 của nó quy định gì ạ",
    ],
)
async def test_an_article_of_the_decree_pointed_at(chat: Chat, follow_up: str) -> None:
    await chat.send("nd 129/2025 quy dinh ve gi")
    reply = lead(await chat.send(follow_up))
    assert reply.startswith("Điều 59") or "Chủ tịch Ủy ban nhân dân cấp xã quyết định" in reply


async def test_an_article_named_with_its_decree(chat: Chat) -> None:
    reply = lead(await chat.send("điều 59 nghị định 129 quy định gì"))
    assert "Chủ tịch Ủy ban nhân dân cấp xã quyết định tặng danh hiệu thôn" in reply


@pytest.mark.parametrize(
    "asked", ["thông tư 18/2013 đã bị thay thế chưa", "nd 13 co van ban thay the chua"]
)
def test_whether_a_text_was_replaced_asks_whether_it_is_in_force(asked: str) -> None:
    assert currency.asks_what_is_current(asked)


def test_what_a_text_replaced_is_not_whether_it_is_in_force() -> None:
    assert not currency.asks_what_is_current("nghị định 152/2025 đã thay thế nghị định nào")


async def test_since_when_a_department_moved_is_its_provinces_merger(chat: Chat) -> None:
    await chat.send("so tnmt soc trang gio thuoc dau")
    reply = lead(await chat.send("từ khi nào"))
    assert "01/7/2025" in reply and "Sóc Trăng" in reply


async def test_another_provinces_department_keeps_no_year_of_the_last_question(
    chat: Chat,
) -> None:
    await chat.send(
        "Kính hỏi trợ lý, Sở Tài nguyên và Môi trường tỉnh Kon Tum ban hành các công văn thi "
        "đua năm 2021 hiện nay thuộc cơ quan nào ạ?"
    )
    reply = lead(await chat.send("con so tnmt o soc trang thi sao a"))
    assert "Sở Nông nghiệp và Môi trường thành phố Cần Thơ" in reply


@pytest.mark.parametrize(
    ("asked", "became"),
    [
        ("Bộ đã ban hành công văn thi đua năm 2021 thì nay là bộ nào ạ?", "Bộ Nông nghiệp"),
        ("bộ ban hành cv thi đua 2021 giờ là bộ gì", "Bộ Nông nghiệp"),
        ("sở ban hành kế hoạch thi đua 2022 nay thuộc đâu", "Sở Nông nghiệp"),
        ("Sở TN&MT Kon Tum ban hành công văn năm 2021 giờ thuộc cơ quan nào", "Sở Nông nghiệp"),
        # … named after "do", asked whether it still is
        ("cv thi đua 2021 do bộ tnmt ban hành, giờ bộ này còn ko", "Bộ Nông nghiệp"),
    ],
)
async def test_a_body_described_by_what_it_issued_is_asked_of_now(
    chat: Chat, asked: str, became: str
) -> None:
    assert became in lead(await chat.send(asked))


def test_a_body_named_in_full_keeps_its_name_without_the_description(
    kb: KnowledgeBase,
) -> None:
    asked = currency.issuer_now("sở tnmt kon tum ban hành cv năm 2021 nay thuộc đâu", kb)
    assert asked == "so tnmt kon tum nay thuoc dau"
    assert currency.issuer_now("bộ ban hành công văn năm 2021 về gì", kb) is None
    assert currency.issuer_now("cv 2021 do bộ tnmt ban hành gửi những đâu", kb) is None
    # … nor of the document itself, asked of now
    for asked in (
        "cv thi đua 2021 do bộ tnmt ban hành, giờ còn hiệu lực không",
        "kế hoạch thi đua 2022 do sở tnmt sóc trăng ban hành nay còn thực hiện không",
        "cv 2021 do bộ tnmt ký, giờ ai là người ký",
    ):
        assert currency.issuer_now(asked, kb) is None, asked


def test_a_body_named_by_its_letter_s_number_is_asked_of_now(kb: KnowledgeBase) -> None:
    # the letters after the number's slash name the issuer; a plan's "KH-UBND" names its kind
    asked = "cơ quan ban hành công văn số 8240/BTNMT-TĐKTTT giờ đổi thành gì"
    assert currency.issuer_now(asked, kb) == "btnmt gio doi thanh gi"
    assert currency.issuer_now("cơ quan ban hành kh số 3510/KH-UBND giờ là gì", kb) is None


@pytest.mark.parametrize(
    "follow_up",
    [
        "cơ quan ban hành công văn đó giờ là bộ gì rồi",
        "cơ quan ban hành văn bản đó giờ đổi thành gì",
    ],
)
async def test_the_issuer_of_the_letter_an_answer_cited_is_asked_of_now(
    chat: Chat, follow_up: str
) -> None:
    await chat.send("Kế hoạch thi đua 2022 của Sở TNMT Sóc Trăng căn cứ văn bản nào?")
    assert "Bộ Nông nghiệp và Môi trường" in lead(await chat.send(follow_up))


async def test_the_departments_a_ministry_s_letter_names_are_not_the_ministry(chat: Chat) -> None:
    # "mấy sở đó": those departments the question named, not the ministry that wrote it
    await chat.send("Theo cv thi đua 2021 của Bộ TNMT, Giám đốc Sở TNMT các tỉnh phải làm gì?")
    reply = lead(await chat.send("mấy sở đó bây giờ tên là gì"))
    assert "Sở Nông nghiệp và Môi trường" in reply and "Bộ Nông" not in reply.split("\n")[0]


async def test_the_circular_pointed_at_by_the_form_it_holds(chat: Chat) -> None:
    await chat.send("don yeu cau cong nhan sang kien ghi nhung gi")
    reply = lead(await chat.send("thong tu chua mau don do con hieu luc ko"))
    assert "Thông tư số 18/2013/TT-BKHCN" in reply and "Chưa thấy văn bản thay thế" in reply


def test_an_article_headed_with_a_bracket_is_found_by_its_number(kb: KnowledgeBase) -> None:
    """One reading of "điều N" for both ways an article is asked: "Điều 80 (thẩm quyền …)"
    is article 80 as "Điều 84. …" is article 84; "Điều 8" is not "Điều 80"."""
    found = article(kb.passages, "luat-06-2022-qh15", "80")
    assert found is not None and found.passage.section.startswith("Điều 80 (")
    assert article(kb.passages, "luat-06-2022-qh15", "8") is None


@pytest.mark.parametrize(
    ("asked", "piece"),
    [
        ("điều 50 nđ 152 thưởng cho tập thể thế nào", "khoản 2, tập thể"),
        ("dieu 50 nghi dinh 152 muc thuong tap the", "khoản 2, tập thể"),
        ("điều 50 nghị định 152 nói gì", "khoản 1, cá nhân"),
    ],
)
async def test_an_article_named_in_pieces_is_the_piece_asked(
    chat: Chat, asked: str, piece: str
) -> None:
    """An article cut in pieces, asked by its number with its decree, is the piece saying
    what is asked, as a title question citing the article is; the first when none does."""
    reply = lead(await chat.send(asked))
    assert reply.startswith(f"Điều 50. Mức tiền thưởng danh hiệu thi đua ({piece})"), reply


async def test_a_province_left_unnamed_after_the_note_on_it_is_that_province(chat: Chat) -> None:
    # the note says Sóc Trăng's merger first; the conversation is on Kon Tum's
    await chat.send("tinh kon tum gio sap nhap vao dau")
    await chat.send("theo nq nao")
    reply = lead(await chat.send("tỉnh sau sáp nhập chính thức chạy từ ngày nào"))
    assert reply.startswith("Tỉnh Kon Tum nay thuộc tỉnh Quảng Ngãi"), reply


@pytest.mark.parametrize("asked", ["nđ đó quy định về cái gì", "nghị định đó nói về j"])
async def test_what_the_decree_pointed_at_is_about(chat: Chat, asked: str) -> None:
    # After one article of the decree, "về cái gì" asks what the decree as a whole is about.
    await chat.send("thẩm quyền của chủ tịch ubnd cấp xã theo nđ 129")
    reply = lead(await chat.send(asked))
    assert "phân định thẩm quyền giữa chính quyền địa phương hai cấp" in reply


@pytest.mark.parametrize(
    "asked",
    ["khoản 7 điều 84 luật tđkt nói gì", "khoan 7 dieu 84 luat thi dua khen thuong quy dinh gi"],
)
async def test_a_clause_of_a_law_article_named_with_the_law(chat: Chat, asked: str) -> None:
    # The decree's note cites "khoản 7 Điều 84 của Luật …" word for word; the law's own
    # clause answers.
    reply = lead(await chat.send(asked))
    assert reply.startswith("7. Chính phủ quy định chi tiết hồ sơ, thủ tục xét tặng")
