"""Tables of the approval workflow: requests, the drafts waiting to be submitted, appeals,
breaches, and the outbox of Slack messages still to send.

Why an outbox: a decision is committed first and its messages follow; a message that Slack
refuses (rate limit, outage) or that a crash interrupts stays here until the scheduler sends
it, so a restart at any point loses nothing.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from policy_store.models.base import Base, UTCDateTime, utcnow


class PendingSubmission(Base):
    """A checked draft the author may submit with the "Request approval" button.

    Why a row and not the button value: a draft can be 4,000 characters and is user data; the
    button carries only this row's unguessable id. Kept for a short time, then deleted.
    """

    __tablename__ = "approval_submissions"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    author: Mapped[str] = mapped_column(String(40))
    draft_text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    request_id: Mapped[str | None] = mapped_column(String(40), nullable=True)


class ApprovalRequest(Base):
    """One draft submitted for approval, its route, its single decision and its deadlines.

    `draft_text` is exactly as submitted (reviewers must see what will be posted) and is purged
    `RETENTION_DAYS` after the request closes; `summary` (categories and rules, no text) and
    `draft_hash` stay, so an approval still binds to its exact text after the purge.
    """

    __tablename__ = "approval_requests"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    author: Mapped[str] = mapped_column(String(40), index=True)
    draft_text: Mapped[str | None] = mapped_column(Text, nullable=True)
    draft_hash: Mapped[str] = mapped_column(String(128), index=True)
    summary: Mapped[str] = mapped_column(String(500), default="")
    findings: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    category: Mapped[str | None] = mapped_column(String(40), nullable=True)
    review_channel: Mapped[str] = mapped_column(String(40))
    reviewer_group: Mapped[str | None] = mapped_column(String(40), nullable=True)
    review_ts: Mapped[str | None] = mapped_column(String(40), nullable=True)
    state: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    decided_by: Mapped[str | None] = mapped_column(String(40), nullable=True)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    remind_at: Mapped[datetime] = mapped_column(UTCDateTime)
    escalate_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expire_at: Mapped[datetime] = mapped_column(UTCDateTime)
    chase_stage: Mapped[int] = mapped_column(Integer, default=0)  # 0 none, 1 reminded, 2 escalated
    purge_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (Index("ix_approval_requests_state_remind_at", "state", "remind_at"),)


class Appeal(Base):
    """An appeal against a rejection or a recorded breach; one per subject."""

    __tablename__ = "approval_appeals"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    subject_kind: Mapped[str] = mapped_column(String(20))  # "request" or "breach"
    subject_id: Mapped[str] = mapped_column(String(40))
    appellant: Mapped[str] = mapped_column(String(40))
    first_decider: Mapped[str | None] = mapped_column(String(40), nullable=True)
    reason: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    channel: Mapped[str] = mapped_column(String(40))
    message_ts: Mapped[str | None] = mapped_column(String(40), nullable=True)
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime)
    decided_by: Mapped[str | None] = mapped_column(String(40), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (UniqueConstraint("subject_kind", "subject_id", name="uq_approval_appeals_subject"),)


class Breach(Base):
    """A policy breach recorded against a person (who may appeal it)."""

    __tablename__ = "approval_breaches"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(40), index=True)
    rule: Mapped[str] = mapped_column(String(120))
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(40))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    state: Mapped[str] = mapped_column(String(20), default="recorded")  # or "overturned"


class OutboxMessage(Base):
    """A Slack message still to send (or update), rendered from current state when sent."""

    __tablename__ = "approval_outbox"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    ref: Mapped[str] = mapped_column(String(40))  # the request, appeal or breach id
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_error: Mapped[str | None] = mapped_column(String(200), nullable=True)

    __table_args__ = (Index("ix_approval_outbox_sent_at_due_at", "sent_at", "due_at"),)
