"""Years and bodies the campaign documents do not cover, to decline a question about the
campaign of a year or of a ministry or department no document is of ("chủ đề thi đua năm
2023", "Bộ Tài chính phát động phong trào thi đua năm 2021 thế nào") instead of answering it
from another year's or another body's campaign; and the kind of record no document is (a list
of those awarded). Places are in knowledge/places.py."""

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from knowledge.normalize import fold, folded_words
from knowledge.places import (
    CAMPAIGN_CONTENT,
    as_typed_or_spelled,
    campaign_provinces,
    own_place,
    provinces,
)
from knowledge.search import is_stopword
from knowledge.shorthand import full_years
from knowledge.titles_answers import named_title
from knowledge.titles_answers import words as title_words

if TYPE_CHECKING:
    from knowledge import KnowledgeBase
    from knowledge.documents import Document

BODIES_FILE = Path(__file__).parent / "bodies.yaml"
_YEAR = re.compile(r"(?<![/\d-])\b(19[5-9]\d|20\d\d)\b(?![/\d])")
# A question about a legal text: laws are in force over many years and are not dated by the
# year asked about.
# "Điều 24", not "điều kiện".
_LAW_WORDS = re.compile(r"\b(luat|nghi dinh|thong tu|dieu le|quyet dinh|nghi quyet|dieu \d+)\b")
# The 2025 reorganisation of ministries and provinces, which the reference notes date: not a
# campaign's year ("Sóc Trăng sáp nhập vào Cần Thơ năm 2025").
_REORGANISED = re.compile(r"\b(sap nhap|hop nhat|sap xep|giai the|doi ten)\b")
# A document named by its kind's letters and number ("nd 152 nam 2025", "ct 14"): its own year.
_NUMBERED = re.compile(r"\b(nd|tt|qd|nq|ct|chi thi|kh|ke hoach|cv|cong van)( so)? \d+\b")
# "Bộ Tài chính", "Sở Nội vụ", "ngành y tế", "Cục Thuế": a body named by its sector; or an
# organisation by its own name ("Hội Nông dân", "Công an tỉnh").
_BODY = r"\b(?:(bo|so|nganh|cuc|chi cuc) ({sectors})|({organisations}))\b"
# A period ("giai đoạn 2015-2020", "2021 đến 2025"), folded.
# ("2015 2020": a period whose dash a follow-up read with the last question lost)
_PERIOD = re.compile(r"\b((?:19|20)\d\d)(?: ?(?:-|–|den|toi) ?| )((?:19|20)\d\d)\b")
_LAUNCHES = re.compile(r" (phat dong|ban hanh|co phong trao|co ke hoach)\b")
# A campaign asked of as launched or issued ("phát động", "ban hành"), not one running now
# ("đang phát động").
_LAUNCHED = re.compile(r"(?<! dang) (phat dong|ban hanh)\b")
# A plan named by its year ("kế hoạch thi đua năm 2022"), folded: that year's own plan.
_YEARS_PLAN = re.compile(r" ke hoach( thi dua| phong trao thi dua)? nam (19|20)\d\d\b")
_OWN_RULES = re.compile(r"\bquy che\b")
# "ngành giáo dục Hà Nội khen thưởng thế nào": the body itself awarding or competing, which
# only its own campaign could tell.
_ACTS = re.compile(r" (phat dong|khen thuong|thi dua)\b")
_KINDS = {"bo": "Bộ", "so": "Sở", "nganh": "ngành", "cuc": "Cục", "chi cuc": "Chi cục"}


# A list of those given a title or an award ("danh sách cá nhân được tặng CSTĐCS năm 2025",
# "danh sách tập thể đạt …", "… được đề nghị khen thưởng"): who was awarded is in the award
# decisions, which the knowledge base does not hold (it holds the plans and the law).
# (not "có được đưa vào danh sách đề nghị khen thưởng không": whether one may be proposed)
_AWARDED_LIST = re.compile(
    r"(?<!dua vao )(?<!dua vo )(?<!cho vao )(?<!ghi vao )(?<!duoc vao )(?<!dc vao )\bdanh sach\b( \w+){0,5}? (dat|(duoc|de nghi)( \w+){0,2}? (tang|khen|cong nhan|trao"
    r"|binh chon)|nhan (danh hieu|bang khen|giay khen|khen thuong))\b"
)


def asks_awardees(text: str) -> bool:
    """Whether the question asks for a list of those awarded, a record no document holds."""
    return bool(_AWARDED_LIST.search(folded_words(text)))


# What came of a campaign after its documents, folded: a body's decisions since ("hội đồng đã
# khen thưởng những ai", "bộ đã tặng cờ thi đua cho đơn vị nào", "kon tum đã tổng kết chỉ thị
# 14 chưa"), the results of a review ("kết quả tổng kết phong trào …", not "báo cáo kết quả"
# a plan asks for nor "gắn với kết quả" it speaks of), and how many were recognised, in a
# year or a review named ("năm 2022 sở có bao nhiêu sáng kiến được công nhận"; not "cần có
# bao nhiêu cá nhân đạt LĐTT", a title's standard).
_DECIDED = re.compile(
    r"\bda (khen thuong|khen|tang|trao|cong nhan|tong ket|so ket|binh xet|xet tang|xet duyet"
    r"|phe duyet)\b( \w+){0,7}? (nhung ai|ai|nao|bao nhieu|chua)\b"
)
_RESULTS = re.compile(
    r"(?<!bao cao )(?<!gan voi )(?<!can cu )(?<!theo )(?<!dua tren )(?<!vao )(?<!va )"
    r"\bket qua (tong ket|so ket|binh xet|khen thuong|xet khen thuong|xet tang|cham diem"
    r"|xep hang)\b"
)
_COUNTED = re.compile(
    r"(?<!can )(?<!phai )(?<!it nhat )(?<!toi da )\b(co|duoc) bao nhieu (nguoi|ca nhan|tap the"
    r"|don vi|sang kien|de tai|phong|so|co quan)\b( \w+){0,3}? (da )?(duoc|dat)\b"
)
# The papers of a dossier ("kết quả bình xét có cần trong hồ sơ không"): results asked of as
# one of them, which the law lists.
_PAPERS = re.compile(r"\b(ho so|bien ban|to trinh|mau|thanh phan)\b")
# Results asked of as a basis for something ("kết quả khen thưởng đột xuất có dùng để đề
# nghị khen công trạng không", "… có được tính khi xét …"): what they count for, a rule the
# law states, not what came of a campaign.
_AS_A_BASIS = re.compile(
    r"\b(dung (de|lam|vao)|lam can cu|de lam can cu|duoc tinh|tinh (vao|de|khi)|xet (de|khi))\b"
)
# A year, a review or a past the count is of ("năm 2022", "tổng kết", "năm ngoái", "đã").
_OF_A_PAST = re.compile(r"\b(19|20)\d\d\b|\b(tong ket|so ket|nam ngoai|nam qua|nam truoc|da)\b")


def asks_outcome(text: str, spelled: str = "") -> bool:
    """Whether the question asks what came of a campaign after its documents (who or how many
    were awarded or recognised, the results of a review, whether it was reviewed): the
    documents are the plans and the law, not the decisions and reports that followed. Also
    as `spelled`, the question with its typos mended ("đã togn kết")."""
    for typed in dict.fromkeys((text, spelled)):
        folded = folded_words(full_years(typed))
        if _DECIDED.search(folded) or (
            _RESULTS.search(folded)
            and not _PAPERS.search(folded)
            and not _AS_A_BASIS.search(folded)
        ):
            return True
        if _COUNTED.search(folded) and _OF_A_PAST.search(folded):
            return True
    return False


def named_years(text: str) -> list[int]:
    """Years the question names ("năm 21" is 2021), not those inside a document number
    ("13/2012/NĐ-CP")."""
    return [int(y) for y in _YEAR.findall(full_years(text))]


def year_not_held(text: str, kb: "KnowledgeBase", this_year: int | None = None) -> int | None:
    """A year no campaign document covers, in a question that is not about a legal text; with
    `this_year`, only a year up to it (a later one is the chat's to read as what comes next).
    A question naming a province or body asks of its campaigns ("… năm 2024 của Sở TN&MT Sóc
    Trăng": Sóc Trăng's plan is of 2022 only). Read as typed, then with typos mended ("năm
    2022 phát doong thi đua")."""
    found = _year_not_held(text, kb, this_year)
    # (mending does not unsay a legal text named as typed: "thông tư" is no "thông 4")
    if found is None and not _names_own_year(fold(text)):
        spelled = kb.spelled(text)
        found = _year_not_held(spelled, kb, this_year) if spelled != text else None
    return found


def _year_not_held(text: str, kb: "KnowledgeBase", this_year: int | None) -> int | None:
    """`year_not_held` of the question as it is written here."""
    folded = fold(text)
    quoted = periods_quoted(folded, kb)
    years = [y for y in named_years(text) if y not in quoted]
    if not years or _names_own_year(folded):
        return None
    covered, named = held_years(text, kb)
    # A title's standards and bonus are the law's, whatever the year ("tiêu chuẩn lao động
    # tiên tiến năm 2026"), unless the question asks it of a province's or body's campaign.
    if not named and named_title(title_words(text), tuple(kb.titles.values())) is not None:
        return None
    return next(
        (y for y in years if y not in covered and (this_year is None or y <= this_year)), None
    )


def _names_own_year(folded: str) -> bool:
    """Whether the question names a legal text, a numbered document or the reorganisation,
    whose year is its own, not a campaign's."""
    return any(p.search(folded) for p in (_LAW_WORDS, _NUMBERED, _REORGANISED))


def periods_quoted(folded: str, kb: "KnowledgeBase") -> set[int]:
    """The years of the periods the question names as a campaign it names (any, when it names
    none) does ("các phong trào giai đoạn 2015-2020 mà Kon Tum yêu cầu tiếp tục" quotes the
    2021 directive): those ask of what the document says, not of a campaign of those years."""
    asked = [(int(found[1]), int(found[2])) for found in _PERIOD.finditer(folded)]
    if not asked:
        return set()
    said = _periods_said(kb)
    named = named_campaigns(folded, kb) or kb.campaigns()
    return {
        year
        for period in asked
        if any(period in said.get(d.id, ()) for d in named)
        for year in period
    }


def _periods_said(kb: "KnowledgeBase") -> dict[str, frozenset[tuple[int, int]]]:
    """The periods each campaign document's text names, read once per knowledge base."""

    def read() -> dict[str, frozenset[tuple[int, int]]]:
        found: dict[str, set[tuple[int, int]]] = {}
        for passage in kb.index.passages:
            for period in _PERIOD.finditer(fold(passage.text)):
                found.setdefault(passage.doc.id, set()).add((int(period[1]), int(period[2])))
        return {doc_id: frozenset(periods) for doc_id, periods in found.items()}

    return kb.derived("periods said", read)


def held_years(text: str, kb: "KnowledgeBase") -> tuple[frozenset[int], list["Document"]]:
    """The years the campaigns the question names (by province or body) cover, and those
    campaigns; every campaign's years, and none, when it names none the documents hold.
    Asked for a campaign's content ("chủ đề thi đua năm 2023"), a campaign of several years
    ("2021–2025") covers them all only for a question naming its province: alone, the
    question asks for a year's own plan, which a province's five-year directive is not."""
    padded = _spaced(text, kb)
    named = _named_campaigns(padded, kb)
    whole = not CAMPAIGN_CONTENT.search(padded) or any(
        own_place(d) and _spaced(own_place(d)) in padded for d in named
    )
    # "năm 2023 phát động thi đua chủ đề gì" asks of a campaign launched that year: one
    # launched in 2021 for 2021–2025 was not, whatever province is named.
    # "kế hoạch thi đua năm 2022 của Sở … Kon Tum" asks of that year's own plan, likewise.
    whole = whole and not _LAUNCHED.search(padded) and not _YEARS_PLAN.search(padded)
    if not named:
        return campaign_years(kb, whole), []
    return frozenset(y for d in named for y in _years(d, whole)), named


def _years(doc: "Document", whole: bool) -> range:
    return range(doc.period_start, (doc.period_end if whole else doc.period_start) + 1)


def spanning(year: int, kb: "KnowledgeBase") -> list["Document"]:
    """The campaigns of several years whose period holds `year` (Kon Tum's 2021–2025
    directive for 2023): what a person asking of that year may read instead."""
    return [d for d in kb.campaigns() if d.period_start < year <= d.period_end]


def named_campaigns(text: str, kb: "KnowledgeBase") -> list["Document"]:
    """The campaigns of every province and body ("Bộ Tài nguyên và Môi trường") the question
    names, as far as it names them: none when they name together no campaign held."""
    return _named_campaigns(_spaced(text, kb), kb)


def _named_campaigns(padded: str, kb: "KnowledgeBase") -> list["Document"]:
    pattern, _ = _bodies()
    keys = [
        # "ngành tài nguyên môi trường": the sector's ministry and departments alike
        organisation or (sector if kind == "nganh" else f"{kind} {sector}")
        for kind, sector, organisation in (found.groups() for found in pattern.finditer(padded))
    ]
    keys += [spaced.strip() for spaced, _ in _province_keys() if spaced in padded]
    if not keys:
        return []
    wanted = tuple(sorted(set(keys)))

    def find() -> list["Document"]:
        campaigns = _spaced_campaigns(kb)
        each = frozenset.intersection(*(_campaigns_naming(key, kb) for key in wanted))
        return [campaigns[i][0] for i in sorted(each)]

    # Once per knowledge base and set of names: a scan of every campaign per question would
    # cost milliseconds at thousands of documents.
    return kb.derived(("campaigns named", wanted), find)


def _spaced_campaigns(kb: "KnowledgeBase") -> list[tuple["Document", str]]:
    return kb.derived(
        "campaigns with their place and issuer, spaced",
        lambda: [(d, _spaced(f"{own_place(d)} {d.issuer}")) for d in kb.campaigns()],
    )


def _campaigns_naming(key: str, kb: "KnowledgeBase") -> frozenset[int]:
    """The places in `_spaced_campaigns` of the campaigns whose place or issuer says the
    folded name `key`: each name's once per knowledge base, every province's at start-up."""

    def find() -> frozenset[int]:
        spaced = f" {key} "
        return frozenset(i for i, (_, words) in enumerate(_spaced_campaigns(kb)) if spaced in words)

    return kb.derived(("campaigns naming", key), find)


def prepare(kb: "KnowledgeBase") -> None:
    """Find the campaigns of every province, and the provinces campaigns are of, at start-up,
    not while the first person to name one waits."""
    for spaced, _ in _province_keys():
        _campaigns_naming(spaced.strip(), kb)
    campaign_provinces(kb)


@cache
def _province_keys() -> tuple[tuple[str, str], ...]:
    return tuple((_spaced(name), name) for name in provinces())


def campaign_years(kb: "KnowledgeBase", whole: bool = True) -> frozenset[int]:
    """Every year some campaign covers (not `whole`: the year each began), computed once per
    knowledge base."""
    return kb.derived(
        ("campaign years", whole),
        lambda: frozenset(y for d in kb.campaigns() for y in _years(d, whole)),
    )


# A law named by its name ("Luật Cán bộ, công chức", "Bộ luật Lao động"), not "pháp luật",
# "kỷ luật", "quy luật", "điều luật": the two words after "luật".
_LAW_NAMED = re.compile(r"(?<!\bphap)(?<!\bky)(?<!\bquy)(?<!\bdieu) luat(?= )")
# Words after "luật" that say which law without naming it ("luật hiện hành", "luật năm 2022",
# "luật mới", "luật số mấy"), or that go on with the sentence ("luật quy định …", "theo luật
# gồm những gì", "luật điều 84 nói gì": a part of the law, "em đọc luật thấy …"), folded; function words too
# (knowledge/search.py).
_NOT_A_NAME = frozenset(
    "quy hien moi cu nam so may bao nay do nao thi co ve la noi ghi sua dang khong ko chua "
    "cho cua tren duoc ra hoac va nhu the gi hay phai sau truoc nhat hanh dinh da se con ap "
    "dung yeu cau de tai ma neu khi dieu khoan diem muc chuong "
    # what the asker did with it: "em đọc luật thấy …", "luật nhắc tới …"
    "thay nhac xem doc viet "
    # when: "trong luật giờ chuyển cho ai", "luật bây giờ"
    "gio bay luc".split()
)
# Folded words that open a law's name only before their second word ("luật thi đua", not
# "luật thì …"; "luật cán bộ", not "luật cần …"; "luật sở hữu trí tuệ", not "luật số …";
# "luật giao thông", "luật giáo dục", not "luật giao cp quy định …": the law assigns).
_NAME_BEFORE = {"thi": ("dua",), "can": ("bo",), "so": ("huu",), "giao": ("thong", "duc")}
# Folded word pairs that, right after "luật", go on with the sentence as a verb ("luật thông
# qua ngày nào", "luật ban hành khi nào"), unless the name's third word follows ("Luật Ban
# hành văn bản quy phạm pháp luật").
_VERBS_AFTER = {("thong", "qua"): "", ("ban", "hanh"): "van"}
# "luật" closed by a comma or a full stop names no law: the law already spoken of ("quay lại
# luật, cstđ cơ sở thì ai quyết định tặng"), never a name, which follows "luật" directly
_LAW_CLOSED = re.compile(r"(?i)(?<!\w)lu[ậa]t(?=\s*[,.;:?!…])")
LAW_NAME_WORDS = 4  # words of a law's name shown at most ("Luật Cán bộ, công chức")


def law_not_held(text: str, kb: "KnowledgeBase") -> str | None:
    """A law the question names ("Luật Cán bộ, công chức quy định đánh giá … thế nào", "Bộ
    luật Lao động") that no legal document held is ("Luật Thi đua, khen thưởng": the words of
    its title) and no passage mentions, as typed ("Luật Cán bộ, công chức"); None when the
    question names none or one held ("theo luật tđkt", "luật 2022", "luật hiện hành"). Read
    as typed, then with typos mended ("laut cán bộ, công chức")."""
    found = _law_not_held(text, kb)
    if found is None:
        spelled = kb.spelled(text)
        found = _law_not_held(spelled, kb) if spelled != text else None
    return found


def _law_not_held(text: str, kb: "KnowledgeBase") -> str | None:
    """`law_not_held` of the question as it is written here."""
    text = _LAW_CLOSED.sub("", text)
    padded = _spaced(text, kb)
    for nth, found in enumerate(_LAW_NAMED.finditer(padded)):
        name = _law_name(padded[found.end() :].split()[:3])
        if not name or set(name) <= _held_law_words(kb) or kb.mentions(f"luat {' '.join(name)}"):
            continue
        # "theo luật hồ sơ … gồm những gì" asks of what the law says: after "theo", only a
        # name written as one ("theo Luật Viên chức") is a law's
        typed = _typed_laws(text)
        written = nth < len(typed) and typed[nth].group(2)[:1].isupper()
        if padded[: found.start()].endswith(" theo") and not written:
            continue
        return _law_as_typed(text, nth) or f"Luật {' '.join(name)}"
    return None


def _law_name(after: list[str]) -> list[str]:
    """The folded words naming a law among the two after "luật" (given up to three); none
    when they do not."""
    verb = _VERBS_AFTER.get((after[0], after[1])) if len(after) > 1 else None
    if verb is not None and after[2:3] != [verb]:
        return []
    after = after[:2]
    opens = _NAME_BEFORE.get(after[0]) if after else None
    if opens is not None:
        return after if after[1:] and after[1] in opens else []
    named = [w for w in after if w.isalpha() and w not in _NOT_A_NAME and not is_stopword(w, False)]
    return after[: len(named)] if named[:1] == after[:1] else []


def _held_law_words(kb: "KnowledgeBase") -> frozenset[str]:
    """The folded words of the held laws' names ("thi", "dua", "khen", "thuong")."""
    return kb.derived(
        "held law words",
        lambda: frozenset(
            w
            for d in kb.documents
            if d.category == "law" and fold(d.kind) == "luat"
            for w in folded_words(d.title.split("(")[0]).split()
            if w != "luat"
        ),
    )


# one after another, each name read ahead: "kỷ luật thì theo Luật Viên chức" has two
_TYPED_LAW = re.compile(r"(?<!\w)((?:[Bb][ộo] )?[Ll]u[ậa]t)\s+(?=([^?!.;:]+))")


def _law_as_typed(text: str, nth: int) -> str | None:
    """The `nth` law's name as typed, up to LAW_NAME_WORDS words and before a word not of a
    name ("Luật Cán bộ, công chức quy định …": "Luật Cán bộ, công chức")."""
    typed = _typed_laws(text)
    if nth >= len(typed):
        return None
    found = typed[nth]
    kept: list[str] = []
    for word in re.findall(r"[^\s,]+,?", found.group(2))[:LAW_NAME_WORDS]:
        if kept and fold(word.rstrip(",")) in _NOT_A_NAME:
            break
        kept.append(word)
    name = " ".join(kept).rstrip(",")
    kind = "Bộ luật" if fold(found.group(1)).startswith("bo") else "Luật"
    return f"{kind} {name[0].upper()}{name[1:]}" if name else None


def _typed_laws(text: str) -> list[re.Match[str]]:
    return [f for f in _TYPED_LAW.finditer(text) if not _OTHER_LUAT.search(text[: f.start()])]


# "pháp luật", "kỷ luật" … right before a typed "luật": not a law's name (as _LAW_NAMED)
_OTHER_LUAT = re.compile(r"(?i)(?:ph[áa]p|k[ỷy]|quy|đi[ềe]u|dieu)\s*$")


def body_not_held(text: str, kb: "KnowledgeBase") -> str | None:
    """A ministry or department the question asks a campaign of ("kế hoạch thi đua của Sở
    Nội vụ", "ngành giáo dục Hà Nội khen thưởng thế nào") when no campaign is issued by one of
    its sector, as the question names it (with the province named after it); words typed
    with a slip read as the search mends them ("ngahn giáo dục": "ngành")."""
    return as_typed_or_spelled(_body_not_held, text, kb)


def _body_not_held(text: str, kb: "KnowledgeBase") -> str | None:
    padded = _spaced(text, kb)
    # a body's own rules ("quy chế thi đua khen thưởng của Đại học Quốc gia …") are its
    # documents as its campaigns are
    content = CAMPAIGN_CONTENT.search(padded) or _OWN_RULES.search(padded)
    issuers = kb.derived(
        "campaign issuers, spaced", lambda: " | ".join(_spaced(d.issuer) for d in kb.campaigns())
    )
    pattern, names = _bodies()
    for found in pattern.finditer(padded):
        kind, sector, organisation = found.groups()
        if f" {sector or organisation} " in issuers:
            continue
        name = names[organisation] if organisation else f"{_KINDS[kind]} {names[sector]}"
        place, end = _place_at(padded, found.end())
        if _ACTS.match(padded, end) and not _spoken_of(found, padded, kb):
            return f"{name} {place}".strip()
        # "Sở Nội vụ phối hợp với ai …" asks of a body a campaign gives a duty to: only one no
        # document mentions, or one named as the campaign's own ("của Sở Nội vụ"), is not held.
        owner = padded[: found.start()].endswith(" cua ") or _LAUNCHES.match(padded, end)
        # ("cv … có gửi công đoàn bộ, đoàn thanh niên không": whom a document was sent to,
        # which its card lists, however it names them)
        sent_to = " gui " in padded[: found.start()]
        if content and not sent_to and (owner or not kb.mentions(found.group(0))):
            return f"{name} {place}".strip()
    return None


def _spoken_of(found: re.Match[str], padded: str, kb: "KnowledgeBase") -> bool:
    """Whether a ministry or department of the sector found (or the organisation) is one the
    documents speak of (Bộ NN&MT, which took the ministry's work over), or the question asks
    the law it follows ("… khen thưởng theo thông tư nào")."""
    _, sector, organisation = found.groups()
    named = [organisation] if organisation else [f"{kind} {sector}" for kind in ("bo", "so")]
    said = any(kb.mentions(body) for body in named)
    return said or bool(_LAW_WORDS.search(padded))


# How a province's name is led after a body ("Sở Tài chính tỉnh Đà Nẵng"), folded.
_PROVINCE_LEADS = (" tinh", " thanh pho", " tp")


def _place_at(padded: str, at: int) -> tuple[str, int]:
    """The province named right after a body ("Sở Tài chính Đà Nẵng …"), as written, and
    where the words after it begin; "" and `at` when none is."""
    for spaced, name in _province_keys():
        for lead in ("", *_PROVINCE_LEADS):
            if padded.startswith(f"{lead}{spaced}", at):
                return name, at + len(lead) + len(spaced) - 1
    # "Cục Thuế tỉnh phát động …": the body's own province, unnamed
    unnamed = next((lead for lead in _PROVINCE_LEADS if padded.startswith(f"{lead} ", at)), "")
    return "", at + len(unnamed)


def _spaced(text: str, kb: "KnowledgeBase | None" = None) -> str:
    """Folded words, "và" and "&" left out ("tài nguyên và môi trường"), between spaces; with
    the knowledge base, its abbreviations spelled out ("bộ tnmt"), mistyped ones too ("bộ
    tnnmt")."""
    found = folded_words(text) if kb is None else fold(" ".join(kb.index.read_words(text)))
    return f" {' '.join(w for w in found.split() if w != 'va')} "


@cache
def _bodies() -> tuple[re.Pattern[str], dict[str, str]]:
    """The pattern of a body named by its sector or its own name, and each folded sector's
    and organisation's written name."""
    data = yaml.safe_load(BODIES_FILE.read_text(encoding="utf-8"))

    def written(key: str) -> dict[str, str]:
        names = [s.strip() for s in str(data.get(key) or "").split("|") if s.strip()]
        return {_spaced(s).strip(): s for s in names}

    sectors, organisations = written("sectors"), written("organisations")
    pattern = _BODY.format(
        sectors="|".join(map(re.escape, sorted(sectors, key=lambda s: -len(s)))),
        organisations="|".join(map(re.escape, sorted(organisations, key=lambda s: -len(s)))),
    )
    return re.compile(pattern), sectors | organisations
