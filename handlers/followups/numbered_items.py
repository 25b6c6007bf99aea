"""Items of a list answered before: numbered, lettered or quoted, asked by their place or name."""

import re
from dataclasses import dataclass, replace

from handlers import currency, list_place
from handlers.followups.follow_up_shape import _follow_up_rest
from handlers.followups.pointed_by_name import kinds_spelled, names_a_kind, own_words
from handlers.followups.resting_on import bases
from handlers.followups.subject_and_elsewhere import _says
from handlers.followups.topic_memory import (
    _ASKING_PHRASES,
    Topic,
    _entities,
    document_passages,
    opens_follow_up,
    said_words,
    shown,
)
from handlers.phone_answer import CONTINUED
from knowledge import Document, Hit, KnowledgeBase, Passage, asked_facts, led_by
from knowledge.normalize import fold, folded_words
from knowledge.ordinals import (
    LAST,
    POINT_LETTERS,
    ItemAsked,
    item_asked,
    item_number,
    neighbour_asked,
)
from knowledge.titles_answers import ARTICLE_NAMED, article


def stating_first(text: str, hits: list[Hit], topic: Topic, kb: KnowledgeBase) -> list[Hit]:
    """The hits of a follow-up read with the last document, led by the passage of that
    document that best states the kind of fact the follow-up asks (knowledge/asked_facts.py
    `stated_within`: a spirit, the day something starts, the body charged with a duty, a
    share, a bonus): "với tinh thần gì" after the directive's line on Nghị quyết 78 is its
    "với tinh thần “chống dịch như chống giặc”", "ai theo dõi" its item "Giao Sở Nội vụ …".
    Among the passages
    stating it, one citing the document the last answer named first ("từ khi nào áp dụng"
    after Nghị quyết 202: the day it starts, not another merger's), then the passage just
    shown ("vậy giờ là bao nhiêu %" after Điều 28: its share now), then those saying most
    of the follow-up's own words, then the search's order, then the document's."""
    if not hits or hits[0].passage.doc.id != topic.doc_id:
        return hits
    stated = asked_facts.stated_within(kb.spelled(text))
    if stated is None:
        return hits

    def states(said: str) -> int:
        return int(stated(said))

    own = own_words(said_words(text), kb)
    ranked = {h.position: rank for rank, h in enumerate(hits)}
    named = topic.named.number if topic.named is not None else ""

    def order(position: int, passage: Passage) -> tuple[int, int, int, int, int, int]:
        said = f" {said_words(passage.section)} {said_words(passage.text)} "
        # (a law's opening just shown only sums the law up: "có hiệu lực từ bao giờ" after
        # a decree's opening is its article on effect, where the search finds one)
        summed_up = passage.kind == "intro" and passage.doc.is_law
        return (
            -states(passage.text),
            -int(bool(named) and named in passage.text),
            -int(position == topic.position and not summed_up),  # more of the same
            -sum(_says(said, w) for w in own),
            ranked.get(position, len(hits)),
            position,
        )

    passages = document_passages(topic.doc_id, kb)
    position, passage = min(
        ((i, p) for i, p in passages if p.kind != "outline"), key=lambda found: order(*found)
    )
    if not states(passage.text) or position == hits[0].position:
        return hits
    # a first hit stating it stays, unless another cites the document named and it does not,
    # or the passage just shown states it too and says as much of the follow-up ("giai đoạn
    # nào" after the directive's item on new models: its "2021-2025", not another item's)
    leading, best = order(hits[0].position, hits[0].passage), order(position, passage)
    says_as_much = best[3] <= leading[3]  # (`order`: states, cites, just shown, own words, …)
    compared = 3 if says_as_much else 2  # "just shown" weighs only for a passage saying as much
    if states(hits[0].passage.text) and best[:compared] >= leading[:compared]:
        return hits
    return led_by(hits, passage, position)


# "nội dung thứ 3 là gì", "mục 2 nói gì", "còn cái thứ 5", "nội dung cuối cùng": an item of the
# last document by its number (knowledge/ordinals.py reads it), or of the list in the passage
# just shown ("thứ 4 là gì" after an article's "a) … b) … c) … d) …").
ORDINAL_WORDS = 8  # a longer message is a question of its own, not "the third item"


# Where an item of a list inside a passage opens, on a line of its own or within a clause
# ("gồm: a) Tờ trình …; b) Báo cáo …"): a point "d) ", a clause "2. " before a capital.
_LETTERED = re.compile(r"(?<!\S)([a-zđ])\) ")


# A clause numbered "2. " before a capital, or "(2) " as a decree quotes its clauses.
_NUMBERED = re.compile(r"(?<![\S])\(?(\d{1,2})(?:\.|\)) (?=[A-ZĐÀ-Ỹ])")


@dataclass(frozen=True)
class Item:
    """A numbered item found: its passage and place, and when it is one line of a list inside
    the passage, that line."""

    passage: Passage
    position: int
    line: str | None = None
    asking: str = ""  # what the message asks of the item, besides naming it ("nhac chi so nao")

    @property
    def key(self) -> tuple[str, str]:
        """The item's document and section: what its pieces share."""
        return self.passage.doc.id, self.passage.section


def numbered_item(text: str, topic: Topic, kb: KnowledgeBase) -> Item | None:
    """The item the message asks for by its number: of a list inside the passage just shown
    when that passage is no numbered item of its document (an article's points); else of the
    last document's numbered items, the one under the heading sharing most words with the
    message, else under the heading just shown, else the first."""
    said = said_words(text)
    asked = item_asked(said, text)
    if asked is None and _letters_of_content(text, kb):  # "nd 2 là gì": "nội dung 2"
        said = folded_words(text)
        asked = item_asked(said, text)
    if asked is None:
        return _neighbour(said, topic, kb)
    # (counted without a follow-up's "còn … thì sao": "còn nhiệm vụ giải pháp số 5 thì sao")
    asking = _follow_up_rest(said) or said
    if len(asking.split()) > ORDINAL_WORDS or _entities(said, kb):
        return None
    again = shown(topic, kb)
    named = _named_in_count(again[0].text, asked, topic.query) if again is not None else None
    if again is not None and named is not None:  # "phong trào thứ 4" of "4 phong trào: “…”"
        return Item(again[0], again[1], named)
    # the outline's lines stand for the document's items: those are answered
    if (
        again is not None
        and again[0].kind != "outline"
        and item_number(again[0].section.split("›")[-1], roman=False) is None
    ):
        listed = _listed_item(again[0], again[1], asked, kb)
        if listed is not None:
            return listed
    # a law's items: of the article shown
    within = again is not None and not again[0].doc.is_campaign
    if within and again is not None and asked.noun in ("", "cai", "y"):
        # "cái cuối cùng" after "có 11 mẫu: đề nghị …; …": that member, as the passage's
        # reply places it (handlers/list_place.py)
        inline = [line for line in again[0].text.splitlines() if list_place.inline_list(line)]
        if len(inline) == 1:
            return Item(again[0], again[1], asking=text)
    return _item_of(topic.doc_id, asked, said, topic.section, within, kb)


def _letters_of_content(text: str, kb: KnowledgeBase) -> bool:
    """Whether "nd" before a number in the message is "nội dung" (an item), not a decree's
    letters: typed without "đ", and no document held has that number ("nd 2 là gì" after a
    letter; not "nd 152")."""
    return (
        re.search(r"(?<!\w)nd \d{1,2}(?!\d|/)", text.lower()) is not None
        and currency.named_document(text, kb) is None
    )


def _neighbour(said: str, topic: Topic, kb: KnowledgeBase) -> Item | None:
    """The item before or after the numbered item just shown ("cái trước đó", "còn cái
    sau"), in the same list of its document. Set against the one before another ("cái trước
    đó" then "còn cái sau"), the one after is after that other, and the reverse; asked plainly
    ("mục tiếp theo" then "cái trước đó"), it is next to the one just shown."""
    step = neighbour_asked(said)
    again = shown(topic, kb)
    if step is None or again is None:
        return None
    *above, own = (p.strip() for p in again[0].section.split("›"))
    number = item_number(own, roman=False)
    if number is None:  # a law's article: its clauses are lines of it
        return _line_beside(said, step, topic, again)
    if opens_follow_up(said) and neighbour_asked(said_words(topic.query)) == -step:
        number += step  # back to the item both were counted from
    head = above[0] if above else ""
    for position, passage in document_passages(topic.doc_id, kb):
        *other_above, other_own = (p.strip() for p in passage.section.split("›"))
        if (other_above[0] if other_above else "") == head and item_number(
            other_own, roman=False
        ) == number + step:
            return Item(passage, position)
    return None


def _line_beside(said: str, step: int, topic: Topic, again: tuple[Passage, int]) -> Item | None:
    """The clause or point next to the one the last question named in the article just
    shown ("khoản 2 điều 3 nđ 13" then "khoản tiếp theo": its clause 3), asked by the same
    noun ("khoản", "điểm")."""
    named = item_asked(said_words(topic.query), topic.query)
    if named is None or named.noun not in ("khoan", "diem") or named.noun not in said.split():
        return None
    number = named.number + step
    if named.number == LAST or number < 1:
        return None
    line = _listed_line(again[0].text, replace(named, number=number))
    return Item(again[0], again[1], line) if line is not None else None


def named_item(text: str, query: str, topic: Topic | None, kb: KnowledgeBase) -> Item | None:
    """The item asked for by its number in the document the message names ("ct 14 ubnd
    kontum điểm 7 là gì", "nghị định 152 nguyên tắc khen thưởng khoản 5", "chỉ thị gốc của
    ubnd mục 2 còn thêm gì" after the letter carrying it out): the document the last one
    rests on when the message names its kind, else the one the search finds for `query`
    (the message, read with the last answer when it points back); of that document's
    numbered items, else a line of the list inside the passage found ("(5) …" of a decree's
    article)."""
    said = said_words(text)
    asked = item_asked(said, text)
    if asked is None or not names_a_document(text, kb):
        return None
    kinds = f" {kinds_spelled(text)} "
    law_article = _article_of_law_named(text, said, kb)
    if law_article is not None:
        # "khoản 7 điều 84 luật nói gì": that article's clause, not a decree's passage
        # citing "khoản 7 Điều 84 của Luật …" word for word
        listed = _listed_item(law_article.passage, law_article.position, asked, kb)
        return replace(listed or Item(law_article.passage, law_article.position), asking="")
    found = kb.search(query)
    if not (found and f" {fold(found[0].passage.doc.kind)} " in kinds):
        # "còn chỉ thị của ubnd mục 7" after a letter: the directive it carries out
        based = _based_on_named(kinds, topic, kb)
        if based is not None:
            item = _item_of(based.id, asked, said, "", False, kb)
            return replace(item, asking=_asked_of_item(said, asked)) if item else None
    if not found:
        return None
    passage, position = found[0].passage, found[0].position
    if passage.doc.is_campaign:
        item = _item_of(passage.doc.id, asked, said, passage.section, False, kb)
        if item is None:
            return None
        # of an item cut in pieces, the piece the search found saying what is asked
        pieces = (h for h in found if (h.passage.doc.id, h.passage.section) == item.key)
        piece = next(pieces, None)
        chosen = Item(piece.passage, piece.position) if piece is not None else item
        return replace(chosen, asking=_asked_of_item(said, asked))
    if asked.letter or item_number(passage.section.split("›")[-1], roman=False) is not None:
        return None  # a law's point or clause is found by its words
    return _listed_item(passage, position, asked, kb)


def _article_of_law_named(text: str, said: str, kb: KnowledgeBase) -> Hit | None:
    """The article of a law the message names by number with that law ("khoản 7 điều 84
    luật tđkt", "… của Luật"), when the knowledge base holds it."""
    named = ARTICLE_NAMED.search(said)
    law = currency.the_law(text, kb)  # "… của Luật": the one law held
    if named is None or law is None:
        return None
    found = article(kb.passages, law.id, named.group(1), said)
    return Hit(found.passage, found.position, 1.0, 1.0) if found is not None else None


def _based_on_named(kinds: str, topic: Topic | None, kb: KnowledgeBase) -> Document | None:
    """The document the last one rests on ("Căn cứ"), held, of a kind the message names
    (`kinds`, its folded words with kinds spelled out) other than the last one's."""
    last = kb.document(topic.doc_id) if topic is not None else None
    if last is None:
        return None
    return next(
        (
            based
            for based in bases(last, kb)
            if fold(based.kind) != fold(last.kind) and f" {fold(based.kind)} " in kinds
        ),
        None,
    )


def _asked_of_item(said: str, asked: ItemAsked) -> str:
    """What a message naming an item asks of it, said after the item ("mục 2 nhắc chỉ số
    nào": "nhac chi so nao"), when it is more than asking what the item is ("là gì")."""
    _, named, rest = f" {said} ".partition(f" {asked.words} ")
    content = _ASKING_PHRASES.sub(" ", _SAYING.sub(" ", f" {rest} ")).split()
    return rest.strip() if named and content else ""


# Words only asking what an item says: "nói về gì", "có nội dung gì", "quy định gì"
_SAYING = re.compile(r"(?<= )(?:noi|ve|de cap|co|noi dung|quy dinh|la|a|thi|sao|vay)(?= )")


def _listed_item(
    passage: Passage, position: int, asked: ItemAsked, kb: KnowledgeBase
) -> Item | None:
    """The line of the list inside the passage that the message counts to, or inside
    another piece of the same section when the passage is cut in pieces ("(5) …" in the
    second piece of a decree's article)."""
    pieces = [(position, passage)] + [
        (p, other)
        for p, other in document_passages(passage.doc.id, kb)
        if other.section == passage.section and p != position and other.kind == passage.kind
    ]
    for at, piece in pieces:
        line = _listed_line(piece.text, asked)
        if line is not None:
            return Item(piece, at, line)
    return None


def names_a_document(text: str, kb: KnowledgeBase) -> bool:
    """Whether the message names a document: by its kind ("chỉ thị", "cv"), its number, its
    place or year (not an audience: "còn cá nhân thì tiêu chí đầu tiên" names none)."""
    return (
        names_a_kind(text)
        or currency.named_document(text, kb) is not None
        or not {"place", "year"}.isdisjoint(_entities(said_words(text), kb))
    )


def _item_of(
    doc_id: str, asked: ItemAsked, said: str, section: str, within: bool, kb: KnowledgeBase
) -> Item | None:
    """Item `asked` of the document's numbered items: of the list under the heading sharing
    most words with the message, else under the heading of `section` (the only one when
    `within`), else the first."""
    # the item's noun ("tiêu chí thứ nhất") may name its heading ("II. Tiêu chí thi đua")
    naming = set(said.split()) - set(asked.words.split())
    shown_part = section.split("›")[0].strip()
    lists: dict[str, dict[int, tuple[int, Passage]]] = {}
    for position, passage in document_passages(doc_id, kb):
        *above, own = (p.strip() for p in passage.section.split("›"))
        number = item_number(own, roman=False)
        if number is not None:
            items = lists.setdefault(above[0] if above else "", {})
            items.setdefault(number, (position, passage))
    heads = [h for h, items in lists.items() if asked.number == LAST or asked.number in items]
    if within:
        heads = [h for h in heads if h == shown_part]
    if not heads:
        return None
    head = min(
        heads,
        key=lambda h: (-len(naming & set(said_words(h).split())), h != shown_part, heads.index(h)),
    )
    items = lists[head]
    position, passage = items[max(items) if asked.number == LAST else asked.number]
    return Item(passage, position)


# Names quoted after a count of what they name: "4 phong trào thi đua … phát động: “A”, “B” …"
_QUOTED = re.compile(r"“([^”]+)”")


NAMED_AFTER = 200  # the list opens this near the count (characters)


def _named_in_count(text: str, asked: ItemAsked, query: str = "") -> str | None:
    """The quoted name the message counts to ("phong trào thứ 4") in a passage that counts
    what the message names and quotes their names after the count ("trọng tâm là 4 phong trào
    thi đua …: “…”, “…”"). A message naming no kind of item ("cái thứ 3", "ý thứ 2") counts
    in such a list when its count is as long as the list: the passage's own count, or the
    one the last question said ("4 phong trào … nhắc tới"); with no count, in the one list of
    names of the passage when the last question asked which ones (`_in_named_list`)."""
    if asked.noun in ("muc", "khoan", "diem"):
        return None
    folded = fold(text).lower()
    generic = asked.noun in ("", "cai", "y")
    counts = (
        list(re.finditer(r"\b(\d+) \w+", folded))
        if generic
        else list(re.finditer(rf"\b(\d+) {asked.noun}\b", folded))
    )
    said = {int(n) for n in re.findall(r"\b(\d+) \w+", fold(query).lower())}
    for counted in counts:
        names = _QUOTED.findall(text, counted.end())
        if len(names) < 2:
            continue
        if _QUOTED.search(text, counted.end(), counted.end() + NAMED_AFTER) is None:
            continue
        if generic and int(counted.group(1)) != len(names) and len(names) not in said:
            continue
        if asked.number == LAST or asked.number <= len(names):
            return f"“{names[-1 if asked.number == LAST else asked.number - 1]}”"
        return None
    if generic and _ASKED_WHICH.search(fold(query).lower()):
        return _in_named_list(text, asked)
    return None


# "những phong trào nào", "các danh hiệu gì": the last question asked which ones, by name
_ASKED_WHICH = re.compile(r"\b(?:nhung|cac) \w+(?: \w+)? (?:nao|gi)\b")
_NAMED_LIST = re.compile(r":[^:]*?“[^”]+”(?:[^“:.]{0,30}“[^”]+”)+")


def _in_named_list(text: str, asked: ItemAsked) -> str | None:
    """The quoted name "cái thứ 3" counts to in the list of quoted names after a colon that
    answered which ones the last question asked ("… giai đoạn 2015-2020: Phong trào “…”;
    phong trào “…”; …"), when the passage holds one such list only."""
    lists = _NAMED_LIST.findall(text)
    if len(lists) != 1:
        return None
    names = _QUOTED.findall(lists[0])
    if asked.number == LAST or asked.number <= len(names):
        return f"“{names[-1 if asked.number == LAST else asked.number - 1]}”"
    return None


def _listed_line(text: str, asked: ItemAsked) -> str | None:
    """The line of the passage's list that the message counts to: a point ("a) …") unless a
    clause is asked ("khoản 2"), else a clause ("2. …")."""
    text = CONTINUED.sub("", text)  # "(Điều 4. …, tiếp theo)" names its article, no item
    kinds = [_NUMBERED] if asked.noun == "khoan" else [_LETTERED, _NUMBERED]
    if asked.noun == "diem":  # "điểm b" a law's point, "điểm 7" a numbered item
        kinds = [_LETTERED] if asked.letter else [_NUMBERED]
    for kind in kinds:
        runs: list[list[re.Match[str]]] = []  # a list starts again at "a)", "1." further on
        for m in kind.finditer(text):
            if m.group(1) in ("a", "1") or not runs:
                runs.append([])
            runs[-1].append(m)
        run = next((r for r in runs if len(r) >= 2), [])
        label = (
            str(asked.number)
            if kind is _NUMBERED
            else POINT_LETTERS[asked.number - 1 : asked.number]
        )
        found = run[-1:] if asked.number == LAST else [m for m in run if m.group(1) == label]
        if not found:
            continue
        start = found[0].start()
        # a clause's points are part of it ("2. Các đối tượng sau đây …: a) …; b) …"), on its
        # line or on the lines under it
        closing = (_NUMBERED,) if kind is _NUMBERED else (_LETTERED, _NUMBERED)
        ends = [m.start() for k in closing for m in k.finditer(text, start + 1)]
        line, _, points = text[start : min(ends, default=len(text))].strip().partition("\n")
        return f"{line}\n{points.strip()}" if line.endswith(":") and points.strip() else line
    if asked.noun not in ("", "cai", "y"):
        return None
    # a list of bullets ("+ Tờ trình …", "- Báo cáo …"): "cái thứ 2" counts them in order
    bullets = [line.strip() for line in text.splitlines() if _BULLET.match(line)]
    if len(bullets) < 2 or asked.number > len(bullets):
        return None
    return bullets[-1] if asked.number == LAST else bullets[asked.number - 1]


_BULLET = re.compile(r"^\s*[-+•–]\s+\S")
