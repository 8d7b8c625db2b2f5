"""Self-check for tests/checker/heldout5/heldout5.jsonl (reads the JSONL files, not the draft modules).

    .venv/bin/python -m tests.checker.heldout5.check      (from the repo root)

The first held-out set's checks (tests/checker/heldout/check.py: schema, and cards, IBANs, SSNs, phone
numbers and tokens valid exactly where the labels say personal data or a secret) run with this set's
profile: r-prefixed ids, h-y-p-h-e-n-a-t-e-d letters undone, and heldout4's credential words (heldout3's
plus "gate code", "key safe", "API key is") plus "lockbox", which one of this set's secret drafts uses. The
second set's evasion check and its newness check are reused as they are; the newness check runs against
every earlier labelled set, both training sets included (tests/checker/train/train.jsonl and
tests/checker/train2/train2.jsonl). Only ids are printed for a near duplicate, never an earlier set's text.
The counts it aims at are heldout4's (the same brief).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from ..heldout.check import SetProfile
from ..heldout2.check import check_exam
from ..heldout4.check import CREDENTIAL_WORDS as HELDOUT4_CREDENTIAL_WORDS
from ..heldout4.check import check_counts  # the same brief's mix as heldout4

HERE = Path(__file__).resolve().parent
HELDOUT = HERE / "heldout5.jsonl"
OLD_SETS = [HERE.parent / "corpus.jsonl", HERE.parent / "heldout" / "heldout.jsonl",
            HERE.parent / "heldout2" / "heldout2.jsonl", HERE.parent / "heldout3" / "heldout3.jsonl",
            HERE.parent / "heldout4" / "heldout4.jsonl", HERE.parent / "train" / "train.jsonl",
            HERE.parent / "train2" / "train2.jsonl"]
CREDENTIAL_WORDS = re.compile(HELDOUT4_CREDENTIAL_WORDS.pattern + r"|lockbox", re.I)
PROFILE = SetProfile(HELDOUT, "r", CREDENTIAL_WORDS, undo_hyphens=True)


def main() -> int:
    return check_exam(HELDOUT, PROFILE, OLD_SETS, check_counts)


if __name__ == "__main__":
    sys.exit(main())
