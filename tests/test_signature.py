"""Request signatures: Slack's published example, and forged/stale/unsigned requests refused (401)."""

from __future__ import annotations

import time

from bot.signature import RequestVerifier
from bot.workspace.seed import EMPLOYEE
from bot.workspace.sender import sign
from tests.harness import Bot

# From Slack's "Verifying requests from Slack" documentation.
DOC_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
DOC_TIMESTAMP = 1531420618
DOC_BODY = (
    "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
    "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
    "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
    "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c"
)
DOC_SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"


class FixedClock:
    def __init__(self, now: float) -> None:
        self._now = now

    def now(self) -> float:
        return self._now


def doc_headers(signature: str = DOC_SIGNATURE, ts: int = DOC_TIMESTAMP) -> dict[str, str]:
    return {"X-Slack-Request-Timestamp": str(ts), "X-Slack-Signature": signature}


def test_published_example_is_valid() -> None:
    verifier = RequestVerifier(DOC_SECRET, clock=FixedClock(DOC_TIMESTAMP))
    assert verifier.is_valid(DOC_BODY, doc_headers())
    assert sign(DOC_SECRET, DOC_BODY, DOC_TIMESTAMP) == DOC_SIGNATURE


def test_published_example_tampered_or_stale_is_refused() -> None:
    verifier = RequestVerifier(DOC_SECRET, clock=FixedClock(DOC_TIMESTAMP))
    assert not verifier.is_valid(DOC_BODY.replace("roadrunner", "coyote"), doc_headers())
    assert not verifier.is_valid(DOC_BODY, doc_headers(signature="v0=" + "0" * 64))
    assert not verifier.is_valid(DOC_BODY, {})
    late = RequestVerifier(DOC_SECRET, clock=FixedClock(DOC_TIMESTAMP + 5 * 60 + 1))
    assert not late.is_valid(DOC_BODY, doc_headers())
    within = RequestVerifier(DOC_SECRET, clock=FixedClock(DOC_TIMESTAMP + 5 * 60 - 1))
    assert within.is_valid(DOC_BODY, doc_headers())


async def test_forged_stale_and_unsigned_requests_get_401_and_change_nothing(bot: Bot) -> None:
    body = f"command=%2Fcheckpost&text=hello&user_id={EMPLOYEE}&team_id=T0LOCAL01&channel_id=C0GENERAL"
    form = "application/x-www-form-urlencoded"
    forged = await bot.sender.post(body, form, secret="not-our-secret")
    stale = await bot.sender.post(body, form, timestamp=int(time.time()) - 6 * 60)
    unsigned = await bot.sender.post(body, form, signed=False)
    bad_header = await bot.sender.post(body, form, headers={"X-Slack-Request-Timestamp": "soon"})
    assert [r.status for r in (forged, stale, unsigned, bad_header)] == [401, 401, 401, 401]
    await bot.settle(0.5)
    assert bot.ws.calls == []  # nothing was processed: no Slack call at all
