"""A kind of document asked for ("gắn với chỉ thị nào") is answered by the passage naming one
by its number in the document under discussion, not by a document of that kind elsewhere;
"nghị định quy định việc đó" points at the document of the matter, as "nghị định đó" does;
the "số" of "chỉ số" is no Sở a follow-up turns to; "còn các sở" after a ministry's letter
asks what the letter tells the departments it addresses; "trong văn bản đó" is inside the text
just read, not a document it named."""

import pytest

from handlers import context, named_things
from tests.conftest import Chat

pytestmark = pytest.mark.today


async def test_a_directive_asked_of_a_plan_is_the_one_it_names(chat: Chat) -> None:
    await chat.send(
        "Kế hoạch thi đua 2022 của STNMT Sóc Trăng có tiếp tục phong trào văn hóa công sở"
        " không ạ, giai đoạn nào?"
    )
    await chat.send("hình ảnh người cán bộ ngành được nêu thế nào")
    reply = (await chat.send("con gan voi chi thi nao cua bo chinh tri"))[0].text
    assert "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị" in reply, reply
    assert "Sóc Trăng" in reply.split("📄")[1]


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("nghị định quy định việc đó ban hành ngày nào", "nghị định đó ban hành ngày nào"),
        ("văn bản nói về vấn đề này còn hiệu lực không", "văn bản này còn hiệu lực không"),
        (
            "thông tư hướng dẫn việc đó là thông tư nào",
            "thông tư hướng dẫn việc đó là thông tư nào",
        ),
        ("việc đó là gì", "việc đó là gì"),
    ],
)
def test_the_document_of_a_matter_pointed_at(typed: str, read: str) -> None:
    assert context.pointing_at_document(typed) == read


async def test_the_decree_of_the_matter_just_read(chat: Chat) -> None:
    await chat.send("theo luật tđkt ai có thẩm quyền tặng lao động tiên tiến cho công chức ở sở")
    await chat.send("còn ở xã sau sắp xếp thì ai quyết định")
    reply = (await chat.send("nghị định quy định việc đó ban hành ngày nào"))[0].text
    assert "Nghị định số 129/2025/NĐ-CP ngày 11/6/2025" in reply, reply


async def test_chi_so_names_no_department(chat: Chat) -> None:
    await chat.send("so tnmt kon tum ct14 muc 2 yeu cau tiep tuc nhung phong trao nao")
    reply = (await chat.send("còn mấy chỉ số phải nâng lên trong mục đó?"))[0].text
    assert "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)" in reply, reply


async def test_the_departments_a_ministry_letter_addresses(chat: Chat) -> None:
    await chat.send("ai theo doi don doc phong trao thi dua 2021 cua btnmt")
    await chat.send("bao cao bo truong dinh ky khi nao")
    reply = (await chat.send("con cac so tnmt thi phai lam gi"))[0].text
    assert "Giám đốc các Sở Tài nguyên và Môi trường các tỉnh" in reply, reply
    assert "Công văn năm 2021 của Bộ Tài nguyên và Môi trường" in reply.split("📄")[1]


def test_inside_that_document_is_the_text_just_read() -> None:
    directive = named_things.Named("chi thi", "Chỉ thị số 14/CT-UBND ngày 28/7/2021")
    assert named_things.pointer("van ban do ai ky", directive) == "van ban do"
    assert named_things.pointer("trong van ban do co noi ve chi so papi khong", directive) is None
    assert named_things.pointer("chi thi do ai ky", directive) == "chi thi do"
