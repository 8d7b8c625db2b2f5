"""Shared vocabulary for the sixth held-out set: the first set's names and D(), with its own id prefixes."""

from __future__ import annotations

from ..heldout.common import CATEGORIES, INVISIBLE, KINDS, PLATFORMS, SECTORS, D, id_prefixes

__all__ = ["CATEGORIES", "ID_PREFIX", "INVISIBLE", "KINDS", "PLATFORMS", "SECTORS", "D"]

# Ids start with "s" so they can't be confused with corpus.jsonl ("gen-"), heldout ("hgen-"), heldout2 ("kgen-"),
# heldout3 ("mgen-"), heldout4 ("qgen-"), heldout5 ("rgen-"), train ("t...") or train2 ("u...").
ID_PREFIX = id_prefixes("s")
