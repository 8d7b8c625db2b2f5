"""Build tests/checker/heldout10/heldout10.jsonl from the hand-written drafts, and refresh the README counts.

    .venv/bin/python -m tests.checker.heldout10.build      (from the repo root)

The training sets' build (train/build.py's `with_kinds`, then the shared heldout/build.py `write_set`: fixed-seed
shuffle and per-sector ids) with this set's drafts, seed and "l" id prefixes, collected with train8's
`collect_layout` (the module layout train13 uses). The evasions were disguised with heldout2's transforms when
drafts_evasion.py is imported and are used as written here.
"""

from __future__ import annotations

from pathlib import Path

from ..heldout.build import write_set
from ..heldout.common import id_prefixes
from ..train8.build import collect_layout

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout10.jsonl"
README = HERE / "README.md"
SEED = 69_813_542
ID_PREFIX = id_prefixes("l")


def collect() -> list[dict]:
    """This set's drafts with their kinds (train8's layout)."""
    return collect_layout(__package__ or "tests.checker.heldout10")


if __name__ == "__main__":
    write_set(collect(), OUT, README, SEED, ID_PREFIX)
