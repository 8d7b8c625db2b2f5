"""Self-check for tests/checker/train3/train3.jsonl (reads the JSONL, not the draft modules).

    .venv/bin/python -m tests.checker.train3.check      (from the repo root)

The first training set's self-check (tests/checker/train/check.py: the held-out sets' schema, number, token
and evasion checks, lengths 40..1,300) with this set's file and "v" ids. Newness runs against every other
labelled set (train/check.py `other_sets`), the exams (heldout3 to heldout6) and the other training sets
included: their files are only passed to the check, never read by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..heldout.check import SetProfile
from ..heldout2.check import CREDENTIAL_WORDS
from ..train.check import check_training_set, other_sets

HERE = Path(__file__).resolve().parent
TRAIN3 = HERE / "train3.jsonl"
PROFILE = SetProfile(TRAIN3, "v", CREDENTIAL_WORDS, undo_hyphens=True)

if __name__ == "__main__":
    sys.exit(check_training_set(TRAIN3, PROFILE, other_sets(TRAIN3)))
