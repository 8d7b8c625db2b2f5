"""Tables every capability shares: the append-only audit trail and Events API de-duplication."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from policy_store.models.base import Base, UTCDateTime, utcnow


class ProcessedEvent(Base):
    """One row per Events API `event_id` handled, so Slack's retries are never processed twice."""

    __tablename__ = "processed_events"

    event_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)


class AuditEvent(Base):
    """Append-only record of every step (checked, submitted, decided, reminded, ...).

    Why no draft text: drafts can hold personal and patient data; the audit keeps who did what,
    when, to which request, and redacted details only.
    """

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    action: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(40))
    request_id: Mapped[str | None] = mapped_column(String(40), nullable=True)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    __table_args__ = (Index("ix_audit_events_at", "at"), Index("ix_audit_events_request_id", "request_id"))
