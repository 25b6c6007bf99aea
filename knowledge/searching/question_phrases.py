"""Phrases of a question: slogans, movements, function words, sayings, what is asked about, recipients."""

import re
from functools import lru_cache

from rapidfuzz.distance import OSA

from knowledge.normalize import PASSAGE_TEXTS_KEPT, Kept, Needing, fold, has_marks, words
from knowledge.ordinals import item_asked
from knowledge.searching.analyzer import (
    MAX_NEAR_WORDS,
    MIN_TYPO_LENGTH,
    RECENT_QUESTIONS,
    _slip_rank,
)
from knowledge.searching.index_building import _ITEM_MARK, _VOWELS, WHICH_WORDS
from knowledge.searching.weights_and_vocabulary import (
    ACCENTED_STOPWORDS,
    AMBIGUOUS_FOLDS,
    DURATION_UNITS,
    FOLDED_STOPWORDS,
    INFO_INTENT,
    is_stopword,
)
from knowledge.sections import Passage

_CLAUSE_END = re.compile(r"[,;:.\n]")


_QUOTED = re.compile(r"[“\"]([^”\"\n]{3,200})[”\"]")  # a name the text quotes


MIN_NAME_WORDS = 3


MOVEMENT = ("phong", "trao")  # "phong trào văn hóa công sở": the words after it name one


# The words a plan introduces a slogan with: "với tinh thần “chống dịch như chống giặc”",
# "phương châm “5K + vắc xin”". A question's "phong trào chống dịch" names the movement
# against the epidemic, not the passage quoting that spirit.
SLOGAN_WORDS = ("tinh than", "phuong cham", "khau hieu", "muc tieu")


SLOGAN_REACH = 20  # characters before a quote looked at for them ("tinh thần “*")


EMULATION = ("thi", "dua")


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
    return _FOLDED_TEXTS(passage.text)


def _lead_clause(passage: Passage) -> str:
    """The content words of the first clause of a passage's text, folded and padded, as the
    question's pairs are read, function words left out ("3. Xây dựng cơ chế khuyến khích
    việc đăng ký các sáng kiến, …": " xay dung co che … dang ky sang kien "); empty for a
    continued part, whose opening is another's."""
    return _LEAD_CLAUSES(passage.text)


def _folded_words_of(text: str) -> str:
    return f" {' '.join(fold(w) for w in words(text))} "


def _lead_clause_of(text: str) -> str:
    if text.startswith("("):
        return ""
    lead = _CLAUSE_END.split(_ITEM_MARK.sub("", text[:400].lstrip(), count=1), maxsplit=1)[0]
    content = (w for w in words(lead) if not is_stopword(w.lower(), accented=True))
    return f" {' '.join(fold(w) for w in content)} "


# kept by text: each question reads them of the same few candidates, several times
_FOLDED_TEXTS = Kept(_folded_words_of, PASSAGE_TEXTS_KEPT).__getitem__
_LEAD_CLAUSES = Kept(_lead_clause_of, PASSAGE_TEXTS_KEPT).__getitem__


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


_ASKING_DATE = (" ngay nao ", " ngay bao nhieu ", " khi nao ")


def _asks_date(tokens: list[str]) -> bool:
    text = f" {' '.join(fold(t) for t in tokens)} "
    return any(phrase in text for phrase in _ASKING_DATE)


# Two words that together ask for a line of a card ("ngày nào"): a slip that makes one of them
# with its neighbour is corrected so, as one that makes a pair the documents have.
ASKING_PAIRS = frozenset(phrase for phrase in INFO_INTENT if phrase.count(" ") == 1)


# "gửi những nơi nào", "gửi các cơ quan nào", "gửi những đâu", "gửi tới những ai": the
# recipients, a line of the card (but "gửi về đâu" asks where a registration goes, which
# the text says).
ASKS_RECIPIENTS = re.compile(r" gui ((di|den|toi|cho) )?(nhung|cac) ((\w+ ){0,2}(nao|dau)|ai) ")


# "kế hoạch … gửi đâu", "công văn đó gửi đi đâu": where a document named by its kind was
# sent is its recipients too; a bare "hồ sơ gửi đâu" names no document and is left to the text.
ASKS_SENT_WHERE = re.compile(r" gui ((di|den|toi) )?dau ")
# What else a question may say is sent ("báo cáo gửi về đâu", "gương điển hình gửi đi đâu"):
# the text says where, not a card's recipients.
SENDS_OTHER = re.compile(
    r"\b(bao cao|ho so|don|danh sach|ket qua|de nghi|de xuat|sang kien|dien hinh|guong"
    r"|thanh tich)\b"
)


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
# also what kind of thing it is ("sáng kiến là những giải pháp gì", "là loại hình thức gì"),
# or how it is understood ("sáng kiến được hiểu là gì", typed "dc hieu la j").
_DEFINED = re.compile(
    r"^((?:\w+ ){0,3}?\w+) (?:(?:duoc|dc) (?:hieu|dinh nghia) )?"
    r"(?:la (?:(?:nhung|cac|mot) )?(?:\w+ ){0,3}?|la |co )?(?:gi|j)\b"
)


# "được cơ sở công nhận khi nào", "trường hợp nào không được công nhận", "có cần … không":
# the conditions of something, asked without saying "điều kiện" (folded, spaced text)
_ASKS_CONDITIONS = re.compile(
    r" (?:duoc|bi) (?:\w+ ){1,4}khi nao "
    r"| (?:truong hop|khi) nao (?:thi )?(?:khong |ko |k )?(?:duoc|dc|bi) "
    r"| co can (?:\w+ ){1,5}(?:khong|ko|k) $"
    # "có được công nhận là sáng kiến không": whether it qualifies
    r"| co (?:duoc|dc) (?:\w+ ){1,5}(?:khong|ko|k|chua) $"
    # "có cần đã áp dụng rồi mới được công nhận không": "X rồi mới được Y", Y only after X
    r"| (?:roi|thi) moi (?:duoc|dc) "
    # "sáng kiến thế nào thì được cơ sở công nhận": what it must be to be
    r"| (?:the nao|ntn|ra sao|nhu the nao|nhu nao) (?:thi |moi )+(?:duoc|dc) "
)


# "Điều 3. ", "II. ", "2. ": the numbering before a heading's name
_TITLE_NAME = re.compile(r"^(?:dieu \d+|[ivxlc]+|\d+)\.\s*")
