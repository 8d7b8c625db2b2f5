"""Quiz delivery on the Slack side: the audience, rounds, the exactly-once DM worker, reminders.

The pure logic (spacing, selection, schedules) is in `policy_core.quiz`; storage in
`policy_store.quiz_repo`; Block Kit in `handlers.views.quiz`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.quiz.worker import QuizWorker
    from bot.services import Services
    from policy_core.quiz import QuestionBank


def get_bank(services: Services) -> QuestionBank:
    """The question bank, loaded once per process (QUIZ_BANK, else the shipped one; with rule examples)."""
    if services.quiz_bank is None:
        from policy_core.quiz import load_bank

        services.quiz_bank = load_bank(services.settings.quiz_bank, checker=services.checker,
                                       sectors=services.settings.sectors)
    return services.quiz_bank


def get_worker(services: Services) -> QuizWorker:
    """This process's delivery worker (its HTTP session and throttle are shared by every caller)."""
    if services.quiz_worker is None:
        from bot.quiz.worker import QuizWorker

        services.quiz_worker = QuizWorker(services)
    return services.quiz_worker
