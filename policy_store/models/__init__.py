"""Database models. Each capability keeps its tables in its own module; all share `Base`.

Importing this package imports every model module so that Alembic sees the whole schema.
"""

from policy_store.models.base import Base
from policy_store.models.core import AuditEvent, ProcessedEvent

__all__ = ["AuditEvent", "Base", "ProcessedEvent"]
