"""Shared vocabulary for the second held-out set: the first set's names and D(), with its own id prefixes."""

from __future__ import annotations

from ..heldout.common import CATEGORIES, INVISIBLE, KINDS, PLATFORMS, SECTORS, D, id_prefixes

__all__ = ["CATEGORIES", "ID_PREFIX", "INVISIBLE", "KINDS", "PLATFORMS", "SECTORS", "D"]

# Ids start with "k" so they can't be confused with corpus.jsonl ("gen-") or the first held-out set ("hgen-").
ID_PREFIX = id_prefixes("k")
