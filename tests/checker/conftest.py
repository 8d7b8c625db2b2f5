"""Shared fixtures: one default Checker per session (loading compiles every rulebook)."""

from __future__ import annotations

import pytest

from policy_core.checker import Checker


@pytest.fixture(scope="session")
def checker() -> Checker:
    return Checker.load()
