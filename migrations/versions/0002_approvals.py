"""Approval workflow: requests, pending submissions, appeals, breaches, outbox.

Revision ID: 0002_approvals
Revises: 0001_core
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from policy_store.models.base import UTCDateTime

revision: str = "0002_approvals"
down_revision: str | Sequence[str] | None = "0001_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "approval_submissions",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("author", sa.String(40), nullable=False),
        sa.Column("draft_text", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
        sa.Column("request_id", sa.String(40), nullable=True),
    )
    op.create_index("ix_approval_submissions_expires_at", "approval_submissions", ["expires_at"])
    op.create_table(
        "approval_requests",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("author", sa.String(40), nullable=False),
        sa.Column("draft_text", sa.Text(), nullable=True),
        sa.Column("draft_hash", sa.String(128), nullable=False),
        sa.Column("summary", sa.String(500), nullable=False),
        sa.Column("findings", sa.JSON(), nullable=False),
        sa.Column("category", sa.String(40), nullable=True),
        sa.Column("review_channel", sa.String(40), nullable=False),
        sa.Column("reviewer_group", sa.String(40), nullable=True),
        sa.Column("review_ts", sa.String(40), nullable=True),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("submitted_at", UTCDateTime(), nullable=False),
        sa.Column("decided_at", UTCDateTime(), nullable=True),
        sa.Column("decided_by", sa.String(40), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("remind_at", UTCDateTime(), nullable=False),
        sa.Column("escalate_at", UTCDateTime(), nullable=False),
        sa.Column("expire_at", UTCDateTime(), nullable=False),
        sa.Column("chase_stage", sa.Integer(), nullable=False),
        sa.Column("purge_at", UTCDateTime(), nullable=True),
    )
    op.create_index("ix_approval_requests_author", "approval_requests", ["author"])
    op.create_index("ix_approval_requests_draft_hash", "approval_requests", ["draft_hash"])
    op.create_index("ix_approval_requests_state", "approval_requests", ["state"])
    op.create_index("ix_approval_requests_state_remind_at", "approval_requests", ["state", "remind_at"])
    op.create_table(
        "approval_appeals",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("subject_kind", sa.String(20), nullable=False),
        sa.Column("subject_id", sa.String(40), nullable=False),
        sa.Column("appellant", sa.String(40), nullable=False),
        sa.Column("first_decider", sa.String(40), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("channel", sa.String(40), nullable=False),
        sa.Column("message_ts", sa.String(40), nullable=True),
        sa.Column("submitted_at", UTCDateTime(), nullable=False),
        sa.Column("decided_by", sa.String(40), nullable=True),
        sa.Column("decided_at", UTCDateTime(), nullable=True),
        sa.UniqueConstraint("subject_kind", "subject_id", name="uq_approval_appeals_subject"),
    )
    op.create_index("ix_approval_appeals_state", "approval_appeals", ["state"])
    op.create_table(
        "approval_breaches",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("user_id", sa.String(40), nullable=False),
        sa.Column("rule", sa.String(120), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(40), nullable=False),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
    )
    op.create_index("ix_approval_breaches_user_id", "approval_breaches", ["user_id"])
    op.create_table(
        "approval_outbox",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("ref", sa.String(40), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("due_at", UTCDateTime(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("claimed_until", UTCDateTime(), nullable=True),
        sa.Column("sent_at", UTCDateTime(), nullable=True),
        sa.Column("last_error", sa.String(200), nullable=True),
    )
    op.create_index("ix_approval_outbox_sent_at_due_at", "approval_outbox", ["sent_at", "due_at"])


def downgrade() -> None:
    op.drop_table("approval_outbox")
    op.drop_table("approval_breaches")
    op.drop_table("approval_appeals")
    op.drop_table("approval_requests")
    op.drop_table("approval_submissions")
