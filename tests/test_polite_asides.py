"""What a long, polite message says besides its question (greetings, whom it addresses, asking
leave, thanks, the asker's reasons) is left out before it is read (knowledge/asides.py)."""

import pytest

from knowledge import KnowledgeBase
from knowledge.asides import without_asides
from knowledge.asking import ask
from tests.conftest import Chat

pytestmark = pytest.mark.today


@pytest.mark.parametrize(
    ("typed", "asked"),
    [
        (
            "chao tro ly, em can ghi ten nguoi ky vao bao cao tong ket, nho tro ly cho em hoi "
            "kh thi dua 2022 cua so tnmt soc trang do ai ky vay a, em cam on",
            "kh thi dua 2022 cua so tnmt soc trang do ai ky vay a",
        ),
        (
            "Dạ anh chị cho em hỏi với ạ: Chỉ thị 14 của UBND tỉnh Kon Tum ban hành ngày nào ạ?",
            "Chỉ thị 14 của UBND tỉnh Kon Tum ban hành ngày nào ạ?",
        ),
        (
            "Kính gửi trợ lý, tiêu chuẩn Lao động tiên tiến là gì ạ? Em cảm ơn nhiều.",
            "tiêu chuẩn Lao động tiên tiến là gì ạ?",
        ),
        ("Dạ trong đơn sáng kiến ghi những mục gì ạ, nhóm em có ba người cùng làm?", None),
        ("trợ lý ơi tiêu chí lđtt là gì", "tiêu chí lđtt là gì"),
        ("Kunh nhờ trợ lý cho em hỏi, tiêu chí lđtt là gì", "tiêu chí lđtt là gì"),  # a slip
        (
            "Kính gửi trợ lý, em là chuyên viên văn phòng, em muốn hỏi sáng kiến được công nhận "
            "cần những điều kiện gì ạ",
            "sáng kiến được công nhận cần những điều kiện gì ạ",
        ),
        (  # whom the asker asks for: a story as the asker's own is
            "dạ em xin lỗi làm phiền, công văn phát động thi đua năm 2021 của Bộ ai ký vậy ạ, "
            "sếp em hỏi mà em tìm không ra",
            "công văn phát động thi đua năm 2021 của Bộ ai ký vậy ạ",
        ),
        (
            "cho em hoi tieu chuan lao dong tien tien la gi a, sep em can gap",
            "tieu chuan lao dong tien tien la gi a",
        ),
        # the question asked again the other way round says nothing more
        ("gio con cap huyen ko hay bo het roi", "gio con cap huyen ko"),
        ("bộ tnmt giờ còn không hay sáp nhập rồi?", "bộ tnmt giờ còn không?"),
        ("giờ còn cấp huyện không hay bỏ hết rồi ạ", "giờ còn cấp huyện không"),
        # the words of remembering go, what is remembered stays (it may name what is asked of)
        (
            "cstdcs bay gio duoc thuong bao nhieu lan luong co so, hoi truoc nd 91 chu nho la 1,0 "
            "lan",
            "cstdcs bay gio duoc thuong bao nhieu lan luong co so, hoi truoc nd 91 1,0 lan",
        ),
    ],
)
def test_greetings_thanks_and_reasons_are_left_out(typed: str, asked: str | None) -> None:
    if asked is None:
        assert without_asides(typed) == "trong đơn sáng kiến ghi những mục gì ạ"
    else:
        assert without_asides(typed) == asked


@pytest.mark.parametrize(
    "typed",
    [
        "Hội đồng thi đua tỉnh gồm ai",  # "Hội" is not "hỏi"
        "Chỉ thị 14 giao cơ quan nào",  # "Chỉ" is not "chị"
        "Đã có văn bản thay thế chưa",  # "Đã" is not "dạ"
        "tôi công tác ở Sở TN&MT Sóc Trăng, tiêu chí thi đua cá nhân là gì",  # where
        "em đạt lao động tiên tiến 2 năm, em có được đề nghị chiến sĩ thi đua không",
        "em đang soạn tờ trình đề nghị chiến sĩ thi đua, cần hồ sơ gì",  # the story names it
        "sáng kiến của phòng, tôi có được đứng tên không?",  # still asking
        "em cảm ơn",  # small talk, answered as such
        "lđtt cho em hỏi, cần gì",  # what it asks of, before asking leave
        "có được cstđcs không hay chỉ được lđtt",  # the other choice names what it asks of
        "có cần nộp bản chính không hay bản sao là được rồi",
        "các em nhỏ trong trường có được tặng giấy khen không",  # "nhỏ" is no "nhớ"
        # opening the message, the memory is what is asked to be confirmed
        "em nhớ sáng kiến phải áp dụng ít nhất 1 năm đúng không",
        "nhắc em nhớ nộp báo cáo thành tích",
        "mẫu tờ trình trong mẫu 2020 chữ nhỏ quá",  # nor is "chữ" an elder
    ],
)
def test_what_may_decide_the_answer_is_kept(typed: str) -> None:
    assert without_asides(typed) == typed


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        (
            "chao ad, cho e hoi chi thi 14 cua ubnd tinh kon tum ban hanh ngay nao a, e cam on",
            "28/7/2021",
        ),
        (
            "Kính nhờ trợ lý cho em hỏi, công văn phát động thi đua năm 2021 của Bộ TN&MT do "
            "đồng chí nào ký ạ, em cần ghi vào báo cáo tổng kết, em cảm ơn",
            "Trần Hồng Hà",
        ),
        (  # "nhớ" is a word no document uses: the whole message was declined
            "tieu chuan chien si thi dua toan quoc theo luat 2022 la gi, chu nho hoi theo luat "
            "2003 thi khac",
            "Chiến sĩ thi đua toàn quốc",
        ),
        (
            "em nhớ là hồi trước nđ 91 quy định tỷ lệ cstđcs không quá 15%, giờ còn tỷ lệ đó không",
            "không quy định tỷ lệ tối đa",
        ),
    ],
)
def test_a_polite_question_is_answered_as_asked_plainly(
    kb: KnowledgeBase, asked: str, said: str
) -> None:
    hits = ask(kb, asked)
    assert hits and said in hits[0].passage.text


def test_a_polite_question_on_what_the_documents_lack_is_still_declined(
    kb: KnowledgeBase,
) -> None:
    assert ask(kb, "Kính hỏi trợ lý, giá xăng RON 95 hôm nay bao nhiêu ạ, em cảm ơn") == []


async def test_the_assistant_named_in_a_greeting_is_not_its_command(chat: Chat) -> None:
    replies = await chat.send(
        "Kính hỏi trợ lý, Sở Tài nguyên và Môi trường tỉnh Kon Tum ban hành các công văn thi "
        "đua năm 2021 hiện nay thuộc cơ quan nào ạ?"
    )
    assert "Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi" in str(replies[0].text)
    assert "/sangkien" not in str(replies[0].text)


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        (
            "Kính hỏi, mẫu Đơn yêu cầu công nhận sáng kiến chính thức hiện nay nằm ở phụ lục "
            "nào của văn bản nào ạ?",
            "Phụ lục I",
        ),
        ("mau don sang kien o phu luc nao a", "Phụ lục I"),
        (
            "don sang kien co ca ngay ap dung thu va ngay ap dung lan dau thi ghi ngay nao",
            "ghi ngày nào sớm hơn",
        ),
    ],
)
async def test_a_form_asked_of_in_the_chat_is_no_deadline(
    chat: Chat, asked: str, said: str
) -> None:
    # "phụ lục nào" is no "lúc nào"; "ghi ngày nào" asks what the form wants written
    assert said in str((await chat.send(asked))[0].text)
