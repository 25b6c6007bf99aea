"""References to the last document (title, audience, level, issuer) and the aspects a title is asked about."""

import re
from functools import cache
from pathlib import Path

import yaml

from handlers import said_otherwise
from handlers.followups.follow_up_shape import (
    _DOCUMENT_NAMED,
    _PROVINCES,
    _head_and_level,
    _strip_trailing,
    _title_heads,
)
from handlers.followups.pointed_by_name import kinds_spelled, own_words, told_of_named
from handlers.followups.topic_memory import (
    _DESCRIBED_REFERENCE,
    _PARTICLES,
    _PUNCTUATION,
    AUDIENCE_OF,
    AUDIENCES,
    DOCUMENT_KINDS,
    ISSUER_REFERENCES,
    JOINING,
    LEVEL_JOINERS,
    LEVELS,
    PLACE_POINTERS,
    REFERENCES,
    REFERRED,
    TITLE_LEVELS,
    TITLE_REFERENCES,
    TITLE_SUBJECTS,
    Topic,
    _entities,
    _title_name,
    document_passages,
    said_words,
    shown,
)
from handlers.named_things import POINTERS
from knowledge import Document, KnowledgeBase, Passage
from knowledge.intents import is_question
from knowledge.normalize import fold
from knowledge.titles import Title, title_catalogue
from knowledge.titles_answers import TIMES, asks_about_title, asks_bonus, named_title, words

# "kế hoạch 2022" names a year, not a number; "kế hoạch 3510" a number
YEARS = range(1945, 2100)


def asks_of_named(text: str, topic: Topic | None, kb: KnowledgeBase) -> bool:
    """Whether a terse question asks about what the last answer named without naming it
    (`told_of_named`)."""
    return told_of_named(text, topic, kb) is not None


def _document_reference(padded: str) -> str | None:
    """The words pointing back to the last document ("văn bản đó", "nó", "nghị định thay
    thế đó") in space-padded folded words, if any."""
    reference = next(
        (r for r in REFERENCES if f" {r} " in padded and not _place_pointed(padded, r)), None
    )
    described = _DESCRIBED_REFERENCE.search(padded) if reference is None else None
    return described.group(0).strip() if described is not None else reference


def _place_pointed(padded: str, reference: str) -> bool:
    """Whether words pointing without a noun follow a province's name: "tỉnh Kon Tum ở
    trên" is the province named above, not the document."""
    if reference not in PLACE_POINTERS:
        return False
    before = padded.split(f" {reference} ", 1)[0]
    return any(f"{before} ".endswith(f" {p} ") for p in _PROVINCES)


# "văn bản quy định thẩm quyền cấp xã vừa rồi", "công văn phát động thi đua nêu trên": a
# document described by what it is about, then pointed back to; the description names it.
_DESCRIBED_POINTED = re.compile(
    rf" (?:van ban|{'|'.join(DOCUMENT_KINDS)})(?: \w+){{2,8}}? ((?:{'|'.join(PLACE_POINTERS)}"
    r"|vua roi|vua neu|vua noi)) "
)


def _described_pointer(padded: str) -> str | None:
    """The pointer after a document described by its words, which only says it was read
    (left out: the description is what names it), if any."""
    found = _DESCRIBED_POINTED.search(padded)
    return found.group(1) if found is not None else None


_KIND_SAID = re.compile(rf"\b(?:{'|'.join((*DOCUMENT_KINDS, 'van ban'))})\b")


def _title_reference(padded: str) -> str | None:
    """The words pointing back to the title or titles just discussed ("danh hiệu này", "cả
    hai"); not a count or "mỗi" before a title named right after ("đạt 2 danh hiệu chiến sĩ
    thi đua cơ sở liên tục", "mỗi danh hiệu lao động tiên tiến"): that title is asked of."""
    subject = next((s for s in TITLE_SUBJECTS if padded.startswith(f" {s} ")), None)
    if (
        subject is not None
        and not _KIND_SAID.search(kinds_spelled(padded))
        and (asks_about_title(padded) or TIMES.search(padded))
    ):
        return subject
    # "ai ký quyết định tặng cái đó": what is awarded is a title, not a document ("được",
    # "đạt" say more: "tải được cái đó", "đặt cái đó")
    awarded = next((f"cai {p}" for p in POINTERS if f" tang cai {p} " in padded), None)
    if awarded is not None:
        return awarded
    for reference in TITLE_REFERENCES:
        if f" {reference} " not in padded:
            continue
        after = padded.split(f" {reference} ", 1)[1].strip()
        found = named_title(after, title_catalogue())
        if found is None or not f"{after} ".startswith(f"{found[2]} "):
            return reference
    return None


def _audience_reference(padded: str, title: str) -> str | None:
    """ "tập thể đó", "cá nhân này" pointing back to the title just discussed, when it is
    one for that audience ("tập thể đó thưởng bao nhiêu" after "tập thể lao động tiên tiến")."""
    found = named_title(title, title_catalogue())
    audience = found[0].audience if found else None
    return next(
        (
            f"{said} {p}"
            for said, meant in AUDIENCE_OF.items()
            for p in POINTERS
            if meant == audience and f" {said} {p} " in padded
        ),
        None,
    )


_LEVEL_POINTED = re.compile(
    rf" (danh hieu (?:(?:{'|'.join(LEVEL_JOINERS)}) )?({'|'.join(TITLE_LEVELS)})"
    rf" (?:{'|'.join(POINTERS)})) "
)


def _level_reference(padded: str, title: str) -> str | None:
    """ "danh hiệu cấp tỉnh vừa rồi", "danh hiệu toàn quốc đó" pointing back to the title just
    discussed by its level, when its name ends with that level."""
    found = _LEVEL_POINTED.search(padded)
    return found.group(1) if found and f" {title}".endswith(f" {found.group(2)}") else None


def _issuer_reference(text: str, padded: str) -> str | None:
    """The words pointing back to the last document's issuer ("sở đó", "bộ này"); "so do"
    typed with its marks as "số đó" is a number, not a Sở, and in "hồ sơ đó" a file."""
    number = " số " in f" {_PUNCTUATION.sub(' ', text.lower())} "
    issued = _ISSUED_POINTED.search(padded)  # "sở ban hành kế hoạch đó"
    return (
        issued.group(1)
        if issued
        else next(
            (
                r
                for r in ISSUER_REFERENCES
                if f" {r} " in padded
                and not (r.startswith("so ") and (number or f" ho {r} " in padded))
            ),
            None,
        )
    )


# "sở ban hành kế hoạch đó", "cơ quan đã ký văn bản này": the body that issued the last
# document, named by what it did to it.
_ISSUED_POINTED = re.compile(
    r" ((?:co quan|so|bo|ubnd|uy ban|don vi|noi) (?:da )?(?:ban hanh|ra|ky|phat hanh)"
    rf" ({'|'.join(REFERRED)}) (?:{'|'.join(POINTERS)})) "
)


ASPECTS_FILE = Path(__file__).parent.with_name("aspects.yaml")


def carried_aspect(rest: str, query: str) -> str | None:
    """What the last question asked of its subject (its form's number, bonus, theme, signer…,
    handlers/aspects.yaml), for a follow-up that names another subject and asks nothing of its
    own; None when it asks something itself or the last question asked none of them."""
    if is_question(rest):
        return None
    aspects = _aspects()
    last = words(query)
    # (an aspect the last question asked too is the subject both speak of: "còn hồ sơ các
    # danh hiệu cơ sở" after "ai quy định chi tiết hồ sơ" asks who rules on theirs)
    if any(asked.search(rest) and not asked.search(last) for asked, _ in aspects):
        return None
    return last_aspect(query)


def last_aspect(query: str) -> str | None:
    """What a question asked of its subject (handlers/aspects.yaml), if any."""
    last = words(query)
    return next((carried for asked, carried in _aspects() if asked.search(last)), None)


# "cstđcs cần thêm gì" after the dossier: what that title needs besides what was listed
ASKS_MORE = re.compile(r"\b(them|bo sung)( nhung)? (gi|j)\b")


def _audience_of_article(rest: str, topic: Topic, kb: KnowledgeBase) -> str | None:
    """After an answer on a title, "còn bộ đội", "thế công an thì sao" names whom else its
    article may grant it, in its words or in words of a group of knowledge/synonyms.yaml
    ("bộ đội": "quân nhân"): the title asked of them, and what the last question asked of
    it (its bonus) if it asked that; None when the follow-up names a title or a level, or
    people the article shown does not grant it to."""
    title = conversation_title(topic, kb)
    said = _strip_trailing(rest)
    again = shown(topic, kb)
    if title is None or again is None or not said or is_question(said):
        return None
    if said in LEVELS or named_title(said, title_catalogue()) is not None:
        return None
    # ("bộ" of "bộ đội" is read as a ministry's: the people are said whole, no place alone)
    tokens = said.split()
    phrases = [tokens]
    for found in said_otherwise.synonyms().find(tokens, False):
        if (found.start, found.end) == (0, len(tokens)):
            phrases += [list(other) for other in found.others]
    # whom the article grants it to: what its lines say after "tặng cho" ("… để tặng cho
    # quân nhân, công nhân …"), not any words of it ("còn mức trên 50%")
    granted = [f" {w[w.index(' tang cho ') :]} " for w in _lines_words(again[0].text)]
    said_of = any(f" {' '.join(p)} " in line for p in phrases for line in granted)
    if not said_of or not _article_of(again[0], title):
        return None
    aspect = carried_aspect(said, topic.query)
    return " ".join(filter(None, (said, title, aspect)))


# "họ" (them) as a pronoun, as typed without marks too: not "hồ sơ", "họ tên", "hỗ trợ", "hộ
# gia đình", "hộ khẩu", "Hồ Chí Minh", "hộ kinh doanh", "hộ dân", "hộ nghèo"; nor "xem hộ",
# "tìm hộ", "tra hộ", "giúp hộ" (on one's behalf)
_THEY = re.compile(
    r"(?<! xem)(?<! tim)(?<! tra)(?<! giup)(?<! lam)(?<! hoi)"
    r" ho (?!(?:so|ten|tro|gia|khau|chi|kinh|dan|ngheo|tich)\b)"
)


def points_at_them(said: str) -> bool:
    """Whether folded words point at people just named with "họ" ("tiêu chuẩn cho họ"); not
    in a question on a bonus, which is the title's whoever is granted it."""
    return bool(_THEY.search(f" {said} ")) and not asks_bonus(said)


GROUP_WORDS = 3  # words at most of a group of people granted a title ("công nhân")


def they_granted(padded: str, topic: Topic, kb: KnowledgeBase) -> str | None:
    """ "họ" after a question whether a title is granted to some people ("nông dân ở xã có
    được xét lao động tiên tiến không"): those people, as the article shown grants it to
    them ("… để tặng cho công nhân, nông dân, …"); None otherwise."""
    title = conversation_title(topic, kb)
    again = shown(topic, kb)
    if title is None or again is None or not points_at_them(padded):
        return None
    granted = [f" {w[w.index(' tang cho ') :]} " for w in _lines_words(again[0].text)]
    asked = said_words(topic.query).replace(title, " ").split()
    for size in range(GROUP_WORDS, 1, -1):
        for start in range(len(asked) - size + 1):
            group = " ".join(asked[start : start + size])
            if any(f" {group} " in line for line in granted):
                return _THEY.sub(f" {group} ", padded, count=1).strip()
    return None


def _lines_words(text: str) -> list[str]:
    """The folded words of each line saying whom something is granted to ("tặng cho")."""
    lines = (f" {said_words(line)} " for line in text.splitlines())
    return [line for line in lines if " tang cho " in line]


def _article_of(passage: Passage, title: str) -> bool:
    """Whether a passage is the article of the title named so (folded)."""
    named = named_title(title, title_catalogue())
    return named is not None and passage.section.startswith(f"{named[0].article}.")


def _titled_aspect(rest: str, topic: Topic) -> str | None:
    """What the last question asked of titles in general (`carried_aspect`: "hồ sơ đề nghị
    xét tặng danh hiệu thi đua gồm gì"), for a follow-up naming one title: that title's."""
    catalogue = title_catalogue()
    if named_title(rest, catalogue) is None or named_title(words(topic.query), catalogue):
        return None
    return carried_aspect(rest, topic.query)


def _aspect_kept(rest: str, topic: Topic, kb: KnowledgeBase) -> str | None:
    """The last question's aspect (`carried_aspect`) when the follow-up's subject is a
    sibling of the last one: of a place or document of its own ("còn kon tum theo ct14"
    after a theme), or said whole by the passage just shown ("báo cáo thành tích" by the
    dossier listing the report by the "tờ trình"); not a subject of the last document the
    answer did not speak of ("còn hình ảnh người cán bộ ngành" after the plan's theme)."""
    aspect = carried_aspect(rest, topic.query)
    if aspect is None or _names_elsewhere(rest, kb):
        return aspect
    own = own_words(rest, kb)
    if not own:
        return None
    # (or by another part of the same article: "còn thôn, tổ dân phố văn hóa" after the
    # bonus of individuals, which the article's part on collectives states)
    return (
        aspect
        if any(all(f" {w} " in said for w in own) for said in _same_article(topic, kb))
        else None
    )


def _same_article(topic: Topic, kb: KnowledgeBase) -> list[str]:
    """The folded text of the passage just shown, then of the other passages of the article
    it is a part of ("Điều 50 … (khoản 2, tập thể)" after "(khoản 1, cá nhân)")."""
    again = shown(topic, kb)
    if again is None:
        return []
    article = _ARTICLE.match(topic.section)
    parts = [
        p
        for _, p in document_passages(topic.doc_id, kb)
        if article is not None and p is not again[0] and p.section.startswith(article[0])
    ]
    return [f" {said_words(p.text)} " for p in (again[0], *parts)]


def _names_document(rest: str, doc: Document) -> bool:
    """Whether a follow-up names a document by its number other than the last one ("còn
    chỉ thị 14", "còn nđ 28/2024" after the decree replacing it); a year alone names none
    ("còn luật 2003": the law of that year, which the last one may have replaced)."""
    for named in _DOCUMENT_NAMED.finditer(kinds_spelled(rest)):
        number = re.search(r"\d[\w/&-]*", named.group(0))
        if number is None or (number.group(0).isdigit() and int(number.group(0)) in YEARS):
            continue
        if f" {said_words(named.group(0))} " not in f" {said_words(doc.title)} ":
            return True
    return False


def _names_elsewhere(rest: str, kb: KnowledgeBase) -> bool:
    """Whether a follow-up names a place or a document by its number of its own."""
    place = _entities(rest, kb).get("place")  # ("cán bộ" names no ministry)
    return place not in (None, "bo") or bool(_DOCUMENT_NAMED.search(kinds_spelled(rest)))


# An article's number opening a passage's section ("Điều 50"), each of its parts under it.
_ARTICLE = re.compile(r"Điều \d+\b(?![/\d])")


@cache
def _aspects() -> tuple[tuple[re.Pattern[str], str], ...]:
    data = yaml.safe_load(ASPECTS_FILE.read_text(encoding="utf-8"))
    return tuple((re.compile(str(a["asked"])), str(a["carried"])) for a in data)


def title_alone(text: str, topic: Topic, kb: KnowledgeBase) -> str | None:
    """The last question about a title asked of another title a message only names
    ("chiến sĩ thi đua toàn quốc?" after "cờ thi đua của chính phủ thưởng bao nhiêu"), or
    None when the message says more or the last question named no title."""
    said = _strip_trailing(said_words(text))
    if named_title(said, title_catalogue()) is None:
        return None
    return other_title(said, fold(topic.query), kb)


# Words that, with a title, ask the same of it as was just asked of another ("còn cờ thi đua
# của chính phủ thì được bao nhiêu", "… thì sao"): no aspect of their own.
SAME_ASKED = frozenset("danh hieu duoc bao nhieu may sao the nao".split())


def _title_only(words: str, name: str) -> bool:
    """Whether folded words only name a title (by the name it was found by), with words
    joining it ("danh hiệu chiến sĩ thi đua toàn quốc", "còn với cstđcs")."""
    rest = f" {words} ".replace(f" {name} ", " ", 1).split()
    return all(w in JOINING or w in _PARTICLES or w in SAME_ASKED for w in rest)


# A kind of document as typed short ("cv", "kh") or as a phrase no other words make ("công
# văn"; "chỉ thị" is also in "tiêu chí thi đua"), with no number after it.
_BARE_KIND = re.compile(r"\b(?:cong van|van ban|[a-z]{2})\b(?! (?:so )?\d)(?!\d)")


# A ministry as a question names it ("btnmt", "bộ tnmt"): its sector's words stay ("tnmt").
_MINISTRY = re.compile(r"\bbtnmt\b|\bbo (?=tnmt|tn&mt|tn mt|tai nguyen)")


def other_title(rest: str, query: str, kb: KnowledgeBase) -> str | None:
    """After a question about one title, "còn tập thể?" or "còn cấp tỉnh?" asks about the
    title for that audience or at that level: the last question with that title's name in
    place of its own ("lao động tiên tiến" → "tập thể lao động tiên tiến", "chiến sĩ thi đua
    cơ sở" → "chiến sĩ thi đua cấp tỉnh"); None when there is no such title."""
    titles = tuple(kb.titles.values())
    said = words(query)
    old = named_title(said, titles)
    if old is None:  # "cờ thi đua cp": named as the search reads it ("… chính phủ")
        said = words(kb.spelled(query))
        old = named_title(said, titles)
    if old is None:
        return None
    title, _, name = old
    other = named_title(rest, titles)
    if other is not None:
        # "còn chiến sĩ thi đua toàn quốc?" after the flag's bonus: only another title named
        if other[0] is title or not _title_only(rest, other[2]):
            return None
        return f" {said} ".replace(f" {name} ", f" {words(other[0].name)} ", 1).strip()
    # by its full name, though it was named in shorthand ("lđtt", "cstđcs")
    canonical = words(title.name)
    # ("mấy lần lương cơ sở": the unit of a bonus, no level "cơ sở")
    padded = f" {rest} ".replace(" luong co so ", " luong ")
    audience = next((a for a in AUDIENCES if f" {a} " in padded), None)
    wanted = AUDIENCE_OF.get(audience or "")
    found: str | None = None
    if wanted and wanted != title.audience:  # the same title for the other audience
        found = next(
            (words(t.name) for t in titles if t.audience == wanted and canonical in words(t.name)),
            None,
        )
    level = next((lv for lv in TITLE_LEVELS if f" {lv} " in padded), None)
    stem = next(
        (
            _stem(said_name[: -len(lv)].strip())
            for said_name in (name, canonical)
            for lv in TITLE_LEVELS
            if said_name.endswith(f" {lv}")
        ),
        "",
    )
    if found is None and level and _head_and_level(rest) and rest.split()[0] not in stem.split():
        # "còn cờ của bộ" after a fighter's bonus: another title's head at that level
        found = _headed(rest, level, title, titles)
    if found is None and level and stem:  # the same title at another level
        # "còn cờ của chính phủ" after "cờ thi đua của tỉnh": the stem without its joiner
        base = next((stem[: -len(j) - 1] for j in LEVEL_JOINERS if stem.endswith(f" {j}")), stem)
        tried = (
            f"{stem} {level}",
            f"{base} {level}",
            *(f"{base} {j} {level}" for j in LEVEL_JOINERS),
        )
        for name_tried in tried:
            other = named_title(name_tried, titles)
            if other is not None and other[0] is not title:
                found = other[2]
                break
    if found is None:  # "còn tiên tiến?" after "tập thể lao động xuất sắc": its grade
        found = _regraded(rest, (name, canonical), title, titles)
    if found is None:
        return None
    return f" {said} ".replace(f" {name} ", f" {found} ", 1).strip()


def _headed(rest: str, level: str, title: Title, titles: tuple[Title, ...]) -> str | None:
    """The name of the other title whose head the follow-up starts with ("cờ", "cstđ"), at
    the level it names, if the catalogue has one."""
    typed = rest.split()[0]
    for head in sorted(_title_heads(), key=len):  # "cờ thi đua", not "… của chủ tịch ubnd"
        if head.split()[0] != typed:
            continue
        for tried in (f"{head} {level}", *(f"{head} {j} {level}" for j in LEVEL_JOINERS)):
            other = named_title(tried, titles)
            if other is not None and other[0] is not title and other[2] == tried:
                return tried
    return None


def _stem(name: str) -> str:
    """A title's name without the levels left closing it ("chiến sĩ thi đua cấp bộ" of
    "… cấp bộ/tỉnh", named for two levels), its joiner kept ("cờ thi đua của")."""
    while True:
        lv = next((lv for lv in TITLE_LEVELS if name.endswith(f" {lv}")), None)
        if lv is None:
            return name
        name = name[: -len(lv) - 1]


GRADE_WORDS = 2  # "tiên tiến", "xuất sắc": the words closing a title's name that grade it


def _regraded(
    rest: str, names: tuple[str, ...], title: Title, titles: tuple[Title, ...]
) -> str | None:
    """The title named as the last one with its closing words (its grade) put by the
    follow-up's ("tập thể lao động xuất sắc" with "tiên tiến": "tập thể lao động tiên
    tiến"), when that is another title of the catalogue."""
    if len(rest.split()) != GRADE_WORDS:
        return None
    for said_name in names:
        kept = said_name.split()[:-GRADE_WORDS]
        tried = " ".join((*kept, rest))
        other = named_title(tried, titles) if kept else None
        if other is not None and other[0] is not title and other[2] == tried:
            return tried
    return None


def conversation_title(topic: Topic, kb: KnowledgeBase) -> str | None:
    """The title the last question named, else the one its answer was about ("tập thể lđ
    xuất sắc cần gì" named it in shorthand the catalogue does not hold)."""
    title = _title_name(topic.query, kb)
    if title is None and topic.named is not None and topic.named.noun == "danh hieu":
        return _title_name(topic.named.value, kb)
    return title


def heading_title(topic: Topic, kb: KnowledgeBase) -> str | None:
    """The title the heading of the passage just shown names (folded, as the heading names
    it), and of two ("Điều 24. Danh hiệu “Lao động tiên tiến”, “Chiến sĩ tiên tiến”") the
    one the last question named: what a follow-up naming no title of its own ("quân đội thì
    gọi là danh hiệu gì", "trong quân đội thì sao") is still asked of. None when the
    heading names no title."""
    titles = tuple(kb.titles.values())
    heading, named = words(topic.section), []
    while (found := named_title(heading, titles)) is not None:
        named.append(found)
        heading = heading[found[1] + len(found[2]) + 1 :]
    if not named:
        return None
    asked = named_title(words(topic.query), titles)
    if asked is None:
        return named[0][2]
    # by the name the question used ("chiến sĩ tiên tiến"), else by its title under another
    same = [n for n in named if n[2] == asked[2]] or [n for n in named if n[0] == asked[0]]
    return (same or named)[0][2]
