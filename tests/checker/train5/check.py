"""Self-check for tests/checker/train5/train5.jsonl (reads the JSONL, not the draft modules).

    .venv/bin/python -m tests.checker.train5.check      (from the repo root)

The fourth training set's self-check (tests/checker/train4/check.py: train/check.py's `check_training_set`, i.e.
the held-out sets' schema, number, token and evasion checks and lengths 40..1,300) with this set's file and "x"
ids. Newness runs against every other labelled set whose file exists (train/check.py `other_sets`: the corpus,
heldout to heldout7 and train to train4); the exams' files are only passed to the check, never read by hand.

The credential words are train4's (heldout2's list plus key safe, lockbox, gate code, combination and a password
inside a connection string), with nothing added.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..heldout.check import SetProfile
from ..train.check import check_against_others
from ..train4.check import CREDENTIALS

HERE = Path(__file__).resolve().parent
TRAIN5 = HERE / "train5.jsonl"
PROFILE = SetProfile(TRAIN5, "x", CREDENTIALS, undo_hyphens=True)

if __name__ == "__main__":
    sys.exit(check_against_others(TRAIN5, PROFILE))
