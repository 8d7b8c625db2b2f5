"""Sixth held-out evaluation set for the draft checker (for the next session's measurement; see README.md)."""
