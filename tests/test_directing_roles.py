"""A role the question names before a verb of directing is the one who directs: the part
addressed to people of that role does not answer whom it directs."""

from knowledge.searching.directing_roles import directing_roles
from tests.conftest import Chat


def test_a_role_before_the_verb_directs_one_after_it_is_directed() -> None:
    roles = {"chu tich"}
    assert directing_roles(" chu tich ubnd yeu cau nhung ai thuc hien ", roles) == roles
    assert directing_roles(" ubnd yeu cau chu tich huyen lam gi ", roles) == set()
    assert directing_roles(" chu tich huyen phai lam gi ", roles) == set()


async def test_console_answers_whom_the_chairman_requests(chat: Chat) -> None:
    # not item 9, addressed to the districts' chairmen among others
    await chat.send("ct 14 kon tum chủ tịch ubnd yêu cầu ai thực hiện")
    assert "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành" in chat.text
