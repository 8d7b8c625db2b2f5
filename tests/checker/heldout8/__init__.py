"""Eighth held-out evaluation set for the draft checker (the exam; see README.md)."""
