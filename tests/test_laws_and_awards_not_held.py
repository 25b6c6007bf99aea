"""Questions about a law or an award the knowledge base holds no document of are declined,
saying which, instead of answered with a passage that shares their other words: a law named
by its name ("Luật Cán bộ, công chức"), an award named in words a typo mending would read as
a campaign's ("Anh hùng Lao động" as "Anh hướng Lao động"). Questions on the law held still
are answered."""

import pytest

from knowledge import KnowledgeBase
from knowledge.asking import ask
from knowledge.held import law_not_held
from tests.conftest import Chat

pytestmark = pytest.mark.today

LAW_NOT_HELD = "Xin lỗi, kho văn bản của tôi chưa có {law},"
AWARD_NOT_HELD = "Xin lỗi, kho văn bản của tôi chưa có quy định về {award};"


@pytest.mark.parametrize(
    ("text", "law"),
    [
        (
            "Luật Cán bộ, công chức quy định đánh giá xếp loại công chức cuối năm thế nào",
            "Luật Cán bộ, công chức",
        ),
        (
            "em xin hoi Luat Can bo, cong chuc quy dinh danh gia xep loai cong chuc cuoi nam "
            "the nao a",
            "luật anh/chị hỏi (“Luật Can bo, cong chuc”)",
        ),
        ("Luật Viên chức quy định đánh giá viên chức thế nào", "Luật Viên chức"),
        (
            "dạ cho em hỏi theo Luật Thanh niên thì đoàn viên được khen thưởng thế nào ạ",
            "Luật Thanh niên",
        ),
        ("luat dat dai quy dinh cap so do the nao", "luật anh/chị hỏi (“Luật Dat dai”)"),
        ("luat giao thong quy dinh the nao", "luật anh/chị hỏi (“Luật Giao thong”)"),
        ("Luật Phòng, chống tham nhũng quy định tặng quà thế nào", "Luật Phòng, chống tham nhũng"),
    ],
)
async def test_a_law_no_document_is_is_declined_saying_which(
    chat: Chat, kb: KnowledgeBase, text: str, law: str
) -> None:
    reply = (await chat.send(text))[0]
    assert reply.text.startswith(LAW_NOT_HELD.format(law=law)), reply.text
    assert "Luật Thi đua, khen thưởng" in reply.text  # what is held instead
    assert ask(kb, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Luật Thi đua, khen thưởng có hiệu lực từ ngày nào",
        "theo luật tđkt thì chiến sĩ thi đua cơ sở cần tiêu chuẩn gì",
        "theo luat thi lao dong tien tien can tieu chuan gi",
        "theo luật cần tiêu chuẩn gì để được chiến sĩ thi đua cơ sở",
        "cá nhân bị kỷ luật có được xét thi đua không",
        "luật 2022 quy định lao động tiên tiến thế nào",
        "luật số 06/2022/QH15 có hiệu lực khi nào",
        # a part of the law after "luật" names no law ("Luật Điều 84")
        "luật điều 84 quy định hồ sơ gồm những gì",
        "luat khoan 1 dieu 84 gom gi",
        "điều 84 luật, khoản 1 gồm những gì",
        # the held law's abbreviation mistyped: a letter swapped, doubled or next to it
        "luat tkdt 2022 hieu luc tu khi nao",
        "luật tđđkt 2022 có hiệu lực từ ngày nào",
        "luat tdlt 2022 co hieu luc tu ngay nao a",
        # what the asker did with the law follows it: "Luật Thấy …" is no law's name
        "em đọc luật thấy cstđcs chỉ cần htxs nhiệm vụ hoặc có sáng kiến đúng ko",
        "em doc luat thay lao dong tien tien can tieu chuan gi",
        # what the law assigns follows it: "Luật Giao cp" is no law's name
        "luat giao cp quy dinh chi tiet ho so o khoan nao, noi gi",
    ],
)
def test_the_law_held_or_a_law_not_named_is_no_law_not_held(kb: KnowledgeBase, text: str) -> None:
    assert law_not_held(text, kb) is None
    assert ask(kb, text)


@pytest.mark.parametrize(
    ("text", "award"),
    [
        ("tiêu chuẩn danh hiệu Anh hùng Lao động theo luật", "Anh hùng Lao động"),
        (
            "cho em hoi tieu chuan danh hieu Anh hung Lao dong theo luat thi dua khen thuong "
            "la gi a",
            "Anh hùng Lao động",
        ),
        (
            "anh hùng lực lượng vũ trang nhân dân cần tiêu chuẩn gì theo luật",
            "Anh hùng Lực lượng vũ trang nhân dân",
        ),
        ("em muốn hỏi tiêu chuẩn Nghệ sĩ Ưu tú theo luật thi đua khen thưởng ạ", "Nghệ sĩ Ưu tú"),
    ],
)
async def test_an_award_read_through_a_mending_is_still_one_no_passage_answers(
    chat: Chat, kb: KnowledgeBase, text: str, award: str
) -> None:
    reply = (await chat.send(text))[0]
    assert reply.text.startswith(AWARD_NOT_HELD.format(award=award)), reply.text
    assert ask(kb, text) == []


async def test_a_follow_up_naming_no_law_is_not_declined_for_one(chat: Chat) -> None:
    """A follow-up read with the last question ("còn bộ đội" after "luật") names no law the
    user typed: it is not declined quoting words of its reading as a law's name."""
    await chat.send("luật")
    reply = (await chat.send("còn bộ đội"))[0]
    assert not reply.text.startswith("Xin lỗi, kho văn bản của tôi chưa có"), reply.text


async def test_a_follow_up_naming_a_law_not_held_is_declined(chat: Chat) -> None:
    await chat.send("Luật Cán bộ, công chức quy định đánh giá thế nào")
    reply = (await chat.send("còn luật viên chức thì sao"))[0]
    assert reply.text.startswith(LAW_NOT_HELD.format(law="Luật Viên chức")), reply.text


async def test_an_award_named_in_one_part_of_two_questions_holds_for_the_other(
    chat: Chat, kb: KnowledgeBase
) -> None:
    # "…, cần mấy năm công tác" alone would find a passage on years: still of the medal
    asked = "Kỷ niệm chương Vì sự nghiệp Nông nghiệp và Môi trường xét tặng cho ai, cần mấy năm công tác?"
    assert ask(kb, asked) == []
    reply = (await chat.send(asked))[0].text
    assert reply.startswith(AWARD_NOT_HELD.format(award="Kỷ niệm chương")), reply
