"""Follow-ups answered from the right document, by the right passage and line: a short
follow-up staying in the passage just shown ("còn nông dân", "cờ của tỉnh thì sao") by the
line its own words pick, not the line the words carried over from the last question pick;
abbreviations staff type for bodies and services; "về gì" after a bare "ct 05?"."""

import pytest

from tests.conftest import Chat

pytestmark = pytest.mark.today


@pytest.mark.parametrize(
    ("first", "follow_up", "line"),
    [
        # the clause on "Chiến sĩ tiên tiến" was shown; the farmers' clause is another title's
        ("chien si tien tien tang cho ai", "con nong dan", "Lao động, sản xuất có hiệu quả"),
        ("chiến sĩ tiên tiến tặng cho những ai", "còn nông dân thì sao", "công nhân, nông dân"),
        # "… những gì" carried over asks for the list from its top, which cuts line e) off
        (
            "Dạ tập thể được Cờ thi đua của Chính phủ thì được thưởng những gì ạ",
            "co cua tinh thi sao a",
            "được tặng cờ và được thưởng 8,0 lần",
        ),
        (
            "tập thể lao động xuất sắc được thưởng những gì",
            "còn cờ của quân khu",
            "được tặng cờ và được thưởng 6,0 lần",
        ),
    ],
)
async def test_the_follow_up_s_own_words_pick_the_line(
    chat: Chat, first: str, follow_up: str, line: str
) -> None:
    assert line in await chat.answer_after(first, follow_up)


async def test_a_follow_up_pointing_back_keeps_the_words_it_points_to(chat: Chat) -> None:
    # "nó" is the title just asked about: its clause answers, not the one on standards
    # another title's clause happens to say in the typed words
    reply = await chat.answer_after(
        "chiến sĩ tiên tiến tặng cho ai", "tiêu chuẩn của nó có giống lđtt ko"
    )
    assert "Chiến sĩ tiên tiến" in reply.split("\n")[0]


@pytest.mark.parametrize(
    ("first", "follow_up", "line"),
    [
        # "dvc": "dịch vụ công", as staff write it (knowledge/abbreviations.yaml)
        (
            "cv so tnmt kt ct14 cchc chi so nao",
            "dvc muc may",
            "dịch vụ công trực tuyến mức độ 3, 4",
        ),
        # "bct": "Bộ Chính trị", whose directive the province's directive is based on
        ("ct 14 ubnd kt can cu vb nao", "cua bct thi sao", "Chỉ thị số 34-CT/TW"),
    ],
)
async def test_a_body_or_service_in_letters_is_read_as_its_words(
    chat: Chat, first: str, follow_up: str, line: str
) -> None:
    assert line in await chat.answer_after(first, follow_up)


@pytest.mark.parametrize(
    ("first", "named", "about", "line"),
    [
        (
            "kh tđ 2022 sóc trăng chuyển đổi số ntn",
            "ct 05?",
            "về j",
            "Đẩy mạnh học tập và làm theo tư tưởng",
        ),
        (
            "cv thi đua 2021 của bộ tnmt căn cứ nghị quyết nào của chính phủ",
            "nq 02?",
            "về cái gì",
            "cải thiện",
        ),
    ],
)
async def test_what_a_document_named_bare_is_about_is_where_it_is_cited(
    chat: Chat, first: str, named: str, about: str, line: str
) -> None:
    # "ct 05?" names a directive the plan cites and the knowledge base does not hold:
    # "về gì" next asks what that directive is about, which the line citing it says
    await chat.send(first)
    await chat.send(named)
    assert line in (await chat.send(about))[0].text.split("📄")[0]


def test_a_bare_document_is_not_the_answer_s_own() -> None:
    from handlers import named_things

    answer = "Thực hiện Chỉ thị số 14/CT-UBND ngày 28/7/2021 của Chủ tịch …\n\n📄 Nguồn: …"
    assert named_things.typed_cited("chi thi 14", answer, "14/CT-UBND") is None
    cited = named_things.typed_cited("chi thi 14", answer, "8240/BTNMT-TĐKTTT")
    assert cited is not None and cited.value.startswith("Chỉ thị số 14/CT-UBND")
    assert named_things.typed_cited("chi thi 14 ai ky", answer, None) is None  # asks of it


@pytest.mark.parametrize(
    ("said", "rest"),
    [
        ("cv cua so trien khai no thi sao", "cv cua so"),
        ("con van ban cua so trien khai no thi sao a", "van ban cua so"),
        ("cong van so tnmt thuc hien chi thi do thi sao", "cong van so tnmt"),
        # a question of its own keeps "nó": the directive the letter carries out
        ("con cong van cua so trien khai no thi ai ky", "cong van cua so trien khai no thi ai ky"),
    ],
)
def test_how_a_named_letter_relates_to_the_last_one_is_not_what_is_asked(
    said: str, rest: str
) -> None:
    from handlers import context

    assert context._follow_up_rest(said) == rest


async def test_the_letter_carrying_out_a_directive_is_asked_the_same(chat: Chat) -> None:
    reply = await chat.answer_after(
        "ct14 ubnd kontum chu trong khen thuong doi tuong nao", "cv của sở triển khai nó thì sao"
    )
    assert "nhân tố mới, cách làm hay, khen thưởng người lao động trực tiếp" in reply


@pytest.mark.parametrize(
    ("first", "follow_up", "line"),
    [
        ("co thi dua cua cp thuong bn", "co bo, tinh?", "được tặng cờ và được thưởng 8,0 lần"),
        ("cstđ toàn quốc được thưởng bao nhiêu", "cstđ bộ, tỉnh?", "được thưởng 3,0 lần"),
    ],
)
async def test_a_title_at_the_level_of_ministries_and_provinces_by_some_of_its_words(
    chat: Chat, first: str, follow_up: str, line: str
) -> None:
    # "bộ, tỉnh" names the level the law writes "bộ, ban, ngành, tỉnh"
    assert line in await chat.answer_after(first, follow_up)
