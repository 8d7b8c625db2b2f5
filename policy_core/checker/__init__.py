"""Slack-free draft checker: rulebooks as data, validated detectors, verdicts with spans.

Import is light on purpose (no Slack, no SQLAlchemy): the CLI starts fast.
"""

from __future__ import annotations

from .engine import MAX_DRAFT_CHARS, Checker
from .errors import DraftError, DraftTooLong, EmptyDraft, InvalidText, RulebookError
from .normalize import draft_hash
from .results import CheckResult, Finding
from .rulebook import CATEGORIES, SECTORS, OrgProfile, Rule, Section, load_rulebook

__all__ = [
    "CATEGORIES",
    "MAX_DRAFT_CHARS",
    "SECTORS",
    "CheckResult",
    "Checker",
    "DraftError",
    "DraftTooLong",
    "EmptyDraft",
    "Finding",
    "InvalidText",
    "OrgProfile",
    "Rule",
    "RulebookError",
    "Section",
    "draft_hash",
    "load_rulebook",
]
