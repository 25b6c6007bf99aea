"""Free-text questions: answer from the knowledge base with a citation, or say why not.

A follow-up is first made whole from the conversation's topic (handlers/context.py). A
question outside the subject, or about a year or place no document covers, is declined with
its own reason (handlers/refusals.py). A question about what is current, about one title or
about what a document is about has its own answer; otherwise the best passage is shown,
sized for a phone (handlers/phone_answer.py), with other good passages offered as options.
"""

import re
from dataclasses import replace
from itertools import pairwise

from bot.campaigns import history_note, state_of
from bot.context import AppContext
from bot.messages import Choice, Incoming, Reply
from bot.roles import role_of
from handlers import (
    context,
    currency,
    named_things,
    refusals,
    reminders,
    repealed_subject,
    replaced_texts,
    source_questions,
    still_open,
    title_questions,
)
from handlers.followups import document_switch, whole_part, within_document
from handlers.followups.contrasted_part import contrasted_first
from handlers.followups.document_switch import ISSUER_ASKED
from handlers.followups.pointing_sentences import coverage_against
from handlers.followups.resolving import without_original
from handlers.followups.same_part import same_part_first
from handlers.followups.shown_says_more import (
    shown_audience_kept,
    shown_saying_far_more,
    shown_saying_more,
    shown_saying_most,
)
from handlers.followups.tied_documents import led_by_topic_document
from handlers.followups.title_required_in_shown import title_required_in_shown
from handlers.followups.yes_no_on_shown import yes_no_on_shown
from handlers.phone_answer import (
    card_line_named,
    citation,
    distinct_labels,
    line_reply,
    more_labels,
    passage_reply,
    rest_of,
    tells_line,
)
from knowledge import Document, Hit, KnowledgeBase, Passage, asked_facts, held, led_by
from knowledge.asides import without_asides
from knowledge.asking import ask
from knowledge.deadlines import KINDS, kinds_named
from knowledge.intents import is_question, load_intents
from knowledge.normalize import fold, has_marks
from knowledge.numbered_documents import number_mended
from knowledge.ordinals import item_asked
from knowledge.person_names import named_person, names_only
from knowledge.referrals import article_positions
from knowledge.shorthand import spell_out
from knowledge.story import read_with_story
from knowledge.titles_answers import (
    ARTICLE_NAMED,
    LAW_KINDS,
    NUMBER,
    TitleAnswer,
    article,
    named_title,
    words,
)

# "Hạn đăng ký là khi nào?": the documents state no dates; the schedule in the database does.
_DEADLINE_WORDS = re.compile(
    r"\b(han chot|thoi han|het han|den han|han nop|han dang ky|deadline)\b"
)
# ("phụ lục nào" is no "lúc nào"; "ghi ngày nào" asks which date a form wants written, "ghi
# khi nào" or "khi nào mới phải ghi" in which case an item of a form is filled in)
_WHEN_WORDS = re.compile(
    r"\b((?<!ghi )khi nao(?! (?:moi )?(?:phai |can )?ghi\b(?! nhan| ten| danh))|bao gio"
    r"|(?<!ghi )ngay nao|truoc ngay|(?<!phu )luc nao|han)\b"
)
# "chưa có giấy khen bao giờ", "chưa bao giờ được khen": never, not when (but "chưa nộp thì
# bao giờ phải nộp": "thì" opens the clause asking when)
_NEVER = re.compile(r"\bchua ((?!thi\b)\w+ ){0,5}?bao gio\b")
_DUTY_WORDS = re.compile(r"\b(dang ky|nop|bao cao|so ket|tong ket|sang kien|de nghi|khen thuong)\b")
# "Vụ Thi đua … báo cáo Bộ trưởng khi nào": a duty of a body the question names, which its
# document states; the person's own deadlines are in the schedule (/hanchot).
_BODY_WORDS = re.compile(r"\b(vu|cuc|so|bo|ubnd|uy ban|hoi dong|van phong|phong(?! trao))\b")
_OWN_DUTY_WORDS = re.compile(r"\b(dang ky|nop|sang kien)\b")  # a person's, whoever is named
# "thành tích được tính từ lúc nào": from when something counts is a rule the text states, not
# a date of the schedule (unless a deadline is named: "hạn nộp tính từ ngày nào").
_COUNTED_FROM = re.compile(r"\b(tinh tu|tinh ke tu)\b")
# "sáng kiến được công nhận khi nào", "khi nào thì được tặng": when an outcome is granted is
# its condition, which the text states; the schedule has no date for it. (Not what one does
# to be granted it: "khi nào phải nộp hồ sơ để được xét tặng" asks for the deadline.)
_GRANTED = re.compile(
    r"\bduoc (\w+ ){0,2}(cong nhan|tang|khen thuong|khen|xet tang|xet|binh chon|cong nhan la)\b"
)
# "khi nào cần xác nhận sáng kiến": in which case a paper must certify it, which the text
# states (the law's dossier), not a date of the schedule.
_CERTIFIED = re.compile(r"\b(can|phai|bat buoc)( phai)?( co)?( giay)? (xac nhan|chung nhan)\b")
# What a person does by a deadline ("đã nộp": done, it asks for the outcome).
_ACTING = re.compile(r"(?<!\bda )\b(nop|dang ky)\b")
# "nđ đó là nđ gì", "tên đầy đủ là gì", "mẫu đó ở tt nào": which text it is
_TEXT_KINDS = (
    "nghi dinh|nd|thong tu|tt|luat|van ban|vb|chi thi|ct|ke hoach|kh|cong van|cv|quyet dinh"
    "|qd|dieu le"
)
_ASKS_WHICH_TEXT = re.compile(
    rf"\b(?:la|o|trong|thuoc|tai) (?:{_TEXT_KINDS}) (?:gi|nao|j)\b"
    r"|\bten (?:day du )?(?:la )?(?:gi|j)\b"
)
# "còn nđ 13 về sáng kiến thì ngày nào": a law named by its number sets no date of the
# schedule; "ngày nào" asks its date.
_LAW_NUMBERED = re.compile(r"\b(nghi dinh|thong tu|luat|nd|tt)( so)? \d+\b")
# A follow-up read with the last document keeps to it unless the passage found for it alone
# says this much more of its own words ("cơ quan nào theo dõi thực hiện" after Chỉ thị 14: the
# directive's own item, not another letter's saying the same words). Fitted on the follow-ups
# of the development conversation sets (which reading's passage holds an expected phrase):
# 0.3 best, 0.2 one turn fewer, 0.4 and above four fewer.
CONTINUITY = 0.3
# The passage just read, saying every word of a question, is still read if the search finds
# it within this of the best passage elsewhere.
SHOWN_MARGIN = 0.1
# Words pointing back to the signer just named ("ông ấy", "người ký đó") and those joining
# them to what is asked ("giữ", "làm", "của"): "ông ấy giữ chức vụ gì" asks only "chức vụ gì".
# (A longer pointer before the one it starts with: each is taken out in this order.)
SIGNER_WORDS = (
    "ong ay", "ong do", "ong nay", "ba ay", "ba do", "ba nay", "nguoi do", "nguoi nay",
    "nguoi ky do", "nguoi ky", "vi do", "giu", "lam", "cua",
)  # fmt: skip
# "phong trào đó kết thúc chưa": whether a campaign is over, which its history note says.
_ENDED = re.compile(r"\b(ket thuc|het han|con (ap dung|thuc hien|dien ra))\b")
# Where to check what the last answer's document may have changed: its note says.
CHECK_WHERE = "Theo ghi chú kèm {name}:\n⚠️ {note}"
# "luật sửa đổi năm 2026 thì sao": only the caveat under the last answer speaks of it.
CAVEAT_ONLY = (
    "Các văn bản hiện có chưa có nội dung trả lời câu hỏi này. Kèm theo {name}, tôi chỉ có "
    "ghi chú sau:\n⚠️ {caveat}"
)
# What a title's answer tells that its own article does not: in the decree or another article.
TITLE_ELSEWHERE = ("bonus", "dossier", "decides")
# "ai ký?", "ngày nào?": at most this many words besides the asking ones.
BARE_WORDS = 2
_ASKING = frozenset("ai nao gi may bao nhieu khi dau sao the con vay".split())
# (not "nội dung chính": its parts, the outline the search finds)
_ABOUT = re.compile(
    r"\b(noi ve (gi|j|cai gi|van de gi)|ve viec gi|de cap gi|noi gi"
    r"|quy dinh (ve )?(gi|j|cai gi|nhung gi|van de gi|noi dung gi))\b"
)

# "nói gì về phòng chống covid": what the document says of one subject, not its overview.
_ABOUT_SUBJECT = re.compile(r"\bnoi gi ve \w")
# "về hạ tầng giao thông thì chỉ thị đó nói gì": a subject said before "thì <the document>"
_SUBJECT_FIRST = re.compile(
    r"\b(?!chi\b)\w+ thi (chi thi|van ban|ke hoach|cong van|nghi dinh|thong tu|luat|no"
    r"|cv|kh|ct|nd|tt)\b"
)


# "mẫu đơn yêu cầu công nhận sáng kiến", "cho em xin mẫu đơn": a form named asks what the form
# is (the circular's appendix), not to fill one in; unless the person says they do something
# with it ("em muốn làm đơn theo mẫu", "nộp đơn theo mẫu nào" is still a question).
_FORM = re.compile(r"\b(bieu mau|mau (don|bao cao|to trinh|phieu|so \d+))\b")
_DOING = re.compile(r"\b(lam|nop|gui|dien|khai|viet|dang ky|dk|soan|theo mau)\b")


def names_a_form(text: str) -> bool:
    """Whether the message asks about a form by its name rather than asks to fill one in."""
    folded = words(spell_out(text))
    return bool(_FORM.search(folded)) and (not _DOING.search(folded) or is_question(text))


def asks_for_deadline(text: str) -> bool:
    folded = fold(text)
    if any(w in folded for w in ("han che", "hieu luc", "ban hanh", "thong qua")):
        return False
    # "nhắc em trước 3 ngày và ngày hết hạn" asks to be reminded, not when the deadline is.
    if " nhac " in f" {folded} " and not is_question(text):
        return False
    if _DEADLINE_WORDS.search(folded):
        return True
    if _LAW_NUMBERED.search(folded):
        return False
    duty = _DUTY_WORDS.search(folded)
    when = _WHEN_WORDS.search(_NEVER.sub(" ", folded))
    if duty is None or not when or _COUNTED_FROM.search(folded):
        return False
    granted = _GRANTED.search(folded)
    if granted and not _ACTING.search(folded):
        return False
    if _CERTIFIED.search(folded) and not _ACTING.search(folded):
        return False
    return bool(_OWN_DUTY_WORDS.search(folded)) or not _BODY_WORDS.search(folded[: duty.start()])


# More campaigns than this named by a year alone do not say which one is asked of.
NAMED_CAMPAIGNS = 3


def _campaigns_named(text: str, kb: KnowledgeBase) -> list[Document]:
    """The campaigns a deadline question names by their province, body or year ("hạn nộp
    báo cáo tổng kết 2022 sóc trăng"): it asks what their documents set, not which of the
    person's deadlines are coming."""
    years = held.named_years(text)
    named = held.named_campaigns(text, kb)
    if not named and not years:
        return []
    found = [
        d
        for d in named or kb.campaigns()
        if not years or any(d.period_start <= y <= d.period_end for y in years)
    ]
    return found if len(found) <= NAMED_CAMPAIGNS or named else []


def _names_plans(text: str, kb: KnowledgeBase) -> bool:
    """Whether the question names campaigns by a year, province or body at all."""
    return bool(held.named_years(text) or held.named_campaigns(text, kb))


def _deadlines_told(topic: context.Topic | None, kb: KnowledgeBase) -> Document | None:
    """The campaign whose deadlines the last answer gave."""
    if topic is None or not asks_for_deadline(topic.query):
        return None
    return kb.campaign(topic.doc_id)


# "hạn tổng kết", "deadline": a deadline named as such
_DEADLINE_NAMED = re.compile(r"\b(han|deadline)\b")
# "em", "tôi": the person's own duty, whose date is in the schedule
_FIRST_PERSON = re.compile(r"\b(toi|em|minh|chung toi|chung em)\b")


def _duty_in_document(text: str, topic: context.Topic | None) -> bool:
    """Whether a "when" question in a conversation about a document asks when a duty of
    that document is done ("báo cáo bộ trưởng khi nào", "tổng kết vào lúc nào" after who
    follows the campaign up): the document says it, not the person's schedule. A deadline
    named as such ("hạn"), or one of the person's own ("nộp", "đăng ký", "em"), is theirs."""
    folded = fold(text)
    return (
        topic is not None
        and not _DEADLINE_NAMED.search(folded)
        and not _OWN_DUTY_WORDS.search(folded)
        and not _FIRST_PERSON.search(folded)
    )


async def answer(
    msg: Incoming, ctx: AppContext, suggestions: tuple[Choice, ...] = ()
) -> list[Reply]:
    """The answer to a question typed in the chat. A document's number typed with its digits
    in the wrong order ("chỉ thị 41" of the 14 held) is read as the number held, the answer
    saying so first, when the documents answer the question so read; otherwise the number
    as typed is refused."""
    mended = number_mended(msg.text, ctx.knowledge)
    if mended is None or not ask(ctx.knowledge, mended.text):
        return await _answer(msg, ctx, suggestions)
    replies = await _answer(replace(msg, text=mended.text), ctx, suggestions)
    if not replies:
        return replies
    return [replace(replies[0], text=f"{mended.note}\n{replies[0].text}"), *replies[1:]]


async def _answer(msg: Incoming, ctx: AppContext, suggestions: tuple[Choice, ...]) -> list[Reply]:
    kb = ctx.knowledge
    # "đc thưởng bn" asks what "được thưởng bao nhiêu" asks: every rule below reads words.
    # A refusal is logged for the office as it was typed.
    # What a long polite message says besides its question ("…, tôi tìm mãi mà chưa thấy?")
    # is left out (knowledge/asides.py).
    # A newcomer's story before the question is cut down to what it names (knowledge/story.py).
    # "chỉ thị 14 gốc" is the directive 14 itself (handlers/followups/resolving.py)
    read = without_original(without_asides(read_with_story(spell_out(msg.text), kb)))
    read = context.pointing_by_itself(read)  # "còn bộ đó giờ còn không": "bộ đó …" says it
    read = context.pointing_at_document(read)  # "nghị định quy định việc đó": "nghị định đó"
    typed, msg = msg, replace(msg, text=read)
    if unknown_person(msg.text, kb):  # "Trần Thị Mai": no one the documents name
        return await refusals.refuse(typed, ctx, refusals.name_only(msg.text))
    person = named_person(msg.text, kb.mentions)  # "anh nguyễn văn nam có đc cstđcs ko"
    if person is not None:
        role = await role_of(ctx, msg.channel, msg.user_id)  # whose registrations it may see
        return await refusals.refuse(typed, ctx, refusals.named_person(person, msg.text, kb, role))
    query = msg.text
    # "nghị quyết đó" after an answer citing one: that resolution
    topic = context.with_cited_named(msg.text, await context.recall(msg, ctx), kb)
    # "nđ đó ai ký" after the decree's article naming a decree not held: the decree read,
    # said to be what is answered
    of_read = context.signer_of_read(msg.text, topic, kb)
    signed = _signer_of_read(msg.text, topic, of_read, kb)
    if signed is not None:
        await context.remember(msg, ctx, msg.text, signed[0], signed[1])
        return [signed[2]]
    topic = of_read
    shown_doc = kb.document(topic.doc_id) if topic is not None else None
    # "giờ còn huyện ko" after a directive naming the districts: the level itself, now
    of_note = shown_doc is None or shown_doc.category == "reference"
    gone = currency.level_gone(msg.text, kb, of_note)
    if gone is not None:
        await context.remember(msg, ctx, msg.text, gone[0], gone[1])
        return [passage_reply(gone[0], gone[1], msg.text)]
    in_force = currency.current_law(msg.text, kb)
    if in_force is not None:  # "luật tđkt hiện hành là luật nào": the law held, its opening
        await context.remember(msg, ctx, msg.text, in_force[0], in_force[1])
        return [passage_reply(in_force[0], in_force[1], msg.text)]
    described = currency.issuer_now(msg.text, kb)
    if described is not None:  # "bộ đã ban hành công văn 2021 nay là bộ nào": stands alone
        msg, topic, shown_doc, query = replace(msg, text=described), None, None, described
    move = document_switch.moved_to(msg.text, topic, kb)
    if move is not None:  # "quay lại cv của bộ, ai ký": asked of the document it names
        msg, topic, shown_doc, query = replace(msg, text=move.question), None, None, move.question
    moved = move.doc if move is not None else None
    source = _source(msg.text, topic, shown_doc, kb)  # "điều mấy của luật"
    if source is not None and topic is not None:
        # "nó ngày bao nhiêu" next is about the resolution it names ("theo nq nào" asks for
        # a nghị quyết as "theo nghị quyết nào" does)
        asked = context.kinds_spelled(msg.text)
        await context.name(msg, ctx, topic, named_things.named_in(asked, source.text))
        return [source]
    today = ctx.clock.now().date().isoformat()
    checking = context.check_where(msg.text, shown_doc, today) if shown_doc is not None else None
    if checking is not None and shown_doc is not None:  # "vậy em nên đối chiếu ở đâu"
        return [Reply(CHECK_WHERE.format(name=shown_doc.name, note=checking))]
    # "nó quy định về gì" after being told a text not held was repealed
    repealed = repealed_subject.answer(msg.text, topic, kb)
    if repealed is not None:
        return repealed
    # "do ai phát động" after a theme was told: the passage telling of the theme
    of_named = context.told_of_named(msg.text, topic, kb)
    guess = None  # a short question naming nothing may be about the last answer's document
    stated = False  # a passage of that document stating what it asks leads ("tinh thần gì")
    body_now = topic is not None and context.body_now(msg.text, shown_doc)
    if body_now:
        # "các sở tnmt đó giờ đổi thành gì": the body is named; "đó" only says which
        query = context.without_pointers(query)
    if (
        topic is not None
        # (not "phòng tnmt các huyện được gửi văn bản đó giờ còn không": the body now, which
        # the letter it points at cannot tell)
        and not body_now
        and (resolved := context.resolve(msg.text, topic, kb))
    ):
        if (
            context.points_back(msg.text)
            or context.title_alone(msg.text, topic, kb) is not None
            or context.points_to_named(msg.text, topic)
            or of_named is not None
            or context.lists_last(msg.text, topic)
            or context.of_members(msg.text, topic, kb) is not None
            or context.body_pointed(msg.text, topic, kb) is not None
            # "luật cũ còn áp dụng không" after the law: the law it replaced
            or (
                shown_doc is not None
                and context.old_text_named(words(msg.text), shown_doc, msg.text) is not None
            )
            # "thế cstđcs cần thêm gì" after the dossier: that title's dossier
            or context.more_of_title(words(msg.text), topic) is not None
        ):
            # "cơ quan ban hành công văn đó giờ là bộ gì": the body the letter's number names
            query = currency.issuer_now(resolved, kb) or resolved
        elif not context.names_other_document(msg.text, topic, kb) and not (
            # "phòng tnmt huyện giờ ra sao" after a 2022 plan: what is now, which an ended
            # campaign's document cannot tell
            context.asks_now(msg.text, shown_doc)
        ):
            guess = resolved  # (a question naming another document stands alone)
        elif shown_doc is not None and resolved.startswith(f"{fold(shown_doc.issuer)} "):
            # "giờ đổi tên thành gì" after a letter of 2021: the body that issued it, now
            query = resolved
    elif topic is not None and shown_doc is not None:
        # "hiệu lực", "phòng tnmt huyện mà cv 2021 gửi tới thì sao" after the note on what
        # is now, taken above as messages of their own: read within it too, the coverage
        # score below deciding between that reading and the one alone
        guess = context.within_present(msg.text, topic, shown_doc, kb)
    off_topic = load_intents().is_off_topic
    # "ai quy định hồ sơ đó": words pointing back are read only with what they point to
    read = (query if query != msg.text else guess) or query
    pointing = read != msg.text and context.points_at(msg.text, topic)
    if off_topic(read, kb.mentions) or (
        not pointing and read != msg.text and off_topic(msg.text, kb.mentions)
    ):
        # ("Luật Cán bộ, công chức quy định đánh giá xếp loại …": the law is not held)
        law = refusals.law_refused(msg.text, kb)
        return await refusals.refuse(typed, ctx, law or refusals.off_topic())
    # "kết quả bình xét của phường tôi", also with typos mended ("mức luonng cơ sở")
    feature = load_intents().feature_asked(msg.text, kb.spelled(msg.text))
    if feature is not None:
        return await refusals.refuse(typed, ctx, refusals.missing_feature(feature.answer))
    now = ctx.clock.now()
    held = refusals.not_held(query, kb, now.year, msg.text, topic.query if topic else "")
    if held is not None and not currency.asks_what_is_current(query):
        return await refusals.refuse(typed, ctx, held)
    if still_open.asks(msg.text):  # "vậy giờ tôi còn đăng ký được không"
        return await still_open.answer(msg.text, ctx, topic)
    # "nghe nói trên 50% là đủ, còn đúng không" after the article noting that share: asked of
    # the share, not whether a text is still in force (unless it names one: "thông tư 12/2019
    # quy định 70% còn hiệu lực không")
    of_share = (
        topic is not None
        and not context.names_a_kind(msg.text)
        and context.shown_share(msg.text, topic, kb) is not None
    )
    current = None if of_share else currency.answer(query, kb, now, msg.text)
    status_of = None if of_share else _status_of(msg.text, topic, guess)
    if current is None and status_of is not None:
        current = currency.answer(status_of, kb, now)
        # "ngày ký" next is of the document whose status was told, not of one its last
        # answer named
        query = status_of if current is not None else query
    if isinstance(current, refusals.Refusal):  # "thông tư 12/2019 còn hiệu lực không"
        return await refusals.refuse(typed, ctx, current)
    if current is None and held is not None:  # "luật cán bộ, công chức đã sửa đổi chưa"
        return await refusals.refuse(typed, ctx, held)
    if current is not None:
        # "văn bản nào hướng dẫn nó" next is about the document whose status was told
        # ("văn bản thay thế có hiệu lực ngày nào" after a repealed text: the one replacing it)
        # (a law named by its short title too: "luật tđkt 2022 có bị sửa đổi chưa")
        told = (
            currency.named_document(query, kb)
            or currency.replacing(query, kb)
            or currency.named_law(query, kb)
        )
        # "thay bằng nđ nào", "vậy nđ nào thay": the text replacing it is what "nđ đó" next
        # points at, not the repealed one the question was read with
        new = currency.replacing(query, kb) if currency.REPLACED_BY.search(fold(msg.text)) else None
        if new is not None:
            await context.remember_document(msg, ctx, new.name, new)
        elif told is not None:
            await context.remember_document(msg, ctx, query, told)
        return current
    told = _deadlines_told(topic, kb)  # the campaign whose dates the last answer gave
    kinds = kinds_named(fold(msg.text))
    # "còn đăng ký sáng kiến" after them: that campaign's date of another kind
    another = told is not None and bool(kinds) and context.asks_for_another(msg.text)
    if another or (asks_for_deadline(query) and not _duty_in_document(query, topic)):
        # (the plan just told only for a question naming no other year or body)
        plans = _campaigns_named(msg.text, kb)
        if not plans and told is not None and not _names_plans(msg.text, kb):
            plans = [told]
        if plans:  # "hạn đăng ký năm 2022 ở sở tnmt sóc trăng": that plan's dates
            # kept as the question it answered, so that "còn sơ kết" next is of it too
            asked = " ".join(KINDS[k] for k in kinds)
            await context.remember_document(msg, ctx, f"hạn {asked} {plans[0].name}", plans[0])
            return await reminders.of_campaigns(msg, ctx, plans, kinds)
        return await reminders.upcoming(msg, ctx)
    direct = (
        _article_named(query, msg.text, kb)
        or _document_overview(query, msg.text, kb)
        or title_questions.answer(query, kb)
    )
    # "theo nghị định nào": a decree answers, not the law; "còn cv của sở": a letter
    kind = context.asked_kind(msg.text) or context.follow_up_kind(msg.text, topic, kb)
    if direct is not None and kind is not None and not context.of_kind(direct[0], kind):
        direct = None
    if direct is not None and moved is not None and direct[0].doc.id != moved.id:
        direct = None  # (asked of the document moved to)
    required = None
    if direct is not None and topic is not None:
        # "phải có cstđcs không" after a collective title's article: what that one requires
        required = title_required_in_shown(msg.text, topic, kb, direct[0])
        direct = required or direct
    sent_note: str | None = None
    if direct is not None and required is None:
        # "giờ ai tặng cstđcs thay chủ tịch huyện": the title's authority article notes that the
        # district level is gone and sends to the decree's article in force now
        sent_on = context.sent_now(msg.text, [Hit(*direct, 1.0, 1.0)], kb)
        if sent_on is not None:
            (sent_to, *_), sent_note = sent_on
            direct = sent_to.passage, sent_to.position
    if direct is not None:
        # a title named as the search reads it ("cờ thi đua cp": "… Chính phủ") picks the line
        asked = kb.spelled(query)
        if named_title(words(asked), tuple(kb.titles.values())) is None:
            asked = query
        typed_line = _typed_line(msg.text, query, direct[0], direct[1], topic)
        focus = title_questions.focus(typed_line or asked, kb)
        # (what the typed words tell no further apart, the words carried over do)
        carried = topic.query if topic and typed_line and focus == typed_line else ""
        # "luật 2022 thay thế luật nào": with every text its article on effect repeals
        sent_note = sent_note or replaced_texts.repealed_note(msg.text, direct[0], kb)
        reply = passage_reply(
            direct[0],
            direct[1],
            focus,
            note=sent_note,
            carried=carried,
            article_first=_article_asked(msg.text, direct[0], kind),
        )
        named = _named(msg.text, reply, topic, query)
        # (the article kept stays what is talked of: "thưởng bao nhiêu" next is of its title)
        remembered = topic.query if required is not None and topic is not None else query
        await context.remember(msg, ctx, remembered, direct[0], direct[1], named)
        return [reply]
    card = _card_again(msg.text, topic, kb)
    if card is not None:  # "chức vụ gì" after "ai ký …": the signer's line of the same card
        return [passage_reply(card[0], card[1], msg.text)]
    referred = context.referred_article(msg.text, topic, kb) if topic is not None else None
    if referred is not None:  # "sau 1/7/2025 thì thế nào" after a note sending to Điều 59 …
        passage, position, noted = referred
        await context.remember(msg, ctx, query, passage, position)
        return [passage_reply(passage, position, msg.text, note=noted)]
    # "ct 14 ubnd kontum điểm 7 là gì": an item of the document named; "thứ 4 là gì": of
    # the passage or document just read
    item = context.named_item(msg.text, query, topic, kb)
    if item is None and topic is not None:
        item = context.numbered_item(msg.text, topic, kb)
    if item is not None and item.line is not None:  # "thứ 4 là gì" after an article's list
        await context.remember(msg, ctx, query, item.passage, item.position)
        return [line_reply(item.line, item.passage, item.position)]
    if item is not None:  # "nội dung thứ 3 là gì" after a plan
        await context.remember(msg, ctx, query, item.passage, item.position)
        history = await _history(item.passage.doc, ctx)
        return [passage_reply(item.passage, item.position, item.asking, note=history)]
    subject = context.subject(msg.text, topic, kb) if topic is not None else None
    inside = context.within(subject, topic, kb) if subject and topic is not None else []
    if (
        inside
        and topic is not None
        and subject
        and inside[0].position == topic.position
        and context.asks_for_another(msg.text)
    ):
        # "còn nội dung thi đua?" after the letter's theme: another part of it, not the card
        # just shown again
        inside = within_document.led_within(msg.text, subject, inside, topic, kb)
        whole = whole_part.part_asked(msg.text, inside[0].passage, kb)
        if inside[0].position != topic.position and whole is not None:
            return await _part_reply(msg, ctx, query, whole)
    hits = inside or _of_kind(kb.search(query), kind)
    if topic is not None and not inside and query != msg.text:
        # "còn cá nhân thì sao" after the collective criteria: the part headed so
        hits = contrasted_first(msg.text, query, hits, topic, kb)
    if topic is not None:
        # "thế còn về khiếu nại" after a task: the task on it, not the content item
        hits = same_part_first(msg.text, context.content_words(msg.text), hits, topic, kb)
    hits = document_switch.led_by(move, query, hits, kb)  # from the document moved to
    if (
        not inside
        and topic is not None
        and query != msg.text
        # (not "kế hoạch ấy dựa vào công văn nào": the letter cited; nor "ai tặng danh hiệu
        # này": where the title is spoken of, whatever the document)
        and kind is None
        and context.conversation_title(topic, kb) is None
        and not context.points_to_title(msg.text)
        # (nor of a document named by its number: "chỉ thị 14 có nhắc các phong trào đó")
        and not context.names_other_document(msg.text, topic, kb)
    ):
        # "trường hợp nào không được công nhận là cái đó" read with the decree's name: its
        # article, not the opening the name ranks first
        hits = context.past_opening(msg.text, hits, topic)
    # "còn ở cấp tỉnh thì ai" after a department's letter: the province's document
    hits = context.of_body(hits, context.body_asked(msg.text, topic, kb)) if topic else hits
    if guess is not None and topic is not None and not inside:
        guessed = context.past_opening(msg.text, kb.search(guess), topic)
        # "còn cá nhân thì sao" after the collective criteria: the part headed so
        guessed = contrasted_first(msg.text, guess, guessed, topic, kb)
        # "với tinh thần gì", "ai theo dõi": the passage of that document stating it
        stating = context.stating_first(msg.text, guessed, topic, kb)
        stated = bool(stating) and stating[0] is not guessed[0]
        guessed = stating
        # "hồ sơ?", "thưởng?" read with the title just discussed: where that title's dossier
        # or bonus is (the decree's), not the last document's passage saying the same words
        titled = kb.title_answer(guess)
        guessed = _led_by_title_answer(guessed, titled)
        # One measure for both readings: the share of the follow-up's own words (by rarity)
        # that its first passage says, the last document's with a bonus for continuity.
        own = context.content_words(msg.text)
        if titled is None:  # "cụ thể là những giải pháp gì": of the passage just read
            guessed = shown_saying_more(msg.text, own, guessed, topic, kb)
            guessed = shown_saying_far_more(own, guessed, topic, kb)
            # "vhcs check gì" after the collective criteria: still the collectives'
            guessed = shown_audience_kept(msg.text, own, guessed, topic, kb)
            # "thanh tra thì sao" after a task: the task on it, not the content item
            guessed = same_part_first(msg.text, own, guessed, topic, kb)
        elif titled.aspect == "article":  # (what the title's article says less of than it)
            guessed = shown_saying_most(own, guessed, topic, kb)
        covered = context.coverage(own, guessed[0].passage, kb) if guessed else 0.0
        stays = bool(guessed) and guessed[0].passage.doc.id == topic_doc(topic)
        # continuity is earned by the last document saying the words itself: not by its
        # sentence citing the document the message alone finds ("Thông tư 18 … Phụ lục I là
        # mẫu đơn" against the circular), nor by a reading that left it for a third one
        continued = bool(guessed) and bool(hits)
        if continued:
            said_itself = coverage_against(own, guessed[0].passage, hits[0].passage.doc, kb)
            alone_covered = context.coverage(own, hits[0].passage, kb)
            continued = (
                said_itself + CONTINUITY >= alone_covered if stays else said_itself > alone_covered
            )
        # the passage just read saying every word of it, found nearly as well: "cơ quan nào
        # đôn đốc, báo cáo kết quả" after the directive's closing item is more of it
        shown_all = (
            bool(guessed)
            and bool(hits)
            and guessed[0].position == topic.position
            and covered == 1.0
            and guessed[0].score + SHOWN_MARGIN >= hits[0].score
        )
        # (not a subject of its own, found alone: "sáng kiến là gì" after a decree that
        # mentions initiatives, "điều kiện sáng kiến?" after a letter, "PAPI là chỉ số gì")
        # (a definition the passage found alone gives, which the one read does not, is asked
        # though the one read says its words: "sáng kiến là gì" after a title's article
        # saying "có sáng kiến được cơ sở công nhận")
        alone = bool(hits) and (
            _defined_elsewhere(msg.text, hits[0], guessed, kb)
            or (not shown_all and _own_subject(msg.text, topic, hits[0], kb))
        )

        # A particular asked, but with words of its own that another document found alone
        # says more of: "cấp huyện kết thúc từ ngày nào" after a decree is the note on the
        # district level, not the decree's opening and its date. (The last document's own
        # passage saying them is no such sign, nor a letter saying the span of years asked:
        # "giai đoạn nào" is all the particular.)
        def said_more() -> bool:
            return (
                bool(hits)
                and hits[0].passage.doc.id != topic_doc(topic)
                and not asked_facts.asks_document_span(words(msg.text))
                and context.coverage(own, hits[0].passage, kb) > covered
            )

        if (
            guessed
            and not alone
            and (
                not hits
                or not own  # "ai ký?", "ngày nào?": nothing but the last document to read it
                # "ban hành ngày nào?" finds a card of another document alone: the last one's
                or hits[0].passage.kind == "info"
                # "giấy tờ?" after a title: that title's dossier
                or (titled is not None and not (titled.aspect == "particulars" and said_more()))
                # "giai đoạn nào": a particular of the last document, which its card or
                # opening tells
                or (
                    context.asks_particulars(msg.text)
                    and guessed[0].passage.kind in ("info", "intro")
                    and guessed[0].passage.doc.id == topic_doc(topic)
                    and not said_more()
                )
                # "thành tích thế nào thì được" after a title's article: among the laws, not
                # a letter repeating their words (the law's opening covers it less), whichever
                # legal text the last one's reading finds ("cấp huyện bỏ từ khi nào" after the
                # decree: the law's note on it)
                or (
                    guessed[0].passage.doc.is_law
                    and context.stays_legal(msg.text, topic, hits[0].passage, kb)
                )
                or continued
            )
        ):
            query, hits = guess, guessed
        else:
            stated = False
    names_other = topic is not None and context.names_other_document(msg.text, topic, kb)
    linked = context.sent_to_linked(msg.text, hits[0], topic, kb) if topic and hits else None
    if linked is not None:  # "mẫu đơn ở đâu" after the Điều lệ: its note sends to the circular
        query, hits = msg.text, [linked, *(h for h in hits if h.position != linked.position)]
        inside = [linked] if inside else inside
    # (not "kh 3510 ban hành ngày nào" after a letter: a text named by its number stands alone)
    if not inside and topic is not None and hits and not names_other:
        follows = guess is not None
        # (a question naming what it asks of may still be about a line of the passage just
        # read, below what the first message showed: "ai quy định chi tiết hồ sơ thủ tục"
        # after the law's dossier, though a decree says "hồ sơ thủ tục" too)
        # (not "phòng tnmt huyện giờ ra sao" after an ended plan: what is now, it cannot tell)
        elsewhere = (
            _elsewhere_in_topic(hits, topic)
            if follows
            else _not_shown(hits, topic) and not context.asks_now(msg.text, shown_doc)
        )
        again = (
            context.shown_saying(msg.text, topic, kb, hits[0].passage, every=not follows)
            if elsewhere
            else None
        ) or (  # "có cần áp dụng thử không", "đơn đó ghi những mục gì" after a card
            # (a yes-or-no question on what was just read may name what it is about:
            # "sáng kiến có cần đã áp dụng chưa")
            context.shown_yes_no(msg.text, topic, kb)
            # ("có gửi doanh nghiệp không" after the addressees: the list just shown)
            or yes_no_on_shown(msg.text, topic, kb, hits[0].passage, hits[0].position)
            # ("phải có cstđcs không" after a collective title's article: what it requires)
            or title_required_in_shown(msg.text, topic, kb, hits[0].passage)
            # ("nghe nói trên 50% là được đúng không": the share the article just read notes)
            or context.shown_figure(msg.text, topic, kb, hits[0].passage)
            or (context.headed_pointed(msg.text, topic, kb) if follows else None)
        )
        # "từ ngày nào"
        since = None if again or not follows else context.shown_since(msg.text, topic, kb)
        again = again or (context.shown(topic, kb) if since else None)
        part = None if again or not follows else context.dated_part(msg.text, topic, kb)
        if part is not None:  # "từ khi nào" after a department: its province's merger
            again, since = part[:2], part[2]
        if again is not None:  # "đơn phải ghi những mục gì": the form just shown
            hits = led_by(hits, *again)
            inside, subject = hits[:1], since or msg.text
    if of_named is not None and query != msg.text:
        hits = [of_named, *(h for h in hits if h.position != of_named.position)]
    cited = context.cited_by_last(msg.text, topic, kb) if topic and not inside else None
    if cited is not None:  # "thế chỉ thị 34 là về gì": where the letter just read cites it
        score = hits[0].score if hits else 1.0
        hits = [Hit(cited[0], cited[1], score, score), *(h for h in hits if h.position != cited[1])]
    if not hits and query != msg.text:
        query, hits = msg.text, kb.search(msg.text)
    figured = context.shown_figure(msg.text, topic, kb) if not hits and topic else None
    if figured is not None:  # "còn giới hạn 15% thì sao": the passage just read says 15%
        hits = [Hit(figured[0], figured[1], 0.0, 0.0)]
        inside, subject = hits, msg.text
    used = _used_named(msg.text, topic, query, guess, kb)
    unheld = _unheld_named(msg.text, used, hits, topic, kb) if not inside else None
    if unheld is not None:  # "nghị quyết đó ngày nào": only where it is cited tells of it
        reply, where = unheld
        await context.remember(msg, ctx, query, where.passage, where.position, used)
        return [reply]
    dated = None
    # (not when a passage stating what is asked was chosen: "với tinh thần gì" after "theo
    # nghị quyết nào" is the quoted spirit, not the line citing the resolution)
    if (
        used is not None
        and used.is_document
        and not inside
        and not stated
        and not named_things.asks_other_kind(kind, used)  # "tt hướng dẫn nó là tt nào"
        # (not when the named document itself answers: "nó giao ai đôn đốc" after "chỉ thị
        # đó ai ký" is the directive's own item, not its card citing its number)
        and not (hits and named_things.is_own(hits[0].passage.doc, used))
    ):
        # "về nội dung gì" after "căn cứ chỉ thị nào": where that directive is cited
        # (a passage of that document itself, when it was just answered from, is of it,
        # though it does not cite its number: "bảng tác giả trong mẫu đơn" after the
        # circular was named and its opening shown is its appendix)
        pointed = context.points_to_named(msg.text, topic)
        hits = (
            named_things.citing(hits, used, lambda h: _text_and_number(h, topic, pointed)) or hits
        )
        if context.asks_date(msg.text):  # "ngày nào": where it is cited with its date
            found = [*hits, *kb.search(used.value, limit=context.WITHIN)]
            # a sentence citing it rather than the card listing the bases; the one just
            # read first
            found.sort(
                key=lambda h: (h.passage.kind == "info", h.position != topic_position(topic))
            )
            dated = named_things.dated(found, used, lambda h: h.passage.text)
            hits = [dated, *(h for h in hits if h.position != dated.position)] if dated else hits
    # "gồm những mục gì": the list of what was asked last, wherever the search finds it best
    listed = context.lists_last(msg.text, topic)
    if (context.points_to_named(msg.text, topic) or of_named is not None) and not dated:
        # "chủ đề đó ai phát động": the passage that named the theme was just read; another
        # that says as much about it says more (but its date is where it is cited with it)
        hits = _tie_away_from_topic(hits, topic)
    elif not (
        listed
        or inside
        or dated
        or stated  # the passage stating what is asked, not the one just shown saying as much
        or context.asks_for_another(msg.text)
        # "ai ký văn bản … của Bộ năm 2021" after the province's directive: another body's
        or (topic is not None and context.names_other_body(msg.text, topic, kb))
        # "kh 3510 ban hành ngày nào" after a letter carrying out another text: that text
        or names_other
        # "thế sáng kiến theo điều lệ sáng kiến là gì" after the circular: the law it names
        or (
            shown_doc is not None
            and context.names_other_law(context.said_words(msg.text), shown_doc, kb)
        )
        # "chỉ thị đó ai ký" after a letter: a document of the kind pointed at, not the letter
        or (kind is not None and shown_doc is not None and fold(shown_doc.kind) != kind)
    ):
        # ("thế còn tập thể?" is not it; a passage found within the last document was chosen)
        hits = _tie_to_topic(msg.text, hits, topic)
        if query == msg.text:  # "tiêu chí cá nhân" after a plan's theme; "nơi nhận"
            hits = led_by_topic_document(msg.text, hits, topic, kb)
    caveat = context.caveat_asked(msg.text, topic, kb) if topic is not None else None
    if not hits and caveat is not None:  # nothing but the note under the last answer says it
        doc = kb.document(topic_doc(topic))
        name = doc.name if doc is not None else "văn bản vừa trích"
        # logged as not found: the office sees what the documents do not yet hold
        only = refusals.Refusal("not_found", [Reply(CAVEAT_ONLY.format(name=name, caveat=caveat))])
        return await refusals.refuse(typed, ctx, only)
    if not hits:
        refusal = refusals.award_not_held(query) or refusals.not_found(suggestions)
        return await refusals.refuse(typed, ctx, refusal)
    named_part = (
        whole_part.part_named(msg.text, hits[0].passage, kb)
        if query == msg.text and move is None
        else None
    )
    if named_part is not None and not inside:
        return await _part_reply(msg, ctx, query, named_part)
    sent = context.sent_now(msg.text, hits, kb)
    note: str | None = None
    if sent is not None:  # "bỏ cấp huyện rồi thì ai tặng …": the article the note sends to
        hits, note = sent
    kept = context.with_title(query, topic, hits[0].passage, kb)
    labels = distinct_labels(more_labels([h.passage for h in hits[1:]]))
    more = tuple(
        Choice(label, f"passage:{h.position}") for label, h in zip(labels, hits[1:], strict=True)
    )
    # "kế hoạch đó gửi cho ai": the line answering what was typed, not the document's name
    # the question was completed with.
    # "gửi cho những ai" + the last document's name; not "tiêu chuẩn cho họ", which the
    # people it was completed with tell
    completed = query == guess and not context.points_at_them(context.said_words(msg.text))
    # (a pointer to what the answer named was replaced by it: "tặng cái đó" is the village's)
    pointed = context.names_document(msg.text) and not context.points_to_named(msg.text, topic)
    focus = msg.text if completed or listed or pointed else query
    typed_line = _typed_line(msg.text, focus, hits[0].passage, hits[0].position, topic)
    focus = typed_line or focus
    focus = document_switch.without_name(context.without_name(focus, topic, kb), move, kb)
    if inside:
        # the line saying "trường hợp không được công nhận"; "còn đhqg": "Đại học Quốc gia"
        focus = context.spelled(subject) if subject else focus
    elif completed:
        # "được thưởng bao nhiêu" + the title
        focus = title_questions.carried(msg.text, query, kb, hits[0].passage)
    quoted = context.quoted_named(msg.text, hits[0].passage)
    if quoted is not None:  # "cái đó nói mục tiêu kép là thế nào": the line saying it
        focus = quoted
    elif used is not None and used.is_document:
        focus = f"{focus} {used.value}"  # the sentence citing the directive asked about
    # the note that a campaign is history was given with the last answer from its document:
    # not again, the room goes to the answer ("thế còn tập thể" after the individual criteria)
    # (unless the question asks whether it still holds: "nó còn hiệu lực không")
    same = topic is not None and topic.doc_id == hits[0].passage.doc.id
    status = currency.asks_what_is_current(msg.text) or bool(_ENDED.search(fold(msg.text)))
    if sent is None:
        note = None if same and not status else await _history(hits[0].passage.doc, ctx)
        # "mẫu đơn thì theo tt nào" after the Điều lệ, answered from the circular: with the
        # Điều lệ's sentence naming it
        citing = context.citing_sentence(msg.text, hits[0].passage, topic, kb) if topic else None
        note = "\n".join(n for n in (citing, note) if n) or None
    # "nó thay nđ nào" answered from the opening: with every text its article repeals
    repeals = replaced_texts.repealed_note(msg.text, hits[0].passage, kb)
    note = "\n".join(n for n in (note, repeals) if n) or None
    # (what the typed line tells no further apart, the last question's words do)
    carried = topic.query if topic is not None and typed_line and focus == typed_line else ""
    article_first = _article_asked(msg.text, hits[0].passage, kind)
    reply = passage_reply(
        hits[0].passage, hits[0].position, focus, more, note, carried, article_first
    )
    named = _named(msg.text, reply, topic, query) or named_things.typed_cited(
        context.kinds_spelled(msg.text), reply.text, hits[0].passage.doc.number
    )  # "ct 05?": the directive the passage cites, which "về gì" next asks of
    if cited is not None and hits[0].position == cited[1]:
        named = named or cited[2]  # "ban hành ngày nào" next: of the directive it cites
    if repeals is not None:  # "nó thay nđ nào": the text it replaced ("nđ đó còn dùng không")
        texts = repeals.split(": ", 1)[-1]  # (after "Theo Điều 59 Nghị định số 152/…: ")
        named = named_things.named_in(context.kinds_spelled(msg.text), texts) or named
    if topic is not None and context.told_of_named_elsewhere(
        msg.text, topic, hits[0].passage, of_named is not None
    ):
        # "chủ đề đó do ai phát động", answered from the directive that launched the theme:
        # the conversation is still about the letter ("văn bản đó gửi cho ai", "còn cv …")
        await context.name(msg, ctx, topic, topic.named)
        return [reply]
    await context.remember(msg, ctx, kept, hits[0].passage, hits[0].position, named)
    return [reply]


def unknown_person(text: str, kb: KnowledgeBase) -> bool:
    """Whether the message is only the name of a person no document names (a signer's name
    is answered with the document they signed)."""
    if not names_only(text):
        return False
    name = " ".join(text.split()).rstrip(".")
    if has_marks(name):
        return not kb.mentions(name.lower())
    # Typed without marks, "lam van ban", "vu thanh tra" read as a family name and given
    # names, but the words after the first are a pair the documents use: words, not a name.
    folded = fold(name)
    given = pairwise(folded.split()[1:])
    return not kb.mentions(folded) and not any(kb.mentions(" ".join(p)) for p in given)


UNHELD_SIGNER = "Kho văn bản của tôi chưa có toàn văn {name}, nên chưa có thông tin người ký."


def _unheld_named(
    text: str,
    used: named_things.Named | None,
    hits: list[Hit],
    topic: context.Topic | None,
    kb: KnowledgeBase,
) -> tuple[Reply, Hit] | None:
    """The date or signer of the document the last answer named, which the knowledge base
    does not hold: what the passage citing it most fully says of it ("Nghị quyết số
    202/2025/QH15 ngày 12/6/2025 của Quốc hội"), not another document's card; with the
    passage it is read from."""
    if used is None or not used.is_document or topic is None or context.holds(used.number, kb):
        return None
    # who signed it: only when pointed at by its kind ("ai ký văn bản đó" may be the letter)
    said = context.kinds_spelled(text)
    signer = (
        bool(named_things.SIGNER_ASKED.search(said))
        and named_things.points_by_kind(said, used)
        and named_things.first_of_kind(said, used)  # not "cv … triển khai kh đó do ai ký"
    )
    if not signer and not context.asks_date(text):
        return None
    again = context.shown(topic, kb)
    shown = [Hit(again[0], again[1], 0.0, 0.0)] if again else []
    found = named_things.fullest([*shown, *hits], used, lambda h: h.passage.text)
    if found is None or (not signer and " ngày " not in found[0]):
        return None
    cited, where = found
    lines = [f"Văn bản trong kho ghi: {cited}."]
    if signer:
        lines.append(UNHELD_SIGNER.format(name=used.value))
    return Reply("\n".join(lines) + f"\n\n{citation(where.passage)}"), where


READ_SIGNER = "Văn bản vừa trích là {name}:"


def _signer_of_read(
    text: str, topic: context.Topic | None, read: context.Topic | None, kb: KnowledgeBase
) -> tuple[Passage, int, Reply] | None:
    """The card of the document read, when a follow-up asks who signed the one its answer
    named, which is not held: first that its full text is not held, then whose signature the
    card tells and of which document."""
    named = topic.named if topic is not None else None
    doc = kb.document(read.doc_id) if read is not None and read is not topic else None
    if named is None or doc is None:
        return None
    card = next((c for c in context.document_passages(doc.id, kb) if c[1].kind == "info"), None)
    if card is None:
        return None
    position, passage = card
    told = passage_reply(passage, position, text)
    lead = f"{UNHELD_SIGNER.format(name=named.value)}\n{READ_SIGNER.format(name=doc.name)}"
    return passage, position, replace(told, text=f"{lead}\n{told.text}")


def _source(
    text: str, topic: context.Topic | None, shown: Document | None, kb: KnowledgeBase
) -> Reply | None:
    """Where the last answer, or what it says, comes from: "điều mấy của luật", "theo nghị
    quyết nào", "mức 15% là theo văn bản nào"."""
    if topic is None:
        return None
    if source_questions.asks(text, shown):
        return source_questions.answer(text, topic, kb)
    return source_questions.cited_for(text, topic, kb)


def _status_of(text: str, topic: context.Topic | None, guess: str | None) -> str | None:
    """A question whether something still holds that names no document, with the one it
    means: the document the last answer named, pointed at ("nó còn hiệu lực không" after
    "… là của Nghị định 91/2017/NĐ-CP"), else the last document ("còn dùng được không hay
    đã bị thay" after a circular's answer, `guess`)."""
    if topic is None or not currency.asks_what_is_current(text):
        return None
    named = topic.named
    if named is not None and named.is_document and context.points_to_named(text, topic):
        return f"{named.value} {text}"
    return guess


async def _part_reply(
    msg: Incoming, ctx: AppContext, query: str, whole: whole_part.Part
) -> list[Reply]:
    """A part of a document asked for whole: its heading and each item's first line."""
    first_position, first = whole.items[0]
    await context.remember(msg, ctx, query, first, first_position)
    history = await _history(first.doc, ctx)
    noted = f"\nℹ️ {history}" if history else ""
    return [Reply(f"{whole.text}\n\n{citation(first, whole.heading)}{noted}")]


def _used_named(
    text: str, topic: context.Topic | None, query: str, guess: str | None, kb: KnowledgeBase
) -> named_things.Named | None:
    """The document the last answer named, when the question was read as being about it
    ("nó", "chỉ thị đó", or a short question naming nothing), not about another ("còn …")."""
    if topic is None or topic.named is None or context.asks_for_another(text):
        return None
    if context.points_to_named(text, topic):
        # ("chỉ thị đó" the directive being read, the one it cited not being held)
        return None if context.points_to_reader(text, topic, kb) else topic.named
    if query == guess and context.carries_named(text, topic, kb):
        return topic.named
    return None


def _text_and_number(hit: Hit, topic: context.Topic | None, pointed: bool) -> str:
    """A passage's text, for what cites a document; with its document's number when the
    question points at the named document ("chỉ thị đó căn cứ gì": its own text is of it)
    or that is the document just answered from (the circular whose opening named itself);
    not so of a letter's basis its card named: "ai theo dõi" next is of the letter."""
    own = pointed or (topic is not None and hit.passage.doc.id == topic.doc_id)
    return f"{hit.passage.doc.number or ''} {hit.passage.text}" if own else hit.passage.text


def _named(
    text: str, reply: Reply, topic: context.Topic | None, query: str
) -> named_things.Named | None:
    """What the reply names when the question asked for it ("theo thông tư nào"); else,
    when the question was about what the last answer named, that thing still."""
    found = named_things.named_in(context.kinds_spelled(text), reply.text)
    asked = context.asked_instead(text)  # "còn thôn, tổ dân phố văn hóa": that title now
    if found is None and asked:
        found = named_things.title_asked(asked, reply.text)
    if found is not None or topic is None or topic.named is None:
        return found
    # the query is folded when completed from the last answer, as typed otherwise
    named = f" {named_things.words(topic.named.value)} "
    return topic.named if named in f" {named_things.words(query)} " else None


async def _history(doc: Document, ctx: AppContext) -> str | None:
    """For an ended campaign, the one line saying it is history and who took it over."""
    return history_note(doc, await state_of(ctx, doc), basis=False) if doc.is_campaign else None


async def show_passage(msg: Incoming, ctx: AppContext) -> list[Reply]:
    """Show a passage offered earlier ("passage:<position>")."""
    passage, position = _offered(msg, ctx)
    if passage is None:
        return [Reply("Đoạn văn bản này không còn trong cơ sở dữ liệu. Anh/chị vui lòng hỏi lại.")]
    return [passage_reply(passage, position)]


async def show_more(msg: Incoming, ctx: AppContext) -> list[Reply]:
    """The rest of a passage whose beginning was shown ("more:<position>[:<offset>]"): from
    where the first message stopped, or the whole passage when it was not read from the top."""
    passage, _ = _offered(msg, ctx)
    if passage is None:
        return [Reply("Đoạn văn bản này không còn trong cơ sở dữ liệu. Anh/chị vui lòng hỏi lại.")]
    offset = (msg.choice or "").split(":")[2:3]
    return [Reply(rest_of(passage, int(offset[0]) if offset and offset[0].isdecimal() else 0))]


def _offered(msg: Incoming, ctx: AppContext) -> tuple[Passage | None, int]:
    position = (msg.choice or "").split(":")[1] if ":" in (msg.choice or "") else ""
    passages = ctx.knowledge.passages
    if not position.isdecimal() or int(position) >= len(passages):
        return None, -1
    return passages[int(position)], int(position)


def _of_kind(hits: list[Hit], kind: str | None) -> list[Hit]:
    """When the question asks for a kind of document, the best passage of that kind or
    naming one by its number ("gắn với chỉ thị nào": "… Chỉ thị số 05-CT/TW …") first, if
    the best one is not."""
    if kind is None:
        return hits

    def fits(hit: Hit) -> bool:
        return context.of_kind(hit.passage, kind) or f"{kind} so " in fold(hit.passage.text)

    if not hits or fits(hits[0]):
        return hits
    first = next((h for h in hits if fits(h)), None)
    return hits if first is None else [first, *(h for h in hits if h is not first)]


def _shown_card(topic: context.Topic, hits: list[Hit]) -> bool:
    """Whether the passage just shown, among the hits, is its document's card."""
    return any(h.position == topic.position and h.passage.kind == "info" for h in hits)


def _led_by_title_answer(hits: list[Hit], found: TitleAnswer | None) -> list[Hit]:
    """The hits led by the passage answering a title's bonus, dossier or who decides it,
    which may lie in another document than the one the search puts first."""
    if found is None or found.aspect not in TITLE_ELSEWHERE:
        return hits
    score = hits[0].score if hits else 1.0
    first = Hit(found.passage, found.position, score, score)
    return [first, *(h for h in hits if h.position != found.position)]


def _tie_to_topic(text: str, hits: list[Hit], topic: context.Topic | None) -> list[Hit]:
    """Passages that answer equally well: the one just discussed first ("hoạt động từ ngày
    nào" after the ministry's merger: the ministry's date, not a province's)."""
    if topic is None or len(hits) < 2:
        return hits
    if _shown_card(topic, hits) and not context.asks_particulars(text):
        return hits  # "ai thường trực theo dõi" after "ai ký": not the card's "Nơi nhận"
    said = words(text)
    if hits[0].passage.kind == "info" and NUMBER.search(said):
        return hits  # "chỉ thị đó số mấy" after one of its items: the card stating it
    which = _ASKS_WHICH_TEXT.search(said) or ISSUER_ASKED.search(f" {said} ")
    if hits[0].passage.kind in ("info", "intro") and which:
        # "nđ đó là nđ gì", "tt 18 là của bộ nào" after its article: its opening, naming it
        return hits
    # (not the outline: it names every part, and tells of none)
    tied = [
        h
        for h in hits
        if h.passage.doc.id == topic.doc_id
        and h.score == hits[0].score
        and h.passage.kind != "outline"
    ]
    same = next((h for h in tied if h.passage.section == topic.section), None)
    if same is None and not source_questions.asks_article(text):
        # a part of the article just shown ("ai công nhận phạm vi ảnh hưởng" after the
        # article's standards); not when the article itself is asked ("điều mấy")
        same = next(
            (h for h in tied if _heading_part(h.passage.section) == _heading_part(topic.section)),
            None,
        )
    return hits if same is None else [same, *(h for h in hits if h is not same)]


def _heading_part(section: str) -> str:
    """The article or part a section heading is of ("Điều 22. … › mục 1": "Điều 22. …")."""
    return section.split(" › ")[0]


def _tie_away_from_topic(hits: list[Hit], topic: context.Topic | None) -> list[Hit]:
    """Passages that answer equally well: one other than the passage just shown first."""
    if topic is None or len(hits) < 2 or hits[0].position != topic.position:
        return hits
    # (not the outline: it names every part, and tells of none)
    tied = [h for h in hits[1:] if h.score == hits[0].score and h.passage.kind != "outline"]
    # the same document's first: the person is still reading it
    other = next((h for h in tied if h.passage.doc.id == topic.doc_id), None)
    other = other or next(iter(tied), None)
    return hits if other is None else [other, *(h for h in hits if h is not other)]


def _not_shown(hits: list[Hit], topic: context.Topic) -> bool:
    """Whether the best passage is another than the one just shown."""
    return bool(hits) and hits[0].position != topic.position


def _elsewhere_in_topic(hits: list[Hit], topic: context.Topic | None) -> bool:
    """Whether the best passage is another one of the document just discussed."""
    return (
        bool(hits)
        and topic is not None
        and hits[0].passage.doc.id == topic.doc_id
        and hits[0].position != topic.position
    )


def _card_again(
    text: str, topic: context.Topic | None, kb: KnowledgeBase
) -> tuple[Passage, int] | None:
    """The document card just shown, when a bare follow-up asks for one of its lines by
    another name than its label ("chức vụ gì": "Người ký")."""
    if topic is None or card_line_named(text) is None:
        return None
    if topic.named is not None and topic.named.is_document:
        return None  # "ngày nào" after "căn cứ chỉ thị nào": the directive named, not the card
    plain = f" {fold(text)} "
    for person in SIGNER_WORDS:  # "ông ấy giữ chức vụ gì": the signer just named
        plain = plain.replace(f" {person} ", " ")
    if not _bare(plain):
        return None
    shown = context.shown(topic, kb)
    return shown if shown is not None and shown[0].kind == "info" else None


def _typed_line(
    typed: str, completed: str, passage: Passage, position: int, topic: context.Topic | None
) -> str | None:
    """What was typed, when a follow-up read with the last question's words stays in the
    passage just shown and picks a line of it by its own words ("còn nông dân" after whom
    "Chiến sĩ tiên tiến" is for): that line answers it, not the one the words carried over
    pick (the clause on "Chiến sĩ tiên tiến"), nor the top of the list they asked for
    ("… được thưởng những gì"). Not when it points back ("tiêu chuẩn của nó"): the words
    carried over are what it is about ("tiêu chuẩn cho họ": the people just asked of)."""
    if completed == typed or topic is None or position != topic.position:
        return None
    said = f" {words(typed)} "
    if any(f" {pointer} " in said for pointer in (*named_things.POINTERS, "no")):
        return None
    if context.points_at_them(said):
        return None
    return typed if tells_line(passage, typed) else None


def _bare(text: str) -> bool:
    """ "ai ký?", "chức vụ gì": at most BARE_WORDS words besides the asking ones."""
    return len([w for w in fold(text).split() if w not in _ASKING]) <= BARE_WORDS


def _own_subject(text: str, topic: context.Topic, alone: Hit, kb: KnowledgeBase) -> bool:
    """Whether the passage found for the question alone, in another document, defines or
    heads a subject the question names and the last document does not: a question of its
    own, not a follow-up (each kept for a case the coverage score alone loses: the
    development conversations and `tests.context_check`)."""
    return (
        kb.defines(alone, text)
        or context.headed_elsewhere(text, topic, alone.passage, kb)
        or context.complete_elsewhere(text, topic, alone.passage, kb)
        or context.rare_elsewhere(text, topic, alone.passage, kb)
    )


def _defined_elsewhere(text: str, alone: Hit, read: list[Hit], kb: KnowledgeBase) -> bool:
    """Whether the passage found for the question alone defines what it asks to be defined,
    and the one found reading it with the last document does not."""
    return kb.defines(alone, text) and not (read and kb.defines(read[0], text))


def _article_asked(text: str, passage: Passage, kind: str | None) -> bool:
    """Whether the question asks which article of the passage's document says it ("cstđ cấp
    tỉnh là điều mấy luật tđkt"); not of a document of another kind ("việc phân cấp đó theo
    điều mấy của Luật" after the decree's article carrying out the law's)."""
    named = set(LAW_KINDS.findall(fold(spell_out(text))))
    if kind is not None:
        named.add(kind)
    return source_questions.asks_article(text) and (not named or fold(passage.doc.kind) in named)


def topic_doc(topic: context.Topic | None) -> str:
    return topic.doc_id if topic is not None else ""


def topic_position(topic: context.Topic | None) -> int:
    return topic.position if topic is not None else -1


def _article_named(text: str, typed: str, kb: KnowledgeBase) -> tuple[Passage, int] | None:
    """The article of that number ("Điều 59. …") of the legal text the question names by
    number or short title, when the knowledge base holds that article; not when it asks
    for one of its clauses ("điều 4 nđ 152, khoản 4 nói gì": `context.named_item`)."""
    folded = fold(text)
    asked = ARTICLE_NAMED.search(folded)
    if asked is None or item_asked(folded) is not None:
        return None
    # (the one law held by "luật" alone only as typed: "điều 25 luật" carried into "còn cờ
    # thi đua của bộ" is not asked again)
    doc = currency.named_document(text, kb) or currency.named_law(text, kb)
    if doc is None and ARTICLE_NAMED.search(fold(typed)):
        doc = currency.the_law(typed, kb)
    # ("quy định về gì" only asks: of an article in pieces, not the piece saying "quy định")
    said = _ASKS_WHAT_IT_SAYS.sub(" ", words(text))
    if doc is None:
        if not ARTICLE_NAMED.search(fold(typed)):
            return None  # (the article of a question carried over is not asked again)
        # "điều 80 quy định gì", no text named: the one legal text held with that article
        held = article_positions(kb)
        having = [
            d
            for d in kb.documents
            if d.is_law and d.has_number and (d.number, asked.group(1)) in held
        ]
        if len(having) != 1:
            return None
        doc = having[0]
    found = article(kb.passages, doc.id, asked.group(1), said)
    return (found.passage, found.position) if found is not None else None


_ASKS_WHAT_IT_SAYS = re.compile(r"\b(?:quy dinh|noi)(?: ve)? (?:nhung )?(?:gi|j)\b")


def _document_overview(text: str, typed: str, kb: KnowledgeBase) -> tuple[Passage, int] | None:
    """ "Chỉ thị 14/CT-UBND nói về gì": the opening of the document the question (`text`, as
    read) names by number; not when it asks of one of its items ("ct 14 mục 5 nói gì") or of
    a subject typed before it ("covid thì cv đó nói gì")."""
    folded = fold(text)
    if not _ABOUT.search(folded) or _ABOUT_SUBJECT.search(folded):
        return None
    if _SUBJECT_FIRST.search(fold(typed)):
        return None
    if item_asked(words(text)) is not None:
        return None
    doc = currency.named_document(text, kb)
    return currency.opening(doc, kb) if doc is not None else None
