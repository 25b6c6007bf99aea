"""Follow-ups that switch to another document, province or body and keep what was asked
(task i22j): polite words before "còn" ("Dạ, còn … thì sao ạ?"), another document named by
its number or by its kind with a place or year, "chỉ thị 14 gốc", "nghị định thay thế đó",
"còn Sóc Trăng" after the part on Kon Tum's merger."""

import pytest

from tests.conftest import Chat

pytestmark = pytest.mark.today


@pytest.mark.parametrize(
    "follow_up",
    [
        "Dạ, còn Chỉ thị 14 của UBND tỉnh Kon Tum thì sao ạ?",
        "vâng, thế còn ct14 của ubnd kon tum thì sao",
        "ok cam on, con chi thi 14 cua uy ban nhan dan tinh kon tum thi sao a",
    ],
)
async def test_a_polite_follow_up_naming_a_document_keeps_the_signer(
    chat: Chat, follow_up: str
) -> None:
    first = "công văn thi đua đặc biệt chống covid của sở tnmt kon tum do ai ký"
    text = await chat.answer_after(first, follow_up)
    assert text.startswith("Người ký: Chủ tịch Lê Ngọc Tuấn")


@pytest.mark.parametrize(
    ("follow_up", "theme"),
    [
        ("còn cv btnmt 2021 thì sao", "Đoàn kết, kỷ cương, đổi mới toàn diện để phát triển"),
        ("dạ thế còn kế hoạch sóc trăng 2022 ạ", "Kỷ cương, trách nhiệm, đổi mới, hội nhập"),
    ],
)
async def test_another_kind_with_its_place_or_year_keeps_the_theme(
    chat: Chat, follow_up: str, theme: str
) -> None:
    text = await chat.answer_after("chỉ thị 14 của ubnd kon tum có chủ đề gì", follow_up)
    assert theme in text.splitlines()[0]


@pytest.mark.parametrize(
    ("first", "follow_up", "signer"),
    [
        ("thông tư 18/2013 do ai ký", "dạ, còn luật 06/2022 thì sao ạ", "Vương Đình Huệ"),
        ("luat 06/2022 do ai ky", "con nd 152/2025 thi sao", "Nguyễn Hoà Bình"),
    ],
)
async def test_a_law_text_named_by_number_keeps_the_signer(
    chat: Chat, first: str, follow_up: str, signer: str
) -> None:
    text = await chat.answer_after(first, follow_up)
    assert signer in text.splitlines()[0]


@pytest.mark.parametrize(
    "question",
    [
        "ai ký chỉ thị 14 của ủy ban nhân dân tỉnh kon tum",
        "chi thi 14 cua uy ban nhan dan do ai ky",
    ],
)
async def test_the_people_s_committee_asks_for_no_recipients(chat: Chat, question: str) -> None:
    text = (await chat.send(question))[0].text
    assert text.startswith("Người ký: Chủ tịch Lê Ngọc Tuấn")


async def test_the_original_directive_is_the_one_named(chat: Chat) -> None:
    first = "công văn của sở tnmt kon tum theo chỉ thị 14 chú trọng khen thưởng những ai"
    follow_up = "còn chỉ thị 14 gốc của ubnd tỉnh thì chú trọng khen thưởng những ai ạ"
    text = await chat.answer_after(first, follow_up)
    assert "vùng sâu, vùng xa" in text


@pytest.mark.parametrize(
    ("follow_up", "said"),
    [
        ("nghị định thay thế đó còn làm hết hiệu lực nghị định nào khác nữa không", "28/2024"),
        ("nghi dinh moi do do ai ky", "Nguyễn Hoà Bình"),
    ],
)
async def test_the_replacing_decree_described_is_pointed_at(
    chat: Chat, follow_up: str, said: str
) -> None:
    text = await chat.answer_after("nghị định 98/2023/NĐ-CP còn hiệu lực không", follow_up)
    assert said in text


@pytest.mark.parametrize(
    "question",
    ["nghị định 152/2025 làm hết hiệu lực những nghị định nào", "nd 152 lam het hieu luc nd nao"],
)
async def test_what_a_decree_repealed_is_no_status(chat: Chat, question: str) -> None:
    text = (await chat.send(question))[0].text
    assert "28/2024" in text


@pytest.mark.parametrize(
    ("first", "follow_up", "said"),
    [
        ("ubnd tinh kon tum gio la ubnd tinh nao", "con soc trang", "Cần Thơ"),
        ("tỉnh sóc trăng bây giờ còn không", "Dạ, còn tỉnh Kon Tum thì sao ạ?", "Quảng Ngãi"),
        ("tinh kon tum gio thuoc dau", "the con soc trang thi sao", "Cần Thơ"),
    ],
)
async def test_another_province_after_a_merger(
    chat: Chat, first: str, follow_up: str, said: str
) -> None:
    text = await chat.answer_after(first, follow_up)
    assert said in text.splitlines()[0]


async def test_a_subject_another_article_is_headed_by_leaves_the_title(chat: Chat) -> None:
    """The law's dossier names an initiative's certificate, its words as many as the
    question's; the article headed by them is the Điều lệ's (Điều 3)."""
    await chat.send("Theo Điều 84 Luật Thi đua, khen thưởng, hồ sơ đề nghị gồm gì?")
    await chat.send("khi nao thi phai co chung nhan sang kien")
    reply = (await chat.send("sáng kiến được công nhận cần điều kiện gì"))[0].text
    assert "Có tính mới trong phạm vi cơ sở đó" in reply
