"""Build tests/checker/heldout3/heldout3.jsonl from the hand-written drafts, and refresh README counts.

    .venv/bin/python -m tests.checker.heldout3.build      (from the repo root)

The first held-out set's build (tests/checker/heldout/build.py) with this set's drafts, seed and "m" id
prefixes, and the second set's disguises (tests/checker/heldout2/transforms.py) unchanged.
"""

from __future__ import annotations

from pathlib import Path

from ..heldout.build import collect, write_set
from ..heldout2 import transforms
from . import drafts_a, drafts_b, drafts_clean, drafts_evasion
from .common import ID_PREFIX

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout3.jsonl"
README = HERE / "README.md"
SEED = 20261125

if __name__ == "__main__":
    write_set(collect(drafts_a, drafts_b, drafts_clean, drafts_evasion, transforms.apply, transforms.plain),
              OUT, README, SEED, ID_PREFIX)
