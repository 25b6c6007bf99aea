"""What a question asks to be defined, after the document it names first ("theo … thì năm
2022 là gì"): the "thi" of "hướng dẫn thi hành" names the document, it is no "thì"."""

import pytest

from knowledge.normalize import words
from knowledge.searching.asked_of_documents import _defined_subject


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("theo điều lệ sáng kiến nđ 13/2012 thì sáng kiến là gì", "sang kien"),
        ("theo văn bản hướng dẫn thi hành thì năm 2022 là gì", "nam 2022"),
        ("theo nghị định hướng dẫn thi hành luật thi đua thì sáng kiến là gì", "sang kien"),
    ],
)
def test_the_subject_after_the_document_named(question: str, subject: str) -> None:
    assert _defined_subject(words(question)) == subject
