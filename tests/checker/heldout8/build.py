"""Build tests/checker/heldout8/heldout8.jsonl from the hand-written drafts, and refresh the README counts.

    .venv/bin/python -m tests.checker.heldout8.build      (from the repo root)

The first held-out set's build entry point (tests/checker/heldout/build.py `collect` and `write_set`) with this
set's drafts, seed and "j" id prefixes, and the second set's disguises (tests/checker/heldout2/transforms.py)
unchanged, as heldout3 to heldout7 do.
"""

from __future__ import annotations

from pathlib import Path

from ..heldout.build import collect, write_set
from ..heldout2 import transforms
from . import drafts_a, drafts_b, drafts_clean, drafts_evasion
from .common import ID_PREFIX

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout8.jsonl"
README = HERE / "README.md"
SEED = 58_302_117

if __name__ == "__main__":
    write_set(collect(drafts_a, drafts_b, drafts_clean, drafts_evasion, transforms.apply, transforms.plain),
              OUT, README, SEED, ID_PREFIX)
