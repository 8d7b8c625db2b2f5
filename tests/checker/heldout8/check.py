"""Self-check for tests/checker/heldout8/heldout8.jsonl (reads the JSONL files, not the draft modules).

    .venv/bin/python -m tests.checker.heldout8.check      (from the repo root)

The seventh held-out set's self-check (tests/checker/heldout7/check.py: heldout2's `check_exam` with heldout's
schema, number and token checks, every evasion disguised and newness, heldout7's credential words and its counts
and lengths of 40 to 1,200 characters) with this set's file and j-prefixed ids. Newness runs against every other
labelled set whose file exists (tests/checker/train/check.py `other_sets`: corpus.jsonl, heldout to heldout7 and
train to train7); their files are only passed to the check, which prints ids, never an earlier set's text.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..heldout.check import SetProfile
from ..heldout2.check import check_exam
from ..heldout7.check import CREDENTIALS, check_counts
from ..train.check import other_sets

HERE = Path(__file__).resolve().parent
HELDOUT = HERE / "heldout8.jsonl"
PROFILE = SetProfile(HELDOUT, "j", CREDENTIALS, undo_hyphens=True)


def main() -> int:
    return check_exam(HELDOUT, PROFILE, other_sets(HELDOUT), check_counts)


if __name__ == "__main__":
    sys.exit(main())
