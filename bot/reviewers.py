"""Who reviews what: the routing table from settings (and POLICY_DIR/approvals/routing.yaml) and a
short-lived cache of reviewer membership read from Slack.

Why a cache: every button press asks "is this person a reviewer here?"; conversations.members is
paginated and rate limited, so members are kept for a minute (a person removed from the channel
loses the right to decide within that minute).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import yaml
from slack_sdk.web.async_client import AsyncWebClient

from bot.settings import Settings, SettingsError
from policy_core.approvals.routing import (
    Route,
    RoutingTable,
    parse_pairs,
    parse_sector_pairs,
    table_from_mapping,
)

ROUTING_FILE = "approvals/routing.yaml"  # a subfolder: every *.yaml in POLICY_DIR is a rulebook
MEMBERS_TTL_SECONDS = 60.0


def routing_table(settings: Settings) -> RoutingTable:
    """The YAML file's routes (if any), overridden by the settings."""
    base = RoutingTable()
    if settings.policy_dir is not None:
        path = Path(settings.policy_dir) / ROUTING_FILE
        if path.is_file():
            try:
                data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
                if not isinstance(data, dict):
                    raise ValueError("the file must be a mapping")
                base = table_from_mapping(data)
            except (OSError, ValueError, yaml.YAMLError) as exc:
                raise SettingsError(f"{path} is invalid ({exc}): see .env.example, section Approvals") from None
    return base.merged(RoutingTable(
        default=settings.review_channel,
        categories=parse_pairs(settings.review_channels_raw),
        sectors=parse_sector_pairs(settings.review_channels_by_sector_raw),
        groups=parse_pairs(settings.reviewer_groups_raw, lower_keys=False),
    ))


class ReviewerDirectory:
    """Members of reviewers channels and user groups, read from Slack and cached briefly."""

    def __init__(self, client: AsyncWebClient, ttl: float = MEMBERS_TTL_SECONDS) -> None:
        self.client = client
        self.ttl = ttl
        self._cache: dict[str, tuple[float, frozenset[str]]] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def reviewers(self, route: Route) -> frozenset[str]:
        if route.usergroup:
            return await self._cached("group:" + route.usergroup, self._group_members, route.usergroup)
        return await self.channel_members(route.channel)

    async def channel_members(self, channel: str) -> frozenset[str]:
        return await self._cached("channel:" + channel, self._channel_members, channel)

    def forget(self) -> None:
        self._cache.clear()

    async def _cached(self, key: str, fetch: Callable[[str], Awaitable[frozenset[str]]], arg: str) -> frozenset[str]:
        hit = self._cache.get(key)
        if hit is not None and time.monotonic() - hit[0] < self.ttl:
            return hit[1]
        # One fetch per key at a time: twenty simultaneous clicks make one members call, not twenty.
        lock = self._locks.setdefault(key, asyncio.Lock())
        async with lock:
            hit = self._cache.get(key)
            if hit is not None and time.monotonic() - hit[0] < self.ttl:
                return hit[1]
            members = await fetch(arg)
            self._cache[key] = (time.monotonic(), members)
            return members

    async def _channel_members(self, channel: str) -> frozenset[str]:
        members: set[str] = set()
        cursor: str | None = None
        while True:
            resp = await self.client.conversations_members(channel=channel, cursor=cursor, limit=200)
            members.update(resp.get("members") or [])
            cursor = (resp.get("response_metadata") or {}).get("next_cursor") or None
            if not cursor:
                return frozenset(members)

    async def _group_members(self, group: str) -> frozenset[str]:
        resp = await self.client.usergroups_users_list(usergroup=group)
        return frozenset(resp.get("users") or [])
