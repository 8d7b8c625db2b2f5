"""Self-check for tests/checker/train6/train6.jsonl (reads the JSONL, not the draft modules).

    .venv/bin/python -m tests.checker.train6.check      (from the repo root)

The earlier training sets' self-check (train/check.py's `check_training_set`: the held-out sets' schema,
number, token and evasion checks, lengths 40..1,300, and newness against every other labelled set whose file
exists, `other_sets`), with this set's file, "y" ids and train4's credential words. The exams' files are only
passed to the check, never read by hand.

`check_training_set` sets no category quotas, so nothing there needed relaxing. This set's own mix check
replaces the quotas of the violation-heavy sets with what a mostly-clean set of everyday posts needs: at least
120 drafts, at least 80% plain `clean`, no `clean_tricky` or `evasion` drafts, some violations, every sector and
platform represented, and a spread of lengths (short posts and a few long ones).
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

from ..heldout.check import SetProfile, load
from ..heldout.common import PLATFORMS, SECTORS
from ..train.check import check_against_others
from ..train4.check import CREDENTIALS

HERE = Path(__file__).resolve().parent
TRAIN6 = HERE / "train6.jsonl"
PROFILE = SetProfile(TRAIN6, "y", CREDENTIALS, undo_hyphens=True)


def check_mix(recs: list[dict]) -> list[str]:
    """The mix this set aims at (a mostly-clean set of everyday posts); one message per problem."""
    errors = []
    kinds = collections.Counter(r["kind"] for r in recs)
    n = len(recs)
    if n < 120:
        errors.append(f"only {n} drafts (need >= 120)")
    if kinds["clean"] < 0.8 * n:
        errors.append(f"only {kinds['clean']} of {n} drafts are plain clean (want >= 80%)")
    if kinds["clean_tricky"] or kinds["evasion"]:
        errors.append("this set holds only plain clean posts and ordinary violations")
    if not 10 <= kinds["violation"] <= 0.2 * n:
        errors.append(f"{kinds['violation']} violations (want 10 up to 20% of the set)")
    for s in SECTORS:
        if sum(r["sector"] == s and r["kind"] == "clean" for r in recs) < 8:
            errors.append(f"sector {s}: fewer than 8 clean drafts")
    for p in PLATFORMS:
        if sum(r["platform"] == p for r in recs) < 15:
            errors.append(f"platform {p}: fewer than 15 drafts")
    lens = [len(r["text"]) for r in recs]
    if sum(x < 100 for x in lens) < 20 or sum(x >= 500 for x in lens) < 4:
        errors.append("want at least 20 posts under 100 characters and 4 of 500 or more")
    return errors


if __name__ == "__main__":
    code = check_against_others(TRAIN6, PROFILE)
    mix = check_mix(load(TRAIN6))
    for e in mix:
        print("MIX: " + e)
    sys.exit(1 if code or mix else 0)
