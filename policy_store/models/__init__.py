"""Database models. Each capability keeps its tables in its own module; all share `Base`.

Importing this package imports every model module so that Alembic sees the whole schema.
"""

import policy_store.models.approvals  # noqa: F401  (approval workflow tables)
from policy_store.models.base import Base
from policy_store.models.core import AuditEvent, ProcessedEvent
from policy_store.models.policy_docs import PolicyDocumentVersion, PolicyQuestion, PolicySectionRow  # noqa: F401
from policy_store.models.quiz import QuizCard, QuizDelivery, QuizLock, QuizPerson, QuizRoundMark

__all__ = [
    "AuditEvent", "Base", "ProcessedEvent",
    "QuizCard", "QuizDelivery", "QuizLock", "QuizPerson", "QuizRoundMark",
]
