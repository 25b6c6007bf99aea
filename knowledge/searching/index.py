"""SearchIndex: passages and documents ranked for a question."""

import functools
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher
from itertools import pairwise

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from knowledge import candidates
from knowledge.candidates import Query
from knowledge.documents import Document
from knowledge.keyboard import key_slips
from knowledge.normalize import accent_key, fold, fold_long, has_marks, nfc, words
from knowledge.ordinals import COUNT_WORDS, LAST, item_number
from knowledge.searching.analyzer import (
    _GLUED_NUMBER,
    _IDIOM_PATTERNS,
    ANCESTOR_SHARE,
    BOUND_MAX_DF,
    CLOSE_TOPIC_WEIGHT,
    CONDITION_PAIRS,
    DEFINING_BOOST,
    FEW_OF_TOPIC,
    HEADING_WEIGHT,
    IDIOMS,
    KEY_SLIP_SCORE,
    LISTED,
    MAX_COUNTED,
    MAX_GLUED,
    MAX_NEAR_WORDS,
    MAX_REMEMBERED_PASSAGES,
    MAX_REMEMBERED_WORDS,
    MIN_CONTEXT_TYPO_LENGTH,
    MIN_SLIP_PAIRS,
    MIN_TYPO_LENGTH,
    NAMING_SHARE,
    NEARLY_AS_MUCH,
    NUMBERING,
    OUTLINE_BELOW,
    PRIOR_BUDGET,
    QUESTION_WORDS,
    RARE_SLIP_SHARE,
    RECENT_QUESTIONS,
    ROLE_BOOST,
    SIDE_BY_SIDE_SAMPLE,
    SUBJECT_BOOST,
    SYNONYM_WEIGHT,
    TOPIC_SAID,
    TOPIC_TOLD,
    TOPIC_WEIGHT,
    UNKNOWN_ACCENT_CREDIT,
    Analyzer,
    Hit,
    QueryTerm,
    _normal,
    _slip_rank,
    _swapped,
)
from knowledge.searching.asked_of_documents import (
    _asked_kinds,
    _bare_body_levels,
    _campaign_issuers,
    _citing_groups,
    _continued_note,
    _continues,
    _coverage_units,
    _defined_subject,
    _definition,
    _document_kinds,
    _document_numbers,
    _document_years,
    _documents_citing,
    _issuer_words,
    _query_terms,
)
from knowledge.searching.directing_roles import directing_roles
from knowledge.searching.index_building import (
    _TYPED_WORD,
    SEVERAL,
    WHICH,
    WHICH_WORDS,
    SavedIndex,
    _addressed,
    _build,
    _document_name,
    _Field,
    _marked_forms,
    _one_letter_more,
    _one_slip,
    _roles_in,
    content_pairs,
    other_i_y,
    passage_title,
)
from knowledge.searching.named_parts import prefer_named_part
from knowledge.searching.question_phrases import (
    _ASKS_CONDITIONS,
    _RECIPIENT_LINES,
    _SAYING,
    _SYLLABLE,
    _TITLE_NAME,
    ASKING_PAIRS,
    ASKS_BASIS_OF_KIND,
    BASIS_KINDS,
    MARKED_COUNTS,
    SENDING_WORDS,
    _asked_about,
    _asks_date,
    _asks_recipients,
    _content_beside,
    _folded_text,
    _function_word_near,
    _is_content,
    _is_shorthand,
    _item_asked,
    _lasted,
    _lead_clause,
    _movement_named,
    _quoted_names,
    _split_asked_to,
    _split_saying,
    _typed_with_marks,
    _within_name,
)
from knowledge.searching.weights_and_vocabulary import (
    ACCENTED_SCAFFOLDING,
    ALSO,
    ALSO_BEFORE,
    AMBIGUOUS_FOLDS,
    ASKING_PHRASES,
    BOUND_SLACK,
    CANDIDATES,
    COVERAGE_POWER,
    DOCUMENT_KINDS,
    DOCUMENT_NUMBER_BOOST,
    DOCUMENT_WEIGHT,
    DURATION_UNITS,
    EARLIER,
    FOLD_CREDIT,
    FOLDED_SCAFFOLDING,
    FUNCTION_SHARE,
    ISSUER_BOOST,
    KIND_BOOST,
    LIST_ASKED,
    LIST_PAIRS,
    MEANS,
    MEANS_BEFORE,
    MIN_CONFIDENCE,
    NAMED_OUTLINE_SLACK,
    NUMBERING_WORDS,
    OFF_INTENT_PRIOR,
    ON_INTENT_PRIOR,
    ONCE,
    OUTLINE_LEAD,
    PHRASE_END_FOLDS,
    SCAFFOLDING_FOLDS,
    SCAFFOLDING_PHRASES,
    SPELLED_OUT_REACH,
    SPELLED_OUT_WORDS,
    THEN,
    TYPO_CUTOFF,
    WHICH_NUMBER,
    WHO_PHRASES,
    WHOLE_COVERAGE_PASSAGES,
    YEAR_BOOST,
    is_stopword,
)
from knowledge.searching.word_span import closeness, heaviest_phrase
from knowledge.sections import Passage
from knowledge.synonyms import Match

# "nhằm mục đích gì", "mục tiêu là gì", "để làm gì": what a document is for (folded, spaced)
_ASKS_PURPOSE = re.compile(
    r" (?:nham (?:muc dich|muc tieu)|muc dich (?:la )?(?:gi|j)|muc dich cua|de lam (?:gi|j)) "
)


class SearchIndex:
    """An inverted index over passages: BM25 over postings that keep their counts."""

    def __init__(
        self, passages: Sequence[Passage], analyzer: Analyzer, saved: "SavedIndex | None" = None
    ) -> None:
        self.passages = passages
        self.analyzer = analyzer
        documents = list({id(p.doc): p.doc for p in self.passages}.values())
        if saved is None:
            saved = _build(self.passages, documents, analyzer)
        self._doc_of = np.asarray(saved.doc_of)
        self._body_of = np.asarray(saved.body_of)
        self._passage = _Field(saved.passage_terms, saved.passage_postings)
        self._document = _Field(saved.document_terms, saved.document_postings)
        self.saved = saved
        self.vocabulary = sorted(
            t for t in self._passage.vocabulary if " " not in t and "|" not in t and not t.isdigit()
        )
        self._doc_numbers = _document_numbers(documents)
        self._kind_of = [f" {fold(doc.kind)} " if doc.kind else "" for doc in documents]
        self._citing_groups = _citing_groups(_documents_citing(documents), self._kind_of)
        self._doc_years = _document_years(documents)
        self._doc_kinds = _document_kinds(documents)
        self._issuer_of = [_issuer_words(doc) for doc in documents]
        # each issuer of campaigns with its level (its first word: "so", "bo") and documents
        self._campaign_issuers = [
            (issuer, issuer.split()[0], docs)
            for issuer, docs in _campaign_issuers(documents, self._issuer_of).items()
        ]
        self._doc_masks: dict[str, np.ndarray] = {}
        self._docs = candidates.layout(self._doc_of, len(documents), self._body_of)
        kinds = np.array([p.kind for p in self.passages])
        self._kind_masks = {kind: kinds == kind for kind in OFF_INTENT_PRIOR}
        # the pieces continuing a section ("(Điều 4. …, tiếp theo)"), and of them the editors'
        # notes continuing an article, told once here rather than for every question's
        # candidates (_prefer_official_text, _prefer_first_piece)
        self._continued = np.array(
            [
                p.kind == "section" and p.utf8[:1] == b"(" and _continues(p.head())
                for p in self.passages
            ],
            dtype=bool,
        )
        self._continued_notes = np.array(
            [
                bool(c) and _continued_note(p.head())
                for c, p in zip(self._continued, self.passages, strict=True)
            ],
            dtype=bool,
        )
        self._kind_priors: dict[frozenset[str], np.ndarray] = {}
        self._titles: dict[int, dict[str, float]] = {}
        self._headings: dict[int, frozenset[str]] = {}  # pairs of each passage's own heading
        self._names: dict[str, frozenset[str]] = {}
        self._themes: dict[str, frozenset[str]] = {}
        self._text_pairs: dict[str, tuple[str, ...]] = {}  # of headings and document names
        self._near: dict[str, list[tuple[str, float]]] = {}  # also what corrects a typo
        # known words one letter longer than a word: those much commoner, and all
        self._longer: dict[str, tuple[list[str], list[str]]] = {}
        self._marked: dict[str, list[tuple[str, str, int]]] = {}  # spellings with diacritics
        self._unglued_near: dict[str, list[str]] = {}  # mistyped glued words, as two words
        self._analyses: dict[str, tuple[list[str], list[str], list[str]]] = {}
        self.synonyms = analyzer.synonyms
        self._boosted_priors: dict[object, np.ndarray] = {}  # read-only, as _kind_priors
        self._unit_idfs: dict[str, float] = {}
        self._synonym_phrases: dict[tuple[str, ...], tuple[list[tuple[str, float]], float]] = {}
        self._elsewhere: list[_Field] = []  # other indexes of the same knowledge base
        self._side_by_side_pairs: dict[str, bool] = {}
        self._idiom_only: dict[tuple[int, str], bool] = {}  # (passage, word): only in an idiom
        self._doc_positions: dict[str, list[int]] = {}
        for i, p in enumerate(self.passages):
            self._doc_positions.setdefault(p.doc.id, []).append(i)
        self._roles_seen: dict[int, frozenset[str]] = {}  # _addressed_at, as asked
        # _quoted_at, as asked: by position and whether slogans are kept
        self._quoted_seen: dict[tuple[int, bool], tuple[tuple[str, ...], ...]] = {}
        self._passage_words: dict[int, tuple[str, ...]] = {}  # _folded_words, as read
        self._passage_lines: dict[int, tuple[str, ...]] = {}  # _folded_lines, as read

    def share_vocabulary(self, other: "SearchIndex") -> None:
        """Take the words of another index of the same knowledge base as known words too:
        a word of the law ("thay", "chuẩn") typed in a question is that word, not a typo for
        a campaign word ("hay", "chắn"); here it stays unknown and weighs as such."""
        self._elsewhere.append(other._passage)

    def _knows(self, term: str) -> bool:
        """Whether this index or one sharing its vocabulary has the word or pair."""
        # the vocabularies themselves: a word is asked of them dozens of times a question
        # (a loop, not any(): no generator made for each word)
        if term in self._passage.vocabulary:
            return True
        for field in self._elsewhere:  # noqa: SIM110
            if term in field.vocabulary:
                return True
        return False

    def passages_saying(self, word: str) -> int:
        """How many passages of this index have the folded word."""
        return self._passage.df(word)

    def unknown_words(self, query: str) -> set[str]:
        """The words of the question, as typed and folded, that this index does not know."""
        return self._unknown(self._analysed(query)[0])

    def _unknown(self, tokens: list[str]) -> set[str]:
        """The folded words this index does not know, but for those of a phrase of
        knowledge/synonyms.yaml ("ngang nhau", "ưu tiên"): its group's other phrases say
        what the documents say of it."""
        known = self._passage.vocabulary  # most words are this index's own: one lookup
        unknown = {
            i: word
            for i, token in enumerate(tokens)
            if token.isalpha() and (word := fold(token)) not in known and not self._knows(word)
        }
        if not unknown:  # most questions: no phrase to look for
            return set()
        phrased = self._in_synonym_phrases(tokens)
        return {word for i, word in unknown.items() if i not in phrased}

    def _in_synonym_phrases(self, tokens: list[str]) -> set[int]:
        """The places of the words in a phrase of several words of knowledge/synonyms.yaml
        ("ngang nhau"): words the documents may lack, which are no slips for theirs."""
        return {
            i for m in self.synonyms.find(tokens, accented=False) for i in range(m.start, m.end)
        }

    def read_words(self, query: str) -> list[str]:
        """The question's words as the search reads them before typos in words are mended:
        abbreviations spelled out, a mistyped one too ("luật tkdt": "luật thi đua khen
        thưởng"). Not to be changed by the caller."""
        return self._analysed(query)[1]

    def unknown_mended(self, query: str) -> set[str]:
        """The words of the question this index does not know once its typos are mended
        ("khônng" is "không"): words of something the documents never speak of."""
        return self._unknown(self._analysed(query)[2])

    def mends_any(self, query: str, words: set[str]) -> bool:
        """Whether this index reads one of these folded words of the question as a slip."""
        return not words <= {fold(t) for t in self._analysed(query)[2]}

    def has_words(self, folded: Sequence[str]) -> bool:
        """Whether some passage has these folded words, each next to the following one."""
        pairs = [f"{a} {b}" for a, b in pairwise(folded)]
        return bool(folded) and all(term in self._passage for term in [*folded, *pairs])

    def _kind_prior(self, asked: frozenset[str]) -> np.ndarray:
        """Down-weight cards and outlines unless asked for (one vector per kind of question)."""
        prior = self._kind_priors.get(asked)
        if prior is None:
            prior = np.ones(len(self.passages), dtype=np.float32)
            for kind, mask in self._kind_masks.items():
                prior[mask] = ON_INTENT_PRIOR[kind] if kind in asked else OFF_INTENT_PRIOR[kind]
            self._kind_priors[asked] = prior
        return prior

    def _query(
        self,
        tokens: list[str],
        terms: list[QueryTerm],
        asked: set[str],
        said: list[str] | None = None,
    ) -> Query:
        """How the question scores passages: its terms, its documents, its priors; `said` is
        the question's words before function words are left out ("của Bộ"), if they were."""
        kind_prior = self._kind_prior(frozenset(asked))
        plain = [fold(t) for t in tokens]
        folded = set(plain)
        text = f" {' '.join(plain)} "
        # (passages of the documents the question names, boost): by number, year or kind.
        boosts = [
            (self._docs_mask(f"number {n}", self._doc_numbers[n]), DOCUMENT_NUMBER_BOOST)
            for n in folded & self._doc_numbers.keys()
            if not self._names_only_citing(n, text)
        ]
        for n in folded & self._citing_groups.keys():
            # "công văn … về CT 14": a kind the numbered document is not names one citing it
            numbered = self._doc_numbers[n].tolist() if n in self._doc_numbers else []
            own = {self._kind_of[i] for i in numbered}
            kinds = {k for k, _ in self._doc_kinds if k in text} - own
            groups = self._citing_groups[n]  # the text is read once per issuer and kind
            chosen = [
                g for g, (issuer, kind, _) in enumerate(groups) if issuer in text or kind in kinds
            ]
            if chosen:
                citing = np.concatenate([groups[g][2] for g in chosen])
                key = f"citing {n} {chosen}"  # the groups chosen make the same documents
                boosts.append((self._docs_mask(key, citing), DOCUMENT_NUMBER_BOOST))
            elif n in self._doc_numbers and not self._names_only_citing(n, text):
                # "chỉ thị 14 giao ai theo dõi": the number names the directive alone, not
                # the letters carrying it out whose titles and headings repeat it ("theo
                # Chỉ thị số 14/CT-UBND …"), which the question names neither by issuer
                # nor by kind
                citing = np.concatenate([docs for _, _, docs in groups])
                boosts.append((self._docs_mask(f"citing {n}", citing), 1 / DOCUMENT_NUMBER_BOOST))
        boosts += [
            (self._docs_mask(f"year {y}", self._doc_years[y]), YEAR_BOOST)
            for y in folded & self._doc_years.keys()
        ]
        boosts += [
            (self._docs_mask(k, docs), KIND_BOOST) for k, docs in self._doc_kinds if k in text
        ]
        if self._doc_numbers.keys().isdisjoint(folded) and self._citing_groups.keys().isdisjoint(
            folded
        ):
            # a number names its document better, and the body named after it may be its
            # issuer's, not the campaign's ("KH 3510 của UBND tỉnh" is the department's)
            boosts += [
                (self._docs_mask(f"issuer {issuer}", docs), ISSUER_BOOST)
                for issuer, docs in self._issuers_named(tokens if said is None else said)
            ]

        def prior(ids: np.ndarray | None) -> np.ndarray:
            """Priors of the passages (all when None), favouring a document named by its
            number ("Chỉ thị 14"), a year of its period or its kind. Read-only when shared."""
            if ids is None and not boosts:
                return kind_prior
            if ids is None:  # the masks live as long as the index: their ids name them
                key = (frozenset(asked), tuple((id(mask), boost) for mask, boost in boosts))
                cached = self._boosted_priors.get(key)
                if cached is not None:
                    return cached
            values: np.ndarray = kind_prior.copy() if ids is None else kind_prior[ids]
            for mask, boost in boosts:
                values[mask if ids is None else mask[ids]] *= boost
            if ids is None and (len(self._boosted_priors) + 1) * values.nbytes <= PRIOR_BUDGET:
                self._boosted_priors[key] = values
            return values

        return Query(
            terms=self._passage.usable(terms, common_cutoff=True),
            doc_scores=DOCUMENT_WEIGHT * self._document.scores(terms, common_cutoff=False),
            prior=prior,
            max_prior=max(1.0, *ON_INTENT_PRIOR.values())
            * math.prod(b for _, b in boosts if b > 1),
        )

    def _issuers_named(self, said: list[str]) -> list[tuple[str, np.ndarray]]:
        """The issuers of campaigns the question names, each with its documents: by the
        first words of its name ("sở tài nguyên", "ủy ban nhân") or, alone, by its level
        ("của Bộ": every campaign a ministry issued)."""
        text = f" {' '.join(fold(t) for t in said)} "
        levels = _bare_body_levels(said)
        return [
            (issuer, docs)
            for issuer, level, docs in self._campaign_issuers
            if issuer in text or level in levels
        ]

    def _names_only_citing(self, number: str, text: str) -> bool:
        """Whether the question names the issuer of a document carrying out the numbered one,
        and not the numbered one's own ("sở tnmt kon tum hưởng ứng ct14 thế nào"): it asks
        about the department's letter, which the number does not name."""
        numbered = self._doc_numbers[number].tolist()
        citing = self._citing_groups.get(number, [])
        return any(issuer in text for issuer, _, _ in citing) and not any(
            self._issuer_of[i] and self._issuer_of[i] in text for i in numbered
        )

    def _docs_mask(self, key: str, docs: np.ndarray) -> np.ndarray:
        """Which passages belong to these documents (kept per number, year or kind)."""
        mask = self._doc_masks.get(key)
        if mask is None:
            mask = self._doc_masks[key] = np.isin(self._doc_of, docs)
        return mask

    def _prefer_specific(
        self,
        candidates: np.ndarray,
        coverage: np.ndarray,
        rank: np.ndarray,
        named: frozenset[str] | None = None,
    ) -> None:
        """Rank an outline below a passage inside it that covers the question as well. When
        a list is asked ("tiêu chí … gồm những gì"), only below a part whose own heading has
        `named`, the question's pairs, that the outline's does not ("… tập thể có những gì":
        "1. Đối với tập thể"): the part the question names is the list it asks for."""
        outlines = np.flatnonzero(self._kind_masks["outline"][candidates]).tolist()
        if not outlines:  # most questions: no outline among the candidates
            return
        found = [self.passages[pid] for pid in candidates.tolist()]
        covered = coverage.tolist()  # Python floats: compared one by one below
        sections = [
            (j, p)
            for j, p in enumerate(found)
            if p.kind == "section"
            and (named is None or not named.isdisjoint(self._heading_pairs(int(candidates[j]))))
        ]
        if not sections:
            return
        for i in outlines:
            doc, scope = found[i].doc, found[i].scope
            # (the words naming the document name none of its parts: `_prefer_outline`)
            own = named - set(self.pairs(doc.title)) if named is not None else None
            inside = [
                j
                for j, other in sections
                if other.doc is doc
                and other.section.startswith(scope)
                and covered[j] >= covered[i]
                and (own is None or self._names_more(own, candidates[j], candidates[i]))
            ]
            if inside:
                rank[i] = min(rank[i], 0.9 * max(rank[j] for j in inside))

    def _prefer_outline(
        self,
        candidates: np.ndarray,
        coverage: np.ndarray,
        rank: np.ndarray,
        named: frozenset[str],
        said: str,
    ) -> None:
        """ "Kế hoạch … có những nội dung gì": a list of parts is asked, which the outline
        of the document is, or of its part whose heading has some of the pairs `named` by
        the question ("nội dung phong trào … có gì": "I. Nội dung Phong trào thi đua", by
        "dung phong"), other than its document's title's; it
        answers before the parts of its document that cover the question no better, whose
        longer text says the document's words more often ("Sóc Trăng" in an item). A part
        the question names is still preferred after (`_prefer_specific`)."""
        # (the words naming the document name none of its parts: "kế hoạch thi đua … gồm
        # những nội dung gì" is not asking for "I. Nội dung Phong trào thi đua")
        outlines = [
            i
            for i in np.flatnonzero(self._kind_masks["outline"][candidates]).tolist()
            if not (outline := self.passages[int(candidates[i])]).scope
            or not (named - set(self.pairs(outline.doc.title))).isdisjoint(
                self._heading_pairs(int(candidates[i]))
            )
        ]
        if not outlines:
            return
        found = [self.passages[pid] for pid in candidates.tolist()]
        covered, ranked = coverage.tolist(), rank.tolist()
        for i in outlines:
            # a part the question names by its heading, over the parts of its document
            # covering nearly as much: those words name the part, and the document's words
            # are said more often by its other parts
            slack = NAMED_OUTLINE_SLACK if found[i].scope else 0.0
            # (and its card, whatever it covers, unless a line of it is asked by its label,
            # "nơi nhận gồm …": the card says the document's particulars, which name it as
            # the question does, not what it holds)
            beaten = [
                ranked[j]
                for j, other in enumerate(found)
                if other.doc is found[i].doc
                and other.kind != "outline"
                and (
                    covered[j] <= covered[i] + slack
                    or (other.kind == "info" and not _names_card_line(other, said))
                )
            ]
            if beaten and max(beaten) > ranked[i]:
                # (above them, in the order the outlines had)
                rank[i] = max(beaten) * OUTLINE_LEAD + ranked[i] * 1e-3

    def _names_more(self, named: frozenset[str], part: int, outline: int) -> bool:
        """Whether the part's own heading has some of the pairs `named` that the outline's
        heading has not."""
        return bool((self._heading_pairs(int(part)) & named) - self._heading_pairs(int(outline)))

    def _prefer_official_text(
        self, candidates: np.ndarray, coverage: np.ndarray, rank: np.ndarray
    ) -> None:
        """Answer with an article's own text ("Điều 80. …") rather than the editors' note
        that follows it in a piece of its own ("(Điều 80, tiếp theo) Ghi chú (không phải lời
        văn của Luật): …") when the article answers too: the note explains the text, it
        does not replace it."""
        notes = np.flatnonzero(self._continued_notes[candidates]).tolist()
        self._first_pieces_lead(
            candidates, rank, notes, lambda head, _: coverage[head] >= MIN_CONFIDENCE
        )

    def _prefer_first_piece(
        self, candidates: np.ndarray, coverage: np.ndarray, rank: np.ndarray
    ) -> None:
        """A section cut in pieces answers from its first piece when that covers the
        question as fully as the piece continuing it: "nđ 152 quy định nguyên tắc khen thưởng
        thế nào" is Điều 4 from its clause (1), not from clause (5) on; a word only the later
        piece says ("thai sản") still finds that one."""
        later = np.flatnonzero(self._continued[candidates]).tolist()
        self._first_pieces_lead(
            candidates, rank, later, lambda head, piece: coverage[head] >= coverage[piece]
        )

    def _first_pieces_lead(
        self,
        candidates: np.ndarray,
        rank: np.ndarray,
        later: list[int],
        leads: Callable[[int, int], bool],
    ) -> None:
        """Swap the ranks of each `later` candidate (a piece continuing a section) and the
        first piece of its section among the candidates, when `leads(first, later)` and the
        later one ranks above it."""
        if not later:
            return
        passages = [self.passages[pid] for pid in candidates.tolist()]
        heads = {
            (piece.doc.id, piece.section): i
            for i, piece in enumerate(passages)
            if piece.kind == "section" and not self._continued[candidates[i]]
        }
        for i in later:
            head = heads.get((passages[i].doc.id, passages[i].section))
            if head is not None and leads(head, i) and rank[i] > rank[head]:
                rank[head], rank[i] = rank[i], rank[head]

    def _prefer_defining(
        self,
        tokens: list[str],
        said: list[str],
        candidates: np.ndarray,
        answering: list[int],
        rank: np.ndarray,
    ) -> None:
        """Raise the passage with a sentence that opens on what the question asks about and
        says what it is ("năm 2022 có ý nghĩa gì" → "Năm 2022 là năm tạo nền tảng…"): every
        passage of the year's plan names the year, this one defines it. Read in the words
        searched, else as typed, where the "thì" after a document named first is still
        there ("theo điều lệ sáng kiến thì sáng kiến là gì")."""
        opening = _definition(tokens) or _definition(said)
        if opening is None:
            return
        for i in answering:
            if opening(fold(self.passages[candidates[i]].text)):
                rank[i] *= DEFINING_BOOST

    def _prefer_subject(
        self,
        pairs: list[str],
        said: list[str],
        candidates: np.ndarray,
        answering: list[int],
        rank: np.ndarray,
    ) -> None:
        """Raise a passage whose own heading names the conditions asked of what the question
        opens on, its subject ("sáng kiến được cơ sở công nhận cần điều kiện gì" → "Điều 3.
        Sáng kiến (điều kiện công nhận sáng kiến)"): another passage may say the question's
        words in passing (the article on a title requiring "sáng kiến được cơ sở công nhận").
        A question that opens on the conditions asks them of what follows ("điều kiện công
        nhận sáng kiến theo Điều lệ Sáng kiến"): then a heading naming any of that will do,
        over the document's opening that names the document the question cites. Conditions
        may be asked without the word ("sáng kiến được công nhận khi nào", _ASKS_CONDITIONS);
        an article named by the very thing the question names ("Điều 3. Sáng kiến") rises
        again over one that only requires it."""
        at = next((i for i, pair in enumerate(pairs) if pair in CONDITION_PAIRS), None)
        text = f" {' '.join(fold(t) for t in said)} "
        if at is None:
            if not _ASKS_CONDITIONS.search(text):
                return
            # asked in other words ("được công nhận khi nào", "trường hợp nào không được"):
            # a heading naming conditions of something the question names
            asked_any, subject = CONDITION_PAIRS, set(pairs)
        else:
            asked_any = frozenset((pairs[at],))
            # past the pair that straddles the condition word ("kiện công")
            subject = set(pairs[at + 2 :]) - CONDITION_PAIRS if at == 0 else {pairs[0]}
        for i in answering:
            heading = self._heading_pairs(int(candidates[i]))
            if not subject.isdisjoint(heading - asked_any) and not asked_any.isdisjoint(heading):
                rank[i] *= SUBJECT_BOOST
                # an article named by what the question names whole ("Điều 3. Sáng kiến
                # (điều kiện …)"), not by a title that only requires it, is the law on it
                name = _TITLE_NAME.sub("", fold(passage_title(self.passages[candidates[i]])))
                name = name.split("(", 1)[0].strip()
                if " " in name and f" {name} " in text:
                    rank[i] *= SUBJECT_BOOST

    def _prefer_basis_line(
        self, kind: str, candidates: np.ndarray, coverage: np.ndarray, rank: np.ndarray
    ) -> None:
        """ "Phát động theo kế hoạch nào": what a document carries out is the line "Căn cứ: …"
        of its card when it names a document of that `kind` (any, when empty); the card,
        which says no "theo" again, answers before the passages of its document that
        cover the question as far (its opening, an item naming the campaign), as it does
        when "căn cứ" is said. Not when its bases are of another kind ("theo nghị quyết
        nào" of a directive resting on two directives: a passage citing one answers)."""
        found = [self.passages[pid] for pid in candidates.tolist()]
        covered = coverage.tolist()
        for i, card in enumerate(found):
            if card.kind != "info":
                continue
            line = next((ln for ln in card.text.split("\n") if ln.startswith("Căn cứ: ")), "")
            if not line or kind not in fold(line):
                continue
            own = [j for j, p in enumerate(found) if p.doc is card.doc and j != i]
            if own and covered[i] >= max(covered[j] for j in own):
                rank[i] = max(rank[i], *(rank[j] * 1.01 for j in own))

    def _prefer_purpose(
        self, candidates: np.ndarray, answering: list[int], rank: np.ndarray
    ) -> None:
        """Put first the opening of the best passage's document when it says what the
        document is for ("…, nhằm đưa các phong trào thi đua lan tỏa sâu rộng …"), asked as
        "chỉ thị 14 nhằm mục đích gì": the purpose of the whole text, not a line of one of
        its items aiming at something ("nhằm tập trung thực hiện mục tiêu kép")."""
        if not answering:
            return
        best = max(answering, key=lambda i: rank[i])
        doc = self.passages[int(candidates[best])].doc
        for i in answering:
            passage = self.passages[int(candidates[i])]
            if (
                passage.doc is doc
                and passage.kind == "intro"
                and " nham " in f" {fold(passage.text)} "
            ):
                rank[i] = max(rank[i], rank[best] * 1.01)

    def _prefer_addressed(
        self, said: list[str], candidates: np.ndarray, answering: list[int], rank: np.ndarray
    ) -> None:
        """Raise a part addressed to the people the question names ("giám đốc sở tnmt các
        tỉnh phải làm gì": "- Thủ trưởng các đơn vị thuộc Bộ, Giám đốc các Sở …"; "cá nhân là
        thủ trưởng đơn vị cần thêm gì": "Đối với cá nhân là lãnh đạo thủ trưởng đơn vị: …")
        over one that only speaks of them ("- Tham mưu Giám đốc Sở …"), by the share of
        them it addresses."""
        folded = f" {' '.join(fold(t) for t in said)} "
        named = _roles_in(folded)
        asked = named - directing_roles(folded, named)
        if not asked:
            return
        for i in answering:
            share = len(asked & self._addressed_at(int(candidates[i]))) / len(asked)
            if share:
                rank[i] *= ROLE_BOOST**share

    def _addressed_at(self, position: int) -> frozenset[str]:
        """Whom the passage addresses (_addressed), worked out when a question first names
        a role; an outline of a part ("III. Tiêu chí thi đua"), whom the parts inside it
        address ("1. Đối với tập thể", "2. Đối với cá nhân"). Not at load: a library of
        10,000 documents would pay for it on every start."""
        found = self._roles_seen.get(position)
        if found is None:
            passage = self.passages[position]
            if passage.kind == "outline" and passage.scope:
                inside = (
                    self.passages[j]
                    for j in self._doc_positions[passage.doc.id]
                    if self.passages[j].section.startswith(passage.scope)
                )
                found = frozenset().union(*(_addressed(p) for p in inside))
            else:
                found = _addressed(passage)
            self._roles_seen[position] = found
        return found

    def _quoted_at(self, position: int, slogans: bool = True) -> tuple[tuple[str, ...], ...]:
        """The names the passage quotes (_quoted_names), worked out when a question first
        asks "which X"; not at load, for the same reason as _addressed_at."""
        found = self._quoted_seen.get((position, slogans))
        if found is None:
            found = _quoted_names(self.passages[position], slogans)
            self._quoted_seen[(position, slogans)] = found
        return found

    def _prefer_counted(
        self, said: list[str], candidates: np.ndarray, answering: list[int], rank: np.ndarray
    ) -> None:
        """Raise a part that counts what the question counts, in its words ("4 phong trào
        thủ tướng phát động là những gì": "trọng tâm là 4 phong trào thi đua đã được Thủ
        tướng Chính phủ phát động: …"): it lists them; others speak of the same things."""
        plain = [fold(t) for t in said]
        counted = [
            pair
            for before, a, b in zip(["", *plain], plain, plain[1:], strict=False)
            if a.isdecimal()  # ("²".isdigit() is true, but int("²") fails)
            and int(a) <= MAX_COUNTED
            and a not in self._doc_numbers  # "ct 14/ct-ubnd": a document's number
            and before not in NUMBERING
            and b.isalpha()
            and (pair := f"{a} {b}") in self._passage
        ]
        if not counted:
            return
        at = np.array(answering, dtype=np.intp)
        has = self._passage.presence(counted, self._body_of[candidates[at]]).max(axis=0)
        rank[at[has > 0]] *= SUBJECT_BOOST

    def _prefer_named_which(
        self, said: list[str], candidates: np.ndarray, answering: list[int], rank: np.ndarray
    ) -> None:
        """Raise a part with a quoted name that the words the question asks "which" of open
        ("có nhắc phong trào doanh nghiệp nào không": "“Doanh nghiệp Việt Nam hội nhập và
        phát triển”"; "phong trào cán bộ công chức nào": "“Cán bộ, công chức, viên chức thi
        đua …”"): others may say the words in passing ("người dân và doanh nghiệp")."""
        plain = [fold(t) for t in said]
        runs = [
            plain[j:i]
            for i, word in enumerate(plain)
            if word == WHICH
            for j in range(max(i - WHICH_WORDS, 0), i - 1)
        ]
        named = _movement_named(plain)
        # ... or, with no quotes, one naming the kind asked for LISTED times or more: it lists
        # such things ("nhắc những chỉ số nào": "Chỉ số …(PAPI), Chỉ số …, Chỉ số …(PCI)").
        # Only when several are asked for: "theo nghị quyết nào" asks for the one it rests
        # on, not a line citing three.
        kinds = {
            f" {a} {b} "
            for many, a, b, which in zip(plain, plain[1:], plain[2:], plain[3:], strict=False)
            if many in SEVERAL and which == WHICH
        }
        if not runs and not named:
            return
        for i in answering:
            names = self._quoted_at(int(candidates[i]))
            movements = self._quoted_at(int(candidates[i]), slogans=False) if named else ()
            if (
                any(
                    name[:2] == tuple(run[:2]) and set(run) <= set(name)
                    for name in names
                    for run in runs
                )
                or any(_within_name(run, name) for name in movements for run in named)
                or self._lists_kind(int(candidates[i]), kinds)
            ):
                rank[i] *= SUBJECT_BOOST

    def _lists_kind(self, position: int, kinds: set[str]) -> bool:
        """Whether a line of the passage names one of the `kinds` (folded, padded) LISTED
        times or more (a passage may name "phong trào" in line after line in passing)."""
        if not kinds:
            return False
        return any(
            line.count(kind) >= LISTED for line in self._folded_lines(position) for kind in kinds
        )

    def _folded_lines(self, position: int) -> tuple[str, ...]:
        """The lines of a passage's text as folded words, padded with spaces (kept for a few
        passages, as `_folded_words`)."""
        found = self._passage_lines.get(position)
        if found is None:
            lines = self.passages[position].text.splitlines()
            found = tuple(f" {' '.join(fold(w) for w in words(line))} " for line in lines)
            if len(self._passage_lines) >= MAX_REMEMBERED_PASSAGES:
                self._passage_lines.clear()
            self._passage_lines[position] = found
        return found

    def _prefer_opening(
        self,
        tokens: list[str],
        accented: bool,
        candidates: np.ndarray,
        answering: list[int],
        rank: np.ndarray,
    ) -> None:
        """A message that only names a document, asking nothing of it ("kế hoạch phát động thi
        đua năm 2022 của sở tnmt sóc trăng"), asks for the document as a whole: its opening,
        which says what it launches and why, rather than a part that repeats its name."""
        if not answering:
            return
        top = answering[int(np.argmax(rank[answering]))]
        doc = self.passages[int(candidates[top])].doc
        said = {fold(t) for t in tokens if _is_content(t, accented)}
        text = f" {' '.join(fold(t) for t in tokens)} "
        if (
            not doc.is_campaign
            or f" {fold(doc.kind)} " not in text  # named as the kind of document it is
            or not said <= self._name_units(doc)
        ):
            return
        for i in answering:
            passage = self.passages[int(candidates[i])]
            if passage.doc is doc and passage.kind == "intro":
                rank[i] = max(rank[i], rank[top] * 1.01)
                return

    def _cards_name_recipients(
        self,
        units: list[tuple[str, float, str | None]],
        candidates: np.ndarray,
        coverage: np.ndarray,
    ) -> None:
        """A card with a line of recipients ("Kính gửi:", "Nơi nhận:") answers "gửi đến những
        ai" by that line, which says no "gửi đến" again: the card covers such a question as
        far as it covers its other words."""
        cards = [
            i
            for i, pid in enumerate(candidates.tolist())
            if self.passages[pid].kind == "info"
            and _RECIPIENT_LINES.search(self.passages[pid].text)
        ]
        rest = [unit for unit in units if SENDING_WORDS.isdisjoint(unit[0].split())]
        if not cards or not rest or len(rest) == len(units):
            return
        at = np.array(cards)
        coverage[at] = np.maximum(coverage[at], self._coverage(rest, candidates[at]))

    def _prefer_about(
        self, subject: list[str], candidates: np.ndarray, answering: list[int], rank: np.ndarray
    ) -> None:
        """Raise a passage that opens on what the question asks it says something about
        ("bộ có nói gì về sáng kiến": "3. Xây dựng cơ chế khuyến khích việc đăng ký các sáng
        kiến, …"): others may name it in passing as often."""
        accented = any(has_marks(t) for t in subject)
        content = [t for t in subject if _is_content(t, accented)]
        pairs = content_pairs(content, accented=True)
        wanted = pairs or [fold(t) for t in content]
        if not wanted:
            return
        leading = [
            i
            for i in answering
            if all(f" {u} " in _lead_clause(self.passages[int(candidates[i])]) for u in wanted)
        ]
        # none opens on it: in the document found best, those that say it at all ("nói gì
        # về vắc xin": the one item on the vaccination, in the middle of its sentence), over
        # its opening that does not (not its outline: it names every part, and is about none)
        best = max(answering, key=lambda i: rank[i], default=None)
        doc = self.passages[int(candidates[best])].doc.id if best is not None else ""
        saying = leading or [
            i
            for i in answering
            if self.passages[int(candidates[i])].doc.id == doc
            and self.passages[int(candidates[i])].kind != "outline"
            and all(f" {u} " in _folded_text(self.passages[int(candidates[i])]) for u in wanted)
        ]
        for i in saying:
            rank[i] *= SUBJECT_BOOST
        # ... and over the outline of their document, which a list asked for ("có nội dung
        # gì về vắc xin") raised: it shows that part cut short, among all the others
        said_in = {self.passages[int(candidates[i])].doc.id for i in saying}
        top = max((float(rank[i]) for i in saying), default=0.0)
        for i in answering:
            found = self.passages[int(candidates[i])]
            if found.kind == "outline" and found.doc.id in said_in:
                rank[i] = min(float(rank[i]), top * OUTLINE_BELOW)

    def _prefer_topic(
        self,
        units: list[tuple[str, float, str | None]],
        ordinal: int | None,
        candidates: np.ndarray,
        answering: list[int],
        rank: np.ndarray,
        listed: str | None = None,
    ) -> None:
        """A question that names a document and asks of a topic in it ("CT 14 Kon Tum nói gì
        về covid", "công văn covid của sở có nội dung về vắc xin không") is answered by the
        part that says the topic, not by the opening that repeats the document's name: the
        words naming the document (its number, title, issuer, theme, year) tell which
        document, and only the others, the topic, tell its parts apart. When the part found
        first says less than FEW_OF_TOPIC of what another part says of the topic, each part
        rises by the share of the topic its own text has (not the outline: it names every
        part and is about none), and when it says none of it, the part saying most of it
        (TOPIC_TOLD at least) goes first; a part found first that says much of it was found
        for it.
        Of a numbered item cut in pieces, the opening piece answers before a later one when
        it says the topic's words as fully. An item the question counts to ("nội dung thi đua
        thứ 2") is the one so numbered in a part whose heading the question names ("I. Nội
        dung Phong trào thi đua › 2. …"), or in the document itself."""
        ranked = rank.tolist()  # as Python numbers, read before any is raised
        found_parts = self._topic_parts(units, candidates, answering, ranked)
        if found_parts is None:
            return
        ids, topic, parts = found_parts
        if sum(w for _, w in topic) <= 0 and ordinal is None:
            return
        at = np.array([ids[i] for i in parts])
        found = self._passage.presence([u for u, _ in topic], self._body_of[at])
        # a topic word most parts say ("khen thưởng" in a letter on emulation) is said in
        # passing; one few parts say ("covid") tells the part that is about it
        weights = np.array([w for _, w in topic]) * np.log1p(len(parts) / (1 + found.sum(axis=1)))
        shares = (weights @ found) / max(float(weights.sum()), 1e-9)
        says = dict(zip(parts, shares.tolist(), strict=True))
        leader = max(parts, key=ranked.__getitem__)
        if says[leader] < FEW_OF_TOPIC * max(says.values()):
            for i in parts:
                rank[i] *= 1 + TOPIC_WEIGHT * says[i]
            most = max(says.values())
            if says[leader] == 0 and most >= TOPIC_TOLD:
                telling = max((i for i in parts if says[i] >= most), key=ranked.__getitem__)
                rank[telling] = max(float(rank[telling]), float(rank[leader]) * 1.01)
        else:
            self._prefer_close_topic(topic, ids, parts, says, ranked, rank)
        if ordinal is not None:
            self._raise_counted(topic, ordinal, [ids[i] for i in parts], parts, rank, listed)
        heads = {
            self.passages[ids[i]].section: i
            for i in parts
            if self.passages[ids[i]].kind == "section"
            and self.passages[ids[i]].utf8[:1] != b"("  # (the text is not decoded for it)
            # a numbered item ("4. Tiếp tục …"), not an article cut in pieces
            and item_number(self.passages[ids[i]].section.split(" › ")[-1]) is not None
        }
        # (by the topic's words, not its pairs: a later piece may say "phòng chống dịch
        # Covid-19" side by side that the item's opening says "phòng, chống dịch bệnh")
        single = np.array([0.0 if " " in u else 1.0 for u, _ in topic]) * weights
        said = (single @ found) / max(float(single.sum()), 1e-9)
        words_said = dict(zip(parts, said.tolist(), strict=True))
        for i in parts:
            head = heads.get(self.passages[ids[i]].section)
            if head is not None and head != i and words_said[head] >= words_said[i] > 0:
                rank[head] = max(rank[head], rank[i] * 1.01)

    def _prefer_spelled_out(
        self, said: str, candidates: np.ndarray, answering: list[int], rank: np.ndarray
    ) -> None:
        """Of the parts of the document found first that rank nearly as high, the one that
        spells out what the question names, its words followed by a colon and what it is
        ("quy định văn hóa công sở: không đi muộn về sớm, …"), over those naming it only
        ("… quy định văn hóa công sở và nội quy …", the name of a movement)."""
        if not answering:
            return
        asked = f" {said} "
        ranked = rank.tolist()
        best = max(answering, key=ranked.__getitem__)
        leader = self.passages[int(candidates[best])]
        if _spells_out(leader.text, asked):
            return
        spelling = [
            i
            for i in answering
            if i != best
            and ranked[i] >= SPELLED_OUT_REACH * ranked[best]
            and (passage := self.passages[int(candidates[i])]).doc is leader.doc
            and passage.kind == "section"
            and _spells_out(passage.text, asked)
        ]
        if spelling:
            part = max(spelling, key=ranked.__getitem__)
            rank[part] = ranked[best] * 1.01

    def _prefer_close_topic(
        self,
        topic: list[tuple[str, float]],
        ids: list[int],
        parts: list[int],
        says: dict[int, float],
        ranked: list[float],
        rank: np.ndarray,
    ) -> None:
        """Of the parts that say (nearly) as much of the topic as any, the part found first
        among them, raise each by how close together it says the topic's phrase (its words
        the question says side by side, word_span): "chất lượng công tác khen thưởng" is
        about the quality of awards, "… khen thưởng ổn định … quyết định chất lượng công tác
        tham mưu" only says both words."""
        most = max(says.values())
        full = [i for i in parts if says[i] >= NEARLY_AS_MUCH * most]
        if most <= 0 or len(full) < 2 or max(parts, key=ranked.__getitem__) not in full:
            return  # (a part found first that says less was found for more than the topic)
        said = {i: self._folded_words(ids[i]) for i in full}
        wanted = heaviest_phrase(
            [(u, w) for u, w in topic if w > 0], set.intersection(*(set(s) for s in said.values()))
        )
        if len(wanted) < 2:
            return
        for i in full:
            rank[i] *= 1 + CLOSE_TOPIC_WEIGHT * closeness(said[i], wanted)

    def _folded_words(self, position: int) -> tuple[str, ...]:
        """The folded words of a passage's text (kept for a few passages: the same parts are
        read for question after question)."""
        found = self._passage_words.get(position)
        if found is None:
            found = tuple(fold(w) for w in words(self.passages[position].text))
            if len(self._passage_words) >= MAX_REMEMBERED_PASSAGES:
                self._passage_words.clear()
            self._passage_words[position] = found
        return found

    def _raise_counted(
        self,
        topic: list[tuple[str, float]],
        ordinal: int,
        positions: list[int],
        parts: list[int],
        rank: np.ndarray,
        listed: str | None,
    ) -> list[int]:
        """Raise above all the item the question counts to ("nội dung thi đua thứ 2"):
        `parts` are the candidates (at `positions`) of the document the question names;
        `listed`, the pair the counted noun names its list by ("nd" is "nội dung")."""
        asked = {unit for unit, _ in topic if " " in unit}  # not those naming the document
        if listed is not None:
            asked.add(listed)
        top = float(rank.max())
        if ordinal == LAST:  # "nội dung cuối cùng": the highest number of that list
            ordinal = self._last_number(positions, asked)
        counting = [
            i for i, p in zip(parts, positions, strict=True) if self._counts_to(p, ordinal, asked)
        ]
        if not asked:  # no list named: the document's first ("I. Nội dung …"), its main one
            counting = sorted(counting, key=lambda i: positions[parts.index(i)])[:1]
        for i in counting:
            rank[i] = max(rank[i], top * 1.01)
        return counting

    def _prefer_counted_item(
        self,
        units: list[tuple[str, float, str | None]],
        ordinal: int,
        candidates: np.ndarray,
        coverage: np.ndarray,
        answering: list[int],
        rank: np.ndarray,
        listed: str | None,
    ) -> None:
        """The item a question counts to answers it even when the question asks something
        of it ("nội dung số 7 … hưởng ứng phong trào của ai phát động": who, in item 7)."""
        found_parts = self._topic_parts(units, candidates, answering, rank.tolist())
        if found_parts is None:
            return
        ids, topic, parts = found_parts
        raised = self._raise_counted(topic, ordinal, [ids[i] for i in parts], parts, rank, listed)
        # of an item cut in pieces, the piece covering the question most
        for i in raised:
            rank[i] *= 1 + 1e-3 * float(coverage[i])

    def _topic_parts(
        self,
        units: list[tuple[str, float, str | None]],
        candidates: np.ndarray,
        answering: list[int],
        ranked: list[float],
    ) -> tuple[list[int], list[tuple[str, float]], list[int]] | None:
        """The candidates' passage positions, the question's topic in the document of the
        best answering candidate (`_topic_of`), and the answering candidates that are that
        document's parts (not its outline); None when the question names no document or
        fewer than two of its parts answer."""
        if not answering or not units:
            return None
        ids = candidates.tolist()
        best = max(answering, key=ranked.__getitem__)
        doc_of = self._doc_of.take(candidates).tolist()
        parts = [
            i
            for i in answering
            if doc_of[i] == doc_of[best] and self.passages[ids[i]].kind != "outline"
        ]
        if len(parts) < 2:  # (most questions: the topic need not be worked out)
            return None
        topic = self._topic_of(units, doc_of[best], ids[best])
        return None if topic is None else (ids, topic, parts)

    def _topic_of(
        self, units: list[tuple[str, float, str | None]], doc: int, position: int
    ) -> list[tuple[str, float]] | None:
        """The question's units that are not words naming the document `doc` (its number,
        title, issuer, theme, year; `position` is one of its passages): the topic asked of
        it. None when the question does not name it (its name carries less than
        NAMING_SHARE of the question's weight)."""
        # a pair of two words of the name ("văn sở" of "công văn sở …"), or of one and a
        # joining word ("kiến theo" of "sáng kiến theo nghị định 13"), is no topic
        terms = sorted({u for unit, _, _ in units for u in [unit, *unit.split()]})
        present = self._document.presence(terms, np.array([doc]))[:, 0].tolist()
        theme = self._theme_units(self.passages[position].doc)  # "phong trào … covid"
        named = {u for u, found in zip(terms, present, strict=True) if found or u in theme}
        named |= _carrying_out(units, named)
        total = sum(weight for _, weight, _ in units)
        naming = sum(weight for unit, weight, _ in units if unit in named)
        if naming < NAMING_SHARE * total:
            return None
        # words the name has apart, said together of something else ("chú trọng"): what is
        # asked about, as words too
        apart = {
            v
            for u, _, _ in units
            if " " in u
            and u not in named
            and named.issuperset(v for v in u.split() if v not in FOLDED_SCAFFOLDING)
            and not _part_of_name(u, named)
            for v in u.split()
        }
        return [
            (u, w)
            for u, w, _ in units
            if u in apart
            or (
                u not in named
                and not (
                    named.issuperset(v for v in u.split() if v not in FOLDED_SCAFFOLDING)
                    and _part_of_name(u, named)
                )
            )
        ]

    def _opening_yields(
        self,
        units: list[tuple[str, float, str | None]],
        candidates: np.ndarray,
        coverage: np.ndarray,
        answering: list[int],
        rank: np.ndarray,
    ) -> None:
        """A question that names a document and asks one fact of it ("chỉ thị 14/CT-UBND
        của chủ tịch UBND tỉnh Kon Tum yêu cầu phòng chống dịch theo nghị quyết nào", "theo
        thông tư 18/2013 … mẫu đơn gồm những mục gì") is answered by the part stating the
        fact, not by the document's opening, which ranks first only because it repeats the
        document's name (its number, issuer, title): when the opening is found first and a
        part of the same document covers more of the question and says more of the topic
        (the words not naming the document; at least TOPIC_SAID of it, and where no more than
        half the document's parts say as much), that part answers first. Not of "nói về gì",
        which the opening tells, nor of a card's fact (who issued it, when)."""
        if not answering or not units:
            return
        ids = candidates.tolist()
        ranked = rank.tolist()
        best = max(answering, key=ranked.__getitem__)
        if self.passages[ids[best]].kind != "intro":
            return
        doc_of = self._doc_of.take(candidates).tolist()
        covered = coverage.tolist()
        if not any(
            doc_of[i] == doc_of[best]
            and self.passages[ids[i]].kind == "section"
            and covered[i] > covered[best]
            for i in answering
        ):
            return  # no part could answer first (most questions: no topic worked out)
        topic = self._topic_of(units, doc_of[best], ids[best])
        if topic is None:
            return
        # "nói về gì": what the document says as a whole, which its opening tells
        topic = [(u, w) for u, w in topic if _SAYING.keys().isdisjoint(u.split())]
        weights = np.array([w for _, w in topic])
        if weights.sum() <= 0:  # names it, and asks nothing more of it
            return
        own = [
            i
            for i in answering
            if doc_of[i] == doc_of[best] and self.passages[ids[i]].kind in ("section", "intro")
        ]
        at = np.array([ids[i] for i in own])
        found = self._passage.presence([u for u, _ in topic], self._body_of[at])
        shares = ((weights @ found) / float(weights.sum())).tolist()
        says = dict(zip(own, shares, strict=True))
        stating = [
            i
            for i in own
            if self.passages[ids[i]].kind == "section"
            and covered[i] > covered[best]
            and says[i] >= TOPIC_SAID
            and says[i] > says[best]
            # a topic most parts say ("bao nhiêu mục": every "mục N") tells none apart
            and 2 * sum(says[j] >= says[i] for j in own) <= len(own)
        ]
        if stating:
            part = max(stating, key=ranked.__getitem__)
            rank[part] = max(rank[part], ranked[best] * 1.01)

    def _last_number(self, positions: list[int], asked: set[str]) -> int:
        """The number of the last item of the first list among the passages (a part whose
        heading has a pair of `asked`, any when none is asked)."""
        listed = sorted(p for p in positions if self._counts_to(p, None, asked))
        if not listed:
            return LAST
        part = self.passages[listed[0]].section.rsplit(" › ", 1)[:-1]
        return max(
            number
            for p in listed
            if self.passages[p].section.rsplit(" › ", 1)[:-1] == part
            and (number := item_number(self.passages[p].section.split(" › ")[-1])) is not None
        )

    def _counts_to(self, position: int, ordinal: int | None, asked: set[str]) -> bool:
        """Whether the passage is item number `ordinal` (any number when None: "mục 2", "2.
        Đối với cá nhân", "II. …") of its document, or of a part whose heading has a pair of
        `asked`, or of any part when none is asked."""
        *above, own = self.passages[position].section.split(" › ")
        number = item_number(own)
        if number is None or (ordinal is not None and number != ordinal):
            return False
        return not above or not asked or not asked.isdisjoint(self.pairs(" ".join(above)))

    def _heading_pairs(self, position: int) -> frozenset[str]:
        found = self._headings.get(position)
        if found is None:
            found = frozenset(self.pairs(passage_title(self.passages[position])))
            if len(self._headings) < MAX_NEAR_WORDS:
                self._headings[position] = found
        return found

    def named_kinds(self, query: str) -> frozenset[str]:
        """The kinds of document the question names, folded ("công văn", "cv": "cong van")."""
        text = f" {' '.join(fold(t) for t in self._analysed(query)[2])} "
        return frozenset(kind for kind in DOCUMENT_KINDS if f" {kind} " in text)

    def asks_definition(self, query: str) -> bool:
        """Whether the question asks what something is ("sáng kiến là gì")."""
        return _defined_subject(self._analysed(query)[2]) is not None

    def defines(self, position: int, query: str) -> bool:
        """Whether the passage has a sentence opening on what the question asks to be
        defined and saying what it is ("1. Sáng kiến là giải pháp …")."""
        opening = _definition(self._analysed(query)[2])
        return opening is not None and opening(fold(self.passages[position].text))

    def search(
        self, query: str, limit: int = 3, matters: Callable[[float], bool] | None = None
    ) -> list[Hit]:
        """Return up to `limit` passages that answer the query, best first; [] if none does.
        `matters` tells whether hits whose best coverage is this one could change what the
        caller answers (never for a lower one when not for a higher one): when not, [] is
        returned as soon as that is known, before the passages are ranked."""
        _, mended, tokens = self._analysed(query)
        said = tokens  # as typed and mended, before function words are left out
        accented = _typed_with_marks(query)
        if accented and tokens != mended:
            tokens = self._with_marks(mended, tokens)
        if tokens != mended:
            # a slip inside a phrase the dictionary rewrites ("có ý nhhĩa gì" is "có ý nghĩa
            # gì", which asks as "là gì" does) is read once mended
            tokens = self.analyzer.words(" ".join(tokens))
        asked = _asked_kinds(tokens)
        if "info" in asked and _asks_date(tokens) and self._cites_another(tokens):
            asked.discard("info")
        tokens, subject = _split_saying(tokens)
        tokens, asked_to = _split_asked_to(tokens)
        split = tokens  # (what the question asks about is read in them, once it can matter)
        if not accented:
            tokens = self._without_function_words(tokens)
        if not any(_is_content(t, accented) for t in tokens):
            return []
        synonyms = self.synonyms.find(tokens, accented)
        units = self._weighted_units(tokens, accented)
        said_folded = " ".join(fold(t) for t in said)
        counted = _item_asked(said_folded)
        if counted is not None and (counted.noun == "khoan" or counted.letter):
            # a law's clause or point ("khoản 2", "điểm b"): read as words; a point named by
            # a number ("điểm 7") is a campaign document's numbered item
            counted = None
        ordinal = counted.number if counted is not None else None
        listed = counted.list_pair if counted is not None else None
        if counted is not None:  # "thứ hai" says which item ("2. …"), which says neither word
            units = [u for u in units if set(counted.words.split()).isdisjoint(u[0].split())]
            if listed is not None and counted.noun not in listed.split():
                # a short noun ("nd") is read as the list it names ("nội dung"), not as a word
                units = [u for u in units if counted.noun not in u[0].split()]
        recipients = "info" in asked and _asks_recipients(tokens)
        whole = None  # every passage's coverage, of a small index
        if not recipients:  # no passage could cover enough, whichever the candidates
            bound = self._coverage_bound(units, tokens, synonyms)
            if bound < MIN_CONFIDENCE or (matters is not None and not matters(bound)):
                return []
            if len(self.passages) <= WHOLE_COVERAGE_PASSAGES:
                every = np.arange(len(self.passages))
                whole = self._coverage(units, every, self._synonym_credit(tokens, synonyms, every))
                most = float(whole.max()) if whole.size else 0.0
                if most < MIN_CONFIDENCE or (matters is not None and not matters(most)):
                    return []  # the candidates' best coverage is at most this
        # what only ranks the candidates, worked out once there are candidates to rank
        subject = subject or asked_to or _asked_about(split)
        terms = _query_terms(tokens, accented)
        pairs = [t.term for t in terms if " " in t.term]  # the question's own, in order
        if synonyms:
            terms += self._synonym_terms(synonyms, {t.term for t in terms})
        scoring = self._query(tokens, terms, asked, said)
        found, scores = candidates.top(self._passage, scoring, self._docs, CANDIDATES)
        if found.size == 0:
            return []
        if whole is not None:  # (a passage's coverage is its own, whichever the others)
            coverage = whole[found]
        else:
            coverage = self._coverage(units, found, self._synonym_credit(tokens, synonyms, found))
        if recipients:
            self._cards_name_recipients(units, found, coverage)
        best = float(coverage.max())
        if best < MIN_CONFIDENCE or (matters is not None and not matters(best)):
            return []  # no candidate covers enough to answer: how they rank cannot matter
        rank = scores * coverage**COVERAGE_POWER
        # the candidates covering enough to answer, which every re-ranking below reads
        answering = np.flatnonzero(coverage >= MIN_CONFIDENCE).tolist()
        if "outline" in asked:  # "gồm những nội dung gì": "nội dung" asks, names no part
            units = [u for u in units if u[0] not in LIST_PAIRS]
        self._prefer_titled(units, found, answering, rank)
        if "outline" not in asked:
            self._prefer_specific(found, coverage, rank)
        else:
            if LIST_ASKED.search(f" {said_folded} "):  # (not "bao nhiêu")
                named = frozenset(pairs) - LIST_PAIRS
                self._prefer_outline(found, coverage, rank, named, said_folded)
            self._prefer_specific(found, coverage, rank, frozenset(pairs))
        self._prefer_official_text(found, coverage, rank)
        self._prefer_first_piece(found, coverage, rank)
        self._prefer_defining(tokens, said, found, answering, rank)
        self._prefer_subject(pairs, said, found, answering, rank)
        self._prefer_addressed(said, found, answering, rank)
        basis = ASKS_BASIS_OF_KIND.search(f" {said_folded} ")
        if basis is not None:
            self._prefer_basis_line(BASIS_KINDS[basis.group(1)], found, coverage, rank)
        self._prefer_counted(said, found, answering, rank)
        self._prefer_named_which(said, found, answering, rank)
        if subject:
            self._prefer_about(subject, found, answering, rank)
        asks_date = _asks_date(tokens)
        if not asked and not asks_date:  # a card's fact, a list: no topic in it
            self._prefer_topic(units, ordinal, found, answering, rank, listed)
        elif ordinal is not None:
            self._prefer_counted_item(units, ordinal, found, coverage, answering, rank, listed)
        if "info" not in asked and not asks_date:  # a card's fact, its opening's date
            self._opening_yields(units, found, coverage, answering, rank)
        if not asked and QUESTION_WORDS.isdisjoint(map(fold, said)):
            self._prefer_opening(tokens, accented, found, answering, rank)
        prefer_named_part(self, pairs, found, coverage, answering, rank)
        self._prefer_spelled_out(said_folded, found, answering, rank)
        if _ASKS_PURPOSE.search(f" {said_folded} "):  # (last: what the document is for)
            self._prefer_purpose(found, answering, rank)
        order = np.argsort(-rank, kind="stable")
        # As Python numbers: reading numpy arrays one element at a time costs more than
        # the whole ranking, and only the first `limit` answerable passages are wanted.
        ids, covered, ranked = found.tolist(), coverage.tolist(), rank.tolist()
        hits: list[Hit] = []
        for i in order.tolist():
            if covered[i] >= MIN_CONFIDENCE and ranked[i] > 0:
                hits.append(Hit(self.passages[ids[i]], ids[i], covered[i], ranked[i]))
                if len(hits) >= limit > 0:
                    break
        return hits[:limit]

    def _analysed(self, query: str) -> tuple[list[str], list[str], list[str]]:
        """The question's words, then with mistyped abbreviations mended, then with typos
        corrected; kept for the last few questions (the title answers and the search read
        the same)."""
        found = self._analyses.get(query)
        if found is None:
            typed = self.analyzer.question_words(query)
            mended = self._in_figures(self._mend_abbreviations(typed))
            found = (typed, mended, self._in_figures(self._correct(mended)))
            if len(self._analyses) >= RECENT_QUESTIONS:
                self._analyses.pop(next(iter(self._analyses)))
            self._analyses[query] = found
        return found

    def _in_figures(self, tokens: list[str]) -> list[str]:
        """The words with a count written out before what it counts ("bốn phong trào", "năm
        nội dung") in figures, as the documents write it ("4 phong trào"), where they have
        that pair: "năm 2021" is a year, "sau khi" says no sixth."""
        if COUNT_WORDS.keys().isdisjoint(map(fold, tokens)):
            return tokens
        read = list(tokens)
        for i, (word, counted) in enumerate(pairwise(tokens)):
            value = COUNT_WORDS.get(fold(word))
            if value is None or (has_marks(word) and nfc(word).lower() not in MARKED_COUNTS):
                continue
            if f"{value} {fold(counted)}" in self._passage:
                read[i] = str(value)
        return read

    def heading_pairs(self, position: int, query: str) -> int:
        """How many word pairs of the question the passage's own heading has."""
        own = set(self.pairs(passage_title(self.passages[position])))
        return len(own & set(self.pairs(query))) if own else 0

    def spelled(self, query: str, keep: Callable[[str], bool] | None = None) -> str | None:
        """The question with its mistyped words mended ("lđtt thưởgn bao nhiêu %" →
        "lđtt thuong bao nhiêu %"), everything else as typed; None when none was. Words
        `keep` says are known elsewhere (folded) are no slips here either."""
        typed, _, mended = self._analysed(query)
        if mended is typed or mended == typed:
            return None
        # a typed word may have become several ("cstdxs": "chiến sĩ thi đua cơ sở")
        fixes = {
            typed[i]: " ".join(mended[j:k])
            for kind, i, end, j, k in SequenceMatcher(
                None, typed, mended, autojunk=False
            ).get_opcodes()
            if kind == "replace" and end == i + 1 and not (keep and keep(fold(typed[i])))
        }
        if not fixes:
            return None
        return _TYPED_WORD.sub(lambda w: fixes.get(w[0].lower(), w[0]), nfc(query))

    def _cites_another(self, tokens: list[str]) -> bool:
        """Whether the question names a document by a number no document here has ("Chỉ
        thị 34-CT/TW ban hành ngày nào"): its date is then where a document cites it ("Chỉ
        thị số 34-CT/TW ngày 07 tháng 4 năm 2014"), not in any document's card."""
        plain = [fold(t) for t in tokens]
        return any(
            word.isdigit()
            and word not in self._doc_numbers
            and (" ".join(plain[max(i - 2, 0) : i]) in DOCUMENT_KINDS or plain[i - 1 : i] == ["so"])
            for i, word in enumerate(plain)
        )

    def _without_function_words(self, folded: list[str]) -> list[str]:
        """Leave out the folded words that read here as function words: a word whose most
        common reading in the knowledge base is a function word ("khi", "để", "có"), or that
        the knowledge base has at most once (so hardly as a content word: "muon"), when
        neither pair it makes with its neighbours is in the knowledge base ("tu khi nao";
        but "cờ" in "co thi dua" when "cờ thi đua" is there). A word with no content word
        beside it is kept."""
        content = [i for i, t in enumerate(folded) if not is_stopword(t, accented=False)]
        drop = set()
        for place, i in enumerate(content):
            word = fold(folded[i])
            keys = AMBIGUOUS_FOLDS.get(word)
            if keys is None:
                continue
            known = self._passage.df(word)
            before = fold(folded[content[place - 1]]) if place > 0 else None
            after = fold(folded[content[place + 1]]) if place + 1 < len(content) else None
            if before is None and after is None:
                continue
            pairs = [f"{before} {word}" if before else "", f"{word} {after}" if after else ""]
            if known > 1 and sum(map(self._passage.df, keys)) < FUNCTION_SHARE * known:
                # Read mostly as a content word here ("muộn" of "đi muộn về sớm"): still a
                # function word where it stands by no word it stands by in the documents,
                # next to it or across the function words ("sáng kiến muốn được công nhận");
                # not the last word, where a question word ends ("số mấy") and the search
                # reads it as it always has.
                if i == len(folded) - 1:
                    continue
                pairs += [
                    f"{fold(folded[j])} {word}" if j < i else f"{word} {fold(folded[j])}"
                    for j in (i - 1, i + 1)
                    if 0 <= j < len(folded)
                ]
            if not any(self._side_by_side(pair) for pair in pairs if pair):
                drop.add(i)
        return [t for i, t in enumerate(folded) if i not in drop] if drop else folded

    def _side_by_side(self, pair: str) -> bool:
        """Whether some passage has the pair's two words next to each other in one phrase:
        the index also pairs words across a comma or a left-out function word ("sáng kiến,
        đề tài" makes "kien de"), which says nothing of how "de" reads in "điều kiện để".
        A sample of the passages with the pair is read (kept per pair)."""
        found = self._side_by_side_pairs.get(pair)
        if found is None:
            number = self._passage.vocabulary.get(pair)
            found = False
            if number is not None:
                together = re.compile(r"\b" + r"\s+".join(pair.split()) + r"\b")
                docs = self._docs
                for body in self._passage.ids_of(number)[:SIDE_BY_SIDE_SAMPLE].tolist():
                    passage = self.passages[int(docs.by_body[docs.body_starts[body]])]
                    if together.search(fold_long(f"{passage.context}\n{passage.text}")):
                        found = True
                        break
            if len(self._side_by_side_pairs) >= MAX_REMEMBERED_WORDS:
                self._side_by_side_pairs.clear()
            self._side_by_side_pairs[pair] = found
        return found

    def _mend_abbreviations(self, tokens: list[str]) -> list[str]:
        """An unknown word a letter away from an abbreviation is that abbreviation mistyped
        ("bo tmnt" is "bộ tài nguyên và môi trường"); a shorthand with several readings is
        read as its neighbours tell (`_read_shorthand`)."""
        mended: list[str] = []
        readings_of, knows = self.analyzer.readings.get, self._knows
        for i, token in enumerate(tokens):
            folded = fold(token)
            expansion = None
            readings = readings_of(folded)
            if readings:
                expansion = self._read_shorthand(readings, tokens, i)
            elif knows(folded):
                mended.append(token)  # a known word is no slip, nor two words, nor glued
                continue
            elif len(folded) >= MIN_TYPO_LENGTH and folded.isalpha():
                expansion = self._near_abbreviation(folded)
            elif len(folded) == MIN_TYPO_LENGTH - 1 and folded.isalpha():
                expansion = self._short_of_abbreviation(tokens, i)
            mended += (
                expansion
                or self._unglued(folded)
                or self._number_unglued(folded)
                or self._unglued_mistyped(folded)
                or [token]
            )
        return mended

    def _near_abbreviation(self, folded: str) -> list[str] | None:
        """The abbreviation an unknown word is with one slip (`Analyzer.near_abbreviations`);
        of two as likely, the one whose words the documents say most ("bnmt": "btnmt", the
        ministry the campaign documents name, not "bnnmt")."""
        near = self.analyzer.near_abbreviations(folded)
        if len(near) <= 1:
            return near[0] if near else None

        def said(expansion: list[str]) -> int:
            term = " ".join(fold(w) for w in expansion[:2])
            return self._passage.df(term) + sum(f.df(term) for f in self._elsewhere)

        return max(near, key=said)

    def _short_of_abbreviation(self, tokens: list[str], i: int) -> list[str] | None:
        """An unknown three-letter word that is an abbreviation with a letter lost ("bo tmt":
        "bộ tài nguyên và môi trường"), when its expansion pairs with the content word before
        or after it as the documents have them: "ở ktx cho sinh viên" is a dormitory, not
        "ktxh" ("kinh tế xã hội")."""
        short = self.analyzer.short_of_abbreviation(fold(tokens[i]))
        if short is None:
            return None
        expansion, inside = short
        if inside:
            return expansion
        before, after = _content_beside(tokens, i, sure=False)
        pairs = [f"{before} {fold(expansion[0])}" if before else "", ""]
        pairs[1] = f"{fold(expansion[-1])} {after}" if after else ""
        return expansion if any(p and self._knows(p) for p in pairs) else None

    def _read_shorthand(self, readings: list[list[str]], tokens: list[str], i: int) -> list[str]:
        """The reading of the shorthand at `i` that makes the commonest pair in the knowledge
        base with the content word before or after it ("co can dk sang kien": "đăng ký sáng
        kiến"). When none pairs: a function word ("được") is what no pair can show, and reads
        a shorthand that a content word follows ("co dk khen thuong": "có được khen thưởng"),
        not one that opens the question ("dk de dc cong nhan": "điều kiện để được công
        nhận"); one that ends the phrase names a thing ("can dk gi": "cần điều kiện gì"), the
        first reading."""
        typed = fold(tokens[i])
        previous = fold(tokens[i - 1]) if i > 0 else ""
        if [typed] in ([fold(w) for w in r] for r in readings) and (
            previous.isdigit() or _is_shorthand(previous)
        ):
            return [tokens[i]]  # part of a document's number ("152/2025/NĐ-CP"): as typed
        said = [fold(t) for t in tokens]

        def in_phrase(reading: list[str]) -> bool:
            # a phrase of knowledge/synonyms.yaml with a word beside it ("thêm dk": "thêm
            # điều kiện"), which says more than a pair made across a comma
            words = [*said[:i], *(fold(w) for w in reading), *said[i + 1 :]]
            end = i + len(reading)
            return any(
                m.start < end and m.end > i and m.end - m.start > len(reading)
                for m in self.synonyms.find(words, accented=False)
            )

        phrased = [r for r in readings if in_phrase(r)]
        if len(phrased) == 1:
            return phrased[0]
        before, after = _content_beside(tokens, i, sure=False)
        if i > 0 and is_stopword(tokens[i - 1], has_marks(tokens[i - 1])):
            before = ""  # "công nhận cần đk gì": what is needed, not a pair across "cần"

        def pairing(reading: list[str]) -> int:
            first, last = fold(reading[0]), fold(reading[-1])
            return max(
                self._passage.df(f"{before} {first}") if before else 0,
                self._passage.df(f"{last} {after}") if after else 0,
            )

        best = max(readings, key=pairing)  # the first of equals
        if pairing(best) > 0:
            return best
        followed = 0 < i < len(tokens) - 1 and _is_content(tokens[i + 1], has_marks(tokens[i + 1]))
        function = [r for r in readings if len(r) == 1 and is_stopword(r[0], accented=True)]
        return function[0] if followed and function else readings[0]

    def _number_unglued(self, folded: str) -> list[str] | None:
        """An unknown word that is a known word or abbreviation typed against a number
        ("ct14" is "chỉ thị 14", "nd152" is "nghị định 152")."""
        glued = _GLUED_NUMBER.match(folded)
        if glued is None or self._knows(folded):
            return None
        letters, number = glued.groups()
        expanded = self.analyzer.words(letters)
        if expanded == [letters] and not self._knows(letters):
            return None
        return [*expanded, _normal(number)]

    def _unglued(self, folded: str) -> list[str] | None:
        """An unknown word that is two known words typed without the space between them,
        when the two make a pair the documents have ("kontum" is "kon tum", "soctrang" is
        "sóc trăng"); the split nearest the middle wins."""
        if len(folded) < MIN_TYPO_LENGTH or not folded.isalpha() or self._knows(folded):
            return None
        middle = len(folded) / 2
        for cut in sorted(range(2, len(folded) - 1), key=lambda c: abs(c - middle)):
            if f"{folded[:cut]} {folded[cut:]}" in self._passage:
                return [folded[:cut], folded[cut:]]
        return None

    def _unglued_mistyped(self, folded: str) -> list[str] | None:
        """An unknown word, close to no known word, that is two words typed without the
        space and with one slip ("konutm", "kntum", "kontym" are "kon tum"): the split
        whose one mended half makes a pair the documents have; the commonest pair wins."""
        if not MIN_TYPO_LENGTH < len(folded) <= MAX_GLUED or not folded.isalpha():
            return None
        if self._knows(folded):
            return None
        found = self._unglued_near.get(folded)
        if found is None:
            found = []
            if not self._near_words(folded):
                pairs = []
                for cut in range(2, len(folded) - 1):
                    left, right = folded[:cut], folded[cut:]
                    for a, b in [(left, r) for r in _one_slip(right)] + [
                        (w, right) for w in _one_slip(left)
                    ]:
                        pair = f"{a} {b}"
                        if pair in self._passage:
                            pairs.append((self._passage.df(pair), a, b))
                if pairs:
                    found = list(max(pairs)[1:])
            if len(self._unglued_near) >= MAX_NEAR_WORDS:
                self._unglued_near.clear()
            self._unglued_near[folded] = found
        return found or None

    def _correct(self, tokens: list[str]) -> list[str]:
        """Replace unknown words by the closest known word, when one is close enough. A
        known word that makes a known pair with a neighbour is preferred ("soc trqng" is
        "sóc trăng", not "sóc trong"), and only such a word mends a short one ("ngy 28" is
        "ngày 28"). A word spelt with the other of i and y ("kí", "sỹ") is the word the
        documents spell so ("ký", "sĩ")."""
        corrected = list(tokens)
        plain = [fold(t) for t in tokens]
        said = set(plain)
        known_word = {word: self._knows(word) for word in said}
        # the phrases matter only to a word no index knows: most questions have none
        phrased = set() if all(known_word.values()) else self._in_synonym_phrases(tokens)
        longer = self._longer
        for i, token in enumerate(tokens):
            folded = plain[i]
            known = known_word[folded] or i in phrased
            spelt = None if known else other_i_y(token)
            if spelt is not None and self._knows(fold(spelt)):
                corrected[i] = spelt
                continue
            if known:
                if len(folded) >= MIN_CONTEXT_TYPO_LENGTH:  # (most are shorter: no call)
                    seen = longer.get(folded)
                    if seen is None or seen[1]:
                        corrected[i] = self._lost_letter(corrected, i, folded) or token
                continue
            if self._not_a_slip(token, folded):
                continue
            matches = self._near_words(folded)
            if not matches and _function_word_near(folded) is None:
                continue
            # A word typed with diacritics that is no Vietnamese syllable has a slip, and the
            # marks are of the word meant: only a word with a spelling that carries all of
            # them is read ("thưởg" is "thưởng", not "thuộc"), even where no pair shows it
            # ("thay bằhg gì"). A syllable ("chánh", "xăng") may be a word the documents lack.
            marked = [] if _SYLLABLE.match(folded) else self._carrying_marks(token, matches)
            if marked:
                matches = marked
            # one slip is likelier than two: "thànnh" is "thành", not "thần" ("tinh than")
            one_slip = [m for m in matches if OSA.distance(folded, m[0], score_cutoff=1) <= 1]
            if one_slip:
                matches = one_slip
            before = fold(corrected[i - 1]) if i > 0 else ""
            after = fold(tokens[i + 1]) if i + 1 < len(tokens) else ""
            paired = [
                m
                for m in matches
                if f"{before} {m[0]}" in self._passage
                or f"{m[0]} {after}" in self._passage
                or f"{before} {m[0]}" in ASKING_PAIRS  # "ngzy nào": "ngày nào" asks a date
                or f"{m[0]} {after}" in ASKING_PAIRS
            ]
            if not paired:  # "luật 2022 thay thế lật nào": a word the question says again
                paired = [m for m in matches if m[0] in said]
            if not paired and len(folded) >= MIN_TYPO_LENGTH:
                paired = [m for m in matches if m[1] >= TYPO_CUTOFF]
            if not paired:
                paired = self._paired_across(matches, corrected, i) or self._function_word(
                    folded, matches
                )
            if not paired and len(marked) == 1:
                paired = marked
            if paired:
                corrected[i] = max(paired, key=lambda m: (m[1], self._passage.df(m[0])))[0]
        return corrected

    def _paired_across(
        self, matches: list[tuple[str, float]], tokens: list[str], i: int
    ) -> list[tuple[str, float]]:
        """The known words near the unknown one at `i` that make a pair the documents have
        with the content word before or after it: their pairs skip function words ("được
        tính để xét" has "tính xét"), so "có được tihh để xét" is "tính"."""
        before, after = _content_beside(tokens, i)
        return [
            m
            for m in matches
            if (before and f"{before} {m[0]}" in self._passage)
            or (after and f"{m[0]} {after}" in self._passage)
        ]

    @staticmethod
    def _function_word(folded: str, matches: list[tuple[str, float]]) -> list[tuple[str, float]]:
        """The function word an unknown word is with one slip (`_function_word_near`: "sk
        mupn dc công nhận" is "muốn"), which no pair can show, when no known word near it is
        a likelier slip ("lâm đpng" is rather "đồng", a key away, than "đang")."""
        near = _function_word_near(folded)
        if near is None:
            return []
        rank = _slip_rank(folded, near)
        if any(_slip_rank(folded, word) < rank for word, _ in matches):
            return []
        return [(near, 100.0)]

    def _carrying_marks(
        self, token: str, matches: list[tuple[str, float]]
    ) -> list[tuple[str, float]]:
        """The known words near a word typed with diacritics that have a spelling carrying
        every mark typed ("kẩu": "khẩu"); none for a word typed without."""
        typed = Counter(accent_key(token).partition("|")[2])
        if not typed:
            return []
        return [
            m
            for m in matches
            if any(typed <= Counter(key.partition("|")[2]) for _, key, _ in self._spellings(m[0]))
        ]

    def _with_marks(self, typed: list[str], corrected: list[str]) -> list[str]:
        """Corrected words of a question typed with diacritics, given theirs back: the
        known spelling of the word that keeps most of the marks typed ("thưởgn" is
        "thưởng", "nhing" is "những"), else the commonest; a word read without its marks
        would weigh as another ("nhung" is no function word, "quyen" not "quyền")."""
        out = list(corrected)
        for i, (was, word) in enumerate(zip(typed, corrected, strict=True)):
            if was == word or has_marks(word) or " " in word:
                continue
            typed_marks = Counter(accent_key(was).partition("|")[2])
            known = [
                (sum((Counter(key.partition("|")[2]) & typed_marks).values()), df, form)
                for form, key, df in self._spellings(word)
            ]
            if known:
                out[i] = max(known)[2]
        return out

    def _spellings(self, folded: str) -> list[tuple[str, str, int]]:
        """The known spellings with diacritics of a folded word: (word, accent key, how
        many passages have it), kept per word."""
        found = self._marked.get(folded)
        if found is None:
            found = []
            for form in _marked_forms(folded):
                key = accent_key(form)
                if self._knows(key + "|"):  # "gian" as well as "giãn"
                    df = self._passage.df(key + "|") if key + "|" in self._passage else 0
                    found.append((form, key, df))
            if len(self._marked) >= MAX_NEAR_WORDS:
                self._marked.clear()
            self._marked[folded] = found
        return found

    @staticmethod
    def _not_a_slip(token: str, folded: str) -> bool:
        """A word too short, a number or a function word: not read as a slip for another."""
        return (
            len(folded) < MIN_CONTEXT_TYPO_LENGTH
            or folded.isdigit()
            or is_stopword(token, has_marks(token))  # "nao": the documents never ask
            or folded in AMBIGUOUS_FOLDS  # "muon" is "muốn", not a slip for "mon"
        )

    def _lost_letter(self, tokens: list[str], i: int, folded: str) -> str | None:
        """A known word that pairs with neither neighbour, one letter short of a word that
        pairs with one ("ton quoc" is "toan quoc", "tho chi thi" is "theo chi thi"): a dropped
        letter that makes another real word. The commonest pair wins. (Only words of
        MIN_CONTEXT_TYPO_LENGTH or more are asked, by the caller.)"""
        pairs = self._passage
        found = self._longer.get(folded)
        if found is None:
            # A word as common as the one it may be a slip for was meant ("trong" is not
            # "truong"): only a much commoner one is read instead, or one that a neighbour
            # is never without ("sóc tăng" is "sóc trăng": "sóc" is only ever in the name).
            least = RARE_SLIP_SHARE * pairs.df(folded) if folded in pairs else 0
            known = [w for w in _one_letter_more(folded) if w in pairs]
            longer = [w for w in known if pairs.df(w) > least]
            # a name's other half is a rare word ("trăng"): only such are read by their neighbour
            found = (longer, known)
            if len(self._longer) >= MAX_NEAR_WORDS:
                self._longer.clear()
            self._longer[folded] = found
        longer, known = found
        if not known or self._not_a_slip(tokens[i], folded):
            return None
        before = fold(tokens[i - 1]) if i > 0 else ""
        after = fold(tokens[i + 1]) if i + 1 < len(tokens) else ""
        vocabulary = pairs.vocabulary
        if f"{before} {folded}" in vocabulary or f"{folded} {after}" in vocabulary:
            return None
        made = [
            (max(pairs.df(f"{before} {w}"), pairs.df(f"{w} {after}")), w)
            for w in longer
            if f"{before} {w}" in pairs or f"{w} {after}" in pairs
        ]
        if not made:
            # a neighbour never seen without the word: a name's other half ("sóc trăng"); or,
            # for a commoner word, a neighbour mostly seen with it ("khen thưởng")
            made = [
                (pairs.df(pair), w)
                for w in known
                for pair, side in ((f"{before} {w}", before), (f"{w} {after}", after))
                if pair in pairs
                and (
                    pairs.df(pair) == pairs.df(side)
                    if pairs.df(w) <= BOUND_MAX_DF
                    else 2 * pairs.df(pair) > pairs.df(side)
                )
            ]
        if not made and len(folded) >= MIN_TYPO_LENGTH:
            # a commoner word that makes a pair several passages have, where the word typed
            # makes none ("tiền tuong": "tiền thưởng", "tướng" being a word too); not a short
            # word, one letter from many ("đơn", "thứ")
            typed = pairs.df(folded)
            made = [
                (pairs.df(pair), w)
                for w in known
                if pairs.df(w) > typed
                for pair in (f"{before} {w}", f"{w} {after}")
                if pairs.df(pair) >= MIN_SLIP_PAIRS
            ]
        return max(made)[1] if made else None

    def _near_words(self, folded: str) -> list[tuple[str, float]]:
        """Known words close to an unknown one, with their closeness (kept per word: the
        same unknown words come again)."""
        near = self._near.get(folded)
        if near is None:
            if len(folded) < MIN_TYPO_LENGTH:
                # A short word typed wrong has mostly lost a letter; replaced or swapped
                # letters make other real words too often ("nau" is "nấu", not "sau").
                found = [w for w in _one_letter_more(folded) if w in self._passage]
                near = [(w, fuzz.ratio(folded, w)) for w in found]
            else:
                near = [
                    (w, score)
                    for w, score, _ in process.extract(
                        folded,
                        self.vocabulary,
                        scorer=fuzz.ratio,
                        score_cutoff=TYPO_CUTOFF,
                        limit=10,
                    )
                ]
                # Two letters swapped are one slip ("kein" is "kien"), which the ratio
                # counts as two: as sure as one letter too many ("ngàhn" is "ngành", not "ngàn").
                swap = fuzz.ratio(folded, folded[1:])
                near += [(w, swap) for w in _swapped(folded) if w in self._passage]
                if len(folded) == MIN_TYPO_LENGTH:
                    known = {w for w, _ in near}
                    near += [
                        (w, KEY_SLIP_SCORE)
                        for w in sorted(key_slips(folded))
                        if w not in known and w in self._passage
                    ]
            if len(self._near) >= MAX_NEAR_WORDS:
                self._near.clear()
            self._near[folded] = near
        return near

    def _weighted_units(
        self, tokens: list[str], accented: bool
    ) -> list[tuple[str, float, str | None]]:
        """The question's informative words and pairs with their weight in the coverage. A
        short unknown token that cannot be a Vietnamese syllable (no vowel: "bh", "nx") is
        chat shorthand or an acronym: it counts once, as a word, not again in the pairs it
        makes (no passage could have them), so that it weighs as one word the documents lack."""
        passage, document = self._passage.vocabulary, self._document.vocabulary
        shorthand = {  # (most words are known: looked up before they are read letter by letter)
            folded
            for folded in map(fold, tokens)
            if folded not in passage and folded not in document and _is_shorthand(folded)
        }
        known = self._unit_idfs  # most units' IDF is kept: one look-up each
        weighted = []
        for run in self._without_scaffolding(tokens, accented):
            for unit, weight, exact in _coverage_units(run, accented):
                if shorthand and " " in unit and not shorthand.isdisjoint(unit.split()):
                    continue
                idf = known.get(unit)
                if idf is None:
                    idf = self._unit_idf(unit)
                weighted.append((unit, idf * weight, exact))
        return weighted

    def _without_scaffolding(self, tokens: list[str], accented: bool) -> list[list[str]]:
        """The question's words in runs between the words that only say how it is asked
        (SCAFFOLDING): those weigh nothing in the coverage and make no pairs, not even across
        them ("đề xuất lên sở": "xuất lên", "lên sở" and "xuất sở" are no compounds). One
        that makes a pair the knowledge base has with a content word beside it is read as
        content there ("bị kỷ luật"; "ben vung" is "bền vững")."""
        folded = [fold(t) for t in tokens]
        if SCAFFOLDING_FOLDS.isdisjoint(folded):
            return [tokens]  # most questions: nothing to leave out
        scaffolding = ACCENTED_SCAFFOLDING if accented else FOLDED_SCAFFOLDING
        content = [i for i, t in enumerate(tokens) if not is_stopword(t, accented)]
        cut = set()
        for place, i in enumerate(content):
            word = folded[i]
            if word == MEANS:
                if folded[i + 1 : i + 2] and folded[i + 1] in MEANS_BEFORE:
                    cut.add(i)
                continue
            if word == WHICH_NUMBER and i > 0 and folded[i - 1] in NUMBERING_WORDS:
                cut.add(i)
                continue
            if word == ALSO:
                said_also = not accented or accent_key(tokens[i]) == accent_key("còn")
                if said_also and place > 0 and set(folded[i + 1 : i + 2]) & ALSO_BEFORE:
                    cut.add(i)
                continue
            if (accent_key(tokens[i]) if accented else word) not in scaffolding:
                continue
            followed = i + 1 < len(tokens) and not is_stopword(tokens[i + 1], accented)
            if not accented and word in PHRASE_END_FOLDS and followed:
                continue
            if word == EARLIER and folded[i + 1 : i + 2] not in ([], *THEN):
                continue  # "trước thời hạn", "tháng trước hội đồng …": content, not an order
            before = folded[content[place - 1]] if place > 0 else None
            after = folded[content[place + 1]] if place + 1 < len(content) else None
            if not (
                (before and self._knows(f"{before} {word}"))
                or (after and self._knows(f"{word} {after}"))
            ):
                cut.add(i)
        for i in range(len(tokens) - 1):
            pair = (folded[i], folded[i + 1])
            if folded[i].isdigit() and _lasted(folded, i) and not self._knows(" ".join(pair)):
                cut.update((i, i + 1))
            if pair in ONCE and i > 0 and folded[i - 1] in DURATION_UNITS:
                cut.update((i, i + 1))
            if pair in SCAFFOLDING_PHRASES or (
                pair in ASKING_PHRASES and not self._pairs_beside(folded, i, i + 1)
            ):
                cut.update((i, i + 1))
            if pair in WHO_PHRASES and folded[i + 2 : i + 3] == [WHICH]:
                before = f"{folded[i - 1]} {folded[i]}" if i > 0 else ""
                if not (before and self._knows(before)):
                    cut.update((i, i + 1))
        if not cut:
            return [tokens]
        runs: list[list[str]] = [[]]
        for i, token in enumerate(tokens):
            if i in cut:
                runs.append([])
            else:
                runs[-1].append(token)
        return [run for run in runs if run]

    def _pairs_beside(self, folded: list[str], first: int, last: int) -> bool:
        """Whether the words from `first` to `last` make a pair the knowledge base has with
        the word before or after them."""
        before = f"{folded[first - 1]} {folded[first]}" if first > 0 else ""
        after = f"{folded[last]} {folded[last + 1]}" if last + 1 < len(folded) else ""
        return any(pair and self._knows(pair) for pair in (before, after))

    def _prefer_titled(
        self,
        units: list[tuple[str, float, str | None]],
        candidates: np.ndarray,
        answering: list[int],
        rank: np.ndarray,
    ) -> None:
        """Raise a passage whose own heading names what the question asks about ("Văn phòng
        Sở có nhiệm vụ gì" → "2. Văn phòng Sở:"): a passage is about what its title says,
        while another may share as many words in passing. Only answerable passages count."""
        # Pairs the knowledge base never has ("sở sóc") are no one's title: left out of the share.
        vocabulary = self._passage.vocabulary
        known = [(unit, weight) for unit, weight, _ in units if unit in vocabulary]
        total = sum(weight for _, weight in known)
        pairs = [(unit, weight) for unit, weight in known if " " in unit]
        if not pairs:
            return
        ids = candidates.tolist()  # Python ints: numpy's are read one by one slowly
        for i in answering:
            title = self._title_terms(ids[i])
            if title:
                own = [title.get(unit, 0.0) for unit, _ in pairs]
                if max(own) < 1.0:
                    continue  # the headings above only tell apart parts whose own title is named
                named = sum(weight * share for (_, weight), share in zip(pairs, own, strict=True))
                # The words naming the passage's own document ("của Bộ TN&MT năm 2021") say
                # which document, never which part: they are no heading's to name.
                naming = self._name_units(self.passages[ids[i]].doc)
                rest = total - sum(weight for unit, weight in known if unit in naming)
                rank[i] *= 1 + HEADING_WEIGHT * named / max(rest, named, 1e-9)

    def _title_terms(self, position: int) -> dict[str, float]:
        """Folded word pairs of a passage's headings, its own at 1 and those above at
        ANCESTOR_SHARE (kept per passage): a title names its subject in compound words
        ("văn phòng"); a single syllable is too often there by chance ("phòng" of "các phòng")."""
        terms = self._titles.get(position)
        if terms is None:
            passage = self.passages[position]
            own = self.pairs(passage_title(passage))
            terms = {}
            if own or passage.kind == "section":
                # The headings above say what a part is part of ("III. Tiêu chí thi đua ›
                # 1. Đối với tập thể"), less than its own; the words naming its document
                # ("Nghị định 152/2025") are every part's and tell none apart.
                above = self.pairs(" ".join(passage.section.split(" › ")[:-1]))
                terms = dict.fromkeys(above, ANCESTOR_SHARE) | dict.fromkeys(own, 1.0)
                for pair in self.pairs(_document_name(passage.doc)):
                    terms.pop(pair, None)
            self._titles[position] = terms
        return terms

    def _name_units(self, doc: Document) -> frozenset[str]:
        """Folded words and pairs of a document's name (kept per document)."""
        units = self._names.get(doc.id)
        if units is None:
            tokens = self.analyzer.words(_document_name(doc))
            units = frozenset([*map(fold, tokens), *content_pairs(tokens, accented=True)])
            self._names[doc.id] = units
        return units

    def _theme_units(self, doc: Document) -> frozenset[str]:
        """Folded words and pairs of a campaign's theme, which names it as its title does
        ("phong trào thi đua đặc biệt phòng chống covid"); kept per document."""
        units = self._themes.get(doc.id)
        if units is None:
            tokens = self.analyzer.words(doc.theme or "")
            units = frozenset([*map(fold, tokens), *content_pairs(tokens, accented=True)])
            self._themes[doc.id] = units
        return units

    def pairs(self, text: str) -> tuple[str, ...]:
        """The content word pairs of a text, kept per text: the same headings and document
        names are read for question after question."""
        found = self._text_pairs.get(text)
        if found is None:
            found = tuple(content_pairs(self.analyzer.words(text), accented=True)) if text else ()
            if len(self._text_pairs) >= MAX_NEAR_WORDS:
                self._text_pairs.clear()
            self._text_pairs[text] = found
        return found

    def _synonym_terms(self, synonyms: Sequence[Match], asked: set[str]) -> list[QueryTerm]:
        """BM25 terms of the synonyms, each once, at SYNONYM_WEIGHT; not those already asked."""
        weights: dict[str, float] = {}
        for match in synonyms:
            for other in match.others:
                for term in _query_terms(list(other), accented=False):
                    if term.term not in asked and term.term in self._passage:
                        weights[term.term] = term.weight * SYNONYM_WEIGHT
        return [QueryTerm(term, weight) for term, weight in weights.items()]

    def _synonym_credit(
        self, tokens: list[str], synonyms: Sequence[Match], candidates: np.ndarray
    ) -> dict[str, np.ndarray]:
        """For each word and pair of a question's phrase that has synonyms, how much of its
        best synonym each candidate has (its IDF-weighted share): a passage that says
        "đi trễ về sớm" covers "giờ giấc" as well as one that says "giờ giấc"."""
        credit: dict[str, np.ndarray] = {}
        bodies = self._body_of[candidates]
        for match in synonyms:
            best = np.zeros(candidates.size)
            for other in match.others:
                units, total = self._synonym_units(other)
                if total == 0:
                    continue  # a synonym the knowledge base does not have in full
                rows = self._passage.presence([unit for unit, _ in units], bodies)
                # a synonym said only in a set phrase ("tạo điều kiện") is not said
                self._idioms_say_none([(u, idf, None) for u, idf in units], candidates, rows)
                found = np.array([idf for _, idf in units]) @ rows
                best = np.maximum(best, found / total)
            for unit, _, _ in _coverage_units(tokens[match.start : match.end], accented=True):
                credit[unit] = np.maximum(credit.get(unit, 0.0), best)
        return credit

    def _synonym_units(self, phrase: tuple[str, ...]) -> tuple[list[tuple[str, float]], float]:
        """The words or pairs that show a synonym phrase in a passage, their IDFs and the
        sum of these; the sum is 0 when the knowledge base does not have them all. Kept per
        phrase: they depend only on the phrase (one of the synonyms file's) and the index."""
        found = self._synonym_phrases.get(phrase)
        if found is None:
            # A phrase of several words is there when its pairs are.
            units = [
                (unit, idf)
                for unit, idf, _ in self._weighted_units(list(phrase), accented=False)
                if len(phrase) == 1 or " " in unit
            ]
            total = sum(idf for _, idf in units)
            if any(unit not in self._passage for unit, _ in units):
                total = 0
            found = self._synonym_phrases[phrase] = (units, total)
        return found

    def _coverage_bound(
        self,
        units: list[tuple[str, float, str | None]],
        tokens: list[str],
        synonyms: Sequence[Match],
    ) -> float:
        """The most `_coverage` could give any passage: the share of the units' weight that
        the index has at all (as a word or pair, or by its accent key), or that a synonym may
        stand for. No candidate is needed: a unit found counts at most 1.0, and the sum is
        made in the same order, so the bound is never below a coverage (weights are
        positive). Slightly raised, so that a rounding cannot make it so."""
        credited = {
            unit
            for match in synonyms
            for unit, _, _ in _coverage_units(tokens[match.start : match.end], accented=True)
        }
        total = known = 0.0
        passage, document = self._passage.vocabulary, self._document.vocabulary
        for unit, idf, key in units:
            total += idf
            if (
                unit in passage
                or unit in document
                or unit in credited
                or (key is not None and (key in passage or key in document))
            ):
                known += idf
        if total == 0:
            return 0.0
        return known / total * (1 + BOUND_SLACK)

    def _coverage(
        self,
        units: list[tuple[str, float, str | None]],
        candidates: np.ndarray,
        synonym_credit: dict[str, np.ndarray] | None = None,
    ) -> np.ndarray:
        """Share of the question's IDF weight that each candidate passage (or its document) has,
        a word of a phrase with synonyms counting as found as far as a synonym is."""
        idfs = [idf for _, idf, _ in units]
        total = 0.0
        for idf in idfs:  # added in order, as before (sum() compensates from Python 3.12)
            total += idf
        if total == 0:
            return np.zeros(candidates.size)
        docs = self._doc_of[candidates]
        bodies = self._body_of[candidates]
        exact = [(i, key) for i, (_, _, key) in enumerate(units) if key is not None]
        keys = [key for _, key in exact]
        # One row per unit, then one per accent key: 1.0 where the candidate (or its
        # document) has it; both looked up at once.
        rows_found = self._found([unit for unit, _, _ in units] + keys, bodies, docs)
        found = rows_found[: len(units)]
        if exact:
            rows = [i for i, _ in exact]
            passage, document = self._passage.vocabulary, self._document.vocabulary
            credit = np.array(
                [
                    FOLD_CREDIT if key in passage or key in document else UNKNOWN_ACCENT_CREDIT
                    for key in keys
                ]
            )
            found[rows] = np.maximum(rows_found[len(units) :], credit[:, None] * found[rows])
        for i, (unit, _, _) in enumerate(units):
            if synonym_credit and unit in synonym_credit:
                found[i] = np.maximum(found[i], synonym_credit[unit])
        self._idioms_say_none(units, candidates, found)
        # Along the first axis numpy adds row after row, as a loop over the units would.
        covered: np.ndarray = np.add.reduce(np.array(idfs)[:, None] * found, axis=0) / total
        return covered

    def _idioms_say_none(
        self,
        units: list[tuple[str, float, str | None]],
        candidates: np.ndarray,
        found: np.ndarray,
    ) -> None:
        """Take back a word or pair a passage has only inside a set phrase that means
        something else ("tạo điều kiện", to make possible, says no condition asked by
        "cần điều kiện gì"). Only the few passages with the phrase's first pair are read."""
        asked = [(i, unit) for i, (unit, _, _) in enumerate(units) if unit in IDIOMS]
        if not asked:
            return
        bodies = self._body_of[candidates]
        for i, unit in asked:
            said, idiom = _IDIOM_PATTERNS[unit]
            opening = " ".join(IDIOMS[unit].split()[:2])
            inside = self._passage.presence([opening], bodies)[0]
            for j in np.flatnonzero((found[i] > 0) & (inside > 0)).tolist():
                key = (int(candidates[j]), unit)
                only = self._idiom_only.get(key)
                if only is None:
                    text = fold(self.passages[key[0]].text).lower()
                    only = len(said.findall(text)) == len(idiom.findall(text))
                    if len(self._idiom_only) < MAX_NEAR_WORDS:
                        self._idiom_only[key] = only
                if only:
                    found[i, j] = 0.0

    def _found(self, terms: list[str], bodies: np.ndarray, docs: np.ndarray) -> np.ndarray:
        own, document = self._passage.has(terms, bodies), self._document.has(terms, docs)
        if own is not None and document is not None:  # either: 1.0, as the maximum below
            either: np.ndarray = np.logical_or(own, document, out=own).astype(np.float64)
            return either
        found = self._passage.presence(terms, bodies)
        np.maximum(found, self._document.presence(terms, docs), out=found)
        return found

    def _unit_idf(self, unit: str) -> float:
        """IDF of a word or pair. A pair never seen is most likely a word the knowledge base
        does not have ("thời tiết", "sổ đỏ" made of known syllables): it weighs as much as
        its rarer syllable, not as an unknown word, since it may also be two words side by side."""
        idf = self._unit_idfs.get(unit)
        if idf is not None:
            return idf
        idf = self._passage.idf(unit)
        if " " in unit and unit not in self._passage:
            idf = max(self._passage.idf(word) for word in unit.split())
        if len(self._unit_idfs) < MAX_REMEMBERED_WORDS:
            self._unit_idfs[unit] = idf
        return idf


def _part_of_name(unit: str, named: set[str]) -> bool:
    """Whether a unit whose words each name the document is part of its name as the question
    writes it: a word, or a pair beside a pair the name has ("văn sở" of "công văn sở", "kiến
    theo" of "sáng kiến theo …"). Two words the name has apart, said together elsewhere in the
    question ("chú trọng" beside "Chủ tịch" and "trọng" of the name), are what it asks about;
    not numbers, which the name has as its period ("2021-2025": 2021, …, 2025)."""
    said = unit.split()
    if len(said) < 2 or any(w.isdecimal() for w in said):
        return True
    first, last = said[0], said[-1]
    return any(
        " " in other and other != unit and (other.split()[-1] == first or other.split()[0] == last)
        for other in named
    )


# "(công văn) thực hiện CT 14", "triển khai chỉ thị 14": the verb names a document by the one
# it carries out, as the document's opening does ("Thực hiện Chỉ thị số 14/CT-UBND …")
_CARRYING_VERBS = ("thuc hien", "trien khai")


def _carrying_out(units: list[tuple[str, float, str | None]], named: set[str]) -> set[str]:
    """The units of a verb the question names its document with ("thực hiện" before "chỉ
    thị 14"): the verb, its words and the pairs joining it to the name on either side."""
    pairs = [u for u, _, _ in units if u.count(" ") == 1]
    found: set[str] = set()
    for verb in _CARRYING_VERBS:
        first, last = verb.split()
        if verb not in pairs or not any(
            p.split()[0] == last and p.split()[1] in named for p in pairs
        ):
            continue
        found |= {verb, first, last}
        found |= {
            p
            for p in pairs
            if p.split()[0] == last or (p.split()[1] == first and p.split()[0] in named)
        }
    return found


# "…, quy định văn hóa công sở: không đi muộn về sớm": the words before a colon inside a
# line, what follows spelling them out (not a heading's "2. Đối với cá nhân:"); found by
# looking back from each colon, as scanning a whole passage for the words is slow
_SPELLING_COLON = re.compile(r":[ \t]*(?=\S)")
_SPELLED_OUT = re.compile(rf"(\w+(?:[ ,]+\w+){{{SPELLED_OUT_WORDS - 1},5}})\s*\Z")
_SPELLED_OUT_REACH_CHARS = 300  # far enough back for six words


def _spells_out(text: str, asked: str) -> bool:
    """Whether the text spells out something the question (folded, padded) names in
    SPELLED_OUT_WORDS words or more: the words just before a colon inside a line, not a
    label opening it."""
    return any(run in asked for run in _spelled_out_runs(text))


@functools.lru_cache(maxsize=16384)
def _spelled_out_runs(text: str) -> tuple[str, ...]:
    """The runs of words (folded, padded) that the text spells out, each of the last
    SPELLED_OUT_WORDS or more words before a colon inside a line."""
    runs: list[str] = []
    after = 0  # where the last spelled-out words' colon ends
    for colon in _SPELLING_COLON.finditer(text):
        found = _SPELLED_OUT.search(
            text, max(after, colon.start() - _SPELLED_OUT_REACH_CHARS), colon.start()
        )
        if found is None:
            continue
        after = colon.end()
        line = text[text.rfind("\n", 0, found.start()) + 1 : found.start()]
        if not any(c.isalpha() for c in line):  # a label opening its line: "2. Đối với …:"
            continue
        before = [fold(w) for w in words(found.group(1))]
        runs.extend(
            f" {' '.join(before[start:])} "
            for start in range(len(before) - SPELLED_OUT_WORDS + 1)
            if not all(is_stopword(w, accented=False) for w in before[start:])
        )
    return tuple(runs)


# a card's line label: "Nơi nhận:", "Người ký:", "Thời gian áp dụng:"
_CARD_LABEL = re.compile(r"^([^:\n]{2,30}):", re.MULTILINE)


def _names_card_line(card: Passage, said: str) -> bool:
    """Whether folded words name a line of the card by its label ("nơi nhận gồm những ai")."""
    padded = f" {said} "
    # (of two words or more: "Số:" folds as the "sở" of a department)
    labels = (fold(label).strip() for label in _CARD_LABEL.findall(card.text))
    return any(" " in label and f" {label} " in padded for label in labels)
