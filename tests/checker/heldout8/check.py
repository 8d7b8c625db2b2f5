"""Self-check for tests/checker/heldout8/heldout8.jsonl (reads the JSONL files, not the draft modules).

    .venv/bin/python -m tests.checker.heldout8.check      (from the repo root)

The first held-out set's checks (tests/checker/heldout/check.py: schema, and cards, IBANs, SSNs, phone numbers
and tokens valid exactly where the labels say personal data or a secret) run with this set's profile: j-prefixed
ids, h-y-p-h-e-n-a-t-e-d letters undone, and heldout2's credential words plus the ones this set's secret drafts
use (a key safe, a lock box, a gate code, a combination, a password inside a connection string), as heldout7 does.
The second set's whole exam check (tests/checker/heldout2/check.py `check_exam`: `run_checks`, i.e. schema,
numbers, tokens, every evasion disguised and newness) runs against every other labelled set whose file exists
(tests/checker/train/check.py `other_sets`: corpus.jsonl, heldout to heldout7 and train to train6); their files
are only passed to the check, which prints ids, never an earlier set's text. Its own: the counts this brief asks
for, and lengths of 40 to 1,200 characters.
"""

from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

from ..heldout.check import SetProfile
from ..heldout2.check import CREDENTIAL_WORDS, check_exam, check_spread
from ..train.check import check_lengths, other_sets
from .common import CATEGORIES

HERE = Path(__file__).resolve().parent
HELDOUT = HERE / "heldout8.jsonl"
CREDENTIALS = re.compile(CREDENTIAL_WORDS.pattern + r"|key ?safe|lock ?box|gate code|combination"
                         r"|://[\w.-]+:[^@\s/]+@", re.I)
PROFILE = SetProfile(HELDOUT, "j", CREDENTIALS, undo_hyphens=True)
MIN_LEN, MAX_LEN = 40, 1200


def check_counts(recs: list[dict], errors: list[str]) -> None:
    """The brief's mix: about 420 drafts, roughly a fifth (at least 75) clean_tricky, the rest violations and
    evasions over all eight categories with at least 25 drafts each and evasions of each, two-category drafts,
    every sector and platform well represented, lengths 40 to 1,200 characters."""
    kinds = collections.Counter(r["kind"] for r in recs)
    n = len(recs)
    if not 400 <= n <= 445:
        errors.append(f"{n} drafts (want about 420)")
    if kinds["clean_tricky"] < 75 or not 0.17 <= kinds["clean_tricky"] / n <= 0.25:
        errors.append(f"{kinds['clean_tricky']} clean_tricky drafts (want at least 75, about a fifth)")
    if kinds["evasion"] < 40:
        errors.append(f"only {kinds['evasion']} evasions (want at least 40)")
    for c in CATEGORIES:
        pos = sum(1 for r in recs if c in r["labels"])
        e = sum(1 for r in recs if r["kind"] == "evasion" and c in r["labels"])
        if pos < 25 or e < 3:
            errors.append(f"{c}: {pos} positives, {e} evasions (need >= 25 and >= 3)")
    check_lengths(recs, errors, MIN_LEN, MAX_LEN)
    check_spread(recs, errors, per_sector=40, per_platform=50, multi_label=20, long_drafts=5, category_sectors=6)


def main() -> int:
    return check_exam(HELDOUT, PROFILE, other_sets(HELDOUT), check_counts)


if __name__ == "__main__":
    sys.exit(main())
