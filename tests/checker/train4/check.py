"""Self-check for tests/checker/train4/train4.jsonl (reads the JSONL, not the draft modules).

    .venv/bin/python -m tests.checker.train4.check      (from the repo root)

The second training set's self-check (tests/checker/train2/check.py: train/check.py's `check_training_set`, i.e.
the held-out sets' schema, number, token and evasion checks and lengths 40..1,300) with this set's file and "w"
ids. Newness runs against every other labelled set (train/check.py `other_sets`), the exams (heldout3 to heldout6)
and the other training sets included: their files are only passed to the check, never read by hand.

One addition to the profile: this set's secret drafts also name credentials as a key safe, lockbox, gate code or
combination, or put the password inside a connection string (user:password@host), so those count as credential
words here on top of heldout2's.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from ..heldout.check import SetProfile
from ..heldout2.check import CREDENTIAL_WORDS
from ..train.check import check_against_others

HERE = Path(__file__).resolve().parent
TRAIN4 = HERE / "train4.jsonl"
CREDENTIALS = re.compile(CREDENTIAL_WORDS.pattern + r"|key ?safe|lock ?box|gate code|combination"
                         r"|://[\w.-]+:[^@\s/]+@", re.I)
PROFILE = SetProfile(TRAIN4, "w", CREDENTIALS, undo_hyphens=True)

if __name__ == "__main__":
    sys.exit(check_against_others(TRAIN4, PROFILE))
