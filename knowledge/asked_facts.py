"""What a question asks for that its answer must state: a bonus, a percentage, a deadline;
and what it asks that an answer is better for stating: which document.

"Giấy khen được thưởng bao nhiêu" is not answered by who awards a giấy khen, "chiến sĩ thi
đua cơ sở có bị khống chế tỷ lệ 15% không" not by the title's article, "hạn chót nộp hồ sơ
chiến sĩ thi đua toàn quốc là ngày nào" not by the list of the dossier: a passage that
answers states what is asked (a bonus, a share in per cent, a date), or the question is
one the documents do not answer.
"""

import re
from collections.abc import Callable
from functools import lru_cache

from knowledge.normalize import Needing, fold
from knowledge.ordinals import COUNT_WORDS
from knowledge.searching.question_phrases import KIND_LETTERS, SENDS_OTHER
from knowledge.titles_answers import asks_bonus, words

# "bao nhiêu %", "tỷ lệ 15%", "mấy phần trăm": a share is asked.
_ASKS_SHARE = re.compile(r"%|\b(phan tram|ty le)\b")
_STATES_SHARE = re.compile(r"%|phần trăm|tỷ lệ|tỉ lệ")
# "hạn chót", "hạn nộp", "ngày nào": a date is asked ("khi nào được xét" asks conditions).
_ASKS_DATE = re.compile(r"\b(han chot|han nop|thoi han nop|ngay nao|truoc ngay nao)\b")
_STATES_DATE = re.compile(r"\b\d{1,2}/\d{1,2}\b|\bngày \d|\btháng \d|\bquý [IV1-4]")
# "thưởng" other than in "khen thưởng" (with its marks: "thường xuyên" folds alike).
_STATES_BONUS = re.compile(r"(?<!khen )thưởng")


def required(question: str, *, title: bool = False) -> Callable[[str], bool] | None:
    """What a passage's text must state to answer the question, if it asks a bonus, a share
    or (of a `title` answer) a date; None when it asks none of them. The search weighs a
    date asked itself (a follow-up "số mấy, ngày nào" finds the document's card); a title's
    article, dossier or bonus never says when to file."""
    checks = _checks(question, title)
    if not checks:
        return None
    return lambda text: all(check(text.lower()) for check in checks)


@lru_cache(maxsize=65536)
def _checks(question: str, title: bool) -> tuple[Callable[[str], object], ...]:
    """The searches a passage's lowered text must pass, computed once per question."""
    folded = words(question)
    return tuple(
        states.search
        for asks, states in (
            (asks_bonus(question), _STATES_BONUS),
            (bool(_ASKS_SHARE.search(f"{question.lower()} {folded}")), _STATES_SHARE),
            (title and bool(_ASKS_DATE.search(folded)), _STATES_DATE),
        )
        if asks
    )


# "dựa theo chỉ thị nào", "căn cứ công văn nào", "theo nq nào": a document is asked, by its
# number.
_ASKS_DOCUMENT = re.compile(
    r"\b(chi thi|nghi quyet|quyet dinh|cong van|ke hoach|van ban|nghi dinh|thong tu"
    r"|nq|nd|qd|cv|ct|tt|vb) nao\b"
)
# "Chỉ thị số 19/CT-TTg", "34-CT/TW", "Nghị định 152/2025/NĐ-CP": a document's number.
# "… nào của Thủ tướng": the issuer asked, its first two words.
_OF_ISSUER = re.compile(r"\bnao cua (\w+(?: \w+)?)")
_STATES_DOCUMENT = re.compile(r"\b\d+[/-](\d{4}/)?[A-ZĐ]{2,}")


def asks_document_of(question: str) -> bool:
    """Whether the question asks which document of an issuer it names ("căn cứ chỉ thị nào
    của Thủ tướng"): one document, which a text citing it tells of better than a card listing
    every basis ("căn cứ những văn bản nào" asks for the list)."""
    folded = words(question)
    return _asks_document(folded) and _OF_ISSUER.search(folded) is not None


@lru_cache(maxsize=65536)
def _asks_document(folded: str) -> bool:
    """Whether the question asks which document ("chỉ thị nào"), once per question."""
    return bool(_ASKS_DOCUMENT.search(folded))


# "triển khai CT 14 theo chủ đề gì": a passage stating a theme, a quoted phrase after "chủ
# đề" (the card's "Chủ đề: “…”", the plan's "với chủ đề “…”"), over one on the same subject.
# ("… chủ đề gì", "… chủ đề thi đua là gì", "chủ đề thi đua …")
_ASKS_THEME = Needing(
    r"\b(chu de|khau hieu)(?: thi dua)? (gi|la gi|nao)\b|^(chu de|khau hieu) thi dua\b",
    "chu de",
    "khau hieu",
)
_STATES_THEME = re.compile(r"(?i)(chủ đề|khẩu hiệu)[:\s*]{1,4}[“\"]")
_THEME_LINE = Needing(r"(?m)^Chủ đề: “", "Chủ đề: “")
# "tên đầy đủ của phong trào … là gì", "phong trào đặc biệt đó tên là gì": a campaign's name,
# which a passage states in quotes after "phong trào …" or as its theme on the card.
_ASKS_NAME = Needing(
    r"\bten (day du |chinh thuc )?(cua )?(phong trao|dot thi dua)\b"
    r"|\b(phong trao|dot thi dua)\b.*\bten (day du |chinh thuc )?(la )?(gi|nao)\b",
    "ten ",
)
_STATES_NAME = re.compile(r"(?i)(chủ đề|khẩu hiệu)[:\s*]{1,4}[“\"]|phong trào[^“\".;\n]{0,40}[“\"]")


# "ai ký", "do ai ký", "bộ trưởng nào đứng tên", "ký bởi ai", "người ký là ai": the signer,
# whom a card (and a law's opening) names on its line "Người ký:".
_ASKS_SIGNER = Needing(
    r"\b(ai|nao|nguoi) (la nguoi )?(ky|dung ten)\b|\bky boi\b|\b(ky|dung ten) (la )?ai\b",
    "ky",
    "dung ten",
)
_STATES_SIGNER = Needing(r"\bNgười ký:", "Người ký:")


# "công văn … gửi đến những ai", "kế hoạch gửi những đơn vị nào", "nơi nhận": the recipients
# of a document named by its kind, on a card's lines; where a report or a dossier is sent
# ("báo cáo gửi về đâu") is said by the text.
_ASKS_RECIPIENTS = Needing(
    r"\bgui (di |den |toi |cho )?((nhung|cac) (\w+ )?(ai|nao)|ai|dau|nhung dau)\b"
    r"|\b(noi nhan|kinh gui)\b",
    "gui",
    "noi nhan",
)
_NAMES_DOCUMENT = re.compile(
    r"\b(chi thi|cong van|ke hoach|nghi dinh|thong tu|quyet dinh|nghi quyet|van ban|luat"
    r"|cv|kh|ct|nd|tt|qd)\b"
)
# "giai đoạn nào" asked alone (then read with the document's name after it, not "giai đoạn
# nào thì phải tổng kết"), or what a document "là"/"cho" (is, is for), not what was launched
# in it ("phát động trong giai đoạn nào")
SPAN_OF_DOCUMENT = (
    r"(?:^giai doan (?:nao|may)(?: (?:vay|a|ha|nhi|the|z))*"
    r"(?: (?:chi thi|cong van|ke hoach|nghi dinh|thong tu|quyet dinh|nghi quyet|van ban|luat"
    r"|cv|kh|ct|nd|tt|qd)\b.*)?$"
    r"|\b(?:la|cho|thuoc) giai doan (?:nao|may))"
)
_SPAN_OF_DOCUMENT = re.compile(rf"{SPAN_OF_DOCUMENT}\b")
# "chỉ thị 14 áp dụng giai đoạn nào", "… phát động thi đua cho giai đoạn nào", "kế hoạch 5
# năm trong chỉ thị là giai đoạn nào": the period a document applies to, on its card (not
# "các phong trào đó phát động trong giai đoạn nào": the campaigns' the text names)
_ASKS_PERIOD = Needing(
    rf"(?:\b(thoi gian ap dung|(ap dung|cho) (trong )?(giai doan|nam|thoi gian) nao)"
    rf"|{SPAN_OF_DOCUMENT})\b",
    "ap dung",
    "cho ",
    "giai doan",
)
_OF_CAMPAIGNS = re.compile(r"\bphong trao\b")


def asks_document_span(folded: str) -> bool:
    """Whether a question (folded) asks the span of years a document applies to ("chỉ thị đó
    cho giai đoạn nào", "giai đoạn nào"), not that of the campaigns it names ("các phong trào
    đó phát động trong giai đoạn nào")."""
    return bool(_SPAN_OF_DOCUMENT.search(folded.strip())) and not _OF_CAMPAIGNS.search(folded)


_STATES_RECIPIENTS = Needing(r"\b(Kính gửi|Nơi nhận):", "Kính gửi:", "Nơi nhận:")


def card_fact(question: str) -> Callable[[str], bool] | None:
    """What a passage must state to answer a question asking a fact only a document's card
    (or a law's opening) states: who signed it, to whom it was sent, the period it applies
    to, its theme; None for any other question. The passage that answers is then the card
    of the document found."""
    folded = words(question)
    if _ASKS_SIGNER.search(folded):
        return lambda text: bool(_STATES_SIGNER.search(text))
    if _ASKS_CONGRESS.search(folded):
        return None  # "chủ đề đó … phát động tại đại hội nào": the text citing the congress
    if _ASKS_THEME.search(folded):
        # the card's line states the theme whole; the text may cite it mid-sentence
        return lambda text: bool(_THEME_LINE.search(text))
    period = _ASKS_PERIOD.search(folded)
    if period and period[1] is None and not asks_document_span(folded):
        period = None  # "các phong trào đó là phong trào giai đoạn nào": the text's campaigns'
    if period and _NAMES_DOCUMENT.search(folded):
        # of a document named by its kind; "phong trào văn hóa công sở áp dụng giai đoạn
        # nào" asks of a campaign its text names, which the text says
        return lambda text: "Thời gian áp dụng:" in text
    if (
        _ASKS_RECIPIENTS.search(folded)
        and _NAMES_DOCUMENT.search(folded)
        and not SENDS_OTHER.search(folded)
    ):
        return lambda text: bool(_STATES_RECIPIENTS.search(text))
    return None


def asks_campaign_name(question: str) -> bool:
    """Whether the question asks a campaign's name ("phong trào đặc biệt đó tên đầy đủ là
    gì"), which a card states on its line "Chủ đề: “…”"."""
    return bool(_ASKS_NAME.search(words(question)))


def name_stated(question: str) -> Callable[[str], bool] | None:
    """What a line must state to answer a question asking a campaign's theme or name (a
    quoted phrase after "chủ đề", "phong trào …"); None for any other question."""
    folded = words(question)
    if _ASKS_THEME.search(folded):
        return lambda text: bool(_STATES_THEME.search(text))
    if _ASKS_NAME.search(folded):
        return lambda text: bool(_STATES_NAME.search(text))
    return None


# "tập trung vào mấy phong trào", "bao nhiêu nội dung": a count of something, which a passage
# states as a number before it ("trọng tâm là 4 phong trào"); not "số mấy", "điều mấy" (a
# number that names), nor a share or a sum (`required`).
_ASKS_COUNT = Needing(
    r"(?<!\bso )(?<!\bdieu )(?<!\bkhoan )(?<!\bmuc )(?<!\bmau )\b(?:may|bao nhieu) (\w+)",
    "may ",
    "bao nhieu ",
)
# "mấy lần" asks how often or a multiple ("1,5 lần mức lương"), which many passages state
_NOT_COUNTED = frozenset(("phan", "tien", "gio", "lau", "cua", "thi", "la", "ngay", "lan"))
_NUMBER_WORDS = rf"(?:\d+|{'|'.join(COUNT_WORDS)})"


def count_stated(question: str) -> Callable[[str], bool] | None:
    """What a passage states to answer a question asking how many of something ("mấy phong
    trào": "4 phong trào"); None when no count is asked."""
    asked = _ASKS_COUNT.search(words(question))
    if asked is None or asked[1] in _NOT_COUNTED or asked[1].isdigit():
        return None
    states = Needing(rf"\b{_NUMBER_WORDS} {re.escape(asked[1])}\b", f" {asked[1]}")
    return lambda text: bool(states.search(fold(text).lower()))


# "kh 3510 ban hành ngày nào", "ct 19/ct-ttg": a text named by its kind, in letters or words,
# and number; a year after a kind ("kế hoạch 2022") names none
_CITED_KINDS = "|".join([*KIND_LETTERS, *KIND_LETTERS.values()])
_CITED_TEXT = re.compile(rf"\b(?:{_CITED_KINDS}) ?(?:so )?(?!(?:19|20)\d\d\b)(\d{{2,5}})\b")


def numbers_cited(question: str) -> list[str]:
    """The numbers of the texts the question names by kind and number ("kh 3510": "3510")."""
    return [m[1] for m in _CITED_TEXT.finditer(words(question))]


# What is asked of a cited text itself ("kh 3510 ban hành ngày nào", "… của ai", "… về gì"),
# not of the document following it whose title names it ("nội dung … trong pt thi đua đặc
# biệt (KH 3510)")
_OF_CITED_ITSELF = re.compile(
    r"\b(ban hanh|ngay|ky|cua ai|co quan nao|la gi|ve gi|ve viec gi|noi ve|trich yeu|so hieu)\b"
)


def asks_of_cited_itself(question: str) -> bool:
    """Whether a question naming a text by its number asks about that text itself."""
    return bool(_OF_CITED_ITSELF.search(words(question)))


def number_stated(number: str) -> Callable[[str], bool]:
    """Whether a passage states a number, whole ("3510/KH-UBND", not "13510")."""
    stated = re.compile(rf"(?<![\d/.,]){number}(?!\d)")
    return lambda text: bool(stated.search(text))


# "giám đốc sở … hiện nay là ai", "ai là chủ tịch tỉnh": a person holding a post, whom a
# passage answers only by naming someone (the documents name only their signers, as they
# were then: none says who holds a post now).
_POST = (
    r"(?:pho )?(?:giam doc|chu tich|bo truong|thu truong|truong phong|chanh van phong"
    r"|nguoi dung dau|bi thu)"
)
_ASKS_OFFICEHOLDER = Needing(
    rf"\b{_POST}\b.*\b(?:la ai|ten (?:la )?gi|la ong nao|la ba nao)\b"
    rf"|\bai (?:la|lam|dang la|giu chuc) {_POST}\b",
    *("giam doc", "chu tich", "truong", "chanh van phong", "nguoi dung dau", "bi thu"),
)
# "giờ", "hiện nay", "bây h": the present asked about, folded; one reading for the chat, the
# notes that send elsewhere (referrals) and the posts asked of here. "8 giờ" is a time,
# "mấy giờ", "bao giờ" ask one.
NOW_WORDS = r"bay gio|bay h|hien nay|hien tai|hien gio|luc nay|gio"
NOW = re.compile(rf"(?<!\d )(?<!may )(?<!bao )\b({NOW_WORDS})\b")


def asks_officeholder(question: str) -> str | None:
    """Whether the question asks who holds a post: "now" when it asks who holds it now,
    "named" when a passage naming the holder answers; None for any other question."""
    folded = words(question)
    if not _ASKS_OFFICEHOLDER.search(folded):
        return None
    return "now" if NOW.search(folded) else "named"


# "báo cáo thành tích dùng mẫu số mấy", "theo mẫu nào": a form asked by its number, which a
# passage states as "Mẫu số 05" (the dossier's list), not by naming the forms it has.
_ASKS_FORM_NUMBER = Needing(r"\bmau (so )?(may|nao|gi|bao nhieu)\b", "mau ")
_STATES_FORM_NUMBER = re.compile(r"\bMẫu số \d+")
# "mẫu đơn … nằm ở phụ lục nào", "mẫu … lấy ở đâu": where a form is, which a passage states
# as an appendix of a document ("Phụ lục I của Thông tư", "Phụ lục ban hành kèm theo Nghị
# định …"), not by the form's own heading ("Phụ lục I. Mẫu Đơn …": of which document?). Only
# what the question ends on ("… phụ lục nào của TT 18" too): "… ở đâu, đơn ghi những mục
# gì" asks the form's items as well. "mẫu đơn … theo TT nào", "… nằm ở văn bản nào" ask the
# document whose appendix it is, which that line names too.
_ASKS_FORM_PLACE = Needing(
    r"\b(phu luc (nao|may|so may|gi)|(o|nam|lay|tim) (o )?dau"
    r"|(cua|theo|o|thuoc|trong|kem) (van ban|vb|thong tu|tt|nghi dinh|nd|quyet dinh|qd|luat)"
    r" nao)( cua( \w+){1,4})?( (vay|a|nhi|nhe|ha|the))?$",
    "phu luc ",
    "dau",
    " nao",
)
_NAMES_FORM = Needing(r"\b(mau|bieu mau|phu luc)\b", "mau", "phu luc")
_STATES_FORM_PLACE = Needing(
    r"\bPhụ lục( [IVX\d]+)?( của| (ban hành )?kèm theo)? (Thông tư|Nghị định|Quyết định|Luật)\b",
    "Phụ lục",
)


# "đơn sáng kiến gồm những mục gì", "mẫu đơn cần ghi những gì": the items of a form, which
# the form's own passage lists ("Phụ lục I. Mẫu Đơn …"), not a plan asking for the paper (nor
# one line of it: "ngày áp dụng ghi thế nào", "ghi ngày nào")
_ASKS_FORM_ITEMS = Needing(
    r"\b(?:don|mau)\b(?! vi\b)(?: \w+){0,16}? (?:muc|noi dung|phan|thong tin|ghi)"
    r" (?:nhung |cac )?(?:(?!the |ngay )\w+ )?(?:gi|j|nao)\b",
    "don",
    "mau",
)
_STATES_FORM = re.compile(r"^(?:Phụ lục [IVX\d]+\. )?Mẫu\b")


def asks_form_items(question: str) -> bool:
    """Whether the question asks the items of a form ("đơn … gồm những mục gì")."""
    return bool(_ASKS_FORM_ITEMS.search(words(question)))


# "đơn thì theo mẫu nào", "làm đơn theo mẫu gì": which form, not its number; a form without
# a number is named by its appendix ("Phụ lục I của Thông tư là mẫu Đơn …"), which answers it
# as "Mẫu số 05" does a numbered one, and the form's own text (its heading) does not.
_ASKS_WHICH_FORM = Needing(r"\bmau (nao|gi)\b", "mau ")


def form_place_stated(question: str) -> Callable[[str], bool] | None:
    """What a passage states to say where a form asked about is ("mẫu đơn … ở đâu": the
    appendix of a document) or which form it is ("theo mẫu nào": the appendix or the form's
    number); None when the question does not ask it."""
    folded = words(question)
    if _ASKS_WHICH_FORM.search(folded) and not _ASKS_FORM_ITEMS.search(folded):
        return lambda text: bool(
            _STATES_FORM_PLACE.search(text) or _STATES_FORM_NUMBER.search(text)
        )
    if not (_ASKS_FORM_PLACE.search(folded) and _NAMES_FORM.search(folded)):
        return None
    return lambda text: bool(_STATES_FORM_PLACE.search(text))


# "Đại hội Đảng bộ tỉnh lần thứ mấy", "Quốc hội khóa mấy": the ordinal of what the word before
# names; a passage states it as a number after that word, a place name maybe between ("Đảng
# bộ tỉnh Kon Tum lần thứ XVI"), not the ordinal of another congress it also names.
_ASKS_ORDINAL = Needing(r"\b(\w+) (?:lan thu|khoa) (?:may|bao nhieu|nao)\b", "lan thu ", "khoa ")
_STATES_ORDINAL = re.compile(r"((?:\w+ ){1,4})(?:lan thu|khoa) (?:[ivxlc]+|\d+)\b")


def _states_ordinal(of: str) -> Callable[[str], int]:
    """Whether a passage states an ordinal right after the word `of` (folded)."""

    def rank(text: str) -> int:
        return int(any(of in m.group(1).split() for m in _STATES_ORDINAL.finditer(words(text))))

    return rank


# "với tinh thần gì", "theo phương châm nào": the spirit a document calls for, which a passage
# states as a quoted phrase after "tinh thần" ("với tinh thần “chống dịch như chống giặc”"),
# not "theo tinh thần Nghị quyết số 78" (a document's spirit, unquoted).
_ASKS_SPIRIT = Needing(
    r"\b(tinh than|phuong cham) (gi|nao|the nao|ra sao|la gi)\b", "tinh than", "phuong cham"
)
_SPIRIT_WORDS = {"tinh than": "tinh thần", "phuong cham": "phương châm"}  # as asked, as written
# "từ khi nào áp dụng", "có hiệu lực từ bao giờ": the day something starts, which a passage
# states as "từ ngày 01/7/2025" (a card's "Thời gian áp dụng: 2025" gives only the year).
# (Not "thành tích tính từ lúc nào": from when something counts is a rule, not a date.)
_ASKS_SINCE = Needing(
    r"\btu (khi nao|bao gio|ngay nao|luc nao|thoi diem nao)\b"
    r"|\b(ap dung|hieu luc|hoat dong|thi hanh) (tu )?(khi nao|bao gio|ngay nao|luc nao)\b",
    "tu ",
    "ap dung",
    "hieu luc",
    "hoat dong",
    "thi hanh",
)
# "tính (kể) từ", typed with its marks or bare: from when something counts; not "tỉnh từ"
# ("sáp nhập tỉnh từ khi nào" asks a day).
_COUNTS_FROM = re.compile(r"\b(?:tính|tinh) (?:kể |ke )?(?:từ|tu)\b")
_STATES_SINCE = re.compile(r"(?i)\btừ (ngày )?\d{1,2}/\d{1,2}/\d{4}")
# "ai theo dõi", "cơ quan nào chịu trách nhiệm đôn đốc": the body a document charges with a
# duty, which a passage states by giving it ("Giao Sở Nội vụ … chủ trì, … kiểm tra, đôn
# đốc"), not the opening that speaks of the same duties in general.
_DUTIES = (
    r"theo doi|don doc|kiem tra|chu tri|phoi hop|to chuc thuc hien|trien khai|huong dan"
    r"|tham muu|tong hop|chiu trach nhiem|phu trach"
)
_ASKS_CHARGED = Needing(
    rf"\b(ai|co quan nao|don vi nao|so nao|noi nao|ben nao) (la nguoi |se |phai |co trach nhiem )?"
    rf"({_DUTIES})\b|\b(giao|phan cong) (cho )?(ai|co quan nao|don vi nao)\b",
    "ai ",
    "nao ",
    "giao",
    "phan cong",
)
_STATES_CHARGED = re.compile(r"\b(Giao|giao cho|[Cc]hủ trì)\b")


# "chủ đề đó do Thủ tướng phát động tại đại hội nào": a congress, which a passage states by
# its ordinal ("tại Đại hội thi đua yêu nước toàn quốc lần thứ X"), not the theme's card.
_ASKS_CONGRESS = Needing(r"\b(tai|o|trong) (dai hoi|hoi nghi) nao\b", "dai hoi", "hoi nghi")
_STATES_CONGRESS = re.compile(r"(?i)\b(đại hội|hội nghị)\b[^.;“”\"]{0,80}\blần thứ [IVXLC\d]+")


# "văn phòng sở làm những việc gì", "vp sở làm j", "phòng tnmt huyện có nhiệm vụ gì": what a
# body the question names does, which a line opening with that body states ("2. Văn phòng
# Sở: Tham mưu …", "9. Giao Văn phòng Sở … chủ trì …"), not one naming it among others.
_ASKS_ROLE = Needing(
    r"^(?:(?:con|the|vay|the con|con ve) )?(?P<body>(?:van phong|vp|phong|so|bo|ubnd|uy ban"
    r"|hoi dong|vu|cuc|ban|truong phong|thu truong|giam doc|chu tich)(?: \w+){0,4}?)"
    r" (?:co |phai |se |duoc giao )?(?:lam (?:nhung )?(?:gi|j|viec gi)|lam nhung viec gi"
    r"|(?:nhiem vu|trach nhiem) (?:gi|j|la gi))\b",
    "lam ",
    "nhiem vu",
    "trach nhiem",
)
# before a line's first words: its number or dash, and "Giao" charging the body named next
_LINE_OPENING = re.compile(r"^\s*(?:\d{1,2}\.|[-–+•]|[a-zđ]\))?\s*(?:giao (?:cho )?)?")
_BODY_SHORT = {"vp": "van phong", "ubnd": "uy ban nhan dan"}


def _role_stated(folded: str) -> Callable[[str], bool] | None:
    """What a passage states to answer what a body named does: a line opening with it."""
    asked = _ASKS_ROLE.search(folded)
    if asked is None:
        return None
    body = " ".join(_BODY_SHORT.get(w, w) for w in asked["body"].split())

    def states(text: str) -> bool:
        return any(
            _LINE_OPENING.sub("", fold(line).lower(), count=1).startswith(body)
            for line in text.splitlines()
        )

    return states


def _fact_stated(folded: str, question: str) -> Callable[[str], bool] | None:
    """What a passage states to answer a question (folded) asking a spirit, the day
    something starts, the body charged with a duty or the congress where something was
    launched; None when it asks none of them."""
    if _ASKS_CONGRESS.search(folded):
        return lambda text: bool(_STATES_CONGRESS.search(text))
    spirit = _ASKS_SPIRIT.search(folded)
    if spirit is not None:  # the word asked: "phương châm “5K + vắc xin”" is not a spirit
        states = re.compile(rf"(?i){_SPIRIT_WORDS[spirit[1]]}[:\s*]{{1,4}}[“\"]")
        return lambda text: bool(states.search(text))
    if _ASKS_SINCE.search(folded) and not _COUNTS_FROM.search(question.lower()):
        return lambda text: bool(_STATES_SINCE.search(text))
    if _ASKS_CHARGED.search(folded):
        return lambda text: bool(_STATES_CHARGED.search(text))
    if _ASKS_COUNTS_FOR.search(folded):
        return lambda text: bool(_STATES_COUNTS_FOR.search(fold(text).lower()))
    return _role_stated(folded)


# "khen đột xuất có dùng để xin khen công trạng không", "có được tính để xét … không": what a
# result counts for, a rule stated as such ("không dùng làm căn cứ để đề nghị …", "được tính
# để xét"), not a list of the forms naming both awards
_ASKS_COUNTS_FOR = Needing(  # (not "áp dụng", "tỉnh": "có", "được" before the verb)
    r"\b(?:duoc|dc|co) (?:dung|tinh)(?: de| lam| vao)+(?: \w+){0,6}? (?:khen|de nghi|xet)\b"
    r"(?: \w+)*? (?:khong|ko|k|chua)$",
    "dung",
    "tinh",
)
_STATES_COUNTS_FOR = re.compile(r"\b(?:dung lam can cu|lam can cu|duoc tinh|khong tinh)\b")


# "… tổng kết phong trào khi nào": a time, which a line states as a season or a date.
_ASKS_WHEN = Needing(r"\b(khi nao|bao gio|luc nao|dip nao|thoi diem nao)\b", "nao", "bao gio")
_STATES_WHEN = re.compile(
    r"\b(cuoi nam|dau nam|giua nam|hang nam|hang quy|hang thang|dinh ky|ket thuc nam"
    r"|truoc ngay|\d+ thang|thang \d+|quy [1-4iv]+)\b"
)
# "trong giai đoạn nào", "nhiệm kỳ mấy": a span of years, "giai đoạn 2021-2025".
_ASKS_SPAN = Needing(
    r"\b(giai doan|thoi ky|nhiem ky) (nao|may|bao nhieu)\b", "giai doan", "thoi ky", "nhiem ky"
)
_STATES_SPAN = re.compile(r"\b(?:19|20)\d\d ?[-–] ?(?:19|20)\d\d\b")


def _states_span(text: str) -> bool:
    return bool(_STATES_SPAN.search(text))


# "phát động ở đâu", "tổ chức tại đâu": a place or an occasion, "tại Đại hội …", "tại Kon Tum"
# (a form's place is its appendix: `form_place_stated`).
_ASKS_PLACE = Needing(r"\b(o|tai) (dau|noi nao)\b", "dau", "noi nao")
_STATES_PLACE = re.compile(r"\b(?:tại|ở) [A-ZĐÀ-Ỹ]")
# "do ai phát động", "ai ban hành": whom a thing is done by, "do Thủ tướng Chính phủ phát động".
_ASKS_AGENT = Needing(
    r"\bdo ai\b|\bai (phat dong|ban hanh|de ra|khoi xuong|to chuc|cong nhan|quyet dinh)\b",
    "ai ",
)
_STATES_AGENT = re.compile(r"\bdo (?:[A-ZĐÀ-Ỹ]|các |cấp )")
# Every kind a line may state, in the order the question's words are read.
_LINE_KINDS = (
    (_ASKS_WHEN, lambda line: bool(_STATES_WHEN.search(fold(line)))),
    (_ASKS_SPAN, _states_span),
    (_ASKS_PLACE, lambda line: bool(_STATES_PLACE.search(line))),
    (_ASKS_AGENT, lambda line: bool(_STATES_AGENT.search(line))),
)


def stated_within(question: str) -> Callable[[str], bool] | None:
    """What a follow-up asks of the document being read that one of its passages states: a
    spirit, the day something starts, the body charged with a duty (`preferred` by the
    search too), a share or a bonus (`required`), a span of years; None when it asks none
    of them."""
    folded = words(question)
    fact = _fact_stated(folded, question) or required(question)
    if fact is None and ASKS_MORE.search(folded):
        return lambda text: bool(_STATES_BESIDES.search(text))
    if fact is not None or not _ASKS_SPAN.search(folded):
        return fact
    return _states_span  # "giai đoạn nào": "2021-2025"


# "nếu là thủ trưởng đơn vị thì cần thêm gì": what is required beyond what was just read,
# which a passage states as "ngoài các tiêu chí nêu trên, …" (not the part that only names
# the unit heads among those it charges with carrying the campaign out).
ASKS_MORE = Needing(r"\b(can|phai|co) them\b|\bthem (gi|j|nhung gi|dieu kien gi)\b", "them")
_STATES_BESIDES = re.compile(
    r"(?i)\bngoài (?:các |những )?[^.;:]{0,40}(?:(?:nêu|kể|ở) trên|đã nêu)\b"
)


# "nhắc lại phong trào cũ nào", "những phong trào thi đua nào đã phát động": campaigns by
# name, which a passage states as a list of quoted names ("phong trào “Cả nước chung sức
# …”; phong trào “Doanh nghiệp …”"), not one sentence that speaks of campaigns.
_ASKS_CAMPAIGNS = Needing(r"\bphong trao (thi dua )?(\w+ )?(nao|gi)\b(?! ten)", "phong trao")
# two quoted names one after the other: "…”; phong trào “…", "…”, “…"
_QUOTED_LIST = re.compile(r"[”\"]\*?\s*[,;]\s*(?:và\s+)?(?:phong trào\s+)?\*?[“\"]")


def _states_campaigns(text: str) -> bool:
    return "phong trào" in text.lower() and bool(_QUOTED_LIST.search(text))


def preferred(question: str) -> Callable[[str], int] | None:
    """How much better a passage answers for stating what is asked, among those found: for
    "theo chỉ thị nào của Thủ tướng", one naming a document by its number ("Thực hiện Chỉ
    thị số 19/CT-TTg … của Thủ tướng Chính phủ") over one that speaks of the directive's
    campaigns without naming it, and one naming the issuer asked over one naming another;
    None when nothing is preferred."""
    folded = words(question)
    if _ASKS_CONGRESS.search(folded):  # (before the theme the congress is asked of)
        return lambda text: int(bool(_STATES_CONGRESS.search(text)))
    if _ASKS_THEME.search(folded):
        return lambda text: int(bool(_STATES_THEME.search(text)))
    if _ASKS_NAME.search(folded):
        return lambda text: int(bool(_STATES_NAME.search(text)))
    if _ASKS_CAMPAIGNS.search(folded):
        return lambda text: int(_states_campaigns(text))
    if _ASKS_SIGNER.search(folded):
        return lambda text: int(bool(_STATES_SIGNER.search(text)))
    if _ASKS_FORM_NUMBER.search(folded):
        return lambda text: int(bool(_STATES_FORM_NUMBER.search(text)))
    if _ASKS_FORM_ITEMS.search(folded):
        return lambda text: int(bool(_STATES_FORM.search(text)))
    fact = _fact_stated(folded, question)
    if fact is not None:
        return lambda text: int(fact(text))
    ordinal = _ASKS_ORDINAL.search(folded)
    if ordinal is not None:
        return _states_ordinal(ordinal.group(1))
    if not _asks_document(folded):
        return None
    issuer = _OF_ISSUER.search(folded)
    # The number, then within the same sentence "của <the issuer asked>"; or a number whose
    # own letters are the issuer asked in short ("của ttg": "19/CT-TTg").
    of_issuer = (
        re.compile(
            rf"\b\d+[/-](\d{{4}}/)?[a-z]{{2,}}[^.;]{{0,60}}\bcua {issuer.group(1)}\b"
            rf"|\b\d+[/-](\d{{4}}/)?[a-z]{{2,}}-{issuer.group(1)}\b"
        )
        if issuer
        else None
    )

    def rank(text: str) -> int:
        if not _STATES_DOCUMENT.search(text):
            return 0
        return 2 if of_issuer is not None and of_issuer.search(fold(text).lower()) else 1

    return rank


def states_theme(line: str) -> bool:
    """Whether the line quotes a campaign's theme ("… với chủ đề “Kỷ cương, trách nhiệm …”")."""
    return bool(_STATES_THEME.search(line))


# "điều 24 quy định lđtt thế nào", "luật quy định gì về …": "quy định" only asks what the
# text says (a clause citing "đối tượng quy định tại khoản 1" says it by chance).
_ASKS_RULE = Needing(r"\bquy dinh\b(?: \w+){0,6} (?:the nao|ra sao|gi|j|nhung gi)\b", "quy dinh")


def asking_words(question: str) -> frozenset[str]:
    """The folded terms (words, pairs of neighbours) the question uses only to ask its kind of
    fact: the "đâu" of "ở đâu", which a line saying "phấn đấu" would otherwise share; the
    "quy định" of "… quy định thế nào", with its words where they say nothing else, but not
    the "định" of "nghị định" nor the "quy" of "quy trình"."""
    said = words(question)
    asking: set[str] = set()
    for phrase, asks in (("dau", _ASKS_PLACE), ("quy dinh", _ASKS_RULE)):
        if asks.search(said):
            asking |= _phrase_terms(said.split(), phrase.split())
    return frozenset(asking)


def _phrase_terms(said: list[str], phrase: list[str]) -> set[str]:
    """The phrase, the pairs it makes with its neighbours, and each of its words said nowhere
    else in the question."""
    size = len(phrase)
    starts = [i for i in range(len(said) - size + 1) if said[i : i + size] == phrase]
    inside = {i + k for i in starts for k in range(size)}
    terms = {" ".join(phrase)} if starts else set()
    for i in starts:
        if i > 0:
            terms.add(f"{said[i - 1]} {phrase[0]}")
        if i + size < len(said):
            terms.add(f"{phrase[-1]} {said[i + size]}")
    outside = {w for i, w in enumerate(said) if i not in inside}
    return terms | {w for w in phrase if starts and w not in outside}


def line_stated(question: str) -> Callable[[str], int] | None:
    """How many of the kinds of fact the question asks a line of a passage states ("ai
    phát động, ở đâu": "do Thủ tướng Chính phủ phát động tại Đại hội …" states both; "theo
    nghị quyết đại hội đảng bộ tỉnh lần thứ mấy": the phrase "Đảng bộ tỉnh Kon Tum lần thứ
    XVI"), the kinds a passage is `preferred` for among them; None when none is asked. The
    line that states the fact answers, not the one repeating the question's words."""
    folded = words(question)
    located = form_place_stated(question)  # (a form's place: its appendix, no "tại …")
    checks = [
        check
        for check in (
            *(
                states
                for asks, states in _LINE_KINDS
                if asks.search(folded) and (located is None or asks is not _ASKS_PLACE)
            ),
            preferred(question),
            count_stated(question),
            located,
        )
        if check is not None
    ]
    if not checks:
        return None
    return lambda line: sum(bool(check(line)) for check in checks)
