"""Leitner boxes, scores and the choice of the next question (pure core logic)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from policy_core.quiz.selection import choose_next
from policy_core.quiz.spacing import BOX_DAYS, Card, Progress, review, score_answer

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)


def test_boxes_are_the_documented_intervals() -> None:
    assert BOX_DAYS == {1: 1, 2: 3, 3: 7, 4: 14, 5: 30}


def test_wrong_goes_to_box_one_and_right_moves_up_to_the_last_box() -> None:
    card = review(None, "q", False, NOW)
    assert (card.box, card.due_at) == (1, NOW + timedelta(days=1))
    days = []
    for _ in range(6):
        card = review(card, "q", True, NOW)
        days.append((card.due_at - NOW).days)
    assert days == [3, 7, 14, 30, 30, 30]
    card = review(card, "q", False, NOW)
    assert card.box == 1 and card.due_at == NOW + timedelta(days=1)
    assert card.seen == 8 and card.right == 6 and card.last_correct is False


def test_a_first_right_answer_starts_in_box_two() -> None:
    card = review(None, "q", True, NOW)
    assert card.box == 2 and card.due_at == NOW + timedelta(days=3)


def test_streak_counts_right_answers_in_a_row_and_score_rewards_both() -> None:
    p = Progress()
    for correct in (True, True, True, False, True):
        p = score_answer(p, correct, NOW)
    assert (p.streak, p.best_streak) == (1, 3)
    assert p.score == 5 * 1 + 4 * 9
    assert p.last_answered_at == NOW


def _card(qid: str, box: int, due: datetime, answered: datetime | None = None) -> Card:
    return Card(qid, box, due, 1, 0, answered, None)


def test_due_reviews_come_first_lowest_box_first() -> None:
    cards = {
        "a": _card("a", 3, NOW - timedelta(days=1)),
        "b": _card("b", 1, NOW - timedelta(hours=1)),
        "c": _card("c", 1, NOW + timedelta(days=1)),
    }
    assert choose_next("U1", ["a", "b", "c", "d"], cards, NOW) == "b"


def test_new_questions_before_practice_and_spread_across_people() -> None:
    ids = [f"q{i}" for i in range(20)]
    firsts = {choose_next(f"U{i}", ids, {}, NOW) for i in range(50)}
    assert len(firsts) > 5  # not everybody starts with the same question
    assert choose_next("U1", ids, {}, NOW) == choose_next("U1", ids, {}, NOW)  # but reproducibly


def test_pending_questions_are_never_asked_twice_at_once() -> None:
    assert choose_next("U1", ["a", "b"], {}, NOW, pending={"a"}) == "b"
    assert choose_next("U1", ["a", "b"], {}, NOW, pending={"a", "b"}) is None


def test_practice_when_nothing_is_due_prefers_what_was_not_just_answered() -> None:
    cards = {
        "a": _card("a", 2, NOW + timedelta(days=1), answered=NOW - timedelta(minutes=1)),
        "b": _card("b", 4, NOW + timedelta(days=10), answered=NOW - timedelta(days=5)),
    }
    assert choose_next("U1", ["a", "b"], cards, NOW) == "b"
    assert choose_next("U1", ["a"], cards, NOW) == "a"
