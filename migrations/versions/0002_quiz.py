"""Training micro-quizzes: audience, Leitner cards, the delivery outbox, round marks, locks.

Revision ID: 0002_quiz
Revises: 0001_core
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from policy_store.models.base import UTCDateTime

revision: str = "0002_quiz"
down_revision: str | Sequence[str] | None = "0001_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "quiz_people",
        sa.Column("user_id", sa.String(32), primary_key=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("tz", sa.String(64), nullable=False),
        sa.Column("tz_offset", sa.Integer(), nullable=False),
        sa.Column("team", sa.String(80), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("dm_channel", sa.String(32), nullable=True),
        sa.Column("streak", sa.Integer(), nullable=False),
        sa.Column("best_streak", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("last_answered_at", UTCDateTime(), nullable=True),
        sa.Column("synced_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_quiz_people_active", "quiz_people", ["active"])
    op.create_table(
        "quiz_cards",
        sa.Column("user_id", sa.String(32), primary_key=True),
        sa.Column("question_id", sa.String(64), primary_key=True),
        sa.Column("box", sa.Integer(), nullable=False),
        sa.Column("due_at", UTCDateTime(), nullable=False),
        sa.Column("seen", sa.Integer(), nullable=False),
        sa.Column("right", sa.Integer(), nullable=False),
        sa.Column("last_answered_at", UTCDateTime(), nullable=True),
        sa.Column("last_correct", sa.Boolean(), nullable=True),
    )
    op.create_table(
        "quiz_deliveries",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("user_id", sa.String(32), nullable=False),
        sa.Column("round_id", sa.String(80), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("question_id", sa.String(64), nullable=False),
        sa.Column("section_id", sa.String(64), nullable=False),
        sa.Column("team", sa.String(80), nullable=False),
        sa.Column("tz", sa.String(64), nullable=False),
        sa.Column("tz_offset", sa.Integer(), nullable=False),
        sa.Column("respect_hours", sa.Boolean(), nullable=False),
        sa.Column("due_at", UTCDateTime(), nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("claimed_by", sa.String(64), nullable=True),
        sa.Column("claimed_until", UTCDateTime(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("needs_check", sa.Boolean(), nullable=False),
        sa.Column("errors", sa.Integer(), nullable=False),
        sa.Column("error", sa.String(60), nullable=True),
        sa.Column("channel", sa.String(32), nullable=True),
        sa.Column("ts", sa.String(32), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("first_claimed_at", UTCDateTime(), nullable=True),
        sa.Column("sent_at", UTCDateTime(), nullable=True),
        sa.Column("answered_at", UTCDateTime(), nullable=True),
        sa.Column("choice", sa.Integer(), nullable=True),
        sa.Column("correct", sa.Boolean(), nullable=True),
        sa.Column("reminded_at", UTCDateTime(), nullable=True),
        sa.UniqueConstraint("user_id", "round_id", name="uq_quiz_deliveries_user_round"),
    )
    op.create_index("ix_quiz_deliveries_state_due", "quiz_deliveries", ["state", "due_at"])
    op.create_index("ix_quiz_deliveries_state_sent", "quiz_deliveries", ["state", "sent_at"])
    op.create_index("ix_quiz_deliveries_user_created", "quiz_deliveries", ["user_id", "created_at"])
    op.create_table(
        "quiz_round_marks",
        sa.Column("round_id", sa.String(80), primary_key=True),
        sa.Column("zone", sa.String(64), primary_key=True),
        sa.Column("enqueued_at", UTCDateTime(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
    )
    op.create_table(
        "quiz_locks",
        sa.Column("name", sa.String(40), primary_key=True),
        sa.Column("held_by", sa.String(64), nullable=True),
        sa.Column("held_until", UTCDateTime(), nullable=True),
        sa.Column("done_at", UTCDateTime(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("quiz_locks")
    op.drop_table("quiz_round_marks")
    op.drop_table("quiz_deliveries")
    op.drop_table("quiz_cards")
    op.drop_table("quiz_people")
