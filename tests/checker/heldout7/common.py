"""Shared vocabulary for the seventh held-out set: the first set's names and D(), with its own id prefixes."""

from __future__ import annotations

from ..heldout.common import CATEGORIES, INVISIBLE, KINDS, PLATFORMS, SECTORS, D, id_prefixes

__all__ = ["CATEGORIES", "ID_PREFIX", "INVISIBLE", "KINDS", "PLATFORMS", "SECTORS", "D"]

# Ids start with "p" ("pgen-001", "pfin-014", ...): no earlier set's drafts use that letter (corpus.jsonl has bare
# sector prefixes; heldout to heldout5 use h, k, m, q, r; the training sets t, u, v, w).
ID_PREFIX = id_prefixes("p")
