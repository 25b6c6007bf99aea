"""What a long, polite message says besides its question, left out before it is read.

Careful staff write around their question: a greeting and whom they ask ("Kính hỏi trợ lý,",
"Dạ anh chị cho em hỏi với ạ:"), thanks ("Em cảm ơn nhiều."), why they ask ("em đang soạn tờ
trình nên cần chính xác ạ", "em cần ghi tên người ký vào báo cáo tổng kết"), a clause saying
more of a body they name ("Sở Tài nguyên và Môi trường Kon Tum, nơi ban hành mấy công văn thi
đua năm 2021, giờ thuộc về đâu"), or of their own search ("…, tôi tìm mãi mà chưa thấy?").
Those words are in no passage that answers, so they weigh against every one ("trợ lý" is in an
editors' note on the assistant's own command), and a word the documents never use ("mãi")
makes the question look like one about something they do not hold. The words are listed in
knowledge/asides.yaml, which the office may extend.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from knowledge.normalize import accent_key, fold, has_marks, squash_spaces, typed_as
from knowledge.shorthand import spell_out
from knowledge.titles import title_catalogue
from knowledge.titles_answers import named_title
from knowledge.titles_answers import words as title_words

ASIDES_FILE = Path(__file__).with_name("asides.yaml")
# ", nơi ban hành …,": a clause between commas on the place or body just named
_RELATIVE = re.compile(
    r",\s*(?:(?:là|la|vốn là|von la|cũng là|cung la)\s+)?(?:nơi|noi)\s[^,?]*,", re.IGNORECASE
)
# "đọc chỉ thị 14 thấy có giao …", "em doc cv 2021 thay nhac …": how the asker came on what
# they ask of; only the document read and what they saw there are kept ("chỉ thị 14 giao …")
_READ_AND_SAW = re.compile(
    r"(^|[,.;:]\s*)(?:(?:em|e|mình|minh|tôi|toi)\s+)?(?:đọc|doc)\s+([^,.;:?!]+?)\s+"
    r"(?:thấy|thay)(?:\s+(?:có|co|nhắc|nhac|ghi|nói|noi))?\s+",
    re.IGNORECASE,
)
# "mục tiêu kép như bot vừa nói là gì", "mức 15% như bạn đã nêu": where the asker read what
# they ask of, the last answer; left out, what it names is asked of as it is in a follow-up
_SAID_BEFORE = re.compile(
    r"(?:^|\s*,?\s+)(?:như|nhu|mà|ma)\s+"
    r"(?:(?:(?:bot|chatbot|bạn|ban|trợ lý|tro ly|ad|admin)\s+)(?:(?:vừa|vua|mới|moi|đã|da)\s+)?"
    r"|(?:vừa|vua|mới|moi|đã|da)\s+)"
    r"(?:nói|noi|nêu|neu|nhắc|nhac|trả lời|tra loi|đề cập|de cap)"
    r"(?:\s+(?:ở|o)\s+(?:trên|tren))?\b,?",
    re.IGNORECASE,
)
# Where one clause ends and the next begins: a comma or full stop not inside a number ("8,0
# lần", "13.2012"), a semicolon, colon, question or exclamation mark.
_CLAUSE_END = re.compile(r"(?:[;:?!]|[,.](?!\d))+\s*")
_WORD = re.compile(r"[\w/]+")
# a clause still asking something ("tôi có được đứng tên không", "em hỏi ai"): not a story;
# "không", "chưa" ask only at its end ("mà không ra", "mà chưa thấy" say no)
_ASKING_WORDS = "gì j nào sao mấy ai đâu".split()
_ASKING = frozenset(fold(w) for w in _ASKING_WORDS)
# ... as written with diacritics: "mở đầu", "ái quốc" ask nothing
_ASKING_MARKED = frozenset(accent_key(w) for w in _ASKING_WORDS)
# "gì đó", "nào đó", "ai đó": something unnamed, which the asker tells of ("theo chủ đề gì đó
# mà em không nhớ"), not asks ("danh hiệu nào do sở tặng" asks)
_UNNAMED_BEFORE = frozenset("gi j nao ai dau".split())
_ASKING_PAIRS = re.compile(r"\bbao (?:nhieu|nhiu|gio|h|lau)\b")  # not "báo cáo"
# (nor do "hả", "chứ", "nhỉ", "chăng" but at its end: "chủ đề" typed "chu de")
_ASKS_AT_END = frozenset("khong ko k chua roi ha chu nhi chang".split())
# A story before the question is left out only when the question then still has this many
# words: "em đang soạn tờ trình đề nghị chiến sĩ thi đua, cần hồ sơ gì" names what it asks
# of in the story, "…, cv phát động thi đua năm 2021 của btnmt do đồng chí nào ký" does not.
STORY_LEAVES = 6
MISTYPED_LEAST = 4  # letters of a polite word read through a slip of one letter


@dataclass(frozen=True)
class _Patterns:
    """The lists of knowledge/asides.yaml as patterns over a clause's folded words, one
    space apart."""

    polite: re.Pattern[str]  # a clause of polite words alone
    leave: re.Pattern[str]  # polite words opening a clause, ending by asking leave to ask
    story: re.Pattern[str]  # a clause opening on the asker as its subject
    says_who: re.Pattern[str]  # … saying who or where the asker is
    pointing: re.Pattern[str]  # words of a clause pointing back to what another names
    marked: frozenset[str]  # the listed words as written with diacritics (`accent_key`)
    first: tuple[str, ...]  # the listed words that may open a clause, folded
    replies: frozenset[str]  # opening words that answer ("dạ"), folded
    askers: frozenset[str]  # who the asker is, one word, folded


def _any(phrases: list[str]) -> str:
    folded = sorted({fold(str(p)) for p in phrases}, key=lambda p: (-len(p), p))
    return "(?:" + "|".join(re.escape(p) for p in folded) + ")"


@cache
def _patterns(path: Path = ASIDES_FILE) -> _Patterns:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    polite, asking, after = _any(data["polite"]), _any(data["asking"]), _any(data["after_asking"])
    opening = _any(data["opening"])
    word = rf"(?:{polite}|{asking}|{after}|{opening})"
    listed = [data[k] for k in ("polite", "asking", "after_asking", "opening")]
    opener = rf"^(?:{_any(data['linking'])} )?{_any(data['askers'])}"
    return _Patterns(
        polite=re.compile(rf"^{word}(?: {word})*$"),
        leave=re.compile(
            rf"^(?:(?:{polite}|{asking}|{opening}) )*(?:{asking}(?: {after})*|{opening})(?= |$)"
        ),
        story=re.compile(rf"{opener}(?= )"),
        says_who=re.compile(rf"{opener} {_any(data['says_who'])}(?= |$)"),
        pointing=re.compile(rf"(?:^| ){_any(data['pointing'])}(?= |$)"),
        first=tuple(sorted({fold(str(p)).split()[0] for k in listed for p in k})),
        replies=frozenset(fold(str(p)) for p in data["replies"]),
        askers=frozenset(fold(str(p)) for p in data["askers"] if " " not in str(p)),
        marked=frozenset(
            accent_key(w)
            for p in (*listed[0], *listed[1], *listed[2], *listed[3])
            for w in str(p).split()
        ),
    )


@dataclass
class _Clause:
    text: str  # as typed, without the punctuation ending it
    end: str  # the punctuation ending it, as typed
    words: list[tuple[int, str]]  # where each word starts in `text`, and its fold


_EMPTY = _Clause("", "", [])


def without_asides(text: str) -> str:
    """The message without what only greets, thanks, gives the asker's reasons or says more of
    what it names; as typed when it has none."""
    text = without_closing_address(text)
    text = _ALREADY_ASKED.sub(r"\1", text)
    text = without_recalling(text)
    unsaid = squash_spaces(_SAID_BEFORE.sub(" ", text)).strip()
    if unsaid != text and unsaid:
        return without_asides(unsaid)
    read = _READ_AND_SAW.sub(r"\1\2, ", text)
    if read != text:
        return without_asides(read)
    clauses = _clauses(text)
    if clauses is None:
        return text
    kept = [c for c in (_without_leave(c) for c in clauses) if c.words]
    if not kept:
        return text
    kept = _without_stories(kept)
    said = "".join(c.text + c.end for c in kept).strip()
    said = _RELATIVE.sub(",", said).replace(",,", ",")
    said = squash_spaces(re.sub(r"[,;:]\s*$", "", said))
    return text if said == squash_spaces(text) else said


# "giờ còn cấp huyện không hay bỏ hết rồi", "còn hiệu lực ko hay hết rồi": the question
# asked again the other way round, after "không … hay", saying nothing more
_ALREADY_ASKED = re.compile(
    r"\b(không|khong|ko|k|chưa|chua)\??\s+hay\s+(?:là\s+|la\s+)?(?:đã\s+|da\s+|bị\s+|bi\s+)?"
    r"(?:bỏ|bo|sáp nhập|sap nhap|nhập|nhap|hết|het|thay|giải thể|giai the)\b[^,.?]*?"
    r"\b(?:rồi|roi)\b(?:\s+(?:ạ|a|à|vậy|vay))?\s*(?=[?]?\s*$)",
    re.IGNORECASE,
)


def without_recalling(text: str) -> str:
    """The message of several clauses without the words by which the asker says they
    remember or heard of something ("…, hồi trước nđ 91 chú nhớ là 1,0 lần": "…, hồi trước
    nđ 91 1,0 lần"); what they remember is kept, it may name what is asked of. In a message
    of one clause they stay: "em nhớ sáng kiến phải áp dụng 1 năm đúng không" asks whether
    the memory is right, which a passage saying its words need not tell ("nhắc em nhớ nộp
    báo cáo" asks a reminder). A word typed with other marks is another word ("chữ nhỏ" is
    no "chú nhớ")."""
    clauses = _clauses(text)
    if clauses is None or len(clauses) < 2:
        return text
    words = list(_WORD.finditer(text))
    folded = [fold(w.group(0)) for w in words]
    askers, phrases = _recalling_words()
    cut: list[tuple[int, int]] = []
    for i, word in enumerate(folded[:-1]):
        if word not in askers:
            continue
        for phrase in phrases:
            end = i + 1 + len(phrase)
            typed = [w.group(0) for w in words[i + 1 : end]]
            if len(typed) == len(phrase) and all(
                typed_as(t, w) for t, w in zip(typed, phrase, strict=True)
            ):
                cut.append((words[i].start(), words[end - 1].end()))
                break
    for start, end in reversed(cut):
        text = text[:start] + text[end:]
    return squash_spaces(text).strip() if cut else text


@cache
def _recalling_words(
    path: Path = ASIDES_FILE,
) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """Who may remember (the askers of one word and the elders, folded) and the phrases of
    remembering (knowledge/asides.yaml), longest first, as written."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    askers = frozenset(
        fold(str(a)) for a in (*data["askers"], *data["elders"]) if " " not in str(a)
    )
    phrases = sorted((tuple(str(p).split()) for p in data["recalling"]), key=len, reverse=True)
    return askers, tuple(phrases)


def without_closing_address(text: str) -> str:
    """The message without whom it is put to at its end, after the particle closing the
    question ("sáng kiến là gì vậy bot": "sáng kiến là gì vậy"), and the polite words after
    them ("… được không ạ ad ơi"); as typed otherwise."""
    words = list(_WORD.finditer(text))
    folded = [fold(w.group(0)) for w in words]
    addressees, closing, after = _closing_words()
    end = len(folded)
    while end > 0 and folded[end - 1] in after:
        end -= 1
    for addressee in addressees:
        start = end - len(addressee)
        if start >= 2 and tuple(folded[start:end]) == addressee and folded[start - 1] in closing:
            return text[: words[start].start()].rstrip(" ,")
    return text


@cache
def _closing_words(
    path: Path = ASIDES_FILE,
) -> tuple[tuple[tuple[str, ...], ...], frozenset[str], frozenset[str]]:
    """knowledge/asides.yaml's addressees (folded words), closing particles and the polite
    words that may follow an addressee (folded)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    addressees = tuple(tuple(fold(str(a)).split()) for a in data["addressees"])
    closing = frozenset(fold(str(w)) for w in data["closing"])
    return addressees, closing, frozenset(("oi", "a", "nhe", "nha", "voi"))


def _clauses(text: str) -> list[_Clause] | None:
    """The message's clauses; None when it has one clause and no polite word can open it (most
    messages: one look for punctuation and at the first word)."""
    parts: list[_Clause] = []
    at = 0
    for end in _CLAUSE_END.finditer(text):
        if end.start() > at or not parts:
            parts.append(_clause(text[at : end.start()], end.group(0)))
        else:
            parts[-1].end += end.group(0)
        at = end.end()
    if at < len(text):
        parts.append(_clause(text[at:], ""))
    return parts if parts else None


def _clause(text: str, end: str) -> _Clause:
    return _Clause(text, end, [(m.start(), fold(m.group(0))) for m in _WORD.finditer(text)])


def _without_leave(clause: _Clause) -> _Clause:
    """The clause without the polite words opening it ("Dạ cho em hỏi", "nhờ trợ lý cho em
    hỏi"), or with no words at all when it is only polite ("Chào trợ lý", "em cảm ơn")."""
    patterns = _patterns()
    folded = " ".join(w for _, w in clause.words)
    if patterns.polite.match(folded):
        return clause if _typed_other(clause, len(clause.words), patterns) else _EMPTY
    leave = patterns.leave.match(folded)
    if leave is None:
        # a slip in the first word lets only a whole clause of polite words go: "sang kiến"
        # is one letter off "vâng" too
        mended = _mended_first(folded, patterns)
        whole = mended is not None and (
            patterns.polite.match(mended) or _whole(patterns.leave.match(mended), mended)
        )
        return _EMPTY if whole else clause
    count = leave.group(0).count(" ") + 1
    if _typed_other(clause, count, patterns) or _past_after_asker(clause, count, patterns):
        return clause
    if count >= len(clause.words):
        return _EMPTY
    start = clause.words[count][0]
    kept = [(at - start, w) for at, w in clause.words[count:]]
    return _Clause(clause.text[start:], clause.end, kept)


def _whole(match: re.Match[str] | None, text: str) -> bool:
    return match is not None and match.end() == len(text)


def _mended_first(folded: str, patterns: _Patterns) -> str | None:
    """The clause's words with a slip in the first mended when it is one letter off a listed
    word of four letters or more ("Kunh nhờ trợ lý cho em hỏi"); None when it is not."""
    first, _, rest = folded.partition(" ")
    if len(first) < MISTYPED_LEAST or first in patterns.first:
        return None
    near = process.extractOne(first, patterns.first, scorer=Levenshtein.distance)
    if near is None or near[1] != 1 or len(near[0]) < MISTYPED_LEAST:
        return None
    return f"{near[0]} {rest}".strip()


def _typed_other(clause: _Clause, count: int, patterns: _Patterns) -> bool:
    """Whether one of the first words, read as polite, was typed with the diacritics of another
    word ("Hội đồng" is not "hỏi", "Chỉ thị" not "chị", "Đã" not "dạ")."""
    for at, word in clause.words[:count]:
        typed = clause.text[at : at + len(word)]
        if has_marks(typed) and accent_key(typed) not in patterns.marked:
            return True
    return False


def _past_after_asker(clause: _Clause, count: int, patterns: _Patterns) -> bool:
    """Whether the polite run ends on a reply word typed without diacritics right after the
    asker ("em da dat LĐTT …"): there it is "đã", the asker's past, not "dạ" opening the
    message ("dạ em hỏi …", "em ơi")."""
    if count < 2:
        return False
    (_, before), (at, last) = clause.words[count - 2], clause.words[count - 1]
    typed = clause.text[at : at + len(last)]
    return last in patterns.replies and before in patterns.askers and not has_marks(typed)


def _without_stories(clauses: list[_Clause]) -> list[_Clause]:
    """The clauses without those telling of the asker (why they ask, what they did), when
    another asks: the last one always, one before only when the rest is a question of its
    own (STORY_LEAVES words)."""
    patterns = _patterns()
    told = [i for i, c in enumerate(clauses) if len(clauses) > 1 and _tells_of_asker(c, patterns)]
    if not told:
        return clauses
    last = len(clauses) - 1
    rest = [c for i, c in enumerate(clauses) if i not in told]
    if not rest:
        return clauses
    if _story_named_pointed(clauses, told, patterns):
        return clauses  # "…, bây giờ sở đó đổi thành gì": the story names what it points to
    words = sum(len(c.words) for c in rest)
    asked = " ".join(c.text for c in rest)
    drop = {
        i
        for i in told
        if (i == last or words >= STORY_LEAVES) and not _names_other_title(clauses[i], asked)
    }
    return [c for i, c in enumerate(clauses) if i not in drop]


def _names_other_title(clause: _Clause, asked: str) -> bool:
    """Whether a story names a title the question after it does not ("phòng em muốn đăng ký
    tập thể lao động xuất sắc, cần bao nhiêu % cá nhân đạt LĐTT": the standard asked is the
    story's title's, the LĐTT named is part of it)."""
    titles = title_catalogue()
    told = named_title(title_words(clause.text), titles)
    if told is None:
        return False
    other = named_title(title_words(spell_out(asked)), titles)
    return other is None or other[0] != told[0]


def _story_named_pointed(clauses: list[_Clause], told: list[int], patterns: _Patterns) -> bool:
    """Whether a clause points back ("sở đó") to what only a story before it can name: no
    clause of other words comes between ("em mới chuyển về, thấy văn bản cũ ghi bộ tài nguyên
    và môi trường, giờ bộ đó là bộ gì": that clause names it, the story may go)."""
    for i, clause in enumerate(clauses):
        if i in told or not patterns.pointing.search(" ".join(w for _, w in clause.words)):
            continue
        if all(j in told for j in range(i)):
            return True
    return False


def _tells_of_asker(clause: _Clause, patterns: _Patterns) -> bool:
    folded = " ".join(w for _, w in clause.words)
    return (
        patterns.story.match(folded) is not None
        and patterns.says_who.match(folded) is None
        and not any(c.isdigit() for c in folded)
        and not _asks(clause)
    )


def _asks(clause: _Clause) -> bool:
    """Whether a clause of the asker's own words asks something itself; a last "ạ" is
    polite, "à" asks (typed without diacritics, as the word before it asks: "rồi a")."""
    words = [w for _, w in clause.words]
    said = " ".join(words)
    if _ASKING_PAIRS.search(said):
        return True
    typed = [clause.text[at : at + len(word)] for at, word in clause.words]
    marked = has_marks(clause.text)
    for index, word in enumerate(words):
        if _asking_word(typed[index], word) and not _unnamed(typed, words, index, marked):
            return True
    while words and words[-1] == "a":
        at = clause.words[len(words) - 1][0]
        if clause.text[at : at + 1] == "à":
            return True
        words.pop()
    return bool(words) and words[-1] in _ASKS_AT_END


def _unnamed(typed: Sequence[str], folded: Sequence[str], index: int, marked: bool) -> bool:
    """Whether the asking word at `index` tells of something unnamed: "gì đó", "nào đó"; in
    a clause typed with diacritics (`marked`), only "đó" says so ("nào do sở tặng": "by")."""
    after = index + 1
    return (
        folded[index] in _UNNAMED_BEFORE
        and after < len(folded)
        and folded[after] == "do"
        and (not marked or typed[after].lower() == "đó")
    )


def _asking_word(typed: str, folded: str) -> bool:
    """Whether a word asks ("gì", "đâu"): typed with diacritics, only as the asking word is
    written ("mở đầu" is no "đâu")."""
    return folded in _ASKING and (not has_marks(typed) or accent_key(typed) in _ASKING_MARKED)


@dataclass(frozen=True)
class TypedClause:
    """One clause of a message as typed: its text, the punctuation ending it, its words as
    typed and folded."""

    text: str
    end: str
    typed: tuple[str, ...]
    folded: tuple[str, ...]

    @property
    def ends_sentence(self) -> bool:
        """Whether a sentence ends with the clause; not at an ellipsis ("tinh thần 'mỗi
        người dân là...' gì")."""
        return any(mark in self.end for mark in "?!;") or (
            "." in self.end and ".." not in self.end and "…" not in self.end
        )


def clauses_of(text: str) -> list[TypedClause]:
    """The message's clauses without the polite words opening them ("cho e hỏi …"); a clause
    of polite words alone is left out."""
    found: list[TypedClause] = []
    for clause in _clauses(text) or []:
        kept = _without_leave(clause)
        if not kept.words:
            if found and clause.end:  # a full stop after "ạ." still ends the sentence
                last = found[-1]
                found[-1] = TypedClause(last.text, last.end + clause.end, last.typed, last.folded)
            continue
        typed = tuple(kept.text[at : at + len(w)] for at, w in kept.words)
        found.append(TypedClause(kept.text, kept.end, typed, tuple(w for _, w in kept.words)))
    return found


def clause_asks(clause: TypedClause) -> bool:
    """Whether the clause asks something ("năm đó … chủ đề gì", "có tiền thưởng không")."""
    return _asks(_clause(clause.text, clause.end))


def tells_of_asker(clause: TypedClause) -> bool:
    """Whether the clause opens on the asker as its subject ("em vừa được công nhận …", "e là
    trưởng phòng mới ở …"), whatever else it says."""
    return _patterns().story.match(" ".join(clause.folded)) is not None
