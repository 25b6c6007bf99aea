"""Follow-ups on a title's dossier: a paper of it named ("còn biên bản thì cần gì") is asked
of the dossier, and "thế cstđcs cần thêm gì" after the law's list is that title's dossier,
not the title's standards; a share asked of another title is its share."""

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


async def test_a_share_asked_of_another_title_is_its_share_not_the_last_bonus(
    chat: Chat,
) -> None:
    # "bao nhiêu %": the sign says a share is asked, which the words alone lose
    await chat.send("tập thể lao động xuất sắc cần đạt tiêu chuẩn gì")
    await chat.send("danh hieu do duoc thuong may lan luong co so")
    await chat.send("còn tập thể lao động tiên tiến thì cần bao nhiêu % lđtt")
    assert "có ít nhất là 70% cá nhân trong tập thể đạt danh hiệu" in chat.text, chat.text


async def test_a_share_asked_alone_is_of_the_title_just_read(chat: Chat) -> None:
    # "bao nhiêu %" is as short as typed: a follow-up on the article just read
    await chat.send("cstdcs co bat buoc co sang kien ko")
    await chat.send("co gioi han ty le bao nhieu % khong")
    assert "Luật 2022 không quy định tỷ lệ tối đa cá nhân được tặng" in chat.text, chat.text


async def test_what_more_a_title_needs_after_a_bonus_is_its_standards(chat: Chat) -> None:
    # the review's case: only a dossier's list is added to ("cần thêm gì")
    await chat.send("lđtt thưởng bao nhiêu")
    await chat.send("thế cstđcs cần thêm gì")
    assert chat.text.startswith("Điều 23. Danh hiệu “Chiến sĩ thi đua cơ sở”"), chat.text
