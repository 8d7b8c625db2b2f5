"""Ask policy: versioned policy documents, their sections, and asked questions (redacted).

Revision ID: 0002_policy_docs
Revises: 0001_core
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from policy_store.models.base import UTCDateTime

revision: str = "0002_policy_docs"
down_revision: str | Sequence[str] | None = "0001_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "policy_documents",
        sa.Column("id", _ID, primary_key=True),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("source", sa.String(255), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("imported_at", UTCDateTime(), nullable=False),
        sa.Column("imported_by", sa.String(40), nullable=False),
        sa.Column("section_count", sa.Integer(), nullable=False),
        sa.UniqueConstraint("name", "version", name="uq_policy_documents_name_version"),
    )
    op.create_table(
        "policy_sections",
        sa.Column("id", _ID, primary_key=True),
        sa.Column("document_id", _ID, sa.ForeignKey("policy_documents.id", ondelete="CASCADE",
                                                    name="fk_policy_sections_document_id_policy_documents"),
                  nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("section_id", sa.String(80), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(120), nullable=False),
        sa.Column("review_by", sa.String(10), nullable=False),
        sa.Column("sectors", sa.JSON(), nullable=False),
    )
    op.create_index("ix_policy_sections_document_id", "policy_sections", ["document_id"])
    op.create_table(
        "policy_questions",
        sa.Column("id", _ID, primary_key=True),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("asker", sa.String(40), nullable=False),
        sa.Column("via", sa.String(20), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("confident", sa.Boolean(), nullable=False),
        sa.Column("top_section", sa.String(80), nullable=True),
        sa.Column("top_score", sa.Float(), nullable=False),
        sa.Column("version", sa.String(120), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("forwarded_at", UTCDateTime(), nullable=True),
        sa.Column("feedback", sa.String(12), nullable=True),
        sa.Column("feedback_at", UTCDateTime(), nullable=True),
    )
    op.create_index("ix_policy_questions_at", "policy_questions", ["at"])
    op.create_index("ix_policy_questions_status", "policy_questions", ["status"])


def downgrade() -> None:
    op.drop_table("policy_questions")
    op.drop_table("policy_sections")
    op.drop_table("policy_documents")
