"""Shared vocabulary for the fifth held-out set: the first set's names and D(), with its own id prefixes."""

from __future__ import annotations

from ..heldout.common import CATEGORIES, INVISIBLE, KINDS, PLATFORMS, SECTORS, D, id_prefixes

__all__ = ["CATEGORIES", "ID_PREFIX", "INVISIBLE", "KINDS", "PLATFORMS", "SECTORS", "D"]

# Ids start with "r" so they can't be confused with corpus.jsonl ("gen-"), heldout ("hgen-"), heldout2 ("kgen-"),
# heldout3 ("mgen-"), heldout4 ("qgen-") or anything else already labelled.
ID_PREFIX = id_prefixes("r")
