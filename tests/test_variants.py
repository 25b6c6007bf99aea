"""Questions typed without diacritics, or with a slip: the question sets and the regression
conversations scored as people type on a phone (`python -m tests.qa_eval`,
`python -m tests.conversation_eval --variant folded`). Minimums are today's measured scores."""

import pytest

from knowledge import KnowledgeBase
from tests import conversation_eval, qa_eval
from tests.variants import folded, typo


def test_folding_drops_marks_but_not_commands() -> None:
    assert folded("Tiêu chí thi đua năm 2022?") == "tieu chi thi dua nam 2022?"
    assert folded("/tieuchi tập thể") == "/tieuchi tập thể"


def test_a_typo_is_one_slip_in_a_long_word_and_always_the_same() -> None:
    for text, longest in [("tiêu chí thi đua đối với cá nhân", 4), ("thường trực hội đồng", 5)]:
        slipped = typo(text)
        assert slipped == typo(text) and slipped != text
        changed = [(a, b) for a, b in zip(text.split(), slipped.split(), strict=True) if a != b]
        assert len(changed) == 1 and len(changed[0][0]) >= longest
        assert abs(len(changed[0][0]) - len(changed[0][1])) <= 1
    assert typo("ai ký") == "ai ký"  # no word long enough


# (set, variant): (hit@1, abstain) minimums, today's scores
MINIMUMS = {
    ("questions.yaml", "normal"): (0.97, 1.0),
    ("questions_independent.yaml", "normal"): (0.95, 1.0),
    ("questions.yaml", "folded"): (0.97, 0.93),
    ("questions_independent.yaml", "folded"): (0.94, 0.94),
    ("questions.yaml", "typo"): (0.97, 1.0),
    ("questions_independent.yaml", "typo"): (0.95, 1.0),
    # One slip in each question: 87-93% before a wrong neighbouring key in a four-letter word
    # was mended where the word it makes pairs with a neighbour.
    ("questions_blind2.yaml", "typo"): (0.96, 1.0),
    ("questions_blind5.yaml", "typo"): (0.91, 1.0),
    ("questions_blind6.yaml", "typo"): (0.91, 1.0),
    # The earlier held-out sets, now development sets of single questions (issue 12).
    ("questions_blind2.yaml", "normal"): (0.98, 1.0),
    ("questions_blind3.yaml", "normal"): (0.96, 1.0),
    ("questions_blind4.yaml", "normal"): (0.98, 1.0),
    ("questions_blind5.yaml", "normal"): (0.98, 1.0),
    ("questions_blind6.yaml", "normal"): (1.0, 1.0),
    ("questions_blind2.yaml", "folded"): (0.96, 1.0),
    ("questions_blind3.yaml", "folded"): (0.96, 1.0),
    ("questions_blind4.yaml", "folded"): (0.98, 1.0),
    ("questions_blind5.yaml", "folded"): (0.98, 1.0),
    ("questions_blind6.yaml", "folded"): (1.0, 1.0),
    # Typed as in chats ("đc", "bn", "bao h", "dk gì"): 68% before chat shorthand was read,
    # 83% after; one question of slack for the ranking work merged beside it.
    ("questions_blind8.yaml", "normal"): (0.86, 1.0),
    ("questions_blind8.yaml", "folded"): (0.86, 1.0),
    # Near-domain questions to decline and answerable contrasts: hit@1 80% and 77% before a
    # title's bonus, dossier and who decides at a level were read (one question of slack);
    # abstain 86% and 84% before a bonus, share or deadline asked had to be stated.
    ("questions_decline1.yaml", "normal"): (0.93, 0.92),
    ("questions_decline1.yaml", "folded"): (0.9, 0.9),
}


@pytest.mark.parametrize(("name", "how"), list(MINIMUMS))
def test_question_sets_typed_another_way(kb: KnowledgeBase, name: str, how: str) -> None:
    result = qa_eval.score(kb, qa_eval.load(qa_eval.DATA / name), how)
    hit1, abstain = MINIMUMS[name, how]
    assert result.hit1 >= hit1, "\n".join(result.misses)
    assert result.abstain >= abstain, "\n".join(result.misses)


@pytest.mark.parametrize(
    # The blind set was 39/40 on i12q alone: b09's expected line no longer fits a first
    # message that now holds the history note as well (FIRST_MESSAGE).
    ("name", "minimum"),
    [("conversations.yaml", 0.97), ("conversations_blind.yaml", 0.95)],
)
async def test_conversations_without_diacritics(
    kb: KnowledgeBase, name: str, minimum: float
) -> None:
    outcomes = await conversation_eval.score(conversation_eval.DATA / name, kb, "folded")
    misses = [f"{o.name}: {o.why}" for o in outcomes if not o.right]
    assert sum(o.right for o in outcomes) / len(outcomes) >= minimum, "\n".join(misses)
