"""Follow-ups on a title's dossier: a paper of it named ("còn biên bản thì cần gì") is asked
of the dossier, and "thế cstđcs cần thêm gì" after the law's list is that title's dossier,
not the title's standards."""

from tests.conftest import Chat


async def test_a_paper_of_the_dossier_is_asked_of_the_dossier(chat: Chat) -> None:
    await chat.send("làm hồ sơ cstđcs thì tờ trình theo mẫu số mấy")
    await chat.send("con bien ban thi can gi")
    assert "Biên bản bình xét thi đua và kết quả bỏ phiếu" in chat.text, chat.text
    assert "Đạt tiêu chuẩn danh hiệu" not in chat.text, chat.text


async def test_what_more_a_title_needs_after_the_dossier_is_its_dossier(chat: Chat) -> None:
    await chat.send("ho so de nghi xet tang danh hieu thi dua gom gi theo luat")
    await chat.send("thế cstđcs cần thêm gì")
    assert 'Thành phần hồ sơ xét tặng danh hiệu "Chiến sĩ thi đua cơ sở"' in chat.text
    assert "để tặng cho cá nhân đạt các tiêu chuẩn" not in chat.text, chat.text
