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
    check_numbers,
    check_schema,
    check_tokens,
    load,
    render,
)
from ..heldout2.check import check_evasions, check_new
from .common import CATEGORIES, PLATFORMS, SECTORS

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
        sectors = {r["sector"] for r in recs if c in r["labels"]}
        if pos < 20 or e < 4:
            errors.append(f"{c}: {pos} positives, {e} evasions (need >= 20 and >= 4)")
        if len(sectors) < 6:
            errors.append(f"{c}: positives in only {len(sectors)} sectors")
    for s in SECTORS:
        if sum(r["sector"] == s for r in recs) < 25:
            errors.append(f"sector {s}: fewer than 25 drafts")
    for p in PLATFORMS:
        if sum(r["platform"] == p for r in recs) < 30:
            errors.append(f"platform {p}: fewer than 30 drafts")
    if sum(len(r["labels"]) >= 2 for r in recs) < 15:
        errors.append("fewer than 15 multi-label drafts")
    if sum(len(r["text"]) >= 1000 for r in recs) < 5:
        errors.append("fewer than 5 drafts of >= 1,000 characters")


def main() -> int:
    raw = HELDOUT.read_text(encoding="utf-8")
    recs = load(HELDOUT)
    errors: list[str] = []
    check_schema(recs, raw, errors, PROFILE)
    for r in recs:
        check_numbers(r, errors, PROFILE)
        check_tokens(r, errors, PROFILE)
    check_new(recs, errors, OLD_SETS, PROFILE)
    check_evasions(recs, errors)
    check_counts(recs, errors)
    print(render(recs))
    for e in errors:
        print("FAIL", e)
    print(f"{len(errors)} problem(s)" if errors else "OK: all checks pass")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
