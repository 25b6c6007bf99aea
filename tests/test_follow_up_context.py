"""Follow-ups after answers that are not a passage's (whether a document is in force), and
the conversation's subject carried into a short follow-up."""

import pytest

from handlers import context, named_things
from knowledge import KnowledgeBase
from tests.conftest import Chat

pytestmark = pytest.mark.today


@pytest.mark.parametrize(
    "follow_up",
    ["văn bản nào hướng dẫn thi hành", "thông tư nào hướng dẫn nó", "co van ban huong dan khong"],
)
async def test_after_whether_a_decree_is_in_force_it_stays_the_topic(
    chat: Chat, follow_up: str
) -> None:
    await chat.send("nghị định 13/2012 về sáng kiến còn áp dụng không")
    reply = (await chat.send(follow_up))[0].text
    assert "18/2013/TT-BKHCN" in reply.split("📄")[0]


def test_van_ban_asks_for_a_document_and_is_no_subject(kb: KnowledgeBase) -> None:
    assert context.own_words("van ban nao huong dan thi hanh", kb) == ["huong", "dan", "hanh"]


@pytest.mark.parametrize(
    ("first", "follow_up"),
    [
        ("tập thể lđ xuất sắc cần tiêu chuẩn gì", "thưởng bao nhiêu"),
        ("tap the lao dong xuat sac can gi", "duoc thuong nhieu khong"),
        ("tập thể lao động xuất sắc cần những gì", "thưởng nhiều vậy"),
    ],
)
async def test_the_bonus_of_the_title_just_answered_in_shorthand(
    chat: Chat, first: str, follow_up: str
) -> None:
    await chat.send(first)
    reply = (await chat.send(follow_up))[0].text
    assert "1,5 lần mức lương cơ sở" in reply.split("📄")[0]


@pytest.mark.parametrize(
    ("query", "rest", "expected"),
    [
        (
            "co thi dua cua tinh duoc thuong bao nhieu",
            "co cua chinh phu",
            "co thi dua cua chinh phu",
        ),
        ("co thi dua cap tinh thuong bao nhieu", "chinh phu", "co thi dua chinh phu"),
        ("co thi dua cua chinh phu thuong bao nhieu", "cua bo", "co thi dua bo"),
        # each named without "thi đua", as staff do
        (
            "cờ thi đua của UBND tỉnh được thưởng bao nhiêu",
            "co cua chinh phu",
            "co thi dua cua chinh phu",
        ),
        ("cờ của chính phủ thưởng bao nhiêu", "co cua tinh", "co thi dua cap bo tinh"),
    ],
)
def test_the_same_flag_at_another_level(
    kb: KnowledgeBase, query: str, rest: str, expected: str
) -> None:
    retitled = context.other_title(rest, query, kb)
    assert retitled is not None and retitled.startswith(expected)


@pytest.mark.parametrize(
    "now",
    [
        "phòng tnmt huyện giờ ra sao",
        "phong tai nguyen huyen gio con khong",
        "hiện nay cấp huyện còn không",
    ],
)
async def test_what_is_now_is_not_read_in_an_ended_campaign(chat: Chat, now: str) -> None:
    await chat.send("kế hoạch sóc trăng 2022 tiêu chí tập thể có gì")
    reply = (await chat.send(now))[0].text
    assert "cấp huyện" in reply.split("📄")[0]


@pytest.mark.parametrize(
    ("query", "follow_up", "expected"),
    [
        (
            "ct14 ubnd tinh kon tum giao co quan nao lam thuong truc hdtdkt",
            "còn ở sở tnmt thì sao",
            "so tnmt kon tum giao co quan nao lam thuong truc hdtdkt",
        ),
        (
            "co quan thuong truc hoi dong thi dua so tnmt kon tum",
            "con o tinh thi ai",
            "tinh co quan thuong truc hoi dong thi dua kon tum",
        ),
        (
            "sở tn&mt sóc trăng bây giờ thuộc cơ quan nào",
            "còn sở ở kon tum thì sao",
            "so tn mt o kon tum bay gio thuoc co quan nao",
        ),
    ],
)
def test_another_body_replaces_the_body_and_document_of_the_last_question(
    kb: KnowledgeBase, query: str, follow_up: str, expected: str
) -> None:
    topic = context.Topic(query, "kontum-ubnd-ct14-2021", "mục 9")
    assert context.resolve(follow_up, topic, kb) == expected


def test_only_the_level_changes_when_no_body_of_a_document_was_named(kb: KnowledgeBase) -> None:
    rest = context._follow_up_rest(context.said_words("còn cấp xã thì sao"))
    assert rest is not None
    assert context._rebodied(rest, "chu tich ubnd cap huyen quyet dinh tang gi", kb) is None


@pytest.mark.parametrize(
    ("first", "follow_up"),
    [
        ("chủ đề thi đua năm 2022 của sở tnmt sóc trăng", "còn kon tum thì sao"),
        ("kh 2022 soc trang chu de gi", "the con kon tum"),
    ],
)
async def test_another_place_without_a_document_of_that_year(
    chat: Chat, first: str, follow_up: str
) -> None:
    await chat.send(first)
    reply = (await chat.send(follow_up))[0].text
    assert "Kon Tum" in reply.split("📄")[1] and "Sóc Trăng" not in reply.split("📄")[1]


@pytest.mark.parametrize(
    ("first", "follow_up", "expected"),
    [
        (
            "chỉ thị 14 giao ai làm thường trực hội đồng thi đua tỉnh",
            "thế ở sở tnmt thì sao",
            "Văn phòng Sở",
        ),
        ("ở sở tnmt kon tum cơ quan nào thường trực hđtđkt", "còn ubnd tỉnh thì sao", "Sở Nội vụ"),
    ],
)
async def test_the_standing_body_of_another_body(
    chat: Chat, first: str, follow_up: str, expected: str
) -> None:
    await chat.send(first)
    reply = (await chat.send(follow_up))[0].text
    assert expected in reply.split("📄")[0]


@pytest.mark.parametrize(
    ("first", "alone", "expected"),
    [
        ("nghi dinh 129/2025 quy dinh gi", "PAPI là chỉ số gì", "PAPI"),
        ("mau don cong nhan sang kien o dau", "phòng tnmt huyện giờ ra sao", "cấp huyện"),
        (
            "kế hoạch sóc trăng 2022 nói về gì",
            "bộ nào thay bộ tài nguyên môi trường",
            "Bộ Nông nghiệp",
        ),
    ],
)
async def test_a_question_of_its_own_is_not_read_with_the_last_document(
    chat: Chat, first: str, alone: str, expected: str
) -> None:
    await chat.send(first)
    reply = (await chat.send(alone))[0].text
    assert expected in reply.split("📄")[0]


@pytest.mark.parametrize(
    ("first", "article"),
    [
        ("tập thể lao động xuất sắc cần những gì", "Điều 27"),
        ("chiến sĩ thi đua cơ sở cần tiêu chuẩn gì", "Điều 23"),
    ],
)
@pytest.mark.parametrize("asked", ["điều nào của luật quy định", "theo luat thi dieu may"])
async def test_the_laws_article_after_a_decrees_bonus(
    chat: Chat, first: str, article: str, asked: str
) -> None:
    await chat.send(first)
    await chat.send("được thưởng bao nhiêu")  # Nghị định 152, Điều 50
    reply = (await chat.send(asked))[0].text
    assert reply.startswith("Trong Luật") and article in reply


def test_a_con_follow_up_names_the_title_of_the_line_it_asked_about() -> None:
    answer = (
        "2. Đối với tập thể:\na) Danh hiệu “Tập thể lao động xuất sắc” được thưởng 1,5 lần;\n"
        "d) Danh hiệu thôn, tổ dân phố văn hóa được tặng Bằng chứng nhận;\n\n📄 Nguồn: …"
    )
    asked = context.asked_instead("còn thôn tổ dân phố văn hóa")
    assert asked is not None
    assert named_things.title_asked(asked, answer) == named_things.Named(
        "danh hieu", "thôn, tổ dân phố văn hóa"
    )


@pytest.mark.parametrize(
    "pointing", ["ai quyết định tặng cái đấy", "danh hiệu đó do ai quyết định tặng"]
)
async def test_the_title_asked_about_with_con_is_what_is_pointed_at_next(
    chat: Chat, pointing: str
) -> None:
    await chat.send("xã phường tiêu biểu được thưởng mấy lần lương")
    await chat.send("thế còn thôn tổ dân phố văn hóa")
    reply = (await chat.send(pointing))[0].text
    assert "Chủ tịch Ủy ban nhân dân cấp xã" in reply.split("📄")[0]


@pytest.mark.parametrize(
    ("first", "asked", "expected"),
    [
        (
            "thi đua ứng dụng cntt chống dịch trong cv sở tnmt kon tum",
            "văn phòng sở làm gì trong phong trào này",
            "tổng hợp báo cáo kết quả",
        ),
        ("kế hoạch 2022 sóc trăng", "văn phòng sở làm gì trong kế hoạch này", "Văn phòng Sở"),
        (
            "cv bộ tnmt 2021 phát động thi đua gì",
            "vụ thi đua khen thưởng làm gì theo văn bản đó",
            "Vụ trưởng Vụ Thi đua",
        ),
    ],
)
async def test_a_subject_asked_of_the_document_pointed_at_is_looked_for_in_it(
    chat: Chat, first: str, asked: str, expected: str
) -> None:
    await chat.send(first)
    reply = (await chat.send(asked))[0].text
    assert expected in reply.split("📄")[0]


def test_particulars_of_the_document_pointed_at_are_no_subject(kb: KnowledgeBase) -> None:
    doc = kb.document("soctrang-stnmt-2022")
    assert doc is not None
    assert context._pointed_subject("kế hoạch này ký ngày nào", doc, kb) is None
    assert context._pointed_subject("văn phòng sở làm gì trong kế hoạch này", doc, kb)


def test_how_a_bodys_part_is_asked_is_not_its_subject(kb: KnowledgeBase) -> None:
    doc = kb.document("kontum-stnmt-2021-covid")
    assert doc is not None
    for asked in (
        "van phong so phai lam gi trong van ban nay",
        "văn phòng sở có nhiệm vụ gì trong phong trào đó",
    ):
        assert context._pointed_subject(asked, doc, kb) == "van phong so"


@pytest.mark.parametrize(
    ("first", "second", "asked", "expected"),
    [
        (
            "chỉ thị 14 kon tum gửi những đâu",
            "căn cứ chỉ thị nào của thủ tướng",
            "ngày nào",
            "16 tháng 7 năm 2021",
        ),
        (
            "ct14 kon tum nơi nhận",
            "theo chi thi nao cua ttg",
            "ban hanh ngay bao nhieu",
            "16 tháng 7 năm 2021",
        ),
        ("kon tum sáp nhập vào tỉnh nào", "theo nghị quyết nào", "ngày nào vậy", "12/6/2025"),
    ],
)
async def test_the_date_of_a_document_the_answer_named(
    chat: Chat, first: str, second: str, asked: str, expected: str
) -> None:
    await chat.send(first)
    await chat.send(second)
    reply = (await chat.send(asked))[0].text
    assert expected in reply.split("📄")[0]


@pytest.mark.parametrize(
    "asked", ["cán bộ đi công tác được bao nhiêu tiền", "kinh tế năm nay tăng trưởng bao nhiêu"]
)
async def test_a_question_of_nothing_held_after_a_plan_is_still_declined(
    chat: Chat, asked: str
) -> None:
    # everyday words a plan also says ("cán bộ", "công tác", "năm") do not make it the answer
    await chat.send(
        "theo kh sóc trăng 2022 thì gương điển hình tiên tiến của phòng giới thiệu về đâu"
    )
    assert (await chat.send(asked))[0].text.startswith("Xin lỗi")


async def test_a_share_asked_after_a_title_is_that_title_s(chat: Chat) -> None:
    # "tỷ lệ" after the collective title's standard: its article's note on the share
    await chat.send(
        "tiêu chuẩn tập thể lao động tiên tiến hiện nay thế nào, nghe nói trên 50% lđtt"
    )
    reply = (await chat.send("vay ty le o so ap dung theo dau"))[0].text
    assert "tỷ lệ áp dụng tại Sở theo quy định của Bộ, tỉnh" in reply
