"""Self-check for tests/checker/train13/train13.jsonl (reads the JSONL, not the draft modules).

    .venv/bin/python -m tests.checker.train13.check      (from the repo root)

The earlier training sets' self-check (train/check.py's `check_training_set`: the held-out sets' schema,
number, token and evasion checks and lengths 40..1,300) with this set's file, "o" ids and train4's credential
words, nothing added. Newness runs against every other labelled set whose file exists (train/check.py
`other_sets`: the corpus, heldout to heldout9 and train to train12); the exams' files are only passed to the
check, which prints ids, never text.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..heldout.check import SetProfile
from ..train.check import check_against_others
from ..train4.check import CREDENTIALS

HERE = Path(__file__).resolve().parent
TRAIN13 = HERE / "train13.jsonl"
PROFILE = SetProfile(TRAIN13, "o", CREDENTIALS, undo_hyphens=True)

if __name__ == "__main__":
    sys.exit(check_against_others(TRAIN13, PROFILE))
