"""Questions about one emulation title or about a legal document's particulars, answered
from the passage that says so.

"Chiến sĩ thi đua cấp tỉnh cần mấy lần chiến sĩ thi đua cơ sở?" names a title (by its name
or an alias in knowledge/titles.yaml, with or without diacritics, "sỹ" or "sĩ"); the answer
is the passage of that title's article in Luật Thi đua, khen thưởng, or, when the question
asks about the bonus, who decides or the dossier, the passage that says so (Nghị định
152/2025 Điều 50, Luật Điều 80, the decree's dossier of that title or Luật Điều 84; a
commune's chairman: Nghị định 129/2025 Điều 59). Who decides at a commune or a department,
and the dossier of titles in general, are answered so without a title named.
"Luật thi đua khen thưởng có hiệu lực từ khi nào" names a legal document by its title and
asks for its particulars: the answer is its opening, which states them.
A question that names a campaign (a place or a year) is left to the search.

Both the chat (handlers/title_questions.py) and `KnowledgeBase.search` answer through here,
so `python -m bot ask` and the bot agree.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise

from rapidfuzz.distance import OSA

from knowledge.documents import Document
from knowledge.normalize import Needing, fold, plain_words
from knowledge.places import provinces_in
from knowledge.sections import Passage
from knowledge.shorthand import spell_out
from knowledge.titles import Title

LAW = "luat-06-2022-qh15"
DECREE = "nd-152-2025-nd-cp"
COMMUNE_DECREE = "nd-129-2025-nd-cp"
MIN_BONUS_SLIP = 4  # letters of a word read as "thưởng" typed with a slip ("tuong", "thog")
# ... or opened by the bonus word, the title between ("thưởng cstđcs năm 2025 bao nhiêu").
BONUS = re.compile(
    # ("khen thưởng mấy lần" asks how often a title is won, not its bonus)
    r"\b(thuong (bao )?nhieu|(?<!khen )thuong may lan|tien thuong|muc thuong|duoc thuong"
    r"|bao nhieu tien|may lan (?:muc )?luong"
    r"|lan luong|thuong he so|he so (?:thuong )?(?:may|bao nhieu|bn))\b"
    # (after a word leading a follow-up: "thế thưởng cho cstđ toàn quốc bao nhiêu")
    r"|^(?:(?:the|vay|con|thi|ok) )*thuong( \w+){1,8}? (bao nhieu|bn)\b"
    # (not a share or a count: "… bao nhiêu % số người", "… bao nhiêu lđtt", "… mấy năm")
    r"(?! (?:phan tram|so nguoi|nguoi|ca nhan|nam(?! \d)|lan (?:chien si|cstd)|ldtt|lao dong))"
)
# ("qđ": the chat's shorthand of "quyết định"; "ai quyết" alone: who decides, clipped)
_DECISION = r"(?:quyet dinh|qd)"
DECIDES = re.compile(
    rf"\b(ai quyet|tham quyen|ai tang|cap nao quyet dinh|ai ky {_DECISION}|{_DECISION} tang"
    r"|co quyen tang|ai xet|ai trao|ai cong nhan|cap nao tang|ai khen"
    rf"|ky tang|ky {_DECISION} tang)\b"  # "chủ tịch phường có được ký tặng …": who signs decides
    # "giấy khen ở sở thì ai ký", "ai ký bằng khen": who signs an award is who decides it
    r"|\b(giay khen|bang khen)\b.*\b(ai|nguoi) ky\b|\b(ai|nguoi) ky (giay khen|bang khen)\b"
)
# "chủ tịch xã có được tặng LĐTT không": an authority that "được tặng" may award, which is who
# decides; anyone else ("nông dân có được tặng LĐTT không") may receive it, which the title's
# article says.
GRANTED = re.compile(
    r"\b(duoc|dc) (tang|khen|trao|xet tang)\b"  # "đc": the chat shorthand
    r"|\b(tang|khen|trao|xet tang)\b.* (duoc|dc) (khong|ko|k|chua|nua)\b"  # "còn tặng … được ko"
)
AUTHORITY = re.compile(
    r"\b(chu tich|ct|thu truong|giam doc|bo truong|ubnd|uy ban nhan dan|nguoi dung dau"
    r"|cap (xa|phuong|huyen|tinh|so|bo))\b"
)
# A level above the commune: "huyện", "tỉnh", "sở", "bộ"
# ("cơ quan", "tính từ", "cơ sở", "cán bộ" are none)
OTHER_LEVEL = re.compile(
    r"\b(?:cap|o|chu tich|ct|ubnd|uy ban nhan dan|giam doc|thu truong) (?:huyen|quan|tinh|so|bo)\b"
    r"|\bhuyen\b"
)
# A ward (phường) is of the commune level; so are its staff ("cán bộ xã", "công chức phường").
COMMUNE = re.compile(
    r"\b(cap xa|ubnd xa|uy ban nhan dan xa|chu tich xa|xa phuong|o xa"
    r"|cap phuong|ubnd phuong|uy ban nhan dan phuong|chu tich phuong|o phuong"
    r"|(can bo|cong chuc|nguoi lao dong) (xa|phuong)"
    r"|ct xa|ct phuong)\b"  # "ct xã": the chairman ("chỉ thị" has a number: "ct 14")
)
# "ai quyết định tặng giấy khen ở sở": a department (cơ quan chuyên môn thuộc UBND tỉnh).
DEPARTMENT = re.compile(
    r"\b(o|tai|cua|thuoc|trong|giam doc|cap) so\b|\bso (tnmt|noi vu|tai nguyen)\b"
)
# The titles only a commune's chairman decides since 01/7/2025 (the district's before):
# "gia đình văn hóa", "thôn, tổ dân phố văn hóa"
COMMUNE_AWARDS = re.compile(r"\b(gia dinh van hoa|thon van hoa|to dan pho van hoa)\b")
# What a level decides is asked without naming a title: "tặng giấy khen", "những danh hiệu gì",
# or naming one no article of titles holds (`COMMUNE_AWARDS`)
AWARDS_AT_LEVEL = re.compile(rf"\b(giay khen|danh hieu|khen)\b|{COMMUNE_AWARDS.pattern}")
# "thưởng lao động tiên tiến": the bonus word right before the title, not "khen thưởng".
BONUS_BEFORE = re.compile(r"(?<!khen )\bthuong $")
# What a title brings ("cstđ toàn quốc được tặng những gì"): its certificate, badge and
# bonus, which the decree's bonus article lists (no figure required, unlike a bonus asked).
# Not when an authority is named: "chủ tịch hđqt được tặng gì" asks what it may award.
BROUGHT = re.compile(r"\bduoc tang (nhung )?gi\b")
AWARDER = re.compile(r"\b(chu tich|thu truong|giam doc|bo truong|nguoi dung dau)\b")
# "hồ sơ đề nghị danh hiệu thi đua có ...": the law's list, without a title named.
ANY_TITLE = re.compile(r"\bdanh hieu thi dua\b")
# "cần giấy tờ gì": the dossier; a paper of it named too ("còn biên bản thì cần gì")
DOSSIER = Needing(
    r"\b(ho so|giay to|thu tuc|bien ban)\b", "ho so", "giay to", "thu tuc", "bien ban"
)
# "hồ sơ xét LĐTT do ai quy định", "theo quy định của cấp nào": who sets the rules, not what
# they say.
_WHICH_BODY = r"(ai|cap nao|co quan nao|noi nao|ben nao)"
REGULATED_BY = re.compile(
    rf"\b({_WHICH_BODY} quy dinh|quy dinh cua {_WHICH_BODY}|(theo )?quy dinh o (dau|cho nao))\b"
)
# "giờ phân cấp chưa", "đã phân cấp cho tỉnh chưa": whether the Government handed the rules down
DELEGATED = re.compile(r"\bphan cap\b")
# What the dossiers of this module are of ("hồ sơ thi đua", "hồ sơ khen thưởng"), not any
# dossier ("phân cấp quản lý hồ sơ cán bộ")
EMULATION = re.compile(r"\b(thi dua|khen thuong|danh hieu|tdkt)\b")
# "các danh hiệu cơ sở", "danh hiệu cấp cơ sở": the titles decided at the base, as a group,
# or one of them ("hồ sơ lao động tiên tiến theo quy định ở đâu")
BASE_TITLES = re.compile(
    r"\bdanh hieu (cap )?co so\b|\b(lao dong tien tien|chien si thi dua co so|ldtt|cstdcs)\b"
)
# "sáng kiến phải được ai công nhận": who recognises the work a title asks for, which the
# title's article says ("sáng kiến được cơ sở công nhận"), not who awards the title
WORK_RECOGNISED = re.compile(
    r"\b(sang kien|sk|de tai|de an|cong trinh|giai phap)\b( \w+){0,4} (ai|cap nao) cong nhan\b"
)
# "theo điều 84 luật", "điều 59 của nó", "điều 3 điều lệ sáng kiến": an article asked by its
# number (folded)
ARTICLE_NAMED = re.compile(r"\bdieu (\d{1,3})\b")
CLAUSE_NAMED = re.compile(r"\bkhoan \d{1,2}\b")
# "có đủ (điều kiện) tập thể lao động xuất sắc không", "có được cstđcs ko": eligibility for
# the title named ({} is the pattern of every title's names)
SOUGHT = (
    r"\bco (?:du|duoc|dc|dat)(?: dieu kien| tieu chuan)?(?: (?:de nghi|xet|cong nhan))?"
    r"(?: tang)?(?: danh hieu)? {}\s(?:khong|ko|k|kg|khg|hok|chua)\b"
)
CONDITIONS = re.compile(r"\b(dieu kien|tieu chuan|can gi|can nhung gi|yeu cau)\b")
# "3 lần liên tục chiến sĩ thi đua cơ sở thì được xét danh hiệu gì": the title above it.
NEXT_TITLE = re.compile(r"\blan (lien tuc |lien tiep )?$")
TIMES = re.compile(r"\blan\b")  # "mấy lần", "03 lần liên tục": how often a title is needed
# "3 năm liền được cstđcs, giờ muốn lên cstđ tỉnh": held that often, going up to the title
# that requires it (unless its bonus or dossier is asked: "lđtt lên cstđcs thì thưởng bao nhiêu")
GOING_UP = re.compile(r"\b(nam lien|len)\b")
ASKS_TITLE = re.compile(r"\b(danh hieu gi|xet gi|len gi|duoc gi|danh hieu nao)\b")
# (a year after a number is a document number's: "luật 06/2022/QH15", "nđ 152/2025")
CAMPAIGN = Needing(
    r"(?<!\d )\b(19|20)\d\d\b|\b(phong trao|ke hoach|chi thi|cong van)\b",
    *("19", "20", "phong trao", "ke hoach", "chi thi", "cong van"),
)
ANY_YEAR = re.compile(r"\b(19|20)\d\d\b")
OF_A_BODY = re.compile(r"\b(cua|o|tai) (so|bo|ubnd|uy ban|nganh|tinh)\b")
# "chiến sĩ tiên tiến theo luật 2022 tặng cho ai": the year of the law names the law, not a
# campaign; another year ("luật 2003") names another law, which the search finds.
# The law's issuer with the year names it too ("… quốc hội 2022", as a follow-up is read with
# the name of the law just quoted).
LAW_YEAR_SAID = LAW.split("-")[2]  # (no pattern tried on a question without the year)
LAW_YEAR = re.compile(
    r"\b(luat(?: thi dua(?: khen thuong)?| tdkt)?|quoc hoi)(?: nam)? " + LAW_YEAR_SAID + r"\b"
)
# "hồ sơ CSTĐCS theo QĐ 638/QĐ-BNV": the question names its own source, the search finds it.
CITES = Needing(
    r"\b(qd|quyet dinh|nd|nghi dinh|tt|thong tu) \d+\b|\b\d+ (qd|nd|tt)\b",
    *("qd", "quyet dinh", "nd", "nghi dinh", "tt", "thong tu"),
)
# "báo cáo thành tích theo mẫu số mấy": a form of the dossier, which the search finds.
FORM = Needing(r"\b(mau so|mau nao|mau gi|mau may|mau bao nhieu|theo mau|dung mau)\b", "mau")
# "thay thế những nghị định nào", "bãi bỏ các văn bản nào", "còn thay nđ nào nữa", "làm hết
# hiệu lực nghị định nào khác nữa": every text
# the document replaced, which its own article on its effect lists as it words them (its
# opening names the main one: "thay nđ nào"). What replaced a text is asked of the text ("nđ 98
# thay bằng nđ nào", handlers/currency.py).
_KINDS = r"(luat|nghi dinh|nd|thong tu|tt|van ban)( \w+)?"
REPLACED_LIST = (
    rf"(thay( the| cho)?|bai bo|lam het hieu luc)( (nhung|cac) {_KINDS} nao| {_KINDS} nao( khac)?"
    r" nua)"
    # "còn nđ nào hết hiệu lực", "những văn bản nào bị bãi bỏ": the kind asked before the verb
    rf"|{_KINDS} nao( khac)? (bi |da |cung )?(het hieu luc|bi bai bo|bi thay the)"
)
# the same, for handlers reading a question as whether a text is in force
ASKS_REPLACED_LIST = re.compile(rf"\b({REPLACED_LIST})\b")
# "có hiệu lực từ ngày nào", "thay nđ nào": what the document's article on its effect states
EFFECT = re.compile(
    rf"\b(hieu luc|thay the|thay (nd|nghi dinh|luat|thong tu) nao|{REPLACED_LIST})\b"
)
# a legal document named by its kind, as staff shorten it, and its leading number ("nđ 152")
KIND_SHORT = {"nghi dinh": "nd", "thong tu": "tt", "quyet dinh": "qd", "nghi quyet": "nq"}
LAW_KINDS = re.compile(r"\b(luat|nghi dinh|thong tu|nghi quyet|quyet dinh|chi thi|cong van)\b")
# ... or by the kind shortened before its number ("tt 18/2013", "nđ 152")
SHORT_KIND_CITED = re.compile(r"\b(" + "|".join(KIND_SHORT.values()) + r") \d+\b")
KIND_OF_SHORT = {short: kind for kind, short in KIND_SHORT.items()}
SHORT_NAME = 6  # words
OWN_KINDS = ("dieu le", "quy che")  # kinds of text a decree issues, which name it alone
MIN_INITIALS = 3  # "tdkt" names a law; two letters name too many things
# A legal document's particulars: its number, dates, signer, what it replaced.
# ("mẫu số mấy", "điều số mấy" ask a form's or an article's number, not the document's;
# "hệ số mấy", a bonus's multiple)
PARTICULARS = Needing(
    r"\b(hieu luc|(?<!mau )(?<!dieu )(?<!he )so (may|hieu|bao nhieu)|ai ky|nguoi ky|ngay nao"
    rf"|ban hanh (?:vao )?(?:khi nao|nam nao|nam may|thoi gian nao)|nam nao ban hanh"
    rf"|thay the luat nao|thay luat nao|{REPLACED_LIST}|thong qua)\b",
    *("hieu luc", "so ", "ky", "ngay nao", "ban hanh", "thay", "bai bo", "thong qua"),
)


SIGNER = re.compile(r"\b(ai ky|nguoi ky)\b")
NUMBER = re.compile(r"\b(?<!mau )(?<!dieu )(?<!he )so (may|hieu|bao nhieu)\b")


@dataclass(frozen=True)
class TitleAnswer:
    passage: Passage
    position: int
    aspect: str  # "article", "bonus", "decides", "dossier", "next", "particulars"


@lru_cache(maxsize=65536)
def words(text: str) -> str:
    """Folded words without punctuation, one spelling per syllable."""
    return plain_words(fold(text))


def answer(
    question: str, passages: Sequence[Passage], titles: Sequence[Title]
) -> TitleAnswer | None:
    """The passage (and its position) that answers a question about one title or about a
    legal document's particulars, if it is one."""
    folded = words(question)
    # the law's year is no campaign's; only a question saying "luat" or "quoc hoi" names it so
    dated = CAMPAIGN.search(LAW_YEAR.sub(r"\1", folded) if LAW_YEAR_SAID in folded else folded)
    named = named_title(folded, titles)
    province = bool(provinces_in(question))
    body = OF_A_BODY.search(folded) is not None
    if dated and named is not None and asks_bonus(question) and not (province or body):
        # a title's bonus is the law's whatever the year ("thưởng cstđcs năm 2025 bao nhiêu"),
        # unless asked of a province's or body's campaign
        dated = CAMPAIGN.search(ANY_YEAR.sub(" ", folded))
    # a body of a province named ("ở sở sóc trăng", "của UBND tỉnh Kon Tum"): its campaign is
    # asked of, not the law
    campaign = dated is not None or (province and body)
    if FORM.search(folded) and named is not None and not campaign:
        # "báo cáo thành tích CSTĐCS mẫu mấy": the decree's list for that title numbers its
        # forms; a title without one is left to the search
        own = _found(passages, DECREE, "Hồ sơ", "dossier", name=named[0].name)
        if own is not None:
            return own
    emulation = EMULATION.search(folded) or f" {DECREE.split('-')[1]} " in f" {folded} "
    if DOSSIER.search(folded) and DELEGATED.search(folded) and emulation and not campaign:
        # "nđ 152 phân cấp hồ sơ chưa": the decree's article handing the dossiers down
        return _found(passages, DECREE, "Điều 6 ", "dossier")
    if campaign or FORM.search(folded):
        return _particulars(folded, passages)
    if CITES.search(folded):
        # "cstđ cấp tỉnh thưởng bao nhiêu theo nđ 152": the text it cites is the one its
        # answer comes from; another ("theo QĐ 638/QĐ-BNV") the search finds
        own = _titled(question, passages, titles, named)
        if own is not None and names_law(f" {folded} ", own.passage.doc):
            return own
        return _particulars(folded, passages)
    return _titled(question, passages, titles, named)


def _titled(
    question: str,
    passages: Sequence[Passage],
    titles: Sequence[Title],
    named: tuple[Title, int, str] | None,
) -> TitleAnswer | None:
    """The answer to a question naming no campaign: about the title it names (`named`, as
    `named_title` finds it), or about titles in general."""
    folded = words(question)
    if named is None:
        return _untitled(folded, passages)
    title, start, name = named
    article = _article_named(folded, passages)
    # (not another title's own article: "còn cờ thi đua của bộ, tỉnh" read with the last
    # question's "theo điều 25", the article of the Government's flag)
    if article is not None and not _of_another_title(article.passage, title, titles):
        return article
    if NEXT_TITLE.search(folded[:start]) and ASKS_TITLE.search(folded):
        above = next((t for t in titles if title.id in t.requires_titles), None)
        if above is not None:
            return _found(passages, LAW, f"{above.article}.", "next")
    # "mấy lần CSTĐ cơ sở liên tục thì được xét CSTĐ cấp tỉnh": the count is in the article
    # of the title that requires the other, named second.
    going_up = GOING_UP.search(folded) and not (asks_bonus(question) or DOSSIER.search(folded))
    counted = TIMES.search(folded) or going_up
    later = named_title(folded[start + len(name) :], titles) if counted else None
    if later is not None and title.id in later[0].requires_titles:
        return _found(passages, LAW, f"{later[0].article}.", "next")
    if (
        asks_bonus(question)
        or (BROUGHT.search(folded) and not AWARDER.search(folded))
        or BONUS_BEFORE.search(folded[:start])
    ):
        part = "khoản 1" if title.audience == "individual" else "khoản 2"
        return _found(passages, DECREE, "Điều 50.", "bonus", part)
    if WORK_RECOGNISED.search(folded):
        # who recognises the initiative a title asks for: at the base, the title's article
        # says it; higher up, the search finds the clause on it
        return (
            _found(passages, LAW, f"{title.article}.", "article")
            if title.level == "cơ sở"
            else None
        )
    if decides_asked(folded):
        if title.level != "cơ sở":
            return None  # decided higher up: the articles on that are not in the base
        return _decides(folded, passages)
    if DOSSIER.search(folded) and sets_rules(folded) and title.level == "cơ sở":
        # who sets the dossier of a title decided at the base: the decree hands it down
        return _found(passages, DECREE, "Điều 6 ", "dossier")
    if DOSSIER.search(folded):
        # The decree's list for this title (its forms numbered), else the law's for any.
        own = _found(passages, DECREE, "Hồ sơ", "dossier", name=title.name)
        return own or _found(passages, LAW, "Điều 84.", "dossier")
    return _found(passages, LAW, f"{title.article}.", "article")


def _of_another_title(passage: Passage, title: Title, titles: Sequence[Title]) -> bool:
    """Whether a passage is the own article of a title other than `title`."""
    return any(
        other.article and other.id != title.id and passage.section.startswith(f"{other.article}.")
        for other in titles
    )


def _untitled(folded: str, passages: Sequence[Passage]) -> TitleAnswer | None:
    """A question about titles in general: what a commune or a department decides ("chủ tịch
    xã được quyết định tặng những danh hiệu gì", "ai quyết định tặng giấy khen ở sở"), what
    the dossier for a title holds; else an article of the law named by its number ("theo điều
    84 luật thì hồ sơ gồm những gì"); else a legal document's particulars."""
    level = COMMUNE.search(folded) or DEPARTMENT.search(folded) or _at_commune(folded)
    if level and decides_asked(folded) and AWARDS_AT_LEVEL.search(folded):
        return _decides(folded, passages)
    if DOSSIER.search(folded) and REGULATED_BY.search(folded) and BASE_TITLES.search(folded):
        return _found(passages, DECREE, "Điều 6 ", "dossier")
    if DOSSIER.search(folded) and ANY_TITLE.search(folded):
        return _found(passages, LAW, "Điều 84.", "dossier")
    # (a clause named too, "khoản 2 Điều 80": the search finds that piece of the article)
    article = None if CLAUSE_NAMED.search(folded) else _article_named(folded, passages)
    return article or _particulars(folded, passages)


def _article_named(folded: str, passages: Sequence[Passage]) -> TitleAnswer | None:
    """The law's article the question names by its number ("chiến sĩ thi đua toàn quốc theo
    điều 84 luật có cần chứng nhận sáng kiến không": the article on the dossier, not the
    title's own), when no other kind of document is named; of an article cut in pieces, the
    piece saying most of the question."""
    named = ARTICLE_NAMED.search(folded)
    kind = _first_kind(folded)
    if named is None or (kind is None and _POINTED.search(folded)):
        return None
    if kind in (None, "luat"):
        return article(passages, LAW, named.group(1), folded)
    # "điều 59 nđ 129 quy định gì": the article of the legal text named by kind and number
    typed = "|".join(filter(None, (kind, KIND_SHORT.get(kind))))
    cited = re.search(rf"\b(?:{typed})(?: so)? (\d+)\b", folded)
    held = {
        p.doc.id
        for p in passages
        if cited and p.doc.is_law and (p.doc.number or "").split("/")[0] == cited.group(1)
    }
    return article(passages, held.pop(), named.group(1), folded) if len(held) == 1 else None


# "điều 84 của nó", "điều 4 văn bản đó": an article of the document the chat points at, the
# law only when the question names it
_POINTED = re.compile(r"\b(?:no|(?:van ban|vb) (?:do|nay|ay|tren|vua roi))\b")


def article(
    passages: Sequence[Passage], doc_id: str, number: str, asked: str = ""
) -> TitleAnswer | None:
    """Article `number` of that document ("Điều 59. …", "Điều 80 (thẩm quyền …)"), when it
    is held; of an article cut in pieces, the piece saying most of the words `asked`."""
    heading = re.compile(rf"dieu {number}\b(?!/)")
    found = [
        TitleAnswer(p, i, "article")
        for i, p in enumerate(passages)
        if p.doc.id == doc_id and p.kind == "section" and heading.match(fold(p.section))
    ]
    return _most_said(found, asked)


def _decides(folded: str, passages: Sequence[Passage]) -> TitleAnswer | None:
    """Who decides the titles of the base level, at the level asked: since 01/7/2025 the
    commune chairman's powers are in Nghị định 129/2025, Điều 59; any other level (a
    department's director among them, its clause and the note on it) in Luật Điều 80."""
    at_commune = COMMUNE.search(folded) or "chu tich uy ban nhan dan xa" in folded
    commune = at_commune or _at_commune(folded)
    if commune and not _BEFORE.search(folded):
        return _found(passages, COMMUNE_DECREE, "Điều 59.", "decides", asked=folded)
    # (before, the law's clause on the commune: "trước đây ai ký … giấy khen ở xã")
    asked = f"{folded} uy ban nhan dan cap xa" if commune else folded
    return _found(passages, LAW, "Điều 80", "decides", asked=asked)


# the past, as "giờ" is the present: "trước đây", "trước kia", "hồi trước", "lúc trước", "hồi xưa" (also
# what knowledge/when_words.py leaves out of a question nothing answers with it)
PAST_WORDS = r"truoc day|truoc kia|hoi truoc|luc truoc|hoi xua|ngay xua|xua kia"
# "trước đây", "trước 01/7/2025": the powers before the decree on the two-level local
# government, which the law's article states (its clause on the commune); the past, or the
# day the decree took effect (the question's words lose their "/")
_BEFORE = re.compile(rf"\b(?:{PAST_WORDS}|truoc (?:ngay )?0?1 0?7(?: 2025)?)\b")


def _at_commune(folded: str) -> bool:
    """Whether a title decided at the commune is asked of, and of no other level ("ai quyết
    định tặng thôn văn hóa bây giờ"; not "chủ tịch huyện trước đây tặng thôn văn hóa")."""
    return bool(COMMUNE_AWARDS.search(folded)) and not OTHER_LEVEL.search(folded)


def sets_rules(folded: str) -> bool:
    """Whether a question asks who sets the rules ("ai quy định", "theo quy định của ai") or
    whether they were handed down ("phân cấp chưa")."""
    return bool(REGULATED_BY.search(folded) or DELEGATED.search(folded))


def decides_asked(folded: str) -> bool:
    """Whether a question asks who decides a title: in so many words ("ai quyết định",
    "thẩm quyền"), or asking whether an authority "được tặng" it."""
    if DECIDES.search(folded):
        return True
    granted = GRANTED.search(folded)
    return granted is not None and AUTHORITY.search(folded[: granted.start()]) is not None


@lru_cache(maxsize=65536)
def asks_bonus(question: str) -> bool:
    """Whether a question asks how much a bonus is ("được thưởng bao nhiêu", "đc thưởng bn"),
    the bonus word also typed with one slip before the amount asked ("lđtt tuong bn", "được
    thyong bao nhiêu"): a word the search may read as another ("tướng", "thông")."""
    said = words(spell_out(question))
    return bool(BONUS.search(said) or BONUS.search(_bonus_mended(said)))


def _bonus_mended(said: str) -> str:
    """The folded words with a word one slip from "thuong" before the amount asked read as
    "thuong" ("tuong bao nhieu", "thyong bao nhieu")."""
    return " ".join(
        "thuong"
        if len(word) >= MIN_BONUS_SLIP
        and following in ("bao", "nhieu")
        and OSA.distance(word, "thuong", score_cutoff=1) == 1
        else word
        for word, following in pairwise([*said.split(), ""])
    )


def named_title(folded: str, titles: Sequence[Title]) -> tuple[Title, int, str] | None:
    """The title the question is about, where and by which name it is named: the one it asks
    eligibility for (`sought_title`), else the first one named ("chiến sĩ thi đua tỉnh cần
    mấy lần chiến sĩ thi đua cơ sở" is about the first), and at one place the longest name
    ("tập thể lao động tiên tiến" over "lao động tiên tiến")."""
    sought = sought_title(folded, titles)
    if sought is not None:
        return sought
    pattern, by_name = _names_of(tuple(titles))
    found = pattern.search(f" {folded} ")  # leftmost; at one place the first alternative
    if found is None:
        return None
    return by_name[found.group(1)], found.start(1) - 1, found.group(1)


def sought_title(folded: str, titles: Sequence[Title]) -> tuple[Title, int, str] | None:
    """The title a question asks whether one is eligible for, the last so asked ("5 người đạt
    LĐTT, có 1 CSTĐCS, ... có đủ tập thể lao động xuất sắc không", "e không đạt LĐTT ... có
    được cstđcs ko"): the asker's own titles named before it are what they hold, not what is
    asked."""
    _, by_name = _names_of(tuple(titles))
    found = list(_sought_of(tuple(titles)).finditer(f" {folded} "))
    if not found:
        return None
    last = found[-1]
    return by_name[last.group(1)], last.start(1) - 1, last.group(1)


# A share a title's standard sets ("tỷ lệ ở sở áp dụng theo đâu", "bao nhiêu phần trăm")
SHARE = re.compile(r"\b(ty le|phan tram)\b")


def asks_about_title(folded: str) -> bool:
    """Whether a question asks what a title's answer says: its bonus, who decides, the
    dossier, its conditions, the share it sets."""
    return any(p.search(folded) for p in (BONUS, DECIDES, GRANTED, DOSSIER, CONDITIONS, SHARE))


@cache
def _sought_of(titles: tuple[Title, ...]) -> re.Pattern[str]:
    return re.compile(SOUGHT.format(_names_of(titles)[0].pattern))


@cache
def _names_of(titles: tuple[Title, ...]) -> tuple[re.Pattern[str], dict[str, Title]]:
    """One pattern of every folded name and alias, longest first, and whose name each is."""
    by_name: dict[str, Title] = {}
    for title in titles:
        for name in (title.name, *title.aliases):
            by_name.setdefault(words(name), title)
            # "tập thể lđ xuất sắc": staff shorten "lao động" in a title's name to "lđ",
            # which elsewhere may be "lãnh đạo" (knowledge/shorthand.yaml)
            by_name.setdefault(f" {words(name)} ".replace(" lao dong ", " ld ").strip(), title)
    names = sorted(by_name, key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<= )({alternatives})(?= )"), by_name


def _particulars(folded: str, passages: Sequence[Passage]) -> TitleAnswer | None:
    """The opening of the legal document the question names by its title words ("luật thi
    đua khen thưởng"), when it asks for its number, dates or signer."""
    if not PARTICULARS.search(folded):
        return None
    padded = f" {folded} "
    # Who signed is on the information card; the dates and what it replaced in the opening;
    # the number in the opening's own sentence ("Luật số 06/2022/QH15 được Quốc hội khóa XV
    # thông qua …") when it states it, else on the card.
    kind = "info" if SIGNER.search(folded) else "intro"
    # "thông tư hướng dẫn điều lệ sáng kiến do ai ký": the kind named first is the one asked
    # about, not the Nghị định whose short title follows
    first_kind = _first_kind(folded)
    named = [
        (position, passage)
        for position, passage in enumerate(passages)
        if passage.kind in ("info", "intro")
        and passage.doc.is_law
        and not (first_kind and words(passage.doc.kind) != first_kind)
        and names_law(padded, passage.doc)
    ]
    numbered = kind == "intro" and bool(NUMBER.search(folded))
    if numbered:
        stating = [p for _, p in named if p.kind == kind and (p.doc.number or "\0") in p.text]
        kind = "intro" if stating else "info"
    for position, passage in named:
        doc = passage.doc
        if passage.kind == kind:
            if kind == "intro" and EFFECT.search(folded) and not numbered:
                # the document's own article on its effect, not the opening that sums it up
                own = _found(passages, doc.id, "Điều", "particulars", "Hiệu lực")
                if own is not None:
                    return own
            return TitleAnswer(passage, position, "particulars")
    return None


def _first_kind(folded: str) -> str | None:
    """The kind of legal document the question names first, written out ("tt 18/2013" names
    a "thong tu"), if it names one."""
    found = [m for m in (LAW_KINDS.search(folded), SHORT_KIND_CITED.search(folded)) if m]
    if not found:
        return None
    first = min(found, key=lambda m: m.start())[1]
    return KIND_OF_SHORT.get(first, first)


def short_title(doc: Document) -> str:
    """A legal document's title as its name, folded, without what follows in brackets nor an
    opening "ban hành" ("Ban hành Điều lệ Sáng kiến (trích Điều 3 …)": "dieu le sang kien")."""
    return _short_title(doc.title)


@lru_cache(maxsize=1024)
def _short_title(title: str) -> str:
    return words(title.split("(")[0]).removeprefix("ban hanh ")


def names_law(padded: str, doc: Document) -> bool:
    """Whether the question names the legal document by its full number or a short title
    ("luật thi đua khen thưởng", "điều lệ sáng kiến")."""
    return any(name in padded for name in _law_names(doc.title, doc.kind, doc.number or ""))


def law_names(doc: Document) -> tuple[str, ...]:
    """The folded names that name a legal document (`names_law`), without the spaces around."""
    return tuple(name.strip() for name in _law_names(doc.title, doc.kind, doc.number or ""))


@lru_cache(maxsize=1024)  # by the fields read: a document's hash would read all of them
def _law_names(title: str, kind_written: str, number_written: str) -> tuple[str, ...]:
    """The folded names, between spaces, that name a legal document (`names_law`): each
    question is read against every legal document's, which are worked out once."""
    names = []
    name = _short_title(title)
    if len(name.split()) <= SHORT_NAME:
        names.append(f" {name} ")
    # "luật tđkt": the kind, then the short title by its initials
    kind = words(kind_written)
    initials = "".join(word[0] for word in name.removeprefix(f"{kind} ").split())
    if len(name.split()) <= SHORT_NAME and len(initials) >= MIN_INITIALS:
        names.append(f" {kind} {initials} ")
    # "theo điều lệ": a statute the decree issues, named by its own kind
    names += [f" {own} " for own in OWN_KINDS if name.startswith(f"{own} ")]
    number = words(number_written)
    if number:  # "luật 06/2022/QH15"
        names.append(f" {number} ")
    # "nđ 152", "nghị định 152/2025": the kind and the leading number
    leading = number.split(" ", 1)[0]
    if leading.isdigit():
        names += [f" {k} {leading} " for k in (kind, KIND_SHORT.get(kind, kind))]
    return tuple(names)


def _found(
    passages: Sequence[Passage],
    doc_id: str,
    section: str,
    aspect: str,
    part: str = "",
    *,
    name: str = "",
    asked: str = "",
) -> TitleAnswer | None:
    """The first passage of that document whose section starts so (and mentions `part`, and
    the title `name` in any spelling); of an article cut in pieces, the piece saying most
    of the words `asked` ("trong quân đội ai quy định thẩm quyền": its clause 5, which goes
    on in the second piece)."""
    found = [
        TitleAnswer(p, i, aspect)
        for i, p in enumerate(passages)
        if p.doc.id == doc_id
        and p.section.startswith(section)
        and part in p.section
        and (not name or f" {words(name)} " in f" {words(p.section)} ")
    ]
    return _most_said(found, asked)


def _most_said(found: list[TitleAnswer], asked: str) -> TitleAnswer | None:
    """Of the pieces of one article, the one saying most of the words `asked`; the first
    when none is asked or on a tie."""
    if len(found) < 2 or not asked:
        return found[0] if found else None
    said = asked.split()
    pairs = {f"{a} {b}" for a, b in pairwise(said)}

    def saying(piece: TitleAnswer) -> int:  # by word pairs: "quân đội", not "do" alone
        text = f" {words(piece.passage.text)} "
        return sum(f" {pair} " in text for pair in pairs)

    return max(found, key=saying)  # (the first on a tie)
