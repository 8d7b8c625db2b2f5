"""Self-check for tests/checker/heldout4/heldout4.jsonl (reads the JSONL files, not the draft modules).

    .venv/bin/python -m tests.checker.heldout4.check      (from the repo root)

The first held-out set's checks (tests/checker/heldout/check.py: schema, and cards, IBANs, SSNs, phone
numbers and tokens valid exactly where the labels say personal data or a secret) run with this set's
profile: q-prefixed ids, h-y-p-h-e-n-a-t-e-d letters undone, and heldout3's credential words plus three
this set's secret drafts use (a gate code, a key safe, "API key is"). The second set's evasion check and its
newness check are reused as they are; the newness check runs against every earlier labelled set, the
training set included (tests/checker/train/train.jsonl, when present). Only ids are printed for a near
duplicate, never an earlier set's text. Its own: the counts this set aims at.
"""

from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

from ..heldout.check import SetProfile
from ..heldout2.check import check_exam, check_spread
from ..heldout3.check import CREDENTIAL_WORDS as HELDOUT3_CREDENTIAL_WORDS
from .common import CATEGORIES

HERE = Path(__file__).resolve().parent
HELDOUT = HERE / "heldout4.jsonl"
TRAIN = HERE.parent / "train" / "train.jsonl"
OLD_SETS = [HERE.parent / "corpus.jsonl", HERE.parent / "heldout" / "heldout.jsonl",
            HERE.parent / "heldout2" / "heldout2.jsonl", HERE.parent / "heldout3" / "heldout3.jsonl"]
CREDENTIAL_WORDS = re.compile(HELDOUT3_CREDENTIAL_WORDS.pattern + r"|gate code|key safe|\bAPI key is\b", re.I)
PROFILE = SetProfile(HELDOUT, "q", CREDENTIAL_WORDS, undo_hyphens=True)


def check_counts(recs: list[dict], errors: list[str]) -> None:
    """The brief's mix: about 260 drafts (~170 violations, ~65 clean_tricky, ~25 evasions), 20-25 positives
    per category with evasions of each, every sector and platform well represented, multi-label and long
    drafts, lengths from about 40 to about 1,500 characters."""
    kinds = collections.Counter(r["kind"] for r in recs)
    n = len(recs)
    if not 240 <= n <= 285:
        errors.append(f"{n} drafts (want about 260)")
    if not 55 <= kinds["clean_tricky"] <= 80:
        errors.append(f"{kinds['clean_tricky']} clean_tricky drafts (want about 65)")
    if not 22 <= kinds["evasion"] <= 32:
        errors.append(f"{kinds['evasion']} evasions (want about 25)")
    for c in CATEGORIES:
        pos = sum(1 for r in recs if c in r["labels"])
        e = sum(1 for r in recs if r["kind"] == "evasion" and c in r["labels"])
        if pos < 20 or e < 2:
            errors.append(f"{c}: {pos} positives, {e} evasions (need >= 20 and >= 2)")
    check_spread(recs, errors, per_sector=25, per_platform=30, multi_label=12)


def main() -> int:
    return check_exam(HELDOUT, PROFILE, OLD_SETS + ([TRAIN] if TRAIN.exists() else []), check_counts)


if __name__ == "__main__":
    sys.exit(main())
