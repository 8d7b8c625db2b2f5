"""The workspace's data: users, channels, messages, ephemerals, views and every API call made."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

BOT_USER_ID = "UBOT000001"
BOT_ID = "BBOT000001"
TEAM_ID = "T0LOCAL01"


@dataclass
class User:
    id: str
    name: str
    real_name: str = ""
    tz: str = "Europe/London"
    tz_offset: int = 0
    is_bot: bool = False
    deleted: bool = False
    is_restricted: bool = False
    is_ultra_restricted: bool = False
    is_admin: bool = False

    def to_api(self) -> dict[str, Any]:
        return {
            "id": self.id, "team_id": TEAM_ID, "name": self.name, "real_name": self.real_name or self.name,
            "tz": self.tz, "tz_offset": self.tz_offset, "is_bot": self.is_bot, "deleted": self.deleted,
            "is_restricted": self.is_restricted, "is_ultra_restricted": self.is_ultra_restricted,
            "is_admin": self.is_admin, "is_app_user": False,
            "profile": {"real_name": self.real_name or self.name, "display_name": self.name},
        }


@dataclass
class Channel:
    id: str
    name: str
    members: list[str] = field(default_factory=list)
    is_im: bool = False
    is_private: bool = False

    def to_api(self) -> dict[str, Any]:
        d: dict[str, Any] = {"id": self.id, "name": self.name, "is_im": self.is_im,
                             "is_channel": not self.is_im and not self.is_private,
                             "is_private": self.is_private, "num_members": len(self.members)}
        if self.is_im:
            d["user"] = next((m for m in self.members if m != BOT_USER_ID), None)
        return d


@dataclass
class Message:
    channel: str
    ts: str
    user: str
    text: str = ""
    blocks: list[dict[str, Any]] = field(default_factory=list)
    thread_ts: str | None = None
    edited: bool = False

    def to_api(self) -> dict[str, Any]:
        d: dict[str, Any] = {"type": "message", "user": self.user, "ts": self.ts, "text": self.text,
                             "blocks": self.blocks, "team": TEAM_ID}
        if self.user == BOT_USER_ID:
            d["bot_id"] = BOT_ID
        if self.thread_ts:
            d["thread_ts"] = self.thread_ts
        return d


@dataclass
class Ephemeral:
    channel: str
    user: str
    text: str
    blocks: list[dict[str, Any]]
    source: str  # "chat.postEphemeral", "response_url" or "ack" (a command's immediate answer)
    ts: str = ""  # set by the workspace; the local page orders and addresses ephemerals by it


@dataclass
class View:
    id: str
    user: str
    view: dict[str, Any]
    kind: str  # "modal" or "home"
    closed: bool = False  # a modal the person submitted or cancelled (the local page hides it)
    parent: str | None = None  # views.push: the modal this one was pushed on top of


@dataclass
class Call:
    method: str
    args: dict[str, Any]
    status: int
    at: float


class Workspace:
    """In-memory Slack. Not thread-safe: it lives on one event loop."""

    def __init__(self) -> None:
        self.users: dict[str, User] = {}
        self.channels: dict[str, Channel] = {}
        self.messages: list[Message] = []
        self.ephemerals: list[Ephemeral] = []
        self.views: dict[str, View] = {}
        self.calls: list[Call] = []
        self.usergroups: dict[str, list[str]] = {}
        self._ts = itertools.count(1)
        self._ids = itertools.count(1)
        self.time: Callable[[], float] = time.time  # the sandbox moves it with its clock
        self.add_user(User(BOT_USER_ID, "policybot", "Policybot", is_bot=True))

    # --- set-up ---------------------------------------------------------------------------
    def add_user(self, user: User) -> User:
        self.users[user.id] = user
        return user

    def add_channel(self, channel_id: str, name: str, members: list[str] | None = None,
                    is_private: bool = False) -> Channel:
        ch = Channel(channel_id, name, list(members or []), is_private=is_private)
        if BOT_USER_ID not in ch.members:
            ch.members.append(BOT_USER_ID)
        self.channels[channel_id] = ch
        return ch

    def im_for(self, user_id: str) -> Channel:
        """The DM channel between the bot and a user, made on first use as Slack does."""
        cid = "D" + user_id.lstrip("UW")
        if cid not in self.channels:
            self.channels[cid] = Channel(cid, user_id, [BOT_USER_ID, user_id], is_im=True)
        return self.channels[cid]

    # --- helpers ------------------------------------------------------------------------------
    def next_ts(self) -> str:
        return f"{int(self.time())}.{next(self._ts):06d}"

    def next_id(self, prefix: str) -> str:
        return f"{prefix}{next(self._ids):08d}"

    def resolve_channel(self, channel: str) -> Channel | None:
        """A channel id, a user id (posts to the DM, as Slack allows) or a #name."""
        if channel in self.channels:
            return self.channels[channel]
        if channel in self.users:
            return self.im_for(channel)
        name = channel.lstrip("#")
        return next((c for c in self.channels.values() if c.name == name), None)

    # --- queries for tests and the local page -------------------------------------------------
    def messages_in(self, channel: str, thread_ts: str | None = None) -> list[Message]:
        ch = self.resolve_channel(channel)
        cid = ch.id if ch else channel
        return [m for m in self.messages if m.channel == cid and (thread_ts is None or m.thread_ts == thread_ts)]

    def dms_to(self, user_id: str) -> list[Message]:
        return self.messages_in(self.im_for(user_id).id)

    def ephemerals_for(self, user_id: str) -> list[Ephemeral]:
        return [e for e in self.ephemerals if e.user == user_id]

    def calls_to(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method and c.status == 200]

    def open_modal(self, user_id: str) -> View | None:
        """The modal on top of `user_id`'s screen, if any (the newest one not closed)."""
        modals = [v for v in self.views.values() if v.kind == "modal" and v.user == user_id and not v.closed]
        return modals[-1] if modals else None

    def home_of(self, user_id: str) -> View | None:
        return next((v for v in self.views.values() if v.kind == "home" and v.user == user_id), None)

    def find_message(self, channel: str, ts: str) -> Message | None:
        ch = self.resolve_channel(channel)
        cid = ch.id if ch else channel
        return next((m for m in self.messages if m.channel == cid and m.ts == ts), None)
