"""Build tests/checker/train/train.jsonl from the hand-written drafts, and refresh the README counts.

    .venv/bin/python -m tests.checker.train.build      (from the repo root)

The held-out sets' build (tests/checker/heldout/build.py: fixed-seed shuffle, ids per sector, invisible
characters escaped) with this set's drafts, seed and "t" id prefixes. Unlike the held-out sets it also has
plain `clean` drafts, and its evasions are disguised by hand, so they are used as written.
"""

from __future__ import annotations

from pathlib import Path

from ..heldout.build import write_set
from ..heldout.common import id_prefixes
from . import (
    drafts_clean_a,
    drafts_clean_b,
    drafts_confidential,
    drafts_disclaimer,
    drafts_extra,
    drafts_financial,
    drafts_hostile,
    drafts_mixed,
    drafts_phi,
    drafts_promotion,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "train.jsonl"
README = HERE / "README.md"
SEED = 20261201
ID_PREFIX = id_prefixes("t")


def collect() -> list[dict]:
    """Every draft with its kind: violations, clean_tricky, plain clean, and the hand-disguised evasions."""
    groups: list[tuple[str, list[dict]]] = [
        ("violation", drafts_confidential.CONFIDENTIAL + drafts_promotion.PROMOTION + drafts_phi.PHI
         + drafts_financial.FINANCIAL_PROMISE + drafts_hostile.HOSTILE + drafts_disclaimer.DISCLAIMER
         + drafts_mixed.PII + drafts_mixed.SECRET + drafts_mixed.MULTI + drafts_mixed.LONG
         + drafts_extra.SHORT_VIOLATIONS),
        ("clean_tricky", drafts_clean_a.CLEAN_A + drafts_clean_b.CLEAN_B + drafts_extra.EXTRA_CLEAN),
        ("clean", drafts_clean_b.CLEAN_PLAIN),
        ("evasion", drafts_mixed.EVASION),
    ]
    return with_kinds(groups)


def with_kinds(groups: list[tuple[str, list[dict]]]) -> list[dict]:
    """Each (kind, drafts) group's drafts tagged with their kind, labels checked against it: a training set's
    evasions are disguised by hand and used as written, so no transforms (tests/checker/train2 reuses this)."""
    drafts = []
    for kind, group in groups:
        for d in group:
            assert bool(d["labels"]) == (kind in ("violation", "evasion")), d["text"][:60]
            drafts.append({k: v for k, v in d.items() if k != "transforms"} | {"kind": kind})
    return drafts


if __name__ == "__main__":
    write_set(collect(), OUT, README, SEED, ID_PREFIX)
