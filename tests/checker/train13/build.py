"""Build tests/checker/train13/train13.jsonl from the hand-written drafts, and refresh the README counts.

    .venv/bin/python -m tests.checker.train13.build      (from the repo root)

The earlier training sets' build (train/build.py's `with_kinds`, then the shared heldout/build.py `write_set`:
fixed-seed shuffle and per-sector ids) with this set's drafts, seed and "o" id prefixes, collected with train8's
`collect_layout` (the same module layout). The evasions were disguised with heldout2's transforms when
drafts_evasion.py is imported and are used as written here.
"""

from __future__ import annotations

from pathlib import Path

from ..heldout.build import write_set
from ..heldout.common import id_prefixes
from ..train8.build import collect_layout

HERE = Path(__file__).resolve().parent
OUT = HERE / "train13.jsonl"
README = HERE / "README.md"
SEED = 74_280_531
ID_PREFIX = id_prefixes("o")


def collect() -> list[dict]:
    """This set's drafts with their kinds (train8's layout)."""
    return collect_layout(__package__ or "tests.checker.train13")


if __name__ == "__main__":
    write_set(collect(), OUT, README, SEED, ID_PREFIX)
