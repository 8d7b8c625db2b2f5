"""Training micro-quizzes: the audience, each person's Leitner cards, and the delivery queue.

`quiz_deliveries` is both the outbox (one row per question to DM, claimed with a lease by a
worker; see bot/quiz/worker.py for the exactly-once design) and the training record (who was
asked what, when they answered, right or wrong): the compliance report reads it directly.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from policy_store.models.base import Base, UTCDateTime, utcnow

# Delivery states. pending -> claimed -> sent; claimed -> pending (released: rate limited, or not
# started before the lease ran short); claimed -> failed (Slack said no for good, e.g. user gone).
PENDING, CLAIMED, SENT, FAILED = "pending", "claimed", "sent", "failed"


class QuizPerson(Base):
    """A member of the quiz audience, refreshed from users.list; keeps their streak and score."""

    __tablename__ = "quiz_people"

    user_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    tz: Mapped[str] = mapped_column(String(64), default="")
    tz_offset: Mapped[int] = mapped_column(Integer, default=0)
    team: Mapped[str] = mapped_column(String(80), default="all")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    dm_channel: Mapped[str | None] = mapped_column(String(32), nullable=True)
    streak: Mapped[int] = mapped_column(Integer, default=0)
    best_streak: Mapped[int] = mapped_column(Integer, default=0)
    score: Mapped[int] = mapped_column(Integer, default=0)
    last_answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    synced_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (Index("ix_quiz_people_active", "active"),)


class QuizCard(Base):
    """One person's Leitner box for one question."""

    __tablename__ = "quiz_cards"

    user_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    question_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    box: Mapped[int] = mapped_column(Integer)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    seen: Mapped[int] = mapped_column(Integer, default=0)
    right: Mapped[int] = mapped_column(Integer, default=0)
    last_answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_correct: Mapped[bool | None] = mapped_column(Boolean, nullable=True)


class QuizDelivery(Base):
    """One question for one person in one round: the outbox row and the training record."""

    __tablename__ = "quiz_deliveries"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(32))
    round_id: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(16))  # scheduled, push, asked, next
    question_id: Mapped[str] = mapped_column(String(64))
    section_id: Mapped[str] = mapped_column(String(64), default="")
    team: Mapped[str] = mapped_column(String(80), default="all")
    tz: Mapped[str] = mapped_column(String(64), default="")
    tz_offset: Mapped[int] = mapped_column(Integer, default=0)
    respect_hours: Mapped[bool] = mapped_column(Boolean, default=True)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    state: Mapped[str] = mapped_column(String(10), default=PENDING)
    claimed_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # True when a post may have reached Slack without us recording it: look in the DM first.
    needs_check: Mapped[bool] = mapped_column(Boolean, default=False)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(String(60), nullable=True)
    channel: Mapped[str | None] = mapped_column(String(32), nullable=True)
    ts: Mapped[str | None] = mapped_column(String(32), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    first_claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    choice: Mapped[int | None] = mapped_column(Integer, nullable=True)
    correct: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (
        UniqueConstraint("user_id", "round_id", name="uq_quiz_deliveries_user_round"),
        Index("ix_quiz_deliveries_state_due", "state", "due_at"),
        Index("ix_quiz_deliveries_state_sent", "state", "sent_at"),
        Index("ix_quiz_deliveries_user_created", "user_id", "created_at"),
    )


class QuizRoundMark(Base):
    """A scheduled round has been enqueued for the people of one time zone (planning is done once)."""

    __tablename__ = "quiz_round_marks"

    round_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    zone: Mapped[str] = mapped_column(String(64), primary_key=True)
    enqueued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    count: Mapped[int] = mapped_column(Integer, default=0)


class QuizLock(Base):
    """A named lease for occasional work only one replica should do (refreshing the audience)."""

    __tablename__ = "quiz_locks"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    held_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    held_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
