"""Self-check for tests/checker/heldout9/heldout9.jsonl (reads the JSONL, not the draft modules).

    .venv/bin/python -m tests.checker.heldout9.check      (from the repo root)

The training sets' self-check (train/check.py's `check_training_set` through `check_against_others`, as
train9/check.py runs it: the held-out sets' schema, number, token and evasion checks and lengths 40..1,300)
with this set's file, "b" ids and train4's credential words, nothing added. Newness runs against every other
labelled set whose file exists (train/check.py `other_sets`: the corpus, heldout to heldout8 and train to
train10); the other exam's file is only passed to the check, which prints ids, never text.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..heldout.check import SetProfile
from ..train.check import check_against_others
from ..train4.check import CREDENTIALS

HERE = Path(__file__).resolve().parent
HELDOUT9 = HERE / "heldout9.jsonl"
PROFILE = SetProfile(HELDOUT9, "b", CREDENTIALS, undo_hyphens=True)

if __name__ == "__main__":
    sys.exit(check_against_others(HELDOUT9, PROFILE))
