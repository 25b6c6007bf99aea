"""A newcomer's story before the question is read as context: it is cut down to what it
names, which comes before the question; what it says of the asker is left out
(knowledge/story.py). "như bot vừa nói" only says where the asker read what they ask of
(knowledge/asides.py)."""

import pytest

from knowledge import KnowledgeBase
from knowledge.asides import without_asides
from knowledge.asking import ask
from knowledge.story import read_with_story


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        (  # a sentence before the one asking: its year and campaign are kept
            "Chị mới nhận việc ở một phòng thuộc bộ, mọi người hay nói về phong trào thi đua "
            "năm 2021. Cho chị hỏi năm đó bộ tnmt chọn chủ đề thi đua là gì",
            "phong trào thi đua năm 2021, năm đó bộ tnmt chọn chủ đề thi đua là gì",
        ),
        (  # the asker's own clause opening the question: its title is kept
            "Em vừa được bình chọn chiến sĩ thi đua cơ sở, ngoài giấy chứng nhận ra thì có "
            "kèm tiền thưởng không ạ, mức bao nhiêu",
            "chiến sĩ thi đua cơ sở, ngoài giấy chứng nhận ra thì có kèm tiền thưởng không ạ, "
            "mức bao nhiêu",
        ),
        (  # an abbreviation is named as the words it stands for; not the asker's province
            "Em mới về làm ở Quảng Ngãi, tiếp nhận hồ sơ của sở tnmt kon tum cũ. Cv phát động "
            "thi đua của sở đó thực hiện chỉ thị số mấy vậy ạ",
            "sở tnmt kon tum, Cv phát động thi đua của sở đó thực hiện chỉ thị số mấy vậy ạ",
        ),
        (  # who the asker is: the question asks of that role in their stead
            "Em là trưởng phòng TNMT huyện ở Sóc Trăng, KH thi đua 2022 giao em việc gì?",
            "KH thi đua 2022 giao trưởng phòng TNMT huyện ở Sóc Trăng việc gì?",
        ),
        (
            "tôi là công chức xã, LĐTT với CSTĐCS của tôi giờ do ai quyết định",
            "LĐTT với CSTĐCS của công chức xã giờ do ai quyết định",
        ),
        (  # ... or who must do something
            "tôi là trưởng phòng, theo kh thi đua 2022 tôi phải làm gì với gương điển hình",
            "theo kh thi đua 2022 trưởng phòng phải làm gì với gương điển hình",
        ),
    ],
)
def test_a_story_is_cut_down_to_what_it_names(kb: KnowledgeBase, typed: str, read: str) -> None:
    assert without_asides(read_with_story(typed, kb)) == read


@pytest.mark.parametrize(
    "typed",
    [
        "tiêu chuẩn chiến sĩ thi đua cơ sở là gì",  # no story
        # two questions, the first asked with a question mark: no story to tell apart
        "Em đạt lao động tiên tiến mấy năm rồi? Giờ có được đề nghị chiến sĩ thi đua không",
        # an ellipsis ends no sentence
        "chi thi 14 kon tum chong dich voi tinh than 'moi nguoi dan la...' gi",
        # "nào do" typed with diacritics is "which … by", a question, not "nào đó"
        "em không biết danh hiệu nào do giám đốc sở tặng, hồ sơ đề nghị gồm những gì",
    ],
)
def test_no_story_is_read_as_typed(kb: KnowledgeBase, typed: str) -> None:
    assert read_with_story(typed, kb) == typed


def test_a_one_numbering_an_item_is_named_and_a_one_for_a_is_not(kb: KnowledgeBase) -> None:
    # "khoản 1" numbers a clause as "điều 24" numbers an article; "1 đơn vị" is "một đơn vị"
    read = read_with_story(
        "Em làm ở 1 đơn vị thuộc sở, đang đọc khoản 1 điều 24 của luật. Cho em hỏi cstđcs "
        "cần điều kiện gì",
        kb,
    )
    assert read == "1 24, cstđcs cần điều kiện gì"


def test_a_story_leaves_the_question_answered(kb: KnowledgeBase) -> None:
    hits = ask(
        kb,
        "Em làm ở phòng tổ chức, vừa được giao theo dõi phong trào thi đua năm 2022 của sở "
        "tnmt sóc trăng mà chưa biết làm từ đâu. Theo kế hoạch đó thì văn phòng sở có nhiệm "
        "vụ gì ạ",
    )
    assert hits and "Tham mưu Giám đốc Sở" in hits[0].passage.text


@pytest.mark.parametrize(
    ("typed", "asked"),
    [
        ("mục tiêu kép như bot vừa nói là gì", "mục tiêu kép là gì"),
        ("tỷ lệ 15% như bạn vừa nêu là của nghị định nào", "tỷ lệ 15% là của nghị định nào"),
        (
            "may phong tnmt huyen nhu bot vua noi gio con khong",
            "may phong tnmt huyen gio con khong",
        ),
        ("như vậy là đạt chưa", "như vậy là đạt chưa"),  # no saying
    ],
)
def test_where_the_asker_read_it_is_left_out(typed: str, asked: str) -> None:
    assert without_asides(typed) == asked


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        (  # "gì đó … mà em quên": something the story cannot name, no question; "mọi người"
            # told the asker; the year is kept
            "em moi ve phong, moi nguoi trong phong bao nam 2021 bo tnmt co phat dong thi dua "
            "voi khau hieu gi do ma em quen mat, khau hieu nam do la gi",
            "nam 2021 bo tnmt phat dong thi dua, khau hieu nam do la gi",
        ),
        (  # "1" is "một", no count asked of, and names nothing
            "em lam o 1 don vi thuoc so tnmt soc trang, theo ke hoach nam 2022 thi van phong "
            "so co nhiem vu gi",
            "so tnmt soc trang, theo ke hoach nam 2022 thi van phong so co nhiem vu gi",
        ),
        (  # ... nor "1" before a body ("1 công ty"); a number of a document is kept
            "Tôi ở 1 công ty đóng trên địa bàn Kon Tum, chỉ thị 14/CT-UBND có áp dụng với "
            "doanh nghiệp ko",
            "Kon Tum, chỉ thị 14/CT-UBND có áp dụng với doanh nghiệp ko",
        ),
        (  # "tổ tôi" is the asker; "mấy tháng" in a sentence ending without a question mark
            "Tổ tôi vừa làm xong một phần mềm quản lý văn thư, dùng được mấy tháng rồi. Cho "
            "tôi hỏi sáng kiến được công nhận cần những điều kiện gì",
            "sáng kiến được công nhận cần những điều kiện gì",
        ),
    ],
)
def test_a_story_told_by_others_or_with_one_thing_is_cut(
    kb: KnowledgeBase, typed: str, read: str
) -> None:
    assert without_asides(read_with_story(typed, kb)) == read


def test_a_count_in_the_story_is_kept_with_it(kb: KnowledgeBase) -> None:
    typed = "em đạt lđtt 2 năm liền, có được đề nghị cstđcs không"
    assert read_with_story(typed, kb) == typed


@pytest.mark.parametrize(
    ("typed", "asked"),
    [
        # "sếp" gives the asker the task; "mở đầu" typed with its marks asks no "đâu"
        (
            "sếp giao em soạn phần mở đầu tờ trình, cv thi đua của bộ tnmt năm 2021 nêu những "
            "nội dung thi đua nào",
            "cv thi đua của bộ tnmt năm 2021 nêu những nội dung thi đua nào",
        ),
    ],
)
def test_a_task_given_the_asker_is_left_out(typed: str, asked: str) -> None:
    assert without_asides(typed) == asked


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("tôi là trưởng phòng, anh em trong phòng đạt lđtt thì ai quyết định", "anh em trong"),
        ("tôi là đoàn viên, chỉ thị 14 nói gì về tư tưởng Hồ Chí Minh", "Hồ Chí Minh"),
        ("em là chuyên viên, sở giao phòng em việc gì", "phòng em"),  # the asker's office
    ],
)
def test_the_asker_s_role_replaces_only_the_asker_given_something(
    kb: KnowledgeBase, typed: str, kept: str
) -> None:
    assert kept in read_with_story(typed, kb)


@pytest.mark.parametrize(
    "asked",
    [
        # the asker's commune or school, telling of where they are, then the question
        "xã em trước thuộc huyện, giờ không còn cấp huyện từ ngày nào ạ",
        "trường em nhiều cô giáo lắm, nếu nhiều người cùng đủ tiêu chuẩn thì có ưu tiên nữ ko ạ",
    ],
)
def test_a_story_of_the_askers_unit_is_cut_down(kb: KnowledgeBase, asked: str) -> None:
    found = ask(kb, asked)
    assert found and found[0].passage.doc.id in ("sap-xep-bo-may-2025", "nd-152-2025-nd-cp")
