"""Shared vocabulary for the eighth held-out set: the first set's names and D(), with its own id prefixes."""

from __future__ import annotations

from ..heldout.common import CATEGORIES, INVISIBLE, KINDS, PLATFORMS, SECTORS, D, id_prefixes

__all__ = ["CATEGORIES", "ID_PREFIX", "INVISIBLE", "KINDS", "PLATFORMS", "SECTORS", "D"]

# Ids start with "j" ("jgen-001", "jfin-014", ...): no other set's drafts use that letter (corpus.jsonl has bare
# sector prefixes; heldout to heldout7 use h, k, m, q, r, s, p; the training sets t, u, v, w, x, y).
ID_PREFIX = id_prefixes("j")
