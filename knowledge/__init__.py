"""The knowledge base: official documents, their passages, and search over them."""

import logging
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar

from knowledge import asked_facts, index_cache, titles_answers
from knowledge.asker import without_asker
from knowledge.awards import named_awards, speaks_of
from knowledge.campaigns import PART_BY_KEY, part_passages
from knowledge.documents import (
    DOCUMENTS_DIR,
    Document,
    DocumentError,
    load_document,
    read_documents,
)
from knowledge.legal_kind_named import legal_kinds_named
from knowledge.normalize import Needing, fold, folded_words, typed_as, words
from knowledge.ordinals import named_ordinals, speaks_of_ordinals
from knowledge.search import (
    MIN_TYPO_LENGTH,
    Analyzer,
    Hit,
    SavedIndex,
    SearchIndex,
    is_stopword,
    led_by,
)
from knowledge.sections import Passage, split_passages
from knowledge.titles import Title, load_titles
from knowledge.titles_answers import TitleAnswer
from knowledge.when_words import of_emulation, without_durations, without_past, without_when

LAW_MARGIN = 0.05
PHRASED_MARGIN = 0.1  # ... or this much when it says more of the question word for word
TITLED_PAIRS = 2  # word pairs of the question a heading names to be about what is asked
NAMED_SHARE = 0.7  # ... a legal text of the kind named, covering this share of the first
NEAR_RANK = 2  # a hit ranked within this factor of the first may lend its document
PREFERRED_EXTRA = 2  # passages looked at beyond the limit for one stating what is asked
REFERENCE_CONFIDENCE = 0.65
# "Sở TN&MT Sóc Trăng bây giờ là sở gì", "cấp huyện còn không": what an issuer or a level
# is now is said by the reference note on the 2025 reorganisation, not by the campaigns,
# which only name it as it was; for such a question the note answers at a lower confidence.
ASKS_NOW = Needing(
    r"\b(bay gio|bay h|gio la|hien nay|hien gio|nay la|nay thuoc|thuoc dau|thuoc so nao"
    r"|thuoc tinh nao|thuoc bo nao|sap nhap|hop nhat|doi ten|giai the|con ton tai"
    r"|con (khong|ko|k|hong|kg)|nua khong"  # "còn không" as typed: "còn ko", "còn k"
    r"|ton tai khong|con hoat dong|gio ra sao|gio the nao|nay ra sao|nay the nao"
    # "sở đó đổi thành gì", "giờ thành sở gì": its name now
    r"|(doi|gio|nay) thanh (gi|cai gi|ten gi|(so|bo|co quan) (nao|gi))"
    # "giờ bộ đó là bộ gì", "nay sở ấy thuộc đâu": the body just named, as it is now
    r"|(gio|nay) (so|bo|co quan|don vi) (do|ay|nay) (la|thanh|thuoc)"
    r"|(nao|gi) thay( the| cho)?\b(?! doi))\b",  # "bộ nào thay …", not "có gì thay đổi"
    *("gio", "nay", "bay h", "thuoc", "nhap", "hop nhat", "doi ten", "giai the", "con "),
    *("nua khong", "ton tai", "thay", "doi thanh", "gio thanh", "nay thanh"),
)
NOW_REFERENCE_CONFIDENCE = 0.5
# Where a message joins two questions: a comma, semicolon or question mark inside it, or
# "hay"/"hoặc" ("còn áp dụng không, hay đã có văn bản thay thế", "còn hiệu lực ko, thay bằng j")
MAX_JOINED = 4  # parts of a message of joined questions searched at most
MIN_BRIEF_WORDS = 4  # a question without the lengths of time it tells, searched again
JOINED_QUESTIONS = re.compile(
    r"\s*[,;?]\s*(?:(?:hay|hoặc|hoac)(?: là| la)?\s+)?|\s+(?:hay|hoặc|hoac)(?: là| la)?\s+",
    re.IGNORECASE,
)
# Words that only say "now" ("cấp huyện bây giờ còn không"): in a question about what is
# now they ask when, not what, so the reference notes are searched without them too: a note
# states what is current without repeating "bây giờ" in every sentence.
NOW_WORDS = re.compile(
    r"\b(?:bây giờ|bay gio|bây h|bay h|hiện giờ|hien gio|hiện nay|hien nay|hiện tại|hien tai"
    r"|giờ(?= (?:ra sao|thế nào|còn|thuộc)\b)|gio(?= (?:ra sao|the nao|con|thuoc)\b))\b",
    re.IGNORECASE,
)
log = logging.getLogger(__name__)

__all__ = ["Document", "DocumentError", "Hit", "KnowledgeBase", "Passage", "Title", "led_by"]

T = TypeVar("T")
H = TypeVar("H", Hit, TitleAnswer)


@dataclass(frozen=True)
class KnowledgeBase:
    """Documents, their passages and the index over them. A knowledge base never changes:
    new documents make a new one, so whatever is derived from it is computed once and kept."""

    documents: tuple[Document, ...]
    index: SearchIndex  # campaign documents
    titles: Mapping[str, Title]
    # Legal documents and reference notes, in their own index so that their words do not
    # change how campaign passages rank against each other.
    law_index: SearchIndex | None = None
    _memo: dict[object, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def load(
        cls, directory: Path = DOCUMENTS_DIR, cache_dir: Path | None = None
    ) -> "KnowledgeBase":
        """Load, section and index every document in the directory; a bad file is logged
        and left out rather than stopping the bot. With `cache_dir`, reuse the index saved
        there for exactly these files, or save the one built."""
        key = index_cache.files_key(directory.glob("*.md")) if cache_dir is not None else ""
        if cache_dir is not None:
            saved = index_cache.read(cache_dir, key)
            if saved is not None:
                return cls._restore(saved)
        skipped: list[str] = []
        kb = cls.from_documents(read_documents(directory, skipped))  # one at a time
        for problem in skipped:
            log.error("bỏ qua văn bản lỗi: %s", problem)
        if cache_dir is not None:
            kb.save(cache_dir, key)
        return kb

    @classmethod
    def from_documents(
        cls, documents: Iterable[Document], cache_dir: Path | None = None
    ) -> "KnowledgeBase":
        """Section and index the documents; with `cache_dir`, as `load` does. Without it the
        documents are read one at a time, so an iterator of them needs no more memory than
        their passages."""
        if cache_dir is None:
            return cls._build(documents)
        documents = list(documents)
        key = index_cache.documents_key(documents)
        saved = index_cache.read(cache_dir, key)
        if saved is not None:
            return cls._restore(saved)
        kb = cls._build(documents)
        kb.save(cache_dir, key)
        return kb

    @classmethod
    def _build(cls, documents: Iterable[Document]) -> "KnowledgeBase":
        light = []
        spool = index_cache.TextSpool()  # the texts on disk, a repeated paragraph once
        parts: list[tuple[Document, str, tuple[int, int], str, str]] = []
        contexts: dict[str, str] = {}
        laws: list[Document] = []
        for doc in documents:
            if not doc.is_campaign:
                laws.append(doc)
                continue
            meta = index_cache.without_body(doc)
            light.append(meta)
            for p in split_passages(doc):
                context = contexts.setdefault(p.context, p.context)
                parts.append((meta, p.section, spool.add(p.utf8), p.kind, context))
        texts = spool.mapped()
        passages = [
            Passage(meta, section, texts[start:end], kind, context)
            for meta, section, (start, end), kind, context in parts
        ]
        del parts
        kb = cls._indexed(tuple(light), passages, tuple(laws))
        spool.settle()
        return kb

    @classmethod
    def _indexed(
        cls,
        campaigns: tuple[Document, ...],
        passages: Sequence[Passage],
        laws: tuple[Document, ...],
        saved: SavedIndex | None = None,
    ) -> "KnowledgeBase":
        """Index the campaign passages (or take their saved index) and, apart, the passages
        of the few legal documents."""
        analyzer = Analyzer.from_file()
        law_passages = [p for doc in laws for p in split_passages(doc)]
        law_index = SearchIndex(law_passages, analyzer) if law_passages else None
        index = SearchIndex(passages, analyzer, saved)
        if law_index is not None:  # a word of one is a word, not a typo, in the other
            index.share_vocabulary(law_index)
            law_index.share_vocabulary(index)
        return cls((*campaigns, *laws), index, load_titles(), law_index)

    @classmethod
    def _restore(cls, saved: index_cache.SavedKnowledge) -> "KnowledgeBase":
        return cls._indexed(saved.documents, saved.passages, saved.laws, saved.index)

    def save(self, cache_dir: Path, key: str) -> None:
        """Save this knowledge base's index under the key of its documents."""
        campaigns = tuple(d for d in self.documents if d.is_campaign)
        laws = tuple(d for d in self.documents if d.is_law)
        saved = index_cache.SavedKnowledge(campaigns, self.index.passages, self.index.saved, laws)
        index_cache.write(cache_dir, key, saved)

    @cached_property
    def passages(self) -> Sequence[Passage]:
        """Every passage; a hit's `position` is its place in this list."""
        laws = self.law_index.passages if self.law_index else []
        return [*self.index.passages, *laws]

    def search(self, query: str, limit: int = 3) -> list[Hit]:
        """Passages that answer the question, best first; empty when nothing is relevant.
        Two questions asked at once ("nđ 98/2023 còn hiệu lực ko, thay bằng gì", "… còn áp
        dụng không, hay đã có văn bản khác thay thế"), which no passage covers whole, are
        answered by the longest opening of them that is answered (a comma may be inside a
        name: "Luật Thi đua, khen thưởng … còn áp dụng không, hay …"), else the longest
        ending; not when a word is one the documents never use (declined on its own).
        An occupation the question names is left out (knowledge/asker.py)."""
        general = without_asker(query)
        if _still_asking(general, query):
            query = general
        hits = self._answer(query, limit)
        if hits:
            return hits
        for reread in _rereadings(query):
            hits = self._answer(reread, limit)
            if hits:
                return hits
        joints = [
            j for j in JOINED_QUESTIONS.finditer(query) if j.start() > 0 and j.end() < len(query)
        ]
        if not joints or self._unknown_words(query):
            return hits
        openings = [query[: j.start()] for j in reversed(joints)]
        endings = [query[j.end() :] for j in joints]
        spelled = self.spelled(query)
        for part in [*openings, *endings][:MAX_JOINED]:
            # (a part is still of the award the whole names: "kỷ niệm chương … xét cho ai,
            # cần mấy năm công tác" is not answered by a passage on years of service)
            found = self._on_awards_named(spelled, self._answer(part, limit), query)
            if found:
                return found
        return hits

    def _unknown_words(self, query: str) -> set[str]:
        """The words of the question no document uses once mended, function words ("gì")
        aside."""
        unknown = self.index.unknown_mended(query)
        if unknown and self.law_index is not None:
            unknown &= self.law_index.unknown_mended(query)
        return {w for w in unknown if not is_stopword(w, accented=False)}

    def _answer(self, query: str, limit: int) -> list[Hit]:
        """`search` of one question.

        A question about one title or a law's particulars is answered first by the passage
        that says so (knowledge/titles_answers.py). An award the question names
        (knowledge/awards.py) must be one the answering passage speaks of; a bonus or share
        asked one it states, and of a title a date asked (knowledge/asked_facts.py). Campaign
        documents and legal documents are searched apart; the answer comes from the
        side whose best passage covers clearly more of the question (LAW_MARGIN). A reference
        note answers only a question it covers well: its place names are everywhere.
        """
        spelled = self.spelled(query)  # what is asked, typos mended
        direct = self._title_answer(spelled, query)
        prefers = asked_facts.preferred(spelled)  # "theo chỉ thị nào": one naming a document
        states = asked_facts.required(spelled)  # a bonus or share asked must be stated
        if prefers is None:
            # a passage stating the share asked may rank below a few that only share words
            extra = 0 if states is None else PREFERRED_EXTRA
            found = self._search(query, limit + extra)
            hits = self._on_awards_named(spelled, found, query)
        else:
            found = self._search(query, limit + PREFERRED_EXTRA)
            ranks = [prefers(h.passage.text) for h in found]  # each text read once
            if not any(ranks) and asked_facts.asks_form_items(spelled):
                # the items of a form no campaign passage states: a legal one found that does
                # ("đơn … gồm những mục gì": the form of the Thông tư, not a plan's criteria)
                laws = self._stating_laws(query, prefers, {h.position for h in found})
                found, ranks = [*found, *laws], [*ranks, *(prefers(h.passage.text) for h in laws)]
            # the first best; asked which document of an issuer, on a tie the document's own
            # words citing it over its card's list of bases ("Thực hiện Chỉ thị số 19/CT-TTg …
            # của Thủ tướng Chính phủ về …")
            cited = asked_facts.asks_document_of(spelled)
            # ... and on a tie still, the best passage's own section going on ("(mục 4, tiếp
            # theo)"), where what it speaks of cites the document
            best = max(
                range(len(found)),
                key=lambda i: (
                    ranks[i],
                    cited and found[i].passage.kind != "info",
                    found[i].passage.doc is found[0].passage.doc
                    and found[i].passage.section == found[0].passage.section,
                ),
                default=None,
            )
            ordered = found
            if best is not None and ranks[best]:  # (moved by place: equal hits compare texts)
                ordered = [found[best], *found[:best], *found[best + 1 :]]
            hits = self._on_awards_named(spelled, ordered, query)[:limit]
        if states is not None:
            saying = [h for h in hits if states(h.passage.text)][:limit]
            if not saying and hits:
                # "xã tiêu biểu được thưởng bao nhiêu": plans naming the title fill the places,
                # the decree's article stating its bonus is further down
                saying = self._stating_laws(query, states, {h.position for h in hits})[:limit]
            hits = saying
        on_card = asked_facts.card_fact(spelled)  # "ai ký": the card of the document found
        if on_card is not None and hits and not on_card(hits[0].passage.text):
            hits = self._card_first(hits, on_card)[:limit]
        holder = asked_facts.asks_officeholder(spelled)  # "giám đốc sở hiện nay là ai"
        if holder == "now":
            hits = []  # the documents name their signers as they were, no one as of now
        elif holder is not None and hits:  # the holder as named then, on a card
            hits = [
                h
                for h in self._card_first(hits, self._names_person)
                if self._names_person(h.passage.text)
            ]
        located = asked_facts.form_place_stated(spelled)  # "Phụ lục I của Thông tư"
        if located is not None and hits and not located(hits[0].passage.text):
            hits = self._stating_first(hits, located)[:limit]
        for number in asked_facts.numbers_cited(spelled):
            # "kh 3510 ban hành ngày nào": a text cited by a document, which the passage
            # citing it answers (not the document's own number: its card or any part may)
            stated = asked_facts.number_stated(number)
            if number not in self._own_numbers and hits and not stated(hits[0].passage.text):
                # (a document whose title names the text it follows, "… theo Kế hoạch số
                # 3510", is named by that number too: its part may answer)
                if stated(hits[0].passage.doc.title) and not asked_facts.asks_of_cited_itself(
                    spelled
                ):
                    continue
                hits = self._stating_first(hits, stated)[:limit]
        counted = asked_facts.count_stated(spelled)  # "mấy phong trào": "4 phong trào"
        if counted is not None and hits and not counted(hits[0].passage.text):
            hits = self._stating_first(hits, counted)[:limit]
        if direct is None:
            return hits
        first = Hit(direct.passage, direct.position, 1.0, math.inf)
        return [first, *(h for h in hits if h.position != direct.position)][:limit]

    def defines(self, hit: Hit, query: str) -> bool:
        """Whether the hit's passage says what the question asks to be defined ("sáng kiến
        là gì": "1. Sáng kiến là giải pháp …"), in whichever index it was found."""
        offset = len(self.index.passages)
        if hit.position < offset:
            return self.index.defines(hit.position, query)
        return self.law_index is not None and self.law_index.defines(hit.position - offset, query)

    def title_answer(self, query: str) -> TitleAnswer | None:
        """The passage of the law that answers a question about one title, if it is one."""
        # "thưởgn", "quyyết định": the words that say what is asked of a title, mended
        return self._title_answer(self.spelled(query), query)

    def spelled(self, query: str) -> str:
        """The question with its typos mended as the campaign documents' words tell, else as
        the legal documents' do ("lyat tđkt": "luật"), a word either has never a slip."""
        own = self.index.spelled(query)
        if own is not None or self.law_index is None:
            return own or query
        law_index = self.law_index
        unknown = self.index.unknown_words(query)
        if unknown and law_index.mends_any(query, unknown):
            return law_index.spelled(query, keep=lambda w: self.index.has_words([w])) or query
        # a longer word both know, a letter short of one the legal documents pair with its
        # neighbour ("tiền tuong cstđ": "thưởng"), which the campaign documents say nothing
        # of; not a short one ("thế con": "còn" asks of another)
        return law_index.spelled(query, keep=lambda w: self._kept(w, law_index)) or query

    def _kept(self, word: str, law_index: SearchIndex) -> bool:
        """Whether a folded word is no slip for the legal documents to mend: any but a longer
        word both kinds of documents know."""
        return (
            len(word) < MIN_TYPO_LENGTH
            or not self.index.has_words([word])
            or not law_index.has_words([word])
        )

    def _title_answer(self, query: str, typed: str = "") -> TitleAnswer | None:
        """`title_answer` of a question whose typos are mended (`typed`: as typed)."""
        if self.law_index is None:
            return None
        found = titles_answers.answer(query, self.law_index.passages, tuple(self.titles.values()))
        if found is None or not self._on_awards_named(query, [found], typed):
            return None
        states = asked_facts.required(query, title=True)  # "hạn chót nộp hồ sơ CSTĐ ngày nào"
        if states is not None and not states(found.passage.text):
            return None
        return replace(found, position=found.position + len(self.index.passages))

    @staticmethod
    def _on_awards_named(query: str, found: list[H], typed: str = "") -> list[H]:
        """The hits that speak of every award the question names (knowledge/awards.py):
        "Huân chương Lao động thưởng bao nhiêu" is not answered by the bonus for the titles;
        and of every ordinal it names (knowledge/ordinals.py): "Đại hội … lần thứ XI" is not
        answered by a passage on "lần thứ X". The awards are those named in the question
        mended or as `typed`: a mending may read a word only awards use as a campaign's word
        ("Anh hùng Lao động" as "Anh hướng Lao động")."""
        named = list(named_awards(query))
        if typed:
            named += [a for a in named_awards(typed) if a not in named]
        ordinals = named_ordinals(query)
        if not named and not ordinals:
            return found
        return [
            h
            for h in found
            if speaks_of(named, f"{h.passage.context} {h.passage.text}")
            and speaks_of_ordinals(ordinals, f"{h.passage.context} {h.passage.text}")
        ]

    def _search(self, query: str, limit: int) -> list[Hit]:
        hits = self.index.search(query, limit)
        now = bool(ASKS_NOW.search(fold(query)))
        # "sáng kiến là gì": a plan that mentions initiatives covers it, a law defines it
        defining = self.index.asks_definition(query) and not (
            hits and self.index.defines(hits[0].position, query)
        )
        if self.law_index is None or (
            not now and not defining and hits and hits[0].score + LAW_MARGIN > 1.0
        ):
            return (
                hits  # a campaign passage covers the question: no legal one can do clearly better
            )
        offset = len(self.index.passages)
        floor = NOW_REFERENCE_CONFIDENCE if now else REFERENCE_CONFIDENCE
        matters = None
        law_named = self._law_kind_named(query)
        if not now and not defining and not law_named and len(hits) >= limit:
            # A legal passage then answers only if it covers the question nearly as well as
            # the first campaign passage (below); else the campaign's fill every place.
            first = hits[0].score
            matters = lambda best: best + LAW_MARGIN >= first  # noqa: E731
        found = self.law_index.search(query, limit, matters)
        timeless = without_when(query) if not found and law_named and not now else query
        if timeless != query:
            # "trước đây theo luật tđkt thì chủ tịch xã được tặng gì": a law named, asked of
            # when; its articles state no "trước đây" (typed unmarked, "đây" reads as "đẩy")
            found = self.law_index.search(timeless, limit, matters)
        laws = [
            Hit(h.passage, h.position + offset, h.score, h.rank_score)
            for h in found
            if h.passage.doc.category != "reference" or h.score >= floor
        ]
        if now:  # the notes on what is now are told apart by what is asked, not by "now"
            notes = self._now_notes(query, floor)
            noted = {h.position for h in notes}
            laws = [*notes, *(h for h in laws if h.position not in noted)][:limit]
        if laws and now and laws[0].passage.doc.category == "reference":
            return [*laws, *hits][:limit]
        law_index = self.law_index
        stating = [h for h in laws if defining and law_index.defines(h.position - offset, query)]
        if stating:
            return [*stating[:1], *hits, *(h for h in laws if h is not stating[0])][:limit]
        if hits and laws and self._names_campaign_kind(query, hits[0], laws[0]):
            return [*hits, *laws][:limit]
        if law_named:
            # "theo luật tđkt chủ tịch huyện được tặng gì": the law's own article, over a
            # decree or a campaign passage citing the law by its name as well as it covers
            laws = _named_kind_first(laws, law_named, query)
            if laws and fold(laws[0].passage.doc.kind) in law_named:
                return [*laws, *hits][:limit]
        if laws and (not hits or laws[0].score >= hits[0].score + LAW_MARGIN):
            return [*laws, *hits][:limit]
        # an article saying more of the question's phrases word for word, nearly as covering
        # as a campaign passage saying its words apart ("đang bị xem xét kỷ luật có được đề
        # nghị khen thưởng không": the principle on it, not a plan's duties on nominations)
        if (
            laws
            and laws[0].score + PHRASED_MARGIN >= hits[0].score
            and not _of_a_campaign(query)
            and _phrases_said(query, laws[0].passage) > _phrases_said(query, hits[0].passage)
        ):
            return [*laws, *hits][:limit]
        # an article whose own heading names what is asked, nearly as covering as a campaign
        # passage whose heading names none of it ("sáng kiến muốn được công nhận cần điều
        # kiện gì": the Điều lệ's article, not a plan's tasks mentioning initiatives)
        if (
            laws
            and laws[0].score + LAW_MARGIN >= hits[0].score
            and self._titled_law(query, laws[0], hits[0])
        ):
            return [*laws, *hits][:limit]
        return [*hits, *laws][:limit]

    def _stating_laws(self, query: str, prefers: Callable[[str], int], seen: set[int]) -> list[Hit]:
        """The legal passages found for the question that state what it asks (`prefers`),
        beyond those `seen`."""
        if self.law_index is None:
            return []
        offset = len(self.index.passages)
        return [
            Hit(h.passage, h.position + offset, h.score, h.rank_score)
            for h in self.law_index.search(query, PREFERRED_EXTRA)
            if h.position + offset not in seen
            and h.passage.doc.category == "law"
            and prefers(h.passage.text)
        ]

    def _card_first(self, hits: list[Hit], states: Callable[[str], bool]) -> list[Hit]:
        """The hits led by the card of the first one's document, when that card states what
        is asked ("bộ trưởng nào đứng tên phát động thi đua toàn ngành 2021": the passage
        found is of the right document, its signer is on the card)."""
        position = self._cards.get(hits[0].passage.doc.id)
        if position is None or not states(self.passages[position].text):
            return hits
        card = Hit(self.passages[position], position, hits[0].score, hits[0].rank_score)
        return [card, *(h for h in hits if h.position != position)]

    def _stating_first(self, hits: list[Hit], states: Callable[[str], bool]) -> list[Hit]:
        """The hits led by the best one that states what is asked, else by the first passage
        stating it in the documents found, taken in their order ("cv 2021 của bộ tập trung
        vào mấy phong trào của thủ tướng": the letter's item "trọng tâm là 4 phong trào",
        which says "trọng tâm" where the question says "tập trung")."""
        stating = next((h for h in hits if states(h.passage.text)), None)
        if stating is None:
            near = [h for h in hits if h.rank_score * NEAR_RANK >= hits[0].rank_score]
            for doc_id in dict.fromkeys(h.passage.doc.id for h in near):
                # the item itself rather than the outline of its part, which repeats it
                stating_here = [i for i in self._positions[doc_id] if states(self.passages[i].text)]
                position = min(stating_here, key=lambda i: len(self.passages[i].utf8), default=None)
                if position is not None:
                    first = hits[0]
                    stating = Hit(self.passages[position], position, first.score, first.rank_score)
                    break
        if stating is None:
            return hits
        return [stating, *(h for h in hits if h.position != stating.position)]

    @cached_property
    def _positions(self) -> dict[str, list[int]]:
        """Each document's passages, by the document's id: their places in `passages`."""
        found: dict[str, list[int]] = {}
        for i, passage in enumerate(self.passages):
            found.setdefault(passage.doc.id, []).append(i)
        return found

    def _names_person(self, text: str) -> bool:
        return any(name in text for name in self._persons)

    @cached_property
    def _own_numbers(self) -> frozenset[str]:
        """The numbers the documents held are filed under ("14" of "14/CT-UBND")."""
        numbers = (re.match(r"\d+", d.number or "") for d in self.documents if d.has_number)
        return frozenset(m[0] for m in numbers if m)

    @cached_property
    def _persons(self) -> frozenset[str]:
        """The people the documents name: their signers."""
        return frozenset(d.signer.name for d in self.documents if d.signer.name)

    @cached_property
    def _cards(self) -> dict[str, int]:
        """Each document's information card, by the document's id: its place in `passages`."""
        return {p.doc.id: i for i, p in enumerate(self.passages) if p.kind == "info"}

    def _law_kind_named(self, query: str) -> frozenset[str]:
        """The kinds of legal document the question names ("theo luật …"), when it names
        no campaign's kind ("kế hoạch … căn cứ luật nào" asks of the plan)."""
        if self.law_index is None:
            return frozenset()
        if self.index.named_kinds(query) & self.campaign_kinds:
            return frozenset()
        return legal_kinds_named(
            (fold(w) for w in self.law_index.read_words(query)), self._legal_names
        )

    @cached_property
    def campaign_kinds(self) -> frozenset[str]:
        """The folded kinds of the campaign documents ("ke hoach", "chi thi")."""
        return frozenset(
            fold(d.kind) for d in self.documents if d.kind and d.category == "campaign"
        )

    @cached_property
    def _legal_names(self) -> tuple[str, ...]:
        """Each legal document's folded kind and title, apart ("luat | thi dua khen thuong
        …"), the kind not said again at the title's start."""
        names = []
        for doc in self.documents:
            if doc.category != "law" or not doc.kind:
                continue
            kind, title = folded_words(doc.kind), folded_words(doc.title)
            names.append(f"{kind} | {title.removeprefix(kind).strip()}")
        return tuple(names)

    def _names_campaign_kind(self, query: str, hit: Hit, law: Hit) -> bool:
        """Whether the question names the kind of the campaign passage's document and not
        the legal one's ("công văn thi đua năm 2021 của bộ gửi đến những ai": a công văn,
        which no note on the 2025 reorganisation is, however many of its words it says)."""
        kinds = self.index.named_kinds(query)
        return fold(hit.passage.doc.kind) in kinds and fold(law.passage.doc.kind) not in kinds

    def _now_notes(self, query: str, floor: float) -> list[Hit]:
        """The reference notes that answer a question about what is now once the words that
        only say "now" are left out; a legal passage is not found so (what a law says is not
        what is current)."""
        asked = NOW_WORDS.sub(" ", query)
        if self.law_index is None or asked == query:
            return []
        offset = len(self.index.passages)
        return [
            Hit(h.passage, h.position + offset, h.score, h.rank_score)
            for h in self.law_index.search(asked, PREFERRED_EXTRA)
            if h.passage.doc.category == "reference" and h.score >= floor
        ]

    def _titled_law(self, query: str, law: Hit, hit: Hit) -> bool:
        """Whether the legal passage, covering the question as well as the campaign's, is
        about what is asked by its own heading while the campaign's is not ("điều kiện công
        nhận sáng kiến" of the Điều lệ's article, against a plan that mentions initiatives)."""
        if self.law_index is None or law.passage.doc.category != "law":
            return False
        offset = len(self.index.passages)
        named = self.law_index.heading_pairs(law.position - offset, query)
        return named >= TITLED_PAIRS and self.index.heading_pairs(hit.position, query) == 0

    def mentions(self, phrase: str) -> bool:
        """Whether some passage uses these folded words ("xet nghiem"): each word, and each
        two neighbours side by side, are in the index (no scan of the texts). Words written
        with their marks ("sổ đỏ") must appear so: "sơ đồ" folds alike but is not them."""
        if fold(phrase) != phrase:
            return f" {phrase} " in self._marked_words
        indexes = [self.index] if self.law_index is None else [self.index, self.law_index]
        return any(index.has_words(phrase.split()) for index in indexes)

    def sources(self) -> list[Document]:
        """The documents with their text, to build another knowledge base from. A campaign
        document's text is kept once, in its passages, so it is read again from its file."""
        return [
            load_document(d.path) if not d.body and d.path.is_file() else d for d in self.documents
        ]

    def campaigns(self) -> list[Document]:
        """Documents that launch campaigns, newest first (their state comes from the clock).

        Legal documents and reference notes (`category` other than campaign) are not campaigns.
        """
        return list(self._campaigns)

    @cached_property
    def _marked_words(self) -> str:
        """Every passage's lower-case words as written, one space apart: read once, and only
        when a question's marked words need it."""
        texts = (re.sub(r"[^\w\s]", " ", p.text.lower()) for p in self.passages)
        text = unicodedata.normalize("NFC", " ".join(texts))
        return f" {' '.join(text.split())} "

    @cached_property
    def _campaigns(self) -> tuple[Document, ...]:
        return tuple(
            sorted(
                (d for d in self.documents if d.is_campaign),
                key=lambda d: (-d.period_end, -d.year, d.id),
            )
        )

    def derived(self, key: object, compute: Callable[[], T]) -> T:
        """What `compute` makes of this knowledge base, computed on first use and kept: a
        handler's campaign options or labels cost nothing after the first message."""
        if key not in self._memo:
            self._memo[key] = compute()
        value: T = self._memo[key]
        return value

    @cached_property
    def _by_document(self) -> dict[str, Sequence[Passage]]:
        """Each document's passages, grouped in one pass."""
        groups: dict[str, list[Passage]] = {d.id: [] for d in self.documents}
        for passage in self.passages:
            groups[passage.doc.id].append(passage)
        return dict(groups)

    @cached_property
    def _by_id(self) -> dict[str, Document]:
        return {d.id: d for d in self.documents}

    def part(self, doc: Document, key: str) -> list[Passage]:
        """The passages of one part of a campaign ("canhan", "tochuc", ...); [] if none."""
        mine = self._by_id.get(doc.id)
        if mine is None or (key != "info" and key not in PART_BY_KEY):
            return []
        own = self._by_document[mine.id]
        found = self.derived(("part", mine.id, key), lambda: part_passages(list(own), mine, key))
        return list(found)

    def campaign(self, doc_id: str) -> Document | None:
        found = self._by_id.get(doc_id)
        return found if found is not None and found.is_campaign else None

    def document(self, doc_id: str) -> Document | None:
        """Any document, campaign or legal, by its id."""
        return self._by_id.get(doc_id)

    def laws(self) -> list[Document]:
        """Legal documents and reference notes, newest first."""
        return sorted((d for d in self.documents if d.is_law), key=lambda d: (-d.year, d.id))


def _named_kind_first(laws: list[Hit], kinds: frozenset[str], query: str) -> list[Hit]:
    """The legal hits led by the first of a kind named that covers the question at least as
    well as the first hit: a decree citing "Luật Thi đua, khen thưởng" shares the words
    naming the law, which the law's own articles do not repeat."""
    if not laws or fold(laws[0].passage.doc.kind) in kinds:
        return laws
    # (a legal text of the one kind named, nearly as covering: "theo luật thì hồ sơ gồm những
    # gì" is the law's article, which does not say "luật" as the decree citing it does)
    # (not past a text the question names by number: "nđ 129 hướng dẫn khoản nào đ80 luật")
    near = len(kinds) == 1 and not _number_named(query, laws[0].passage)
    first = laws[0].score * (NAMED_SHARE if near else 1)
    named = next(
        (h for h in laws if fold(h.passage.doc.kind) in kinds and h.score >= first),
        None,
    )
    return laws if named is None else [named, *(h for h in laws if h is not named)]


def _number_named(query: str, passage: Passage) -> bool:
    """Whether the question names a text's number ("nđ 129") that is the passage's document's
    or one it cites ("nghị định 152 có đặt tỷ lệ đó không": the note citing 152/2025/NĐ-CP);
    an article's number ("điều 80") is none."""
    said = f"{passage.doc.number or ''} {passage.text}"
    return any(re.search(rf"(?<!\d){n}/", said) for n in re.findall(r"\d{2,}", query))


PHRASE_WORDS = 4  # syllables in a row of the question that make a phrase of it
# what names a campaign's document, its issuer or year ("tiêu chí … của sở", "năm 2022"):
# asked of a campaign, its passage answers however the law words it
# (a "sở" not of "cơ sở", a "bộ" not of "cán bộ")
_OF_A_CAMPAIGN = re.compile(
    r"(?<!\bco) so |(?<!\bcan) bo "
    r"| (?:tinh|ubnd|ke hoach|kh|cong van|cv|chi thi|ct|tieu chi|nam 20\d\d|20\d\d) "
)
# its words of one syllable as written; typed with other marks they are other words ("tính
# mới", "số 14", "bỏ")
_CAMPAIGN_SYLLABLES = {"so": "sở", "bo": "bộ", "tinh": "tỉnh"}


def _of_a_campaign(query: str) -> bool:
    """Whether the question names a campaign's document, issuer or year (_OF_A_CAMPAIGN)."""
    said = (
        "_"
        if (written := _CAMPAIGN_SYLLABLES.get(fold(w))) and not typed_as(w, written)
        else fold(w)
        for w in words(query)
    )
    return bool(_OF_A_CAMPAIGN.search(f" {' '.join(said)} "))


def _rereadings(query: str) -> Iterator[str]:
    """The question read again, in turn, without words a passage answering it need not
    repeat: those only saying when, those saying what was before, lengths of time."""
    # "chủ tịch huyện giờ tặng gì": "giờ" only says when; not a question of what is now
    # without it too ("… bây giờ còn không"), which only a passage saying so answers
    timeless = without_when(query)
    if timeless != query and of_emulation(timeless) and not ASKS_NOW.search(fold(timeless)):
        yield timeless
    # "xã mình trước thuộc sóc trăng giờ thuộc đâu": what was told, what is now asked
    present = without_past(query)
    if present != query and ASKS_NOW.search(fold(present)):
        yield present
    # "chị nghỉ sinh 6 tháng có được xét thi đua không": how long, which no rule states
    brief = without_durations(query)
    if _still_asking(brief, query):
        yield brief


def _still_asking(shorter: str, query: str) -> bool:
    """Whether the question with some words left out is another one that still asks
    something of emulation, in MIN_BRIEF_WORDS words or more."""
    return shorter != query and len(shorter.split()) >= MIN_BRIEF_WORDS and of_emulation(shorter)


def _phrases_said(query: str, passage: Passage) -> int:
    """How many phrases of the question's content words (PHRASE_WORDS syllables in a row,
    none a function word) the passage says word for word."""
    said = folded_words(query).split()
    text = f" {folded_words(passage.text)} "
    return sum(
        f" {' '.join(said[i : i + PHRASE_WORDS])} " in text
        for i in range(len(said) - PHRASE_WORDS + 1)
        if not any(is_stopword(w, accented=False) for w in said[i : i + PHRASE_WORDS])
    )
