"""The development sets, named one by one: the held-out sets are never read."""

from pathlib import Path

DATA = Path(__file__).parents[1] / "tests" / "data"
QUESTION_SETS = (
    "questions.yaml",
    "questions_independent.yaml",
    *(f"questions_blind{n}.yaml" for n in (2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16)),
    *(f"questions_blind{n}.yaml" for n in (20, 21)),
    "questions_decline1.yaml",
)
CONVERSATION_SETS = (
    "conversations.yaml",
    "conversations_blind.yaml",
    *(f"conversations_blind{n}.yaml" for n in (*range(2, 17), 20, 21)),
)
