"""Exceptions the checker raises, kept in one import-light module."""

from __future__ import annotations


class RulebookError(Exception):
    """A rulebook (or org profile) failed validation; the message names file, rule id and field."""


class DraftError(ValueError):
    """Base class for drafts the checker refuses to look at."""


class EmptyDraft(DraftError):
    """The draft is empty or only whitespace/invisible characters."""


class DraftTooLong(DraftError):
    """The draft is longer than MAX_DRAFT_CHARS; checking cost and Slack limits are bounded by it."""


class InvalidText(DraftError):
    """The draft is not valid Unicode: it holds an unpaired surrogate (only a hand-made JSON escape like
    "\\ud800" can carry one), which no reply, excerpt or hash could be written from."""
