"""Build tests/checker/train6/train6.jsonl from the hand-written drafts, and refresh the README counts.

    .venv/bin/python -m tests.checker.train6.build      (from the repo root)

The earlier training sets' build (train/build.py's `with_kinds`, then the shared heldout/build.py `write_set`:
fixed-seed shuffle and per-sector ids) with this set's drafts, seed and "y" id prefixes. This set is mostly
plain `clean` everyday posts, with a few ordinary violations.
"""

from __future__ import annotations

from pathlib import Path

from ..heldout.build import write_set
from ..heldout.common import id_prefixes
from ..train.build import with_kinds
from . import drafts_everyday_a, drafts_everyday_b, drafts_everyday_c

HERE = Path(__file__).resolve().parent
OUT = HERE / "train6.jsonl"
README = HERE / "README.md"
SEED = 73_590_418
ID_PREFIX = id_prefixes("y")


def collect() -> list[dict]:
    """Every draft with its kind: the plain everyday clean posts and the everyday violations."""
    return with_kinds([
        ("clean", drafts_everyday_a.EVERYDAY_A + drafts_everyday_b.EVERYDAY_B + drafts_everyday_c.EVERYDAY_C),
        ("violation", drafts_everyday_c.EVERYDAY_VIOLATIONS),
    ])


if __name__ == "__main__":
    write_set(collect(), OUT, README, SEED, ID_PREFIX)
