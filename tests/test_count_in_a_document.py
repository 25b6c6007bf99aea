"""A count ("mấy phong trào") asked of one document named by its abbreviated kind is its text's count,
not the list of campaigns held."""

from handlers import currency
from knowledge import KnowledgeBase
from tests.conftest import TODAY


def test_a_count_asked_of_an_abbreviated_document_is_left_to_its_text(kb: KnowledgeBase) -> None:
    for asked in (
        "cv btnmt 2021 nhắc mấy phong trào thủ tướng phát động",
        "cv bo tnmt 2021 trong tam la may phong trao cua thu tuong",
    ):
        assert currency.answer(asked, kb, TODAY) is None, asked
    assert currency.answer("năm 2021 có mấy phong trào thi đua", kb, TODAY) is not None
