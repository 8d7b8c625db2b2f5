"""Self-check for tests/checker/heldout10/heldout10.jsonl (reads the JSONL, not the draft modules).

    .venv/bin/python -m tests.checker.heldout10.check      (from the repo root)

The training sets' self-check (train/check.py's `check_training_set`: the held-out sets' schema, number, token and
evasion checks and lengths 40..1,300) with this set's file, "l" ids and train4's credential words, nothing added.
Newness runs against every other labelled set whose file exists (train/check.py `other_sets`: the corpus, heldout
to heldout9 and train to train13); the other exams' files are only passed to the check, which prints ids, never
text.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..heldout.check import SetProfile
from ..train.check import check_against_others
from ..train4.check import CREDENTIALS

HERE = Path(__file__).resolve().parent
HELDOUT10 = HERE / "heldout10.jsonl"
PROFILE = SetProfile(HELDOUT10, "l", CREDENTIALS, undo_hyphens=True)

if __name__ == "__main__":
    sys.exit(check_against_others(HELDOUT10, PROFILE))
