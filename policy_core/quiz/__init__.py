"""Training micro-quizzes: the question bank as validated data.

`bank` loads the YAML question bank shipped in ``policy_store/quiz`` (or an organisation's own),
checks every limit a Slack message imposes, and can add "would this pass?" items made from the
checker's own rule examples. Delivery (scheduling, DMs, spaced repetition) builds on `load_bank`.
"""

from policy_core.quiz.bank import (
    DEFAULT_BANK_DIR,
    SECTORS,
    Question,
    QuestionBank,
    QuizBankError,
    compose_prompt,
    load_bank,
)

__all__ = [
    "DEFAULT_BANK_DIR",
    "SECTORS",
    "Question",
    "QuestionBank",
    "QuizBankError",
    "compose_prompt",
    "load_bank",
]
