"""The local workspace's web page: a small Slack in the browser, driven through the same fake.

The page is the person's side of the wire. What they type or click becomes exactly what Slack
would send (signed slash commands, events, block_actions, view_submission, through `SlackSender`);
what the bot sends back arrives through the Web API (`SlackWebAPI`) and is shown from the
`Workspace`. No second fake: the page only reads the workspace and talks through the sender.

Routes (added to the Web API's aiohttp app): `GET /` (the page), `GET /ui/poll` (long-poll for the
parts that changed), `POST /ui/{send,action,submit,close,clock,quiz}` (JSON only, so another site
cannot post to it with a plain form), `GET /ui/static/{file}`.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from aiohttp import web

from bot.workspace import seed as demo
from bot.workspace.render import esc, mrkdwn, render_blocks, state_values
from bot.workspace.sender import Reply, SlackSender
from bot.workspace.state import BOT_ID, BOT_USER_ID, TEAM_ID, Channel, Ephemeral, Message, View, Workspace
from bot.workspace.web_api import SlackWebAPI

STATIC = Path(__file__).with_name("static")
POLL_SECONDS = 25.0
HOME = "home"
MANIFEST = Path(__file__).resolve().parents[2] / "manifest.yml"


@dataclass(frozen=True)
class Persona:
    user: str
    name: str
    role: str


PERSONAS = (
    Persona(demo.EMPLOYEE, "Alice", "employee"),
    Persona(demo.REVIEWER, "Rita", "marketing reviewer"),
    Persona(demo.COMPLIANCE_REVIEWER, "Carla", "compliance reviewer"),
    Persona(demo.LEAD, "Lena", "review lead"),
    Persona(demo.ADMIN, "Adam", "admin"),
)


@dataclass
class Controls:
    """What the sandbox can do besides Slack: move its clock, push a quiz. Each returns a notice."""

    advance: Callable[[timedelta], Awaitable[str]] | None = None
    push_quiz: Callable[[], Awaitable[str]] | None = None


@dataclass
class ModalState:
    """What the page remembers about an open modal between renders."""

    errors: dict[str, str] = field(default_factory=dict)
    values: dict[str, dict[str, Any]] = field(default_factory=dict)
    banner: str = ""
    shown: int = 0  # id() of the view definition these apply to; views.update replaces it, and them


def subscribed_events(manifest: Path = MANIFEST) -> set[str] | None:
    """The bot events the app subscribes to (Slack sends no others); None if there is no manifest."""
    try:
        import yaml

        data = yaml.safe_load(manifest.read_text(encoding="utf-8"))
        return set(data["settings"]["event_subscriptions"]["bot_events"])
    except (OSError, KeyError, TypeError, ValueError):
        return None


class LocalPage:
    def __init__(self, api: SlackWebAPI, controls: Controls | None = None) -> None:
        self.api = api
        self.ws: Workspace = api.ws
        self.sender: SlackSender | None = None  # set once the bot listens
        self.controls = controls or Controls()
        self.version = 0
        self._changed = asyncio.Event()
        self.seen: dict[tuple[str, str], int] = {}
        self.modals: dict[str, ModalState] = {}
        self.notice = ""
        self.closing = False
        self.events = subscribed_events()
        api.on_change.append(self.changed)

    # --- wiring -----------------------------------------------------------------------------------
    def install(self, app: web.Application) -> None:
        app.middlewares.append(_loopback_only)
        app.router.add_get("/", self.page)
        app.router.add_get("/ui/poll", self.poll)
        app.router.add_post("/ui/send", self.send)
        app.router.add_post("/ui/action", self.action)
        app.router.add_post("/ui/submit", self.submit)
        app.router.add_post("/ui/close", self.close)
        app.router.add_post("/ui/clock", self.clock)
        app.router.add_post("/ui/quiz", self.quiz)
        app.router.add_get("/ui/static/{name}", self.static)

    def shutdown(self) -> None:
        """Answer every waiting long-poll now, and each new one at once (the server is stopping)."""
        self.closing = True
        self.changed()

    def changed(self) -> None:
        self.version += 1
        self._changed.set()
        self._changed = asyncio.Event()

    # --- who and where ----------------------------------------------------------------------------
    def persona(self, request: web.Request) -> str:
        user = request.query.get("as", "")
        return user if user in {p.user for p in PERSONAS} else PERSONAS[0].user

    def channels_of(self, user: str) -> list[Channel]:
        return [c for c in self.ws.channels.values() if not c.is_im and user in c.members]

    def place(self, user: str, requested: str) -> str:
        """The channel (or "home") to show: one the person may see, #general otherwise."""
        if requested == HOME or requested == self.ws.im_for(user).id:
            return requested
        ch = self.ws.channels.get(requested)
        if ch is not None and not ch.is_im and user in ch.members:
            return ch.id
        return demo.GENERAL

    def names(self) -> dict[str, str]:
        out = {u.id: (u.real_name or u.name) for u in self.ws.users.values()}
        out.update({c.id: c.name for c in self.ws.channels.values() if not c.is_im})
        return out

    def count(self, user: str, channel: str) -> int:
        msgs = sum(1 for m in self.ws.messages if m.channel == channel and m.user != user)
        return msgs + sum(1 for e in self.ws.ephemerals if e.channel == channel and e.user == user)

    # --- rendering -----------------------------------------------------------------------------------
    def _url(self, user: str, place: str) -> str:
        return "/?" + urlencode({"as": user, "c": place})

    def sidebar_html(self, user: str, place: str) -> str:
        def item(target: str, label: str, icon: str) -> str:
            unread = 0 if target in (place, HOME) else self.count(user, target) - self.seen.get((user, target), 0)
            badge = f'<span class="badge" aria-label="{unread} new">{unread}</span>' if unread > 0 else ""
            current = ' aria-current="page"' if target == place or (target == im and place == HOME) else ""
            cls = "side-item" + (" unread" if unread > 0 else "")
            return (f'<li><a class="{cls}" href="{esc(self._url(user, target))}"{current}>'
                    f'<span class="side-icon" aria-hidden="true">{icon}</span>{esc(label)}{badge}</a></li>')

        im = self.ws.im_for(user).id
        chans = "".join(item(c.id, c.name, "#") for c in self.channels_of(user))
        return (f'<h2 class="side-head">Channels</h2><ul class="side-list">{chans}</ul>'
                f'<h2 class="side-head">Apps</h2><ul class="side-list">{item(im, "Policybot", "🤖")}</ul>')

    def _when(self, ts: str, user: str) -> tuple[str, str]:
        moment = datetime.fromtimestamp(float(ts), UTC)
        try:
            local = moment.astimezone(ZoneInfo(self.ws.users[user].tz))
        except (KeyError, ZoneInfoNotFoundError):
            local = moment
        return moment.isoformat(), local.strftime("%a %H:%M")

    def _message_html(self, viewer: str, author: str, ts: str, text: str, blocks: list[dict[str, Any]],
                      surface: str, channel: str, *, edited: bool = False, replies: str = "") -> str:
        u = self.ws.users.get(author)
        name = (u.real_name or u.name) if u else author
        is_bot = author == BOT_USER_ID
        iso, shown = self._when(ts, viewer)
        app = '<span class="app-tag">APP</span>' if is_bot else ""
        note = ('<div class="eph-note"><span aria-hidden="true">👁</span> Only visible to you</div>'
                if surface == "ephemeral" else "")
        names = self.names()
        body = render_blocks(blocks, names) if blocks else f'<div class="bk-text">{mrkdwn(text, names)}</div>'
        mark = ' <span class="edited">(edited)</span>' if edited else ""
        initial = esc(name[:1].upper())
        return (f'<article class="msg {surface}{" from-bot" if is_bot else ""}" data-surface="{surface}" '
                f'data-channel="{esc(channel)}" data-ts="{esc(ts)}" aria-label="{esc(name)} at {esc(shown)}">'
                f'<div class="avatar{" bot" if is_bot else ""}" aria-hidden="true">{"🤖" if is_bot else initial}</div>'
                f'<div class="msg-body"><div class="msg-head"><span class="author">{esc(name)}</span>{app}'
                f'<time datetime="{esc(iso)}">{esc(shown)}</time>{mark}</div>{note}'
                f'<div class="blocks">{body}</div>{replies}</div></article>')

    def messages_html(self, user: str, channel: str) -> str:
        items: list[tuple[float, str]] = []
        msgs = self.ws.messages_in(channel)
        for m in msgs:
            if m.thread_ts and m.thread_ts != m.ts:
                continue
            thread = [r for r in msgs if r.thread_ts == m.ts and r.ts != m.ts]
            replies = ""
            if thread:
                inner = "".join(self._message_html(user, r.user, r.ts, r.text, r.blocks, "message", channel,
                                                   edited=r.edited) for r in thread)
                n = len(thread)
                replies = (f'<details class="thread" open><summary>{n} repl{"y" if n == 1 else "ies"}</summary>'
                           f'{inner}</details>')
            items.append((float(m.ts), self._message_html(user, m.user, m.ts, m.text, m.blocks, "message", channel,
                                                          edited=m.edited, replies=replies)))
        for e in self.ws.ephemerals:
            if e.user == user and e.channel == channel:
                items.append((float(e.ts or 0), self._message_html(user, BOT_USER_ID, e.ts or "0", e.text, e.blocks,
                                                                   "ephemeral", channel)))
        items.sort(key=lambda pair: pair[0])
        if not items:
            return '<p class="empty">No messages yet. Try one of the commands below.</p>'
        return "".join(html for _, html in items)

    def main_html(self, user: str, place: str) -> str:
        im = self.ws.im_for(user).id
        if place in (HOME, im):
            tabs = "".join(
                f'<a class="tab" href="{esc(self._url(user, target))}"'
                f'{" aria-current=page" if target == place else ""}>{label}</a>'
                for target, label in ((HOME, "Home"), (im, "Messages")))
            title = ('<h1 class="chan-title">🤖 Policybot</h1>'
                     f'<nav class="tabs" aria-label="Policybot tabs">{tabs}</nav>')
        else:
            ch = self.ws.channels[place]
            title = (f'<h1 class="chan-title"># {esc(ch.name)}</h1>'
                     f'<span class="chan-meta">{len(ch.members)} members</span>')
        if place == HOME:
            view = self.ws.home_of(user)
            body = (f'<section class="home" data-surface="home" data-view-id="{esc(view.id)}">'
                    f'{render_blocks(view.view.get("blocks") or [], self.names())}</section>'
                    if view else '<p class="empty">Opening the Home tab…</p>')
        else:
            self.seen[(user, place)] = self.count(user, place)
            body = f'<section class="messages" aria-label="Messages">{self.messages_html(user, place)}</section>'
        return f'<header class="chan-head">{title}</header>{body}'

    def modal_html(self, user: str) -> str:
        view = self.ws.open_modal(user)
        if view is None:
            return ""
        v = view.view
        ms = self.modals.get(view.id, ModalState())
        if ms.shown != id(v):  # the app updated the view since: Slack shows the new one afresh
            ms = ModalState()
        title = esc((v.get("title") or {}).get("text", "")) or "Policybot"
        close = esc((v.get("close") or {}).get("text", "")) or "Cancel"
        submit = (f'<button type="submit" class="bk-btn bk-primary">{esc(v["submit"].get("text", "Submit"))}</button>'
                  if v.get("submit") else "")
        banner = f'<div class="modal-banner" role="alert">{esc(ms.banner)}</div>' if ms.banner else ""
        blocks = render_blocks(v.get("blocks") or [], self.names(), errors=ms.errors, state=ms.values)
        return (f'<div class="modal-backdrop"><div class="modal" role="dialog" aria-modal="true" '
                f'aria-labelledby="modal-title" data-surface="view" data-view-id="{esc(view.id)}">'
                f'<form class="modal-form" novalidate><header class="modal-head"><h2 id="modal-title">{title}</h2>'
                f'<button type="button" class="modal-x" data-close aria-label="Close">×</button></header>'
                f'<div class="modal-body">{banner}{blocks}</div><footer class="modal-foot">'
                f'<button type="button" class="bk-btn" data-close>{close}</button>{submit}</footer>'
                f'</form></div></div>')

    def clock_html(self) -> str:
        moment = self.ws.time()
        now = datetime.fromtimestamp(moment, UTC)
        ahead = timedelta(minutes=round((moment - time.time()) / 60))
        shift = f" (+{_span(ahead)})" if ahead >= timedelta(minutes=1) else ""
        return f'<time datetime="{now.isoformat()}">{now.strftime("%a %d %b %H:%M")} UTC</time>{esc(shift)}'

    def parts(self, user: str, place: str) -> dict[str, Any]:
        return {"version": self.version, "sidebar": self.sidebar_html(user, place),
                "main": self.main_html(user, place), "modal": self.modal_html(user),
                "clock": self.clock_html(), "notice": esc(self.notice)}

    # --- GET --------------------------------------------------------------------------------------------
    async def page(self, request: web.Request) -> web.Response:
        user = self.persona(request)
        place = self.place(user, request.query.get("c", demo.GENERAL))
        if place == HOME or place == self.ws.im_for(user).id:
            await self._home_opened(user, "home" if place == HOME else "messages")
        parts = self.parts(user, place)
        options = "".join(
            f'<option value="{p.user}"{" selected" if p.user == user else ""}>{esc(p.name)} ({esc(p.role)})</option>'
            for p in PERSONAS)
        controls = ""
        if self.controls.advance:
            controls += ('<button type="button" class="ctl" data-post="/ui/clock" data-hours="1">+1 hour</button>'
                         '<button type="button" class="ctl" data-post="/ui/clock" data-hours="24">+1 day</button>')
        if self.controls.push_quiz:
            controls += '<button type="button" class="ctl" data-post="/ui/quiz">Push quiz</button>'
        where = "Policybot" if place in (HOME, self.ws.im_for(user).id) else "#" + self.ws.channels[place].name
        composer = "" if place == HOME else (
            f'<form id="composer" class="composer">'
            f'<label for="composer-text" class="sr-only">Message {esc(where)}</label>'
            f'<textarea id="composer-text" name="text" rows="2" placeholder="Message {esc(where)}" '
            f'autocomplete="off"></textarea><button type="submit" class="send">Send</button>'
            '<p class="composer-hint">Try <code>/checkpost &lt;draft&gt;</code>, '
            '<code>/askpolicy &lt;question&gt;</code>, <code>/policyquiz</code> or '
            '<code>@policybot &lt;question&gt;</code>. Enter sends, Shift+Enter adds a line.</p>'
            f'</form>')
        html = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Policybot · local workspace</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/ui/static/app.css"></head>
<body data-as="{esc(user)}" data-c="{esc(place)}" data-version="{parts['version']}">
<header class="topbar"><span class="brand">Policybot <span class="brand-sub">local workspace</span></span>
<form class="persona" method="get" action="/"><label for="persona">Viewing as</label>
<select id="persona" name="as">{options}</select><input type="hidden" name="c" value="{esc(place)}">
<noscript><button type="submit">Switch</button></noscript></form>
<div class="clock"><span class="clock-label">Sandbox time</span>
<span id="clock">{parts['clock']}</span>{controls}</div>
<div id="notice" class="notice" role="status" aria-live="polite">{parts['notice']}</div></header>
<div class="layout"><nav class="sidebar" id="sidebar" aria-label="Channels and apps">{parts['sidebar']}</nav>
<main class="main"><div id="main" class="main-scroll">{parts['main']}</div>{composer}</main></div>
<div id="modal-root">{parts['modal']}</div>
<script src="/ui/static/app.js"></script></body></html>"""
        return web.Response(text=html, content_type="text/html", headers=_PAGE_HEADERS)

    async def poll(self, request: web.Request) -> web.Response:
        """Answer when something changed since version `v` (or after POLL_SECONDS)."""
        user = self.persona(request)
        place = self.place(user, request.query.get("c", demo.GENERAL))
        try:
            since = int(request.query.get("v", "-1"))
        except ValueError:
            since = -1
        if since == self.version and not self.closing:
            waiter = self._changed
            try:
                await asyncio.wait_for(waiter.wait(), POLL_SECONDS)
            except TimeoutError:
                pass
        return web.json_response(self.parts(user, place), headers=_NO_STORE)

    async def static(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        kinds = {"app.js": "application/javascript", "app.css": "text/css"}
        if name not in kinds:
            raise web.HTTPNotFound()
        return web.Response(text=(STATIC / name).read_text(encoding="utf-8"), content_type=kinds[name])

    # --- POST: what a person does -------------------------------------------------------------------------
    async def _body(self, request: web.Request) -> tuple[dict[str, Any], str, SlackSender]:
        if request.content_type != "application/json":
            raise web.HTTPUnsupportedMediaType(text="send JSON")
        if self.sender is None:
            raise web.HTTPServiceUnavailable(text="the bot is still starting")
        try:
            body = await request.json()
        except ValueError:
            raise web.HTTPBadRequest(text="malformed JSON") from None
        if not isinstance(body, dict):
            raise web.HTTPBadRequest(text="expected an object")
        user = str(body.get("as", ""))
        if user not in {p.user for p in PERSONAS}:
            raise web.HTTPBadRequest(text="unknown persona")
        return body, user, self.sender

    async def send(self, request: web.Request) -> web.Response:
        """The composer: a slash command, or a message (a mention or a DM becomes an event)."""
        body, user, sender = await self._body(request)
        place = self.place(user, str(body.get("c", "")))
        text = str(body.get("text", "")).strip()
        if not text or place == HOME:
            raise web.HTTPBadRequest(text="nothing to send")
        if text.startswith("/"):
            command, _, rest = text.partition(" ")
            reply = await sender.command(user, command, rest.strip(), place)
            self._show_ack(reply, user, place, command)
            return web.json_response({"ok": reply.status == 200})
        slack_text = self._to_slack(text)
        msg = Message(place, self.ws.next_ts(), user, slack_text)
        self.ws.messages.append(msg)
        self.changed()
        ch = self.ws.channels[place]
        event = {"type": "message", "channel": place, "user": user, "text": slack_text, "ts": msg.ts,
                 "event_ts": msg.ts, "team": TEAM_ID,
                 "channel_type": "im" if ch.is_im else ("group" if ch.is_private else "channel")}
        sent: list[Reply] = []
        if ch.is_im:
            sent.append(await self._event(sender, "message.im", event))
        else:
            if f"<@{BOT_USER_ID}>" in slack_text:
                mention = {k: v for k, v in event.items() if k != "channel_type"}
                sent.append(await self._event(sender, "app_mention", {**mention, "type": "app_mention"}))
            sent.append(await self._event(sender, "message.groups" if ch.is_private else "message.channels", event))
        for reply in sent:
            if reply.status != 200:
                self._workspace_note(user, place, f"Policybot didn't respond (HTTP {reply.status}).")
        return web.json_response({"ok": all(r.status == 200 for r in sent)})

    async def action(self, request: web.Request) -> web.Response:
        """A button press or a select change, on a message, an ephemeral, a modal or the Home tab."""
        body, user, sender = await self._body(request)
        surface = str(body.get("surface", ""))
        block_id, action_id = str(body.get("block_id", "")), str(body.get("action_id", ""))
        channel, ts = str(body.get("channel", "")), str(body.get("ts", ""))
        view: View | None = None
        if surface == "message":
            msg = self.ws.find_message(channel, ts)
            blocks = msg.blocks if msg else []
        elif surface == "ephemeral":
            eph = next((e for e in self.ws.ephemerals if e.user == user and e.channel == channel and e.ts == ts), None)
            blocks = eph.blocks if eph else []
        elif surface in ("view", "home"):
            view = self.ws.views.get(str(body.get("view_id", "")))
            if view is None or view.user != user:
                raise web.HTTPNotFound(text="no such view")
            blocks = view.view.get("blocks") or []
        else:
            raise web.HTTPBadRequest(text="unknown surface")
        el = find_element(blocks, block_id, action_id)
        if el is None:
            raise web.HTTPNotFound(text="no such element")
        action = action_payload(el, [str(v) for v in body.get("selected") or []])
        value = str(el.get("value", ""))
        if view is not None:
            values = state_values(blocks, _form(body.get("fields")))
            payload_view = self._view_payload(view, values)
            reply = await sender.block_action(user, action_id, value, view=payload_view, block_id=block_id,
                                              action=action)
        elif surface == "message":
            reply = await sender.block_action(user, action_id, value, channel=channel, message_ts=ts,
                                              block_id=block_id, action=action)
        else:
            reply = await sender.block_action(user, action_id, value, channel=channel, ephemeral_ts=ts,
                                              block_id=block_id, action=action)
        if reply.status != 200:
            self._workspace_note(user, channel or self.ws.im_for(user).id,
                                 f"That didn't work: Policybot answered HTTP {reply.status}.")
        return web.json_response({"ok": reply.status == 200})

    async def submit(self, request: web.Request) -> web.Response:
        """Submit the modal on top; show errors from the ack, or update, push, close or clear."""
        body, user, sender = await self._body(request)
        view = self.ws.views.get(str(body.get("view_id", "")))
        if view is None or view.user != user or view.closed:
            raise web.HTTPNotFound(text="no such view")
        blocks = view.view.get("blocks") or []
        values = state_values(blocks, _form(body.get("fields")))
        ms = self.modals.setdefault(view.id, ModalState())
        ms.values, ms.errors, ms.banner, ms.shown = values, required_missing(blocks, values), "", id(view.view)
        if ms.errors:  # Slack's client checks required fields itself and sends nothing
            self.changed()
            return web.json_response({"ok": False, "errors": ms.errors})
        reply = await sender.view_submission(user, self._view_payload(view, values), values)
        if reply.status != 200:
            ms.banner = f"We had some trouble connecting (HTTP {reply.status}). Try again?"
            self.changed()
            return web.json_response({"ok": False, "banner": ms.banner})
        ack = _json(reply.text)
        kind = ack.get("response_action")
        if kind == "errors":
            ms.errors = {str(k): str(v) for k, v in (ack.get("errors") or {}).items()}
        elif kind == "update" and isinstance(ack.get("view"), dict):
            view.view = ack["view"]
            self.modals.pop(view.id, None)
        elif kind == "push" and isinstance(ack.get("view"), dict):
            vid = self.ws.next_id("V")
            self.ws.views[vid] = View(vid, user, ack["view"], "modal", parent=view.id)
        elif kind == "clear":
            for v in self.ws.views.values():
                if v.kind == "modal" and v.user == user:
                    v.closed = True
        else:
            view.closed = True
        self.changed()
        return web.json_response({"ok": not ms.errors, "errors": ms.errors})

    async def close(self, request: web.Request) -> web.Response:
        body, user, sender = await self._body(request)
        view = self.ws.views.get(str(body.get("view_id", "")))
        if view is None or view.user != user:
            raise web.HTTPNotFound(text="no such view")
        view.closed = True
        self.changed()
        if view.view.get("notify_on_close"):
            await sender.view_closed(user, self._view_payload(view, self.modals.get(view.id, ModalState()).values))
        return web.json_response({"ok": True})

    async def clock(self, request: web.Request) -> web.Response:
        body, _user, _sender = await self._body(request)
        if self.controls.advance is None:
            raise web.HTTPNotFound(text="this workspace has no clock controls")
        try:
            hours = float(body.get("hours", 0))
        except (TypeError, ValueError):
            raise web.HTTPBadRequest(text="hours must be a number") from None
        if not 0 < hours <= 24 * 31:
            raise web.HTTPBadRequest(text="move between a few minutes and a month ahead")
        self.notice = await self.controls.advance(timedelta(hours=hours))
        self.changed()
        return web.json_response({"ok": True, "notice": self.notice})

    async def quiz(self, request: web.Request) -> web.Response:
        await self._body(request)
        if self.controls.push_quiz is None:
            raise web.HTTPNotFound(text="quizzes are not available")
        self.notice = await self.controls.push_quiz()
        self.changed()
        return web.json_response({"ok": True, "notice": self.notice})

    # --- helpers --------------------------------------------------------------------------------------------
    async def _event(self, sender: SlackSender, subscription: str, event: dict[str, Any]) -> Reply:
        """Send an event if the app subscribes to it (Slack sends no others)."""
        if self.events is not None and subscription not in self.events:
            return Reply(200, "")
        return await sender.event(event)

    async def _home_opened(self, user: str, tab: str) -> None:
        if self.sender is None:
            return
        home = self.ws.home_of(user)
        event: dict[str, Any] = {"type": "app_home_opened", "user": user, "channel": self.ws.im_for(user).id,
                                 "tab": tab, "event_ts": f"{self.ws.time():.6f}"}
        if home is not None and tab == "home":
            event["view"] = {**home.view, "id": home.id}
        await self._event(self.sender, "app_home_opened", event)

    def _view_payload(self, view: View, values: dict[str, dict[str, Any]]) -> dict[str, Any]:
        return {**view.view, "id": view.id, "team_id": TEAM_ID, "bot_id": BOT_ID, "app_id": "A0LOCAL01",
                "root_view_id": _root(self.ws, view).id, "previous_view_id": view.parent,
                "state": {"values": values}}

    def _to_slack(self, text: str) -> str:
        """What Slack's client sends: &, <, > escaped and @name mentions as <@U…>."""
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        by_name = {u.name.lower(): u.id for u in self.ws.users.values()}

        def mention(m: re.Match[str]) -> str:
            uid = by_name.get(m[1].lower())
            return f"<@{uid}>" if uid else m[0]

        return re.sub(r"(?<![\w@])@([A-Za-z0-9._-]+)", mention, text)

    def _show_ack(self, reply: Reply, user: str, channel: str, command: str) -> None:
        """A command's immediate answer: in the channel, or only to the person (the default)."""
        if reply.status != 200:
            self._workspace_note(user, channel, f'{command} failed with the error "http_{reply.status}"')
            return
        ack = _json(reply.text) if reply.text.strip() else {}
        if not ack.get("text") and not ack.get("blocks"):
            return
        text, blocks = str(ack.get("text") or ""), ack.get("blocks") or []
        if ack.get("response_type") == "in_channel":
            self.ws.messages.append(Message(channel, self.ws.next_ts(), BOT_USER_ID, text, blocks))
        else:
            self.ws.ephemerals.append(Ephemeral(channel, user, text, blocks, "ack", self.ws.next_ts()))
        self.changed()

    def _workspace_note(self, user: str, channel: str, text: str) -> None:
        self.ws.ephemerals.append(Ephemeral(channel, user, text, [], "workspace", self.ws.next_ts()))
        self.changed()


def required_missing(blocks: list[dict[str, Any]], values: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Inputs that are not optional and were left empty, as Slack's client reports them."""
    missing = {}
    for i, block in enumerate(blocks):
        if not isinstance(block, dict) or block.get("type") != "input" or block.get("optional"):
            continue
        bid = str(block.get("block_id") or f"blk{i}")
        entry: dict[str, Any] = next(iter((values.get(bid) or {}).values()), {})
        if not any(entry.get(k) for k in ("value", "selected_option", "selected_options", "selected_date")):
            missing[bid] = "Please complete this required field."
    return missing


def find_element(blocks: list[dict[str, Any]], block_id: str, action_id: str) -> dict[str, Any] | None:
    """The interactive element `action_id` in block `block_id` (ids as `render_blocks` assigns them)."""
    for i, block in enumerate(blocks):
        if not isinstance(block, dict) or str(block.get("block_id") or f"blk{i}") != block_id:
            continue
        candidates = list(block.get("elements") or [])
        for key in ("accessory", "element"):
            if isinstance(block.get(key), dict):
                candidates.append(block[key])
        for el in candidates:
            if isinstance(el, dict) and str(el.get("action_id", "")) == action_id:
                return el
    return None


def action_payload(el: dict[str, Any], selected: list[str]) -> dict[str, Any]:
    """The `actions[0]` fields Slack sends for this element (and what was picked, for selects)."""
    kind = str(el.get("type", "button"))
    out: dict[str, Any] = {"type": kind}
    if kind == "button":
        out["text"] = el.get("text")
        if el.get("style"):
            out["style"] = el["style"]
        return out
    out.pop("value", None)
    opts = list(el.get("options") or []) + [o for g in el.get("option_groups") or [] for o in g.get("options") or []]
    chosen = [o for o in opts if str(o.get("value")) in selected]
    if kind in ("checkboxes", "multi_static_select"):
        out["selected_options"] = chosen
    else:
        out["selected_option"] = chosen[0] if chosen else None
    return out


def _root(ws: Workspace, view: View) -> View:
    while view.parent and view.parent in ws.views:
        view = ws.views[view.parent]
    return view


def _form(raw: Any) -> dict[str, list[str]]:
    if not isinstance(raw, dict):
        return {}
    return {str(k): [str(x) for x in (v if isinstance(v, list) else [v])] for k, v in raw.items()}


def _json(text: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except ValueError:
        return {"text": text}
    return data if isinstance(data, dict) else {"text": str(data)}


def _span(delta: timedelta) -> str:
    days, hours = delta.days, delta.seconds // 3600
    parts = ([f"{days} day{'s' if days != 1 else ''}"] if days else []) + ([f"{hours} h"] if hours else [])
    return " ".join(parts) or f"{delta.seconds // 60} min"


_NO_STORE = {"Cache-Control": "no-store"}
_PAGE_HEADERS = {
    **_NO_STORE,
    # Nothing from outside this machine, no inline script: bot-sent text can never run as code.
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; script-src 'self'; style-src 'self'; "
    "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
_LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]")


@web.middleware
async def _loopback_only(request: web.Request, handler: Any) -> web.StreamResponse:
    """The page has no login: refuse requests addressed to any other host name (DNS rebinding)."""
    if request.path == "/" or request.path.startswith("/ui/"):
        host = (request.host or "").rsplit(":", 1)[0] if not (request.host or "").startswith("[") \
            else (request.host or "").split("]")[0] + "]"
        if host not in _LOOPBACK_HOSTS:
            raise web.HTTPForbidden(text="the local workspace answers on loopback only")
    return await handler(request)
