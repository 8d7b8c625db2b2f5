"""Build tests/checker/train8/train8.jsonl from the hand-written drafts, and refresh the README counts.

    .venv/bin/python -m tests.checker.train8.build      (from the repo root)

The earlier training sets' build (train/build.py's `with_kinds`, then the shared heldout/build.py `write_set`:
fixed-seed shuffle and per-sector ids) with this set's drafts, seed and "f" id prefixes. The evasions were
disguised with heldout2's transforms when drafts_evasion.py is imported and are used as written here.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from ..heldout.build import write_set
from ..heldout.common import id_prefixes
from ..train.build import with_kinds

HERE = Path(__file__).resolve().parent
OUT = HERE / "train8.jsonl"
README = HERE / "README.md"
SEED = 64_220_913
ID_PREFIX = id_prefixes("f")


def collect_layout(pkg: str) -> list[dict]:
    """Every draft with its kind, from a set laid out as this one (drafts_phi.PHI, drafts_clean_a.CLEAN_PLAIN, ...;
    train9 shares the layout): violations, clean_tricky near misses, plain clean posts, and the evasions."""
    m = {name: importlib.import_module(f"{pkg}.drafts_{name}")
         for name in ("phi", "confidential", "hostile", "disclaimer", "money", "data", "clean_a", "clean_b", "evasion")}
    return with_kinds([
        ("violation", m["phi"].PHI + m["confidential"].CONFIDENTIAL + m["hostile"].HOSTILE
         + m["disclaimer"].DISCLAIMER + m["money"].FINANCIAL_PROMISE + m["money"].PROMOTION
         + m["data"].PII + m["data"].SECRET + m["data"].MULTI),
        ("clean_tricky", m["clean_b"].CLEAN_TRICKY),
        ("clean", m["clean_a"].CLEAN_PLAIN),
        ("evasion", m["evasion"].EVASION),
    ])


def collect() -> list[dict]:
    """This set's drafts with their kinds."""
    return collect_layout(__package__ or "tests.checker.train8")


if __name__ == "__main__":
    write_set(collect(), OUT, README, SEED, ID_PREFIX)
