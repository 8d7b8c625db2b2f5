"""The append-only audit trail: write a step, read steps back for export.

Why append-only in code: nothing here updates or deletes rows; the only way to change the
trail is to add to it, so a decision can always be traced to who made it and when.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from policy_store.models import AuditEvent
from policy_store.models.base import utcnow

AUDIT_FIELDS = ("id", "at", "action", "actor", "request_id", "details")


def record(
    session: AsyncSession,
    action: str,
    actor: str,
    request_id: str | None = None,
    at: datetime | None = None,
    **details: Any,
) -> AuditEvent:
    """Add one step to the trail within the caller's transaction (so it commits with the change)."""
    event = AuditEvent(action=action, actor=actor, request_id=request_id, at=at or utcnow(), details=details)
    session.add(event)
    return event


async def iter_since(session: AsyncSession, since: datetime | None = None) -> AsyncIterator[AuditEvent]:
    stmt = select(AuditEvent).order_by(AuditEvent.id)
    if since is not None:
        stmt = stmt.where(AuditEvent.at >= since)
    for row in (await session.execute(stmt)).scalars():
        yield row


def as_dict(e: AuditEvent) -> dict[str, Any]:
    return {
        "id": e.id,
        "at": e.at.isoformat(),
        "action": e.action,
        "actor": e.actor,
        "request_id": e.request_id,
        "details": e.details,
    }


def to_csv(rows: list[dict[str, Any]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=AUDIT_FIELDS)
    writer.writeheader()
    for r in rows:
        writer.writerow({**r, "details": json.dumps(r["details"], sort_keys=True)})
    return buf.getvalue()


def to_jsonl(rows: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, sort_keys=True) + "\n" for r in rows)
