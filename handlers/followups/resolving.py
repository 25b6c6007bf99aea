"""Making a follow-up whole (resolve): the last question with a body, level, issuer or document put in place."""

import re
from itertools import pairwise

from handlers.followups.follow_up_shape import (
    _BODIES,
    _DOCUMENT_NAMED,
    _audience_base,
    _bodies_spelled,
    _follow_up_rest,
    _level,
    _level_at,
    _short,
    _still_holds,
    _strip_trailing,
    basis_now,
    of_members,
)
from handlers.followups.other_documents import asked_kind, names_other_law
from handlers.followups.pointed_by_name import (
    _PARTICULARS,
    _TITLE_ASPECT_NAMED,
    _asks_of_own_title,
    _cited_pointed,
    _elliptical,
    _of_another_body,
    _pointed_named,
    _reference_subject,
    body_pointed,
    carries_named,
    holds,
    kinds_spelled,
    lists_last,
    names_any,
    own_words,
)
from handlers.followups.references_and_aspects import (
    _BARE_KIND,
    _ISSUED_POINTED,
    _MINISTRY,
    ASKS_MORE,
    _aspect_kept,
    _audience_of_article,
    _audience_reference,
    _described_pointer,
    _document_reference,
    _issuer_reference,
    _level_reference,
    _names_document,
    _names_elsewhere,
    _title_reference,
    _titled_aspect,
    asks_of_named,
    carried_aspect,
    conversation_title,
    heading_title,
    last_aspect,
    other_title,
    they_granted,
    title_alone,
)
from handlers.followups.topic_memory import (
    _KINDS,
    ARTICLE_ASKED,
    ASKING,
    DOCUMENT_KINDS,
    JOINING,
    LEVEL_NAMES,
    TITLE_LEVELS,
    Topic,
    _entities,
    _name_words,
    _subject_of,
    _subject_words,
    _title_name,
    document_passages,
    document_words,
    places_spelled,
    regulator_asked,
    said_words,
    shown,
    year_work,
)
from handlers.named_things import Named
from handlers.named_things import words as named_words
from knowledge import Document, KnowledgeBase
from knowledge.asked_facts import NOW
from knowledge.held import named_years
from knowledge.intents import is_question
from knowledge.normalize import (
    fold,
    has_marks,
    says_as_written,
    typed_or_bare,
    without_clause_marks,
)
from knowledge.ordinals import item_asked
from knowledge.places import provinces_in
from knowledge.search import KIND_LETTERS
from knowledge.titles import title_catalogue
from knowledge.titles_answers import DOSSIER, LAW, asks_about_title, named_title, words

ASPECT_WORDS = 2  # "tiền thưởng", "hồ sơ", "yêu cầu": an attribute's words


def _only_title_aspect(rest: str, topic: Topic, kb: KnowledgeBase) -> bool:
    """Whether the words left of a follow-up ask only what a title's answer tells (its bonus,
    who decides, the dossier, its conditions), naming no title, place, body nor document;
    besides the attribute's few words, only words the passage just shown says ("còn phong
    trào thi đua thì yêu cầu sao" of a title's standards; not "ai công nhận mưu trí … toàn
    quốc" after the army's authority)."""
    padded = f" {rest} "
    again = shown(topic, kb)
    said = f" {said_words(again[0].text)} " if again is not None else ""
    own = own_words(rest, kb)
    return (
        sum(f" {w} " not in said for w in own) <= ASPECT_WORDS
        and asks_about_title(padded)
        and named_title(padded, tuple(kb.titles.values())) is None
        and not _entities(rest, kb)
        and not _DOCUMENT_NAMED.search(kinds_spelled(rest))
    )


# "nghị định cũ", "luật cũ đó", "văn bản cũ": the text the last one replaced ("cụ thể"
# typed without its marks is no "cũ")
_OLD_TEXT = re.compile(
    r"\b(nghi dinh|nd|luat|thong tu|tt|van ban|vb) cu(?! the\b)(?: (?:do|ay|nay|kia))?\b"
)
# ... asked whether it still applies: of anything else ("luật cũ thì sao" after a title's
# standard) the old text's name alone loses what was asked
_STILL_APPLIES = re.compile(r"\b(?:hieu luc|ap dung|con dung|thay the|bai bo)\b")


def old_text_named(said: str, doc: Document, typed: str = "") -> str | None:
    """The follow-up asking whether the old text it names ("nghị định cũ đó", "luật cũ")
    still applies, read as the one the last document replaced, when it replaced one of that
    kind; else None. Typed with marks, "cũ" must be written so."""
    found = _OLD_TEXT.search(said)
    if found is None or not _STILL_APPLIES.search(said):
        return None
    if typed and has_marks(typed) and not says_as_written(typed, "cũ"):
        return None
    kind = KIND_LETTERS.get(found.group(1), found.group(1))
    replaced = [r for r in doc.replaces if kind in ("van ban", "vb") or fold(r).startswith(kind)]
    if not replaced:
        return None
    return f"{said[: found.start()]}{replaced[0]}{said[found.end() :]}".strip()


# "ngoài nq đó còn nq nào nữa", "ngoài ra còn …": another one besides what was just read,
# asked as "nq nào" of the same document; the words setting it beside the last say nothing
# the passages do ("ngoài", "còn" as "still", "nữa")
_BESIDES = re.compile(
    r"^(?:ngoai|ben canh) (?:ra|(?:\w+ ){1,3}?(?:do|nay|tren|ay)) (?:thi )?(?:con )?"
)


def _besides_dropped(said: str) -> str:
    """Folded words without the words asking for another one besides the last."""
    besides = _BESIDES.match(said)
    if besides is None:
        return said
    rest = said[besides.end() :]
    return rest.removesuffix(" nua") if rest.endswith(" nua") else rest


_SHARE_ASKED = re.compile(r"\b(bao nhiêu|bao nhieu|bn|mấy|may)\s*%", re.IGNORECASE)


def more_of_title(said: str, topic: Topic) -> str | None:
    """ "Thế cstđcs cần thêm gì" after the law's dossier: what the last question asked (the
    dossier), of the title named, beyond what was listed; None otherwise."""
    more_of = last_aspect(topic.query) if ASKS_MORE.search(said) else None
    if not DOSSIER.search(more_of or "") or named_title(said, title_catalogue()) is None:
        return None  # (what more than a bonus or an authority is asks the title's standards)
    return f"{said} {more_of}"


def resolve(text: str, topic: Topic, kb: KnowledgeBase) -> str | None:
    """The standalone question a follow-up means, or None when the message stands alone."""
    doc = kb.document(topic.doc_id)
    if doc is None:
        return None
    # ("bao nhiêu %": a share asked, which the words alone would lose with the sign)
    said = _besides_dropped(said_words(_SHARE_ASKED.sub(r"\1 phần trăm", text)))
    old = old_text_named(said, doc, text)
    if old is not None:  # "nghị định cũ đó giờ còn áp dụng không" after the decree
        return old
    regulated = regulator_asked(said, topic)
    if regulated is not None:
        return regulated
    more = more_of_title(said, topic)
    if more is not None:
        return more
    rest = _follow_up_rest(said)
    if rest is not None:
        rest = _bodies_spelled(rest)  # "còn btnmt?": "còn bộ tài nguyên và môi trường"
        rest = _ORIGINAL.sub(r"\1", rest)  # "còn chỉ thị 14 gốc": the directive itself
        cited = _cited_pointed(rest, topic, doc, kb)
        if cited is not None:  # "còn chỉ thị đó ai ký" after the letter carrying it out
            return cited
        if _another_document(rest, doc) and is_question(rest):
            # "còn công văn của sở … thì ai ký" after a chỉ thị: a question of its own, where
            # "nó" is the chỉ thị ("công văn của sở triển khai nó")
            rest = _without_level_said(rest)
            return f" {rest} ".replace(" no ", f" {_name_words(doc, kb)} ", 1).strip()
        if doc.is_campaign and NOW.search(rest) and "place" in _entities(rest, kb):
            # "thế còn tỉnh sóc trăng bây giờ" after a plan: the place now, which the ended
            # plan cannot tell
            return rest
        pointer = _document_reference(f" {rest} ")
        if pointer is not None and not _names_document(rest, doc):
            # "thế còn văn phòng sở trong văn bản đó làm gì": another subject, of the document
            # pointed back to, which the words name instead of the pointer
            referred = _referred_document(pointer, doc, topic, kb)
            return f" {rest} ".replace(f" {pointer} ", f" {_name_words(referred, kb)} ", 1).strip()
        titled = conversation_title(topic, kb) is not None
        retitled = other_title(rest, fold(topic.query), kb)
        if retitled is not None and titled and not named_years(rest):
            # "còn cấp bộ, tỉnh thì được mấy lần" after the national fighter's bonus: the
            # title at that level ("bộ" is its level, not a body asked of)
            return retitled
        if _of_another_body(rest, kb) or _asks_of_own_title(rest, kb, titled):
            return rest
        if retitled is not None:  # "còn toàn quốc?" after a provincial title's bonus
            return retitled
        aspect = _titled_aspect(rest, topic)
        if aspect is not None:  # "cụ thể cstđcs thì sao" after the dossier of any title
            return f"{rest} {aspect}"
        title = conversation_title(topic, kb)
        pointed = _title_reference(f" {rest} ") if title is not None else None
        if title is not None and pointed is not None:
            # "còn mức tiền thưởng cho danh hiệu đó" after the title's standards: that title's
            return f" {rest} ".replace(f" {pointed} ", f" {title} ", 1).strip()
        if title is not None and _only_title_aspect(rest, topic, kb):
            # "tiền thưởng thì sao", "còn hồ sơ" after a title's standards: that title's, as
            # "thưởng bao nhiêu?" is
            return f"{rest} {title}"
        audience = _audience_of_article(rest, topic, kb)
        if audience is not None:  # "còn bộ đội" after "nông dân có được lđtt không"
            return audience
        subject = _reference_subject(rest, doc, topic.section, kb)
        if subject is not None:  # "còn sở tnmt thì sao" after the ministry's merger
            return subject
        own_document = (
            _names_document(rest, doc)
            or (_another_document(rest, doc) and {"place", "year"} & _entities(rest, kb).keys())
            or names_other_law(rest, doc, kb)
        )
        aspect = carried_aspect(rest, topic.query) if own_document else None
        if aspect is not None:  # "còn chỉ thị 14 của ubnd tỉnh thì sao" after a signer
            return f"{rest} {aspect}"
        last = said_words(topic.query)
        # (not of a letter another title names: "còn cv thi đua đặc biệt covid thì giao văn
        # phòng sở gì" after the department's other letter, whose "sở" it is too)
        rebodied = None if _titled_elsewhere(rest, doc, kb) else _rebodied(rest, last, kb)
        if rebodied is None and doc.is_campaign and _level_alone(rest):
            # "ở cấp tỉnh thì sao" after "ai là thường trực hội đồng của sở" asked of the Sở's
            # letter: the body that question named is the letter's, which its name says
            rebodied = _rebodied(rest, f"{last} {_name_words(doc, kb)}", kb)
        if rebodied is not None:  # "còn ở sở tnmt" after the province's directive
            return rebodied
        own = own_words(rest, kb)
        enterprise = _enterprise_instead(rest, fold(topic.query))
        if enterprise is not None:  # "thế doanh nghiệp thì sao" after who decides at a level
            return enterprise
        aspect = _aspect_kept(rest, topic, kb) if own else None
        if aspect is not None:
            # "còn báo cáo thành tích" after "tờ trình dùng mẫu số mấy": its form; of a place
            # or document of its own ("còn kon tum theo ct14"), not within the last one
            if _names_elsewhere(rest, kb):
                return f"{rest} {aspect}"
            return f"{rest} {aspect} {_name_words(doc, kb)}"
        cites = bool(_DOCUMENT_NAMED.search(kinds_spelled(rest)))  # "… theo chỉ thị 14"
        if (own or cites) and _names_kind(rest, doc):
            # "còn cv chống covid?" after a letter: another letter of its issuer and year,
            # not the one the last letter's number or title words pick
            return f"{rest} {_body_words(doc)}"
        if own and _titled_elsewhere(rest, doc, kb):
            # "còn phong trào thi đua đặc biệt của sở thì sao" after the letter on Chỉ thị
            # 14: the letter whose title says "đặc biệt", not the last one
            return rest
        if own and of_another_place(rest, doc, kb):
            # "còn pt covid kon tum thì sáng kiến hướng vào đâu" after the Sóc Trăng plan:
            # asked of another province's document, not of the last one
            return rest
        if own and title_passage_says(rest, own, topic, kb):
            # "còn trong quân đội ai công nhận mưu trí sáng tạo" after a title's bonus: what
            # the title's own article says, not the decree's article on bonuses
            return f"{rest} {conversation_title(topic, kb)}"
        if own and unsaid(rest, doc, kb):
            # "còn chủ tịch huyện" after the decree of 2025, which nowhere says "huyện": the
            # last document cannot tell it, another one does (what was asked, of it)
            return _substitute(rest, fold(topic.query), kb) or rest
        headed = _headed_in_other_law(rest, own, doc, kb) if own else None
        if headed is not None:
            # "thế còn điều kiện để sáng kiến được công nhận" after the circular's form: the
            # Điều lệ, whose article's heading says it, not the form that only mentions it
            return f"{rest} {_name_words(headed, kb)}"
        if own:  # "còn hình ảnh người cán bộ ngành": no place nor level
            return _of_heading(f"{rest} {_name_words(doc, kb)}", text, rest, topic, kb)
        base = _audience_base(rest, topic, doc, kb) or fold(topic.query)
        return _substitute(rest, base, kb) or _of_heading(
            f"{rest} {_name_words(doc, kb)}".strip(), text, rest, topic, kb
        )
    retitled = title_alone(text, topic, kb)
    if retitled is not None:  # "chiến sĩ thi đua toàn quốc?" after the flag's bonus: its bonus
        return retitled
    basis = basis_now(said, topic, kb)
    if basis is not None:
        return basis
    padded = f" {said} "
    if lists_last(text, topic):  # "gồm những mục gì" after "mẫu đơn … ở văn bản nào"
        return _subject_of(topic.query)
    # a title of the catalogue the last question named is carried below, as such
    carried = topic.named is not None and topic.named.noun == "danh hieu"
    if topic.named is not None and not (carried and _title_name(topic.query, kb)):
        # "nó có hiệu lực khi nào" after "theo thông tư nào": the circular the answer named
        named = _pointed_named(said, topic.named)
        value = named_words(topic.named.value)
        if named is not None and _to_reader(padded, named, topic.named, doc, kb):
            # "chỉ thị này giao ai tổ chức thực hiện" after the directive's line citing
            # another directive, not held: this directive, the one being read
            return padded.replace(f" {named} ", f" {_name_words(doc, kb)} ", 1).strip()
        if named is not None:
            resolved = padded.replace(f" {named} ", f" {value} ", 1).strip()
            unpointed = padded.replace(f" {named} ", " ", 1).strip()
            return _with_article_subject(resolved, unpointed, topic, kb)
        if asks_of_named(text, topic, kb):  # "do ai phát động" after the theme was told
            return f"{value} {said}"
        # (not when it points back otherwise: "ai ký cv đó" is the letter the answer quoted)
        refers = _document_reference(padded) is not None or _issuer_reference(text, padded)
        if (
            topic.named.is_document
            and not refers
            and _elliptical(text, said, kb)
            and carries_named(text, topic, kb)
        ):
            return f"{said} {value}"
    title = conversation_title(topic, kb)
    if title is not None:
        # "ai quyết định tặng danh hiệu này", "được thưởng bao nhiêu" after a title's answer
        named = (
            _title_reference(padded)
            or _audience_reference(padded, title)
            or _level_reference(padded, title)
        )
        if named == "no" and (_PARTICULARS.search(padded) or _GUIDES.search(padded)):
            # "nó căn cứ luật nào", "nó hướng dẫn điều nào của luật": the document's, which
            # a title has not
            named = None
        if named is not None:
            return padded.replace(f" {named} ", f" {title} ").strip()
        they = they_granted(padded, topic, kb)
        if they is not None:  # "thế tiêu chuẩn cho họ là gì" after "nông dân có được lđtt"
            return f"{they} {title}"
        # (not "thôn, tổ dân phố văn hóa được thưởng bao nhiêu": it names its own title)
        terse = bool(_TITLE_ASPECT_NAMED.fullmatch(_strip_trailing(said)))
        if (asks_about_title(said) or terse) and not _entities(said, kb) and _short(said):
            return f"{said} {title}"
        members = of_members(text, topic, kb)
        if members is not None:  # "có cần ai đạt cstđcs không" after a collective title
            return members
    body = body_pointed(text, topic, kb)
    if body is not None:  # "các phòng đó giờ còn không" after a letter's recipients
        return body
    issuer = _issuer_reference(text, padded)
    if issuer is not None:
        # a note on bodies is about the one its section names, not about the office writing
        # it: "bộ đó thành lập ngày nào" after "Bộ Tài nguyên và Môi trường nay là …"
        named = _named_issuer(topic, kb)
        issued = _ISSUED_POINTED.search(padded)
        if issued and topic.named and issued.group(2) != topic.named.noun:
            named = ""  # "sở ban hành kế hoạch đó": the plan's, not the letter it cites
        # ("sở đó" is no ministry: only a body of the noun pointed with)
        named = named if issuer.startswith(("co quan", named.split(" ")[0] or "-")) else ""
        subject = _before_restructuring(_subject_words(doc, topic), said)
        body = (
            _asked_body(issuer, doc, topic, kb)
            or _earlier_department(issuer, subject, doc, topic, kb)
            or _province_asked(issuer, topic)
            or subject
            or named
            or _province(issuer, doc)
            or fold(doc.issuer)
        )
        # ("mấy sở đó": those departments, not "how many", which "mấy" alone would ask)
        return (
            padded.replace(f" may {issuer} ", f" {issuer} ")
            .replace(f" {issuer} ", f" {body} ")
            .strip()
        )
    cited = _cited_pointed(said, topic, doc, kb)
    if cited is not None:  # "chỉ thị đó ai ký" after the letter carrying it out
        return cited
    reference = _document_reference(padded)
    if (
        reference
        and reference.startswith("phong trao ")
        and _DOCUMENT_NAMED.search(kinds_spelled(said))
        and (quoted := _quoted_in_shown(topic, kb))
    ):
        # "chỉ thị 14 có nhắc các phong trào đó không" after a letter quoting the Prime
        # Minister's campaigns: those campaigns, asked of the document the question names
        return padded.replace(f" {reference} ", f" {quoted} ", 1).strip()
    if reference is not None:
        referred = _referred_document(reference, doc, topic, kb)
        unpointed = padded.replace(f" {reference} ", " ").strip()
        resolved = f"{unpointed} {_name_words(referred, kb)}"
        return _with_article_subject(resolved, unpointed, topic, kb)
    described = _described_pointer(padded)
    if described is not None:  # "văn bản quy định thẩm quyền cấp xã vừa rồi ban hành ngày nào"
        return padded.replace(f" {described} ", " ", 1).strip()
    replaced = _TEXT_NUMBERED.search(kinds_spelled(topic.query))
    if _REPLACING.search(said) and not _DOCUMENT_NAMED.search(kinds_spelled(said)) and replaced:
        # "văn bản thay thế là nđ nào" after "nđ 98/2023 còn hiệu lực không": what replaced
        # the text that question named, not any text said to have no replacement
        return f"{said} {replaced.group(0)}"
    if _kind_alone(text, said, doc, kb):  # "kh gửi những đâu" after the plan: that plan
        return f"{said} {_name_words(doc, kb)}"
    # (not "thế sáng kiến theo điều lệ là gì" after the circular: of the law it names; "bao
    # nhiêu %" is as short as typed, the words spelling the sign say nothing of their own)
    typed = _besides_dropped(said_words(text))
    elliptical = _elliptical(text, typed, kb) and not names_other_law(said, doc, kb)
    if elliptical and doc.is_campaign and _ISSUER_NOW.match(said):
        # "giờ đổi tên thành gì" after a letter of 2021: the body that issued it, now
        return f"{fold(doc.issuer)} {said}"
    if elliptical or _still_holds(said, kb):
        resolved = f"{said} {_name_words(doc, kb)} {_subject_words(doc, topic)}".strip()
        return _of_heading(resolved, text, said, topic, kb)
    return None


# "giờ là gì", "thế bây giờ đổi tên thành gì": what the issuer is now, asked naming nothing
# else (not "giờ thuộc tỉnh nào", "giờ là tiêu chí gì")
_ISSUER_NOW = re.compile(
    r"^(?:(?:the|vay|con) )?(?:gio|bay gio|bay h|nay|hien nay|hien gio)"
    r" (?:la|doi ten thanh|doi thanh|thanh) (?:gi|j|cai gi|ten gi)$"
)


# "văn bản thay thế", "nđ mới thay": the text replacing one, its own name left out
_REPLACING = re.compile(
    r"\b(?:van ban|vb|nghi dinh|nd|thong tu|tt|luat) (?:moi )?thay(?: the)?\b(?! doi)"
)
# a legal text named by its kind and number, as spelled out: "nghi dinh 98 2023"
_TEXT_NUMBERED = re.compile(
    r"\b(?:luat|nghi dinh|thong tu|quyet dinh|chi thi|nghi quyet)(?: so)? \d+(?: \d{4})?\b"
)


def _with_article_subject(resolved: str, unpointed: str, topic: Topic, kb: KnowledgeBase) -> str:
    """A follow-up asking only which article of the document pointed to ("điều mấy của nghị
    định đó" after "tiền thưởng … theo nghị định nào"): the article on what the last question
    asked about."""
    if ARTICLE_ASKED.search(unpointed) and own_words(unpointed, kb) in ([], ["dieu"], ["khoan"]):
        return f"{resolved} {_subject_of(topic.query)}"
    return resolved


_QUOTED = re.compile(r"“([^”]{8,})”")


def _quoted_in_shown(topic: Topic, kb: KnowledgeBase) -> str:
    """The names the passage just shown quotes ("“Cả nước chung sức xây dựng nông thôn
    mới”, …"), folded and joined; "" when it quotes none."""
    again = shown(topic, kb)
    names = _QUOTED.findall(again[0].text) if again is not None else []
    return " ".join(said_words(name) for name in names)


def _referred_document(reference: str, doc: Document, topic: Topic, kb: KnowledgeBase) -> Document:
    """The document words pointing back mean: the last one, but "phong trào đó" after a note
    on the restructuring is the campaign read before it (the latest one of the chat)."""
    if not reference.startswith("phong trao ") or doc.is_campaign:
        return doc
    for doc_id in reversed(topic.documents):
        earlier = kb.document(doc_id)
        if earlier is not None and earlier.is_campaign:
            return earlier
    return doc


def points_to_reader(text: str, topic: Topic, kb: KnowledgeBase) -> bool:
    """Whether a pointer by a document's kind ("chỉ thị đó", "chỉ thị này") is to the
    document being read, not to the one the last answer named."""
    doc = kb.document(topic.doc_id)
    if topic.named is None or doc is None:
        return False
    said = said_words(text)
    named = _pointed_named(said, topic.named)
    return named is not None and _to_reader(f" {said} ", named, topic.named, doc, kb)


def _to_reader(padded: str, pointer: str, named: Named, doc: Document, kb: KnowledgeBase) -> bool:
    return (
        _this_one(pointer, named, doc, kb)
        or _said_of_itself(padded, pointer, named, doc, kb)
        or _of_reader(padded, pointer, named, doc, kb)
        or _contents_of_unheld(padded, pointer, named, doc, kb)
    )


def _this_one(pointer: str, named: Named, doc: Document, kb: KnowledgeBase) -> bool:
    """Whether a pointer "… này" (this) by the kind of the document being read is to that
    document, the one it named being of the same kind and not held."""
    kind, _, word = pointer.rpartition(" ")
    return word == "nay" and kind == fold(doc.kind) and not holds(named.number, kb)


_SAID_BEFORE = 3  # words before a pointer that the document being read may say of itself


def _said_of_itself(
    padded: str, pointer: str, named: Named, doc: Document, kb: KnowledgeBase
) -> bool:
    """Whether "… đó" by the kind of the document being read, the one it named not being
    held, asks what that document says of itself in the words typed before the pointer: "ai
    có trách nhiệm tổ chức thực hiện chỉ thị đó" after the directive's line citing another
    directive, which says "… có trách nhiệm tổ chức thực hiện Chỉ thị này"."""
    kind, _, word = pointer.rpartition(" ")
    if word == "nay" or kind != fold(doc.kind) or holds(named.number, kb):
        return False
    before = padded.split(f" {pointer} ", 1)[0].split()[-_SAID_BEFORE:]
    if len(before) < _SAID_BEFORE:
        return False
    return f" {' '.join(before)} {kind} nay " in document_words(doc.id, kb)


# "chỉ thị đó về nội dung gì", "nghị định đó giờ còn dùng được không"
_OWN_PARTICULARS = re.compile(r" ve (?:noi dung|viec|van de) gi | con (?:dung|ap dung) ")
# what a text says inside: whom it tasks, what it asks or lays down, what it says of a thing
_ASKS_CONTENTS = re.compile(
    r" (?:giao|yeu cau|de nghi|chi dao|trien khai|quy dinh|noi gi|lam gi|nhac|de cap"
    r"|trach nhiem|chu tri|theo doi|thuong truc"
    r"|chi tieu|tieu chi|nhiem vu|giai phap|nhung phong trao|ho so) "
)


def _contents_of_unheld(
    padded: str, pointer: str, named: Named, doc: Document, kb: KnowledgeBase
) -> bool:
    """Whether "nó" or a pointer by the kind of the document being read asks what a text
    says inside, of a document the last answer named but the knowledge base does not hold:
    "nó giao cơ quan nào làm thường trực" after the directive's line citing the Prime
    Minister's directive asks the directive being read, the only one whose text is there.
    Only a question on what it tasks, asks or lays down (_ASKS_CONTENTS): its particulars
    (number, issuer, date, signer, subject, whether it still applies) the citing line or
    what is known of the named document may tell."""
    if holds(named.number, kb) or _GUIDES.search(padded) or not _ASKS_CONTENTS.search(padded):
        return False
    if _PARTICULARS.search(padded) or _OWN_PARTICULARS.search(padded):
        return False
    kind = pointer.rpartition(" ")[0]
    return pointer == "no" or kind == fold(doc.kind)


# "nó hướng dẫn điều nào", "… hướng dẫn luật nào": what a text guides
_GUIDES = re.compile(r" huong dan (?:thi hanh )?(?:dieu|khoan|luat|nghi dinh|van ban)\b")

# "văn bản đó của sở": a pointer with the body whose document it is
_OF_BODY = re.compile(r"(?:cua|do) (so|bo|ubnd|uy ban nhan dan|chinh phu|quoc hoi|van phong)\b")


def _of_reader(padded: str, pointer: str, named: Named, doc: Document, kb: KnowledgeBase) -> bool:
    """Whether a pointer is to the document being read by the body it adds: "văn bản đó của
    sở ai ký" after the Sở's letter naming the province's directive is the letter, the
    body issuing it and not the directive."""
    body = _OF_BODY.match(padded.split(f" {pointer} ", 1)[-1])
    if body is None or f" {body[1]} " not in f" {fold(doc.issuer)} ":
        return False
    other = next((d for d in kb.documents if d.has_number and d.number == named.number), None)
    return other is not None and f" {body[1]} " not in f" {fold(other.issuer)} "


def _of_heading(resolved: str, text: str, said: str, topic: Topic, kb: KnowledgeBase) -> str:
    """A follow-up read with the last document's name, and with the title the heading just
    shown names when the follow-up names none of its own: "quân đội thì gọi là danh hiệu
    gì" after the article on "Lao động tiên tiến" asks within that article, not wherever the
    law speaks of the army. Only after a question on a title ("người ký" after the law's
    list of titles is the law's signer); not for a follow-up asking of another title by its
    level ("toàn quốc?"), of a figure ("mức trên 50%") or of a bonus (the decree's article
    on bonuses, not the title's)."""
    padded = f" {said} "
    if (
        conversation_title(topic, kb) is None
        or _title_name(said, kb) is not None
        # (a level of two words: "bộ" alone is also the "bộ" of "bộ đội")
        or any(f" {level} " in padded for level in TITLE_LEVELS if " " in level)
        or any(c.isdigit() for c in said)
        or item_asked(said, said) is not None  # "còn điểm đ": the item of the passage read
        or _says_bonus(text)
    ):
        return resolved
    title = heading_title(topic, kb)
    return f"{resolved} {title}" if title and f" {title} " not in f" {resolved} " else resolved


def _says_bonus(text: str) -> bool:
    """Whether the message says "thưởng" (typed without marks, "thuong" may be it; "thường",
    as in "thì thường gọi là gì", is not)."""
    return any(
        fold(word) == "thuong" and (not has_marks(word) or word.lower() == "thưởng")
        for word in re.findall(r"\w+", text)
    )


# "doanh nghiệp", "trong doanh nghiệp", "ở doanh nghiệp": asked instead of a level
_ENTERPRISE = re.compile(
    r"^(?:(?:o|trong|tai|cua) )?doanh nghiep(?: nha nuoc)?(?: thi)?(?: ai| sao| the nao)?$"
)


def _enterprise_instead(rest: str, query: str) -> str | None:
    """The last question asked of an enterprise in place of the level it named ("ai quyết
    định tặng lđtt ở cấp xã" → "… ở doanh nghiệp"); None when the follow-up names more than
    an enterprise, or the last question no level (after a directive's recipients, "còn
    doanh nghiệp" asks what it tells enterprises)."""
    if not _ENTERPRISE.match(" ".join(_strip_trailing(rest).split())):
        return None
    return _level_replaced(query, "doanh nghiep")


def _level_replaced(query: str, level: str) -> str | None:
    """The question with `level` in place of the level it names last ("… ở sở … cơ sở": the
    Sở, not the title's "cơ sở"); None when it names none."""
    old = _level_at(query)
    if old is None:
        return None
    start, named = old
    padded = f" {query} "
    return f"{padded[:start]} {level} {padded[start + len(named) + 2 :]}".strip()


def _substitute(rest: str, query: str, kb: KnowledgeBase) -> str | None:
    """The last question with the follow-up's place, year or audience in place of its own."""
    query = without_clause_marks(query)  # "… sóc trăng, tiêu chí …": the place is replaced
    query = places_spelled(query, kb)  # "… kh st 2022": Sóc Trăng's, replaced too
    retitled = other_title(rest, query, kb)
    if retitled is not None:
        return retitled
    new = _entities(rest, kb)
    if not new:
        level = _level(rest)
        if level is None:
            return None
        level = LEVEL_NAMES.get(level, level)  # "còn ở xã": the level, not a commune's name
        return _level_replaced(query, level) or f"{query} {level}"
    if "title" in new:
        query = words(query)  # the title's name as matched: "cờ thi đua của bộ, tỉnh"
    old = _entities(query, kb)
    body = _body_of(rest, new.get("place"))
    if body and old.get("place") == new["place"]:
        # "thế còn sở tnmt sóc trăng" after "sóc trăng giờ thuộc đâu": the same place, and
        # now a body of it, asked about in its place.
        return f" {query} ".replace(f" {old['place']} ", f" {body} ", 1).strip()
    # "ubnd kon tum?" after the ministry's letter: the province's People's Committee
    named_body = next((b for b in _BODIES if f" {b} " in f" {rest} "), None)
    if "place" in new and "place" not in old and new["place"] != "bo":
        # "ở sóc trăng?" after "tiêu chí … trong cv btnmt": a province's document, which
        # need not be of the last one's kind (Sóc Trăng's is a plan), nor the ministry's
        # (its body named, a document still: "ubnd kon tum?" asks no count of campaigns)
        query = _MINISTRY.sub(" ", query if named_body else _without_bare_kinds(query))
        query = " ".join(query.split())
    elif "place" in new and old.get("place") not in (None, new["place"]):
        # "còn năm 2021 theo bộ" after "… theo kh sóc trăng": the ministry's document is
        # no plan
        query = " ".join(_without_bare_kinds(query).split())
    for kind, value in new.items():
        # (a document of its own named, "còn ubnd kon tum theo chỉ thị 14", picks it)
        cited = _DOCUMENT_NAMED.search(kinds_spelled(rest))
        if kind == "place" and named_body and named_body not in query and not cited:
            value = f"{named_body} {value}" if value != "bo" else named_body
            if not named_body.startswith(SECTORAL):  # the province's committee: no sector
                query = " ".join(_SECTOR.sub(" ", query).split())
        elif kind == "place" and value == "bo":
            value = _ministry(kb) or value  # "còn năm 2021 theo bộ": the ministry's letter
        if kind in old:
            query = f" {query} ".replace(f" {old[kind]} ", f" {value} ").strip()
        else:
            query = f"{query} {value}"
    if "place" in new and "year" in old and "year" not in new and new["place"] != "bo":
        # "còn kon tum thì sao" after Sóc Trăng's 2022 plan: without a Kon Tum document of
        # 2022, the place is what the person asks about, not the year
        place = new["place"]
        if not any(
            d.year == int(old["year"]) and place in fold(f"{d.place} {d.issuer}")
            for d in kb.campaigns()
        ):
            for said in (f"nam {old['year']}", old["year"]):
                query = f" {query} ".replace(f" {said} ", " ").strip()
    if "year" in new and "place" in old and "place" not in new:
        # "còn năm 2021?" after a 2022 plan of Sóc Trăng: without a Sóc Trăng document of
        # 2021, the year is what the person asks about, not the place.
        year = int(new["year"])
        same_place = [d for d in kb.campaigns() if old["place"] in fold(f"{d.place} {d.issuer}")]
        if not any(d.period_start <= year <= d.period_end for d in same_place):
            query = f" {query} ".replace(f" {old['place']} ", " ").strip()
    return query


def _without_bare_kinds(query: str) -> str:
    """Folded words without the document kinds they name with no number ("cv btnmt"):
    "ct 14" still names its document."""
    kinds = (*KIND_LETTERS, *_KINDS, "cong van", "van ban")
    return " ".join(
        _BARE_KIND.sub(lambda m: " " if m.group(0) in kinds else m.group(0), query).split()
    )


# What names the body that issued a document, and the document, in a question: "ubnd tỉnh",
# "sở tnmt", "chỉ thị 14", "ct14" ("cơ sở" is no Sở, "số 14" a number).
_ISSUING = re.compile(
    r"\b(?:uy ban nhan dan|ubnd|(?<!co )so|bo|cap tinh|cap huyen|cap xa|tinh|huyen|xa|phuong"
    r"|tai nguyen va moi truong|tai nguyen moi truong|tnmt|tn&mt|tn mt|stnmt|btnmt|ptnmt)\b"
)


SECTORAL = ("so", "bo", "phong")  # bodies of a sector, unlike "tỉnh" or "xã"


_SECTOR = re.compile(r"\b(tai nguyen|tnmt|tn&mt|tn mt|stnmt|btnmt|ptnmt)\b")


# "chỉ thị 14 gốc", "văn bản gốc": the document a letter carries out, named as any other.
_ORIGINAL = re.compile(rf"\b((?:{'|'.join(DOCUMENT_KINDS)}|van ban)(?: so)?(?: \d[\w/&-]*)?) goc\b")
_ORIGINAL_TYPED = re.compile(r"(?i)(?<=\d) +g[ốo]c\b")  # "… 14 gốc", as typed


def without_original(text: str) -> str:
    """The message without the "gốc" after a document's number ("chỉ thị 14 gốc của ubnd
    tỉnh thì ai ký"): the document itself, which the search finds by its number."""
    if _ORIGINAL.search(kinds_spelled(text)) is None:
        return text
    return _ORIGINAL_TYPED.sub("", text, count=1)


# How the issuer of a document at a level is named ("cấp tỉnh": the province's People's
# Committee; "sở": a department).
ISSUERS_AT = {
    "tinh": ("uy ban nhan dan tinh",),
    "cap tinh": ("uy ban nhan dan tinh",),
    "so": ("so ",),
    "bo": ("bo ",),
}


_MINISTRY_ALONE = re.compile(r"(?:o |cua )?bo(?: thi\b|$)")
_LEVEL_LEADING = re.compile(r"^(?:o )?((?:cap )?(?:tinh|bo|so)) thi ")


def _without_level_said(rest: str) -> str:
    """A follow-up's question without the level it opens with when the document it names
    says that level again by its issuer: "ở cấp tỉnh thì chỉ thị 14 của ubnd tỉnh giao cơ
    quan nào" asks what the directive assigns; "cấp tỉnh" would only match the passages
    that say "cấp tỉnh" of something else (an index "cấp tỉnh")."""
    found = _LEVEL_LEADING.match(rest)
    if found is None or not _DOCUMENT_NAMED.search(kinds_spelled(rest)):
        return rest
    question = rest[found.end() :]
    issuers = ISSUERS_AT.get(found.group(1), ())
    return question if any(f" {i.strip()} " in f" {question} " for i in issuers) else rest


def _level_alone(rest: str) -> bool:
    """Whether a follow-up names a level of government and nothing else ("ở cấp tỉnh thì
    sao"; not "còn btnmt", a body at a level)."""
    level = _level(rest)
    return level is not None and set(rest.split()) <= {*level.split(), *JOINING, *ASKING}


def _rebodied(rest: str, query: str, kb: KnowledgeBase) -> str | None:
    """After a question about what one body's document says ("ct14 ubnd tỉnh … giao cơ quan
    nào làm thường trực"), "còn ở sở tnmt", "còn cấp tỉnh" or "còn công văn của sở" asks
    the same of the body (or document) it names: the last question with the old body and
    document taken out and the new one put in; None unless both name one."""
    if _level(rest) is None:
        return None
    old = _entities(query, kb).get("place")
    # "bộ thì sao" after a question of Sóc Trăng's: the ministry, of no province (not "cán
    # bộ", "bộ máy")
    ministry = old is not None and _MINISTRY_ALONE.match(rest) is not None
    named = _DOCUMENT_NAMED.search(query) or _SECTOR.search(query) or ministry
    if named_years(rest) or not named:
        return None  # "chủ tịch ubnd cấp huyện quyết định tặng gì": only the level changes
    said = rest.split()
    while said and (said[0] in JOINING or said[0] in ASKING):
        said = said[1:]
    while said and (said[-1] in JOINING or said[-1] in ASKING):
        said = said[:-1]
    remaining = _ISSUING.sub(" ", _DOCUMENT_NAMED.sub(" ", query))
    sector = _SECTOR.search(query)
    if sector and _level(rest) in SECTORAL and not _SECTOR.search(rest):
        said.insert(1, sector.group(1))  # "còn sở ở kon tum" after Sóc Trăng's sở tnmt
    new = _entities(rest, kb).get("place")
    if old and (new or ministry):  # "còn sở tnmt sóc trăng" after Kon Tum's: one place
        remaining = f" {remaining} ".replace(f" {old} ", " ")
    return " ".join([*said, *remaining.split()]) if said else None


def _ministry(kb: KnowledgeBase) -> str | None:
    """The ministry a bare "bộ" means: the one whose campaign documents are held, when
    there is one (folded short name: "bo tn&mt")."""

    def find() -> str | None:
        names = {fold(d.short_issuer) for d in kb.campaigns() if d.issuer.startswith("Bộ")}
        return names.pop() if len(names) == 1 else None

    found = kb.derived("campaign ministry", find)
    return str(found) if found else None


def _body_of(rest: str, place: str | None) -> str | None:
    """The body of a place a follow-up names, from its level up to the place ("sở tnmt sóc
    trăng"), when it names one; None when it names the place alone."""
    if not place or _level(rest) is None:
        return None
    padded = f" {rest} "
    start, end = padded.rfind(f" {_level(rest)} "), padded.find(f" {place} ")
    if start < 0 or end < 0 or start >= end:
        return None
    return padded[start : end + len(place) + 1].strip()


def _another_document(rest: str, doc: Document) -> bool:
    """Whether the follow-up names or asks for a kind of document the last one is not
    ("kỷ luật" is discipline, not a law)."""
    padded = f" {rest} ".replace(" ky luat ", " ")
    planned = padded.split(" ke hoach nam ", 1)
    if len(planned) == 2 and year_work(planned[1].split(" ", 1)[0]):
        padded = " ".join(planned)  # "kế hoạch năm phải hoàn thành": the year's work
    kind = fold(doc.kind)
    named = any(f" {k} " in padded and k != kind for k in DOCUMENT_KINDS)
    # (a kind asked for is named however short it is typed: "nđ nào" after the law)
    return named or asked_kind(rest) not in (None, kind)


def of_another_place(rest: str, doc: Document, kb: KnowledgeBase) -> bool:
    """Whether the follow-up names a province other than the last campaign document's own
    (a law's place is only where it was signed)."""
    place = _entities(rest, kb).get("place")
    return (
        doc.is_campaign
        and place not in (None, "bo")
        and bool(doc.place)
        and place != fold(doc.place or "")
    )


def unsaid(rest: str, doc: Document, kb: KnowledgeBase) -> bool:
    """Whether the follow-up names a place, level, body or audience (not a subject of its
    own words) that the last document nowhere says, and another document says all it names."""
    said = [w for w in rest.split() if len(w) > 1 and w not in ASKING and w not in JOINING]
    own = set(own_words(rest, kb))
    last = document_words(doc.id, kb)
    if all(f" {w} " in last for w in said if w not in own):
        return False
    others = (document_words(d.id, kb) for d in kb.documents if d.id != doc.id)
    return any(all(f" {w} " in words for w in said) for words in others)


def title_passage_says(rest: str, own: list[str], topic: Topic, kb: KnowledgeBase) -> bool:
    """Whether what the law says of the title the conversation is about (its own article,
    or the passage a question on it with these words finds) says every own word of the
    follow-up (`own`, as `own_words` reads them), which the passage just shown, from
    elsewhere, does not: "còn trong quân đội ai công nhận mưu trí sáng tạo" after the title's
    bonus is asked of its article."""
    name = conversation_title(topic, kb)
    named = named_title(words(name), tuple(kb.titles.values())) if name else None
    again = shown(topic, kb)
    if name is None or named is None or not named[0].article or again is None:
        return False
    if _title_name(rest, kb) is not None:
        return False  # ("còn trường đạt tập thể lao động xuất sắc": a title of its own)
    article = f"{named[0].article}."
    if again[0].doc.id == LAW and again[0].section.startswith(article):
        return False
    said = [p for _, p in document_passages(LAW, kb) if p.section.startswith(article)]
    found = kb.title_answer(f"{rest} {name}")
    if found is not None and found.passage is not again[0]:
        said.append(found.passage)
    read = f" {said_words(again[0].text)} "
    return not all(f" {w} " in read for w in own) and any(
        all(f" {w} " in f" {said_words(p.text)} " for w in own) for p in said
    )


HEADED_PAIRS = 3  # word pairs of a follow-up a heading of another legal text must say


def _headed_in_other_law(
    rest: str, own: list[str], doc: Document, kb: KnowledgeBase
) -> Document | None:
    """The other legal text one of whose headings says most of the follow-up's own word
    pairs, when that is more than any heading of the legal text just read says, and at least
    HEADED_PAIRS; None after a campaign, or when none does."""
    if doc.category != "law":
        return None
    said = rest.split()
    pairs = {f" {a} {b} " for a, b in pairwise(said) if a in own and b in own}
    said_most = {
        d.id: max((sum(p in h for p in pairs) for h in _headings(d.id, kb)), default=0)
        for d in kb.documents
        if d.category == "law"
    }
    others = [d for d in kb.documents if d.id in said_most and d.id != doc.id]
    best = max(others, key=lambda d: said_most[d.id], default=None)  # the first of equals
    floor = max(said_most[doc.id] + 1, HEADED_PAIRS)
    return best if best is not None and said_most[best.id] >= floor else None


def _headings(doc_id: str, kb: KnowledgeBase) -> frozenset[str]:
    """A document's section headings as said words between spaces, found once."""
    return kb.derived(
        ("section headings", doc_id),
        lambda: frozenset(f" {said_words(p.section)} " for _, p in document_passages(doc_id, kb)),
    )


def _titled_elsewhere(rest: str, doc: Document, kb: KnowledgeBase) -> bool:
    """Whether two of the follow-up's own words, side by side, are said by another
    campaign document's title and not by the last document's ("phong trào thi đua đặc
    biệt": the special campaign's letter, after another letter of the same department)."""
    own = set(own_words(rest, kb))
    said = rest.split()
    pairs = [f" {a} {b} " for a, b in pairwise(said) if a in own and b in own]
    if not pairs:
        return False
    titles = kb.derived(
        "campaign titles' words",
        lambda: {d.id: f" {said_words(d.title)} " for d in kb.documents if d.is_campaign},
    )
    last = titles.get(doc.id) or f" {said_words(doc.title)} "
    # (nor by the last document's text: "văn phòng sở có nhiệm vụ gì" after a plan saying
    # "nhiệm vụ" throughout, though a directive's title says it)
    text = document_words(doc.id, kb)
    return any(
        p in title and p not in last and p not in text
        for other, title in titles.items()
        if other != doc.id
        for p in pairs
    )


def _province(issuer: str, doc: Document) -> str:
    """ "tỉnh đó" pointing at the province whose body issued the last document ("tinh soc
    trang"); "" for another pointer, or a document of no province's body."""
    province = f"tinh {fold(doc.place)}"
    return province if issuer.startswith("tinh ") and province in fold(doc.issuer) else ""


# "Bộ Tài nguyên và Môi trường nay là Bộ Nông nghiệp và Môi trường": the body before, the
# verb, the body after
_SUCCESSION = re.compile(r"^(.+?) nay (?:la|thuoc) ")
RESTRUCTURED = 2025  # the year ministries, provinces and departments were merged


def _before_restructuring(subject: str, said: str) -> str:
    """A note's subject, or its former body when the follow-up asks of a year before the 2025
    restructuring: "hồi 2021 bộ đó phát động thi đua chủ đề gì" after "Bộ Tài nguyên và Môi
    trường nay là Bộ Nông nghiệp và Môi trường" is the ministry of 2021."""
    former = _SUCCESSION.match(subject)
    if former is None or not any(year < RESTRUCTURED for year in named_years(said)):
        return subject
    return former.group(1)


def _province_asked(issuer: str, topic: Topic) -> str:
    """ "tỉnh đó" pointing at the one province the last question named ("Còn Sở TN&MT Sóc
    Trăng thì nay thuộc đâu" answered from the note on departments: "tinh soc trang"); ""
    for another pointer, or a question naming none or several."""
    named = provinces_in(topic.query)
    return f"tinh {fold(named[0])}" if issuer.startswith("tinh ") and len(named) == 1 else ""


def _named_issuer(topic: Topic, kb: KnowledgeBase) -> str:
    """The issuer of the document the last answer named, as the passage just shown cites it
    ("8240/BTNMT-TĐKTTT ngày 31/12/2021 của Bộ Tài nguyên và Môi trường"): "cơ quan đó" after
    "công văn đó của cơ quan nào" is that body, not the one whose plan cites the letter."""
    named = topic.named
    again = shown(topic, kb)
    if named is None or not named.is_document or again is None:
        return ""
    cited = re.search(rf"{re.escape(named.number)}{_ISSUED_BY}", again[0].text)
    return said_words(cited.group(1)) if cited else ""


# what follows a cited number up to its issuer: its date, then "của" and the issuer's name
# (up to what the document is about: "… của Bộ Tài nguyên và Môi trường về việc …")
_ISSUED_BY = r"(?: ngày [\d/]+)? của ([A-ZĐÀ-Ỹ][^,.;:()\n]*?)(?= về |[,.;:()\n]|$)"


def _earlier_department(
    issuer: str, subject: str, doc: Document, topic: Topic, kb: KnowledgeBase
) -> str:
    """ "sở đó" when the last answer came from no department's document (the law, the
    province's directive, a note on what is now, of no department): the department that
    issued the chat's last document of one ("so tai nguyen va moi truong tinh kon tum");
    "" otherwise."""
    if not issuer.startswith("so ") or subject.startswith("so ") or _of_department(doc):
        return ""
    earlier = (kb.document(d) for d in reversed(topic.documents))
    return next((fold(d.issuer) for d in earlier if d is not None and _of_department(d)), "")


def _asked_body(issuer: str, doc: Document, topic: Topic, kb: KnowledgeBase) -> str:
    """ "mấy sở đó" after "giám đốc sở tnmt các tỉnh phải làm gì" asked of the ministry's
    letter: the body of that noun and sector the last question named, else the passage
    shown or the one before ("các sở đó" after its addressees, then its signer), when the
    letter's issuer is of another noun ("so tnmt"); "" otherwise."""
    noun = issuer.split(" ", 1)[0]
    if not doc.is_campaign or noun not in SECTORAL or fold(doc.issuer).startswith(f"{noun} "):
        return ""
    body = re.compile(rf"\b{noun} (tai nguyen va moi truong|tai nguyen moi truong|tnmt|tn&mt)\b")
    shown = [p for p in (topic.position, topic.earlier and topic.earlier[2]) if p is not None]
    texts = [kb.passages[p].text for p in shown if 0 <= p < len(kb.passages)]
    found = next(filter(None, (body.search(said_words(t)) for t in (topic.query, *texts))), None)
    return found.group(0) if found else ""


def _of_department(doc: Document) -> bool:
    return fold(doc.issuer).startswith("so ")


def _names_kind(rest: str, doc: Document) -> bool:
    """Whether a follow-up names the last document's kind without a number ("còn cv chống
    covid", "kế hoạch khác"): another document of that kind."""
    kind = fold(doc.kind)
    if not doc.is_campaign:
        return False  # ("còn luật sửa đổi 2026" after the law: its caveat, not another law)
    numbered = (found.group(1) for found in _KIND_NUMBERED.finditer(rest))
    return f" {kind} " in f" {rest} " and kind not in numbered


def _kind_alone(text: str, said: str, doc: Document, kb: KnowledgeBase) -> bool:
    """Whether a short question names the last document by its kind alone, as staff point at
    the one just discussed ("kh gửi những đâu" after the plan): no number, no other kind, no
    place, year or title of its own."""
    padded = f" {said} "
    kind = fold(doc.kind).lower()
    return (
        f" {kind} " in padded
        and not any(f" {k} " in padded for k in DOCUMENT_KINDS if k != kind and k not in kind)
        and _KIND_NUMBERED.search(said) is None
        and not names_any(said, kb)
        and _short(said)
        and asked_kind(text) is None  # ("kế hoạch nào nói về covid": which one is asked)
        and _ASKING_WORD.search(text.lower()) is not None
    )


# a word asking, wherever it stands, typed with its marks or bare ("kh gửi những đâu", "cv
# đó ký ngày nào"; not "máy", "đầu", "bản sao"), or a question's end ("… không?")
_ASKING = ("ai", "gì", "nào", "đâu", "sao", "bao nhiêu", "mấy")
_ASKING_WORD = re.compile(
    rf"{typed_or_bare(_ASKING)}|(?:\?|(?<!\w)(?:không|khong|ko|chưa|chua))\s*\??$"
)


# A kind of document and its number ("công văn số 8240", "chỉ thị 14")
_KIND_NUMBERED = re.compile(rf"\b({'|'.join(DOCUMENT_KINDS)})(?: so)? \d")


def _body_words(doc: Document) -> str:
    """A document's kind, issuer and year, without its number: what it shares with the
    others its issuer sent that year."""
    return fold(f"{doc.kind} {doc.short_issuer} {doc.year}")
