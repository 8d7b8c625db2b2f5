"""The Web API side of the local Slack: an aiohttp app that answers the methods the bot calls.

Faults and rate limits can be switched on to test what the bot does when Slack answers 429
(with Retry-After) or 500. Every call is recorded in `Workspace.calls`.
"""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import web

from bot.workspace.socket_mode import SocketModeServer
from bot.workspace.state import BOT_ID, BOT_USER_ID, TEAM_ID, Ephemeral, Message, View, Workspace

Handler = Callable[["SlackWebAPI", dict[str, Any]], Awaitable[dict[str, Any]]]
JSON_FIELDS = ("blocks", "view", "attachments", "users")
TRIGGER_TTL_SECONDS = 3.0  # Slack: a trigger_id must be used within 3 seconds


@dataclass
class Fault:
    """Answer `status` to every `every`-th call of `method` (e.g. one post in ten gets 429)."""

    method: str
    every: int
    status: int = 429
    retry_after: int = 1
    seen: int = 0


@dataclass
class RateLimit:
    """A token bucket per method, like Slack's per-method tiers: over the rate, 429 + Retry-After."""

    method: str
    per_second: float
    burst: float
    tokens: float = field(init=False)
    updated: float = field(default_factory=time.monotonic)

    def __post_init__(self) -> None:
        self.tokens = self.burst

    def take(self) -> bool:
        now = time.monotonic()
        self.tokens = min(self.burst, self.tokens + (now - self.updated) * self.per_second)
        self.updated = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False


class SlackError(Exception):
    def __init__(self, error: str) -> None:
        self.error = error


class SlackWebAPI:
    """Serves `/api/<method>` and `/response/<id>` (response_url) for one workspace."""

    def __init__(self, workspace: Workspace, token: str = "xoxb-local-token",
                 app_token: str = "xapp-local-token") -> None:
        self.ws = workspace
        self.token = token
        self.socket_mode = SocketModeServer(app_token)
        self.faults: list[Fault] = []
        self.rate_limits: dict[str, RateLimit] = {}
        self.triggers: dict[str, tuple[float, str]] = {}  # trigger_id -> (issued, user)
        self.base_url = ""  # set once the server is listening
        self.on_change: list[Callable[[], None]] = []  # the local page listens for updates

    # --- fault injection --------------------------------------------------------------------
    def fail_every(self, method: str, every: int, status: int = 429, retry_after: int = 1) -> Fault:
        fault = Fault(method, every, status, retry_after)
        self.faults.append(fault)
        return fault

    def rate_limit(self, method: str, per_second: float, burst: float | None = None) -> None:
        self.rate_limits[method] = RateLimit(method, per_second, burst if burst is not None else per_second)

    def clear_faults(self) -> None:
        self.faults.clear()
        self.rate_limits.clear()

    def issue_trigger(self, user: str) -> str:
        trigger = f"{int(time.time())}.{len(self.triggers) + 1}.{TEAM_ID.lower()}"
        self.triggers[trigger] = (time.monotonic(), user)
        return trigger

    def response_url(self, user: str, channel: str, message_ts: str | None = None) -> str:
        """A response_url; with `message_ts` (the message a button was on) it can replace or delete it."""
        url = f"{self.base_url}response/{channel}/{user}"
        return f"{url}?ts={message_ts}" if message_ts else url

    def notify(self) -> None:
        """Tell listeners (the local page) that the workspace changed."""
        for listener in self.on_change:
            listener()

    # --- the aiohttp app ----------------------------------------------------------------------
    def app(self) -> web.Application:
        app = web.Application(client_max_size=8 * 1024 * 1024)
        app.router.add_route("*", "/api/{method}", self._api)
        app.router.add_post("/response/{channel}/{user}", self._response_url)
        app.router.add_get("/socket", self.socket_mode.handle)
        return app

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        args = await _read_args(request)
        status, payload, headers = self._gate(method, request)
        if status == 200:
            handler = METHODS.get(method)
            if handler is None:
                payload = {"ok": False, "error": "unknown_method"}
            else:
                try:
                    payload = await handler(self, args)
                except SlackError as exc:
                    payload = {"ok": False, "error": exc.error}
                except (KeyError, TypeError, ValueError) as exc:
                    payload = {"ok": False, "error": "invalid_arguments", "detail": str(exc)}
        self.ws.calls.append(_call(method, args, status))
        if status == 200 and payload.get("ok"):
            self.notify()
        return web.json_response(payload, status=status, headers=headers)

    def _gate(self, method: str, request: web.Request) -> tuple[int, dict[str, Any], dict[str, str]]:
        """Auth, injected faults and rate limits, in Slack's order of checks."""
        auth = request.headers.get("Authorization", "")
        expected = self.socket_mode.app_token if method == "apps.connections.open" else self.token
        if auth != f"Bearer {expected}":
            return 200, {"ok": False, "error": "invalid_auth" if auth else "not_authed"}, {}
        for fault in self.faults:
            if fault.method == method:
                fault.seen += 1
                if fault.seen % fault.every == 0:
                    return _fault(fault.status, fault.retry_after)
        limit = self.rate_limits.get(method)
        if limit is not None and not limit.take():
            return _fault(429, 1)
        return 200, {}, {}

    async def _response_url(self, request: web.Request) -> web.Response:
        body = await request.json()
        channel, user = request.match_info["channel"], request.match_info["user"]
        blocks = body.get("blocks") or []
        original = request.query.get("ts")
        if original and (body.get("delete_original") or body.get("replace_original")):
            self._change_original(channel, user, original, body)
        elif body.get("response_type") == "in_channel":
            self.ws.messages.append(Message(channel, self.ws.next_ts(), BOT_USER_ID, body.get("text", ""), blocks))
        else:
            self.ws.ephemerals.append(Ephemeral(channel, user, body.get("text", ""), blocks, "response_url",
                                                self.ws.next_ts()))
        self.ws.calls.append(_call("response_url", body, 200))
        self.notify()
        return web.json_response({"ok": True})

    def _change_original(self, channel: str, user: str, ts: str, body: dict[str, Any]) -> None:
        """replace_original / delete_original on the message (or the person's ephemeral) a button was on."""
        eph = next((e for e in self.ws.ephemerals if e.user == user and e.channel == channel and e.ts == ts), None)
        msg = self.ws.find_message(channel, ts)
        if body.get("delete_original"):
            if eph is not None:
                self.ws.ephemerals.remove(eph)
            elif msg is not None:
                self.ws.messages.remove(msg)
            return
        target = eph or msg
        if target is None:
            raise web.HTTPNotFound(text="message_not_found")
        target.text = body.get("text", target.text)
        target.blocks = body.get("blocks") or []
        if isinstance(target, Message):
            target.edited = True


def _fault(status: int, retry_after: int) -> tuple[int, dict[str, Any], dict[str, str]]:
    if status == 429:
        return 429, {"ok": False, "error": "ratelimited"}, {"Retry-After": str(retry_after)}
    return status, {"ok": False, "error": "internal_error"}, {}


def _call(method: str, args: dict[str, Any], status: int) -> Any:
    from bot.workspace.state import Call

    return Call(method, args, status, time.time())


async def _read_args(request: web.Request) -> dict[str, Any]:
    args: dict[str, Any] = dict(request.query)
    raw = await request.read()
    if raw:
        if request.content_type == "application/json":
            args.update(json.loads(raw))
        else:
            args.update(dict(parse_qsl(raw.decode())))
    for key in JSON_FIELDS:
        if isinstance(args.get(key), str) and args[key].startswith(("[", "{")):
            args[key] = json.loads(args[key])
    return args


# --- methods ----------------------------------------------------------------------------------

def _channel(api: SlackWebAPI, args: dict[str, Any]) -> Any:
    ch = api.ws.resolve_channel(str(args.get("channel", "")))
    if ch is None:
        raise SlackError("channel_not_found")
    return ch


def _user(api: SlackWebAPI, user_id: str) -> Any:
    user = api.ws.users.get(user_id)
    if user is None:
        raise SlackError("user_not_found")
    return user


def _page(items: list[Any], args: dict[str, Any]) -> tuple[list[Any], str]:
    limit = max(1, min(int(args.get("limit") or 100), 1000))
    start = int(args.get("cursor") or 0)
    chunk = items[start : start + limit]
    nxt = str(start + limit) if start + limit < len(items) else ""
    return chunk, nxt


async def auth_test(api: SlackWebAPI, args: dict[str, Any]) -> dict[str, Any]:
    return {"ok": True, "url": "http://localhost/", "team": "Local", "user": "policybot",
            "team_id": TEAM_ID, "user_id": BOT_USER_ID, "bot_id": BOT_ID}


async def apps_connections_open(api: SlackWebAPI, args: dict[str, Any]) -> dict[str, Any]:
    return {"ok": True, "url": api.base_url.replace("http://", "ws://", 1) + "socket"}


async def chat_post_message(api: SlackWebAPI, args: dict[str, Any]) -> dict[str, Any]:
    ch = _channel(api, args)
    if not args.get("text") and not args.get("blocks"):
        raise SlackError("no_text")
    msg = Message(ch.id, api.ws.next_ts(), BOT_USER_ID, args.get("text", ""), args.get("blocks") or [],
                  args.get("thread_ts"))
    api.ws.messages.append(msg)
    return {"ok": True, "channel": ch.id, "ts": msg.ts, "message": msg.to_api()}


async def chat_post_ephemeral(api: SlackWebAPI, args: dict[str, Any]) -> dict[str, Any]:
    ch = _channel(api, args)
    user = _user(api, str(args.get("user")))
    if user.id not in ch.members and not ch.is_im:
        raise SlackError("user_not_in_channel")
    ts = api.ws.next_ts()
    api.ws.ephemerals.append(Ephemeral(ch.id, user.id, args.get("text", ""), args.get("blocks") or [],
                                       "chat.postEphemeral", ts))
    return {"ok": True, "message_ts": ts}


async def chat_update(api: SlackWebAPI, args: dict[str, Any]) -> dict[str, Any]:
    ch = _channel(api, args)
    msg = api.ws.find_message(ch.id, str(args.get("ts")))
    if msg is None:
        raise SlackError("message_not_found")
    msg.text = args.get("text", msg.text)
    if "blocks" in args:
        msg.blocks = args["blocks"] or []
    msg.edited = True
    return {"ok": True, "channel": ch.id, "ts": msg.ts, "text": msg.text}


async def chat_get_permalink(api: SlackWebAPI, args: dict[str, Any]) -> dict[str, Any]:
    ch = _channel(api, args)
    return {"ok": True, "channel": ch.id,
            "permalink": f"http://localhost/archives/{ch.id}/p{str(args.get('message_ts')).replace('.', '')}"}


async def conversations_open(api: SlackWebAPI, args: dict[str, Any]) -> dict[str, Any]:
    users = str(args.get("users", "")).split(",")
    if len(users) != 1 or not users[0]:
        raise SlackError("users_list_not_supplied")
    _user(api, users[0])
    return {"ok": True, "channel": {"id": api.ws.im_for(users[0]).id}}


async def conversations_members(api: SlackWebAPI, args: dict[str, Any]) -> dict[str, Any]:
    ch = _channel(api, args)
    chunk, nxt = _page(ch.members, args)
    return {"ok": True, "members": chunk, "response_metadata": {"next_cursor": nxt}}


async def conversations_info(api: SlackWebAPI, args: dict[str, Any]) -> dict[str, Any]:
    return {"ok": True, "channel": _channel(api, args).to_api()}


async def conversations_replies(api: SlackWebAPI, args: dict[str, Any]) -> dict[str, Any]:
    ch = _channel(api, args)
    ts = str(args.get("ts"))
    root = api.ws.find_message(ch.id, ts)
    if root is None:
        raise SlackError("thread_not_found")
    replies = api.ws.messages_in(ch.id, thread_ts=ts)
    return {"ok": True, "messages": [root.to_api()] + [m.to_api() for m in replies if m is not root]}


async def conversations_history(api: SlackWebAPI, args: dict[str, Any]) -> dict[str, Any]:
    """Top-level messages, newest first, within (oldest, latest) (inclusive=true includes both ends)."""
    ch = _channel(api, args)
    inclusive = str(args.get("inclusive", "")).lower() in {"1", "true"}
    oldest = float(args.get("oldest") or 0)
    latest = float(args.get("latest") or 0) or float("inf")

    def within(ts: float) -> bool:
        return (oldest <= ts <= latest) if inclusive else (oldest < ts < latest)

    found = [m for m in api.ws.messages_in(ch.id) if (m.thread_ts is None or m.thread_ts == m.ts)
             and within(float(m.ts))]
    found.sort(key=lambda m: float(m.ts), reverse=True)
    chunk, nxt = _page(found, args)
    return {"ok": True, "messages": [m.to_api() for m in chunk], "has_more": bool(nxt),
            "response_metadata": {"next_cursor": nxt}}


async def users_info(api: SlackWebAPI, args: dict[str, Any]) -> dict[str, Any]:
    return {"ok": True, "user": _user(api, str(args.get("user"))).to_api()}


async def users_list(api: SlackWebAPI, args: dict[str, Any]) -> dict[str, Any]:
    chunk, nxt = _page(list(api.ws.users.values()), args)
    return {"ok": True, "members": [u.to_api() for u in chunk], "response_metadata": {"next_cursor": nxt}}


async def usergroups_users_list(api: SlackWebAPI, args: dict[str, Any]) -> dict[str, Any]:
    group = api.ws.usergroups.get(str(args.get("usergroup")))
    if group is None:
        raise SlackError("no_such_subteam")
    return {"ok": True, "users": list(group)}


def _open_view(api: SlackWebAPI, args: dict[str, Any], kind: str, user: str) -> dict[str, Any]:
    view = args.get("view")
    if not isinstance(view, dict):
        raise SlackError("invalid_arguments")
    vid = api.ws.next_id("V")
    api.ws.views[vid] = View(vid, user, view, kind)
    return {"ok": True, "view": {**view, "id": vid}}


def _trigger_user(api: SlackWebAPI, args: dict[str, Any]) -> str:
    """Spend a trigger_id as Slack does (once, within 3 s); the person whose action issued it."""
    issued = api.triggers.pop(str(args.get("trigger_id", "")), None)
    if issued is None:
        raise SlackError("invalid_trigger_id")
    if time.monotonic() - issued[0] > TRIGGER_TTL_SECONDS:
        raise SlackError("expired_trigger_id")
    if len(args.get("view", {}).get("blocks", [])) > 100:  # Slack's limit for a modal
        raise SlackError("invalid_arguments")
    return issued[1]


async def views_open(api: SlackWebAPI, args: dict[str, Any]) -> dict[str, Any]:
    return _open_view(api, args, "modal", _trigger_user(api, args))


async def views_push(api: SlackWebAPI, args: dict[str, Any]) -> dict[str, Any]:
    """A modal on top of the person's open one (the local page shows the top of the stack)."""
    user = _trigger_user(api, args)
    top = api.ws.open_modal(user)
    if top is None:
        raise SlackError("not_found")
    out = _open_view(api, args, "modal", user)
    api.ws.views[out["view"]["id"]].parent = top.id
    return out


async def views_update(api: SlackWebAPI, args: dict[str, Any]) -> dict[str, Any]:
    vid = str(args.get("view_id", ""))
    if vid not in api.ws.views:
        raise SlackError("not_found")
    api.ws.views[vid].view = args["view"]
    return {"ok": True, "view": {**args["view"], "id": vid}}


async def views_publish(api: SlackWebAPI, args: dict[str, Any]) -> dict[str, Any]:
    user = _user(api, str(args.get("user_id")))
    if len(args.get("view", {}).get("blocks", [])) > 100:
        raise SlackError("invalid_arguments")
    for v in list(api.ws.views.values()):
        if v.kind == "home" and v.user == user.id:
            v.view = args["view"]
            return {"ok": True, "view": {**args["view"], "id": v.id}}
    return _open_view(api, args, "home", user.id)


METHODS: dict[str, Handler] = {
    "auth.test": auth_test,
    "apps.connections.open": apps_connections_open,
    "chat.postMessage": chat_post_message,
    "chat.postEphemeral": chat_post_ephemeral,
    "chat.update": chat_update,
    "chat.getPermalink": chat_get_permalink,
    "conversations.open": conversations_open,
    "conversations.members": conversations_members,
    "conversations.info": conversations_info,
    "conversations.replies": conversations_replies,
    "conversations.history": conversations_history,
    "users.info": users_info,
    "users.list": users_list,
    "usergroups.users.list": usergroups_users_list,
    "views.open": views_open,
    "views.update": views_update,
    "views.push": views_push,
    "views.publish": views_publish,
}
