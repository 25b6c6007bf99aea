"""The development sets, named one by one: the held-out sets are never read."""

from pathlib import Path

DATA = Path(__file__).parents[1] / "tests" / "data"
QUESTION_SETS = (
    "questions.yaml",
    "questions_independent.yaml",
    *(f"questions_blind{n}.yaml" for n in (*range(2, 10), *range(11, 143))),
    "questions_decline1.yaml",
    "questions_decline2.yaml",
)
CONVERSATION_SETS = (
    "conversations.yaml",
    "conversations_blind.yaml",
    *(f"conversations_blind{n}.yaml" for n in range(2, 143)),
)
