"""What a follow-up points at by name: a body, a holder, a cited document, a particular named before."""

import re

import yaml

from handlers.followups.follow_up_shape import (
    _DOCUMENT_NAMED,
    _SPELLED,
    BODY_NOUNS,
    POLITE_ENDS,
    TERSE,
    _body_led,
    _follow_up_rest,
    _short,
    _strip_trailing,
    body_pointed_words,
)
from handlers.followups.resting_on import resting_on
from handlers.followups.topic_memory import (
    _ASKING_PHRASES,
    _KINDS,
    _LIST_REQUEST,
    _LISTING,
    _PUNCTUATION,
    ASKING,
    AUDIENCES,
    DOCUMENT_KINDS,
    JOINING,
    LEVELS,
    POINTING,
    WITHIN,
    Topic,
    _entities,
    _name_words,
    _places,
    _title_name,
    document_passages,
    said_words,
    shown,
)
from handlers.named_things import CITED, POINTERS, Named, pointer
from handlers.named_things import words as named_words
from knowledge import Document, Hit, KnowledgeBase
from knowledge.intents import is_question
from knowledge.normalize import fold
from knowledge.search import ABBREVIATIONS_FILE, KIND_LETTERS
from knowledge.titles import title_catalogue
from knowledge.titles_answers import asks_about_title, named_title, names_law, short_title, words


def body_pointed(text: str, topic: Topic, kb: KnowledgeBase) -> str | None:
    """A question pointing back to a body by its noun ("các phòng đó giờ còn không" after a
    letter sent to "Phòng Tài nguyên và Môi trường các huyện"), with the pointer replaced by
    the body of that noun the passage just shown names: what that body is now, or what it
    does, is asked of it, not of the document."""
    padded = f" {said_words(text)} "
    match = body_pointed_words(said_words(text))
    found = (match.group(1), match.group(0).strip()) if match else _body_led(padded)
    again = shown(topic, kb)
    if found is None or again is None:
        return None
    noun, pointed = found
    # the body's name: its noun, capitalised, then words up to a comma or the end of a clause
    named = re.search(rf"(?<!\w){BODY_NOUNS[noun]} [A-ZĐÀ-Ỹ][^,;:.()\n]*", again[0].text)
    if named is None:
        return None
    return padded.replace(f" {pointed} ", f" {said_words(named.group(0))} ", 1).strip()


def _cited_pointed(said: str, topic: Topic, doc: Document, kb: KnowledgeBase) -> str | None:
    """A follow-up pointing to a document of another kind than the last one ("chỉ thị đó"
    after a letter), with that pointer replaced by the document of that kind the passage
    just shown cites ("Chỉ thị số 14/CT-UBND"), or the last document's basis does."""
    padded = f" {said} "
    holder = _holder_pointed(padded, kb)
    if holder is not None:  # "thông tư có mẫu đơn đó": the circular whose part is the form
        return holder
    own = fold(doc.kind)
    found = _KIND_POINTED.search(padded)
    if found is None or found.group(2) == own:
        return None
    # ("chi thi vua roi", "cong van cua so vua roi"): a pointer may be two words, after a
    # few describing the document
    pointed, kind = found.group(1), found.group(2)
    again = shown(topic, kb)
    texts = [again[0].text] if again is not None else []
    # one the knowledge base holds: of another, the last document is all it can speak of
    # ("sở triển khai kế hoạch đó gửi cho ai": the letter carrying out Kế hoạch 3510)
    held = _held_numbers(kb)
    for text in (*texts, *doc.based_on):
        for cited in CITED.finditer(text):
            if fold(cited.group(1)) == kind and fold(cited.group(2)) in held:
                name = named_words(f"{cited.group(1)} số {cited.group(2)}")
                return padded.replace(f" {pointed} ", f" {name} ", 1).strip()
    # a legal text the passage names by its short title ("… quy định của Điều lệ Sáng kiến"
    # after Thông tư 18/2013: "điều lệ đó" is the decree issuing the Điều lệ)
    for text in texts:
        shown_words = f" {words(text)} "
        for law in kb.laws():
            short = short_title(law)
            if law is not doc and short.startswith(f"{kind} ") and names_law(shown_words, law):
                return padded.replace(f" {pointed} ", f" {_name_words(law, kb)} ", 1).strip()
    # the one document of that kind carrying out the last one ("còn công văn của sở vừa rồi"
    # after the directive the letter carries out: the letter read before it)
    carrying = _carrying_out(doc, kind, kb)
    if carrying is not None:
        return padded.replace(f" {pointed} ", f" {_name_words(carrying, kb)} ", 1).strip()
    return None


# "chỉ thị đó", "công văn của sở vừa rồi": a kind of document, a few words describing it,
# and a pointer
_KIND_POINTED = re.compile(
    rf" (({'|'.join(DOCUMENT_KINDS)})(?: \w+){{0,3}}? (?:{'|'.join(POINTERS)})) "
)


def _carrying_out(doc: Document, kind: str, kb: KnowledgeBase) -> Document | None:
    """The only document of that kind resting on the document, if there is one."""
    found = [d for d in resting_on(doc, kb) if fold(d.kind) == kind]
    return found[0] if len(found) == 1 else None


# "thông tư có mẫu đơn đó", "nghị định chứa điều đó": a document of a kind, by a part of it
# pointed at
_HOLDER = re.compile(
    rf" ((?:{'|'.join(DOCUMENT_KINDS)}) (?:co|chua|kem|kem theo|ban hanh) ((?:\w+ ){{1,3}}?)"
    rf"(?:{'|'.join(POINTERS)})) "
)


def _holder_pointed(padded: str, kb: KnowledgeBase) -> str | None:
    """The follow-up with a document described by a part of it pointed at ("thông tư có mẫu
    đơn đó") named instead: the one document of that kind with a part headed by those
    words ("Phụ lục I. Mẫu Đơn yêu cầu …")."""
    found = _HOLDER.search(padded)
    if found is None:
        return None
    kind = next(k for k in DOCUMENT_KINDS if found.group(1).startswith(f"{k} "))
    part = f" {found.group(2).strip()} "
    holders = {
        p.doc.id: p.doc
        for p in kb.passages
        if p.doc.is_law and fold(p.doc.kind) == kind and part in f" {said_words(p.section)} "
    }
    if len(holders) != 1:
        return None
    (holder,) = holders.values()
    return padded.replace(f" {found.group(1)} ", f" {_name_words(holder, kb)} ", 1).strip()


def holds(number: str, kb: KnowledgeBase) -> bool:
    """Whether the knowledge base holds the document of that number ("202/2025/QH15")."""
    return fold(number) in _held_numbers(kb)


def _held_numbers(kb: KnowledgeBase) -> frozenset[str]:
    """The folded numbers of the documents the knowledge base holds."""
    return kb.derived(
        "held numbers",
        lambda: frozenset(fold(d.number or "") for d in kb.documents if d.has_number),
    )


_PLURAL = frozenset(("cac", "nhung"))  # folded words making a noun plural


# "ở các tỉnh", "của các tỉnh, thành phố", "các tỉnh": where bodies of a level are, after
# their name
_LOCATED = re.compile(r" (?:(?:o|tai|cua) (?:cac |moi )?|cac |moi )(?:tinh|dia phuong)\b.*$")
SECTOR_WORDS = 4  # a body's noun and the first words of its name: "sở tài nguyên môi"


def _reference_subject(rest: str, doc: Document, section: str, kb: KnowledgeBase) -> str | None:
    """In a reference note whose parts are its subjects ("Sở Tài nguyên và Môi trường nay
    là …"), the heading of the part a "còn …" follow-up names by its start, abbreviations
    spelled out ("còn sở tnmt": "sở tài nguyên và môi trường"), when it names a body by
    its level, or names another place than the part just shown (`section`) does."""
    if doc.category != "reference" or not rest:
        return None
    said = rest.split()
    if said[0] in _PLURAL:  # "còn các sở tnmt": the departments, as "còn sở tnmt"
        said = said[1:]
    spelled = _without_va(" ".join(_SPELLED.get(w, w) for w in said))
    padded = f" {spelled} "
    place = next((p for p in _places(kb) if f" {p} " in padded), "")
    last = said_words(section.split("›")[0])
    if spelled.split(" ", 1)[0] in LEVELS:
        # "còn sở tnmt kon tum": the part on the departments, asked of Kon Tum's
        body = padded.replace(f" {place} ", " ").strip() if place else spelled
        # ("còn sở tnmt ở sóc trăng": the word that placed it goes with the place; "ở các
        # tỉnh" only says where such bodies are)
        body = _LOCATED.sub("", body)
        while len(body.split()) > 1 and body.rsplit(" ", 1)[1] in JOINING:
            body = body.rsplit(" ", 1)[0]
    elif place and spelled == place and place not in last and _names_place(last, kb):
        # "còn sóc trăng" after the part on Kon Tum's merger: the part on Sóc Trăng's
        body = last.split(" ", 1)[0]
    else:
        return None  # "còn kon tum" after a department of Sóc Trăng: Kon Tum's department
    found = []
    for _, passage in document_passages(doc.id, kb):
        heading = said_words(passage.section)
        if "›" not in passage.section and f" {_without_va(heading)} ".startswith(f" {body} "):
            if place and place not in heading and _names_place(heading, kb):
                continue  # "còn tỉnh kon tum" after Sóc Trăng's part: Kon Tum's own
            found.append(f"{heading} {place}".strip())
    # "còn bộ" after the part on the Sở Tài nguyên: the part on that sector's ministry, of
    # the parts opening on "bộ" (not "Bố cục văn bản", which folds the same)
    sector = _without_va(last).split()[1:SECTOR_WORDS]
    same = [h for h in found if _without_va(h).split()[1:SECTOR_WORDS] == sector]
    return next(iter(same or found), None)


def _names_place(words: str, kb: KnowledgeBase) -> bool:
    """Whether folded words name a place of the documents."""
    padded = f" {words} "
    return any(f" {p} " in padded for p in _places(kb))


def _without_va(words: str) -> str:
    """ "tài nguyên và môi trường" as staff type it too: "tai nguyen moi truong"."""
    return " ".join(w for w in words.split() if w != "va")


def _of_another_body(rest: str, kb: KnowledgeBase) -> bool:
    """Whether a "còn …" follow-up is a question of its own about a body it names ("còn bộ
    năm 2021 thì chủ đề gì"): not to be read within the last document."""
    return "place" in _entities(rest, kb) and is_question(rest) and bool(own_words(rest, kb))


OWN_TITLE_QUESTION = 4  # words besides a title's name that make a question of their own
TITLED_EXTRA = 1  # ... one more after an answer on a title


def _asks_of_own_title(rest: str, kb: KnowledgeBase, titled: bool = False) -> bool:
    """Whether a "còn X" follow-up is a whole question about a title of its own: it names
    the title and asks of it ("thế còn tập thể lao động tiên tiến thì tiêu chuẩn thế nào",
    "còn cstđcs thưởng bao nhiêu"), which the title's answer gives as if asked alone, not
    read within the last answer's document."""
    if named_title(rest, tuple(kb.titles.values())) is None:
        return False
    # (or asks of it in words of its own: "còn với tập thể lao động tiên tiến, có người bị
    # kỷ luật thì có ảnh hưởng không" after the rules on discipline; after a title's answer
    # one word more, as fewer ask what was asked of that one: "còn cstđcs, chủ tịch xã có
    # quyết được không" after who decides Lao động tiên tiến, but "còn tập thể lđtt thì cần
    # bao nhiêu % người đạt lđtt" after another title's bonus is a question of its own)
    own = len(own_words(rest, kb)) >= OWN_TITLE_QUESTION + (TITLED_EXTRA if titled else 0)
    return asks_about_title(rest) or own


def _elliptical(text: str, said: str, kb: KnowledgeBase) -> bool:
    """A short question naming nothing: it can only be about what was just answered."""
    return (
        not names_any(said, kb)
        and _short(said)
        and (
            is_question(text)
            or bool(_ASKS_FOR.match(said))
            or bool(_PARTICULAR_NAMED.fullmatch(_strip_trailing(said)))
        )
    )


def names_any(said: str, kb: KnowledgeBase) -> bool:
    """Whether folded words name a place, year or title: "bộ" alone names no ministry
    ("bộ mới hoạt động từ bao giờ" after the ministry's merger), and an audience names no
    subject of its own ("tiêu chí cá nhân?" after a plan's theme: the plan's criteria)."""
    return any(
        (k, v) != ("place", "bo") and k != "audience" for k, v in _entities(said, kb).items()
    )


# A request for what a rule requires, typed without a question word: "điều kiện để được
# công nhận", "hồ sơ cần nộp".
_ASKS_FOR = re.compile(r"(dieu kien|tieu chuan|thu tuc|ho so|quy trinh|trinh tu) ")


# A document's particular named without a word that asks, as a terse follow-up does:
# "ngày ban hành", "ban hành ngày", "người ký", "ngày hiệu lực", "số hiệu", "tên phong trào".
_PARTICULAR_NAMED = re.compile(
    r"(?:(?:van ban|no) )?(?:(?:ngay|thoi gian|thoi diem) (?:ban hanh|ky|thong qua|hieu luc|co hieu luc)"
    r"|(?:ban hanh|ky|thong qua|hieu luc|co hieu luc)(?: vao)? ngay|nguoi ky|ky boi|co quan ban hanh"
    r"|so hieu|so van ban|trich yeu|can cu|ten (?:phong trao|dot thi dua|chu de))"
)


# What a title's answer tells, named without a word that asks ("thưởng?", "hồ sơ?").
_TITLE_ASPECT_NAMED = re.compile(r"(?:tien |muc )?thuong|ho so|giay to|thu tuc|tieu chuan")


def kinds_spelled(text: str) -> str:
    """Folded words with every document kind's abbreviation and letters spelled out, as a
    question asking for a document reads them: "theo nq nào" is "theo nghị quyết nào", "ct14"
    is "chỉ thị 14"."""
    return " ".join(_kind_spelled(w) for w in said_words(text).split())


_GLUED = re.compile(r"([a-z]{2,3})(\d{1,4})")


def _kind_spelled(word: str) -> str:
    glued = _GLUED.fullmatch(word)
    if glued and glued[1] in KIND_LETTERS:
        return f"{KIND_LETTERS[glued[1]]} {glued[2]}"
    return KIND_LETTERS.get(word, word)


def names_a_kind(text: str) -> bool:
    """Whether the message names a kind of document, in words or letters ("chỉ thị", "cv")."""
    padded = f" {kinds_spelled(text)} "
    return any(f" {kind} " in padded for kind in DOCUMENT_KINDS)


def lists_last(text: str, topic: Topic | None) -> bool:
    """Whether the message asks for the list of what the last question was about, saying
    nothing else of its own ("gồm những mục gì", "kể vài mẫu đi" after "có mấy mẫu")."""
    said = said_words(text)
    if topic is None or not _LIST_REQUEST.search(said):
        return False
    if named_title(words(text), title_catalogue()) is not None:
        return False  # "hồ sơ cstđcs cụ thể gồm gì" after one on two titles: that title's
    last = set(said_words(topic.query).split())
    return all(
        w in _LISTING or w in ASKING or w in JOINING or w in POINTING or w in last
        for w in said.split()
    )


def carries_named(text: str, topic: Topic, kb: KnowledgeBase) -> bool:
    """Whether a short question naming nothing, after an answer that named a document
    ("căn cứ chỉ thị nào": Chỉ thị số 34-CT/TW), is about that document: one the knowledge
    base holds, its particulars ("ngày nào"), or what the lines citing it say ("về nội dung
    gì"); not a part of the last document those lines do not speak of ("cơ quan thường
    trực?" is the directive's own standing body)."""
    named, said = topic.named, said_words(text)
    if named is None or not named.is_document:
        return False
    if holds(named.number, kb) or _PARTICULARS.search(f" {said} "):
        return True
    if names_any(said, kb):  # "vậy sở tnmt sóc trăng giờ là gì": a body of its own
        return False
    own = own_words(_strip_trailing(said), kb)
    citing = [
        f" {said_words(p.text)} "
        for _, p in document_passages(topic.doc_id, kb)
        if named.number and named.number in p.text and p.kind != "info"  # (the card lists)
    ]
    return not citing or any(all(f" {w} " in c for w in own) for c in citing)


OF_NAMED = 2  # "do ai phát động": a word or two of its own asked of the thing just named


def told_of_named(text: str, topic: Topic | None, kb: KnowledgeBase) -> Hit | None:
    """The passage telling of what the last answer named, when a terse question that does
    not name it, nor a document's particulars, asks about it all the same ("do ai phát
    động" after a letter's theme): another passage says it with the question's few words of
    its own ("theo chủ đề “…” do Thủ tướng Chính phủ phát động"); else None."""
    named = topic.named if topic is not None else None
    if topic is None or named is None or named.is_document or named.noun == "danh hieu":
        return None
    said = _strip_trailing(said_words(text)).split()
    while len(said) > 1 and said[-1] in POLITE_ENDS:  # "do ai phát động vậy"
        said.pop()
    asked = " ".join(said)
    # "chủ đề đó ai phát động": asked of the theme pointed at, as "do ai phát động" is
    pointed = _pointed_named(asked, named)
    if pointed is not None:
        asked = " ".join(f" {asked} ".replace(f" {pointed} ", " ").split())
    if (
        not is_question(text)
        or not asked
        or len(asked.split()) > TERSE
        or _PARTICULARS.search(f" {asked} ")
        or _entities(asked, kb)  # ("tiêu chí tập thể?": the plan's criteria)
        or _DOCUMENT_NAMED.search(kinds_spelled(asked))
        or _follow_up_rest(asked) is not None
    ):
        return None
    own = [w for w in own_words(asked, kb) if w not in POINTING]  # "do ai": by whom
    if not own or len(own) > OF_NAMED:
        return None
    value = named_words(named.value)
    for hit in kb.search(f"{value} {asked}", limit=WITHIN):
        there = f" {said_words(hit.passage.text)} "
        opening = hit.passage.kind in ("info", "intro", "outline")  # (they name every part)
        if hit.position != topic.position and not opening and f" {value} " in there:
            return hit if all(f" {w} " in there for w in own) else None
    return None


def _pointed_named(said: str, named: Named) -> str | None:
    """The words pointing back to what the last answer named: a pointer ("chủ đề đó"), or
    its noun alone in a terse question ("chủ đề của ai" after the theme was told); not a
    document's kind alone ("nghị định nào" asks for another)."""
    found = pointer(said, named)
    if found is not None or named.is_document:
        return found
    others = len(said.split()) - len(named.noun.split())
    bare = f" {named.noun} " in f" {said} " and others <= TERSE
    return named.noun if bare and _ASKING_PHRASES.search(said) else None


# What a document's card or opening answers: its dates, signer, recipients, subject.
_PARTICULARS = re.compile(
    r"\b(ky|ngay|ban hanh|thong qua|gui|noi nhan|hieu luc|so hieu|noi ve|van de gi|can cu"
    r"|trich yeu)\b"
)


def own_words(rest: str, kb: KnowledgeBase) -> list[str]:
    """The follow-up's words left when what a follow-up swaps is taken out (a place, year,
    audience, title, level, kind of document or issuer, each as a whole name) and that do
    not merely ask: "văn hóa công sở" keeps "văn hóa công", "của bộ tnmt" keeps nothing."""
    padded = f" {rest} ".replace(" va ", " ")  # "tài nguyên môi trường" names it too
    title = _title_name(rest, kb)
    if title:  # "danh hiệu chiến sĩ thi đua toàn quốc": the title, by its noun too
        padded = padded.replace(f" danh hieu {title} ", " ").replace(f" {title} ", " ")
    for name in _names(kb):
        while name in padded:
            padded = padded.replace(name, " ")
    return said_of(padded)


def said_of(said: str) -> list[str]:
    """The words that do not merely ask or join (nor a single letter or a number)."""
    return [
        w
        for w in said.split()
        if len(w) > 1 and not w.isdigit() and w not in ASKING and w not in JOINING
    ]


def _names(kb: KnowledgeBase) -> tuple[str, ...]:
    """Space-padded folded names of places, issuers, audiences, levels and kinds of
    document, with the abbreviations staff type for them, longest first (once per
    knowledge base)."""

    def names() -> tuple[str, ...]:
        found = {
            *_places(kb),
            *AUDIENCES,
            *LEVELS,
            *DOCUMENT_KINDS,
            *_KINDS,
            "van ban",  # "văn bản nào hướng dẫn": a document asked for, not a subject
            *_ISSUER_ABBREVIATIONS,
        }
        for doc in kb.documents:
            found |= {fold(doc.issuer), fold(doc.short_issuer)}
        spaced = {" ".join(w for w in _PUNCTUATION.sub(" ", n).split() if w != "va") for n in found}
        return tuple(f" {n} " for n in sorted(spaced, key=len, reverse=True) if n)

    return kb.derived("follow-up names", names)


def _issuer_abbreviations() -> tuple[str, ...]:
    """Abbreviations staff type for bodies ("tnmt", "ubnd", "tn mt") and what they stand
    for ("tài nguyên và môi trường"): names, not subjects."""
    data = yaml.safe_load(ABBREVIATIONS_FILE.read_text(encoding="utf-8"))
    bodies = ("tai nguyen", "uy ban", "hoi dong", "so ", "bo ", "phong ", "mat tran")
    named = [(fold(k), fold(str(v))) for k, v in data.items()]
    return tuple(n for k, v in named if v.startswith(bodies) for n in (k, v))


_ISSUER_ABBREVIATIONS = _issuer_abbreviations()
