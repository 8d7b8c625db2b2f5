"""Build tests/checker/train9/train9.jsonl from the hand-written drafts, and refresh the README counts.

    .venv/bin/python -m tests.checker.train9.build      (from the repo root)

The earlier training sets' build (train/build.py's `with_kinds`, then the shared heldout/build.py `write_set`:
fixed-seed shuffle and per-sector ids) with this set's drafts, seed and "d" id prefixes. The evasions were
disguised with heldout2's transforms when drafts_evasion.py is imported and are used as written here.
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
    drafts_data,
    drafts_disclaimer,
    drafts_evasion,
    drafts_hostile,
    drafts_money,
    drafts_phi,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "train9.jsonl"
README = HERE / "README.md"
SEED = 36_482_951
ID_PREFIX = id_prefixes("d")


def collect() -> list[dict]:
    """Every draft with its kind: violations, clean_tricky near misses, plain clean posts, and the evasions."""
    return with_kinds([
        ("violation", drafts_phi.PHI + drafts_confidential.CONFIDENTIAL + drafts_hostile.HOSTILE
         + drafts_disclaimer.DISCLAIMER + drafts_money.FINANCIAL_PROMISE + drafts_money.PROMOTION
         + drafts_data.PII + drafts_data.SECRET + drafts_data.MULTI),
        ("clean_tricky", drafts_clean_b.CLEAN_TRICKY),
        ("clean", drafts_clean_a.CLEAN_PLAIN),
        ("evasion", drafts_evasion.EVASION),
    ])


if __name__ == "__main__":
    write_set(collect(), OUT, README, SEED, ID_PREFIX)
