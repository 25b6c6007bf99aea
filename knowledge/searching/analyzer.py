"""Typing slips, more ranking tables (roles, topics, idioms, headings) and the Analyzer of questions."""

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

import yaml
from rapidfuzz.distance import OSA

from knowledge.keyboard import key_slips
from knowledge.normalize import fold, words
from knowledge.searching.weights_and_vocabulary import ABBREVIATIONS_FILE
from knowledge.sections import Passage
from knowledge.shorthand import SHORTHAND_FILE, full_years
from knowledge.shorthand import load as load_shorthand
from knowledge.synonyms import Synonyms

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
# passages whose folded words are kept, as last read (unrelated to WHOLE_COVERAGE_PASSAGES)
MAX_REMEMBERED_PASSAGES = 256


UNKNOWN_ACCENT_CREDIT = 0.25  # "lương" typed with diacritics, but only "lượng" is known


MAX_PLAIN_TOKENS = 500_000  # distinct tokens whose analysis is remembered


SYNONYM_WEIGHT = 0.5  # BM25 weight of another phrase of a group, relative to the question's


SUBJECT_BOOST = 1.5  # a passage whose heading names the conditions of what is asked about
OUTLINE_BELOW = 0.9  # of the rank of a part saying what is asked about, its outline's at most


LISTED = 3  # times a passage names a kind of thing ("chỉ số") to be a list of such things


MAX_COUNTED = 20  # "4 phong trào": a question counting things, not naming a year


NUMBERING = frozenset(("so", "muc", "dieu", "khoan", "diem", "thu", "lan", "phan", "chuong"))


ROLE_BOOST = 1.5  # a part addressed to all the people the question names (roles.yaml)


ROLES_FILE = Path(__file__).parent.parent / "roles.yaml"


ROLE_LIST_WORDS = 6  # a longer piece of a line than this, between commas, is no addressee


ROLE_WORDS = 8  # the words of an addressee ("cá nhân là lãnh đạo thủ trưởng đơn vị")


ADDRESSING = ("doi voi ", "giao ")  # what a line addressing someone may open with


# A question naming its document ("CT 14 Kon Tum", "của Bộ TN&MT năm 2021") and asking of a
# topic in it: a part of that document rises by this much times the share of the topic it says.
TOPIC_WEIGHT = 1.0


TOPIC_SAID = 0.25  # share of the topic a part must say to answer before its document's opening


# Of the parts saying a topic's words, one saying them side by side rises by up to this share.
CLOSE_TOPIC_WEIGHT = 0.5
NEARLY_AS_MUCH = 0.9  # ... among the parts saying at least this share of what the most does


FEW_OF_TOPIC = 0.5  # ... when the part found first says less than this share of what another does


TOPIC_TOLD = 0.5  # ... of the topic a part must say to lead one saying none of it


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


def led_by(hits: list[Hit], passage: Passage, position: int) -> list[Hit]:
    """The hits led by that passage, at the first hit's scores, and not repeated below."""
    first = Hit(passage, position, hits[0].score, hits[0].rank_score)
    return [first, *(h for h in hits if h.position != position)]


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

    @cached_property
    def synonyms(self) -> Synonyms:
        """The phrases of knowledge/synonyms.yaml, each analysed as questions are: one set
        for all the indexes reading with this analyzer, so that what it finds in a question's
        words is found once (`Synonyms.find` keeps the last few)."""
        return Synonyms.from_file(self.words)

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
            # ("năm 21" asks of 2021; "2 người cùng đủ tiêu chuẩn" asks of no number)
            words = _without_finally(_if_opening(self.words(full_years(question))))
            found = _without_head_count(words)
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
                    article = _GLUED_ARTICLE.match(folded)
                    if article:  # "đ84 luật tđkt" is "điều 84"
                        out += ["điều", _normal(article[1])]
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


# An abbreviation typed with its number ("ct14", "qd2022").
_GLUED_NUMBER = re.compile(r"^([a-z]{2,})(\d+)$")
# An article cited as staff write it, "Đ" against its number ("đ84"); "đ" alone stays a
# letter ("điểm đ").
_GLUED_ARTICLE = re.compile(r"^d(\d{1,3})$")


def _if_opening(tokens: list[str]) -> list[str]:
    """The question's words without a "neu" opening a condition that "thi" closes: it is
    "nếu" (if), which says nothing of what is asked, not the "nêu" (state) it folds as ("neu
    nhieu nguoi cung du tieu chuan thi chon ai"; not the "thi" of "thi đua", "thi hành").
    A word leading a follow-up may come before it ("the neu …", "vay neu …")."""
    at = 1 if tokens and tokens[0] in _LEADING_IF else 0
    if len(tokens) > at + 2 and tokens[at] == "neu":
        after = tokens[at + 2 :]
        if any(
            w == "thi" and after[i + 1 : i + 2] not in (["dua"], ["hanh"])
            for i, w in enumerate(after)
        ):
            return [*tokens[:at], *tokens[at + 1 :]]
    return tokens


_LEADING_IF = frozenset(("the", "vay", "con", "ma", "nhung", "va"))


def _without_finally(tokens: list[str]) -> list[str]:
    """The question's words without "cuối cùng" opening it (after a leading "thế", "vậy")
    before "ai": "thế cuối cùng ai tổng hợp, đề xuất khen thưởng" asks who does it,
    "cuối cùng" (finally) says when it is asked. Elsewhere it is the last of a list
    ("cuối cùng là nội dung gì", "nội dung cuối cùng")."""
    at = 1 if tokens and fold(tokens[0]) in _LEADING_IF else 0
    said = [fold(t) for t in tokens[at : at + 3]]
    if said == ["cuoi", "cung", "ai"]:
        return [*tokens[:at], *tokens[at + 2 :]]
    return tokens


# How many people a question's story counts ("2 người cùng đủ tiêu chuẩn", "hai người"):
# the number is of the story, never one the documents state ("02 lần liên tục"). Folded.
_COUNTED_PEOPLE = frozenset(("nguoi", "dong chi", "ca nhan"))
_SMALL_COUNTS = frozenset(("hai", "ba", "bon", "nam"))
# ... unless a word it numbers comes before it: a year ("năm 2021 cá nhân …"), an item
# ("khoản 2 cá nhân …")
_NUMBERED_BY = NUMBERING | {"nam"}


def _without_head_count(tokens: list[str]) -> list[str]:
    """The question's words without a count of people ("2 người") before "người"."""
    kept = []
    for i, token in enumerate(tokens):
        after = fold(" ".join(tokens[i + 1 : i + 3]))
        counted = any(after == p or after.startswith(f"{p} ") for p in _COUNTED_PEOPLE)
        numbered = i > 0 and fold(tokens[i - 1]) in _NUMBERED_BY
        small = (token.isdigit() and len(token) <= 2) or fold(token) in _SMALL_COUNTS
        if counted and small and not numbered:
            continue
        kept.append(token)
    return kept


def _normal(word: str) -> str:
    """A number without its leading zeros ("07" is "7"); any other word as it is."""
    return word.lstrip("0") or "0" if word.isdigit() else word


def _swapped(word: str) -> set[str]:
    """The other words made by swapping two neighbouring letters ("kein" → "kien")."""
    return {
        word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        for i in range(len(word) - 1)
        if word[i] != word[i + 1]
    }


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
