"""The bot over real HTTP: health check, /checkpost, the shortcut, event retries, bad input."""

from __future__ import annotations

import json
import time

from aiohttp import web
from sqlalchemy import func, select

from bot.server import create_web_app
from bot.signature import RequestVerifier
from bot.workspace.seed import EMPLOYEE, GENERAL
from bot.workspace.state import Message
from policy_core.checker import MAX_DRAFT_CHARS
from policy_store.db import create_engine, ping
from policy_store.models import AuditEvent
from tests.harness import SECRET, Bot


async def test_healthz_reports_database(bot: Bot) -> None:
    base = bot.url.removesuffix("/slack/events")
    async with bot.http.get(base + "/healthz") as resp:
        assert resp.status == 200
        body = await resp.json()
    assert body["status"] == "ok" and body["database"] == "ok"


async def test_healthz_is_503_when_the_database_does_not_answer(bot: Bot) -> None:
    dead = create_engine("postgresql+asyncpg://nobody@127.0.0.1:1/none")

    async def dead_ping() -> bool:
        return await ping(dead)

    runner = web.AppRunner(create_web_app(bot.app, RequestVerifier(SECRET), dead_ping))
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        async with bot.http.get(f"http://127.0.0.1:{runner.addresses[0][1]}/healthz") as resp:
            assert resp.status == 503
            assert (await resp.json())["database"] == "down"
    finally:
        await runner.cleanup()
        await dead.dispose()


async def test_checkpost_acks_fast_and_replies_privately(bot: Bot) -> None:
    started = time.perf_counter()
    reply = await bot.sender.command(EMPLOYEE, "/checkpost", "Use code SAVE20 for 20% off everything this weekend!")
    assert reply.status == 200
    assert time.perf_counter() - started < 3.0
    await bot.until(lambda: bot.ws.ephemerals_for(EMPLOYEE), what="the private reply")
    eph = bot.ws.ephemerals_for(EMPLOYEE)[0]
    rendered = json.dumps(eph.blocks)
    assert "Promotion" in rendered and "Why:" in rendered and "Fix:" in rendered
    assert eph.source == "response_url"
    assert not bot.ws.messages_in(GENERAL)  # nothing public
    async with bot.services.sessions() as s:
        audit = (await s.execute(select(AuditEvent))).scalars().all()
    assert [a.action for a in audit] == ["checked"]
    assert "SAVE20" not in json.dumps(audit[0].details)  # the draft itself is never stored


async def test_checkpost_clean_draft_says_ok(bot: Bot) -> None:
    await bot.sender.command(EMPLOYEE, "/checkpost", "Proud of our team for volunteering at the food bank today.")
    await bot.until(lambda: bot.ws.ephemerals_for(EMPLOYEE))
    assert "Good to post" in json.dumps(bot.ws.ephemerals_for(EMPLOYEE)[0].blocks)


async def test_checkpost_empty_and_huge_drafts_get_kind_messages(bot: Bot) -> None:
    empty = await bot.sender.command(EMPLOYEE, "/checkpost", "   ")
    assert empty.status == 200 and "How to check a draft" in empty.text
    huge = await bot.sender.command(EMPLOYEE, "/checkpost", "a" * (MAX_DRAFT_CHARS + 1))
    assert huge.status == 200 and f"{MAX_DRAFT_CHARS:,}" in huge.text
    await bot.settle(0.5)
    async with bot.services.sessions() as s:
        assert (await s.scalar(select(func.count()).select_from(AuditEvent))) == 0


async def test_unknown_command_is_answered_kindly(bot: Bot) -> None:
    reply = await bot.sender.command(EMPLOYEE, "/nosuchthing", "hi")
    assert reply.status == 200 and "know the command" in reply.text


async def test_malformed_payloads_change_nothing(bot: Bot) -> None:
    form = "application/x-www-form-urlencoded"
    for body in ("payload=%7Bnot-json", "payload=", "", "{}", "{\"type\": \"event_callback\"}"):
        reply = await bot.sender.post(body, form if not body.startswith("{") else "application/json")
        assert reply.status < 500
    await bot.settle(0.5)
    assert [c.method for c in bot.ws.calls if c.method != "auth.test"] == []


async def test_message_shortcut_checks_the_message(bot: Bot) -> None:
    text = "Text me on my personal cell +1 415 867 2309 if you want the details"
    msg = Message(GENERAL, bot.ws.next_ts(), EMPLOYEE, text)
    bot.ws.messages.append(msg)
    reply = await bot.sender.message_shortcut(EMPLOYEE, "check_post", GENERAL, msg.ts)
    assert reply.status == 200
    await bot.until(lambda: bot.ws.ephemerals_for(EMPLOYEE))
    assert "Personal data" in json.dumps(bot.ws.ephemerals_for(EMPLOYEE)[0].blocks)


async def test_event_retries_are_handled_once(bot: Bot) -> None:
    event = {"type": "app_home_opened", "user": EMPLOYEE, "channel": "D0EMPLOYEE1", "tab": "home"}
    first = await bot.sender.event(event, event_id="Ev0RETRY001")
    second = await bot.sender.event(event, event_id="Ev0RETRY001", retry_num=1)
    third = await bot.sender.event(event, event_id="Ev0RETRY001", retry_num=2)
    assert [r.status for r in (first, second, third)] == [200, 200, 200]
    await bot.settle(1.0)
    assert len(bot.ws.calls_to("views.publish")) == 1
