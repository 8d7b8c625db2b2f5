"""Ask policy tables: versioned policy documents, their sections, and the questions people ask.

Why versions are rows, never updates: an answer cites the version it came from, and the audit must
be able to show what the policy said on the day someone relied on it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, Boolean, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from policy_store.models.base import Base, UTCDateTime, utcnow

_ID = BigInteger().with_variant(Integer, "sqlite")


class PolicyDocumentVersion(Base):
    """One imported version of one policy document (name: a stable slug, version: 1, 2, ...)."""

    __tablename__ = "policy_documents"

    id: Mapped[int] = mapped_column(_ID, primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(255), default="")
    sha256: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(40), default="cli")
    section_count: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (UniqueConstraint("name", "version", name="uq_policy_documents_name_version"),)


class PolicySectionRow(Base):
    """One section of one document version, as imported (never edited in place)."""

    __tablename__ = "policy_sections"

    id: Mapped[int] = mapped_column(_ID, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("policy_documents.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    section_id: Mapped[str] = mapped_column(String(80))
    title: Mapped[str] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(120), default="")
    review_by: Mapped[str] = mapped_column(String(10), default="")
    sectors: Mapped[list[str]] = mapped_column(JSON, default=list)

    __table_args__ = (Index("ix_policy_sections_document_id", "document_id"),)


class PolicyQuestion(Base):
    """A question asked, redacted (pii/phi/secret spans masked), with what was answered and how it landed.

    Why keep them: policy owners see what people are unsure about and what the policy does not cover.
    """

    __tablename__ = "policy_questions"

    id: Mapped[int] = mapped_column(_ID, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    asker: Mapped[str] = mapped_column(String(40))
    via: Mapped[str] = mapped_column(String(20))  # command, mention, dm, shortcut, cli
    question: Mapped[str] = mapped_column(Text)  # redacted
    confident: Mapped[bool] = mapped_column(Boolean)
    top_section: Mapped[str | None] = mapped_column(String(80), nullable=True)
    top_score: Mapped[float] = mapped_column(Float, default=0.0)
    version: Mapped[str] = mapped_column(String(120), default="")
    status: Mapped[str] = mapped_column(String(20))  # answered, unsure, forwarded
    forwarded_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    feedback: Mapped[str | None] = mapped_column(String(12), nullable=True)  # helpful, not_helpful
    feedback_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (Index("ix_policy_questions_at", "at"), Index("ix_policy_questions_status", "status"))
