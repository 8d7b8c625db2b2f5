"""Self-check for tests/checker/train3/train3.jsonl (reads the JSONL, not the draft modules).

    .venv/bin/python -m tests.checker.train3.check      (from the repo root)

The first training set's self-check (tests/checker/train/check.py: the held-out sets' schema, number, token
and evasion checks, lengths 40..1,300) with this set's file and "v" ids. Newness runs against every earlier
labelled set, the exams (heldout3, heldout4, heldout5, heldout6) and both earlier training sets included:
their files are only passed to the check, never read by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..heldout.check import SetProfile
from ..heldout2.check import CREDENTIAL_WORDS
from ..train.check import check_training_set

HERE = Path(__file__).resolve().parent
TRAIN3 = HERE / "train3.jsonl"
CHECKER = HERE.parent
EARLIER_SETS = [CHECKER / "corpus.jsonl", CHECKER / "heldout" / "heldout.jsonl",
                CHECKER / "heldout2" / "heldout2.jsonl", CHECKER / "heldout3" / "heldout3.jsonl",
                CHECKER / "heldout4" / "heldout4.jsonl", CHECKER / "heldout5" / "heldout5.jsonl",
                CHECKER / "heldout6" / "heldout6.jsonl", CHECKER / "train" / "train.jsonl",
                CHECKER / "train2" / "train2.jsonl"]
PROFILE = SetProfile(TRAIN3, "v", CREDENTIAL_WORDS, undo_hyphens=True)

if __name__ == "__main__":
    sys.exit(check_training_set(TRAIN3, PROFILE, EARLIER_SETS))
