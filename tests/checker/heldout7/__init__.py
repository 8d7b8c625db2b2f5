"""Seventh held-out evaluation set for the draft checker (the final exam; see README.md)."""
