"""A follow-up whose words the passage just shown says, some by another phrase of their
group in knowledge/synonyms.yaml ("bộ đội": "Bộ Quốc phòng"), in one sentence, is asked of
that passage, though another article of the same document names them too; a part headed
by what an abbreviation of the follow-up spells out ("vp sở") is the part asked of."""

import pytest

from handlers import said_otherwise
from tests.conftest import Chat

pytestmark = pytest.mark.today


def test_a_word_is_said_by_another_phrase_of_its_group() -> None:
    asked = "con bo doi cong an thi ai xem xet"
    own = ["bo", "doi", "cong", "an", "xem", "xet"]
    sentence = "bo truong bo quoc phong bo truong bo cong an xem xet cong nhan"
    assert said_otherwise.said(own, sentence, asked) == set(own)
    assert said_otherwise.one_sentence_says_all(own, sentence, asked)
    # (each sentence on its own: one saying the forces, another the verbs, is not enough)
    split = "bo quoc phong bo cong an. xem xet cong nhan"
    assert not said_otherwise.one_sentence_says_all(own, split, asked)


async def test_the_forces_named_by_their_ministries_keep_the_article_shown(chat: Chat) -> None:
    await chat.send(
        "ai công nhận phạm vi ảnh hưởng toàn quốc của sáng kiến khi xét chiến sĩ thi đua toàn quốc"
    )
    reply = (await chat.send("thế quân đội, công an thì ai"))[0].text
    assert "Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Công an xem xét" in reply
    assert "Điều 21" in reply.split("📄")[1]


async def test_a_part_headed_by_what_an_abbreviation_spells_is_the_one_asked(chat: Chat) -> None:
    # "vp" is "văn phòng" (abbreviations.yaml): the part headed "2. Văn phòng Sở", not the
    # line of the unit heads' part just shown that mentions the office in passing
    await chat.send("kế hoạch 2022 của sở tnmt sóc trăng giao thủ trưởng các phòng việc gì")
    reply = (await chat.send("thế vp sở thì sao"))[0].text
    assert reply.startswith("2. Văn phòng Sở:")
