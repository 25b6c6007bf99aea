"""Search passages for a question typed on a phone, and decide when not to answer.

Ranking is BM25 over two fields: the passage (its words, and its headings at lower weight)
and its document (kind, number, title, issuer, place, years, signer), so that "Sóc Trăng 2022"
or "Chỉ thị 14" pick the right document even when the passage does not repeat them.

Terms are:
- folded words ("thuong") and folded word pairs ("khen thuong"): Vietnamese words are mostly
  two syllables, so pairs carry the meaning ("tỷ giá" is not "tỷ" plus "giá");
- accent keys ("thuong|̛̀"), weighted in only when the question was typed with diacritics, so
  "giá" prefers "giá" over "gia" but still finds it.

A question word that is not in the vocabulary is corrected to its closest known word when one
is close enough (rapidfuzz), preferring one that makes a known pair with a neighbour; otherwise
it stays unknown, and unknown words weigh most.

A question typed without diacritics leaves out a word whose common reading in the knowledge
base is a function word and that makes no known pair with its neighbours ("tu khi nao"). A
phrase of `knowledge/synonyms.yaml` also finds its group's other phrases. A passage whose own
heading (or a numbered paragraph's lead clause) has the question's word pairs ranks higher,
helped at half weight by the headings above it; the words naming its document count for none.

Confidence is the share of the question's information (IDF-weighted words and pairs) that the
best passage covers. Common words ("hôm nay", "viên chức", "thi đua") weigh little, so a
question whose rare words are absent from the knowledge base covers little and is declined.
Words that only say how a question is asked in chat ("đề xuất lên sở xong", "bị … lại",
"bao lâu", "trước đó") weigh nothing, nor do the pairs they make: no answer says them.
"""

# The code lives in knowledge.searching; this module keeps the names other modules import from it.

from knowledge.searching.analyzer import MIN_TYPO_LENGTH, RECENT_QUESTIONS, Analyzer, Hit, led_by
from knowledge.searching.asked_of_documents import (
    _asked_kinds,
    _bare_body_levels,
    _citing_groups,
    _continued_note,
    _coverage_units,
    _defined_subject,
    _defining,
    _definition,
    _documents_citing,
    _issuer_words,
    _query_terms,
    _subject_defined,
)
from knowledge.searching.index import SearchIndex
from knowledge.searching.index_building import (
    SavedIndex,
    _addressed,
    _Field,
    _one_letter_more,
    other_i_y,
    passage_title,
)
from knowledge.searching.question_phrases import (
    _RECIPIENT_LINES,
    ASKS_BASIS_OF_KIND,
    KIND_LETTERS,
    _about_words,
    _asked_about,
    _asked_to,
    _quoted_names,
    _split_asked_to,
    _split_saying,
    _typed_with_marks,
)
from knowledge.searching.weights_and_vocabulary import (
    ABBREVIATIONS_FILE,
    COMMON_DF,
    LIST_ASKED,
    MIN_CONFIDENCE,
    OBJECTS_ASKED,
    is_stopword,
)

__all__ = [
    "ABBREVIATIONS_FILE",
    "ASKS_BASIS_OF_KIND",
    "COMMON_DF",
    "KIND_LETTERS",
    "LIST_ASKED",
    "MIN_CONFIDENCE",
    "MIN_TYPO_LENGTH",
    "OBJECTS_ASKED",
    "RECENT_QUESTIONS",
    "_RECIPIENT_LINES",
    "Analyzer",
    "Hit",
    "SavedIndex",
    "SearchIndex",
    "_Field",
    "_about_words",
    "_addressed",
    "_asked_about",
    "_asked_kinds",
    "_asked_to",
    "_bare_body_levels",
    "_citing_groups",
    "_continued_note",
    "_coverage_units",
    "_defined_subject",
    "_defining",
    "_definition",
    "_documents_citing",
    "_issuer_words",
    "_one_letter_more",
    "_query_terms",
    "_quoted_names",
    "_split_asked_to",
    "_split_saying",
    "_subject_defined",
    "_typed_with_marks",
    "is_stopword",
    "led_by",
    "other_i_y",
    "passage_title",
]
