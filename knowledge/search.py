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

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import NamedTuple

import numpy as np
import yaml
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from knowledge import candidates
from knowledge.candidates import Query
from knowledge.documents import Document
from knowledge.keyboard import key_slips
from knowledge.normalize import Needing, accent_key, fold, fold_long, has_marks, nfc, words
from knowledge.ordinals import COUNT_WORDS, LAST, item_asked, item_number
from knowledge.postings import (
    ChunkFile,
    Needles,
    Postings,
    TermTable,
    bm25_weights,
    chunk_postings,
    merge_postings,
    release_freed,
    term_body_ids,
    weight_matrix,
)
from knowledge.sections import Passage
from knowledge.shorthand import SHORTHAND_FILE, full_years
from knowledge.shorthand import load as load_shorthand
from knowledge.synonyms import Match, Synonyms

ABBREVIATIONS_FILE = Path(__file__).parent / "abbreviations.yaml"

# Question words, pronouns and particles: they say how something is asked, not what.
# With diacritics they are told apart from content words by their accent key ("hỏi" is a
# stopword, "hội" in "hội đồng" is not). Without diacritics only the unambiguous ones are
# stopwords: "hoi" could be "hội", "co" could be "cơ", "the" could be "thể" of "tập thể".
ACCENTED_STOPWORDS = frozenset(
    accent_key(w)
    for w in """à ạ ai anh bạn bao biết các cái cho chị có của cũng đã đâu để được em gì giúp hãy
    hay hỏi hôm khi không là lúc mà mình một nào này nhé nhỉ nha nhiều những ở ơi phải sao thế
    thì tôi và vậy vì với xin ư ừ gồm liệt kê muốn như sẽ đang rồi nên mấy tới
    hông thêm nhiêu""".split()  # "hông": "không" as typed in chats (shorthand such as "ko"
    # is in shorthand.yaml); "thêm" of "cần thêm điều kiện gì"
)
FOLDED_STOPWORDS = frozenset(
    """a ai cac cho cua cung da duoc em gi giup hay hom khong la mot nao nay nhe nhi nhieu nhung
    o oi phai sao toi va vay voi xin u gom liet them""".split()
)

# Function words whose fold is also the fold of content words ("de": "để", "đề"), by fold:
# typed without diacritics, the corpus and the words around tell which is meant (see
# `SearchIndex._without_function_words`).
AMBIGUOUS_FOLDS: dict[str, list[str]] = defaultdict(list)
for _key in ACCENTED_STOPWORDS:
    if _key.split("|")[0] not in FOLDED_STOPWORDS:
        AMBIGUOUS_FOLDS[_key.split("|")[0]].append(_key + "|")
FUNCTION_SHARE = 0.5  # of the passages with the fold, those with the function word


@lru_cache(maxsize=65536)  # asked of the same few words for every question
def is_stopword(token: str, accented: bool) -> bool:
    """Whether the word is a function word, judged with its diacritics when it has them."""
    return accent_key(token) in ACCENTED_STOPWORDS if accented else fold(token) in FOLDED_STOPWORDS


K1 = 1.2
B = 0.75
DOCUMENT_WEIGHT = 0.5  # a document field match counts half a passage match
ACCENT_SHARE = 0.35  # part of a word's weight that needs the exact diacritics, when typed
FOLD_CREDIT = 0.6  # coverage credit for a word matched only without its diacritics
PAIR_SHARE = 0.5  # a word pair's weight relative to a single word in the coverage
COMMON_DF = 0.5  # terms in more than half the passages are left out of scoring
DOCUMENT_NUMBER_BOOST = 1.5  # the question names this document's own number ("Chỉ thị 14")
ISSUER_WORDS = 3  # "sở tài nguyên", "ủy ban nhân": enough of an issuer to tell it
KIND_BOOST = 1.3  # the question names this document's kind ("ký chỉ thị")
YEAR_BOOST = DOCUMENT_NUMBER_BOOST  # a named year picks its document as a number does
# The question names the body that issued a campaign ("Bộ TN&MT", "ở Bộ thì vụ nào …"): the
# year and the words asked may fit a department's letter as well, the body asked of does not.
ISSUER_BOOST = 2.0
# "Bộ" or "Sở" alone names the issuing body where it owns ("của Bộ", "ở Sở", "theo Bộ") or
# launches something ("khi Bộ phát động"), never in a compound ("cán bộ", "bộ máy", "cơ sở",
# "sơ kết"; without diacritics "số lượng", "số mấy").
BODY_LEVELS = frozenset(("bo", "so"))
BODY_OWNER_BEFORE = frozenset("cua o ben tai theo thuoc cap".split())
BODY_ACTS_AFTER = frozenset("phat ban yeu giao quy chu huong".split())
BODY_COMPOUND_BEFORE = frozenset("can toan dong noi dang chi cuc tien co tru cong ho".split())
BODY_COMPOUND_AFTER = frozenset(
    "may phan ho chinh luat doi tieu cong hieu luong lan ket huu sanh tien thu do lieu".split()
)
# Passages that are not text of the document itself fit only some questions: the information
# card fits "who signed, when, to whom"; an outline fits "what does it consist of".
# A document's kind as a question names it before its number ("chỉ thị 34").
DOCUMENT_KINDS = frozenset(
    "chi thi|cong van|ke hoach|nghi dinh|nghi quyet|quyet dinh|thong tu|thong bao".split("|")
)
INFO_INTENT = (
    "ky",
    "dung ten",  # "bộ trưởng nào đứng tên phát động": the signer
    "ban hanh",
    "noi nhan",
    "kinh gui",
    "gui cho",
    "gui den",
    "gui toi",
    "so hieu",
    "ngay nao",
    "khi nao",
    "nam nao",
    "co quan nao",
    "don vi nao",
    "van ban so",
    "ai phat dong",
    "thoi gian ap dung",  # "chỉ thị 14 áp dụng giai đoạn nào": the card's period
    "ap dung giai doan",
    "ap dung trong giai doan",
    "ap dung nam nao",
    "chu de",  # a campaign's theme and basis are lines of its card
    "can cu",
)
# What asks a list of the parts of something ("gồm những gì", "có những nội dung gì"): the
# outline of a document or part, which a phone shows as every item in brief.
LIST_WORDS = (
    "gom",
    "nhung gi",
    "nhung noi dung",
    "cac noi dung",
    "liet ke",
    "may noi dung",
    "may muc",
    "nhung muc",
    "nhung phan",
    "bo cuc",
    "noi dung chinh",
    "co noi dung gi",  # (but "nói về nội dung gì" asks what it is about)
    "co noi dung nao",
)
# (how many parts, what it is about in all: the outline too, read as the search ranks it)
LIST_INTENT = (*LIST_WORDS, "bao nhieu", "tong quan", "noi ve gi")
LIST_PAIRS = frozenset(
    f"{a} {b}" for phrase in LIST_INTENT for a, b in pairwise(phrase.split()) if a != "nhung"
)
# "nội dung phong trào thi đua năm 2021 của bộ có gì": the contents of what is named between,
# asked without "những" (not "có gì khác", "có gì mới": how it differs; nor "nội dung thứ 2
# là gì": one of them).
_CONTENTS_OF = r"noi dung (?:\w+ ){0,20}?(?:co|gom|bao gom) (?:nhung )?gi(?! (?:khac|moi)\b)"
LIST_ASKED = re.compile(rf"\b(?:{'|'.join(LIST_WORDS)}|{_CONTENTS_OF})\b")
OFF_INTENT_PRIOR = {"info": 0.5, "outline": 0.6}
OUTLINE_LEAD = 1.01  # an outline asked for, over the parts of its document it ranks below
ON_INTENT_PRIOR = {"info": 1.0, "outline": 1.0}
COVERAGE_POWER = 2.0
CANDIDATES = 30
DENSE_SHARE = 0.08  # terms in more than this share of passages are added as dense vectors
DENSE_BUDGET = 32 * 2**20  # bytes of dense vectors kept per field
MIN_CONFIDENCE = 0.55
BOUND_SLACK = 1e-9  # `_coverage_bound` raised by this share: no rounding puts it below
# Words that say how a question is asked in chat Vietnamese, not what it asks about: where a
# verb goes or that it is done ("đề xuất lên", "gửi về", "nộp vào", "làm xong", "xét lại",
# "ngoài … ra"), "nói gì về", "theo luật", "trong phong trào", the passive "bị", "bao lâu",
# "bên bộ" for "at the ministry", which comes first ("giấy khen trước rồi mới bằng khen"; a
# pair the documents have keeps it: "trước ngày"), and particles. No passage answering
# a question says them, so a passage's coverage does not count them
# (`SearchIndex._without_scaffolding`). Not "còn" ("cấp huyện còn không" asks whether it
# still is) nor "đó" alone ("điều đó" points to what a follow-up is about).
SCAFFOLDING = (
    "lên xuống vào vô về xong lâu lại bị ra bên luôn nữa đấy ấy kia nè theo trong trước"
).split()
ACCENTED_SCAFFOLDING = frozenset(accent_key(w) for w in [*SCAFFOLDING, "hả", "chứ", "nói"])
# Without diacritics "chu" is mostly "chủ" ("chủ đề"), "ha" "hà" or "hạ", "noi" "nơi" ("gửi
# những nơi nào") or "nội": not left out; and
# "lai" may be "lái" ("bằng lái xe"), "day" "dạy" or "đẩy": these only where they end a
# phrase, as "lại" and "đấy" do ("xét thi đua lại", "là gì đấy").
FOLDED_SCAFFOLDING = frozenset(fold(w) for w in SCAFFOLDING)
PHRASE_END_FOLDS = frozenset(("lai", "day"))
# "trước" says which comes first only before "rồi", "mới" or at the end ("giấy khen trước rồi
# mới bằng khen", "cái nào trước"); elsewhere it is part of what is asked ("trước thời hạn",
# "tháng trước": a time of the asker's own, which no passage names).
EARLIER = "truoc"
THEN = (["roi"], ["moi"])
# "còn" before a verb of obligation ("ngoài … ra còn phải", "còn cần", "còn được") says "also",
# by its fold and the fold of the word after; elsewhere it asks whether something still is
# ("cấp huyện còn không", "còn hiệu lực") or opens a follow-up ("còn Kon Tum?"), and stays.
ALSO = "con"
ALSO_BEFORE = frozenset(fold(w) for w in "phải cần được có thêm".split())
# A time told by what was said before ("trước đó", "năm đó") or by today ("chị nghỉ sinh năm
# nay": the asker's own year, which no passage names), by its folded words.
SCAFFOLDING_PHRASES = frozenset(
    tuple(fold(phrase).split())
    for phrase in ("trước đó", "sau đó", "năm đó", "khi đó", "lúc đó", "hồi đó", "năm nay")
)
# "bộ yêu cầu tập thể hoàn thành …", "tỉnh khuyến khích làm gì", "cá nhân cần đáp ứng tiêu chí
# nào": what a document asks is said by its text, not by the verb that the question uses for
# it; left out unless it pairs with a word beside it as the documents have it ("đơn yêu cầu
# công nhận", "cơ chế khuyến khích").
ASKING_PHRASES = frozenset({("yeu", "cau"), ("khuyen", "khich"), ("dap", "ung")})
# "khen thưởng chú trọng những đối tượng nào", "chăm lo cho đối tượng nào": asks who, as "ai"
# does; the answering line names the people ("người lao động trực tiếp"), seldom the word.
# Left out before "nào" unless it pairs with the word before it as the documents have it
# ("đối tượng áp dụng" is the documents' own).
WHO_PHRASES = frozenset({("doi", "tuong")})
# "chị nghỉ sinh 6 tháng": how long something lasted in the asker's own life, which no
# passage says; a number and a unit of time not followed by another number (a date: "1 tháng
# 7") and not a pair the knowledge base has ("12 tháng" of a rule).
DURATION_UNITS = frozenset(("ngay", "tuan", "thang", "nam"))
# Folded words one of which a question has when it has any of the above (of a phrase, its
# last word): a question with none of them is left as it is.
SCAFFOLDING_FOLDS = frozenset(
    [key.split("|")[0] for key in ACCENTED_SCAFFOLDING]
    + [*DURATION_UNITS]
    + [*FOLDED_SCAFFOLDING, ALSO]
    + [phrase[-1] for phrase in (*SCAFFOLDING_PHRASES, *ASKING_PHRASES, *WHO_PHRASES)]
)
TYPO_CUTOFF = 80.0  # one wrong letter in five; a four-letter syllable is not corrected
MIN_TYPO_LENGTH = 4  # "mai" is one letter from "ai": short syllables are not corrected
# ... unless one letter more makes a word that pairs with a neighbour ("teu chi" → "tieu chi").
# A wrong letter in four is not corrected even so: "gia xang" is not "gia tang".
MIN_CONTEXT_TYPO_LENGTH = 3
# A wrong letter in four that is a neighbouring key ("sqng kiến", "cobg văn") is corrected, but
# only where the word it makes pairs with a neighbour: scored below TYPO_CUTOFF for that.
KEY_SLIP_SCORE = 75.0
BOUND_MAX_DF = 20  # passages with a word that may be read as the other half of a name
MIN_SLIP_PAIRS = 2  # passages with the pair a known word read as a slip makes, at least
RARE_SLIP_SHARE = 5  # a known word is read as a slip only for a word this many times commoner
RECENT_QUESTIONS = 8  # analyses of the last questions kept: one is read several times
MAX_GLUED = 10  # letters of two syllables typed without a space and with a slip ("konutm")
MAX_NEAR_WORDS = 100_000  # unknown words whose near known words are remembered
UNKNOWN_ACCENT_CREDIT = 0.25  # "lương" typed with diacritics, but only "lượng" is known
MAX_PLAIN_TOKENS = 500_000  # distinct tokens whose analysis is remembered
SYNONYM_WEIGHT = 0.5  # BM25 weight of another phrase of a group, relative to the question's
SUBJECT_BOOST = 1.5  # a passage whose heading names the conditions of what is asked about
LISTED = 3  # times a passage names a kind of thing ("chỉ số") to be a list of such things
MAX_COUNTED = 20  # "4 phong trào": a question counting things, not naming a year
NUMBERING = frozenset(("so", "muc", "dieu", "khoan", "diem", "thu", "lan", "phan", "chuong"))
ROLE_BOOST = 1.5  # a part addressed to all the people the question names (roles.yaml)
ROLES_FILE = Path(__file__).parent / "roles.yaml"
ROLE_LIST_WORDS = 6  # a longer piece of a line than this, between commas, is no addressee
ROLE_WORDS = 8  # the words of an addressee ("cá nhân là lãnh đạo thủ trưởng đơn vị")
ADDRESSING = ("doi voi ", "giao ")  # what a line addressing someone may open with
# A question naming its document ("CT 14 Kon Tum", "của Bộ TN&MT năm 2021") and asking of a
# topic in it: a part of that document rises by this much times the share of the topic it says.
TOPIC_WEIGHT = 1.0
TOPIC_SAID = 0.25  # share of the topic a part must say to answer before its document's opening
FEW_OF_TOPIC = 0.5  # ... when the part found first says less than this share of what another does
NAMING_SHARE = 0.2  # of the question's weight, what its document's name must carry to be named
CONDITION_PAIRS = frozenset(("dieu kien", "tieu chuan"))
# Words of a question, folded, and the set phrase that has them with another meaning: a
# passage saying them only there does not say them ("tạo điều kiện": to make possible).
IDIOMS = {"dieu kien": "tao dieu kien", "dieu": "tao dieu"}
_IDIOM_PATTERNS = {
    said: (re.compile(rf"\b{said}\b"), re.compile(rf"\b{idiom}\b"))
    for said, idiom in IDIOMS.items()
}
# Words that ask something ("lần thứ mấy", "là gì"): a message with one asks of a document.
QUESTION_WORDS = frozenset("ai gi nao may bao sao dau khi".split())
DEFINING_BOOST = 1.5  # a passage with a sentence saying what the question's subject is
HEADING_WEIGHT = 3.5  # rank bonus for a passage whose own heading has all the question's pairs
ANCESTOR_SHARE = 0.5  # a pair of the headings above a passage, against one of its own
HEADING_WORDS = 30  # a numbered paragraph's lead longer than this is text, not a title
_LEAD_END = re.compile(r"[:;.\n]")
_NUMBER = re.compile(r"^\d+\.\s*")
# A later piece of a part cut in pieces that is an editors' note, not the document's text.
_NOTE_OPENS = re.compile(r"Ghi chú\b")  # after "(Điều 80, tiếp theo)" and its line break
MAX_REMEMBERED_WORDS = 100_000  # question words and pairs whose IDF is kept
SIDE_BY_SIDE_SAMPLE = 20  # passages read to tell whether a pair's words stand together
PRIOR_BUDGET = 32 * 2**20  # bytes of priors kept per kind of question and documents it names


@dataclass(frozen=True)
class Hit:
    passage: Passage
    position: int  # the passage's place in `SearchIndex.passages`
    score: float  # confidence in 0..1
    rank_score: float


class QueryTerm(NamedTuple):
    """A term of a question and its weight (a named tuple: a question makes dozens, and a
    tuple is made in half the time of a frozen dataclass)."""

    term: str
    weight: float


class Analyzer:
    """Turn text into the words the index knows: NFC, lower case, abbreviations expanded."""

    def __init__(
        self,
        abbreviations: dict[str, str],
        readings: dict[str, list[str]] | None = None,
    ) -> None:
        # Shorthand with several readings ("dk": "điều kiện", "đăng ký", "được"), by fold, each
        # reading as words: it is left as typed here and read where the words around it are
        # known (`SearchIndex._read_shorthand`).
        self.readings: dict[str, list[list[str]]] = {
            fold(key): [words(value) for value in values]
            for key, values in (readings or {}).items()
        }
        self._expansions: dict[tuple[str, ...], list[str]] = {
            tuple(fold(key).split()): words(value) for key, value in abbreviations.items()
        }
        # Abbreviations by their first word, longest first: "tn mt" is tried before "tn".
        self._by_start: dict[str, list[tuple[tuple[str, ...], list[str]]]] = defaultdict(list)
        # An empty expansion drops the words ("viết tắt" in "viết tắt là gì").
        for key, expansion in sorted(self._expansions.items(), key=lambda kv: -len(kv[0])):
            if key:
                self._by_start[key[0]].append((key, expansion))
        self._by_start = dict(self._by_start)
        # Tokens that start no abbreviation, and what they become: the analysis of a token is
        # done once, not at each of its occurrences.
        self._plain: dict[str, str] = {}
        self._starts: dict[str, list[tuple[tuple[str, ...], list[str]]]] = {}
        self._near_keys: dict[str, list[list[str]]] = {}
        self._short_keys: dict[str, tuple[list[str], bool] | None] = {}
        self._questions: dict[str, list[str]] = {}  # the words of the last few questions

    def near_abbreviations(self, folded: str) -> list[list[str]]:
        """The expansions of the abbreviations of MIN_TYPO_LENGTH letters or more that this
        word is with one slip ("tmnt", "ubmd", "stbmt"), those of the likeliest slips only
        (`_slip_rank`): "cstds" is "cstdcs" with a letter lost inside, not "cstd" with one
        added at its end; "bnmt" is "btnmt" or "bnnmt", which the caller tells apart (kept
        per word, as a token's analysis is)."""
        if folded in self._near_keys:
            return self._near_keys[folded]
        near = [
            (_slip_rank(folded, key[0]), expansion)
            for key, expansion in self._expansions.items()
            if len(key) == 1
            and len(key[0]) >= MIN_TYPO_LENGTH
            and OSA.distance(folded, key[0], score_cutoff=1) == 1
        ]
        best = min((rank for rank, _ in near), default=0)
        found = [expansion for rank, expansion in near if rank == best]
        if len(self._near_keys) < MAX_PLAIN_TOKENS:
            self._near_keys[folded] = found
        return found

    def short_of_abbreviation(self, folded: str) -> tuple[list[str], bool] | None:
        """The expansion of the one abbreviation of MIN_TYPO_LENGTH letters that this word is
        with a letter lost ("tmt", "tnt": "tnmt"), if exactly one is, and whether the letter
        was lost inside it ("ubd", "mtq": "ubnd", "mttq"), the slip fingers make; a lost last
        letter makes another abbreviation ("ktx" is no "ktxh") (kept per word)."""
        if folded in self._short_keys:  # (None kept too: no abbreviation is that word)
            return self._short_keys[folded]
        near = {
            (tuple(expansion), 0 < i < MIN_TYPO_LENGTH - 1)
            for key, expansion in self._expansions.items()
            if len(key) == 1 and len(key[0]) == MIN_TYPO_LENGTH
            for i in range(MIN_TYPO_LENGTH)
            if key[0][:i] + key[0][i + 1 :] == folded
        }
        expansions = {expansion for expansion, _ in near}
        result = None
        if len(expansions) == 1:
            result = (list(next(iter(expansions))), all(inside for _, inside in near))
        if len(self._short_keys) < MAX_PLAIN_TOKENS:
            self._short_keys[folded] = result
        return result

    @classmethod
    def from_file(
        cls, path: Path = ABBREVIATIONS_FILE, shorthand: Path = SHORTHAND_FILE
    ) -> "Analyzer":
        """The abbreviations and the chat shorthand (knowledge/shorthand.yaml), alike."""
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        data |= load_shorthand(shorthand)
        return cls(
            {str(k): str(v) for k, v in data.items() if not isinstance(v, list)},
            {str(k): [str(r) for r in v] for k, v in data.items() if isinstance(v, list)},
        )

    def question_words(self, question: str) -> list[str]:
        """`words` of a question, kept for the last few questions: each index of the
        knowledge base reads the same question. Not to be changed by the caller."""
        found = self._questions.get(question)
        if found is None:
            found = self.words(full_years(question))  # "năm 21" asks of 2021
            if len(self._questions) >= RECENT_QUESTIONS:
                self._questions.pop(next(iter(self._questions)))
            self._questions[question] = found
        return found

    def words(self, text: str) -> list[str]:
        raw = words(text)
        out: list[str | None] = list(map(self._plain.get, raw))
        if None in out:
            return self._expand(raw, out)
        return out  # type: ignore[return-value]

    def _expand(self, raw: list[str], known: list[str | None]) -> list[str]:
        """Analyse the tokens not seen before (`known` is None there) and expand
        abbreviations; tokens seen before are taken as they are."""
        plain = self._plain
        starts = self._starts
        out: list[str] = []
        i = 0
        end = len(raw)
        while True:
            try:
                j = known.index(None, i)
            except ValueError:
                break
            out += known[i:j]  # type: ignore[arg-type]
            word = raw[j]
            candidates = starts.get(word)
            if candidates is None:
                folded = fold(word)
                candidates = self._by_start.get(folded)
                if candidates is None:
                    glued = _GLUED_NUMBER.match(folded)
                    if glued and (glued[1],) in self._expansions:  # "ct14" is "chỉ thị 14"
                        out += [*self._expansions[glued[1],], _normal(glued[2])]
                        i = j + 1
                        continue
                    if len(plain) < MAX_PLAIN_TOKENS:
                        plain[word] = _normal(word)
                    out.append(_normal(word))
                    i = j + 1
                    continue
                if len(starts) < MAX_PLAIN_TOKENS:  # the word as written starts these
                    starts[word] = candidates
            for key, expansion in candidates:
                size = len(key)
                if (
                    size == 1
                    or (size == 2 and j + 1 < end and fold(raw[j + 1]) == key[1])
                    or (size > 2 and tuple(fold(w) for w in raw[j : j + size]) == key)
                ):
                    out += expansion
                    i = j + size
                    break
            else:
                out.append(_normal(word))
                i = j + 1
        out += known[i:]  # type: ignore[arg-type]
        return out


_TYPED_WORD = re.compile(r"\w+")
# An abbreviation typed with its number ("ct14", "qd2022").
_GLUED_NUMBER = re.compile(r"^([a-z]{2,})(\d+)$")


def _normal(word: str) -> str:
    """A number without its leading zeros ("07" is "7"); any other word as it is."""
    return word.lstrip("0") or "0" if word.isdigit() else word


def index_terms(tokens: Sequence[str]) -> Counter[str]:
    """Terms of a text for the index: folded words and pairs, and accent keys."""
    terms: Counter[str] = Counter(fold(t) for t in tokens)
    terms.update(accent_key(t) + "|" for t in tokens)
    terms.update(content_pairs(tokens, accented=True))
    return terms


def content_pairs(tokens: Sequence[str], accented: bool) -> list[str]:
    """Folded pairs of adjacent content words, skipping stopwords ("thường trực của Hội đồng")."""
    content = [fold(t) for t in tokens if not is_stopword(t, accented)]
    return [f"{a} {b}" for a, b in pairwise(content)]


class SearchIndex:
    """An inverted index over passages: BM25 over postings that keep their counts."""

    def __init__(
        self, passages: Sequence[Passage], analyzer: Analyzer, saved: "SavedIndex | None" = None
    ) -> None:
        self.passages = passages
        self.analyzer = analyzer
        documents = list({id(p.doc): p.doc for p in self.passages}.values())
        if saved is None:
            saved = _build(self.passages, documents, analyzer)
        self._doc_of = np.asarray(saved.doc_of)
        self._body_of = np.asarray(saved.body_of)
        self._passage = _Field(saved.passage_terms, saved.passage_postings)
        self._document = _Field(saved.document_terms, saved.document_postings)
        self.saved = saved
        self.vocabulary = sorted(
            t for t in self._passage.vocabulary if " " not in t and "|" not in t and not t.isdigit()
        )
        self._doc_numbers = _document_numbers(documents)
        self._kind_of = [f" {fold(doc.kind)} " if doc.kind else "" for doc in documents]
        self._citing_groups = _citing_groups(_documents_citing(documents), self._kind_of)
        self._doc_years = _document_years(documents)
        self._doc_kinds = _document_kinds(documents)
        self._issuer_of = [_issuer_words(doc) for doc in documents]
        self._campaign_issuers = _campaign_issuers(documents, self._issuer_of)
        self._doc_masks: dict[str, np.ndarray] = {}
        self._docs = candidates.layout(self._doc_of, len(documents), self._body_of)
        kinds = np.array([p.kind for p in self.passages])
        self._kind_masks = {kind: kinds == kind for kind in OFF_INTENT_PRIOR}
        # the editors' notes continuing an article in a piece of their own, told once here
        # rather than for every question's candidates (_prefer_official_text)
        self._continued_notes = np.array(
            [
                p.kind == "section" and p.utf8[:1] == b"(" and _continued_note(p.head())
                for p in self.passages
            ],
            dtype=bool,
        )
        self._kind_priors: dict[frozenset[str], np.ndarray] = {}
        self._titles: dict[int, dict[str, float]] = {}
        self._headings: dict[int, frozenset[str]] = {}  # pairs of each passage's own heading
        self._names: dict[str, frozenset[str]] = {}
        self._themes: dict[str, frozenset[str]] = {}
        self._near: dict[str, list[tuple[str, float]]] = {}  # also what corrects a typo
        # known words one letter longer than a word: those much commoner, and all
        self._longer: dict[str, tuple[list[str], list[str]]] = {}
        self._marked: dict[str, list[tuple[str, str, int]]] = {}  # spellings with diacritics
        self._unglued_near: dict[str, list[str]] = {}  # mistyped glued words, as two words
        self._analyses: dict[str, tuple[list[str], list[str], list[str]]] = {}
        self.synonyms = Synonyms.from_file(analyzer.words)
        self._boosted_priors: dict[object, np.ndarray] = {}  # read-only, as _kind_priors
        self._unit_idfs: dict[str, float] = {}
        self._synonym_phrases: dict[tuple[str, ...], tuple[list[tuple[str, float]], float]] = {}
        self._elsewhere: list[_Field] = []  # other indexes of the same knowledge base
        self._side_by_side_pairs: dict[str, bool] = {}
        self._idiom_only: dict[tuple[int, str], bool] = {}  # (passage, word): only in an idiom
        self._doc_positions: dict[str, list[int]] = {}
        for i, p in enumerate(self.passages):
            self._doc_positions.setdefault(p.doc.id, []).append(i)
        self._roles_seen: dict[int, frozenset[str]] = {}  # _addressed_at, as asked
        # _quoted_at, as asked: by position and whether slogans are kept
        self._quoted_seen: dict[tuple[int, bool], tuple[tuple[str, ...], ...]] = {}

    def share_vocabulary(self, other: "SearchIndex") -> None:
        """Take the words of another index of the same knowledge base as known words too:
        a word of the law ("thay", "chuẩn") typed in a question is that word, not a typo for
        a campaign word ("hay", "chắn"); here it stays unknown and weighs as such."""
        self._elsewhere.append(other._passage)

    def _knows(self, term: str) -> bool:
        """Whether this index or one sharing its vocabulary has the word or pair."""
        # the vocabularies themselves: a word is asked of them dozens of times a question
        return term in self._passage.vocabulary or any(
            term in field.vocabulary for field in self._elsewhere
        )

    def passages_saying(self, word: str) -> int:
        """How many passages of this index have the folded word."""
        return self._passage.df(word)

    def unknown_words(self, query: str) -> set[str]:
        """The words of the question, as typed and folded, that this index does not know."""
        return self._unknown(self._analysed(query)[0])

    def _unknown(self, tokens: list[str]) -> set[str]:
        """The folded words this index does not know, but for those of a phrase of
        knowledge/synonyms.yaml ("ngang nhau", "ưu tiên"): its group's other phrases say
        what the documents say of it."""
        known = self._passage.vocabulary  # most words are this index's own: one lookup
        phrased = self._in_synonym_phrases(tokens)
        return {
            word
            for i, token in enumerate(tokens)
            if token.isalpha()
            and i not in phrased
            and (word := fold(token)) not in known
            and not self._knows(word)
        }

    def _in_synonym_phrases(self, tokens: list[str]) -> set[int]:
        """The places of the words in a phrase of several words of knowledge/synonyms.yaml
        ("ngang nhau"): words the documents may lack, which are no slips for theirs."""
        return {
            i for m in self.synonyms.find(tokens, accented=False) for i in range(m.start, m.end)
        }

    def read_words(self, query: str) -> list[str]:
        """The question's words as the search reads them before typos in words are mended:
        abbreviations spelled out, a mistyped one too ("luật tkdt": "luật thi đua khen
        thưởng"). Not to be changed by the caller."""
        return self._analysed(query)[1]

    def unknown_mended(self, query: str) -> set[str]:
        """The words of the question this index does not know once its typos are mended
        ("khônng" is "không"): words of something the documents never speak of."""
        return self._unknown(self._analysed(query)[2])

    def mends_any(self, query: str, words: set[str]) -> bool:
        """Whether this index reads one of these folded words of the question as a slip."""
        return not words <= {fold(t) for t in self._analysed(query)[2]}

    def has_words(self, folded: Sequence[str]) -> bool:
        """Whether some passage has these folded words, each next to the following one."""
        pairs = [f"{a} {b}" for a, b in pairwise(folded)]
        return bool(folded) and all(term in self._passage for term in [*folded, *pairs])

    def _kind_prior(self, asked: frozenset[str]) -> np.ndarray:
        """Down-weight cards and outlines unless asked for (one vector per kind of question)."""
        prior = self._kind_priors.get(asked)
        if prior is None:
            prior = np.ones(len(self.passages), dtype=np.float32)
            for kind, mask in self._kind_masks.items():
                prior[mask] = ON_INTENT_PRIOR[kind] if kind in asked else OFF_INTENT_PRIOR[kind]
            self._kind_priors[asked] = prior
        return prior

    def _query(
        self,
        tokens: list[str],
        terms: list[QueryTerm],
        asked: set[str],
        said: list[str] | None = None,
    ) -> Query:
        """How the question scores passages: its terms, its documents, its priors; `said` is
        the question's words before function words are left out ("của Bộ"), if they were."""
        kind_prior = self._kind_prior(frozenset(asked))
        plain = [fold(t) for t in tokens]
        folded = set(plain)
        text = f" {' '.join(plain)} "
        # (passages of the documents the question names, boost): by number, year or kind.
        boosts = [
            (self._docs_mask(f"number {n}", self._doc_numbers[n]), DOCUMENT_NUMBER_BOOST)
            for n in folded & self._doc_numbers.keys()
            if not self._names_only_citing(n, text)
        ]
        for n in folded & self._citing_groups.keys():
            # "công văn … về CT 14": a kind the numbered document is not names one citing it
            numbered = self._doc_numbers[n].tolist() if n in self._doc_numbers else []
            own = {self._kind_of[i] for i in numbered}
            kinds = {k for k, _ in self._doc_kinds if k in text} - own
            groups = self._citing_groups[n]  # the text is read once per issuer and kind
            chosen = [
                g for g, (issuer, kind, _) in enumerate(groups) if issuer in text or kind in kinds
            ]
            if chosen:
                citing = np.concatenate([groups[g][2] for g in chosen])
                key = f"citing {n} {chosen}"  # the groups chosen make the same documents
                boosts.append((self._docs_mask(key, citing), DOCUMENT_NUMBER_BOOST))
        boosts += [
            (self._docs_mask(f"year {y}", self._doc_years[y]), YEAR_BOOST)
            for y in folded & self._doc_years.keys()
        ]
        boosts += [
            (self._docs_mask(k, docs), KIND_BOOST) for k, docs in self._doc_kinds if k in text
        ]
        if not folded & (self._doc_numbers.keys() | self._citing_groups.keys()):
            # a number names its document better, and the body named after it may be its
            # issuer's, not the campaign's ("KH 3510 của UBND tỉnh" is the department's)
            boosts += [
                (self._docs_mask(f"issuer {issuer}", docs), ISSUER_BOOST)
                for issuer, docs in self._issuers_named(tokens if said is None else said)
            ]

        def prior(ids: np.ndarray | None) -> np.ndarray:
            """Priors of the passages (all when None), favouring a document named by its
            number ("Chỉ thị 14"), a year of its period or its kind. Read-only when shared."""
            if ids is None and not boosts:
                return kind_prior
            if ids is None:  # the masks live as long as the index: their ids name them
                key = (frozenset(asked), tuple((id(mask), boost) for mask, boost in boosts))
                cached = self._boosted_priors.get(key)
                if cached is not None:
                    return cached
            values: np.ndarray = kind_prior.copy() if ids is None else kind_prior[ids]
            for mask, boost in boosts:
                values[mask if ids is None else mask[ids]] *= boost
            if ids is None and (len(self._boosted_priors) + 1) * values.nbytes <= PRIOR_BUDGET:
                self._boosted_priors[key] = values
            return values

        return Query(
            terms=self._passage.usable(terms, common_cutoff=True),
            doc_scores=DOCUMENT_WEIGHT * self._document.scores(terms, common_cutoff=False),
            prior=prior,
            max_prior=max(1.0, *ON_INTENT_PRIOR.values()) * math.prod(b for _, b in boosts),
        )

    def _issuers_named(self, said: list[str]) -> list[tuple[str, np.ndarray]]:
        """The issuers of campaigns the question names, each with its documents: by the
        first words of its name ("sở tài nguyên", "ủy ban nhân") or, alone, by its level
        ("của Bộ": every campaign a ministry issued)."""
        text = f" {' '.join(fold(t) for t in said)} "
        levels = _bare_body_levels(said)
        return [
            (issuer, docs)
            for issuer, docs in self._campaign_issuers.items()
            if issuer in text or issuer.split()[0] in levels
        ]

    def _names_only_citing(self, number: str, text: str) -> bool:
        """Whether the question names the issuer of a document carrying out the numbered one,
        and not the numbered one's own ("sở tnmt kon tum hưởng ứng ct14 thế nào"): it asks
        about the department's letter, which the number does not name."""
        numbered = self._doc_numbers[number].tolist()
        citing = self._citing_groups.get(number, [])
        return any(issuer in text for issuer, _, _ in citing) and not any(
            self._issuer_of[i] and self._issuer_of[i] in text for i in numbered
        )

    def _docs_mask(self, key: str, docs: np.ndarray) -> np.ndarray:
        """Which passages belong to these documents (kept per number, year or kind)."""
        mask = self._doc_masks.get(key)
        if mask is None:
            mask = self._doc_masks[key] = np.isin(self._doc_of, docs)
        return mask

    def _prefer_specific(
        self,
        candidates: np.ndarray,
        coverage: np.ndarray,
        rank: np.ndarray,
        named: frozenset[str] | None = None,
    ) -> None:
        """Rank an outline below a passage inside it that covers the question as well. When
        a list is asked ("tiêu chí … gồm những gì"), only below a part whose own heading has
        `named`, the question's pairs, that the outline's does not ("… tập thể có những gì":
        "1. Đối với tập thể"): the part the question names is the list it asks for."""
        outlines = np.flatnonzero(self._kind_masks["outline"][candidates]).tolist()
        if not outlines:  # most questions: no outline among the candidates
            return
        found = [self.passages[pid] for pid in candidates.tolist()]
        covered = coverage.tolist()  # Python floats: compared one by one below
        sections = [
            (j, p)
            for j, p in enumerate(found)
            if p.kind == "section"
            and (named is None or not named.isdisjoint(self._heading_pairs(int(candidates[j]))))
        ]
        if not sections:
            return
        for i in outlines:
            doc, scope = found[i].doc, found[i].scope
            # (the words naming the document name none of its parts: `_prefer_outline`)
            own = named - set(self._pairs(doc.title)) if named is not None else None
            inside = [
                j
                for j, other in sections
                if other.doc is doc
                and other.section.startswith(scope)
                and covered[j] >= covered[i]
                and (own is None or self._names_more(own, candidates[j], candidates[i]))
            ]
            if inside:
                rank[i] = min(rank[i], 0.9 * max(rank[j] for j in inside))

    def _prefer_outline(
        self, candidates: np.ndarray, coverage: np.ndarray, rank: np.ndarray, named: frozenset[str]
    ) -> None:
        """ "Kế hoạch … có những nội dung gì": a list of parts is asked, which the outline
        of the document is, or of its part whose heading has some of the pairs `named` by
        the question ("nội dung phong trào … có gì": "I. Nội dung Phong trào thi đua", by
        "dung phong"), other than its document's title's; it
        answers before the parts of its document that cover the question no better, whose
        longer text says the document's words more often ("Sóc Trăng" in an item). A part
        the question names is still preferred after (`_prefer_specific`)."""
        # (the words naming the document name none of its parts: "kế hoạch thi đua … gồm
        # những nội dung gì" is not asking for "I. Nội dung Phong trào thi đua")
        outlines = [
            i
            for i in np.flatnonzero(self._kind_masks["outline"][candidates]).tolist()
            if not (outline := self.passages[int(candidates[i])]).scope
            or not (named - set(self._pairs(outline.doc.title))).isdisjoint(
                self._heading_pairs(int(candidates[i]))
            )
        ]
        if not outlines:
            return
        found = [self.passages[pid] for pid in candidates.tolist()]
        covered, ranked = coverage.tolist(), rank.tolist()
        for i in outlines:
            beaten = [
                ranked[j]
                for j, other in enumerate(found)
                if other.doc is found[i].doc
                and other.kind != "outline"
                and covered[j] <= covered[i]
            ]
            if beaten and max(beaten) > ranked[i]:
                # (above them, in the order the outlines had)
                rank[i] = max(beaten) * OUTLINE_LEAD + ranked[i] * 1e-3

    def _names_more(self, named: frozenset[str], part: int, outline: int) -> bool:
        """Whether the part's own heading has some of the pairs `named` that the outline's
        heading has not."""
        return bool((self._heading_pairs(int(part)) & named) - self._heading_pairs(int(outline)))

    def _prefer_official_text(
        self, candidates: np.ndarray, coverage: np.ndarray, rank: np.ndarray
    ) -> None:
        """Answer with an article's own text ("Điều 80. …") rather than the editors' note
        that follows it in a piece of its own ("(Điều 80, tiếp theo) Ghi chú (không phải lời
        văn của Luật): …") when the article answers too: the note explains the text, it
        does not replace it."""
        notes = np.flatnonzero(self._continued_notes[candidates]).tolist()
        if not notes:
            return
        passages = [self.passages[pid] for pid in candidates.tolist()]
        heads = {
            (piece.doc.id, piece.section): i
            for i, piece in enumerate(passages)
            if piece.kind == "section" and piece.utf8[:1] != b"(" and coverage[i] >= MIN_CONFIDENCE
        }
        for i in notes:
            head = heads.get((passages[i].doc.id, passages[i].section))
            if head is not None and rank[i] > rank[head]:
                rank[head], rank[i] = rank[i], rank[head]

    def _prefer_defining(
        self, tokens: list[str], candidates: np.ndarray, coverage: np.ndarray, rank: np.ndarray
    ) -> None:
        """Raise the passage with a sentence that opens on what the question asks about and
        says what it is ("năm 2022 có ý nghĩa gì" → "Năm 2022 là năm tạo nền tảng…"): every
        passage of the year's plan names the year, this one defines it."""
        opening = _definition(tokens)
        if opening is None:
            return
        for i in np.flatnonzero(coverage >= MIN_CONFIDENCE):
            if opening(fold(self.passages[candidates[i]].text)):
                rank[i] *= DEFINING_BOOST

    def _prefer_subject(
        self,
        pairs: list[str],
        said: list[str],
        candidates: np.ndarray,
        coverage: np.ndarray,
        rank: np.ndarray,
    ) -> None:
        """Raise a passage whose own heading names the conditions asked of what the question
        opens on, its subject ("sáng kiến được cơ sở công nhận cần điều kiện gì" → "Điều 3.
        Sáng kiến (điều kiện công nhận sáng kiến)"): another passage may say the question's
        words in passing (the article on a title requiring "sáng kiến được cơ sở công nhận").
        A question that opens on the conditions asks them of what follows ("điều kiện công
        nhận sáng kiến theo Điều lệ Sáng kiến"): then a heading naming any of that will do,
        over the document's opening that names the document the question cites. Conditions
        may be asked without the word ("sáng kiến được công nhận khi nào", _ASKS_CONDITIONS);
        an article named by the very thing the question names ("Điều 3. Sáng kiến") rises
        again over one that only requires it."""
        at = next((i for i, pair in enumerate(pairs) if pair in CONDITION_PAIRS), None)
        text = f" {' '.join(fold(t) for t in said)} "
        if at is None:
            if not _ASKS_CONDITIONS.search(text):
                return
            # asked in other words ("được công nhận khi nào", "trường hợp nào không được"):
            # a heading naming conditions of something the question names
            asked_any, subject = CONDITION_PAIRS, set(pairs)
        else:
            asked_any = frozenset((pairs[at],))
            # past the pair that straddles the condition word ("kiện công")
            subject = set(pairs[at + 2 :]) - CONDITION_PAIRS if at == 0 else {pairs[0]}
        for i in np.flatnonzero(coverage >= MIN_CONFIDENCE):
            heading = self._heading_pairs(int(candidates[i]))
            if not subject.isdisjoint(heading - asked_any) and not asked_any.isdisjoint(heading):
                rank[i] *= SUBJECT_BOOST
                # an article named by what the question names whole ("Điều 3. Sáng kiến
                # (điều kiện …)"), not by a title that only requires it, is the law on it
                name = _TITLE_NAME.sub("", fold(passage_title(self.passages[candidates[i]])))
                name = name.split("(", 1)[0].strip()
                if " " in name and f" {name} " in text:
                    rank[i] *= SUBJECT_BOOST

    def _prefer_basis_line(
        self, kind: str, candidates: np.ndarray, coverage: np.ndarray, rank: np.ndarray
    ) -> None:
        """ "Phát động theo kế hoạch nào": what a document carries out is the line "Căn cứ: …"
        of its card when it names a document of that `kind` (any, when empty); the card,
        which says no "theo" again, answers before the passages of its document that
        cover the question as far (its opening, an item naming the campaign), as it does
        when "căn cứ" is said. Not when its bases are of another kind ("theo nghị quyết
        nào" of a directive resting on two directives: a passage citing one answers)."""
        found = [self.passages[pid] for pid in candidates.tolist()]
        covered = coverage.tolist()
        for i, card in enumerate(found):
            if card.kind != "info":
                continue
            line = next((ln for ln in card.text.split("\n") if ln.startswith("Căn cứ: ")), "")
            if not line or kind not in fold(line):
                continue
            own = [j for j, p in enumerate(found) if p.doc is card.doc and j != i]
            if own and covered[i] >= max(covered[j] for j in own):
                rank[i] = max(rank[i], *(rank[j] * 1.01 for j in own))

    def _prefer_addressed(
        self, said: list[str], candidates: np.ndarray, coverage: np.ndarray, rank: np.ndarray
    ) -> None:
        """Raise a part addressed to the people the question names ("giám đốc sở tnmt các
        tỉnh phải làm gì": "- Thủ trưởng các đơn vị thuộc Bộ, Giám đốc các Sở …"; "cá nhân là
        thủ trưởng đơn vị cần thêm gì": "Đối với cá nhân là lãnh đạo thủ trưởng đơn vị: …")
        over one that only speaks of them ("- Tham mưu Giám đốc Sở …"), by the share of
        them it addresses."""
        asked = _roles_in(f" {' '.join(fold(t) for t in said)} ")
        if not asked:
            return
        for i in np.flatnonzero(coverage >= MIN_CONFIDENCE).tolist():
            share = len(asked & self._addressed_at(int(candidates[i]))) / len(asked)
            if share:
                rank[i] *= ROLE_BOOST**share

    def _addressed_at(self, position: int) -> frozenset[str]:
        """Whom the passage addresses (_addressed), worked out when a question first names
        a role; an outline of a part ("III. Tiêu chí thi đua"), whom the parts inside it
        address ("1. Đối với tập thể", "2. Đối với cá nhân"). Not at load: a library of
        10,000 documents would pay for it on every start."""
        found = self._roles_seen.get(position)
        if found is None:
            passage = self.passages[position]
            if passage.kind == "outline" and passage.scope:
                inside = (
                    self.passages[j]
                    for j in self._doc_positions[passage.doc.id]
                    if self.passages[j].section.startswith(passage.scope)
                )
                found = frozenset().union(*(_addressed(p) for p in inside))
            else:
                found = _addressed(passage)
            self._roles_seen[position] = found
        return found

    def _quoted_at(self, position: int, slogans: bool = True) -> tuple[tuple[str, ...], ...]:
        """The names the passage quotes (_quoted_names), worked out when a question first
        asks "which X"; not at load, for the same reason as _addressed_at."""
        found = self._quoted_seen.get((position, slogans))
        if found is None:
            found = _quoted_names(self.passages[position], slogans)
            self._quoted_seen[(position, slogans)] = found
        return found

    def _prefer_counted(
        self, said: list[str], candidates: np.ndarray, coverage: np.ndarray, rank: np.ndarray
    ) -> None:
        """Raise a part that counts what the question counts, in its words ("4 phong trào
        thủ tướng phát động là những gì": "trọng tâm là 4 phong trào thi đua đã được Thủ
        tướng Chính phủ phát động: …"): it lists them; others speak of the same things."""
        plain = [fold(t) for t in said]
        counted = [
            pair
            for before, a, b in zip(["", *plain], plain, plain[1:], strict=False)
            if a.isdecimal()  # ("²".isdigit() is true, but int("²") fails)
            and int(a) <= MAX_COUNTED
            and a not in self._doc_numbers  # "ct 14/ct-ubnd": a document's number
            and before not in NUMBERING
            and b.isalpha()
            and (pair := f"{a} {b}") in self._passage
        ]
        if not counted:
            return
        answering = np.flatnonzero(coverage >= MIN_CONFIDENCE)
        has = self._passage.presence(counted, self._body_of[candidates[answering]]).max(axis=0)
        rank[answering[has > 0]] *= SUBJECT_BOOST

    def _prefer_named_which(
        self, said: list[str], candidates: np.ndarray, coverage: np.ndarray, rank: np.ndarray
    ) -> None:
        """Raise a part with a quoted name that the words the question asks "which" of open
        ("có nhắc phong trào doanh nghiệp nào không": "“Doanh nghiệp Việt Nam hội nhập và
        phát triển”"; "phong trào cán bộ công chức nào": "“Cán bộ, công chức, viên chức thi
        đua …”"): others may say the words in passing ("người dân và doanh nghiệp")."""
        plain = [fold(t) for t in said]
        runs = [
            plain[j:i]
            for i, word in enumerate(plain)
            if word == WHICH
            for j in range(max(i - WHICH_WORDS, 0), i - 1)
        ]
        named = _movement_named(plain)
        # ... or, with no quotes, one naming the kind asked for LISTED times or more: it lists
        # such things ("nhắc những chỉ số nào": "Chỉ số …(PAPI), Chỉ số …, Chỉ số …(PCI)").
        # Only when several are asked for: "theo nghị quyết nào" asks for the one it rests
        # on, not a line citing three.
        kinds = {
            f" {a} {b} "
            for many, a, b, which in zip(plain, plain[1:], plain[2:], plain[3:], strict=False)
            if many in SEVERAL and which == WHICH
        }
        if not runs and not named:
            return
        for i in np.flatnonzero(coverage >= MIN_CONFIDENCE).tolist():
            names = self._quoted_at(int(candidates[i]))
            movements = self._quoted_at(int(candidates[i]), slogans=False) if named else ()
            if (
                any(
                    name[:2] == tuple(run[:2]) and set(run) <= set(name)
                    for name in names
                    for run in runs
                )
                or any(_within_name(run, name) for name in movements for run in named)
                or self._lists_kind(int(candidates[i]), kinds)
            ):
                rank[i] *= SUBJECT_BOOST

    def _lists_kind(self, position: int, kinds: set[str]) -> bool:
        """Whether a line of the passage names one of the `kinds` (folded, padded) LISTED
        times or more (a passage may name "phong trào" in line after line in passing)."""
        if not kinds:
            return False
        lines = self.passages[position].text.splitlines()
        folded = (f" {' '.join(fold(w) for w in words(line))} " for line in lines)
        return any(line.count(kind) >= LISTED for line in folded for kind in kinds)

    def _prefer_opening(
        self,
        tokens: list[str],
        accented: bool,
        candidates: np.ndarray,
        coverage: np.ndarray,
        rank: np.ndarray,
    ) -> None:
        """A message that only names a document, asking nothing of it ("kế hoạch phát động thi
        đua năm 2022 của sở tnmt sóc trăng"), asks for the document as a whole: its opening,
        which says what it launches and why, rather than a part that repeats its name."""
        answerable = np.flatnonzero(coverage >= MIN_CONFIDENCE)
        if answerable.size == 0:
            return
        top = int(answerable[np.argmax(rank[answerable])])
        doc = self.passages[int(candidates[top])].doc
        said = {fold(t) for t in tokens if _is_content(t, accented)}
        text = f" {' '.join(fold(t) for t in tokens)} "
        if (
            not doc.is_campaign
            or f" {fold(doc.kind)} " not in text  # named as the kind of document it is
            or not said <= self._name_units(doc)
        ):
            return
        for i in answerable:
            passage = self.passages[int(candidates[i])]
            if passage.doc is doc and passage.kind == "intro":
                rank[i] = max(rank[i], rank[top] * 1.01)
                return

    def _cards_name_recipients(
        self,
        units: list[tuple[str, float, str | None]],
        candidates: np.ndarray,
        coverage: np.ndarray,
    ) -> None:
        """A card with a line of recipients ("Kính gửi:", "Nơi nhận:") answers "gửi đến những
        ai" by that line, which says no "gửi đến" again: the card covers such a question as
        far as it covers its other words."""
        cards = [
            i
            for i, pid in enumerate(candidates.tolist())
            if self.passages[pid].kind == "info"
            and _RECIPIENT_LINES.search(self.passages[pid].text)
        ]
        rest = [unit for unit in units if SENDING_WORDS.isdisjoint(unit[0].split())]
        if not cards or not rest or len(rest) == len(units):
            return
        at = np.array(cards)
        coverage[at] = np.maximum(coverage[at], self._coverage(rest, candidates[at]))

    def _prefer_about(
        self, subject: list[str], candidates: np.ndarray, coverage: np.ndarray, rank: np.ndarray
    ) -> None:
        """Raise a passage that opens on what the question asks it says something about
        ("bộ có nói gì về sáng kiến": "3. Xây dựng cơ chế khuyến khích việc đăng ký các sáng
        kiến, …"): others may name it in passing as often."""
        accented = any(has_marks(t) for t in subject)
        content = [t for t in subject if _is_content(t, accented)]
        pairs = content_pairs(content, accented=True)
        wanted = pairs or [fold(t) for t in content]
        if not wanted:
            return
        answering = np.flatnonzero(coverage >= MIN_CONFIDENCE).tolist()
        leading = [
            i
            for i in answering
            if all(f" {u} " in _lead_clause(self.passages[int(candidates[i])]) for u in wanted)
        ]
        # none opens on it: in the document found best, those that say it at all ("nói gì
        # về vắc xin": the one item on the vaccination, in the middle of its sentence), over
        # its opening that does not (not its outline: it names every part, and is about none)
        best = max(answering, key=lambda i: rank[i], default=None)
        doc = self.passages[int(candidates[best])].doc.id if best is not None else ""
        saying = leading or [
            i
            for i in answering
            if self.passages[int(candidates[i])].doc.id == doc
            and self.passages[int(candidates[i])].kind != "outline"
            and all(f" {u} " in _folded_text(self.passages[int(candidates[i])]) for u in wanted)
        ]
        for i in saying:
            rank[i] *= SUBJECT_BOOST

    def _prefer_topic(
        self,
        units: list[tuple[str, float, str | None]],
        ordinal: int | None,
        candidates: np.ndarray,
        coverage: np.ndarray,
        rank: np.ndarray,
    ) -> None:
        """A question that names a document and asks of a topic in it ("CT 14 Kon Tum nói gì
        về covid", "công văn covid của sở có nội dung về vắc xin không") is answered by the
        part that says the topic, not by the opening that repeats the document's name: the
        words naming the document (its number, title, issuer, theme, year) tell which
        document, and only the others, the topic, tell its parts apart. When the part found
        first says less than FEW_OF_TOPIC of what another part says of the topic, each part
        rises by the share of the topic its own text has (not the outline: it names every
        part and is about none); a part found first that says much of it was found for it.
        Of a numbered item cut in pieces, the opening piece answers before a later one when
        it says the topic as fully. An item the question counts to ("nội dung thi đua
        thứ 2") is the one so numbered in a part whose heading the question names ("I. Nội
        dung Phong trào thi đua › 2. …"), or in the document itself."""
        answering = np.flatnonzero(coverage >= MIN_CONFIDENCE).tolist()
        if not answering or not units:
            return
        ids = candidates.tolist()
        ranked = rank.tolist()  # as Python numbers, read before any is raised
        best = max(answering, key=ranked.__getitem__)
        doc_of = self._doc_of.take(candidates).tolist()
        doc = doc_of[best]
        topic = self._topic_of(units, doc, ids[best])
        if topic is None or (sum(w for _, w in topic) <= 0 and ordinal is None):
            return
        own = [i for i in answering if doc_of[i] == doc]
        parts = [i for i in own if self.passages[ids[i]].kind != "outline"]
        if len(parts) < 2:
            return
        at = np.array([ids[i] for i in parts])
        found = self._passage.presence([u for u, _ in topic], self._body_of[at])
        # a topic word most parts say ("khen thưởng" in a letter on emulation) is said in
        # passing; one few parts say ("covid") tells the part that is about it
        weights = np.array([w for _, w in topic]) * np.log1p(len(parts) / (1 + found.sum(axis=1)))
        shares = (weights @ found) / max(float(weights.sum()), 1e-9)
        says = dict(zip(parts, shares.tolist(), strict=True))
        if says[max(parts, key=ranked.__getitem__)] < FEW_OF_TOPIC * max(says.values()):
            for i in parts:
                rank[i] *= 1 + TOPIC_WEIGHT * says[i]
        if ordinal is not None:
            asked = {unit for unit, _ in topic if " " in unit}  # not those naming the document
            top = max(rank[i] for i in answering)
            if ordinal == LAST:  # "nội dung cuối cùng": the highest number of that list
                ordinal = self._last_number([ids[i] for i in parts], asked)
            counting = [i for i in parts if self._counts_to(ids[i], ordinal, asked)]
            if not asked:  # no list named: the document's first ("I. Nội dung …"), its main one
                counting = sorted(counting, key=lambda i: ids[i])[:1]
            for i in counting:
                rank[i] = max(rank[i], top * 1.01)
        heads = {
            self.passages[ids[i]].section: i
            for i in parts
            if self.passages[ids[i]].kind == "section"
            and self.passages[ids[i]].utf8[:1] != b"("  # (the text is not decoded for it)
            # a numbered item ("4. Tiếp tục …"), not an article cut in pieces
            and item_number(self.passages[ids[i]].section.split(" › ")[-1]) is not None
        }
        for i in parts:
            head = heads.get(self.passages[ids[i]].section)
            if head is not None and head != i and says[head] >= says[i] > 0:
                rank[head] = max(rank[head], rank[i] * 1.01)

    def _topic_of(
        self, units: list[tuple[str, float, str | None]], doc: int, position: int
    ) -> list[tuple[str, float]] | None:
        """The question's units that are not words naming the document `doc` (its number,
        title, issuer, theme, year; `position` is one of its passages): the topic asked of
        it. None when the question does not name it (its name carries less than
        NAMING_SHARE of the question's weight)."""
        # a pair of two words of the name ("văn sở" of "công văn sở …"), or of one and a
        # joining word ("kiến theo" of "sáng kiến theo nghị định 13"), is no topic
        terms = sorted({u for unit, _, _ in units for u in [unit, *unit.split()]})
        present = self._document.presence(terms, np.array([doc]))[:, 0].tolist()
        theme = self._theme_units(self.passages[position].doc)  # "phong trào … covid"
        named = {u for u, found in zip(terms, present, strict=True) if found or u in theme}
        total = sum(weight for _, weight, _ in units)
        naming = sum(weight for unit, weight, _ in units if unit in named)
        if naming < NAMING_SHARE * total:
            return None
        return [
            (u, w)
            for u, w, _ in units
            if u not in named
            and not named.issuperset(v for v in u.split() if v not in FOLDED_SCAFFOLDING)
        ]

    def _opening_yields(
        self,
        units: list[tuple[str, float, str | None]],
        candidates: np.ndarray,
        coverage: np.ndarray,
        rank: np.ndarray,
    ) -> None:
        """A question that names a document and asks one fact of it ("chỉ thị 14/CT-UBND
        của chủ tịch UBND tỉnh Kon Tum yêu cầu phòng chống dịch theo nghị quyết nào", "theo
        thông tư 18/2013 … mẫu đơn gồm những mục gì") is answered by the part stating the
        fact, not by the document's opening, which ranks first only because it repeats the
        document's name (its number, issuer, title): when the opening is found first and a
        part of the same document covers more of the question and says more of the topic
        (the words not naming the document; at least TOPIC_SAID of it, and where no more than
        half the document's parts say as much), that part answers first. Not of "nói về gì",
        which the opening tells, nor of a card's fact (who issued it, when)."""
        answering = np.flatnonzero(coverage >= MIN_CONFIDENCE).tolist()
        if not answering or not units:
            return
        ids = candidates.tolist()
        ranked = rank.tolist()
        best = max(answering, key=ranked.__getitem__)
        if self.passages[ids[best]].kind != "intro":
            return
        doc_of = self._doc_of.take(candidates).tolist()
        topic = self._topic_of(units, doc_of[best], ids[best])
        if topic is None:
            return
        # "nói về gì": what the document says as a whole, which its opening tells
        topic = [(u, w) for u, w in topic if _SAYING.keys().isdisjoint(u.split())]
        weights = np.array([w for _, w in topic])
        if weights.sum() <= 0:  # names it, and asks nothing more of it
            return
        own = [
            i
            for i in answering
            if doc_of[i] == doc_of[best] and self.passages[ids[i]].kind in ("section", "intro")
        ]
        at = np.array([ids[i] for i in own])
        found = self._passage.presence([u for u, _ in topic], self._body_of[at])
        shares = ((weights @ found) / float(weights.sum())).tolist()
        says = dict(zip(own, shares, strict=True))
        covered = coverage.tolist()
        stating = [
            i
            for i in own
            if self.passages[ids[i]].kind == "section"
            and covered[i] > covered[best]
            and says[i] >= TOPIC_SAID
            and says[i] > says[best]
            # a topic most parts say ("bao nhiêu mục": every "mục N") tells none apart
            and 2 * sum(says[j] >= says[i] for j in own) <= len(own)
        ]
        if stating:
            part = max(stating, key=ranked.__getitem__)
            rank[part] = max(rank[part], ranked[best] * 1.01)

    def _last_number(self, positions: list[int], asked: set[str]) -> int:
        """The number of the last item of the first list among the passages (a part whose
        heading has a pair of `asked`, any when none is asked)."""
        listed = sorted(p for p in positions if self._counts_to(p, None, asked))
        if not listed:
            return LAST
        part = self.passages[listed[0]].section.rsplit(" › ", 1)[:-1]
        return max(
            number
            for p in listed
            if self.passages[p].section.rsplit(" › ", 1)[:-1] == part
            and (number := item_number(self.passages[p].section.split(" › ")[-1])) is not None
        )

    def _counts_to(self, position: int, ordinal: int | None, asked: set[str]) -> bool:
        """Whether the passage is item number `ordinal` (any number when None: "mục 2", "2.
        Đối với cá nhân", "II. …") of its document, or of a part whose heading has a pair of
        `asked`, or of any part when none is asked."""
        *above, own = self.passages[position].section.split(" › ")
        number = item_number(own)
        if number is None or (ordinal is not None and number != ordinal):
            return False
        return not above or not asked or not asked.isdisjoint(self._pairs(" ".join(above)))

    def _heading_pairs(self, position: int) -> frozenset[str]:
        found = self._headings.get(position)
        if found is None:
            found = frozenset(self._pairs(passage_title(self.passages[position])))
            if len(self._headings) < MAX_NEAR_WORDS:
                self._headings[position] = found
        return found

    def named_kinds(self, query: str) -> frozenset[str]:
        """The kinds of document the question names, folded ("công văn", "cv": "cong van")."""
        text = f" {' '.join(fold(t) for t in self._analysed(query)[2])} "
        return frozenset(kind for kind in DOCUMENT_KINDS if f" {kind} " in text)

    def asks_definition(self, query: str) -> bool:
        """Whether the question asks what something is ("sáng kiến là gì")."""
        return _defined_subject(self._analysed(query)[2]) is not None

    def defines(self, position: int, query: str) -> bool:
        """Whether the passage has a sentence opening on what the question asks to be
        defined and saying what it is ("1. Sáng kiến là giải pháp …")."""
        opening = _definition(self._analysed(query)[2])
        return opening is not None and opening(fold(self.passages[position].text))

    def search(
        self, query: str, limit: int = 3, matters: Callable[[float], bool] | None = None
    ) -> list[Hit]:
        """Return up to `limit` passages that answer the query, best first; [] if none does.
        `matters` tells whether hits whose best coverage is this one could change what the
        caller answers (never for a lower one when not for a higher one): when not, [] is
        returned as soon as that is known, before the passages are ranked."""
        _, mended, tokens = self._analysed(query)
        said = tokens  # as typed and mended, before function words are left out
        accented = _typed_with_marks(query)
        if accented and tokens != mended:
            tokens = self._with_marks(mended, tokens)
        if tokens != mended:
            # a slip inside a phrase the dictionary rewrites ("có ý nhhĩa gì" is "có ý nghĩa
            # gì", which asks as "là gì" does) is read once mended
            tokens = self.analyzer.words(" ".join(tokens))
        asked = _asked_kinds(tokens)
        if "info" in asked and _asks_date(tokens) and self._cites_another(tokens):
            asked.discard("info")
        tokens, subject = _split_saying(tokens)
        tokens, asked_to = _split_asked_to(tokens)
        subject = subject or asked_to or _asked_about(tokens)
        if not accented:
            tokens = self._without_function_words(tokens)
        terms = _query_terms(tokens, accented)
        pairs = [t.term for t in terms if " " in t.term]  # the question's own, in order
        if not any(_is_content(t, accented) for t in tokens):
            return []
        synonyms = self.synonyms.find(tokens, accented)
        if synonyms:
            terms += self._synonym_terms(synonyms, {t.term for t in terms})
        units = self._weighted_units(tokens, accented)
        counted = _item_asked(" ".join(fold(t) for t in said))
        if counted is not None and (counted.noun == "khoan" or counted.letter):
            # a law's clause or point ("khoản 2", "điểm b"): read as words; a point named by
            # a number ("điểm 7") is a campaign document's numbered item
            counted = None
        ordinal = counted.number if counted is not None else None
        if counted is not None:  # "thứ hai" says which item ("2. …"), which says neither word
            units = [u for u in units if set(counted.words.split()).isdisjoint(u[0].split())]
        recipients = "info" in asked and _asks_recipients(tokens)
        if not recipients:  # no passage could cover enough, whichever the candidates
            bound = self._coverage_bound(units, tokens, synonyms)
            if bound < MIN_CONFIDENCE or (matters is not None and not matters(bound)):
                return []
        scoring = self._query(tokens, terms, asked, said)
        found, scores = candidates.top(self._passage, scoring, self._docs, CANDIDATES)
        if found.size == 0:
            return []
        coverage = self._coverage(units, found, self._synonym_credit(tokens, synonyms, found))
        if recipients:
            self._cards_name_recipients(units, found, coverage)
        best = float(coverage.max())
        if best < MIN_CONFIDENCE or (matters is not None and not matters(best)):
            return []  # no candidate covers enough to answer: how they rank cannot matter
        rank = scores * coverage**COVERAGE_POWER
        if "outline" in asked:  # "gồm những nội dung gì": "nội dung" asks, names no part
            units = [u for u in units if u[0] not in LIST_PAIRS]
        self._prefer_titled(units, found, coverage, rank)
        if "outline" not in asked:
            self._prefer_specific(found, coverage, rank)
        else:
            if LIST_ASKED.search(f" {' '.join(fold(t) for t in said)} "):  # (not "bao nhiêu")
                self._prefer_outline(found, coverage, rank, frozenset(pairs) - LIST_PAIRS)
            self._prefer_specific(found, coverage, rank, frozenset(pairs))
        self._prefer_official_text(found, coverage, rank)
        self._prefer_defining(tokens, found, coverage, rank)
        self._prefer_subject(pairs, said, found, coverage, rank)
        self._prefer_addressed(said, found, coverage, rank)
        basis = ASKS_BASIS_OF_KIND.search(f" {' '.join(fold(t) for t in said)} ")
        if basis is not None:
            self._prefer_basis_line(BASIS_KINDS[basis.group(1)], found, coverage, rank)
        self._prefer_counted(said, found, coverage, rank)
        self._prefer_named_which(said, found, coverage, rank)
        if subject:
            self._prefer_about(subject, found, coverage, rank)
        if not asked and not _asks_date(tokens):  # a card's fact, a list: no topic in it
            self._prefer_topic(units, ordinal, found, coverage, rank)
        if "info" not in asked and not _asks_date(tokens):  # a card's fact, its opening's date
            self._opening_yields(units, found, coverage, rank)
        if not asked and QUESTION_WORDS.isdisjoint(map(fold, said)):
            self._prefer_opening(tokens, accented, found, coverage, rank)
        order = np.argsort(-rank, kind="stable")
        # As Python numbers: reading numpy arrays one element at a time costs more than
        # the whole ranking, and only the first `limit` answerable passages are wanted.
        ids, covered, ranked = found.tolist(), coverage.tolist(), rank.tolist()
        hits: list[Hit] = []
        for i in order.tolist():
            if covered[i] >= MIN_CONFIDENCE and ranked[i] > 0:
                hits.append(Hit(self.passages[ids[i]], ids[i], covered[i], ranked[i]))
                if len(hits) >= limit > 0:
                    break
        return hits[:limit]

    def _analysed(self, query: str) -> tuple[list[str], list[str], list[str]]:
        """The question's words, then with mistyped abbreviations mended, then with typos
        corrected; kept for the last few questions (the title answers and the search read
        the same)."""
        found = self._analyses.get(query)
        if found is None:
            typed = self.analyzer.question_words(query)
            mended = self._in_figures(self._mend_abbreviations(typed))
            found = (typed, mended, self._in_figures(self._correct(mended)))
            if len(self._analyses) >= RECENT_QUESTIONS:
                self._analyses.pop(next(iter(self._analyses)))
            self._analyses[query] = found
        return found

    def _in_figures(self, tokens: list[str]) -> list[str]:
        """The words with a count written out before what it counts ("bốn phong trào", "năm
        nội dung") in figures, as the documents write it ("4 phong trào"), where they have
        that pair: "năm 2021" is a year, "sau khi" says no sixth."""
        if not COUNT_WORDS.keys() & map(fold, tokens):
            return tokens
        read = list(tokens)
        for i, (word, counted) in enumerate(pairwise(tokens)):
            value = COUNT_WORDS.get(fold(word))
            if value is None or (has_marks(word) and nfc(word).lower() not in MARKED_COUNTS):
                continue
            if f"{value} {fold(counted)}" in self._passage:
                read[i] = str(value)
        return read

    def heading_pairs(self, position: int, query: str) -> int:
        """How many word pairs of the question the passage's own heading has."""
        own = set(self._pairs(passage_title(self.passages[position])))
        return len(own & set(self._pairs(query))) if own else 0

    def spelled(self, query: str, keep: Callable[[str], bool] | None = None) -> str | None:
        """The question with its mistyped words mended ("lđtt thưởgn bao nhiêu %" →
        "lđtt thuong bao nhiêu %"), everything else as typed; None when none was. Words
        `keep` says are known elsewhere (folded) are no slips here either."""
        typed, _, mended = self._analysed(query)
        if mended is typed or mended == typed:
            return None
        # a typed word may have become several ("cstdxs": "chiến sĩ thi đua cơ sở")
        fixes = {
            typed[i]: " ".join(mended[j:k])
            for kind, i, end, j, k in SequenceMatcher(
                None, typed, mended, autojunk=False
            ).get_opcodes()
            if kind == "replace" and end == i + 1 and not (keep and keep(fold(typed[i])))
        }
        if not fixes:
            return None
        return _TYPED_WORD.sub(lambda w: fixes.get(w[0].lower(), w[0]), nfc(query))

    def _cites_another(self, tokens: list[str]) -> bool:
        """Whether the question names a document by a number no document here has ("Chỉ
        thị 34-CT/TW ban hành ngày nào"): its date is then where a document cites it ("Chỉ
        thị số 34-CT/TW ngày 07 tháng 4 năm 2014"), not in any document's card."""
        plain = [fold(t) for t in tokens]
        return any(
            word.isdigit()
            and word not in self._doc_numbers
            and (" ".join(plain[max(i - 2, 0) : i]) in DOCUMENT_KINDS or plain[i - 1 : i] == ["so"])
            for i, word in enumerate(plain)
        )

    def _without_function_words(self, folded: list[str]) -> list[str]:
        """Leave out the folded words that read here as function words: a word whose most
        common reading in the knowledge base is a function word ("khi", "để", "có"), or that
        the knowledge base has at most once (so hardly as a content word: "muon"), when
        neither pair it makes with its neighbours is in the knowledge base ("tu khi nao";
        but "cờ" in "co thi dua" when "cờ thi đua" is there). A word with no content word
        beside it is kept."""
        content = [i for i, t in enumerate(folded) if not is_stopword(t, accented=False)]
        drop = set()
        for place, i in enumerate(content):
            word = fold(folded[i])
            keys = AMBIGUOUS_FOLDS.get(word)
            if keys is None:
                continue
            known = self._passage.df(word)
            before = fold(folded[content[place - 1]]) if place > 0 else None
            after = fold(folded[content[place + 1]]) if place + 1 < len(content) else None
            if before is None and after is None:
                continue
            pairs = [f"{before} {word}" if before else "", f"{word} {after}" if after else ""]
            if known > 1 and sum(map(self._passage.df, keys)) < FUNCTION_SHARE * known:
                # Read mostly as a content word here ("muộn" of "đi muộn về sớm"): still a
                # function word where it stands by no word it stands by in the documents,
                # next to it or across the function words ("sáng kiến muốn được công nhận");
                # not the last word, where a question word ends ("số mấy") and the search
                # reads it as it always has.
                if i == len(folded) - 1:
                    continue
                pairs += [
                    f"{fold(folded[j])} {word}" if j < i else f"{word} {fold(folded[j])}"
                    for j in (i - 1, i + 1)
                    if 0 <= j < len(folded)
                ]
            if not any(self._side_by_side(pair) for pair in pairs if pair):
                drop.add(i)
        return [t for i, t in enumerate(folded) if i not in drop] if drop else folded

    def _side_by_side(self, pair: str) -> bool:
        """Whether some passage has the pair's two words next to each other in one phrase:
        the index also pairs words across a comma or a left-out function word ("sáng kiến,
        đề tài" makes "kien de"), which says nothing of how "de" reads in "điều kiện để".
        A sample of the passages with the pair is read (kept per pair)."""
        found = self._side_by_side_pairs.get(pair)
        if found is None:
            number = self._passage.vocabulary.get(pair)
            found = False
            if number is not None:
                together = re.compile(r"\b" + r"\s+".join(pair.split()) + r"\b")
                docs = self._docs
                for body in self._passage.ids_of(number)[:SIDE_BY_SIDE_SAMPLE].tolist():
                    passage = self.passages[int(docs.by_body[docs.body_starts[body]])]
                    if together.search(fold_long(f"{passage.context}\n{passage.text}")):
                        found = True
                        break
            if len(self._side_by_side_pairs) >= MAX_REMEMBERED_WORDS:
                self._side_by_side_pairs.clear()
            self._side_by_side_pairs[pair] = found
        return found

    def _mend_abbreviations(self, tokens: list[str]) -> list[str]:
        """An unknown word a letter away from an abbreviation is that abbreviation mistyped
        ("bo tmnt" is "bộ tài nguyên và môi trường"); a shorthand with several readings is
        read as its neighbours tell (`_read_shorthand`)."""
        mended: list[str] = []
        for i, token in enumerate(tokens):
            folded = fold(token)
            expansion = None
            readings = self.analyzer.readings.get(folded)
            if readings:
                expansion = self._read_shorthand(readings, tokens, i)
            elif self._knows(folded):
                mended.append(token)  # a known word is no slip, nor two words, nor glued
                continue
            elif len(folded) >= MIN_TYPO_LENGTH and folded.isalpha():
                expansion = self._near_abbreviation(folded)
            elif len(folded) == MIN_TYPO_LENGTH - 1 and folded.isalpha():
                expansion = self._short_of_abbreviation(tokens, i)
            mended += (
                expansion
                or self._unglued(folded)
                or self._number_unglued(folded)
                or self._unglued_mistyped(folded)
                or [token]
            )
        return mended

    def _near_abbreviation(self, folded: str) -> list[str] | None:
        """The abbreviation an unknown word is with one slip (`Analyzer.near_abbreviations`);
        of two as likely, the one whose words the documents say most ("bnmt": "btnmt", the
        ministry the campaign documents name, not "bnnmt")."""
        near = self.analyzer.near_abbreviations(folded)
        if len(near) <= 1:
            return near[0] if near else None

        def said(expansion: list[str]) -> int:
            term = " ".join(fold(w) for w in expansion[:2])
            return self._passage.df(term) + sum(f.df(term) for f in self._elsewhere)

        return max(near, key=said)

    def _short_of_abbreviation(self, tokens: list[str], i: int) -> list[str] | None:
        """An unknown three-letter word that is an abbreviation with a letter lost ("bo tmt":
        "bộ tài nguyên và môi trường"), when its expansion pairs with the content word before
        or after it as the documents have them: "ở ktx cho sinh viên" is a dormitory, not
        "ktxh" ("kinh tế xã hội")."""
        short = self.analyzer.short_of_abbreviation(fold(tokens[i]))
        if short is None:
            return None
        expansion, inside = short
        if inside:
            return expansion
        before, after = _content_beside(tokens, i, sure=False)
        pairs = [f"{before} {fold(expansion[0])}" if before else "", ""]
        pairs[1] = f"{fold(expansion[-1])} {after}" if after else ""
        return expansion if any(p and self._knows(p) for p in pairs) else None

    def _read_shorthand(self, readings: list[list[str]], tokens: list[str], i: int) -> list[str]:
        """The reading of the shorthand at `i` that makes the commonest pair in the knowledge
        base with the content word before or after it ("co can dk sang kien": "đăng ký sáng
        kiến"). When none pairs: a function word ("được") is what no pair can show, and reads
        a shorthand that a content word follows ("co dk khen thuong": "có được khen thưởng"),
        not one that opens the question ("dk de dc cong nhan": "điều kiện để được công
        nhận"); one that ends the phrase names a thing ("can dk gi": "cần điều kiện gì"), the
        first reading."""
        typed = fold(tokens[i])
        previous = fold(tokens[i - 1]) if i > 0 else ""
        if [typed] in ([fold(w) for w in r] for r in readings) and (
            previous.isdigit() or _is_shorthand(previous)
        ):
            return [tokens[i]]  # part of a document's number ("152/2025/NĐ-CP"): as typed
        said = [fold(t) for t in tokens]

        def in_phrase(reading: list[str]) -> bool:
            # a phrase of knowledge/synonyms.yaml with a word beside it ("thêm dk": "thêm
            # điều kiện"), which says more than a pair made across a comma
            words = [*said[:i], *(fold(w) for w in reading), *said[i + 1 :]]
            end = i + len(reading)
            return any(
                m.start < end and m.end > i and m.end - m.start > len(reading)
                for m in self.synonyms.find(words, accented=False)
            )

        phrased = [r for r in readings if in_phrase(r)]
        if len(phrased) == 1:
            return phrased[0]
        before, after = _content_beside(tokens, i, sure=False)

        def pairing(reading: list[str]) -> int:
            first, last = fold(reading[0]), fold(reading[-1])
            return max(
                self._passage.df(f"{before} {first}") if before else 0,
                self._passage.df(f"{last} {after}") if after else 0,
            )

        best = max(readings, key=pairing)  # the first of equals
        if pairing(best) > 0:
            return best
        followed = 0 < i < len(tokens) - 1 and _is_content(tokens[i + 1], has_marks(tokens[i + 1]))
        function = [r for r in readings if len(r) == 1 and is_stopword(r[0], accented=True)]
        return function[0] if followed and function else readings[0]

    def _number_unglued(self, folded: str) -> list[str] | None:
        """An unknown word that is a known word or abbreviation typed against a number
        ("ct14" is "chỉ thị 14", "nd152" is "nghị định 152")."""
        glued = _GLUED_NUMBER.match(folded)
        if glued is None or self._knows(folded):
            return None
        letters, number = glued.groups()
        expanded = self.analyzer.words(letters)
        if expanded == [letters] and not self._knows(letters):
            return None
        return [*expanded, _normal(number)]

    def _unglued(self, folded: str) -> list[str] | None:
        """An unknown word that is two known words typed without the space between them,
        when the two make a pair the documents have ("kontum" is "kon tum", "soctrang" is
        "sóc trăng"); the split nearest the middle wins."""
        if len(folded) < MIN_TYPO_LENGTH or not folded.isalpha() or self._knows(folded):
            return None
        middle = len(folded) / 2
        for cut in sorted(range(2, len(folded) - 1), key=lambda c: abs(c - middle)):
            if f"{folded[:cut]} {folded[cut:]}" in self._passage:
                return [folded[:cut], folded[cut:]]
        return None

    def _unglued_mistyped(self, folded: str) -> list[str] | None:
        """An unknown word, close to no known word, that is two words typed without the
        space and with one slip ("konutm", "kntum", "kontym" are "kon tum"): the split
        whose one mended half makes a pair the documents have; the commonest pair wins."""
        if not MIN_TYPO_LENGTH < len(folded) <= MAX_GLUED or not folded.isalpha():
            return None
        if self._knows(folded):
            return None
        found = self._unglued_near.get(folded)
        if found is None:
            found = []
            if not self._near_words(folded):
                pairs = []
                for cut in range(2, len(folded) - 1):
                    left, right = folded[:cut], folded[cut:]
                    for a, b in [(left, r) for r in _one_slip(right)] + [
                        (w, right) for w in _one_slip(left)
                    ]:
                        pair = f"{a} {b}"
                        if pair in self._passage:
                            pairs.append((self._passage.df(pair), a, b))
                if pairs:
                    found = list(max(pairs)[1:])
            if len(self._unglued_near) >= MAX_NEAR_WORDS:
                self._unglued_near.clear()
            self._unglued_near[folded] = found
        return found or None

    def _correct(self, tokens: list[str]) -> list[str]:
        """Replace unknown words by the closest known word, when one is close enough. A
        known word that makes a known pair with a neighbour is preferred ("soc trqng" is
        "sóc trăng", not "sóc trong"), and only such a word mends a short one ("ngy 28" is
        "ngày 28"). A word spelt with the other of i and y ("kí", "sỹ") is the word the
        documents spell so ("ký", "sĩ")."""
        corrected = list(tokens)
        said = {fold(t) for t in tokens}
        phrased = self._in_synonym_phrases(tokens)
        for i, token in enumerate(tokens):
            folded = fold(token)
            known = self._knows(folded) or i in phrased
            spelt = None if known else other_i_y(token)
            if spelt is not None and self._knows(fold(spelt)):
                corrected[i] = spelt
                continue
            if known:
                corrected[i] = self._lost_letter(corrected, i, folded) or token
                continue
            if self._not_a_slip(token, folded):
                continue
            matches = self._near_words(folded)
            if not matches and _function_word_near(folded) is None:
                continue
            # A word typed with diacritics that is no Vietnamese syllable has a slip, and the
            # marks are of the word meant: only a word with a spelling that carries all of
            # them is read ("thưởg" is "thưởng", not "thuộc"), even where no pair shows it
            # ("thay bằhg gì"). A syllable ("chánh", "xăng") may be a word the documents lack.
            marked = [] if _SYLLABLE.match(folded) else self._carrying_marks(token, matches)
            if marked:
                matches = marked
            # one slip is likelier than two: "thànnh" is "thành", not "thần" ("tinh than")
            one_slip = [m for m in matches if OSA.distance(folded, m[0], score_cutoff=1) <= 1]
            if one_slip:
                matches = one_slip
            before = fold(corrected[i - 1]) if i > 0 else ""
            after = fold(tokens[i + 1]) if i + 1 < len(tokens) else ""
            paired = [
                m
                for m in matches
                if f"{before} {m[0]}" in self._passage
                or f"{m[0]} {after}" in self._passage
                or f"{before} {m[0]}" in ASKING_PAIRS  # "ngzy nào": "ngày nào" asks a date
                or f"{m[0]} {after}" in ASKING_PAIRS
            ]
            if not paired:  # "luật 2022 thay thế lật nào": a word the question says again
                paired = [m for m in matches if m[0] in said]
            if not paired and len(folded) >= MIN_TYPO_LENGTH:
                paired = [m for m in matches if m[1] >= TYPO_CUTOFF]
            if not paired:
                paired = self._paired_across(matches, corrected, i) or self._function_word(
                    folded, matches
                )
            if not paired and len(marked) == 1:
                paired = marked
            if paired:
                corrected[i] = max(paired, key=lambda m: (m[1], self._passage.df(m[0])))[0]
        return corrected

    def _paired_across(
        self, matches: list[tuple[str, float]], tokens: list[str], i: int
    ) -> list[tuple[str, float]]:
        """The known words near the unknown one at `i` that make a pair the documents have
        with the content word before or after it: their pairs skip function words ("được
        tính để xét" has "tính xét"), so "có được tihh để xét" is "tính"."""
        before, after = _content_beside(tokens, i)
        return [
            m
            for m in matches
            if (before and f"{before} {m[0]}" in self._passage)
            or (after and f"{m[0]} {after}" in self._passage)
        ]

    @staticmethod
    def _function_word(folded: str, matches: list[tuple[str, float]]) -> list[tuple[str, float]]:
        """The function word an unknown word is with one slip (`_function_word_near`: "sk
        mupn dc công nhận" is "muốn"), which no pair can show, when no known word near it is
        a likelier slip ("lâm đpng" is rather "đồng", a key away, than "đang")."""
        near = _function_word_near(folded)
        if near is None:
            return []
        rank = _slip_rank(folded, near)
        if any(_slip_rank(folded, word) < rank for word, _ in matches):
            return []
        return [(near, 100.0)]

    def _carrying_marks(
        self, token: str, matches: list[tuple[str, float]]
    ) -> list[tuple[str, float]]:
        """The known words near a word typed with diacritics that have a spelling carrying
        every mark typed ("kẩu": "khẩu"); none for a word typed without."""
        typed = Counter(accent_key(token).partition("|")[2])
        if not typed:
            return []
        return [
            m
            for m in matches
            if any(typed <= Counter(key.partition("|")[2]) for _, key, _ in self._spellings(m[0]))
        ]

    def _with_marks(self, typed: list[str], corrected: list[str]) -> list[str]:
        """Corrected words of a question typed with diacritics, given theirs back: the
        known spelling of the word that keeps most of the marks typed ("thưởgn" is
        "thưởng", "nhing" is "những"), else the commonest; a word read without its marks
        would weigh as another ("nhung" is no function word, "quyen" not "quyền")."""
        out = list(corrected)
        for i, (was, word) in enumerate(zip(typed, corrected, strict=True)):
            if was == word or has_marks(word) or " " in word:
                continue
            typed_marks = Counter(accent_key(was).partition("|")[2])
            known = [
                (sum((Counter(key.partition("|")[2]) & typed_marks).values()), df, form)
                for form, key, df in self._spellings(word)
            ]
            if known:
                out[i] = max(known)[2]
        return out

    def _spellings(self, folded: str) -> list[tuple[str, str, int]]:
        """The known spellings with diacritics of a folded word: (word, accent key, how
        many passages have it), kept per word."""
        found = self._marked.get(folded)
        if found is None:
            found = []
            for form in _marked_forms(folded):
                key = accent_key(form)
                if self._knows(key + "|"):  # "gian" as well as "giãn"
                    df = self._passage.df(key + "|") if key + "|" in self._passage else 0
                    found.append((form, key, df))
            if len(self._marked) >= MAX_NEAR_WORDS:
                self._marked.clear()
            self._marked[folded] = found
        return found

    @staticmethod
    def _not_a_slip(token: str, folded: str) -> bool:
        """A word too short, a number or a function word: not read as a slip for another."""
        return (
            len(folded) < MIN_CONTEXT_TYPO_LENGTH
            or folded.isdigit()
            or is_stopword(token, has_marks(token))  # "nao": the documents never ask
            or folded in AMBIGUOUS_FOLDS  # "muon" is "muốn", not a slip for "mon"
        )

    def _lost_letter(self, tokens: list[str], i: int, folded: str) -> str | None:
        """A known word that pairs with neither neighbour, one letter short of a word that
        pairs with one ("ton quoc" is "toan quoc", "tho chi thi" is "theo chi thi"): a dropped
        letter that makes another real word. The commonest pair wins."""
        if len(folded) < MIN_CONTEXT_TYPO_LENGTH:
            return None
        pairs = self._passage
        found = self._longer.get(folded)
        if found is None:
            # A word as common as the one it may be a slip for was meant ("trong" is not
            # "truong"): only a much commoner one is read instead, or one that a neighbour
            # is never without ("sóc tăng" is "sóc trăng": "sóc" is only ever in the name).
            least = RARE_SLIP_SHARE * pairs.df(folded) if folded in pairs else 0
            known = [w for w in _one_letter_more(folded) if w in pairs]
            longer = [w for w in known if pairs.df(w) > least]
            # a name's other half is a rare word ("trăng"): only such are read by their neighbour
            found = (longer, known)
            if len(self._longer) >= MAX_NEAR_WORDS:
                self._longer.clear()
            self._longer[folded] = found
        longer, known = found
        if not known or self._not_a_slip(tokens[i], folded):
            return None
        before = fold(tokens[i - 1]) if i > 0 else ""
        after = fold(tokens[i + 1]) if i + 1 < len(tokens) else ""
        if f"{before} {folded}" in pairs or f"{folded} {after}" in pairs:
            return None
        made = [
            (max(pairs.df(f"{before} {w}"), pairs.df(f"{w} {after}")), w)
            for w in longer
            if f"{before} {w}" in pairs or f"{w} {after}" in pairs
        ]
        if not made:
            # a neighbour never seen without the word: a name's other half ("sóc trăng"); or,
            # for a commoner word, a neighbour mostly seen with it ("khen thưởng")
            made = [
                (pairs.df(pair), w)
                for w in known
                for pair, side in ((f"{before} {w}", before), (f"{w} {after}", after))
                if pair in pairs
                and (
                    pairs.df(pair) == pairs.df(side)
                    if pairs.df(w) <= BOUND_MAX_DF
                    else 2 * pairs.df(pair) > pairs.df(side)
                )
            ]
        if not made and len(folded) >= MIN_TYPO_LENGTH:
            # a commoner word that makes a pair several passages have, where the word typed
            # makes none ("tiền tuong": "tiền thưởng", "tướng" being a word too); not a short
            # word, one letter from many ("đơn", "thứ")
            typed = pairs.df(folded)
            made = [
                (pairs.df(pair), w)
                for w in known
                if pairs.df(w) > typed
                for pair in (f"{before} {w}", f"{w} {after}")
                if pairs.df(pair) >= MIN_SLIP_PAIRS
            ]
        return max(made)[1] if made else None

    def _near_words(self, folded: str) -> list[tuple[str, float]]:
        """Known words close to an unknown one, with their closeness (kept per word: the
        same unknown words come again)."""
        near = self._near.get(folded)
        if near is None:
            if len(folded) < MIN_TYPO_LENGTH:
                # A short word typed wrong has mostly lost a letter; replaced or swapped
                # letters make other real words too often ("nau" is "nấu", not "sau").
                found = [w for w in _one_letter_more(folded) if w in self._passage]
                near = [(w, fuzz.ratio(folded, w)) for w in found]
            else:
                near = [
                    (w, score)
                    for w, score, _ in process.extract(
                        folded,
                        self.vocabulary,
                        scorer=fuzz.ratio,
                        score_cutoff=TYPO_CUTOFF,
                        limit=10,
                    )
                ]
                # Two letters swapped are one slip ("kein" is "kien"), which the ratio
                # counts as two: as sure as one letter too many ("ngàhn" is "ngành", not "ngàn").
                swap = fuzz.ratio(folded, folded[1:])
                near += [(w, swap) for w in _swapped(folded) if w in self._passage]
                if len(folded) == MIN_TYPO_LENGTH:
                    known = {w for w, _ in near}
                    near += [
                        (w, KEY_SLIP_SCORE)
                        for w in sorted(key_slips(folded))
                        if w not in known and w in self._passage
                    ]
            if len(self._near) >= MAX_NEAR_WORDS:
                self._near.clear()
            self._near[folded] = near
        return near

    def _weighted_units(
        self, tokens: list[str], accented: bool
    ) -> list[tuple[str, float, str | None]]:
        """The question's informative words and pairs with their weight in the coverage. A
        short unknown token that cannot be a Vietnamese syllable (no vowel: "bh", "nx") is
        chat shorthand or an acronym: it counts once, as a word, not again in the pairs it
        makes (no passage could have them), so that it weighs as one word the documents lack."""
        shorthand = {
            fold(t)
            for t in tokens
            if _is_shorthand(fold(t))
            and fold(t) not in self._passage
            and fold(t) not in self._document
        }
        known = self._unit_idfs  # most units' IDF is kept: one look-up each
        weighted = []
        for run in self._without_scaffolding(tokens, accented):
            for unit, weight, exact in _coverage_units(run, accented):
                if shorthand and " " in unit and not shorthand.isdisjoint(unit.split()):
                    continue
                idf = known.get(unit)
                if idf is None:
                    idf = self._unit_idf(unit)
                weighted.append((unit, idf * weight, exact))
        return weighted

    def _without_scaffolding(self, tokens: list[str], accented: bool) -> list[list[str]]:
        """The question's words in runs between the words that only say how it is asked
        (SCAFFOLDING): those weigh nothing in the coverage and make no pairs, not even across
        them ("đề xuất lên sở": "xuất lên", "lên sở" and "xuất sở" are no compounds). One
        that makes a pair the knowledge base has with a content word beside it is read as
        content there ("bị kỷ luật"; "ben vung" is "bền vững")."""
        folded = [fold(t) for t in tokens]
        if SCAFFOLDING_FOLDS.isdisjoint(folded):
            return [tokens]  # most questions: nothing to leave out
        scaffolding = ACCENTED_SCAFFOLDING if accented else FOLDED_SCAFFOLDING
        content = [i for i, t in enumerate(tokens) if not is_stopword(t, accented)]
        cut = set()
        for place, i in enumerate(content):
            word = folded[i]
            if word == ALSO:
                said_also = not accented or accent_key(tokens[i]) == accent_key("còn")
                if said_also and place > 0 and set(folded[i + 1 : i + 2]) & ALSO_BEFORE:
                    cut.add(i)
                continue
            if (accent_key(tokens[i]) if accented else word) not in scaffolding:
                continue
            followed = i + 1 < len(tokens) and not is_stopword(tokens[i + 1], accented)
            if not accented and word in PHRASE_END_FOLDS and followed:
                continue
            if word == EARLIER and folded[i + 1 : i + 2] not in ([], *THEN):
                continue  # "trước thời hạn", "tháng trước hội đồng …": content, not an order
            before = folded[content[place - 1]] if place > 0 else None
            after = folded[content[place + 1]] if place + 1 < len(content) else None
            if not (
                (before and self._knows(f"{before} {word}"))
                or (after and self._knows(f"{word} {after}"))
            ):
                cut.add(i)
        for i in range(len(tokens) - 1):
            pair = (folded[i], folded[i + 1])
            if folded[i].isdigit() and _lasted(folded, i) and not self._knows(" ".join(pair)):
                cut.update((i, i + 1))
            if pair in SCAFFOLDING_PHRASES or (
                pair in ASKING_PHRASES and not self._pairs_beside(folded, i, i + 1)
            ):
                cut.update((i, i + 1))
            if pair in WHO_PHRASES and folded[i + 2 : i + 3] == [WHICH]:
                before = f"{folded[i - 1]} {folded[i]}" if i > 0 else ""
                if not (before and self._knows(before)):
                    cut.update((i, i + 1))
        if not cut:
            return [tokens]
        runs: list[list[str]] = [[]]
        for i, token in enumerate(tokens):
            if i in cut:
                runs.append([])
            else:
                runs[-1].append(token)
        return [run for run in runs if run]

    def _pairs_beside(self, folded: list[str], first: int, last: int) -> bool:
        """Whether the words from `first` to `last` make a pair the knowledge base has with
        the word before or after them."""
        before = f"{folded[first - 1]} {folded[first]}" if first > 0 else ""
        after = f"{folded[last]} {folded[last + 1]}" if last + 1 < len(folded) else ""
        return any(pair and self._knows(pair) for pair in (before, after))

    def _prefer_titled(
        self,
        units: list[tuple[str, float, str | None]],
        candidates: np.ndarray,
        coverage: np.ndarray,
        rank: np.ndarray,
    ) -> None:
        """Raise a passage whose own heading names what the question asks about ("Văn phòng
        Sở có nhiệm vụ gì" → "2. Văn phòng Sở:"): a passage is about what its title says,
        while another may share as many words in passing. Only answerable passages count."""
        # Pairs the knowledge base never has ("sở sóc") are no one's title: left out of the share.
        vocabulary = self._passage.vocabulary
        known = [(unit, weight) for unit, weight, _ in units if unit in vocabulary]
        total = sum(weight for _, weight in known)
        pairs = [(unit, weight) for unit, weight in known if " " in unit]
        if not pairs:
            return
        ids = candidates.tolist()  # Python ints: numpy's are read one by one slowly
        for i in np.flatnonzero(coverage >= MIN_CONFIDENCE).tolist():
            title = self._title_terms(ids[i])
            if title:
                own = [title.get(unit, 0.0) for unit, _ in pairs]
                if max(own) < 1.0:
                    continue  # the headings above only tell apart parts whose own title is named
                named = sum(weight * share for (_, weight), share in zip(pairs, own, strict=True))
                # The words naming the passage's own document ("của Bộ TN&MT năm 2021") say
                # which document, never which part: they are no heading's to name.
                naming = self._name_units(self.passages[ids[i]].doc)
                rest = total - sum(weight for unit, weight in known if unit in naming)
                rank[i] *= 1 + HEADING_WEIGHT * named / max(rest, named, 1e-9)

    def _title_terms(self, position: int) -> dict[str, float]:
        """Folded word pairs of a passage's headings, its own at 1 and those above at
        ANCESTOR_SHARE (kept per passage): a title names its subject in compound words
        ("văn phòng"); a single syllable is too often there by chance ("phòng" of "các phòng")."""
        terms = self._titles.get(position)
        if terms is None:
            passage = self.passages[position]
            own = self._pairs(passage_title(passage))
            terms = {}
            if own or passage.kind == "section":
                # The headings above say what a part is part of ("III. Tiêu chí thi đua ›
                # 1. Đối với tập thể"), less than its own; the words naming its document
                # ("Nghị định 152/2025") are every part's and tell none apart.
                above = self._pairs(" ".join(passage.section.split(" › ")[:-1]))
                terms = dict.fromkeys(above, ANCESTOR_SHARE) | dict.fromkeys(own, 1.0)
                for pair in self._pairs(_document_name(passage.doc)):
                    terms.pop(pair, None)
            self._titles[position] = terms
        return terms

    def _name_units(self, doc: Document) -> frozenset[str]:
        """Folded words and pairs of a document's name (kept per document)."""
        units = self._names.get(doc.id)
        if units is None:
            tokens = self.analyzer.words(_document_name(doc))
            units = frozenset([*map(fold, tokens), *content_pairs(tokens, accented=True)])
            self._names[doc.id] = units
        return units

    def _theme_units(self, doc: Document) -> frozenset[str]:
        """Folded words and pairs of a campaign's theme, which names it as its title does
        ("phong trào thi đua đặc biệt phòng chống covid"); kept per document."""
        units = self._themes.get(doc.id)
        if units is None:
            tokens = self.analyzer.words(doc.theme or "")
            units = frozenset([*map(fold, tokens), *content_pairs(tokens, accented=True)])
            self._themes[doc.id] = units
        return units

    def _pairs(self, text: str) -> list[str]:
        return content_pairs(self.analyzer.words(text), accented=True) if text else []

    def _synonym_terms(self, synonyms: list[Match], asked: set[str]) -> list[QueryTerm]:
        """BM25 terms of the synonyms, each once, at SYNONYM_WEIGHT; not those already asked."""
        weights: dict[str, float] = {}
        for match in synonyms:
            for other in match.others:
                for term in _query_terms(list(other), accented=False):
                    if term.term not in asked and term.term in self._passage:
                        weights[term.term] = term.weight * SYNONYM_WEIGHT
        return [QueryTerm(term, weight) for term, weight in weights.items()]

    def _synonym_credit(
        self, tokens: list[str], synonyms: list[Match], candidates: np.ndarray
    ) -> dict[str, np.ndarray]:
        """For each word and pair of a question's phrase that has synonyms, how much of its
        best synonym each candidate has (its IDF-weighted share): a passage that says
        "đi trễ về sớm" covers "giờ giấc" as well as one that says "giờ giấc"."""
        credit: dict[str, np.ndarray] = {}
        bodies = self._body_of[candidates]
        for match in synonyms:
            best = np.zeros(candidates.size)
            for other in match.others:
                units, total = self._synonym_units(other)
                if total == 0:
                    continue  # a synonym the knowledge base does not have in full
                rows = self._passage.presence([unit for unit, _ in units], bodies)
                # a synonym said only in a set phrase ("tạo điều kiện") is not said
                self._idioms_say_none([(u, idf, None) for u, idf in units], candidates, rows)
                found = np.array([idf for _, idf in units]) @ rows
                best = np.maximum(best, found / total)
            for unit, _, _ in _coverage_units(tokens[match.start : match.end], accented=True):
                credit[unit] = np.maximum(credit.get(unit, 0.0), best)
        return credit

    def _synonym_units(self, phrase: tuple[str, ...]) -> tuple[list[tuple[str, float]], float]:
        """The words or pairs that show a synonym phrase in a passage, their IDFs and the
        sum of these; the sum is 0 when the knowledge base does not have them all. Kept per
        phrase: they depend only on the phrase (one of the synonyms file's) and the index."""
        found = self._synonym_phrases.get(phrase)
        if found is None:
            # A phrase of several words is there when its pairs are.
            units = [
                (unit, idf)
                for unit, idf, _ in self._weighted_units(list(phrase), accented=False)
                if len(phrase) == 1 or " " in unit
            ]
            total = sum(idf for _, idf in units)
            if any(unit not in self._passage for unit, _ in units):
                total = 0
            found = self._synonym_phrases[phrase] = (units, total)
        return found

    def _coverage_bound(
        self, units: list[tuple[str, float, str | None]], tokens: list[str], synonyms: list[Match]
    ) -> float:
        """The most `_coverage` could give any passage: the share of the units' weight that
        the index has at all (as a word or pair, or by its accent key), or that a synonym may
        stand for. No candidate is needed: a unit found counts at most 1.0, and the sum is
        made in the same order, so the bound is never below a coverage (weights are
        positive). Slightly raised, so that a rounding cannot make it so."""
        credited = {
            unit
            for match in synonyms
            for unit, _, _ in _coverage_units(tokens[match.start : match.end], accented=True)
        }
        total = known = 0.0
        passage, document = self._passage.vocabulary, self._document.vocabulary
        for unit, idf, key in units:
            total += idf
            if (
                unit in passage
                or unit in document
                or unit in credited
                or (key is not None and (key in passage or key in document))
            ):
                known += idf
        if total == 0:
            return 0.0
        return known / total * (1 + BOUND_SLACK)

    def _coverage(
        self,
        units: list[tuple[str, float, str | None]],
        candidates: np.ndarray,
        synonym_credit: dict[str, np.ndarray] | None = None,
    ) -> np.ndarray:
        """Share of the question's IDF weight that each candidate passage (or its document) has,
        a word of a phrase with synonyms counting as found as far as a synonym is."""
        idfs = [idf for _, idf, _ in units]
        total = 0.0
        for idf in idfs:  # added in order, as before (sum() compensates from Python 3.12)
            total += idf
        if total == 0:
            return np.zeros(candidates.size)
        docs = self._doc_of[candidates]
        bodies = self._body_of[candidates]
        exact = [(i, key) for i, (_, _, key) in enumerate(units) if key is not None]
        keys = [key for _, key in exact]
        # One row per unit, then one per accent key: 1.0 where the candidate (or its
        # document) has it; both looked up at once.
        rows_found = self._found([unit for unit, _, _ in units] + keys, bodies, docs)
        found = rows_found[: len(units)]
        if exact:
            rows = [i for i, _ in exact]
            passage, document = self._passage.vocabulary, self._document.vocabulary
            credit = np.array(
                [
                    FOLD_CREDIT if key in passage or key in document else UNKNOWN_ACCENT_CREDIT
                    for key in keys
                ]
            )
            found[rows] = np.maximum(rows_found[len(units) :], credit[:, None] * found[rows])
        for i, (unit, _, _) in enumerate(units):
            if synonym_credit and unit in synonym_credit:
                found[i] = np.maximum(found[i], synonym_credit[unit])
        self._idioms_say_none(units, candidates, found)
        # Along the first axis numpy adds row after row, as a loop over the units would.
        covered: np.ndarray = np.add.reduce(np.array(idfs)[:, None] * found, axis=0) / total
        return covered

    def _idioms_say_none(
        self,
        units: list[tuple[str, float, str | None]],
        candidates: np.ndarray,
        found: np.ndarray,
    ) -> None:
        """Take back a word or pair a passage has only inside a set phrase that means
        something else ("tạo điều kiện", to make possible, says no condition asked by
        "cần điều kiện gì"). Only the few passages with the phrase's first pair are read."""
        asked = [(i, unit) for i, (unit, _, _) in enumerate(units) if unit in IDIOMS]
        if not asked:
            return
        bodies = self._body_of[candidates]
        for i, unit in asked:
            said, idiom = _IDIOM_PATTERNS[unit]
            opening = " ".join(IDIOMS[unit].split()[:2])
            inside = self._passage.presence([opening], bodies)[0]
            for j in np.flatnonzero((found[i] > 0) & (inside > 0)).tolist():
                key = (int(candidates[j]), unit)
                only = self._idiom_only.get(key)
                if only is None:
                    text = fold(self.passages[key[0]].text).lower()
                    only = len(said.findall(text)) == len(idiom.findall(text))
                    if len(self._idiom_only) < MAX_NEAR_WORDS:
                        self._idiom_only[key] = only
                if only:
                    found[i, j] = 0.0

    def _found(self, terms: list[str], bodies: np.ndarray, docs: np.ndarray) -> np.ndarray:
        own, document = self._passage.has(terms, bodies), self._document.has(terms, docs)
        if own is not None and document is not None:  # either: 1.0, as the maximum below
            either: np.ndarray = np.logical_or(own, document, out=own).astype(np.float64)
            return either
        found = self._passage.presence(terms, bodies)
        np.maximum(found, self._document.presence(terms, docs), out=found)
        return found

    def _unit_idf(self, unit: str) -> float:
        """IDF of a word or pair. A pair never seen is most likely a word the knowledge base
        does not have ("thời tiết", "sổ đỏ" made of known syllables): it weighs as much as
        its rarer syllable, not as an unknown word, since it may also be two words side by side."""
        idf = self._unit_idfs.get(unit)
        if idf is not None:
            return idf
        idf = self._passage.idf(unit)
        if " " in unit and unit not in self._passage:
            idf = max(self._passage.idf(word) for word in unit.split())
        if len(self._unit_idfs) < MAX_REMEMBERED_WORDS:
            self._unit_idfs[unit] = idf
        return idf


@dataclass(frozen=True)
class SavedIndex:
    """What an index is made of, as plain arrays: what is saved to disk and mapped back."""

    doc_of: np.ndarray  # int32: each passage's document, in order of first appearance
    body_of: np.ndarray  # int32: each passage's body, its text and headings (shared if equal)
    passage_terms: list[str]  # term strings by term id
    passage_postings: Postings
    document_terms: list[str]
    document_postings: Postings


BUILD_CHUNK = 4096  # passages analysed together


def _build(
    passages: Sequence[Passage], documents: Sequence[Document], analyzer: Analyzer
) -> SavedIndex:
    doc_number = {id(d): i for i, d in enumerate(documents)}
    doc_of = np.array([doc_number[id(p.doc)] for p in passages], dtype=np.int32)
    # Passages with the same text under the same headings (a standard paragraph that many
    # documents repeat) share one body: analysed, stored and scored once.
    body_number: dict[tuple[bytes | memoryview, str], int] = {}
    body_of = np.array(
        [body_number.setdefault((p.utf8, p.context), len(body_number)) for p in passages],
        dtype=np.int32,
    )
    bodies: list[tuple[str | bytes | memoryview, ...]] = list(body_number)
    del body_number  # not needed while the postings are merged
    release_freed()  # the pages of spooled texts read to tell bodies apart
    passage_terms, passage_postings = _field_postings(bodies, body_of, analyzer)
    document_terms, document_postings = _field_postings(
        [(_document_text(d),) for d in documents],
        np.arange(len(documents), dtype=np.int32),
        analyzer,
    )
    return SavedIndex(
        doc_of, body_of, passage_terms, passage_postings, document_terms, document_postings
    )


def _field_postings(
    bodies: list[tuple[str | bytes | memoryview, ...]], body_of: np.ndarray, analyzer: Analyzer
) -> tuple[list[str], Postings]:
    """Postings of bodies given as texts (the first whole, the others at half weight).
    The list is emptied once analysed."""
    table = TermTable(analyzer.words, lambda token: is_stopword(token, accented=True))
    chunks, lengths = ChunkFile(), []
    try:
        for start in range(0, len(bodies), BUILD_CHUNK):
            chunk, chunk_lengths = chunk_postings(table, start, bodies[start : start + BUILD_CHUNK])
            chunks.append(chunk)
            lengths.append(chunk_lengths)
            del chunk
        bodies.clear()  # its keys are not needed to merge (the texts stay in their passages)
        terms = list(table.terms)
        del table  # the analysis of the texts is not needed to merge
        release_freed()  # ... nor its memory, before the merged layout takes its own
        halves = np.concatenate(lengths) if lengths else np.zeros(0)
        del lengths
        postings = merge_postings(chunks, halves, len(terms), K1, B, body_of)
    finally:
        chunks.close()
    return terms, postings


class _Field:
    """Postings of one field in a compressed sparse layout: for each term, the ids that have
    it (ascending) and their counts, from which their BM25 weights are computed when a
    term is read (the same bits as computing them at build time). No Python object per
    posting."""

    def __init__(self, terms: list[str], postings: Postings) -> None:
        self.vocabulary: dict[str, int] = dict(zip(terms, range(len(terms)), strict=True))
        self.size = int(postings.items)  # passages (or documents): what frequencies count
        self.bodies = int(postings.bodies)  # the length of score vectors
        # Plain views: slicing a numpy.memmap costs more than slicing an array.
        self._offsets = np.asarray(postings.offsets)
        self._bounds = np.asarray(postings.bounds)
        self._ids = np.asarray(postings.ids)
        self._halves = np.asarray(postings.halves)
        self._idf = np.asarray(postings.idf)
        self._norm = np.asarray(postings.norm)
        self._k1 = float(postings.k1)
        self.doc_freq = np.asarray(postings.doc_freq)
        self.peaks = np.asarray(postings.peaks)
        # Common terms as dense vectors: adding one is a fraction of scattering its postings
        # and gives the same sums (x + 0.0 is x). Made on first use, within a memory budget.
        self._dense: dict[int, np.ndarray] = {}
        self._dense_left = DENSE_BUDGET // 4  # floats
        self._scratch = np.empty(0, dtype=np.float32)
        self.matrix = weight_matrix(postings)
        # Which body has which term (weights are positive), for `presence`: a quarter of
        # the matrix, and no comparison per question.
        self._has = None if self.matrix is None else self.matrix > 0
        self._unknown = len(terms)  # the matrix's row of zeros
        # The terms in more than half the passages (few), told apart by a set look-up
        # rather than by a numpy comparison per question.
        self._common = frozenset(np.flatnonzero(self.doc_freq > COMMON_DF * self.size).tolist())

    def __contains__(self, term: str) -> bool:
        return term in self.vocabulary

    def df(self, term: str) -> int:
        number = self.vocabulary.get(term)
        return 0 if number is None else int(self.doc_freq[number])

    def idf(self, term: str) -> float:
        df = self.df(term)
        return math.log(1 + (self.size - df + 0.5) / (df + 0.5))

    def dense_of(self, number: int) -> np.ndarray | None:
        return self._dense.get(number)

    def ids_of(self, number: int) -> np.ndarray:
        """The term's body ids, ascending, as numpy's index type."""
        return term_body_ids(self._ids, self._bounds[number])

    def postings_of(self, number: int) -> tuple[np.ndarray, np.ndarray]:
        start, end = self._offsets[number], self._offsets[number + 1]
        ids = self.ids_of(number)
        norm = self._norm.take(ids)
        return ids, bm25_weights(self._idf[number], self._halves[start:end], norm, self._k1)

    def add_to(self, scores: np.ndarray, number: int, weight: float) -> None:
        """Add a term's weighted BM25 weights to every passage's score."""
        dense = self._dense.get(number)
        if (
            dense is None
            and self._dense_left >= self.bodies
            and self.doc_freq[number] > DENSE_SHARE * self.size
        ):
            ids, weights = self.postings_of(number)
            dense = self._dense[number] = np.zeros(self.bodies, dtype=np.float32)
            dense[ids] = weights
            self._dense_left -= self.bodies
        if dense is not None:
            if weight == 1.0:  # 1.0 × w is w: one pass instead of two
                np.add(scores, dense, out=scores)
                return
            if self._scratch.size != self.bodies:
                self._scratch = np.empty(self.bodies, dtype=np.float32)
            np.multiply(dense, weight, out=self._scratch)
            np.add(scores, self._scratch, out=scores)
        else:
            ids, weights = self.postings_of(number)
            # ids are distinct: the same sums as scores[ids] += ..., several times faster
            np.add.at(scores, ids, weights if weight == 1.0 else weight * weights)

    def usable(self, terms: Iterable[QueryTerm], common_cutoff: bool) -> list[tuple[int, float]]:
        """(term id, weight) of the known terms, in order; terms in more than half the
        passages are left out when others are there."""
        vocabulary = self.vocabulary  # one look-up a term
        usable = [
            (number, weight)
            for term, weight in terms
            if (number := vocabulary.get(term)) is not None
        ]
        if common_cutoff and usable:
            common = self._common
            rare = [pair for pair in usable if pair[0] not in common]
            usable = rare or usable
        return usable

    def scores(self, terms: Iterable[QueryTerm], common_cutoff: bool) -> np.ndarray:
        """Each body's score (here a body is an item: documents are never shared)."""
        return candidates.body_scores(self, self.usable(terms, common_cutoff))

    def has(self, terms: Sequence[str], ids: np.ndarray) -> np.ndarray | None:
        """`presence` as booleans, when the matrix says it (else None)."""
        if self._has is None:
            return None
        vocabulary, unknown = self.vocabulary, self._unknown
        found: np.ndarray = self._has.take([vocabulary.get(t, unknown) for t in terms], axis=0)
        return found.take(ids, axis=1)

    def presence(self, terms: Sequence[str], ids: np.ndarray) -> np.ndarray:
        """`contains(term, ids)` of each term, as the rows of one matrix."""
        if self._has is None:
            needles = Needles(ids.astype(np.intp))
            found_rows = [self._contains(t, ids, needles) for t in terms]
            return np.array(found_rows).reshape(len(terms), ids.size)
        rows = [self.vocabulary.get(t, self._unknown) for t in terms]
        found: np.ndarray = self._has.take(rows, axis=0).take(ids, axis=1)
        return found.astype(np.float64)

    def contains(self, term: str, ids: np.ndarray) -> np.ndarray:
        """1.0 where the body has the term, else 0.0 (posting ids are sorted)."""
        return self._contains(term, ids, Needles(ids.astype(np.intp)))

    def _contains(self, term: str, ids: np.ndarray, needles: Needles) -> np.ndarray:
        number = self.vocabulary.get(term)
        if number is None:
            return np.zeros(ids.size)
        dense = self._dense.get(number)
        if dense is not None:
            present: np.ndarray = dense[ids] > 0  # BM25 weights are positive
            return present.astype(np.float64)
        found: np.ndarray = needles.found_in(self._ids, self._bounds[number])
        return found.astype(np.float64)


_ALPHABET = "abcdefghijklmnopqrstuvwxyz"


_VOWELS = frozenset("aeiouy")


def _one_slip(word: str) -> set[str]:
    """The words one slip away: a letter lost, one too many, another letter, or two
    neighbours swapped."""
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return (
        {a + b[1:] for a, b in cuts if b}
        | {a + c + b for a, b in cuts for c in _ALPHABET}
        | {a + c + b[1:] for a, b in cuts if b for c in _ALPHABET if c != b[0]}
        | _swapped(word)
    ) - {word}


def _swapped(word: str) -> set[str]:
    """The other words made by swapping two neighbouring letters ("kein" → "kien")."""
    return {
        word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        for i in range(len(word) - 1)
        if word[i] != word[i + 1]
    }


# Letters that take a mark in Vietnamese, the vowels they make, and the tones a syllable's
# vowel may carry (`_VOWELS` above is the folded vowels only).
_LETTER_FORMS = {"a": "aăâ", "e": "eê", "o": "oôơ", "u": "uư", "d": "dđ"}
_MARKABLE_VOWELS = frozenset("aeiouyăâêôơư")
_TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
MAX_MARKED_FORMS = 400  # a syllable has a few vowels: more than this is not one syllable


def _marked_forms(folded: str) -> list[str]:
    """Every spelling with diacritics of a folded syllable ("nhung": "những", "nhưng", …),
    one tone on one vowel; none for a longer word."""
    forms = [""]
    for letter in folded:
        forms = [f + other for f in forms for other in _LETTER_FORMS.get(letter, letter)]
        if len(forms) * len(_TONES) * len(folded) > MAX_MARKED_FORMS:
            return []
    marked = []
    for form in forms:
        for i, letter in enumerate(form):
            if letter in _MARKABLE_VOWELS:
                marked += [
                    unicodedata.normalize("NFC", form[: i + 1] + t + form[i + 1 :])
                    for t in _TONES[1:]
                ]
        marked.append(form)
    return marked


def other_i_y(token: str) -> str | None:
    """The word with its final i written y or y written i, marks kept ("kí" → "ký",
    "sỹ" → "sĩ"), when that letter follows a consonant (or "qu"): Vietnamese spells
    these syllables both ways. None for any other word ("tai" is not "tay")."""
    letters = unicodedata.normalize("NFD", token)
    base = [(i, c) for i, c in enumerate(letters) if not unicodedata.combining(c)]
    if len(base) < 2 or base[-1][1] not in "iy" or not base[-2][1].isalpha():
        return None
    before = fold("".join(c for _, c in base[:-1]))
    if before[-1] in _VOWELS and not before.endswith("qu"):
        return None
    place, letter = base[-1]
    other = "y" if letter == "i" else "i"
    return unicodedata.normalize("NFC", letters[:place] + other + letters[place + 1 :])


def _one_letter_more(word: str) -> set[str]:
    """The words with one more letter than this one, anywhere ("teu" → "tieu")."""
    return {word[:i] + c + word[i:] for i in range(len(word) + 1) for c in _ALPHABET}


def _document_name(doc: Document) -> str:
    number = doc.number if doc.has_number and doc.number else ""
    return f"{doc.kind} {number} {doc.title}. {doc.issuer}. {doc.short_issuer}"


def passage_title(passage: Passage) -> str:
    """What a passage says it is about: its own heading ("2. Văn phòng Sở", "Điều 3. Sáng
    kiến"), or for a numbered paragraph its lead clause ("6. Thi đua đẩy mạnh …"). Document
    parts named by the bot ("Phần mở đầu", "Bố cục văn bản") and continued parts have none."""
    if passage.kind not in ("section", "outline") or passage.section == "Bố cục văn bản":
        return ""
    own = passage.section.rsplit(" › ", 1)[-1]
    if not own.startswith("mục "):
        return own
    if passage.utf8[:1] == b"(":  # "(mục 4, tiếp theo)": the title was in another part
        return ""
    lead = _LEAD_END.split(_NUMBER.sub("", passage.text, 1), 1)[0]
    return lead if len(lead.split()) <= HEADING_WORDS else ""


_CLAUSE_END = re.compile(r"[,;:.\n]")
_SENTENCE_END = re.compile(r"[;:.]")
_QUOTED = re.compile(r"[“\"]([^”\"\n]{3,200})[”\"]")  # a name the text quotes
MIN_NAME_WORDS = 3
WHICH = "nao"  # "phong trào doanh nghiệp nào"
SEVERAL = frozenset(("nhung", "cac"))  # "những chỉ số nào" asks for several
WHICH_WORDS = 4  # the words before it that may open the name ("cán bộ công chức nào")
MOVEMENT = ("phong", "trao")  # "phong trào văn hóa công sở": the words after it name one
# The words a plan introduces a slogan with: "với tinh thần “chống dịch như chống giặc”",
# "phương châm “5K + vắc xin”". A question's "phong trào chống dịch" names the movement
# against the epidemic, not the passage quoting that spirit.
SLOGAN_WORDS = ("tinh than", "phuong cham", "khau hieu", "muc tieu")
SLOGAN_REACH = 20  # characters before a quote looked at for them ("tinh thần “*")
EMULATION = ("thi", "dua")
ROLES = tuple(
    " ".join(fold(w) for w in words(str(role)))
    for role in yaml.safe_load(ROLES_FILE.read_text(encoding="utf-8")) or []
)
_ITEM_MARK = re.compile(r"^(?:[IVX]+\.|\d+\.|[a-zđ]\)|-)\s*")


def _roles_in(text: str) -> set[str]:
    """The roles (roles.yaml) a folded, padded text names."""
    return {role for role in ROLES if f" {role} " in text}


def _addressed(passage: Passage) -> frozenset[str]:
    """The roles a part of a campaign document addresses: those its lines open on, as a
    list between commas ("- Thủ trưởng các đơn vị thuộc Bộ, Giám đốc các Sở …, thành phố
    trực thuộc Trung ương, Khối trưởng, …") or after "Đối với" ("Đối với cá nhân là lãnh đạo
    thủ trưởng đơn vị:"), its heading among them ("2. Văn phòng Sở:"). A role a line names
    later ("- Tham mưu Giám đốc Sở …") is one it speaks of, not to."""
    if not passage.doc.is_campaign or passage.kind != "section":
        return frozenset()
    found: set[str] = set()
    for line in passage.text.splitlines():
        lead = _SENTENCE_END.split(_ITEM_MARK.sub("", line.strip(), count=1), maxsplit=1)[0]
        for k, piece in enumerate(lead.split(",")):
            text = " ".join(fold(w) for w in words(piece))
            if k == 0:
                text = next((text[len(a) :] for a in ADDRESSING if text.startswith(a)), text)
            if any(text == role or text.startswith(f"{role} ") for role in ROLES):
                found |= _roles_in(f" {' '.join(text.split()[:ROLE_WORDS])} ")
            elif k == 0 or len(text.split()) > ROLE_LIST_WORDS:
                break  # the line opens on no one, or is past its addressees
    return frozenset(found)


def _quoted_names(passage: Passage, slogans: bool = True) -> tuple[tuple[str, ...], ...]:
    """The names the passage quotes, as folded words ("“Doanh nghiệp Việt Nam hội nhập và
    phát triển”"); not a quoted word or two. Without `slogans`, not those it introduces as
    a spirit, a motto or a goal (SLOGAN_WORDS), which no movement is called by."""
    text = passage.text
    found = (
        tuple(fold(w) for w in words(m.group(1)))
        for m in _QUOTED.finditer(text)
        if slogans or not _introduced_as_slogan(text[: m.start()])
    )
    return tuple(name for name in found if len(name) >= MIN_NAME_WORDS)


def _introduced_as_slogan(before: str) -> bool:
    """Whether the text before a quote ends on a word saying it quotes a slogan."""
    said = " ".join(fold(w) for w in words(before[-SLOGAN_REACH:]))
    return any(said.endswith(word) for word in SLOGAN_WORDS)


def _movement_named(plain: list[str]) -> list[tuple[str, ...]]:
    """The words that follow "phong trào (thi đua)" in a question, as the runs of two to
    WHICH_WORDS of them that may be part of the movement's name ("có nhắc phong trào văn hóa
    công sở không": "văn hóa", "văn hóa công", "văn hóa công sở" …)."""
    found: list[tuple[str, ...]] = []
    for i in range(len(plain) - 1):
        if tuple(plain[i : i + 2]) != MOVEMENT:
            continue
        rest = plain[i + 2 :]
        if tuple(rest[:2]) == EMULATION:  # "phong trào thi đua văn hóa công sở"
            rest = rest[2:]
        found += [tuple(rest[:k]) for k in range(2, min(len(rest), WHICH_WORDS) + 1)]
    return found


def _within_name(run: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Whether the words are said together, in order, inside a quoted name ("văn hóa công
    sở" of "“Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở”")."""
    size = len(run)
    return any(name[j : j + size] == run for j in range(len(name) - size + 1))


def _folded_text(passage: Passage) -> str:
    """A passage's text as folded words, padded."""
    return f" {' '.join(fold(w) for w in words(passage.text))} "


def _lead_clause(passage: Passage) -> str:
    """The first clause of a passage's text, folded and padded ("3. Xây dựng cơ chế khuyến
    khích việc đăng ký các sáng kiến, …": " xay dung co che … sang kien "); empty for a
    continued part, whose opening is another's."""
    text = passage.text
    if text.startswith("("):
        return ""
    lead = _CLAUSE_END.split(_ITEM_MARK.sub("", text[:400].lstrip(), count=1), maxsplit=1)[0]
    return f" {' '.join(fold(w) for w in words(lead))} "


SHORTHAND_LENGTH = 3  # "ntn", "dk"; longer vowel-less tokens are acronyms ("bhxh", "cccd")


def _lasted(folded: list[str], i: int) -> bool:
    """Whether the words at `i` say how long something lasted ("6 tháng"), not a date."""
    after = folded[i + 2] if i + 2 < len(folded) else ""
    return (
        folded[i].isdigit()
        and folded[i + 1] in DURATION_UNITS
        and not after.isdigit()
        and (i == 0 or folded[i - 1] not in DURATION_UNITS)  # "ngày 6 tháng 7"
    )


# A Vietnamese syllable, folded: an onset, its vowels and a final consonant ("nghiêng",
# "khuya"); a word typed that is none ("bằhg", "thuog", "phờưng") has a slip in it.
_NUCLEI = (
    "a e i o u y ai ao au ay eo eu ia ie iu oa oe oi oo ua ue ui uo uu uy ya ye "
    "oai oay oeo uay uoi uou uya uye uyu ieu yeu"
).split()
_SYLLABLE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
    rf"(?:{'|'.join(sorted(_NUCLEI, key=len, reverse=True))})(?:ch|ng|nh|[cmnpt])?$"
)


def _likely_slip(typed: str, meant: str) -> bool:
    """Whether `typed` is `meant` with one of the slips fingers make most: a letter typed
    twice ("tnnmt"), two letters swapped ("bntmt", "tkdt") or a neighbouring key's letter
    ("tnkt": "m" and "k" touch); not a letter dropped, nor one added or replaced anywhere."""
    if len(typed) == len(meant) + 1:
        return any(
            typed[i] == typed[i - 1] and typed[:i] + typed[i + 1 :] == meant
            for i in range(1, len(typed))
        )
    if len(typed) != len(meant):
        return False
    return typed in _swapped(meant) or typed in key_slips(meant)


def _slip_rank(typed: str, meant: str) -> int:
    """How unlikely it is that `typed` is `meant` with one slip, 0 the likeliest: a slip
    inside the word (its first and last letters as meant) before one at either end, and a
    letter typed twice, two swapped or a neighbouring key's (`_likely_slip`) before a letter
    lost or typed anywhere."""
    ends = typed[:1] == meant[:1] and typed[-1:] == meant[-1:]
    return 2 * (not ends) + (not _likely_slip(typed, meant))


# The function words by fold, of MIN_TYPO_LENGTH letters or more: what a slip in one is
# read as (`_function_word_near`).
FUNCTION_FOLDS = frozenset(
    w
    for w in {k.split("|")[0] for k in ACCENTED_STOPWORDS} | FOLDED_STOPWORDS
    if len(w) >= MIN_TYPO_LENGTH and " " not in w
)


@lru_cache(maxsize=MAX_NEAR_WORDS)
def _function_word_near(folded: str) -> str | None:
    """The function word of MIN_TYPO_LENGTH letters or more this unknown word is with one
    slip inside it ("mupn": "muốn", "nhng": "những", "khogn": "không"), if exactly one is:
    no pair of the documents has a function word to tell it by (pairs skip them)."""
    if len(folded) < MIN_TYPO_LENGTH or not folded.isalpha():
        return None
    near = [
        word
        for word in FUNCTION_FOLDS
        if OSA.distance(folded, word, score_cutoff=1) == 1 and _slip_rank(folded, word) <= 1
    ]
    return near[0] if len(near) == 1 else None


def _content_beside(tokens: list[str], i: int, sure: bool = True) -> tuple[str, str]:
    """The folded content words nearest before and after the word at `i` ("" where none);
    when `sure`, a word that may be a function word typed without diacritics ("de": "để" or
    "đề") not taken for one, as the documents' word pairs skip function words."""

    def content(token: str) -> bool:
        marked = has_marks(token)
        return _is_content(token, marked) and (
            not sure or marked or fold(token) not in AMBIGUOUS_FOLDS
        )

    before = next((fold(t) for t in reversed(tokens[:i]) if content(t)), "")
    after = next((fold(t) for t in tokens[i + 1 :] if content(t)), "")
    return before, after


def _is_shorthand(folded: str) -> bool:
    """A short token without a vowel: no Vietnamese word, but chat shorthand ("bh", "nx")."""
    return len(folded) <= SHORTHAND_LENGTH and folded.isalpha() and _VOWELS.isdisjoint(folded)


def _is_content(word: str, accented: bool) -> bool:
    """A word that can carry a question: not a stopword, not a bare item number like "3"."""
    return not is_stopword(word, accented) and not (word.isdigit() and len(word) <= 2)


# `item_asked`, kept for the last few questions (what it returns is frozen)
_item_asked = lru_cache(maxsize=RECENT_QUESTIONS)(item_asked)  # each index asks it again


@lru_cache(maxsize=RECENT_QUESTIONS)  # each index of the knowledge base asks it again
def _typed_with_marks(query: str) -> bool:
    """Whether the question was typed with diacritics, judged on the words as typed: an
    abbreviation's expansion ("tnmt": "tài nguyên và môi trường") has marks the asker did
    not type, and would make "bo tnmt gio la bo gi" read "gi" as a content word."""
    typed = words(query)
    return sum(has_marks(t) for t in typed) * 2 >= len(typed) > 0


# "nói gì về X", "có đề cập đến X không", "X nói gì": the words that ask what a text says of
# X; no passage says "nói" of what it says, so they are left out and X is searched.
_SAYING = {"noi": "nói", "de cap": "đề cập", "nhac": "nhắc"}
_SAYS_SOMETHING = re.compile(r"\b(?:noi|de cap|nhac) (?:gi|nhung|ve|den|toi)\b")
_SAYING_NEXT = frozenset(("gi", "ve", "den", "toi", "nhung"))
_ABOUT = frozenset(("ve", "den", "toi"))


def _split_saying(tokens: list[str]) -> tuple[list[str], list[str]]:
    """The question without the words asking what a text says of its subject ("nói gì về",
    "đề cập đến"), when a subject follows them or comes before them ("covid nói gì"); and
    the subject when it follows them ("… nói gì về sáng kiến": "sáng kiến")."""
    plain = list(map(fold, tokens))
    joined = " ".join(plain)
    # most questions: one look, for the verbs' letters before the pattern
    if not any(verb in joined for verb in _SAYING) or not _SAYS_SOMETHING.search(joined):
        return tokens, []
    drop: set[int] = set()
    subject: list[str] = []
    i = 0
    while i < len(plain):
        verb = next(
            (
                size
                for size in (2, 1)
                if " ".join(plain[i : i + size]) in _SAYING
                and (
                    not has_marks(tokens[i])
                    or " ".join(tokens[i : i + size]).lower()
                    == _SAYING[" ".join(plain[i : i + size])]
                )
            ),
            0,
        )
        after = plain[i + verb : i + verb + 1]
        if not verb or not after or after[0] not in _SAYING_NEXT:
            i += 1
            continue
        j = i + verb
        while j < len(plain) and plain[j] in ("gi", "nhung"):
            j += 1
        about = j < len(plain) and plain[j] in _ABOUT
        said_of = plain[j + about :]
        if (said_of and said_of[0] != "gi") or (not said_of and i > 0 and plain[j - 1] == "gi"):
            drop.update(range(i, i + verb))
            if about:
                drop.add(j)
                subject = tokens[j + 1 :]
        i = j + 1
    if not drop:
        return tokens, []
    return [t for k, t in enumerate(tokens) if k not in drop], subject


# "có giải pháp gì về sáng kiến", "quy định gì đối với tập thể": what is asked about follows.
_ABOUT_WHAT = (("gi", "ve"), ("gi", "doi", "voi"), ("nao", "ve"))
# "yêu cầu cơ quan truyền thông làm gì": what a document asks of a body. "Yêu cầu" asks here
# (the items asked do not say it; the opening asking them all does); the body is the subject.
# ("Giao", "đề nghị" stay: "Giao Sở Nội vụ …", "Đề nghị Ủy ban Mặt trận …" open their items.)
_ASKED_TO = (("yeu", "cau"),)
_DOING = (("lam", "gi"), ("phai", "lam", "gi"), ("can", "lam", "gi"), ("lam", "nhung", "gi"))
ASKED_BODY = 6  # words: a longer stretch is no body's name


def _asked_about(tokens: list[str]) -> list[str]:
    """The words after "gì về" and the like, when any follow: what the question asks a
    text says something about."""
    return list(_about_words(tuple(tokens)))


@lru_cache(maxsize=RECENT_QUESTIONS)  # each index of the knowledge base asks it again
def _about_words(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """`_asked_about`, kept for the last few questions."""
    plain = [fold(t) for t in tokens]
    for i in range(len(plain)):
        for frame in _ABOUT_WHAT:
            end = i + len(frame)
            if tuple(plain[i:end]) == frame and end < len(plain):
                return tokens[end:]
    return ()


def _split_asked_to(tokens: list[str]) -> tuple[list[str], list[str]]:
    """The question without "yêu cầu" when it asks what a document requires of a body
    ("chỉ thị 14 yêu cầu cơ quan truyền thông làm gì"), and that body; else as it is."""
    kept, body = _asked_to(tuple(tokens))
    return (list(kept), list(body)) if body else (tokens, [])


@lru_cache(maxsize=RECENT_QUESTIONS)  # each index of the knowledge base asks it again
def _asked_to(tokens: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """`_split_asked_to`, kept for the last few questions."""
    plain = [fold(t) for t in tokens]
    for i in range(len(plain)):
        verb = next((v for v in _ASKED_TO if tuple(plain[i : i + len(v)]) == v), None)
        if verb is None:
            continue
        start = i + len(verb)
        for end in range(start + 1, min(start + ASKED_BODY, len(plain)) + 1):
            doing = next((d for d in _DOING if tuple(plain[end : end + len(d)]) == d), None)
            if doing is not None:
                kept = tuple(t for k, t in enumerate(tokens) if not i <= k < start)
                return kept, tokens[start:end]
    return tokens, ()


# Counts as written with their marks ("sáu", not "sau": after).
MARKED_COUNTS = frozenset("một hai ba bốn tư năm sáu bảy tám chín mười".split())


def _asks_date(tokens: list[str]) -> bool:
    text = f" {' '.join(fold(t) for t in tokens)} "
    return any(f" {phrase} " in text for phrase in ("ngay nao", "ngay bao nhieu", "khi nao"))


# Two words that together ask for a line of a card ("ngày nào"): a slip that makes one of them
# with its neighbour is corrected so, as one that makes a pair the documents have.
ASKING_PAIRS = frozenset(phrase for phrase in INFO_INTENT if phrase.count(" ") == 1)
# "số mấy" asks a document's number (its card), but "mẫu số mấy", "điều số mấy" a part's.
ASKS_NUMBER = re.compile(r"(?<!\bmau)(?<!\bdieu)(?<!\bkhoan) so (may|gi|bao nhieu) ")
# "gửi những nơi nào", "gửi các cơ quan nào", "gửi những đâu", "gửi tới những ai": the
# recipients, a line of the card (but "gửi về đâu" asks where a registration goes, which
# the text says).
ASKS_RECIPIENTS = re.compile(r" gui ((di|den|toi|cho) )?(nhung|cac) ((\w+ ){0,2}(nao|dau)|ai) ")
# "kế hoạch … gửi đâu", "công văn đó gửi đi đâu": where a document named by its kind was
# sent is its recipients too; a bare "hồ sơ gửi đâu" names no document and is left to the text.
ASKS_SENT_WHERE = re.compile(r" gui ((di|den|toi) )?dau ")
# The words that say a document was sent ("gửi đến", "gửi tới"), which a card's lines of
# recipients answer without repeating them.
SENDING_WORDS = frozenset(("gui", "den", "toi", "di"))
_RECIPIENT_LINES = Needing(r"(?m)^(Kính gửi|Nơi nhận):", "Kính gửi:", "Nơi nhận:")
_SENT_TO = (" gui ai ", " gui cho ai ", " gui den ai ", " gui toi ai ", " noi nhan ", " kinh gui ")


def _asks_recipients(tokens: list[str]) -> bool:
    """Whether the question asks to whom a document was sent ("gửi đến những ai", "gửi đi
    đâu", "nơi nhận")."""
    text = f" {' '.join(fold(t) for t in tokens)} "
    return bool(
        ASKS_RECIPIENTS.search(text)
        or ASKS_SENT_WHERE.search(text)
        or any(phrase in text for phrase in _SENT_TO)
    )


# "chỉ thị 14 phát động phong trào gì": what a document named by its kind launches is its title
# and theme, lines of its card ("ủy ban phát động gì" names no document: left to the text).
ASKS_LAUNCHED = re.compile(r" phat dong ((nhung|cac) )?((phong trao|thi dua) )?(ve )?(gi|nao) ")
# "dựa trên văn bản nào", "dựa vào chỉ thị nào": what a document rests on, as "căn cứ" asks
# (INFO_INTENT), the line "Căn cứ: …" of its card.
# (Not the "đua" of "thi đua theo chỉ thị 14".)
ASKS_BASIS = re.compile(
    r"(?<! thi) dua (tren|vao|theo) ((nhung|cac) )?(van ban|chi thi|nghi quyet|nghi dinh"
    r"|quyet dinh|cong van|ke hoach|thong tu|luat|co so|dau)( (nao|gi))? "
)
# The letters staff type for a kind of document before its number ("nđ 152", "tt 18"), folded.
KIND_LETTERS = {
    "nd": "nghi dinh", "tt": "thong tu", "qd": "quyet dinh", "nq": "nghi quyet",
    "kh": "ke hoach", "cv": "cong van", "ct": "chi thi",
}  # fmt: skip
# "phát động theo kế hoạch nào", "ban hành theo nđ nào": the document of that kind (typed
# short too) it carries out, when its card's line "Căn cứ: …" names one; folded.
BASIS_KINDS = {
    "van ban": "",  # any kind
    **{kind: kind for kind in KIND_LETTERS.values()},
    **KIND_LETTERS,
}
ASKS_BASIS_OF_KIND = re.compile(
    rf" theo (?:(?:nhung|cac) )?({'|'.join(BASIS_KINDS)}) (?:nao|gi|so may) "
)


# "năm 2022 (có ý nghĩa) gì", "sáng kiến là gì": a subject of a few words, then what it is;
# also what kind of thing it is ("sáng kiến là những giải pháp gì", "là loại hình thức gì").
_DEFINED = re.compile(
    r"^((?:\w+ ){0,3}?\w+) (?:la (?:(?:nhung|cac|mot) )?(?:\w+ ){0,3}?|la |co )?gi\b"
)


# "được cơ sở công nhận khi nào", "trường hợp nào không được công nhận", "có cần … không":
# the conditions of something, asked without saying "điều kiện" (folded, spaced text)
_ASKS_CONDITIONS = re.compile(
    r" (?:duoc|bi) (?:\w+ ){1,4}khi nao "
    r"| (?:truong hop|khi) nao (?:thi )?(?:khong |ko |k )?(?:duoc|dc|bi) "
    r"| co can (?:\w+ ){1,5}(?:khong|ko|k) $"
)


# "Điều 3. ", "II. ", "2. ": the numbering before a heading's name
_TITLE_NAME = re.compile(r"^(?:dieu \d+|[ivxlc]+|\d+)\.\s*")


# "cho em hỏi", "xin hỏi": polite words a question may open with before its subject
_ASKING_OPENERS = re.compile(r"^(?:(?:cho|xin|em|toi|minh|hoi|phep|vui long|giup) )+")


def _defined_subject(tokens: list[str]) -> str | None:
    """What the question asks to be defined, folded, when it opens on it ("năm 2022", also
    after "cho em hỏi")."""
    return _subject_defined(tuple(tokens))


@lru_cache(maxsize=RECENT_QUESTIONS)  # asked several times of each question
def _subject_defined(tokens: tuple[str, ...]) -> str | None:
    """`_defined_subject`, kept for the last few questions."""
    found = _DEFINED.match(_ASKING_OPENERS.sub("", " ".join(fold(t) for t in tokens)))
    if found is None or any(w in FOLDED_STOPWORDS for w in found[1].split()):
        return None
    return found[1]


def _definition(tokens: list[str]) -> Callable[[str], bool] | None:
    """Whether a folded text has a sentence opening on what the question asks to be defined
    and saying what it is ("năm 2022 là năm …"), when the question asks that."""
    subject = _defined_subject(tokens)
    return None if subject is None else _defining(subject)


@lru_cache(maxsize=RECENT_QUESTIONS)
def _defining(subject: str) -> Callable[[str], bool]:
    """`_definition` of a subject: the pattern, which may start anywhere, is tried only on a
    text saying the subject and "là" or "có" after it at all."""
    sentence = re.compile(rf"(?:^|[\n.;:] *){re.escape(subject)} (?:la|co)\b")
    said = (f"{subject} la", f"{subject} co")
    return lambda text: (said[0] in text or said[1] in text) and bool(sentence.search(text))


def _continued_note(head: str) -> bool:
    """Whether a passage's start is the editors' note continuing an article ("(Điều 80, tiếp
    theo)\nGhi chú …"): a first line in brackets ending ", tiếp theo", then "Ghi chú"."""
    first, newline, rest = head.partition("\n")
    return (
        bool(newline)
        and first.startswith("(")
        and first.endswith(", tiếp theo)")
        and _NOTE_OPENS.match(rest) is not None
    )


def _bare_body_levels(said: list[str]) -> set[str]:
    """The levels ("bo", "so") of the bodies the question names by "Bộ" or "Sở" alone as
    the one that owns or does what is asked (BODY_OWNER_BEFORE, BODY_ACTS_AFTER)."""
    folded = [fold(t) for t in said]
    levels = set()
    for i, word in enumerate(folded):
        if word not in BODY_LEVELS or (has_marks(said[i]) and said[i].lower() not in ("bộ", "sở")):
            continue
        before = folded[i - 1] if i > 0 else ""
        after = folded[i + 1] if i + 1 < len(folded) else ""
        if before in BODY_COMPOUND_BEFORE or after in BODY_COMPOUND_AFTER:
            continue
        if before in BODY_OWNER_BEFORE or after in BODY_ACTS_AFTER:
            levels.add(word)
    return levels


def _asked_kinds(tokens: list[str]) -> set[str]:
    """Which passage kinds other than plain sections the question asks for."""
    return set(_kinds_asked(tuple(tokens)))


@lru_cache(maxsize=RECENT_QUESTIONS)  # each index of the knowledge base asks it again
def _kinds_asked(tokens: tuple[str, ...]) -> frozenset[str]:
    """`_asked_kinds`, kept for the last few questions."""
    text = f" {' '.join(fold(t) for t in tokens)} "
    asked = set()
    if (
        any(f" {phrase} " in text for phrase in INFO_INTENT)
        or ASKS_NUMBER.search(text)
        or ASKS_RECIPIENTS.search(text)
        or ASKS_BASIS.search(text)
        or (
            (ASKS_SENT_WHERE.search(text) or ASKS_LAUNCHED.search(text))
            and any(f" {k} " in text for k in DOCUMENT_KINDS)
        )
    ):
        asked.add("info")
    if any(f" {phrase} " in text for phrase in LIST_INTENT) or LIST_ASKED.search(text):
        asked.add("outline")
    return frozenset(asked)


def _document_numbers(documents: Sequence[Document]) -> dict[str, np.ndarray]:
    """Map the leading number of each numbered document ("14" of 14/CT-UBND) to its index."""
    numbers: dict[str, list[int]] = defaultdict(list)
    for i, doc in enumerate(documents):
        if doc.has_number and doc.number:
            numbers[re.findall(r"\d+", doc.number)[0].lstrip("0")].append(i)
    return {n: np.array(ids) for n, ids in numbers.items()}


def _issuer_words(doc: Document) -> str:
    """The folded first words of a document's issuer, padded ("sở tài nguyên"): enough to
    tell it (ISSUER_WORDS)."""
    issuer = " ".join(fold(doc.issuer).split()[:ISSUER_WORDS])
    return f" {issuer} " if issuer else ""


def _campaign_issuers(documents: Sequence[Document], issuer_of: list[str]) -> dict[str, np.ndarray]:
    """The campaigns by the first words of their issuer (`_issuer_words`)."""
    issuers: dict[str, list[int]] = defaultdict(list)
    for i, (doc, issuer) in enumerate(zip(documents, issuer_of, strict=True)):
        if doc.is_campaign and issuer:
            issuers[issuer].append(i)
    return {issuer: np.array(ids) for issuer, ids in issuers.items()}


def _documents_citing(documents: Sequence[Document]) -> dict[str, list[tuple[int, str]]]:
    """Map the leading number of each document a document carries out ("14" of its basis
    "14/CT-UBND …") to it and the folded first words of its issuer: the department's letter
    "theo Chỉ thị số 14/CT-UBND" is named "CT 14" too when the question names the department
    ("sở tnmt kon tum triển khai ct14 thế nào")."""
    numbers: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for i, doc in enumerate(documents):
        issuer = _issuer_words(doc)
        for basis in doc.based_on:
            found = _LEADING_NUMBER.match(basis)
            if found and issuer:
                numbers[found[1].lstrip("0")].append((i, issuer))
    return dict(numbers)


_LEADING_NUMBER = re.compile(r"\D{0,20}?(\d+)[/-]")


def _citing_groups(
    citing: dict[str, list[tuple[int, str]]], kind_of: list[str]
) -> dict[str, list[tuple[str, str, np.ndarray]]]:
    """The documents citing each number (`_documents_citing`) grouped by the words of their
    issuer and their kind, in order of first appearance: a question is matched once per
    group, not once per document (thousands of documents cite a province's directive)."""
    grouped: dict[str, list[tuple[str, str, np.ndarray]]] = {}
    for number, entries in citing.items():
        groups: dict[tuple[str, str], list[int]] = {}
        for i, issuer in entries:
            groups.setdefault((issuer, kind_of[i]), []).append(i)
        grouped[number] = [(issuer, kind, np.array(ids)) for (issuer, kind), ids in groups.items()]
    return grouped


def _document_years(documents: Sequence[Document]) -> dict[str, np.ndarray]:
    """Map each year of a document's period ("2022") to the documents it covers."""
    years: dict[str, list[int]] = defaultdict(list)
    for i, doc in enumerate(documents):
        for year in range(doc.period_start, doc.period_end + 1):
            years[str(year)].append(i)
    return {y: np.array(ids) for y, ids in years.items()}


def _document_kinds(documents: Sequence[Document]) -> list[tuple[str, np.ndarray]]:
    """Each kind of document (" chi thi "), padded for a whole-word match, and its documents;
    only kinds that not every document shares."""
    kinds: dict[str, list[int]] = defaultdict(list)
    for i, doc in enumerate(documents):
        if doc.kind:
            kinds[f" {fold(doc.kind)} "].append(i)
    return [(k, np.array(ids)) for k, ids in kinds.items() if len(ids) < len(documents)]


def _document_text(doc: Document) -> str:
    years = " ".join(str(y) for y in range(doc.period_start, doc.period_end + 1))
    signer = f"{doc.signer.title} {doc.signer.name or ''}"
    number = (doc.number or "") if doc.has_number else ""  # a blank "…/KH-STNMT" says nothing
    date = f"{doc.date.day}/{doc.date.month}/{doc.date.year}" if doc.date else ""
    return " ".join(
        [doc.kind, number, date, doc.title, doc.issuer, doc.place, years, signer, *_names(doc)]
    )


# A document number's own number, year and kind code ("129/2025/NĐ-CP", "14/CT-UBND").
_NUMBER_PARTS = re.compile(r"^(\d+)(?:/(\d{4}))?/([^\W\d_]+)")


def _names(doc: Document) -> list[str]:
    """The ways a question names the document by its number ("NĐ 129 năm 2025", "nghị định
    129 năm 2025", "tt 18/2013") where the document writes "129/2025/NĐ-CP"."""
    parts = _NUMBER_PARTS.match(doc.number or "") if doc.has_number else None
    if parts is None:
        return []
    number, year, code = parts.groups()
    if year is None:  # "14/CT-UBND": "chỉ thị 14", not "năm 2021", which says too little
        return [f"{doc.kind} {number} {code} {number}"]
    return [f"{doc.kind} {number} năm {year} {code} {number} năm {year} {code} {number}/{year}"]


def _query_terms(tokens: list[str], accented: bool) -> list[QueryTerm]:
    """The question's scoring terms: each content word folded (and with its marks when the
    question has them), then the pairs of adjacent content words."""
    return list(_terms_of(tuple(tokens), accented))


@lru_cache(maxsize=RECENT_QUESTIONS)  # each index of the knowledge base asks it again
def _terms_of(tokens: tuple[str, ...], accented: bool) -> tuple[QueryTerm, ...]:
    """`_query_terms`, kept for the last few questions."""
    terms: list[QueryTerm] = []
    for token in tokens:
        if is_stopword(token, accented):
            continue
        if accented:
            terms.append(QueryTerm(fold(token), 1 - ACCENT_SHARE))
            terms.append(QueryTerm(accent_key(token) + "|", ACCENT_SHARE))
        else:
            terms.append(QueryTerm(fold(token), 1.0))
    terms += [QueryTerm(pair, 1.0) for pair in content_pairs(tokens, accented)]
    return tuple(terms)


def _coverage_units(tokens: list[str], accented: bool) -> list[tuple[str, float, str | None]]:
    """(folded unit, weight, exact accent key or None) for each informative word and pair."""
    return list(_units_of(tuple(tokens), accented))


@lru_cache(maxsize=RECENT_QUESTIONS)  # each index of the knowledge base asks it again
def _units_of(tokens: tuple[str, ...], accented: bool) -> tuple[tuple[str, float, str | None], ...]:
    """`_coverage_units`, kept for the last few questions."""
    units: list[tuple[str, float, str | None]] = []
    for token in tokens:
        if not is_stopword(token, accented):
            units.append((fold(token), 1.0, accent_key(token) + "|" if accented else None))
    units += [(pair, PAIR_SHARE, None) for pair in content_pairs(tokens, accented)]
    return tuple(units)
