"""What a message typed in words asks for: a command, small talk, a missing feature.

The examples live in `intents.yaml`, so the office can teach the bot a new way of asking
without touching code. Matching is on folded words (no diacritics, lower case) with the
polite fillers removed ("cho em", "giúp tôi", "ạ"): an example matches when the message is
close to it as a whole (rapidfuzz ratio, so typos pass) or contains all its words and little
else. When two different readings score close, both are returned so the bot can ask.
"""

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from knowledge import ordinals
from knowledge.normalize import fold, plain_words, says_as_written
from knowledge.shorthand import spell_out

_PUNCTUATION = re.compile(r"[^\w\s/]")
QUESTION_WORDS = (
    "gi", "nao", "bao nhieu", "ai", "sao", "o dau", "may", "bao lau", "khi nao", "bao gio",
    "la sao", "nhu the nao", "phai khong", "nhung dau", "di dau", "ve dau",
)  # fmt: skip
# ("những đâu", "đi đâu", "về đâu": where to; "đâu" alone, folded, is also "đầu")
ON_SUBJECT = (
    "thi dua", "khen thuong", "danh hieu", "sang kien", "phong trao", "tieu chi", "chien si",
    "lao dong tien tien", "giay khen", "bang khen", "luong co so", "tien thuong",
)  # fmt: skip
# The titles as staff abbreviate them ("Bác sĩ … có đủ điều kiện CSTĐCS không" asks of the
# title, whatever the doctor's trade)
ON_SUBJECT_SHORT = ("cstd", "cstdcs", "cstdtq", "ldtt", "ttldtt", "tdkt")
_ON_SUBJECT_PADDED = tuple(f" {words} " for words in (*ON_SUBJECT, *ON_SUBJECT_SHORT))
_YES_NO = re.compile(r" co .* khong ")
# "đã bị thay chưa", "ký rồi chưa": "… chưa" closing a text asks whether it has happened yet
_NOT_YET_END = re.compile(r" (?:da|bi|duoc|co) .* chua( (a|nhi|nhe|vay|ha|z))? $")
# "có … không" ("phải … không", "cần … không") closing a short text asks; inside it, it may be
# an answer ("Có máy tính, không cần thêm kinh phí" for the conditions of an initiative).
# "… còn không" closing it asks whether something still is ("bộ tnmt bây giờ còn không").
_YES_NO_END = re.compile(
    r" ((?:co|phai|can|bat buoc) .*|con(?: .*)?) (khong|ko|k|hong)( (a|nhi|nhe|vay|ha|chu|z))? $"
)
# Phrases only a question has ("là gì", "thế nào"): a short text saying one is asked, not
# answered, even where any words would pass ("đơn vị là gì vậy" for a unit's name).
ASKING_PHRASES = (
    "la gi", "gi vay", "the nao", "bao nhieu", "o dau", "khi nao", "bao gio", "phai khong",
    "la sao", "tai sao", "vi sao", "lam sao", "nghia la", "duoc khong", "the sao", "sao phai",
    "de lam gi", "nhung gi", "ra sao", "sao cho dung",
)  # fmt: skip
# Words only a question opens with ("ai duyệt bản đăng ký", "khi nào nộp"); not "sao", which
# opens "sao lưu dữ liệu", a name an initiative may have.
ASKING_OPENINGS = ("ai", "bao gio", "khi nao", "tai sao", "vi sao", "lam sao", "o dau", "co phai")
PLAIN_QUESTION_WORDS = 10  # longer texts (a description) may say these phrases in passing
INTENTS_FILE = Path(__file__).parent / "intents.yaml"
ACCEPT = 86.0  # a reading this close is acted on
CLOSE = 6.0  # two readings within this many points of each other are both offered
EXACT = 100.0  # the score of an example said word for word
FLOOR = 78.0  # below this a reading is not offered at all
SUBSET_BASE = 72.0  # all of an example's words in the message: this, plus its share of them
OPENING_WORDS = 3  # an example of this many words opening the message counts as at least
OPENING_SHARE = 0.6  # this share of it: enough to be acted on (ACCEPT)
MAX_REMEMBERED_LENGTH = 4096  # the example windows of longer messages are not kept


Marks = tuple[bool, tuple[str, ...]]  # a word's đ and its marks (see `_marks`)


@dataclass(frozen=True)
class Intent:
    kind: str  # "request", "small_talk", "missing_feature"
    key: str  # the command ("/nhacnho tắt"), the small-talk kind, or the missing feature
    label: str
    answer: str  # small talk and missing features: what the bot says
    role: str = "staff"
    examples: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()  # the examples cleaned as messages are
    keep_words: bool = False  # the message's other words go after the command
    # Missing features: questions of this shape (folded words) ask for it whatever their
    # other words ("kết quả bình xét thi đua năm 2025 của phường tôi").
    asked: re.Pattern[str] | None = None
    # Missing features: an off-topic message of these words (folded) gets this answer.
    declined_words: re.Pattern[str] | None = None
    # Missing features: the shape may be told before a rule asked of it ("năm ngoái tôi được
    # giấy khen đột xuất thì có dùng làm căn cứ … không"), which is then no request for it.
    told_before_rule: bool = False


@dataclass(frozen=True)
class Match:
    intent: Intent
    score: float
    pattern: str = ""

    def command_text(
        self, message: str, fillers: frozenset[str], same: Mapping[str, str] | None = None
    ) -> str:
        """The command to run: the intent's, plus the message's own words when it keeps them
        ("xem tiêu chí tập thể" → "/tieuchi tập thể"; "mở tiêu chí" says "xem" in other words:
        `same`, the book's `same_words` of one word)."""
        if not self.intent.keep_words:
            return self.intent.key
        used = set(self.pattern.split())
        words = _PUNCTUATION.sub(" ", message).split()
        polite = _filler_places([fold(w) for w in words], fillers)
        said = [(same or {}).get(fold(w), fold(w)) for w in words]
        # A word right after a count is its unit and stays with it ("trước 2 tuần").
        extra = [
            w
            for i, w in enumerate(words)
            if i not in polite and (said[i] not in used or (i and _is_count(fold(words[i - 1]))))
        ]
        return " ".join([self.intent.key, *extra])


# Counts written out ("nhắc em trước một ngày"), folded; not "tư", "năm", "sáu", which are also
# "từ", "year" and "after".
COUNT_WORDS = {w: n for w, n in ordinals.COUNT_WORDS.items() if w not in ("tu", "nam", "sau")}


def _word_for_word(said: list[str], example: list[str], loose: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a question says an example's words and no others, typos and loose words
    ("thi đua", "những") aside: a question close to a request only in letters asks something
    else ("ai phải đăng ký thi đua" is no "ai chưa đăng ký thi đua", "Kon Tum có những phong
    trào nào" no list of them all)."""
    return _alike_words(_tight_words(tuple(said), loose), _tight_words(tuple(example), loose))


@lru_cache(maxsize=4096)
def _tight_words(words: tuple[str, ...], loose: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    """`_without`, remembered: the examples come back message after message."""
    return tuple(_without(list(words), loose))


def _alike_words(said: tuple[str, ...], example: tuple[str, ...]) -> bool:
    return all(any(_alike(w, e) for e in example) for w in said) and all(
        any(_alike(e, w) for w in said) for e in example
    )


def _without(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> list[str]:
    """The words without the phrases, the longest one that starts at a word first ("cán bộ"
    goes whole, "bộ" alone stays)."""
    by_first = _by_first_word(phrases)
    kept: list[str] = []
    at = 0
    while at < len(words):
        size = next(
            (len(p) for p in by_first.get(words[at], ()) if tuple(words[at : at + len(p)]) == p),
            0,
        )
        if size:
            at += size
        else:
            kept.append(words[at])
            at += 1
    return kept


@cache
def _by_first_word(
    phrases: tuple[tuple[str, ...], ...],
) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases by their first word, longest first."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(phrases, key=lambda p: (-len(p), p)):
        found.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(listed) for word, listed in found.items()}


def _alike(word: str, other: str) -> bool:
    """The same word but for a slip, or for the y written i ("đăng kí", "lí do")."""
    if word == other or word.replace("y", "i") == other.replace("y", "i"):
        return True
    return min(len(word), len(other)) >= SLIP_LETTERS and OSA.distance(word, other) <= 1


SLIP_LETTERS = 3  # a shorter word with one letter changed is another word ("ai", "gi")


def _filler_places(folded: list[str], fillers: frozenset[str]) -> set[int]:
    """Where the message's words are polite fillers, phrases of several words included
    ("cho em xem tiêu chí": "cho" is a filler only with "em")."""
    places: set[int] = set()
    for filler in fillers:
        wanted = filler.split()
        for start in range(len(folded) - len(wanted) + 1):
            if folded[start : start + len(wanted)] == wanted:
                places.update(range(start, start + len(wanted)))
    return places


def _is_count(folded: str) -> bool:
    return folded.isdigit() or folded in COUNT_WORDS


@dataclass(frozen=True)
class IntentBook:
    intents: tuple[Intent, ...]
    fillers: frozenset[str]
    off_topic: tuple[str, ...]
    always_off_topic: tuple[str, ...] = ()
    # Words a question may say or leave out and still be an example's (see `_word_for_word`).
    loose: tuple[tuple[str, ...], ...] = ()  # their words, longest phrase first
    # Phrases staff type for an example's words ("ds": "danh sách"), folded, longest first.
    same_words: tuple[tuple[str, str], ...] = ()
    # Words naming a document or what it says ("chỉ thị", "nhắc"): after a request opening a
    # message, they ask the documents' text, which the request's list does not hold.
    document_words: tuple[str, ...] = ()
    # Off-topic phrases that stay so beside the subject's own words, unless a document uses
    # them ("chiến sĩ thi đua cơ sở có được nâng lương trước hạn", "tiền thưởng có phải đóng
    # thuế thu nhập"): the documents set no rule on them, whatever title they are asked of.
    beside_subject: tuple[str, ...] = ()
    # Off-topic phrases written with their marks, by their folded words: a message typing
    # these words with other marks does not say them ("hồ sơ đó" is no "sổ đỏ").
    off_topic_marks: dict[str, str] = field(default_factory=dict)
    # Every example in one list (for one rapidfuzz pass), its intent, and by its first word.
    _patterns: list[str] = field(init=False, repr=False, compare=False)
    _owner: list[int] = field(init=False, repr=False, compare=False)
    _marked: dict[tuple[int, str], frozenset[Marks]] = field(init=False, repr=False, compare=False)
    _by_first: dict[str, list[int]] = field(init=False, repr=False, compare=False)
    # Each example: its intent, text, words, whether its intent keeps the message's other
    # words, and whether it is a missing feature.
    _example_words: list[frozenset[str]] = field(init=False, repr=False, compare=False)
    _examples: list[tuple[int, str, list[str], bool, bool]] = field(
        init=False, repr=False, compare=False
    )
    # The off-topic phrases of two words or more, by each of their words and its place.
    _off_by_word: dict[str, list[tuple[tuple[str, ...], int]]] = field(
        init=False, repr=False, compare=False
    )
    # The examples a message of each length can come close to as a whole (see `_near`).
    _by_length: dict[tuple[int, float], tuple[tuple[int, ...], list[str]]] = field(
        init=False, repr=False, compare=False
    )
    # The examples without their loose words, and the loose words one by one.
    _tight: list[str] = field(init=False, repr=False, compare=False)
    _tight_by_length: dict[int, tuple[tuple[int, ...], list[str]]] = field(
        init=False, repr=False, compare=False
    )
    _loose_words: frozenset[str] = field(init=False, repr=False, compare=False)
    _same_word: dict[str, str] = field(init=False, repr=False, compare=False)  # same_word
    # The off-topic phrases, of each kind, and both kinds as word lists by their first word.
    _off_set: frozenset[str] = field(init=False, repr=False, compare=False)
    _always_set: frozenset[str] = field(init=False, repr=False, compare=False)
    _beside_set: frozenset[str] = field(init=False, repr=False, compare=False)
    _phrases_by_first: dict[str, list[tuple[list[str], str]]] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        flat = [(i, p) for i, intent in enumerate(self.intents) for p in intent.patterns]
        by_first: dict[str, list[int]] = {}
        for index, (_, pattern) in enumerate(flat):
            by_first.setdefault(pattern.split()[0], []).append(index)
        object.__setattr__(self, "_patterns", [p for _, p in flat])
        object.__setattr__(self, "_owner", [i for i, _ in flat])
        object.__setattr__(self, "_by_first", by_first)
        examples = [
            (i, p, p.split(), self.intents[i].keep_words, self.intents[i].kind == "missing_feature")
            for i, p in flat
        ]
        object.__setattr__(self, "_examples", examples)
        object.__setattr__(self, "_example_words", [frozenset(e[2]) for e in examples])
        # Examples that come down to one word, by that word as written with its marks: a
        # message typed with other marks ("đúng" for "dừng lại") is not that example.
        marked: dict[tuple[int, str], frozenset[Marks]] = {}
        for i, intent in enumerate(self.intents):
            for example in intent.examples:
                pattern = self.clean(example)
                words = _PUNCTUATION.sub(" ", example.lower()).split()
                own = [w for w in words if fold(w) == pattern and not w.isascii()]
                if " " not in pattern and own:
                    signs = {_marks(w) for w in own}
                    marked[(i, pattern)] = marked.get((i, pattern), frozenset()) | signs
        object.__setattr__(self, "_marked", marked)
        off_by_word: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for phrase in self.off_topic:
            wanted = tuple(phrase.split())
            if len(wanted) >= 2:
                for k, word in enumerate(wanted):
                    off_by_word.setdefault(word, []).append((wanted, k))
        object.__setattr__(self, "_off_by_word", off_by_word)
        object.__setattr__(self, "_by_length", {})
        tight = [" ".join(_without(p.split(), self.loose)) for _, p in flat]
        object.__setattr__(self, "_tight", tight)
        object.__setattr__(self, "_tight_by_length", {})
        object.__setattr__(self, "_loose_words", frozenset(w for p in self.loose for w in p))
        phrases_by_first: dict[str, list[tuple[list[str], str]]] = {}
        for phrase in {*self.off_topic, *self.always_off_topic, *self.beside_subject}:
            if phrase and phrase == " ".join(phrase.split()):  # else no message has it
                words = phrase.split()
                phrases_by_first.setdefault(words[0], []).append((words, phrase))
        object.__setattr__(self, "_phrases_by_first", phrases_by_first)
        object.__setattr__(self, "_off_set", frozenset(self.off_topic))
        object.__setattr__(self, "_always_set", frozenset(self.always_off_topic))
        object.__setattr__(self, "_beside_set", frozenset(self.beside_subject))
        one_word = {typed: meant for typed, meant in self.same_words if " " not in typed}
        object.__setattr__(self, "_same_word", one_word)

    def clean(self, text: str) -> str:
        """Folded words of the message without punctuation and polite fillers, in the words
        of the examples."""
        return clean(text, self.fillers, self.same_words)

    @property
    def same_word(self) -> dict[str, str]:
        """The `same_words` of one word ("coi": "xem")."""
        return self._same_word

    def readings(self, text: str) -> list[Match]:
        """The intents the message may mean, best first: one when it is clear, several
        when they are close, none when nothing is near."""
        cleaned = self.clean(text)
        if not cleaned:
            return []
        scored: dict[tuple[int, str], float] = {}
        # Close as a whole (typos pass): one rapidfuzz pass over the examples whose length
        # leaves them a chance; none when no example has a length near the message's.
        owners, near = self._near(len(cleaned), FLOOR)
        if near:
            for pattern, score, index in process.extract(
                cleaned, near, scorer=fuzz.ratio, limit=None, score_cutoff=FLOOR
            ):
                if pattern == cleaned or self._same_words(cleaned, pattern):
                    scored[(owners[index], pattern)] = float(score)
        if not any(pattern == cleaned for _, pattern in scored):  # (else none could win)
            for owner, pattern, score in self._tightly(cleaned):
                scored[(owner, pattern)] = max(scored.get((owner, pattern), 0.0), score)
        said = cleaned.split()
        contained = self._contained(text, said, FLOOR)
        for owner, pattern, score in _objects_dropped(said, contained):
            scored[(owner, pattern)] = max(scored.get((owner, pattern), 0.0), score)
        best: dict[str, Match] = {}
        typed = self._typed_marks(text, cleaned)
        for (owner, pattern), score in scored.items():
            marked = self._marked.get((owner, pattern))
            if typed and marked and typed not in marked:
                continue  # "đúng" typed is not the "dừng" of "dừng lại", though both fold alike
            intent = self.intents[owner]
            if score >= FLOOR and (intent.key not in best or best[intent.key].score < score):
                best[intent.key] = Match(intent, score, pattern)
        ranked = sorted(best.values(), key=lambda m: -m.score)
        if not ranked:
            return []
        top = ranked[0].score
        # An example said word for word is what was meant ("duyệt đăng ký thi đua" is the
        # office's, though it holds "đăng ký thi đua"): a reading only containing another
        # example's words is no rival to it; a second example said word for word still is.
        close = EXACT if top >= EXACT else top - CLOSE
        return [m for m in ranked if m.score >= close]

    @staticmethod
    def _typed_marks(text: str, cleaned: str) -> "Marks | None":
        """The marks of the one word a message comes down to, when it is typed with marks."""
        if " " in cleaned:
            return None
        for word in _PUNCTUATION.sub(" ", text.lower()).split():
            if not word.isascii() and fold(word) == cleaned:
                return _marks(word)
        return None

    def may_read(self, text: str, least: float) -> bool:
        """False when no reading of the message scores `least` or more: then `readings`
        has none that sure, which this tells at a fraction of its cost (in a dialog, every
        answer is first checked for an unmistakable request)."""
        cleaned = self.clean(text)
        if not cleaned:
            return False
        near = self._near(len(cleaned), least)[1]
        if near:
            for pattern, _, _ in process.extract(
                cleaned, near, scorer=fuzz.ratio, limit=None, score_cutoff=least
            ):
                if pattern == cleaned or self._same_words(cleaned, pattern):  # as `readings`
                    return True
        if any(score >= least for _, _, score in self._tightly(cleaned)):
            return True
        return bool(self._contained(text, cleaned.split(), least))

    def _tightly(self, cleaned: str) -> list[tuple[int, str, float]]:
        """(intent, example, score) of the examples close to the message once the loose words
        of both are left out: "ai trong phòng mình chưa đăng ký thi đua vậy" is as close to
        "ai trong phòng chưa đăng ký" as its words say, not as far as its length."""
        said = cleaned.split()
        if self._loose_words.isdisjoint(said):
            return []
        tight = " ".join(_without(said, self.loose))
        if not tight:
            return []
        places, near = self._near_tight(len(tight))
        if not near:
            return []
        found = process.extract(tight, near, scorer=fuzz.ratio, limit=None, score_cutoff=FLOOR)
        # never as sure as an example said word for word ("đăng ký thi đua" is not the
        # "đăng ký" of an initiative, though "thi đua" is loose)
        return [
            (self._owner[places[i]], self._patterns[places[i]], min(float(score), EXACT - 1))
            for _, score, i in found
            if self._same_words(cleaned, self._patterns[places[i]])
        ]

    def _near_tight(self, length: int) -> tuple[tuple[int, ...], list[str]]:
        """The examples without their loose words that a text of this length can come close
        to (as `_near`): their places in the book and their texts."""
        known = self._tight_by_length.get(length)
        if known is not None:
            return known
        places = tuple(
            i
            for i, text in enumerate(self._tight)
            if 200 * min(len(text), length) >= (FLOOR - 1) * (len(text) + length)
        )
        found = (places, [self._tight[i] for i in places])
        if length <= MAX_REMEMBERED_LENGTH:
            self._tight_by_length[length] = found
        return found

    def _same_words(self, cleaned: str, pattern: str) -> bool:
        """Whether a message close to an example in letters says its words: typos, words run
        together ("dangky") and loose words aside. Close letters alone may be other words:
        "hạn chót đăng ký" asks when, "đổi hạn chót đăng ký" asks the office to change it;
        "ai phải đăng ký" is no "ai chưa đăng ký"."""
        if OSA.distance(cleaned.replace(" ", ""), pattern.replace(" ", ""), score_cutoff=1) <= 1:
            return True
        return _word_for_word(cleaned.split(), pattern.split(), self.loose)

    def _contained(self, text: str, said: list[str], least: float) -> list[tuple[int, str, float]]:
        """(intent, example, score) of the examples whose words the message has, in order,
        scoring `least` or more: only examples whose first word the message has can, so
        only those are looked at, and only those whose share of the message can be enough."""
        found: list[tuple[int, str, float]] = []
        subset: bool | None = None
        words = set(said)
        for index in {i for word in words for i in self._by_first.get(word, ())}:
            if not self._example_words[index] <= words:
                continue  # (most are not: a set says so sooner than the words in order)
            owner, pattern, wanted, whole, lacking = self._examples[index]
            share = len(wanted) / len(said)
            if (
                len(wanted) >= OPENING_WORDS
                and said[: len(wanted)] == wanted
                and not _says_any(said[len(wanted) :], self.document_words)
            ):
                # a request of several words said first: what follows is its details
                # ("gửi thông báo | đến tất cả cán bộ"); not when they name a document or
                # what it says ("các phong trào thi đua | trong chỉ thị 14 kon tum")
                share = max(share, OPENING_SHARE)
            score = SUBSET_BASE + (100 - SUBSET_BASE) * (1.0 if whole else share)
            if score < least:
                continue
            if subset is None and not lacking:
                # A question ("đăng ký thi đua cần những gì") matches a request only as a
                # whole, never because it contains the request's words.
                subset = not is_question(text)
            # A question may still ask for a missing feature ("lương tháng này bao nhiêu").
            if (lacking or subset) and _contains_in_order(said, wanted):
                found.append((owner, pattern, score))
        return found

    def _near(self, length: int, least: float) -> tuple[tuple[int, ...], list[str]]:
        """The examples (their intents, their texts, in the book's order) that a message of
        this many characters can match at `least` or above.

        fuzz.ratio is 100 × (1 − edits ÷ (m + n)) for texts of m and n characters, and at
        least |m − n| insertions or deletions are needed: so no more than 200 × min ÷ (m + n).
        An example outside the window cannot reach `least`, and skipping it changes nothing
        but the time (a rapidfuzz call converts every text it is given)."""
        known = self._by_length.get((length, least))
        if known is not None:
            return known
        owners: list[int] = []
        texts: list[str] = []
        for index, pattern in enumerate(self._patterns):
            size = len(pattern)
            # One point of slack on the bound: a float rounding must not drop an example.
            if 200 * min(size, length) >= (least - 1) * (size + length):
                owners.append(self._owner[index])
                texts.append(pattern)
        found = (tuple(owners), texts)
        if length <= MAX_REMEMBERED_LENGTH:
            self._by_length[(length, least)] = found
        return found

    def feature_asked(self, text: str, spelled: str = "") -> Intent | None:
        """The missing feature a question asks for by its shape (its `asks` pattern), if any:
        one's own or one's unit's results are in no document, however the question is put
        (chat shorthand spelled out: "em dc cstđcs chưa" is "em được cstđcs chưa"), also as
        `spelled`, the question with its typos mended ("mức luonng cơ sở")."""
        said = [plain_words(fold(spell_out(t))) for t in dict.fromkeys((text, spelled)) if t]
        return next(
            (
                i
                for i in self.intents
                if i.kind == "missing_feature"
                and i.asked is not None
                and any(_asks_by_shape(i, words) for words in said)
            ),
            None,
        )

    def off_topic_answer(self, text: str) -> str | None:
        """What to say to a message declined as off the subject when its words say whom it
        concerns (a salary, a phone number): a missing feature's answer, or None."""
        words = plain_words(fold(text))
        return next(
            (
                i.answer
                for i in self.intents
                if i.declined_words is not None and i.declined_words.search(words)
            ),
            None,
        )

    def is_off_topic(self, text: str, known: Callable[[str], bool] = lambda phrase: False) -> bool:
        """A subject the bot does not deal with ("giá vàng"), and nothing of its own subject
        ("tiền thưởng … lương cơ sở" is on the subject although it names a salary), unless it
        asks of a subject the documents set no rule on beside it ("… có được nâng lương"). A
        phrase the documents themselves use (`known`: "xét nghiệm" in a COVID campaign) is no
        sign."""
        # A phrase is looked for with the polite fillers left out and as typed: "có tên tôi",
        # "lương của tôi" hold a filler ("tôi") that is part of what they say.
        folded = self.clean(text).split()
        # each clause apart: no phrase runs across a comma ("sáp nhập vào đâu, từ ngày nào"
        # says no "đầu tư")
        said = {
            phrase
            for part in _CLAUSE_BREAK.split(text)
            for words in (self.clean(part).split(), clean(part, frozenset()).split())
            for phrase in self._phrases_in(words)
        }
        if not said.isdisjoint(self._always_set):
            return True
        # (not of a law named: "theo Bộ luật Lao động …" is told which laws are held)
        beside = [
            p
            for p in said & self._beside_set
            if not known(_as_written(p, text)) and not self._marked_otherwise(p, text)
        ]
        if beside and not _LAW_NAMED.search(" ".join(folded)):
            return True
        padded = f" {fold(text)} "
        if any(words in padded for words in _ON_SUBJECT_PADDED):
            return False
        if _foreign(text, known):
            return True
        joined = " ".join(folded)
        if any(
            (not known(_as_written(p, text)) or _procedure_of(p, joined))
            and not self._marked_otherwise(p, text)
            for p in said & self._off_set
        ):
            return True
        if self._slipped_off_topic(folded, known):
            return True
        # "luogn tối thiểu": a slip in a phrase that holds a filler ("tối"/"tôi") too
        typed = clean(text, frozenset()).split()
        return typed != folded and self._slipped_off_topic(typed, known)

    def _marked_otherwise(self, phrase: str, text: str) -> bool:
        """Whether the message types the off-topic phrase's words only with marks other than
        its own ("sơ đó" in "hồ sơ đó" for "sổ đỏ"); a word typed bare may be it."""
        marked = self.off_topic_marks.get(phrase)
        return marked is not None and not says_as_written(text, marked)

    def _phrases_in(self, words: list[str]) -> set[str]:
        """The off-topic phrases (of either kind) the words say, each word for word."""
        found: set[str] = set()
        for at, word in enumerate(words):
            for wanted, phrase in self._phrases_by_first.get(word, ()):
                if words[at : at + len(wanted)] == wanted:
                    found.add(phrase)
        return found

    def _slipped_off_topic(self, words: list[str], known: Callable[[str], bool]) -> bool:
        """An off-topic phrase of two words or more typed with one slip in one of its words
        ("thoi toet"), when the word typed is none the documents use: a slip must not make an
        off-topic question look like one the documents answer ("tien tien" is no slip for
        "tien dien": both are words here)."""
        for at, word in enumerate(words):
            for wanted, k in self._off_by_word.get(word, ()):
                start = at - k
                window = words[start : start + len(wanted)] if start >= 0 else []
                if len(window) != len(wanted):
                    continue
                other = [j for j, (a, b) in enumerate(zip(window, wanted, strict=True)) if a != b]
                if len(other) != 1:
                    continue
                typed, meant = window[other[0]], wanted[other[0]]
                if (
                    len(typed) >= MIN_SLIPPED_LETTERS
                    and OSA.distance(typed, meant, score_cutoff=1) == 1
                    and not known(typed)
                    and not known(" ".join(wanted))  # "xet nghiem" in a COVID campaign
                ):
                    return True
        return False


_LAW_NAMED = re.compile(r"\b(luat|nghi dinh|thong tu)\b")
_CLAUSE_BREAK = re.compile(r"[,;:?!]|\.(?!\d)")  # not the dot of "1.000"


# The conditions, papers or steps of what is named next ("điều kiện bổ nhiệm", "thủ tục
# cấp …") or before ("bổ nhiệm phó phòng cần những điều kiện gì"), in folded words.
_PROCEDURE_BEFORE = re.compile(
    r"\b(dieu kien|dk|tieu chuan|thu tuc|ho so|giay to|quy trinh|trinh tu)( \w+){0,2}? $"
)
_PROCEDURE_AFTER = re.compile(
    r"^( \w+){0,6}? (can|gom|phai co|yeu cau)( nhung| cac| co)? (gi|j|dieu kien|giay to|ho so"
    r"|thu tuc|tieu chuan)\b"
)


# "… thì có …", "… thì được …": a rule asked of what was told before it; not whether one is
# in a list or decision, or approved ("… thì có tên trong quyết định không", "… thì đã có
# quyết định chưa")
_RULE_AFTER = re.compile(r"^( \w+)*? thi (?!dua\b|hanh\b)(\w+ )*?(co|duoc|phai|can|bi)\b")
_OUTCOME_AFTER = re.compile(r"\b(danh sach|quyet dinh|qd|duyet|co ten|ket qua)\b| chua$")


def _asks_by_shape(intent: Intent, words: str) -> bool:
    """Whether the words ask as the intent's shape does, not only tell of it before asking a
    rule, where the shape may be told so (`told_before_rule`)."""
    found = intent.asked.search(words) if intent.asked is not None else None
    if found is None or not intent.told_before_rule:
        return found is not None
    after = words[found.end() :]
    return _RULE_AFTER.match(after) is None or _OUTCOME_AFTER.search(after) is not None


def _procedure_of(phrase: str, words: str) -> bool:
    """Whether the words ask for the conditions, papers or steps of the off-topic subject
    (a procedure of personnel or of land, say): even where a campaign mentions the subject in
    passing ("đề bạt, bổ nhiệm các cá nhân có nhiều sáng kiến"), no document sets its
    procedure, so the question is off the subject. A message naming the subject's own words
    ("thi đua", "khen thưởng") never comes here."""
    at = f" {words} ".find(f" {phrase} ")
    if at < 0:
        return False
    padded = f" {words} "
    before, after = padded[: at + 1], padded[at + len(phrase) + 1 :].rstrip()
    return bool(_PROCEDURE_BEFORE.search(before) or _PROCEDURE_AFTER.match(after))


# A Vietnamese syllable, folded: an initial consonant, vowels, a final consonant.
_SYLLABLE = re.compile(
    r"(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]+(ch|nh|ng|[cmnpt])?"
)
_VOWEL = re.compile(r"[aeiouy]")
MIN_SLIPPED_LETTERS = 4  # a slip in a shorter word makes another too often ("teo": "theo", "thơ")
FOREIGN_WORDS = 4  # a message of this many words or more can be told to be in another language


def _foreign(text: str, known: Callable[[str], bool]) -> bool:
    """A message in another language ("write me a SQL query"): written without marks, and
    most of its words can be no Vietnamese syllable nor a word the documents use ("UBND")."""
    words = _PUNCTUATION.sub(" ", text.lower()).split()
    if len(words) < FOREIGN_WORDS or fold(" ".join(words)) != " ".join(words):
        return False
    # Words without a vowel are Vietnamese shorthand ("ntn", "dc", "cstdcs"), not English.
    strange = [
        w
        for w in words
        if w.isalpha() and _VOWEL.search(w) and not _SYLLABLE.fullmatch(w) and not known(w)
    ]
    return 2 * len(strange) > len(words)


def _as_written(phrase: str, text: str) -> str:
    """The message's own lower-case words for the folded phrase, marks kept ("sổ đỏ" for
    "so do"); the folded phrase when the message writes it without marks."""
    words = _PUNCTUATION.sub(" ", unicodedata.normalize("NFC", text.lower())).split()
    wanted = phrase.split()
    for start in range(len(words) - len(wanted) + 1):
        window = words[start : start + len(wanted)]
        if [fold(w) for w in window] == wanted:
            return " ".join(window)
    return phrase


def clean(text: str, fillers: frozenset[str], same: tuple[tuple[str, str], ...] = ()) -> str:
    """Folded words without punctuation, with the phrases of `same` said as the examples
    say them ("ds" → "danh sach"), and without the filler phrases, longest first."""
    spaced = _spaced(text)
    if same:
        spaced = " ".join(_respelled(spaced.split(), same))
    padded = f" {spaced} "
    phrases, by_word = _longest_first(fillers)
    said = set(spaced.split())
    # Only a filler all of whose words the message has can be in it, now or once another
    # is left out (that only takes words away): those are tried, in the same order.
    for index in sorted({i for word in said for i in by_word.get(word, ())}):
        phrase, words = phrases[index]
        if words <= said:
            while phrase in padded:
                padded = padded.replace(phrase, " ")
    return padded.strip()


def _respelled(said: list[str], same: tuple[tuple[str, str], ...]) -> list[str]:
    """The words with each phrase of `same` read as what it stands for, the longest one
    that starts at a word first ("mở lại" stays itself, "mở" alone is "xem")."""
    by_first = _same_by_first_word(same)
    kept: list[str] = []
    at = 0
    while at < len(said):
        found = next(
            (
                (typed, meant)
                for typed, meant in by_first.get(said[at], ())
                if said[at : at + len(typed)] == typed
            ),
            None,
        )
        if found is None:
            kept.append(said[at])
            at += 1
        else:
            kept += found[1]
            at += len(found[0])
    return kept


@cache
def _same_by_first_word(
    same: tuple[tuple[str, str], ...],
) -> dict[str, tuple[tuple[list[str], list[str]], ...]]:
    """The phrases of `same` as words, by their first word, longest first."""
    found: dict[str, list[tuple[list[str], list[str]]]] = {}
    for typed, meant in same:  # (already longest first)
        words = typed.split()
        found.setdefault(words[0], []).append((words, meant.split()))
    return {word: tuple(listed) for word, listed in found.items()}


def _spaced(text: str) -> str:
    """Folded words without punctuation, one space apart."""
    return " ".join(_PUNCTUATION.sub(" ", fold(text)).split())


@cache
def _longest_first(
    fillers: frozenset[str],
) -> tuple[tuple[tuple[str, frozenset[str]], ...], dict[str, tuple[int, ...]]]:
    """The filler phrases, space-padded with their words, longest first (then alphabetical,
    so that the order does not depend on the set's hashing), and where in that order each
    word's phrases are: worked out once per set, not once per message."""
    ordered = sorted(fillers, key=lambda f: (-len(f), f))
    by_word: dict[str, list[int]] = {}
    for index, phrase in enumerate(ordered):
        for word in set(phrase.split()):
            by_word.setdefault(word, []).append(index)
    phrases = tuple((f" {f} ", frozenset(f.split())) for f in ordered)
    return phrases, {word: tuple(found) for word, found in by_word.items()}


def is_question(text: str) -> bool:
    """Whether the message asks something rather than asks for something: a question mark,
    a question word, or "có … không"; but not the polite "… được không"."""
    folded = f" {' '.join(_PUNCTUATION.sub(' ', fold(text)).split())} "
    if " duoc khong " in folded:
        return False
    if text.rstrip().endswith("?") or any(f" {word} " in folded for word in QUESTION_WORDS):
        return True
    return bool(_YES_NO.search(folded) or _NOT_YET_END.search(folded))


def asks_plainly(text: str) -> bool:
    """Whether a short text can only be a question: a question mark, a word only questions
    open with, a phrase only questions have, or "có … không"."""
    folded = f" {' '.join(_PUNCTUATION.sub(' ', fold(text)).split())} "
    if text.rstrip().endswith("?"):
        return True
    if len(folded.split()) > PLAIN_QUESTION_WORDS:
        return False
    if folded.startswith(tuple(f" {p} " for p in ASKING_OPENINGS)):
        return True
    return any(f" {p} " in folded for p in ASKING_PHRASES) or bool(_YES_NO_END.search(folded))


def _marks(word: str) -> Marks:
    """A word's đ and its tone and vowel marks, wherever they are placed ("huỷ" and "hủy"
    alike): what tells "đúng" from "dừng" once both are folded to "dung"."""
    combining = (c for c in unicodedata.normalize("NFD", word) if unicodedata.combining(c))
    return "đ" in word, tuple(sorted(combining))


def _objects_dropped(
    said: list[str], contained: list[tuple[int, str, float]]
) -> list[tuple[int, str, float]]:
    """The examples a message contains, less those found only after another one said as a
    phrase before them: the request is said first, what follows is its object ("xuất excel |
    đăng ký thi đua", "xem biểu đồ đăng ký | thi đua" ask for the export and the chart of the
    registrations, not to register)."""
    phrases = [_phrase_at(said, pattern.split()) for _, pattern, _ in contained]
    starts = [at for at in phrases if at is not None]
    if not starts:
        return contained
    opener = min(starts)
    # (the opener's intent keeps its other examples: "xem thống kê … đăng ký thi đua")
    openers = {o for (o, _, _), at in zip(contained, phrases, strict=True) if at == opener}
    kept = []
    for owner, pattern, score in contained:
        span = _span(said, pattern.split())
        if owner in openers or span is None or span[0] <= opener:
            kept.append((owner, pattern, score))
    return kept


def _says_any(said: list[str], phrases: tuple[str, ...]) -> bool:
    """Whether the words say one of the phrases (folded words, one space apart)."""
    spaced = f" {' '.join(said)} "
    return any(f" {phrase} " in spaced for phrase in phrases)


def _phrase_at(said: list[str], wanted: list[str]) -> int | None:
    """Where the wanted words are first said together, in order, if anywhere."""
    size = len(wanted)
    return next((i for i in range(len(said) - size + 1) if said[i : i + size] == wanted), None)


def _span(said: list[str], wanted: list[str]) -> tuple[int, int] | None:
    """Where the wanted words are first found in order in the message: (first, last) index."""
    position, first = 0, -1
    for at, word in enumerate(said):
        if position < len(wanted) and word == wanted[position]:
            first = at if position == 0 else first
            position += 1
            if position == len(wanted):
                return first, at
    return None


def _contains_in_order(said: list[str], wanted: list[str]) -> bool:
    position = 0
    for word in said:
        if position < len(wanted) and word == wanted[position]:
            position += 1
    return position == len(wanted)


@cache
def load_intents(path: Path = INTENTS_FILE) -> IntentBook:
    """The intents of the data file, checked for the fields every kind needs."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    intents: list[Intent] = []
    for item in data.get("requests") or []:
        if not str(item.get("command", "")).startswith("/") or not item.get("examples"):
            raise ValueError(f"{path.name}: mỗi yêu cầu cần 'command' bắt đầu bằng / và 'examples'")
        intents.append(
            Intent(
                kind="request",
                key=item["command"],
                label=item.get("label") or item["command"],
                answer="",
                role=item.get("role", "staff"),
                examples=tuple(item["examples"]),
                keep_words=bool(item.get("keep_words")),
            )
        )
    for kind, item in (data.get("small_talk") or {}).items():
        intents.append(
            Intent("small_talk", kind, kind, item["answer"], examples=tuple(item["examples"]))
        )
    for item in data.get("missing_features") or []:
        intents.append(
            Intent(
                "missing_feature",
                item["what"],
                item["what"],
                item["answer"],
                examples=tuple(item["examples"]),
                asked=re.compile(str(item["asks"])) if item.get("asks") else None,
                declined_words=re.compile(str(item["words"])) if item.get("words") else None,
                told_before_rule=bool(item.get("told_before_rule")),
            )
        )
    fillers = frozenset(
        fold(w).strip() for w in str(data.get("fillers", "")).split("|") if w.strip()
    )
    off_topic = tuple(
        fold(w).strip() for w in str(data.get("off_topic", "")).split("|") if w.strip()
    )
    same = tuple(
        sorted(
            (
                (_spaced(str(typed)), _spaced(str(meant or "")))
                for typed, meant in (data.get("same_words") or {}).items()
            ),
            key=lambda pair: (-len(pair[0].split()), pair[0]),
        )
    )
    cleaned = [
        replace(i, patterns=tuple(p for e in i.examples if (p := clean(e, fillers, same))))
        for i in intents
    ]
    always = tuple(
        fold(w).strip() for w in str(data.get("off_topic_always", "")).split("|") if w.strip()
    )
    loose = tuple(
        sorted(
            {tuple(fold(w).split()) for w in str(data.get("loose_words", "")).split("|")} - {()},
            key=lambda phrase: (-len(phrase), phrase),
        )
    )
    documents = tuple(
        fold(w).strip() for w in str(data.get("document_words", "")).split("|") if w.strip()
    )
    beside = tuple(
        fold(w).strip()
        for w in str(data.get("off_topic_beside_subject", "")).split("|")
        if w.strip()
    )
    marks = {
        fold(w).strip(): w.strip().lower()
        for key in ("off_topic", "off_topic_beside_subject")
        for w in str(data.get(key, "")).split("|")
        if fold(w).strip() != w.strip().lower()
    }
    return IntentBook(
        tuple(cleaned), fillers, off_topic, always, loose, same, documents, beside, marks
    )
