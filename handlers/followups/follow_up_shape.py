"""The shape of a follow-up: polite openings and ends, levels, bodies spelled, what follows its lead."""

import re
from functools import cache, lru_cache

import yaml

from handlers import currency
from handlers.currency import IN_FORCE
from handlers.followups.topic_memory import (
    _NUMBERING,
    _PARTICLES,
    ASKED_ABOUT,
    ASKING,
    ASKING_TAILS,
    AUDIENCES,
    DOCUMENT_KINDS,
    FOLLOW_UP,
    JOINING,
    LEADING,
    LEVEL_JOINERS,
    LEVELS,
    RECENT_TEXTS,
    SHORT_QUESTION,
    TITLE_LEVELS,
    TRAILING,
    Topic,
    _entities,
    _name_words,
    said_words,
    without_compounds,
)
from handlers.named_things import POINTERS
from knowledge import Document, KnowledgeBase, asked_facts
from knowledge.held import named_years
from knowledge.intents import is_question
from knowledge.normalize import fold, folded_words
from knowledge.places import provinces
from knowledge.search import ABBREVIATIONS_FILE, KIND_LETTERS
from knowledge.titles import title_catalogue
from knowledge.titles_answers import asks_about_title, named_title, words

# "giờ căn cứ văn bản nào", "bây giờ áp dụng nghị định nào": which text to go by
_BASIS_ASKED = re.compile(
    r"\b(can cu|ap dung|theo|dung)( vao)? (van ban|nghi dinh|thong tu|luat|cai) (nao|gi)\b"
)


def _audience_base(rest: str, topic: Topic, doc: Document, kb: KnowledgeBase) -> str | None:
    """When a follow-up names an audience ("thế còn tập thể") and the last question named
    none ("còn lãnh đạo thủ trưởng đơn vị" after the individual criteria), the headings of
    the passage just shown, which do ("Tiêu chí thi đua › Đối với cá nhân"), with the
    document's name: what to put the audience in."""
    if "audience" not in _entities(rest, kb) or "audience" in _entities(fold(topic.query), kb):
        return None
    parts = [_NUMBERING.sub("", p.strip()) for p in topic.section.split("›")]
    heading = said_words(" ".join(p for p in parts if p))
    if "audience" not in _entities(heading, kb):
        return None
    return f"{heading} {_name_words(doc, kb)}"


def basis_now(said: str, topic: Topic, kb: KnowledgeBase) -> str | None:
    """After being told a text was repealed ("nđ 98/2023 còn hiệu lực không"), the text to go
    by now is asked of the repealed one: the repealing document's words that it is the
    basis now, not the bases that document itself cites."""
    if not (_NOW.search(said) and _BASIS_ASKED.search(said)) and not currency.REPLACED_BY.search(
        said
    ):
        return None
    old = currency.repealed_name(topic.query, kb)
    new = currency.replacing(topic.query, kb)
    if old is None or new is None or new.id != topic.doc_id:
        return None
    return f"{fold(old)} het hieu luc {said}"


# "giờ", "thế", "vậy bây giờ" leading "còn hiệu lực không": when, or a follow-up, not what
_LEADS_NOW = re.compile(rf"^(?:(?:the|vay|thi|nhung|ma) )*(?:(?:{asked_facts.NOW_WORDS}) )?")


def _still_holds(said: str, kb: KnowledgeBase) -> bool:
    """ "còn dùng được không hay đã bị thay thế", "giờ còn hiệu lực ko": whether the last
    document still holds, asked without naming one (however many words it takes)."""
    asked = _LEADS_NOW.sub("", said, count=1)
    return (
        bool(IN_FORCE.match(asked)) and not _entities(said, kb) and not _DOCUMENT_NAMED.search(said)
    )


# How a question asks what a collective's members must have reached: "có cần ai đạt …",
# "phải có người đạt …", "bao nhiêu phần trăm đạt …", "mấy người …".
_MEMBERS_ASKED = re.compile(
    r"\b(ai|nguoi|ca nhan|thanh vien|phan tram|ty le|bao nhieu|may)\b.*\b(dat|co)\b"
    r"|\b(dat|co)\b.*\b(ai|nguoi|ca nhan|thanh vien)\b"
)


def of_members(text: str, topic: Topic, kb: KnowledgeBase) -> str | None:
    """After a collective title's answer, a short question about an individual title that
    its members must have reached ("có cần ai đạt cstđcs không" after Tập thể lao động xuất
    sắc) asks about a condition of the collective title: the question with that title
    named first (the title named first is the one a question is about). Not when it asks
    of the individual title itself (its bonus, who decides it, its dossier)."""
    said = said_words(text)
    titles = tuple(kb.titles.values())
    last = named_title(words(topic.query), titles)
    named = named_title(words(said), titles)
    if last is None or named is None or _follow_up_rest(said) is not None:
        return None
    collective, member = last[0], named[0]
    if collective.audience != "collective" or member.audience != "individual":
        return None
    own = f" {said} ".replace(f" {named[2]} ", " ")
    if not is_question(text) or not _MEMBERS_ASKED.search(own) or not _short(own):
        return None
    if asks_about_title(own) and not _CONDITIONS_ONLY.search(own):
        return None  # "lđtt thưởng bao nhiêu": the individual title's own answer
    return f"{last[2]} {said}"


_CONDITIONS_ONLY = re.compile(r"\b(dieu kien|tieu chuan|can gi|can nhung gi|yeu cau)\b")


# Bodies a follow-up points back to by their noun ("các phòng đó", "vụ này"), as staff type
# them and as the documents write them at the head of their names.
BODY_NOUNS = {
    "phong": "Phòng", "van phong": "Văn phòng", "vu": "Vụ", "cuc": "Cục", "hoi dong": "Hội đồng",
}  # fmt: skip


# "các phòng đó", "các phòng huyện đó", "những phòng cấp huyện ấy": a body's noun, the level
# it is at, if said, and a pointer ("phong trào đó" is no body: only a level may come between).
_BODY_POINTED = re.compile(
    rf" (?:(?:cac|nhung) )?({'|'.join(sorted(BODY_NOUNS, key=len, reverse=True))})"
    r"(?: (?:cap|thuoc|o))?(?: (?:huyen|xa|phuong|tinh|quan|thanh pho|thi xa|so|bo))?"
    rf" (?:{'|'.join(POINTERS)}) "
)


def body_pointed_words(said: str) -> re.Match[str] | None:
    """Where folded words point back to a body by its noun ("các phòng huyện đó")."""
    return _BODY_POINTED.search(f" {said} ")


TERSE = 4  # "phòng huyện giờ?": a body's noun leading a few words


def _body_led(padded: str) -> tuple[str, str] | None:
    """A body's noun leading a terse question of how it is now ("phòng huyện giờ?", "các
    phòng giờ sao"): pointing back as "các phòng đó" does; (noun, the words naming it)."""
    said = padded.split()
    if len(said) > TERSE or not _NOW.search(padded):
        return None
    return next(
        (
            (noun, f"{lead}{noun}")
            for noun in sorted(BODY_NOUNS, key=len, reverse=True)
            for lead in ("cac ", "nhung ", "")
            if padded.startswith(f" {lead}{noun} ")
        ),
        None,
    )


# The asker and a condition put on them ("nếu em làm ở xã thì …"): no subject of its own
_OF_ASKER = frozenset("neu em toi minh".split())


def _short(said: str) -> bool:
    """Whether a question says at most SHORT_QUESTION syllables of its own: too few to name
    a subject ("nội dung về tiêm vắc xin nói gì": "về" joins, it says nothing of its own)."""
    content = [
        w
        for w in said.split()
        if len(w) > 1 and w not in ASKING and w not in JOINING and w not in _OF_ASKER
    ]
    return len(content) <= SHORT_QUESTION


# "giờ ra sao", "bây giờ thuộc đâu", "hiện nay": the present asked about ("8 giờ" is a time,
# "đến bao giờ" asks when); one reading with the notes that send elsewhere
_NOW = asked_facts.NOW


@lru_cache(maxsize=RECENT_TEXTS)  # (a message's words are asked this of several times)
def _follow_up_rest(said: str) -> str | None:
    """What a "còn X" follow-up asks about instead ("còn tập thể": "tap the"), also when it
    only ends as one: "lãnh đạo đơn vị thì sao", "thế trong quân đội thì sao" (at most
    ASKED_ABOUT words); None for a message of its own. Polite words before the marker
    ("dạ, còn Chỉ thị 14 thì sao ạ", "vâng, thế còn tập thể") are left out."""
    said = _without_polite_opening(said)
    marker = next((m for m in FOLLOW_UP if said == m or said.startswith(m + " ")), None)
    if marker == "con" and IN_FORCE.match(said):
        return None  # "còn dùng được không": whether the last one still holds
    if marker is not None:
        named = _strip_trailing(said[len(marker) :].strip())
        # ("còn công văn của sở triển khai nó thì ai ký" asks of its own: "nó" is the directive)
        return named if is_question(named) else " ".join(_RELATING.sub(" ", f" {named} ").split())
    also = _also_asked(said)
    if also is not None:  # "toàn quốc nữa ạ", "giám đốc sở nữa": as "còn toàn quốc"
        return also
    first, _, named = said.partition(" ")
    if first in LEADING and _bare_name(_strip_trailing(named)):  # "thế Kon Tum?", "vậy tập thể"
        return _strip_trailing(named)
    if _only_a_name(_strip_trailing(said)) or _head_and_level(_strip_trailing(said)):
        # "ở xã?", "sóc trăng?", "tập thể?", "cờ của tỉnh?": the slot alone
        return _strip_trailing(said)
    tail = next((t for t in ASKING_TAILS if said.endswith(f" {t}")), None)
    if tail is None:
        return None
    # "cv của sở triển khai nó thì sao": the letter, whose tie to the last document the
    # clause only describes
    rest = _RELATING.sub(" ", f" {said[: -len(tail)]} ").split()
    most = ASKED_ABOUT
    if rest and rest[0] in LEADING:
        # opened by "thế"/"vậy" too, it is as sure a follow-up as "còn …", naming more of
        # the same subject ("thế hồ sơ các danh hiệu cơ sở thì sao"); not a year of its own
        # ("thế luật sửa đổi năm 2026 thì sao")
        rest = rest[1:]
        most = ASKED_ABOUT if named_years(" ".join(rest)) else 2 * ASKED_ABOUT
    return " ".join(rest) if 0 < _named_length(rest) <= most else None


# "triển khai nó", "để thực hiện chỉ thị đó": how a document named in a follow-up relates to
# the one just read (the letter carrying out the directive), not something asked of it
_RELATING = re.compile(
    r" (?:de |ma )?(?:trien khai|thuc hien|cu the hoa|huong dan)(?: theo)?"
    r" (?:no|(?:cai|van ban|chi thi|ke hoach|cong van|nghi dinh|luat) (?:do|nay|ay|tren))(?= )"
)


# Negations, folded: before "nữa" they make it "anymore" ("đừng", "dừng", "không", "chẳng",
# "ngừng", "khỏi"); "dung" of "nội dung" is none.
NO_LONGER = frozenset(("dung", "khong", "ko", "k", "kg", "khg", "hok", "chang", "ngung", "khoi"))


def _also_asked(said: str) -> str | None:
    """What a short message ending in "nữa" names as asked too ("toàn quốc nữa ạ", "thế
    cờ của tỉnh nữa"): the same question of it, as "còn X" asks; None when the words before
    "nữa" ask something of their own ("còn gì nữa không", "ai nữa")."""
    words = said.split()
    while len(words) > 1 and words[-1] in POLITE_ENDS:
        words.pop()
    if len(words) < 2 or words[-1] != "nua":
        return None
    rest = words[:-1]
    if rest[0] in LEADING:
        rest = rest[1:]
    named = " ".join(rest)
    if all(w in _PARTICLES for w in rest):  # "ạ nữa", "nữa nữa": nothing named
        return None
    if is_question(named) or not 0 < _named_length(rest) <= ASKED_ABOUT:
        return None
    before = ["", *rest[:-1]]
    if any(w in NO_LONGER and (b, w) != ("noi", "dung") for b, w in zip(before, rest, strict=True)):
        return None  # "đừng nhắc em nữa", "không cần nữa": "nữa" after a negation is "anymore"
    return named


# Words that only answer or thank before a follow-up: "dạ, còn …", "vâng ạ, thế còn …",
# "ok cảm ơn, còn …".
POLITE_OPENING = re.compile(
    r"^(?:(?:da|vang|u|uh|um|ok|oke|okay|a|thua tro ly|tro ly oi|bot oi|ad oi"
    r"|(?:em |toi |minh )?cam on(?: tro ly| ban| ad| anh| chi)?) )+(?=(?:the |vay )?con )"
)


def _without_polite_opening(said: str) -> str:
    """Folded words without the polite words opening a "còn …" follow-up."""
    return POLITE_OPENING.sub("", said, count=1)


def _named_length(said: list[str]) -> int:
    """How many things the words name, a title's name counted as one: "tập thể lao động xuất
    sắc thì sao" names one title, as "tập thể thì sao" names one audience."""
    found = named_title(" ".join(said), title_catalogue())
    return len(said) - (len(found[2].split()) - 1 if found else 0)


def _bare_name(words: str) -> bool:
    """Whether the words after "thế" or "vậy" only name something (a place, an audience, a
    level), as "còn …" would: no question of their own, no particle ("thế à", "vậy thôi")."""
    said = words.split()
    return (
        0 < len(said) <= ASKED_ABOUT
        and not is_question(words)
        and not any(w in _PARTICLES for w in said)
        and _names_something(words)  # not "vậy đăng ký thi đua": a request
    )


def _only_a_name(words: str) -> bool:
    """Whether folded words are only a place, a level, an audience or a year, with words
    joining them ("ở xã", "sóc trăng", "cá nhân", "năm 2021"): a slot of the last question
    typed alone. Not "bộ đó giờ" (a pointer, a word of its own)."""
    if not _bare_name(words):
        return False
    padded = f" {_bodies_spelled(words)} "
    for name in (*_PROVINCES, *AUDIENCES, *LEVELS, *_BODIES):
        padded = padded.replace(f" {name} ", " ")
    return all(w in JOINING or w.isdigit() for w in padded.split())


def _head_and_level(words: str) -> bool:
    """Whether folded words are only a title's head and a level ("cờ của tỉnh", "cờ chính
    phủ", "chiến sĩ thi đua cấp bộ"): the title of the last question at another level."""
    padded = f" {words} "
    head = next((h for h in _title_heads() if padded.startswith(f" {h} ")), None)
    if head is None or is_question(words):
        return False
    said = [w for w in padded[len(head) + 1 :].split() if w not in LEVEL_JOINERS]
    # ("cờ bộ, tỉnh": the level the law names "bộ, ban, ngành, tỉnh", by some of its words)
    return " ".join(said) in TITLE_LEVELS or (bool(said) and set(said) <= MINISTRY_OR_PROVINCE)


# The level of "Cờ thi đua của bộ, ban, ngành, tỉnh", "chiến sĩ thi đua bộ, ban, ngành, tỉnh"
MINISTRY_OR_PROVINCE = frozenset(("bo", "ban", "nganh", "tinh"))


@cache
def _title_heads() -> tuple[str, ...]:
    """How a title named with its level starts without it ("cờ thi đua", "cờ", "chiến sĩ
    thi đua", "cstđ"): its head, which a follow-up changing only the level repeats ("cờ của
    tỉnh?", "chiến sĩ thi đua toàn quốc?"), longest first."""
    heads: set[str] = set()
    for title in title_catalogue():
        for name in (title.name, *title.aliases):
            said = words(name)
            level = next((lv for lv in TITLE_LEVELS if said.endswith(f" {lv}")), None)
            if level is None:
                continue
            stem = said[: -len(level)].strip()
            stem = next(
                (stem[: -len(j) - 1] for j in LEVEL_JOINERS if stem.endswith(f" {j}")), stem
            )
            heads.update((stem, stem.split()[0]))
    return tuple(sorted(heads, key=len, reverse=True))


def _names_something(words: str) -> bool:
    """Whether folded words name a province, a year, an audience, a level or the level of
    a title ("thế toàn quốc" after the provincial fighter's standards)."""
    padded = f" {words} "
    return (
        any(f" {p} " in padded for p in _PROVINCES)
        or bool(named_years(words))
        or any(f" {a} " in padded for a in AUDIENCES)
        or _level(words) is not None
        or any(f" {t} " in padded for t in TITLE_LEVELS)
    )


_PROVINCES = tuple(fold(p) for p in provinces())


_DOCUMENT_NAMED = re.compile(
    rf"\b(?:{'|'.join(DOCUMENT_KINDS)})(?: so)? \d[\w/&-]*|\b(?:{'|'.join(KIND_LETTERS)})\d+\b"
)


# "số 5", "so 5": a number, not a Sở


def _level(folded: str) -> str | None:
    """The level of government a folded text names last ("ở sở": "so"), if any."""
    found = _level_at(folded)
    return found[1] if found else None


def _level_at(folded: str) -> tuple[int, str] | None:
    """Where in the space-padded text the level named last starts, and which it is; the
    "sở" of "cơ sở" is no Sở, nor is the "số" of "số 5" or of "chỉ số"."""
    # (as long: places stay)
    padded = without_compounds(f" {folded} ")
    # (where it ends, its length): "cấp xã" rather than the "xã" that ends with it
    found = [
        (padded.rfind(f" {level} ") + len(level), len(level), level)
        for level in LEVELS
        if f" {level} " in padded
    ]
    if not found:
        return None
    end, length, level = max(found)
    return end - length, level


def _spelled_abbreviations() -> dict[str, str]:
    """Abbreviations as folded words and what they stand for ("tnmt": "tai nguyen va moi
    truong")."""
    data = yaml.safe_load(ABBREVIATIONS_FILE.read_text(encoding="utf-8"))
    return {fold(str(k)): folded_words(str(v)) for k, v in data.items() if " " not in str(k)}


_SPELLED = _spelled_abbreviations()


# Bodies as a follow-up names them short ("btnmt", "ubnd"), spelled out: "ubnd kon tum?"
# names a province's body as "còn ở sở?" names a level.
_BODY_LETTERS = {
    k: v
    for k, v in _SPELLED.items()
    if v.startswith(("bo ", "so ", "phong ", "uy ban ", "dai hoc "))  # "đhqg"
}


_BODIES = tuple(sorted({*_BODY_LETTERS.values(), "uy ban nhan dan"}, key=len, reverse=True))


def _bodies_spelled(said: str) -> str:
    """Folded words with the letters naming a body spelled out ("btnmt": "bo tai nguyen va
    moi truong")."""
    return " ".join(_BODY_LETTERS.get(w, w) for w in said.split())


# Polite words closing a follow-up ("còn sở ở kon tum thì sao ạ", "cấp tỉnh nhỉ").
POLITE_ENDS = frozenset(("a", "nhi", "nhe", "ha", "vay", "day"))
# The particle closing a yes-or-no question ("có … không", "… chưa"): it asks, it says nothing.
YES_NO_ENDS = frozenset("khong ko k hong hok chua".split())


def without_question_end(said: list[str]) -> list[str]:
    """The words without the yes-or-no particle and polite words closing them ("có phải
    đăng ký sáng kiến không ạ": "không" is no word of the criteria saying "không đi trễ")."""
    said = list(said)
    while len(said) > 1 and said[-1] in YES_NO_ENDS | POLITE_ENDS:
        said.pop()
    return said


@lru_cache(maxsize=RECENT_TEXTS)  # (as `said_words`: a message's words are read so many times)
def _strip_trailing(rest: str) -> str:
    # ("kon tum à" is a remark: only a polite word after an asking tail goes with it)
    said = rest.split()
    while len(said) > 1 and said[-1] in POLITE_ENDS:
        said.pop()
    polite = " ".join(said)
    if any(polite.endswith(f" {t}") for t in TRAILING):
        rest = polite
    for tail in sorted(TRAILING, key=len, reverse=True):
        # ("nói về dịch vụ công như thế nào" asks a manner of its own, not "what about")
        if rest.endswith(f" nhu {tail}"):
            break
        if rest.endswith(" " + tail) or rest == tail:
            rest = rest[: -len(tail)].strip()
    return rest
