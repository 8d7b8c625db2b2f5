"""Slack request signatures, checked before anything else reads the body.

Why not Bolt's built-in check: we answer 401 before parsing, log it once, and need an injectable
clock to test against Slack's published example. The HMAC itself is slack_sdk's.
"""

from __future__ import annotations

from collections.abc import Mapping

from slack_sdk.signature import Clock, SignatureVerifier

MAX_AGE_SECONDS = 60 * 5  # Slack: reject requests older than five minutes (replay protection)


class RequestVerifier:
    def __init__(self, signing_secret: str, clock: Clock | None = None) -> None:
        self._verifier = SignatureVerifier(signing_secret, clock=clock or Clock())

    def is_valid(self, body: bytes | str, headers: Mapping[str, str]) -> bool:
        """True only for a request signed with our secret within the last five minutes."""
        lowered = {k.lower(): v for k, v in headers.items()}
        ts = lowered.get("x-slack-request-timestamp", "")
        sig = lowered.get("x-slack-signature", "")
        if not ts or not sig or not ts.isdigit():
            return False
        return self._verifier.is_valid(body=body, timestamp=ts, signature=sig)
