"""The Web API client: Slack's base URL from settings, retries on 429/5xx/connection errors, a
log line per call.

Why subclass: slack_sdk's retry handlers already honour Retry-After; we only add a structured
log line per call (method, outcome, duration) without the payload, which can hold draft text.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.web.async_slack_response import AsyncSlackResponse

log = logging.getLogger("policybot.slack")


class LoggingWebClient(AsyncWebClient):
    async def api_call(self, api_method: str, **kwargs: Any) -> AsyncSlackResponse:
        started = time.perf_counter()
        outcome = "ok"
        try:
            return await super().api_call(api_method, **kwargs)
        except SlackApiError as exc:
            outcome = str(exc.response.get("error", "error"))
            raise
        except Exception as exc:
            outcome = type(exc).__name__
            raise
        finally:
            log.info(
                "slack call",
                extra={"method": api_method, "outcome": outcome,
                       "ms": round((time.perf_counter() - started) * 1000, 1)},
            )


def make_client(token: str, base_url: str, max_retries: int = 5) -> LoggingWebClient:
    return LoggingWebClient(
        token=token or None,
        base_url=base_url,
        retry_handlers=[
            AsyncRateLimitErrorRetryHandler(max_retry_count=max_retries),
            AsyncServerErrorRetryHandler(max_retry_count=2),
            AsyncConnectionErrorRetryHandler(max_retry_count=2),
        ],
    )
