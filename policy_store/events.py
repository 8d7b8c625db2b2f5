"""Events API de-duplication: Slack retries an event until it is acked, so we remember ids."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from policy_store.models import ProcessedEvent
from policy_store.models.base import utcnow
from policy_store.upsert import insert_ignore


async def first_delivery(sessions: async_sessionmaker[AsyncSession], event_id: str) -> bool:
    """Record `event_id`; True only for the first delivery, across every replica."""
    async with sessions.begin() as session:
        return await insert_ignore(session, ProcessedEvent, event_id=event_id, received_at=utcnow())


async def forget_before(sessions: async_sessionmaker[AsyncSession], cutoff: datetime) -> int:
    """Drop ids older than Slack's retry window; they can no longer come back."""
    async with sessions.begin() as session:
        result = await session.execute(delete(ProcessedEvent).where(ProcessedEvent.received_at < cutoff))
        return int(result.rowcount)  # type: ignore[attr-defined]
