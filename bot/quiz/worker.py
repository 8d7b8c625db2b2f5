"""The quiz DM worker: delivers each due question exactly once, at the speed Slack allows.

Exactly once, and why it holds:

1. Enqueue is idempotent: `quiz_deliveries` is unique on (user_id, round_id), inserts skip
   conflicts, so a round (scheduled, pushed twice, planned by two replicas) has one row per person.
2. Claim is exclusive: one UPDATE marks rows `claimed` by this worker with a lease
   (`claimed_until`). On PostgreSQL its inner SELECT takes rows FOR UPDATE SKIP LOCKED, so
   concurrent workers get disjoint rows without waiting; SQLite serialises the UPDATE under its one
   write lock. Only rows `pending` and due, or `claimed` with an expired lease, can be claimed.
3. A post is only started while the lease has time left for it to finish, and it is abandoned
   (`asyncio.timeout`) a safety margin before the lease ends. So once a lease has expired, the
   worker that held it will never post that row again, and a row taken over from an expired lease
   is flagged `needs_check`.
4. The dangerous window is after Slack accepted a post and before we recorded it (crash, kill,
   lost response). A `needs_check` row is never posted blindly: the worker first reads the DM
   (conversations.history from just before the first claim) for a message carrying this
   delivery's id (metadata, and the first block's block_id `quiz:<id>`). Found: mark it sent. Not
   found: the earlier post never landed, so post now. Outcomes that prove nothing was posted
   (429, lease too short to start) release the row without the flag; ambiguous ones (5xx,
   timeout, dropped connection) release it with the flag, due only after the old lease ended.
5. `mark_sent` is recorded for any accepted post whoever holds the claim; sent rows are final.

Rate limits: only 429 is retried inside slack_sdk (Slack did not accept the call, so a retry
cannot duplicate); our retry handler also tells the `Throttle`, which pauses every new post for
Retry-After and halves the concurrency window, then widens it by one per success.

Throughput: the worker keeps about two windows of rows claimed ahead, posts through one shared
HTTP session, and records sent rows in batches (a crash before a batch is written is case 4).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient
from sqlalchemy import and_, exists, or_, select

from bot.quiz.throttle import Throttle, retry_after_seconds, worker_retry_handlers
from bot.slack_client import LoggingWebClient
from handlers.views.quiz import METADATA_EVENT, delivery_id_in, question_blocks, question_text
from policy_core.quiz.schedule import deliverable_at, zone
from policy_store import quiz_repo as repo
from policy_store.models.quiz import CLAIMED, PENDING, QuizDelivery, QuizPerson

if TYPE_CHECKING:
    from bot.services import Services

log = logging.getLogger("policybot.quiz.worker")

# Slack errors that will not change by trying again: the delivery fails (and is reported).
PERMANENT_ERRORS = frozenset({
    "channel_not_found", "user_not_found", "account_inactive", "cannot_dm_bot", "is_archived",
    "not_in_channel", "invalid_blocks", "msg_too_long", "user_disabled", "messages_tab_disabled",
    "restricted_action", "invalid_arguments", "no_text",
})
MAX_ERRORS = 5  # transient errors before a delivery is given up as failed
HISTORY_MARGIN = timedelta(minutes=10)  # Slack's clock vs ours, when reading a DM back
HISTORY_PAGES = 10
MIN_POST_SECONDS = 1.0
FLUSH_EVERY = 0.2  # seconds between batched "sent" writes
FLUSH_SIZE = 200


@dataclass
class DrainStats:
    claimed: int = 0
    sent: int = 0
    recovered: int = 0  # found already posted in the DM (a crash or a lost response before)
    deferred: int = 0  # outside the person's working hours
    released: int = 0  # given back (rate limited, lease too short, transient error)
    failed: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


def worker_name() -> str:
    return f"{socket.gethostname()[:30]}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class QuizWorker:
    """One per process. `drain()` delivers what is due; safe to run in many processes at once."""

    def __init__(self, services: Services, name: str | None = None) -> None:
        self.services = services
        self.settings = services.settings
        self.name = name or worker_name()
        self.throttle = Throttle(self.settings.quiz_concurrency)
        self.lease = timedelta(seconds=self.settings.quiz_lease_seconds)
        self.safety = min(5.0, self.settings.quiz_lease_seconds / 5)
        self._plain: AsyncWebClient | None = None
        self._lock = asyncio.Lock()  # one bulk drain at a time per process; another would only compete

    # --- Slack ---------------------------------------------------------------------------------
    def _make_client(self, session: aiohttp.ClientSession | None) -> AsyncWebClient:
        """Our own client: only 429 is retried (see the docstring)."""
        return LoggingWebClient(token=self.settings.slack_bot_token or None, base_url=self.settings.slack_api_url,
                                session=session, retry_handlers=worker_retry_handlers(self.throttle), timeout=30)

    def client(self) -> AsyncWebClient:
        """For single calls (an on-demand question, a reminder): a connection per call."""
        if self._plain is None:
            self._plain = self._make_client(None)
        return self._plain

    async def close(self) -> None:
        """Nothing outlives a drain (bulk drains close their connection pool when they end)."""

    # --- the loop ------------------------------------------------------------------------------
    async def drain(self, *, ids: list[str] | None = None, round_id: str | None = None,
                    budget: float | None = None) -> DrainStats:
        """Deliver due rows until none is left (or `budget` seconds pass).

        With `ids`, only those rows (an on-demand question). With `round_id`, also wait for rows of
        that round that are claimed by another worker (or by a dead one, until its lease ends).
        """
        if ids is not None:  # someone is waiting for this one: don't queue behind a bulk drain
            return await self._drain(ids, round_id, budget)
        async with self._lock:
            return await self._drain(ids, round_id, budget)

    async def _drain(self, ids: list[str] | None, round_id: str | None, budget: float | None) -> DrainStats:
        from bot.quiz import get_bank

        bank = get_bank(self.services)
        stats = DrainStats()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + budget if budget else None
        tasks: set[asyncio.Task[None]] = set()
        finished = asyncio.Event()  # set by each delivery as it ends: cheaper than asyncio.wait on many
        last_flush = loop.time()
        short_claim_at: float | None = None  # when a claim last came back short of what was asked
        sent: list[repo.Sent] = []  # accepted posts not yet recorded (see point 5 of the docstring)
        # A bulk drain posts through one pooled HTTP session, closed when the drain ends.
        pool = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=self.throttle.max + 8)) if ids is None \
            else None
        client = self._make_client(pool) if pool is not None else self.client()

        def done(task: asyncio.Task[None]) -> None:
            tasks.discard(task)
            finished.set()
            if not task.cancelled() and task.exception() is not None:
                log.error("quiz delivery crashed", exc_info=task.exception())

        try:
            while True:
                out_of_time = deadline is not None and loop.time() > deadline
                claimed: list[repo.Claimed] = []
                want = self.throttle.limit * 2 - len(tasks)
                may_claim = (not out_of_time and len(tasks) <= self.throttle.limit
                             and (short_claim_at is None or not tasks or loop.time() - short_claim_at > 0.5))
                if may_claim and want > 0:
                    claimed = await self._claim(want, ids)
                    short_claim_at = loop.time() if len(claimed) < want else None
                    stats.claimed += len(claimed)
                    for c in claimed:
                        task = asyncio.create_task(self._deliver(c, bank, stats, sent, client))
                        tasks.add(task)
                        task.add_done_callback(done)
                    if ids is not None:
                        ids = [i for i in ids if i not in {c.id for c in claimed}] or []
                if sent and (len(sent) >= FLUSH_SIZE or loop.time() - last_flush > FLUSH_EVERY or not tasks):
                    await self._flush(sent)
                    last_flush = loop.time()
                if not tasks:
                    if claimed or (not out_of_time and not (may_claim and want > 0)):
                        # claimed, or did not look this time (too busy then; the flush above let the last
                        # deliveries end): look again before deciding there is nothing left
                        continue
                    if out_of_time or ids is not None:
                        break
                    if round_id is not None and await self._round_unfinished(round_id):
                        await asyncio.sleep(0.25)
                        continue
                    break
                if not claimed:  # wait for a delivery to end (or the next flush) before looking again
                    finished.clear()
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(finished.wait(), FLUSH_EVERY)
        finally:
            if tasks:
                await asyncio.gather(*tasks, return_exceptions=True)
            await self._flush(sent)
            if pool is not None:
                await pool.close()
        if stats.claimed:
            log.info("quiz deliveries", extra={"worker": self.name, **stats.as_dict(),
                                               "rate_limited": self.throttle.rate_limited_count})
        return stats

    async def _claim(self, want: int, ids: list[str] | None) -> list[repo.Claimed]:
        if ids is not None and not ids:
            return []
        async with self.services.sessions.begin() as session:
            return await repo.claim(session, self.name, self.services.clock.now(), self.lease, want, ids)

    async def _flush(self, sent: list[repo.Sent]) -> None:
        if not sent:
            return
        batch = sent[:]
        del sent[:]
        async with self.services.sessions.begin() as session:
            await repo.mark_sent(session, batch)

    async def _round_unfinished(self, round_id: str) -> bool:
        """Rows of the round held by some worker (maybe a dead one), or pending for a reason other than
        the person's working hours (rate limited, or waiting to look in the DM after a lost answer)."""
        now = self.services.clock.now()
        d = QuizDelivery
        async with self.services.sessions() as session:
            return bool(await session.scalar(select(exists().where(
                d.round_id == round_id,
                or_(d.state == CLAIMED,
                    and_(d.state == PENDING,
                         or_(d.respect_hours.is_(False), d.due_at <= now + timedelta(seconds=5))))))))

    # --- one delivery ----------------------------------------------------------------------------
    async def _deliver(self, c: repo.Claimed, bank: Any, stats: DrainStats, sent: list[repo.Sent],
                       client: AsyncWebClient) -> None:
        clock = self.services.clock
        try:
            question = bank.by_id(c.question_id)
        except KeyError:
            await self._fail(c, "question_retired", stats)
            return
        if c.respect_hours:
            at = deliverable_at(clock.now(), zone(c.tz, c.tz_offset), self.settings.quiz_hours)
            if at > clock.now():
                stats.deferred += 1
                await self._release(c, at)
                return
        await self.throttle.acquire()
        ok = True
        try:
            if c.needs_check:
                found = await self._find_posted(c, client)
                if found is None:
                    ok = False
                    return  # could not read the DM: released with the flag kept
                if found:
                    stats.recovered += 1
                    sent.append(repo.Sent(c.id, c.user_id, found[0], found[1], clock.now()))
                    return
            remaining = (c.claimed_until - clock.now()).total_seconds() - self.safety
            if remaining < MIN_POST_SECONDS:
                stats.released += 1
                await self._release(c, clock.now(), needs_check=False)  # checked (if flagged), not posted
                return
            try:
                async with asyncio.timeout(remaining):  # abandoned before the lease ends (point 3)
                    resp = await client.chat_postMessage(
                        channel=c.user_id, text=question_text(question), blocks=question_blocks(c.id, question, c.kind),
                        metadata={"event_type": METADATA_EVENT, "event_payload": {"delivery_id": c.id}},
                        unfurl_links=False, unfurl_media=False)
            except SlackApiError as exc:
                ok = False
                await self._slack_error(c, exc, stats)
                return
            except (TimeoutError, aiohttp.ClientError, OSError) as exc:
                ok = False
                stats.released += 1
                # Maybe posted: look in the DM before trying again, after our lease has surely ended.
                await self._release(c, c.claimed_until, needs_check=True, error=type(exc).__name__, count=True)
                return
            stats.sent += 1
            sent.append(repo.Sent(c.id, c.user_id, str(resp["channel"]), str(resp["ts"]), clock.now()))
        finally:
            await self.throttle.release(ok)

    async def _slack_error(self, c: repo.Claimed, exc: SlackApiError, stats: DrainStats) -> None:
        now = self.services.clock.now()
        status = getattr(exc.response, "status_code", 200)
        error = str(exc.response.get("error", "error")) if exc.response is not None else "error"
        if status == 429:  # still limited after the retries: certainly not posted
            stats.released += 1
            wait = retry_after_seconds(getattr(exc.response, "headers", {}))
            self.throttle.rate_limited(wait)
            await self._release(c, now + timedelta(seconds=wait), needs_check=False)
        elif status >= 500:  # Slack may have posted before failing: check the DM next time
            stats.released += 1
            await self._release(c, c.claimed_until, needs_check=True, error=f"http_{status}", count=True)
        elif error in PERMANENT_ERRORS:
            await self._fail(c, error, stats)
        else:  # an error answer means nothing was posted
            stats.released += 1
            await self._release(c, now + timedelta(seconds=30), needs_check=False, error=error, count=True)

    async def _release(self, c: repo.Claimed, due_at: datetime, *, needs_check: bool | None = None,
                       error: str | None = None, count: bool = False) -> None:
        async with self.services.sessions.begin() as session:
            if count:
                row = await session.get(QuizDelivery, c.id)
                if row is not None and row.errors + 1 >= MAX_ERRORS:
                    await repo.mark_failed(session, self.name, c.id, error or "too_many_errors")
                    return
            await repo.release(session, self.name, [c.id], due_at, needs_check=needs_check, error=error,
                               count_error=count)

    async def _fail(self, c: repo.Claimed, error: str, stats: DrainStats) -> None:
        stats.failed += 1
        log.warning("quiz delivery failed", extra={"delivery": c.id, "error": error})
        async with self.services.sessions.begin() as session:
            await repo.mark_failed(session, self.name, c.id, error)

    async def _find_posted(self, c: repo.Claimed, client: AsyncWebClient) -> tuple[str, str] | tuple[()] | None:
        """Our earlier post of this delivery in the person's DM: (channel, ts); () if none; None if unknown."""
        try:
            async with self.services.sessions() as session:
                channel = await session.scalar(select(QuizPerson.dm_channel).where(QuizPerson.user_id == c.user_id))
            if not channel:
                opened = await client.conversations_open(users=c.user_id)
                channel = str(opened["channel"]["id"])
            oldest = (c.first_claimed_at - HISTORY_MARGIN).timestamp()
            cursor: str | None = None
            for _ in range(HISTORY_PAGES):
                resp = await client.conversations_history(channel=channel, oldest=f"{oldest:.6f}", limit=200,
                                                          cursor=cursor, include_all_metadata=True)
                for message in resp.get("messages") or []:
                    if delivery_id_in(message) == c.id:
                        return channel, str(message["ts"])
                cursor = (resp.get("response_metadata") or {}).get("next_cursor") or None
                if not cursor or not resp.get("has_more"):
                    return ()
            return None  # an unusually busy DM: don't guess
        except SlackApiError as exc:
            error = str(exc.response.get("error", "error")) if exc.response is not None else "error"
            if error in PERMANENT_ERRORS:
                await self._fail(c, error, DrainStats())
                return None
            await self._release(c, self.services.clock.now() + timedelta(seconds=30), needs_check=True,
                                error=error, count=True)
            return None
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            await self._release(c, self.services.clock.now() + timedelta(seconds=30), needs_check=True,
                                error=type(exc).__name__, count=True)
            return None
