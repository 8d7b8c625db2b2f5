"""Storage for the approval workflow: every state change is ONE conditional UPDATE.

Why conditional updates: twenty reviewers clicking at once, or two replicas running the same
reminder tick, must produce one decision and one reminder. `UPDATE ... WHERE state='pending'`
lets the database pick the single winner (PostgreSQL re-checks the row after the lock; SQLite
serialises writers), and the audit row and the outgoing messages (outbox) commit in the same
transaction as the change. Slack is only called after the commit.

On SQLite each write transaction starts with its UPDATE/INSERT (never a read first), so a
transaction never has to upgrade a read snapshot to a write lock under contention.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from policy_core.approvals.states import APPEALABLE, AppealState, RequestState, StaleRequest
from policy_store import audit
from policy_store.models.approvals import Appeal, ApprovalRequest, Breach, OutboxMessage, PendingSubmission
from policy_store.upsert import insert_ignore

Sessions = async_sessionmaker[AsyncSession]

_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I: ids are read aloud and typed

OUTBOX_LEASE = timedelta(minutes=5)
OUTBOX_BACKOFF_FIRST = timedelta(seconds=30)
OUTBOX_BACKOFF_MAX = timedelta(minutes=15)


def new_id(prefix: str, length: int = 8) -> str:
    return prefix + "-" + "".join(secrets.choice(_ALPHABET) for _ in range(length))


class AlreadySubmitted(Exception):
    """This draft was already submitted; `request_id` names the request."""

    def __init__(self, request_id: str | None) -> None:
        super().__init__(request_id or "expired")
        self.request_id = request_id


class NotAllowed(Exception):
    """The action is not open to this person (not the author, not the subject, ...)."""


@dataclass
class NewRequest:
    author: str
    draft_text: str
    draft_hash: str
    findings: list[dict[str, Any]]
    category: str | None
    review_channel: str
    reviewer_group: str | None
    remind_at: datetime
    escalate_at: datetime
    expire_at: datetime
    via: str = "command"
    extra_audit: dict[str, Any] = field(default_factory=dict)


def summarise(findings: Sequence[dict[str, Any]]) -> str:
    """A redacted summary (categories and rules, never the text) kept after the draft is purged."""
    parts = [f"{f.get('category')}:{f.get('rule')}" for f in findings]
    return ", ".join(dict.fromkeys(parts))[:500]


def _rowcount(result: Any) -> int:
    return int(result.rowcount)


# --- outbox ------------------------------------------------------------------------------------

def enqueue(session: AsyncSession, kind: str, ref: str, now: datetime) -> None:
    """Add a message to send, in the caller's transaction (so it exists iff the change does)."""
    session.add(OutboxMessage(kind=kind, ref=ref, created_at=now, due_at=now, attempts=0))


async def due_outbox(sessions: Sessions, now: datetime, refs: Iterable[str] | None = None,
                     limit: int = 100) -> list[OutboxMessage]:
    stmt = (
        select(OutboxMessage)
        .where(OutboxMessage.sent_at.is_(None), OutboxMessage.due_at <= now,
               or_(OutboxMessage.claimed_until.is_(None), OutboxMessage.claimed_until < now))
        .order_by(OutboxMessage.id)
        .limit(limit)
    )
    if refs is not None:
        stmt = stmt.where(OutboxMessage.ref.in_(list(refs)))
    async with sessions() as session:
        return list((await session.execute(stmt)).scalars())


async def claim_outbox(sessions: Sessions, message_id: int, now: datetime) -> bool:
    """Lease one message to this worker; False when another worker has it or it is sent."""
    async with sessions.begin() as session:
        result = await session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == message_id, OutboxMessage.sent_at.is_(None),
                   or_(OutboxMessage.claimed_until.is_(None), OutboxMessage.claimed_until < now))
            .values(claimed_until=now + OUTBOX_LEASE, attempts=OutboxMessage.attempts + 1)
        )
        return _rowcount(result) == 1


async def mark_sent(sessions: Sessions, message_id: int, now: datetime) -> None:
    async with sessions.begin() as session:
        await session.execute(
            update(OutboxMessage).where(OutboxMessage.id == message_id)
            .values(sent_at=now, claimed_until=None, last_error=None)
        )


async def mark_failed(sessions: Sessions, message_id: int, now: datetime, error: str) -> None:
    """Release the lease and try again later, backing off (30 s, 1 min, 2 min, ... 15 min)."""
    async with sessions.begin() as session:
        attempts = await session.scalar(select(OutboxMessage.attempts).where(OutboxMessage.id == message_id))
        n = max(1, int(attempts or 1))
        backoff = min(OUTBOX_BACKOFF_FIRST * (2 ** min(n - 1, 10)), OUTBOX_BACKOFF_MAX)
        await session.execute(
            update(OutboxMessage).where(OutboxMessage.id == message_id)
            .values(claimed_until=None, due_at=now + backoff, last_error=error[:200])
        )


async def pending_outbox_count(sessions: Sessions) -> int:
    async with sessions() as session:
        rows = await session.execute(select(OutboxMessage.id).where(OutboxMessage.sent_at.is_(None)))
        return len(rows.all())


# --- submissions and requests ----------------------------------------------------------------

async def save_submission(sessions: Sessions, author: str, text: str, now: datetime, ttl: timedelta) -> str:
    sid = new_id("S", 20)
    async with sessions.begin() as session:
        session.add(PendingSubmission(id=sid, author=author, draft_text=text, created_at=now,
                                      expires_at=now + ttl))
    return sid


async def submission_text(sessions: Sessions, submission_id: str, author: str, now: datetime) -> str:
    """The stored draft for the author's button; AlreadySubmitted if used, LookupError if gone."""
    async with sessions() as session:
        sub = await session.get(PendingSubmission, submission_id)
    if sub is None or sub.author != author or sub.expires_at <= now:
        raise LookupError(submission_id)
    if sub.request_id is not None:
        raise AlreadySubmitted(sub.request_id)
    return sub.draft_text


async def open_request_for(sessions: Sessions, author: str, draft_hash: str) -> ApprovalRequest | None:
    async with sessions() as session:
        return (await session.execute(
            select(ApprovalRequest).where(ApprovalRequest.author == author,
                                          ApprovalRequest.draft_hash == draft_hash,
                                          ApprovalRequest.state == RequestState.PENDING)
            .order_by(ApprovalRequest.submitted_at.desc()).limit(1)
        )).scalar_one_or_none()


async def create_request(sessions: Sessions, new: NewRequest, now: datetime,
                         submission_id: str | None = None) -> ApprovalRequest:
    """Store the request, its audit step and its messages in one transaction.

    With `submission_id`, the pending submission is consumed by a conditional update first, so a
    double click on "Request approval" makes one request (the second gets AlreadySubmitted).
    """
    rid = new_id("R")
    async with sessions.begin() as session:
        if submission_id is not None:
            result = await session.execute(
                update(PendingSubmission)
                .where(PendingSubmission.id == submission_id, PendingSubmission.author == new.author,
                       PendingSubmission.request_id.is_(None))
                .values(request_id=rid)
            )
            if _rowcount(result) != 1:
                existing = await session.get(PendingSubmission, submission_id)
                raise AlreadySubmitted(existing.request_id if existing else None)
        req = ApprovalRequest(
            id=rid, author=new.author, draft_text=new.draft_text, draft_hash=new.draft_hash,
            summary=summarise(new.findings), findings=new.findings, category=new.category,
            review_channel=new.review_channel, reviewer_group=new.reviewer_group, state=RequestState.PENDING,
            submitted_at=now, remind_at=new.remind_at, escalate_at=new.escalate_at, expire_at=new.expire_at,
            chase_stage=0,
        )
        session.add(req)
        audit.record(session, "submitted", new.author, request_id=rid, at=now, via=new.via,
                     category=new.category, channel=new.review_channel, draft_hash=new.draft_hash,
                     rules=sorted({str(f.get("rule")) for f in new.findings}), **new.extra_audit)
        enqueue(session, "post_review", rid, now)
        enqueue(session, "submitted_dm", rid, now)
    return req


async def get_request(sessions: Sessions, request_id: str) -> ApprovalRequest | None:
    async with sessions() as session:
        return await session.get(ApprovalRequest, request_id)


async def _stale(session: AsyncSession, request_id: str) -> StaleRequest:
    req = await session.get(ApprovalRequest, request_id)
    if req is None:
        raise LookupError(request_id)
    return StaleRequest(req.state, req.decided_by)


async def decide(sessions: Sessions, request_id: str, actor: str, new_state: RequestState,
                 reason: str | None, now: datetime, retention: timedelta) -> ApprovalRequest:
    """The single decision: pending -> new_state, only if still pending and not the author's.

    Raises StaleRequest (with who decided) when another decision won, LookupError when unknown.
    """
    async with sessions.begin() as session:
        result = await session.execute(
            update(ApprovalRequest)
            .where(ApprovalRequest.id == request_id, ApprovalRequest.state == RequestState.PENDING,
                   ApprovalRequest.author != actor)
            .values(state=new_state, decided_by=actor, decided_at=now, reason=reason, purge_at=now + retention)
        )
        if _rowcount(result) != 1:
            raise await _stale(session, request_id)
        audit.record(session, "decided", actor, request_id=request_id, at=now, decision=str(new_state),
                     with_reason=bool(reason))
        enqueue(session, "update_review", request_id, now)
        enqueue(session, "decision_dm", request_id, now)
        req = await session.get(ApprovalRequest, request_id)
        assert req is not None
        return req


async def withdraw(sessions: Sessions, request_id: str, actor: str, now: datetime,
                   retention: timedelta) -> ApprovalRequest:
    """The author takes back a pending request."""
    async with sessions.begin() as session:
        result = await session.execute(
            update(ApprovalRequest)
            .where(ApprovalRequest.id == request_id, ApprovalRequest.state == RequestState.PENDING,
                   ApprovalRequest.author == actor)
            .values(state=RequestState.WITHDRAWN, decided_by=actor, decided_at=now, purge_at=now + retention)
        )
        if _rowcount(result) != 1:
            stale = await _stale(session, request_id)
            req = await session.get(ApprovalRequest, request_id)
            if req is not None and req.author != actor:
                raise NotAllowed("only the author can withdraw a request")
            raise stale
        audit.record(session, "withdrawn", actor, request_id=request_id, at=now)
        enqueue(session, "update_review", request_id, now)
        req = await session.get(ApprovalRequest, request_id)
        assert req is not None
        return req


async def approval_for(sessions: Sessions, draft_hash: str) -> ApprovalRequest | None:
    """The most recent approval of exactly this text (by hash of the normalised draft)."""
    async with sessions() as session:
        return (await session.execute(
            select(ApprovalRequest)
            .where(ApprovalRequest.draft_hash == draft_hash, ApprovalRequest.state == RequestState.APPROVED)
            .order_by(ApprovalRequest.decided_at.desc()).limit(1)
        )).scalar_one_or_none()


async def pending_in(sessions: Sessions, channels: Iterable[str], limit: int = 50) -> list[ApprovalRequest]:
    async with sessions() as session:
        return list((await session.execute(
            select(ApprovalRequest)
            .where(ApprovalRequest.state == RequestState.PENDING,
                   ApprovalRequest.review_channel.in_(list(channels)))
            .order_by(ApprovalRequest.submitted_at).limit(limit)
        )).scalars())


async def pending_channels(sessions: Sessions) -> set[str]:
    """Channels with requests waiting (routes may have changed since they were submitted)."""
    async with sessions() as session:
        return set((await session.execute(
            select(ApprovalRequest.review_channel).where(ApprovalRequest.state == RequestState.PENDING).distinct()
        )).scalars())


async def pending_by(sessions: Sessions, author: str, limit: int = 20) -> list[ApprovalRequest]:
    async with sessions() as session:
        return list((await session.execute(
            select(ApprovalRequest)
            .where(ApprovalRequest.state == RequestState.PENDING, ApprovalRequest.author == author)
            .order_by(ApprovalRequest.submitted_at).limit(limit)
        )).scalars())


async def set_review_ts(sessions: Sessions, request_id: str, ts: str) -> None:
    async with sessions.begin() as session:
        await session.execute(
            update(ApprovalRequest).where(ApprovalRequest.id == request_id).values(review_ts=ts)
        )


# --- reminders, escalation, expiry, purge -----------------------------------------------------

CHASES = (
    # (stage from, stage to, deadline column, audit action, outbox kind)
    (0, 1, ApprovalRequest.remind_at, "reminded", "reminder"),
    (1, 2, ApprovalRequest.escalate_at, "escalated", "escalation"),
)


async def run_chases(sessions: Sessions, now: datetime, limit: int = 200) -> list[tuple[str, str]]:
    """Remind, then escalate, every pending request past its deadline; each step claimed once.

    Returns (request id, action) for the steps this caller claimed (another replica's claims are
    not repeated: the stage moves by a conditional update).
    """
    done: list[tuple[str, str]] = []
    for stage_from, stage_to, column, action, kind in CHASES:
        async with sessions() as session:
            ids = list((await session.execute(
                select(ApprovalRequest.id)
                .where(ApprovalRequest.state == RequestState.PENDING, ApprovalRequest.chase_stage == stage_from,
                       column <= now, ApprovalRequest.expire_at > now)
                .order_by(column).limit(limit)
            )).scalars())
        for rid in ids:
            async with sessions.begin() as session:
                result = await session.execute(
                    update(ApprovalRequest)
                    .where(ApprovalRequest.id == rid, ApprovalRequest.state == RequestState.PENDING,
                           ApprovalRequest.chase_stage == stage_from)
                    .values(chase_stage=stage_to)
                )
                if _rowcount(result) != 1:
                    continue
                audit.record(session, action, "policybot", request_id=rid, at=now)
                enqueue(session, kind, rid, now)
                done.append((rid, action))
    return done


async def expire_due(sessions: Sessions, now: datetime, retention: timedelta, limit: int = 200) -> list[str]:
    """Close requests nobody decided in time; the author is told."""
    async with sessions() as session:
        ids = list((await session.execute(
            select(ApprovalRequest.id)
            .where(ApprovalRequest.state == RequestState.PENDING, ApprovalRequest.expire_at <= now)
            .limit(limit)
        )).scalars())
    expired = []
    for rid in ids:
        async with sessions.begin() as session:
            result = await session.execute(
                update(ApprovalRequest)
                .where(ApprovalRequest.id == rid, ApprovalRequest.state == RequestState.PENDING)
                .values(state=RequestState.EXPIRED, decided_at=now, purge_at=now + retention)
            )
            if _rowcount(result) != 1:
                continue
            audit.record(session, "expired", "policybot", request_id=rid, at=now)
            enqueue(session, "update_review", rid, now)
            enqueue(session, "expired_dm", rid, now)
            expired.append(rid)
    return expired


async def purge(sessions: Sessions, now: datetime) -> tuple[int, int]:
    """Forget draft text of requests closed longer than the retention period, and unused drafts.

    Returns (drafts purged, submissions deleted). The summary and the hash stay.
    """
    async with sessions.begin() as session:
        purged = await session.execute(
            update(ApprovalRequest)
            .where(ApprovalRequest.purge_at <= now, ApprovalRequest.draft_text.is_not(None),
                   ApprovalRequest.state != RequestState.PENDING)
            .values(draft_text=None)
        )
        dropped = await session.execute(delete(PendingSubmission).where(PendingSubmission.expires_at <= now))
        return _rowcount(purged), _rowcount(dropped)


# --- breaches and appeals ---------------------------------------------------------------------

async def record_breach(sessions: Sessions, user_id: str, rule: str, note: str, recorded_by: str,
                        now: datetime) -> Breach:
    bid = new_id("B")
    async with sessions.begin() as session:
        breach = Breach(id=bid, user_id=user_id, rule=rule, note=note, recorded_by=recorded_by,
                        recorded_at=now, state="recorded")
        session.add(breach)
        audit.record(session, "breach_recorded", recorded_by, request_id=bid, at=now, user=user_id, rule=rule)
        enqueue(session, "breach_dm", bid, now)
    return breach


async def get_breach(sessions: Sessions, breach_id: str) -> Breach | None:
    async with sessions() as session:
        return await session.get(Breach, breach_id)


async def appeal_subject(sessions: Sessions, kind: str, subject_id: str, appellant: str) -> str | None:
    """Who took the decision being appealed; NotAllowed/StaleRequest when it cannot be appealed."""
    async with sessions() as session:
        if kind == "request":
            req = await session.get(ApprovalRequest, subject_id)
            if req is None:
                raise LookupError(subject_id)
            if req.author != appellant:
                raise NotAllowed("only the author can appeal this decision")
            if req.state not in APPEALABLE:
                raise StaleRequest(req.state, req.decided_by)
            return req.decided_by
        if kind == "breach":
            breach = await session.get(Breach, subject_id)
            if breach is None:
                raise LookupError(subject_id)
            if breach.user_id != appellant:
                raise NotAllowed("only the person it was recorded against can appeal a breach")
            if breach.state != "recorded":
                raise StaleRequest(breach.state, None)
            return breach.recorded_by
    raise ValueError(f"unknown appeal subject {kind!r}")


async def create_appeal(sessions: Sessions, kind: str, subject_id: str, appellant: str, reason: str,
                        channel: str, now: datetime) -> Appeal:
    """One appeal per decision: a second one raises AlreadySubmitted with the first one's id."""
    first_decider = await appeal_subject(sessions, kind, subject_id, appellant)
    aid = new_id("A")
    async with sessions.begin() as session:
        inserted = await insert_ignore(
            session, Appeal, id=aid, subject_kind=kind, subject_id=subject_id, appellant=appellant,
            first_decider=first_decider, reason=reason, state=AppealState.PENDING, channel=channel,
            submitted_at=now,
        )
        if not inserted:
            existing = await session.scalar(
                select(Appeal.id).where(Appeal.subject_kind == kind, Appeal.subject_id == subject_id))
            raise AlreadySubmitted(existing)
        audit.record(session, "appealed", appellant, request_id=subject_id, at=now, appeal_id=aid, subject=kind)
        enqueue(session, "appeal_post", aid, now)
        appeal = await session.get(Appeal, aid)
        assert appeal is not None
        return appeal


async def get_appeal(sessions: Sessions, appeal_id: str) -> Appeal | None:
    async with sessions() as session:
        return await session.get(Appeal, appeal_id)


async def decide_appeal(sessions: Sessions, appeal_id: str, actor: str, outcome: AppealState,
                        now: datetime, retention: timedelta) -> Appeal:
    """Uphold or overturn, once; never by the appellant or the first decider (checked in SQL too).

    Overturning a rejection approves the request (bound to its text as any approval); overturning
    a breach marks it overturned.
    """
    async with sessions.begin() as session:
        result = await session.execute(
            update(Appeal)
            .where(Appeal.id == appeal_id, Appeal.state == AppealState.PENDING, Appeal.appellant != actor,
                   or_(Appeal.first_decider.is_(None), Appeal.first_decider != actor))
            .values(state=outcome, decided_by=actor, decided_at=now)
        )
        if _rowcount(result) != 1:
            appeal = await session.get(Appeal, appeal_id)
            if appeal is None:
                raise LookupError(appeal_id)
            if appeal.state == AppealState.PENDING:
                raise NotAllowed("you cannot decide this appeal")
            raise StaleRequest(appeal.state, appeal.decided_by)
        appeal = await session.get(Appeal, appeal_id)
        assert appeal is not None
        if outcome == AppealState.OVERTURNED:
            if appeal.subject_kind == "request":
                await session.execute(
                    update(ApprovalRequest)
                    .where(ApprovalRequest.id == appeal.subject_id,
                           ApprovalRequest.state == RequestState.REJECTED)
                    .values(state=RequestState.APPROVED, decided_by=actor, decided_at=now,
                            purge_at=now + retention)
                )
                enqueue(session, "update_review", appeal.subject_id, now)
            else:
                await session.execute(
                    update(Breach).where(and_(Breach.id == appeal.subject_id, Breach.state == "recorded"))
                    .values(state="overturned")
                )
        audit.record(session, "appeal_decided", actor, request_id=appeal.subject_id, at=now,
                     appeal_id=appeal_id, outcome=str(outcome))
        enqueue(session, "appeal_update", appeal_id, now)
        enqueue(session, "appeal_dm", appeal_id, now)
        return appeal


async def pending_appeals(sessions: Sessions, limit: int = 50) -> list[Appeal]:
    async with sessions() as session:
        return list((await session.execute(
            select(Appeal).where(Appeal.state == AppealState.PENDING).order_by(Appeal.submitted_at).limit(limit)
        )).scalars())


async def set_appeal_ts(sessions: Sessions, appeal_id: str, ts: str) -> None:
    async with sessions.begin() as session:
        await session.execute(update(Appeal).where(Appeal.id == appeal_id).values(message_ts=ts))
