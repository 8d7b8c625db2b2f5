"""The local workspace's page over HTTP: what each persona sees, buttons, modals, the clock.

The bot is the real one; the page talks to it only through the workspace's signed sender.
"""

from __future__ import annotations

from datetime import timedelta

import aiohttp

from bot.workspace import seed as demo
from tests.sandbox.conftest import PageClient, article_with

ALICE, RITA = demo.EMPLOYEE, demo.REVIEWER
PROMO = "Use code SPRING30 for 30% off all week!"


async def test_page_loads_with_the_demo_channels_and_nothing_from_outside(page: PageClient) -> None:
    async with page.http.get(page.base + "/", params={"as": RITA, "c": demo.MARKETING_REVIEW}) as resp:
        assert resp.status == 200
        html = await resp.text()
        csp = resp.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    for name in ("general", "marketing-review", "ambassador-library", "Policybot"):
        assert name in html
    assert "legal-review" not in html  # Rita is not in it
    assert 'label for="composer-text"' in html and 'label for="persona"' in html
    assert 'src="http' not in html and 'href="http' not in html  # nothing loaded from elsewhere


async def test_ephemeral_reply_is_only_for_the_person_who_asked(page: PageClient) -> None:
    status, _ = await page.post("/ui/send", **{"as": ALICE, "c": demo.GENERAL, "text": "/checkpost " + PROMO})
    assert status == 200
    mine = await page.until(ALICE, demo.GENERAL, lambda p: "Needs approval" in p["main"], "the check result")
    assert "Only visible to you" in mine["main"] and "Request approval" in mine["main"]
    for other in (RITA, demo.LEAD, demo.ADMIN):
        theirs = await page.parts(other, demo.GENERAL)
        assert "Needs approval" not in theirs["main"] and "Only visible to you" not in theirs["main"]


async def test_every_block_type_renders(page: PageClient) -> None:
    blocks = [
        {"type": "header", "text": {"type": "plain_text", "text": "Head <b>bold?</b>"}},
        {"type": "section", "block_id": "sec",
         "text": {"type": "mrkdwn", "text": "*bold* _it_ ~gone~ `code` <https://example.com/x|a link> <@U0EMPLOYEE1> "
                                            "<javascript:alert(1)|bad> &lt;script&gt;\n> quoted\n```pre *not bold*```"},
         "fields": [{"type": "mrkdwn", "text": "*Field one*"}, {"type": "plain_text", "text": "Field two"}],
         "accessory": {"type": "button", "text": {"type": "plain_text", "text": "Accessory"}, "action_id": "acc"}},
        {"type": "context", "elements": [
            {"type": "mrkdwn", "text": "context _note_"},
            {"type": "image", "image_url": "https://example.com/i.png", "alt_text": "logo"}]},
        {"type": "divider"},
        {"type": "actions", "block_id": "act", "elements": [
            {"type": "button", "text": {"type": "plain_text", "text": "Go"}, "style": "primary", "action_id": "go",
             "value": "1"},
            {"type": "button", "text": {"type": "plain_text", "text": "Stop"}, "style": "danger", "action_id": "stop"},
            {"type": "static_select", "action_id": "pick", "placeholder": {"type": "plain_text", "text": "Pick"},
             "options": [{"text": {"type": "plain_text", "text": "One"}, "value": "1"}]}]},
        {"type": "image", "image_url": "https://example.com/big.png", "alt_text": "a chart",
         "title": {"type": "plain_text", "text": "Chart"}},
        {"type": "rich_text", "elements": [
            {"type": "rich_text_section", "elements": [{"type": "text", "text": "rich", "style": {"bold": True}},
                                                       {"type": "user", "user_id": "U0REVIEWER1"}]},
            {"type": "rich_text_list", "style": "ordered", "elements": [
                {"type": "rich_text_section", "elements": [{"type": "text", "text": "first"}]}]},
            {"type": "rich_text_quote", "elements": [{"type": "text", "text": "said"}]},
            {"type": "rich_text_preformatted", "elements": [{"type": "text", "text": "x = 1"}]}]},
    ]
    async with page.http.post(page.base + "/api/chat.postMessage", json={"channel": demo.GENERAL, "blocks": blocks},
                              headers={"Authorization": f"Bearer {page.box.slack.api.token}"}) as resp:
        assert (await resp.json())["ok"]
    html = (await page.parts(ALICE, demo.GENERAL))["main"]
    expected = [
        '<h3 class="bk-block bk-header">Head &lt;b&gt;bold?&lt;/b&gt;</h3>',
        "<strong>bold</strong>", "<em>it</em>", "<del>gone</del>", "<code>code</code>",
        '<a href="https://example.com/x" target="_blank" rel="noopener noreferrer">a link</a>',
        '<span class="mention">@Alice Employee</span>', "&lt;script&gt;", "<blockquote>quoted</blockquote>",
        "<pre>pre *not bold*</pre>", '<div class="bk-field"><strong>Field one</strong></div>',
        '<div class="bk-field">Field two</div>', 'data-action-id="acc"', '<em>note</em>',
        '<hr class="bk-block bk-divider">', 'class="bk-btn bk-primary"', 'class="bk-btn bk-danger"',
        '<option value="1">One</option>', 'aria-label="a chart"', "Chart", "<strong>rich</strong>",
        "@Rita Reviewer (Marketing)", "<ol><li>first</li></ol>", "<blockquote>said</blockquote>",
        "<pre>x = 1</pre>", 'aria-label="logo"',
    ]
    for piece in expected:
        assert piece in html, piece
    assert "javascript:" not in html and "<script" not in html and "<img" not in html


async def test_buttons_and_a_modal_with_errors_from_the_ack(page: PageClient) -> None:
    """Request approval (an ephemeral's button), Reject (a channel message's button) opens a modal;
    an empty required field is refused by the client, the bot's own errors show next to the input,
    and a good submission closes it and reaches the author."""
    await page.post("/ui/send", **{"as": ALICE, "c": demo.GENERAL, "text": "/checkpost " + PROMO})
    mine = await page.until(ALICE, demo.GENERAL, lambda p: "Request approval" in p["main"], "the button")
    at = article_with(mine["main"], "Request approval")
    assert at["surface"] == "ephemeral"
    status, _ = await page.post("/ui/action", **{"as": ALICE, "surface": "ephemeral", "channel": demo.GENERAL,
                                                 "ts": at["ts"], "block_id": "approval_request",
                                                 "action_id": "approval_submit"})
    assert status == 200
    review = await page.until(RITA, demo.MARKETING_REVIEW, lambda p: "Reject" in p["main"], "the review request")
    msg = article_with(review["main"], "Reject")
    assert msg["surface"] == "message"
    await page.post("/ui/action", **{"as": RITA, "surface": "message", "channel": demo.MARKETING_REVIEW,
                                     "ts": msg["ts"], "block_id": "approval_decide", "action_id": "approval_reject"})
    parts = await page.until(RITA, demo.MARKETING_REVIEW, lambda p: 'role="dialog"' in p["modal"], "the modal")
    view_id = article_attr(parts["modal"], "data-view-id")
    assert (await page.parts(ALICE, demo.GENERAL))["modal"] == ""  # the modal is Rita's alone

    empty, blank = {"reason::reason": [""]}, {"reason::reason": ["  "]}
    status, out = await page.post("/ui/submit", **{"as": RITA, "view_id": view_id, "fields": empty})
    assert status == 200 and out["errors"] == {"reason": "Please complete this required field."}
    status, out = await page.post("/ui/submit", **{"as": RITA, "view_id": view_id, "fields": blank})
    assert status == 200 and "reason" in out["errors"] and "Please give a reason" in out["errors"]["reason"]
    modal = (await page.parts(RITA, demo.MARKETING_REVIEW))["modal"]
    assert 'class="bk-error"' in modal and "Please give a reason" in modal and 'aria-invalid="true"' in modal

    status, out = await page.post("/ui/submit", **{"as": RITA, "view_id": view_id,
                                                   "fields": {"reason::reason": ["Needs the T&Cs & dates"]}})
    assert status == 200 and out["errors"] == {}
    assert (await page.parts(RITA, demo.MARKETING_REVIEW))["modal"] == ""
    im = page.box.ws.im_for(ALICE).id
    dm = await page.until(ALICE, im, lambda p: "Needs the T&amp;Cs &amp; dates" in p["main"], "the author's DM")
    assert "Only visible to you" not in dm["main"]


async def test_home_tab_is_published_when_opened(page: PageClient) -> None:
    async with page.http.get(page.base + "/", params={"as": demo.LEAD, "c": "home"}) as resp:
        assert resp.status == 200
    home = await page.until(demo.LEAD, "home", lambda p: 'data-surface="home"' in p["main"], "the Home tab")
    assert "What you can do" in home["main"]


async def test_mention_and_dm_are_stored_and_sent_as_events(page: PageClient) -> None:
    im = page.box.ws.im_for(ALICE).id
    await page.post("/ui/send", **{"as": ALICE, "c": im, "text": "hello <there> & @policybot"})
    parts = await page.until(ALICE, im, lambda p: "hello" in p["main"], "my own message")
    assert "hello &lt;there&gt; &amp;" in parts["main"] and "Alice Employee" in parts["main"]
    stored = page.box.ws.messages_in(im)[0]
    assert stored.user == ALICE and stored.text == "hello &lt;there&gt; &amp; <@UBOT000001>"


async def test_advancing_the_clock_shows_reminders_in_the_review_thread(page: PageClient) -> None:
    await page.post("/ui/send", **{"as": ALICE, "c": demo.GENERAL, "text": "/checkpost " + PROMO})
    mine = await page.until(ALICE, demo.GENERAL, lambda p: "Request approval" in p["main"], "the button")
    at = article_with(mine["main"], "Request approval")
    await page.post("/ui/action", **{"as": ALICE, "surface": "ephemeral", "channel": demo.GENERAL, "ts": at["ts"],
                                     "block_id": "approval_request", "action_id": "approval_submit"})
    await page.until(RITA, demo.MARKETING_REVIEW, lambda p: "Approval request" in p["main"], "the request")
    for _ in range(4):  # four days always hold more than one business day (the demo's review deadline)
        status, _ = await page.post("/ui/clock", **{"as": demo.ADMIN, "hours": 24})
        assert status == 200
    review = await page.until(RITA, demo.MARKETING_REVIEW, lambda p: "Reminder" in p["main"], "a reminder")
    assert '<details class="thread"' in review["main"]


async def test_clock_moves_forward_and_runs_the_jobs(page: PageClient) -> None:
    before = page.box.clock.now()
    status, out = await page.post("/ui/clock", **{"as": ALICE, "hours": 24})
    assert status == 200 and "Clock moved" in out["notice"]
    assert page.box.clock.now() - before >= timedelta(days=1)
    assert "+1 day" in (await page.parts(ALICE, demo.GENERAL))["clock"]
    status, _ = await page.post("/ui/clock", **{"as": ALICE, "hours": -5})
    assert status == 400


async def test_page_refuses_other_hosts_and_form_posts(page: PageClient) -> None:
    async with page.http.get(page.base + "/", headers={"Host": "evil.example:80"}) as resp:
        assert resp.status == 403
    async with page.http.post(page.base + "/ui/send", data={"as": ALICE, "c": demo.GENERAL, "text": "/checkpost x"}) \
            as resp:
        assert resp.status == 415
    status, _ = await page.post("/ui/send", **{"as": "U0NOTAPERSON", "c": demo.GENERAL, "text": "hi"})
    assert status == 400


async def test_poll_waits_for_a_change(page: PageClient) -> None:
    first = await page.parts(ALICE, demo.GENERAL)

    async def later_send() -> None:
        await page.post("/ui/send", **{"as": ALICE, "c": demo.GENERAL, "text": "just saying hi"})

    import asyncio

    task = asyncio.create_task(later_send())
    async with page.http.get(page.base + "/ui/poll", params={"as": ALICE, "c": demo.GENERAL, "v": first["version"]},
                             timeout=aiohttp.ClientTimeout(total=10)) as resp:
        data = await resp.json()
    await task
    assert data["version"] > first["version"]


def article_attr(html: str, name: str) -> str:
    import re

    m = re.search(name + r'="([^"]+)"', html)
    assert m, name
    return m.group(1)


async def test_quiz_button_pushes_a_round_to_everyone(page: PageClient) -> None:
    async with page.http.get(page.base + "/", params={"as": ALICE}) as resp:
        assert 'data-post="/ui/quiz"' in await resp.text()
    status, out = await page.post("/ui/quiz", **{"as": demo.ADMIN})
    assert status == 200 and "Quiz round" in out["notice"], out
    im = page.box.ws.im_for(ALICE).id
    dm = await page.until(ALICE, im, lambda p: "bk-btn" in p["main"], "a quiz question by DM")
    assert 'data-kind="button"' in dm["main"]
