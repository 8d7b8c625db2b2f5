"""A bot configured for the approval workflow: routes per category, appeals channel, lead, clock."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.workspace.seed import APPEALS, LEAD
from policy_core.clock import ManualClock
from tests.harness import Bot, running_bot

POLICY_DIR = Path(__file__).parent / "policy"
TUESDAY_10AM = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)

APPROVAL_SETTINGS: dict[str, Any] = {
    "POLICY_DIR": str(POLICY_DIR),
    "REVIEW_CHANNELS": "promotion=C0MARKETING,financial_promise=C0COMPLIAN,confidential=C0LEGALREV",
    "REVIEW_CHANNEL": "C0LEGALREV",
    "APPEALS_CHANNEL": APPEALS,
    "REVIEW_LEAD": LEAD,
}


@pytest.fixture
async def abot(db_url: str) -> AsyncIterator[Bot]:
    async with running_bot(db_url, clock=ManualClock(TUESDAY_10AM), **APPROVAL_SETTINGS) as b:
        yield b
