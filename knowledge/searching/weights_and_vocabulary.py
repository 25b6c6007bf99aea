"""Ranking weights and the vocabulary of questions: stopwords, boosts, intents, scaffolding phrases."""

import re
from collections import defaultdict
from itertools import pairwise
from pathlib import Path

from knowledge.normalize import Kept, accent_key, fold

ABBREVIATIONS_FILE = Path(__file__).parent.parent / "abbreviations.yaml"


# Question words, pronouns and particles: they say how something is asked, not what.
# With diacritics they are told apart from content words by their accent key ("hỏi" is a
# stopword, "hội" in "hội đồng" is not). Without diacritics only the unambiguous ones are
# stopwords: "hoi" could be "hội", "co" could be "cơ", "the" could be "thể" of "tập thể".
ACCENTED_STOPWORDS = frozenset(
    accent_key(w)
    for w in """à ạ ai anh bạn bao biết các cái cho chị có của cũng đã đâu để được em gì giúp hãy
    hay hỏi hôm khi không là lúc mà mình một nào này nhé nhỉ nha nhiều những ở ơi phải sao thế
    thì tôi và vậy vì với xin ư ừ gồm liệt kê muốn như sẽ đang rồi nên mấy tới
    hông thêm nhiêu bọn tụi tui đó ấy đấy cần nhưng ủa""".split()  # "hông": "không" in chats
    # (shorthand such as "ko" is in shorthand.yaml); "thêm" of "cần thêm điều kiện gì";
    # "bọn em", "tụi mình", "tui": the asker ("chúng" folds as the "chung" of "chung sức");
    # "cần" of "sáng kiến cần điều kiện gì" (typed unmarked, "can" stays a word: `_MARKED_ONLY`);
    # "nhưng", "ủa" opening a follow-up ("ủa sáng kiến là gì")
)


FOLDED_STOPWORDS = frozenset(
    """a ai cac cho cua cung da duoc em gi giup hay hom khong la mot nao nay nhe nhi nhieu nhung
    o oi phai sao toi va vay voi xin u gom liet them ua""".split()
)


# Function words whose fold is also the fold of content words ("de": "để", "đề"), by fold:
# typed without diacritics, the corpus and the words around tell which is meant (see
# `SearchIndex._without_function_words`).
_AMBIGUOUS: dict[str, list[str]] = defaultdict(list)
_MARKED_ONLY = frozenset({"can"})  # "cần" typed unmarked: "cần giữ bí mật" says it word for word
for _key in ACCENTED_STOPWORDS:
    if _key.split("|")[0] not in FOLDED_STOPWORDS | _MARKED_ONLY:
        _AMBIGUOUS[_key.split("|")[0]].append(_key + "|")
# A plain dict: a lookup by [] on a defaultdict would add the word, and every later question
# would then find it `in` the map, an answer changed by what someone asked before.
AMBIGUOUS_FOLDS: dict[str, list[str]] = dict(_AMBIGUOUS)


FUNCTION_SHARE = 0.5  # of the passages with the fold, those with the function word


# Whether each word is a function word with its diacritics, and folded: kept (`Kept`), as
# the same few words are asked of for every question, a hundred times or more.
_ACCENTED_STOPWORD = Kept(lambda token: accent_key(token) in ACCENTED_STOPWORDS)
_FOLDED_STOPWORD = Kept(lambda token: fold(token) in FOLDED_STOPWORDS)


def is_stopword(token: str, accented: bool) -> bool:
    """Whether the word is a function word, judged with its diacritics when it has them."""
    return _ACCENTED_STOPWORD[token] if accented else _FOLDED_STOPWORD[token]


K1 = 1.2


B = 0.75


DOCUMENT_WEIGHT = 0.5  # a document field match counts half a passage match


ACCENT_SHARE = 0.35  # part of a word's weight that needs the exact diacritics, when typed


FOLD_CREDIT = 0.6  # coverage credit for a word matched only without its diacritics


PAIR_SHARE = 0.5  # a word pair's weight relative to a single word in the coverage


COMMON_DF = 0.5  # terms in more than half the passages are left out of scoring


DOCUMENT_NUMBER_BOOST = 1.5  # the question names this document's own number ("Chỉ thị 14")


ISSUER_WORDS = 3  # "sở tài nguyên", "ủy ban nhân": enough of an issuer to tell it


KIND_BOOST = 1.3  # the question names this document's kind ("ký chỉ thị")


YEAR_BOOST = DOCUMENT_NUMBER_BOOST  # a named year picks its document as a number does


# The question names the body that issued a campaign ("Bộ TN&MT", "ở Bộ thì vụ nào …"): the
# year and the words asked may fit a department's letter as well, the body asked of does not.
ISSUER_BOOST = 2.0


# "Bộ" or "Sở" alone names the issuing body where it owns ("của Bộ", "ở Sở", "theo Bộ") or
# launches something ("khi Bộ phát động"), never in a compound ("cán bộ", "bộ máy", "cơ sở",
# "sơ kết"; without diacritics "số lượng", "số mấy").
BODY_LEVELS = frozenset(("bo", "so"))


BODY_OWNER_BEFORE = frozenset("cua o ben tai theo thuoc cap".split())


BODY_ACTS_AFTER = frozenset("phat ban yeu giao quy chu huong".split())


BODY_COMPOUND_BEFORE = frozenset("can toan dong noi dang chi cuc tien co tru cong ho".split())


BODY_COMPOUND_AFTER = frozenset(
    "may phan ho chinh luat doi tieu cong hieu luong lan ket huu sanh tien thu do lieu".split()
)


# Passages that are not text of the document itself fit only some questions: the information
# card fits "who signed, when, to whom"; an outline fits "what does it consist of".
# A document's kind as a question names it before its number ("chỉ thị 34").
DOCUMENT_KINDS = frozenset(
    "chi thi|cong van|ke hoach|nghi dinh|nghi quyet|quyet dinh|thong tu|thong bao".split("|")
)


INFO_INTENT = (
    "ky",
    "dung ten",  # "bộ trưởng nào đứng tên phát động": the signer
    "ban hanh",
    "noi nhan",
    "kinh gui",
    "gui cho",
    "gui den",
    "gui toi",
    "so hieu",
    "ngay nao",
    "khi nao",
    "nam nao",
    "co quan nao",
    "don vi nao",
    "van ban so",
    "ai phat dong",
    "thoi gian ap dung",  # "chỉ thị 14 áp dụng giai đoạn nào": the card's period
    "ap dung giai doan",
    "ap dung trong giai doan",
    "ap dung nam nao",
    "chu de",  # a campaign's theme and basis are lines of its card
    "can cu",
)


# What asks a list of the parts of something ("gồm những gì", "có những nội dung gì"): the
# outline of a document or part, which a phone shows as every item in brief.
LIST_WORDS = (
    "gom",
    "nhung gi",
    "nhung noi dung",
    "cac noi dung",
    "liet ke",
    "may noi dung",
    "may muc",
    "nhung muc",
    "nhung phan",
    "bo cuc",
    "noi dung chinh",
    "co noi dung gi",  # (but "nói về nội dung gì" asks what it is about)
    "co noi dung nao",
)


# (how many parts, what it is about in all: the outline too, read as the search ranks it)
LIST_INTENT = (*LIST_WORDS, "bao nhieu", "tong quan", "noi ve gi")


LIST_PAIRS = frozenset(
    f"{a} {b}" for phrase in LIST_INTENT for a, b in pairwise(phrase.split()) if a != "nhung"
)


# "nội dung phong trào thi đua năm 2021 của bộ có gì": the contents of what is named between,
# asked without "những" (not "có gì khác", "có gì mới": how it differs; nor "nội dung thứ 2
# là gì": one of them).
_CONTENTS_OF = r"noi dung (?:\w+ ){0,20}?(?:co|gom|bao gom) (?:nhung )?gi(?! (?:khac|moi)\b)"


LIST_ASKED = re.compile(rf"\b(?:{'|'.join(LIST_WORDS)}|{_CONTENTS_OF})\b")
# "chủ tịch xã tặng những gì", "được thưởng những gì": what is granted, which a part states,
# not a list of parts (left out before LIST_ASKED is looked for); "phải làm những gì" of a
# letter is its list of tasks
OBJECTS_ASKED = re.compile(r"\b(?:tang|thuong) nhung gi\b")


OFF_INTENT_PRIOR = {"info": 0.5, "outline": 0.6}


OUTLINE_LEAD = 1.01  # an outline asked for, over the parts of its document it ranks below
# ... which cover the question at most this much more: the part's words naming the
# document ("năm 2021" in its opening), not what is asked
NAMED_OUTLINE_SLACK = 0.01
# A part spelling out what the question names ("văn hóa công sở: không đi muộn …") leads
# the part found first when it ranks at least this share of it, ...
SPELLED_OUT_REACH = 0.75
SPELLED_OUT_WORDS = 3  # ... and names it in at least this many words


ON_INTENT_PRIOR = {"info": 1.0, "outline": 1.0}


COVERAGE_POWER = 2.0


CANDIDATES = 30


DENSE_SHARE = 0.08  # terms in more than this share of passages are added as dense vectors


DENSE_BUDGET = 32 * 2**20  # bytes of dense vectors kept per field


MIN_CONFIDENCE = 0.55


BOUND_SLACK = 1e-9  # `_coverage_bound` raised by this share: no rounding puts it below


# An index of this many passages or fewer (the bundled documents; the legal ones at any
# scale while the legal texts are those shipped with the package) works out every passage's
# coverage before ranking: about as quick as for the candidates, and a bound as tight as can
# be on whether ranking can matter. (Unrelated to MAX_REMEMBERED_PASSAGES, though both 256.)
WHOLE_COVERAGE_PASSAGES = 256


# Words that say how a question is asked in chat Vietnamese, not what it asks about: where a
# verb goes or that it is done ("đề xuất lên", "gửi về", "nộp vào", "làm xong", "xét lại",
# "ngoài … ra"), "nói gì về", "theo luật", "trong phong trào", the passive "bị", "bao lâu",
# "bên bộ" for "at the ministry", which comes first ("giấy khen trước rồi mới bằng khen"; a
# pair the documents have keeps it: "trước ngày"), and particles. No passage answering
# a question says them, so a passage's coverage does not count them
# (`SearchIndex._without_scaffolding`). Not "còn" ("cấp huyện còn không" asks whether it
# still is) nor "đó" alone ("điều đó" points to what a follow-up is about).
SCAFFOLDING = (
    "lên xuống vào vô về xong lâu lại bị ra bên luôn nữa đấy ấy kia nè theo trong trước lấy"
).split()


ACCENTED_SCAFFOLDING = frozenset(accent_key(w) for w in [*SCAFFOLDING, "hả", "chứ", "nói"])


# Without diacritics "chu" is mostly "chủ" ("chủ đề"), "ha" "hà" or "hạ", "noi" "nơi" ("gửi
# những nơi nào") or "nội": not left out; and
# "lai" may be "lái" ("bằng lái xe"), "day" "dạy" or "đẩy": these only where they end a
# phrase, as "lại" and "đấy" do ("xét thi đua lại", "là gì đấy").
FOLDED_SCAFFOLDING = frozenset(fold(w) for w in SCAFFOLDING)


PHRASE_END_FOLDS = frozenset(("lai", "day"))


# "trước" says which comes first only before "rồi", "mới" or at the end ("giấy khen trước rồi
# mới bằng khen", "cái nào trước"); elsewhere it is part of what is asked ("trước thời hạn",
# "tháng trước": a time of the asker's own, which no passage names).
EARLIER = "truoc"


THEN = (["roi"], ["moi"])


# "còn" before a verb of obligation ("ngoài … ra còn phải", "còn cần", "còn được") says "also",
# by its fold and the fold of the word after; elsewhere it asks whether something still is
# ("cấp huyện còn không", "còn hiệu lực") or opens a follow-up ("còn Kon Tum?"), and stays.
ALSO = "con"


ALSO_BEFORE = frozenset(fold(w) for w in "phải cần được có thêm".split())


# A time told by what was said before ("trước đó", "năm đó") or by today ("chị nghỉ sinh năm
# nay": the asker's own year, which no passage names), by its folded words.
SCAFFOLDING_PHRASES = frozenset(
    tuple(fold(phrase).split())
    for phrase in (
        *("trước đó", "sau đó", "năm đó", "khi đó", "lúc đó", "hồi đó", "năm nay"),
        # … or the old days, which only say the body asked was named so then ("btnmt ngày xưa")
        *("ngày xưa", "hồi xưa", "thời xưa"),
    )
)


# "bộ yêu cầu tập thể hoàn thành …", "tỉnh khuyến khích làm gì", "cá nhân cần đáp ứng tiêu chí
# nào": what a document asks is said by its text, not by the verb that the question uses for
# it; left out unless it pairs with a word beside it as the documents have it ("đơn yêu cầu
# công nhận", "cơ chế khuyến khích").
ASKING_PHRASES = frozenset({("yeu", "cau"), ("khuyen", "khich"), ("dap", "ung")})


# "khen thưởng chú trọng những đối tượng nào", "chăm lo cho đối tượng nào": asks who, as "ai"
# does; the answering line names the people ("người lao động trực tiếp"), seldom the word.
# Left out before "nào" unless it pairs with the word before it as the documents have it
# ("đối tượng áp dụng" is the documents' own).
WHO_PHRASES = frozenset({("doi", "tuong")})


# "chị nghỉ sinh 6 tháng": how long something lasted in the asker's own life, which no
# passage says; a number and a unit of time not followed by another number (a date: "1 tháng
# 7") and not a pair the knowledge base has ("12 tháng" of a rule).
DURATION_UNITS = frozenset(("ngay", "tuan", "thang", "nam"))


# "một lần" after a unit of time asks how often ("mấy tháng 1 lần"): no passage says it
# ("định kỳ 06 tháng"), and "tháng 1" is January. Folded pairs.
ONCE = frozenset((("1", "lan"), ("mot", "lan")))


# "bằng" before a document's kind says by what something was done ("bộ phát động bằng công
# văn số mấy"), which no passage answering it says; not the "bằng" of "bằng khen". (A pair
# the documents have does not keep it: they say "thi đua bằng các việc làm" too.)
MEANS = "bang"
MEANS_BEFORE = frozenset("cong cv van vb ke kh chi ct quyet qd nghi nd nq thong tt hinh".split())
# "may" typed bare after a word that numbers ("số mấy", "điều mấy", "cấp độ mấy", "thứ
# mấy") asks which number, as "mấy" does: not the "máy" of "bộ máy"
WHICH_NUMBER = "may"
NUMBERING_WORDS = frozenset("so dieu khoan muc mau thu do".split())


# Folded words one of which a question has when it has any of the above (of a phrase, its
# last word): a question with none of them is left as it is.
SCAFFOLDING_FOLDS = frozenset(
    [key.split("|")[0] for key in ACCENTED_SCAFFOLDING]
    + [*DURATION_UNITS, MEANS, WHICH_NUMBER]
    + [*FOLDED_SCAFFOLDING, ALSO]
    + [phrase[-1] for phrase in (*SCAFFOLDING_PHRASES, *ASKING_PHRASES, *WHO_PHRASES)]
)


TYPO_CUTOFF = 80.0  # one wrong letter in five; a four-letter syllable is not corrected
