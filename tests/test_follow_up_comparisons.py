"""A follow-up asking how another subject differs ("còn tập thể khác gì") asks it what the
last question asked of its own subject, as "còn tập thể thì sao" does."""

from tests.conftest import Chat


async def test_a_comparison_asks_the_other_subject_what_was_asked_of_the_last(
    chat: Chat,
) -> None:
    # "còn tập thể khác gì" after the individual criteria: the collective's criteria of the
    # same plan, as "còn tập thể thì sao" asks them
    text = await chat.answer_after(
        "sở tnmt sóc trăng 2022 tiêu chí cá nhân gồm những gì", "còn tập thể khác gì"
    )
    assert "không có nhiệm vụ quá hạn" in text
