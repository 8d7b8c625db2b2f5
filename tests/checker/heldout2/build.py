"""Build tests/checker/heldout2/heldout2.jsonl from the hand-written drafts, and refresh README counts.

    .venv/bin/python -m tests.checker.heldout2.build      (from the repo root)

The first held-out set's build (tests/checker/heldout/build.py) with this set's drafts, disguises, seed
and "k" id prefixes.
"""

from __future__ import annotations

from pathlib import Path

from ..heldout.build import collect, write_set
from . import drafts_a, drafts_b, drafts_clean, drafts_evasion, transforms
from .common import ID_PREFIX

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout2.jsonl"
README = HERE / "README.md"
SEED = 20261124

if __name__ == "__main__":
    write_set(collect(drafts_a, drafts_b, drafts_clean, drafts_evasion, transforms.apply, transforms.plain),
              OUT, README, SEED, ID_PREFIX)
