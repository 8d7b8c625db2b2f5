"""The other side of the wire: requests to the bot, signed exactly as Slack signs them.

Slash commands are form-encoded; interactions are form-encoded with a JSON `payload`; events are
JSON. Each carries `X-Slack-Request-Timestamp` and `X-Slack-Signature` (v0 HMAC-SHA256).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import aiohttp

from bot.workspace.state import TEAM_ID, Workspace
from bot.workspace.web_api import SlackWebAPI


def sign(secret: str, body: str | bytes, timestamp: int | str) -> str:
    raw = body.encode() if isinstance(body, str) else body
    base = b"v0:" + str(timestamp).encode() + b":" + raw
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


def signed_headers(secret: str, body: str | bytes, timestamp: int | None = None) -> dict[str, str]:
    ts = int(time.time()) if timestamp is None else timestamp
    return {"X-Slack-Request-Timestamp": str(ts), "X-Slack-Signature": sign(secret, body, ts)}


@dataclass
class Reply:
    status: int
    text: str

    def json(self) -> Any:
        return json.loads(self.text) if self.text else None


class SlackSender:
    """Sends commands, interactions and events to the bot's /slack/events URL."""

    def __init__(self, bot_url: str, secret: str, api: SlackWebAPI, http: aiohttp.ClientSession) -> None:
        self.bot_url = bot_url
        self.secret = secret
        self.api = api
        self.ws: Workspace = api.ws
        self.http = http
        self._event_n = 0

    async def post(self, body: str, content_type: str, headers: dict[str, str] | None = None, *,
                   signed: bool = True, secret: str | None = None, timestamp: int | None = None) -> Reply:
        """POST a body to the bot; tests forge or age signatures with `secret` and `timestamp`."""
        h = {"Content-Type": content_type}
        if signed:
            h.update(signed_headers(secret or self.secret, body, timestamp))
        h.update(headers or {})
        async with self.http.post(self.bot_url, data=body.encode(), headers=h) as resp:
            return Reply(resp.status, await resp.text())

    async def command(self, user: str, command: str, text: str = "", channel: str = "C0GENERAL") -> Reply:
        ch = self.ws.resolve_channel(channel)
        cid = ch.id if ch else channel
        form = {
            "token": "unused", "team_id": TEAM_ID, "team_domain": "local", "channel_id": cid,
            "channel_name": ch.name if ch else "unknown", "user_id": user,
            "user_name": self.ws.users[user].name if user in self.ws.users else user,
            "command": command, "text": text, "api_app_id": "A0LOCAL01", "is_enterprise_install": "false",
            "response_url": self.api.response_url(user, cid), "trigger_id": self.api.issue_trigger(user),
        }
        return await self.post(urlencode(form), "application/x-www-form-urlencoded")

    async def interaction(self, payload: dict[str, Any]) -> Reply:
        payload.setdefault("team", {"id": TEAM_ID, "domain": "local"})
        payload.setdefault("api_app_id", "A0LOCAL01")
        payload.setdefault("token", "unused")
        user = payload.get("user", {}).get("id", "")
        payload.setdefault("trigger_id", self.api.issue_trigger(user))
        return await self.post(urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded")

    async def block_action(self, user: str, action_id: str, value: str = "", *, channel: str | None = None,
                           message_ts: str | None = None, view: dict[str, Any] | None = None,
                           block_id: str = "b", ephemeral_ts: str | None = None,
                           action: dict[str, Any] | None = None,
                           state: dict[str, dict[str, dict[str, Any]]] | None = None) -> Reply:
        """Press a button, as `user`, on a message (channel + ts), an ephemeral (channel + ephemeral_ts)
        or in a view. `action` overrides the element's fields (e.g. a select's selected_option);
        `state` is the state.values of the inputs on the message."""
        payload: dict[str, Any] = {
            "type": "block_actions",
            "user": {"id": user, "username": self.ws.users[user].name if user in self.ws.users else user,
                     "team_id": TEAM_ID},
            "actions": [{"type": "button", "action_id": action_id, "block_id": block_id, "value": value,
                         "action_ts": f"{time.time():.6f}", **(action or {})}],
        }
        if state is not None:
            payload["state"] = {"values": state}
        if channel is not None:
            ch = self.ws.resolve_channel(channel)
            cid = ch.id if ch else channel
            payload["channel"] = {"id": cid, "name": ch.name if ch else ""}
            payload["container"] = {"type": "message", "channel_id": cid, "message_ts": message_ts or ephemeral_ts,
                                    "is_ephemeral": message_ts is None}
            if message_ts is not None:
                msg = self.ws.find_message(cid, message_ts)
                payload["message"] = msg.to_api() if msg else {"ts": message_ts}
            payload["response_url"] = self.api.response_url(user, cid, message_ts or ephemeral_ts)
        if view is not None:
            payload["view"] = view
            payload["container"] = {"type": "view", "view_id": view.get("id")}
        return await self.interaction(payload)

    async def view_submission(self, user: str, view: dict[str, Any],
                              values: dict[str, dict[str, dict[str, Any]]]) -> Reply:
        """Submit a modal; `values` is Slack's state.values shape: {block_id: {action_id: {...}}}."""
        payload = {
            "type": "view_submission",
            "user": {"id": user, "team_id": TEAM_ID},
            "view": {**view, "state": {"values": values}},
        }
        return await self.interaction(payload)

    async def view_closed(self, user: str, view: dict[str, Any]) -> Reply:
        """The person cancelled a modal that asked to be told (notify_on_close)."""
        return await self.interaction({"type": "view_closed", "user": {"id": user, "team_id": TEAM_ID},
                                       "view": view, "is_cleared": False})

    async def message_shortcut(self, user: str, callback_id: str, channel: str, message_ts: str,
                               text: str | None = None) -> Reply:
        ch = self.ws.resolve_channel(channel)
        cid = ch.id if ch else channel
        msg = self.ws.find_message(cid, message_ts)
        message = msg.to_api() if msg else {"type": "message", "ts": message_ts, "text": text or "", "user": user}
        payload = {
            "type": "message_action", "callback_id": callback_id,
            "user": {"id": user, "team_id": TEAM_ID}, "channel": {"id": cid, "name": ch.name if ch else ""},
            "message_ts": message_ts, "message": message, "response_url": self.api.response_url(user, cid),
        }
        return await self.interaction(payload)

    async def event(self, event: dict[str, Any], event_id: str | None = None,
                    retry_num: int | None = None) -> Reply:
        if event_id is None:
            self._event_n += 1
            event_id = f"Ev{int(time.time())}{self._event_n:06d}"
        body = json.dumps({
            "token": "unused", "team_id": TEAM_ID, "api_app_id": "A0LOCAL01", "type": "event_callback",
            "event_id": event_id, "event_time": int(time.time()), "event": event,
            "authorizations": [{"team_id": TEAM_ID, "user_id": "UBOT000001", "is_bot": True}],
        })
        headers = {}
        if retry_num is not None:
            headers = {"X-Slack-Retry-Num": str(retry_num), "X-Slack-Retry-Reason": "http_timeout"}
        return await self.post(body, "application/json", headers=headers)
