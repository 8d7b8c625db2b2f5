"""Who gets quizzes: every active human member, or the members of QUIZ_CHANNELS, read from Slack.

Why a stored copy (`quiz_people`): rounds are planned every few seconds and per time zone; reading
users.list (Tier 2, 200 a page) that often would be slow and rate limited. The copy is refreshed
at most hourly by one replica at a time (a lease in `quiz_locks`), and by every push.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

from slack_sdk.web.async_client import AsyncWebClient
from sqlalchemy import select

from bot.services import Services
from bot.settings import Settings
from policy_store import quiz_repo as repo
from policy_store.models.quiz import QuizLock

log = logging.getLogger("policybot.quiz.audience")

LOCK = "audience"
REFRESH_EVERY = timedelta(hours=1)
LOCK_TTL = timedelta(minutes=10)
SLACKBOT = "USLACKBOT"


async def _pages(call: Any, key: str, **kwargs: Any) -> AsyncIterator[Any]:
    cursor = None
    while True:
        resp = await call(limit=200, cursor=cursor, **kwargs) if cursor else await call(limit=200, **kwargs)
        for item in resp.get(key) or []:
            yield item
        cursor = (resp.get("response_metadata") or {}).get("next_cursor")
        if not cursor:
            return


def eligible(user: dict[str, Any], include_guests: bool) -> bool:
    """A human, active member; guests only when configured."""
    if user.get("is_bot") or user.get("is_app_user") or user.get("deleted") or user.get("id") == SLACKBOT:
        return False
    return include_guests or not (user.get("is_restricted") or user.get("is_ultra_restricted"))


def person_info(user: dict[str, Any], team: str = "all") -> repo.PersonInfo:
    profile = user.get("profile") or {}
    name = user.get("real_name") or profile.get("real_name") or user.get("name") or user["id"]
    return repo.PersonInfo(user_id=user["id"], name=str(name), tz=str(user.get("tz") or ""),
                           tz_offset=int(user.get("tz_offset") or 0), team=team)


async def read_audience(client: AsyncWebClient, settings: Settings) -> list[repo.PersonInfo]:
    """The audience as Slack has it now (users.list and, with QUIZ_CHANNELS, conversations.members)."""
    users = [u async for u in _pages(client.users_list, "members")]
    humans = [u for u in users if eligible(u, settings.quiz_include_guests)]
    if not settings.quiz_channels:
        return [person_info(u) for u in humans]
    team_of: dict[str, str] = {}
    for channel in settings.quiz_channels:
        info = await client.conversations_info(channel=channel)
        label = "#" + str(info["channel"].get("name") or channel)
        async for member in _pages(client.conversations_members, "members", channel=channel):
            team_of.setdefault(member, label)  # the first listed channel is a person's team
    return [person_info(u, team_of[u["id"]]) for u in humans if u["id"] in team_of]


async def refresh_audience(services: Services, holder: str, *, force: bool = False) -> int | None:
    """Refresh `quiz_people` if an hour has passed (or `force`); None when another replica did it.

    With `force`, a refresh running elsewhere is waited for rather than repeated (and taken over if
    its holder died and its lease ran out).
    """
    while True:
        now = services.clock.now()
        async with services.sessions.begin() as session:
            every = timedelta(0) if force else REFRESH_EVERY
            taken = await repo.take_lock(session, LOCK, holder, now, LOCK_TTL, every)
        if taken:
            break
        if not force:
            return None
        await asyncio.sleep(0.2)
        async with services.sessions() as session:
            if await session.scalar(select(QuizLock.held_by).where(QuizLock.name == LOCK)) is None:
                return None  # someone else just refreshed it
    try:
        people = await read_audience(services.client, services.settings)
        async with services.sessions.begin() as session:
            await repo.sync_people(session, people, now)
            await repo.release_lock(session, LOCK, holder, now, done=True)
    except BaseException:
        async with services.sessions.begin() as session:
            await repo.release_lock(session, LOCK, holder, now, done=False)
        raise
    log.info("quiz audience refreshed", extra={"people": len(people)})
    return len(people)
