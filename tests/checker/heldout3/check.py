"""Self-check for tests/checker/heldout3/heldout3.jsonl (reads the JSONL files, not the draft modules).

    .venv/bin/python -m tests.checker.heldout3.check      (from the repo root)

The first held-out set's checks (tests/checker/heldout/check.py: schema, and cards, IBANs, SSNs, phone
numbers and tokens valid exactly where the labels say personal data or a secret) run with this set's
profile: m-prefixed ids, h-y-p-h-e-n-a-t-e-d letters undone like heldout2, and a few more credential
words (a padlock combination, "the new code for", a password inside a connection URL). The second set's
evasion check (every evasion is disguised) is reused as it is. Its own: the newness check runs against all
three earlier labelled sets (corpus.jsonl, heldout.jsonl and heldout2.jsonl), and the counts this set aims at.
"""

from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

from ..heldout.check import (
    SetProfile,
    load,
    render,
)
from ..heldout2.check import check_spread, report, run_checks
from .common import CATEGORIES

HERE = Path(__file__).resolve().parent
HELDOUT = HERE / "heldout3.jsonl"
OLD_SETS = [HERE.parent / "corpus.jsonl", HERE.parent / "heldout" / "heldout.jsonl",
            HERE.parent / "heldout2" / "heldout2.jsonl"]
CREDENTIAL_WORDS = re.compile(
    r"pass(word)?|p[a4]55w[o0]rd|\bpw\b|log(s|ged)? ?in|creds|wifi|door code|keypad code|override code"
    r"|alarm code|safe combo|\bPIN\b|\badmin /|combination|\bnew code for\b|://\w+:[^@\s/]+@", re.I)
PROFILE = SetProfile(HELDOUT, "m", CREDENTIAL_WORDS, undo_hyphens=True)
normalise = PROFILE.normalise


def check_counts(recs: list[dict], errors: list[str]) -> None:
    """The brief's mix: about 250 drafts, a third clean_tricky, >= 20 positives per category with
    evasions of each, every sector and platform well represented, multi-label and long drafts."""
    kinds = collections.Counter(r["kind"] for r in recs)
    n = len(recs)
    if not 230 <= n <= 270:
        errors.append(f"{n} drafts (want about 250)")
    if not 0.28 <= kinds["clean_tricky"] / n <= 0.40:
        errors.append(f"clean_tricky share {kinds['clean_tricky'] / n:.0%} (want about a third)")
    if kinds["clean_tricky"] < 75:
        errors.append(f"only {kinds['clean_tricky']} clean_tricky drafts (want about 80)")
    if kinds["evasion"] < 40:
        errors.append(f"only {kinds['evasion']} evasions (need >= 40)")
    for c in CATEGORIES:
        pos = sum(1 for r in recs if c in r["labels"])
        e = sum(1 for r in recs if r["kind"] == "evasion" and c in r["labels"])
        if pos < 20 or e < 4:
            errors.append(f"{c}: {pos} positives, {e} evasions (need >= 20 and >= 4)")
    check_spread(recs, errors, per_sector=25, per_platform=30, multi_label=15)


def main() -> int:
    raw = HELDOUT.read_text(encoding="utf-8")
    recs = load(HELDOUT)
    errors: list[str] = []
    run_checks(recs, raw, errors, PROFILE, OLD_SETS)
    check_counts(recs, errors)
    print(render(recs))
    return report(errors)

if __name__ == "__main__":
    sys.exit(main())
