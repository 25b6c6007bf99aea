"""A "còn X" follow-up whose subject repeats what the last question asked of ("hồ sơ") keeps
the rest of it: after "ai quy định chi tiết hồ sơ", "còn hồ sơ các danh hiệu cơ sở" asks who
rules on theirs (handlers/aspects.yaml, references_and_aspects.carried_aspect)."""

import pytest

from handlers.followups.references_and_aspects import carried_aspect
from tests.conftest import Chat


@pytest.mark.parametrize(
    ("rest", "query", "carried"),
    [
        # the dossier both speak of: who rules on it is carried
        ("ho so danh hieu co so", "ai quy dinh chi tiet ho so thu tuc", "do ai quy dinh"),
        # a follow-up asking an aspect the last question did not: its own question
        ("ho so danh hieu co so", "ai ky luat thi dua", None),
        ("giay to danh hieu co so", "to trinh dung mau so may", None),
    ],
)
def test_an_aspect_both_name_is_their_subject(rest: str, query: str, carried: str | None) -> None:
    assert carried_aspect(rest, query) == carried


async def test_who_rules_on_the_dossier_of_base_titles(chat: Chat) -> None:
    # the law leaves the details to the Government; the decree hands the base titles' on
    text = await chat.answer_after(
        "ai quy định chi tiết hồ sơ thủ tục xét tặng danh hiệu", "còn hồ sơ danh hiệu cơ sở?"
    )
    assert "phân cấp cho bộ, ban, ngành, tỉnh" in text
