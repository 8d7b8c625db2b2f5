"""Small question banks for delivery tests (the real bank is tested in test_bank.py)."""

from __future__ import annotations

from policy_core.quiz import Question, QuestionBank


def question(i: int, section: str = "privacy", answer: int = 1) -> Question:
    return Question(
        id=f"t-{i:03d}", kind="multiple_choice", prompt=f"Test question {i}: which is right?",
        choices=["Wrong A", "Right B", "Wrong C"], answer=answer, explanation=f"Because of rule {i}.",
        section_id=section, section_title=section.title() + " section", sectors=[], tags=["test"],
    )


def small_bank(n: int = 3) -> QuestionBank:
    sections = ["privacy", "promotions", "confidential"]
    return QuestionBank([question(i, sections[i % len(sections)]) for i in range(1, n + 1)])


