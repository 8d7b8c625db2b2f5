"""Build tests/checker/train5/train5.jsonl from the hand-written drafts, and refresh the README counts.

    .venv/bin/python -m tests.checker.train5.build      (from the repo root)

The fourth training set's build (tests/checker/train4/build.py: train/build.py's `with_kinds`, then the shared
heldout/build.py `write_set`: fixed-seed shuffle and per-sector ids) with this set's drafts, seed and "x" id
prefixes.
"""

from __future__ import annotations

from pathlib import Path

from ..heldout.build import write_set
from ..heldout.common import id_prefixes
from ..train.build import with_kinds
from . import (
    drafts_clean_a,
    drafts_clean_b,
    drafts_confidential,
    drafts_disclaimer,
    drafts_evasion,
    drafts_hostile,
    drafts_mixed,
    drafts_offers,
    drafts_phi,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "train5.jsonl"
README = HERE / "README.md"
SEED = 47_015_263
ID_PREFIX = id_prefixes("x")


def collect() -> list[dict]:
    """Every draft with its kind: violations, clean_tricky, plain clean, and the hand-disguised evasions."""
    return with_kinds([
        ("violation", drafts_disclaimer.DISCLAIMER + drafts_phi.PHI + drafts_confidential.CONFIDENTIAL
         + drafts_hostile.HOSTILE + drafts_offers.PROMOTION + drafts_offers.FINANCIAL_PROMISE
         + drafts_mixed.PII + drafts_mixed.SECRET + drafts_mixed.MULTI + drafts_mixed.LONG
         + [d for d in drafts_mixed.SHORT if d["labels"]]),
        ("clean_tricky", drafts_clean_a.CLEAN_A + drafts_clean_b.CLEAN_B + drafts_clean_b.CLEAN_EXTRA),
        ("clean", drafts_clean_b.CLEAN_PLAIN + [d for d in drafts_mixed.SHORT if not d["labels"]]),
        ("evasion", drafts_evasion.EVASION),
    ])


if __name__ == "__main__":
    write_set(collect(), OUT, README, SEED, ID_PREFIX)
