"""Work done once instead of at every message gives the same results as doing it each time."""

import random
from collections.abc import Callable

import pytest

from bench.synthetic import iter_documents
from bot.app import open_core
from bot.clock import FixedClock
from bot.core import BotCore
from bot.dialogs import DialogRuntime, Step, Turn
from bot.messages import Choice, Reply
from bot.settings import Settings
from handlers import context, phone_answer
from knowledge import KnowledgeBase, numbered_documents
from knowledge.intents import _PUNCTUATION, IntentBook, clean, load_intents
from knowledge.normalize import fold
from tests.conftest import Chat
from tests.test_dialogs import make_profile


def _clean_one_by_one(text: str, fillers: frozenset[str]) -> str:
    """`clean` as it was written first: every filler tried, longest first."""
    padded = f" {' '.join(_PUNCTUATION.sub(' ', fold(text)).split())} "
    for phrase in sorted(fillers, key=lambda f: (-len(f), f)):
        while f" {phrase} " in padded:
            padded = padded.replace(f" {phrase} ", " ")
    return padded.strip()


def test_fillers_are_left_out_as_when_every_one_is_tried() -> None:
    """Only the fillers whose words the message has are tried, in the same order: a filler
    that appears once another is left out ("a x b" without "x") is treated alike."""
    book = load_intents()
    fillers = sorted(book.fillers)
    rng = random.Random(18)
    words = "em muốn hỏi tiêu chí thi đua năm 2022 của sở tn&mt, ạ! cho hỏi với".split()
    for _ in range(3000):
        said = rng.sample(words, rng.randint(0, 6))
        for _ in range(rng.randint(0, 4)):
            said.insert(rng.randint(0, len(said)), rng.choice(fillers))
        text = " ".join(said)
        assert clean(text, book.fillers) == _clean_one_by_one(text, book.fillers), text
    revealed = frozenset({"a b", "x"})
    assert clean("a x b", revealed) == _clean_one_by_one("a x b", revealed) == "a b"
    assert clean("c a b x", revealed) == "c"


async def test_a_reply_queued_twice_under_its_key_is_one_row(
    core: BotCore, clock: FixedClock
) -> None:
    """One reply is queued without RETURNING (its id is the row's), several with it; either
    way the same key queued again adds nothing."""
    outbox, now = core.ctx.storage.outbox, clock.now()
    for replies in ([Reply("Một")], [Reply("Hai"), Reply("Ba", (Choice("Bốn", "x:4"),))]):
        key = f"update:console:{len(replies)}"
        queued = await outbox.enqueue("reply", "console", "7", replies, key, now)
        assert [item.reply for item in queued] == replies
        assert await outbox.enqueue("reply", "console", "7", replies, key, now) == []
        rows = await outbox.claim("test", ["console"], now)
        assert [(r.id, r.reply) for r in rows] == [(q.id, q.reply) for q in queued]
        for row in rows:
            await outbox.mark_sent(row.id, now)


async def test_start_up_makes_what_the_first_messages_need_and_keeps_nothing(
    settings: Settings, clock: FixedClock
) -> None:
    """The warm-up (handlers.WARM_UP) fills the knowledge base's derived data, in a
    transaction undone after: no person, dialog, contact, option or reply is left behind."""
    kb = KnowledgeBase.load()
    async with open_core(settings, kb, clock) as core:
        db = core.ctx.storage._db
        for table in ("users", "dialogs", "contacts", "offered_choices", "outbox"):
            assert list(await db.execute_fetchall(f"SELECT * FROM {table}")) == [], table
        assert list(await db.execute_fetchall("SELECT * FROM declined_questions")) == []
        for key in ("campaign issuers, spaced", "campaigns with their place and issuer, spaced"):
            kb.derived(key, lambda key=key: pytest.fail(f"{key} was not made at start-up"))
        assert "_by_document" in vars(kb)  # each document's passages, for a campaign's card
        chat = Chat(core, "42")
        assert "Họ và tên" in (await chat.send("/sangkien"))[-1].text  # a first person's turn


async def test_an_answer_asking_nothing_makes_no_step_question(
    chat: Chat, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An answer that asks nothing ("Số hóa hồ sơ địa chính") is taken without working out
    any step's question to see whether it asks about that step (a step's question may list
    the campaigns open now); a short question about a step still gets its hint."""
    made: list[str] = []
    prompt = DialogRuntime._prompt

    def counted(step: Step, turn: Turn) -> str:
        made.append(step.field)
        return prompt(step, turn)

    await make_profile(chat)
    await chat.send("/sangkien")
    await chat.send("1")
    monkeypatch.setattr(DialogRuntime, "_prompt", staticmethod(counted))
    replies = await chat.send("Số hóa hồ sơ địa chính")
    assert made == []
    assert "tác giả" in replies[-1].text.lower()
    replies = await chat.send("tỷ lệ đóng góp ghi thế nào?")
    assert made
    assert "%" in replies[0].text


async def test_a_question_read_as_typed_is_checked_off_topic_once(
    chat: Chat, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A question read as typed is looked at once for a subject the bot does not deal
    with, not again as the message it also is; a follow-up read with the last answer's
    document is checked both ways."""
    book = load_intents()
    checked: list[str] = []
    off_topic = type(book).is_off_topic

    def counted(self: IntentBook, text: str, known: Callable[[str], bool]) -> bool:
        checked.append(text)
        return off_topic(self, text, known)

    monkeypatch.setattr(IntentBook, "is_off_topic", counted)
    question = "tiêu chí thi đua cá nhân năm 2022"
    await chat.send(question)
    assert checked.count(question) == 1
    checked.clear()
    await chat.send("soc trang 2022 chu de gi")
    assert checked.count("soc trang 2022 chu de gi") == 1


def test_readings_kept_per_text_are_those_worked_out_afresh() -> None:
    """A message's readings kept for the texts last read are what reading them again gives,
    and cannot be changed by the rule that asked for them."""
    texts = [
        "tiêu chí thi đua cá nhân năm 2022",
        "còn tập thể thì sao ạ",
        "thế còn cv của sở tnmt",
        "cờ của tỉnh?",
        "nđ đó ban hành ngày nào",
        "dạ, còn Chỉ thị 14 thì sao ạ",
    ]
    for text in texts:
        said = context.said_words(text)
        assert said == context.said_words.__wrapped__(text)
        assert context._strip_trailing(said) == context._strip_trailing.__wrapped__(said)
        assert context._follow_up_rest(said) == context._follow_up_rest.__wrapped__(said)
        terms = phone_answer._terms(text)
        assert terms == phone_answer._terms.__wrapped__(text)
        assert isinstance(terms, frozenset)


async def test_start_up_makes_what_a_follow_up_naming_a_document_reads(
    settings: Settings, clock: FixedClock
) -> None:
    """Whatever the warm-up's answers (generated plans answer it otherwise than the bundled
    documents), the naming catalogue is built at start-up, not while the first person who
    names another document waits (200 ms at 10,000 documents)."""
    kb = KnowledgeBase.from_documents(iter_documents(300))
    async with open_core(settings, kb, clock):
        made = (
            "naming catalogue",
            "provinces of documents",
            "provinces of campaigns",
            ("campaigns naming", "soc trang"),
        )
        for key in made:
            kb.derived(key, lambda key=key: pytest.fail(f"{key} was not made at start-up"))


def _numbers_read_one_by_one(kb: KnowledgeBase) -> frozenset[tuple[str, str]]:
    """knowledge.numbered_documents._numbers_known as it read every text, folded whole."""
    known: set[tuple[str, str]] = set()
    texts = [f"{d.kind} {d.number or ''}" for d in kb.documents] + [p.text for p in kb.passages]
    for text in texts:
        folded = fold(text)
        for found in numbered_documents._CODED.finditer(folded):
            number, code = found.groups()
            before = folded[: found.start()]
            for kind in numbered_documents._code_kinds(code.lower(), before, len(before)):
                known.add((kind, numbered_documents._unpadded(number)))
        for kind, number in numbered_documents._AFTER_KIND.findall(folded):
            known.add((numbered_documents._same_kind(kind), numbered_documents._unpadded(number)))
    return frozenset(known)


def test_the_numbers_documents_cite_are_those_read_text_by_text(kb: KnowledgeBase) -> None:
    """Reading each distinct text once, a word folded once, finds every number held or
    cited that folding and reading every passage finds (once 10 s at 10,000 documents)."""
    generated = KnowledgeBase.from_documents(iter_documents(300))
    for base in (kb, generated):
        assert numbered_documents._numbers_known(base) == _numbers_read_one_by_one(base)
    assert len(numbered_documents._numbers_known(generated)) > 100
