"""Self-check for tests/checker/heldout2/heldout2.jsonl (reads the JSONL, not the draft modules).

    .venv/bin/python -m tests.checker.heldout2.check      (from the repo root)

The first held-out set's checks (tests/checker/heldout/check.py: schema, and cards, IBANs, SSNs, phone
numbers and tokens valid exactly where the labels say personal data or a secret), run with this set's
profile: k-prefixed ids, more credential words, and h-y-p-h-e-n-a-t-e-d letters undone before numbers are
checked (Mathematical Bold letters fall to NFKC). Its own: the newness check runs against both earlier
labelled sets, tests/checker/corpus.jsonl and tests/checker/heldout/heldout.jsonl; every evasion must be
disguised; and the counts this set aims at.
"""

from __future__ import annotations

import collections
import re
import sys
from collections.abc import Callable
from pathlib import Path

from ..heldout.check import (
    EXAMPLE_TOKENS,
    PUBLIC_IBANS,
    TEST_CARDS,
    SetProfile,
    _words,
    check_numbers,
    check_schema,
    check_tokens,
    load,
    render,
)
from .common import CATEGORIES, PLATFORMS, SECTORS

HERE = Path(__file__).resolve().parent
HELDOUT = HERE / "heldout2.jsonl"
OLD_SETS = [HERE.parent / "corpus.jsonl", HERE.parent / "heldout" / "heldout.jsonl"]
CREDENTIAL_WORDS = re.compile(
    r"pass(word)?|p[a4]55w[o0]rd|\bpw\b|log(s|ged)? ?in|creds|wifi|door code|keypad code|override code"
    r"|alarm code|safe combo|\bPIN\b|\badmin /", re.I)
PROFILE = SetProfile(HELDOUT, "k", CREDENTIAL_WORDS, undo_hyphens=True)
normalise = PROFILE.normalise


def check_new(recs: list[dict], errors: list[str], old_sets: list[Path] = OLD_SETS,
              profile: SetProfile = PROFILE) -> None:
    """Held-out means new: no draft repeats or closely paraphrases a draft of an earlier set (half or more
    of its distinct 3+-letter words shared), and no number or token (card, IBAN, SSN, phone, key, MRN)
    is reused from one. The earlier sets and
    the profile are parameters, so a later set (heldout3) runs the same check against its own list."""
    for path in old_sets:
        if not path.exists():
            errors.append(f"{path.name} not found: cannot check that the drafts are new")
            continue
        old = load(path)
        old_words = [(o["id"], _words(profile.normalise(o["text"]) if o["kind"] == "evasion" else o["text"]))
                     for o in old]
        old_text = "\n".join(re.sub(r"[\s.-]", "", profile.normalise(o["text"])) for o in old)
        for r in recs:
            w = _words(profile.normalise(r["text"]) if r["kind"] == "evasion" else r["text"])
            for oid, ow in old_words:
                if w and ow and len(w & ow) / len(w | ow) >= 0.5:
                    errors.append(f"{r['id']}: shares half or more of its words with {oid} of {path.name}")
            for text in {r["text"], profile.normalise(r["text"])}:
                for m in re.finditer(r"[A-Za-z0-9_+/]*\d[A-Za-z0-9_+/]*(?:[ .-]?[A-Za-z0-9_+/]+)*", text):
                    compact = re.sub(r"[\s.-]", "", m.group(0))
                    if sum(c.isdigit() for c in compact) >= 7 and len(compact) >= 9 \
                            and compact not in TEST_CARDS | PUBLIC_IBANS | EXAMPLE_TOKENS and compact in old_text:
                        errors.append(f"{r['id']}: number/token {compact} also appears in {path.name}")


def check_evasions(recs: list[dict], errors: list[str]) -> None:
    """Every evasion must actually be disguised: normalising it has to change it, or it uses leetspeak,
    asterisks, or (the hand-written ones) digits or e-mail punctuation spelled out in words."""
    for r in recs:
        if r["kind"] != "evasion":
            continue
        hand = re.search(r"\b(at|dot)\b.*\b(dot|at)\b|\b(zero|one|two|three|four|five|six|seven|eight|nine)\b",
                         r["text"])
        leet = re.search(r"\b(?=[a-z]*[013457])(?=[0-9]*[a-z])[a-z013457]{3,}\b", r["text"])
        if normalise(r["text"]) == r["text"] and "*" not in r["text"] and not hand and not leet:
            errors.append(f"{r['id']}: evasion draft with no disguise")


def run_checks(recs: list[dict], raw: str, errors: list[str], profile: SetProfile,
               earlier: list[Path] = OLD_SETS) -> None:
    """The checks every labelled set since this one runs: the first set's schema, number and token checks
    under the set's profile, newness against the `earlier` sets, and every evasion disguised."""
    check_schema(recs, raw, errors, profile)
    for r in recs:
        check_numbers(r, errors, profile)
        check_tokens(r, errors, profile)
    check_new(recs, errors, earlier, profile)
    check_evasions(recs, errors)


def check_spread(recs: list[dict], errors: list[str], per_sector: int, per_platform: int, multi_label: int,
                 long_drafts: int = 5, category_sectors: int = 6) -> None:
    """The part of a set's mix every brief asks for, with its own minimums: each category's positives in
    `category_sectors` sectors, every sector and platform represented, multi-label and long drafts."""
    for c in CATEGORIES:
        sectors = {r["sector"] for r in recs if c in r["labels"]}
        if len(sectors) < category_sectors:
            errors.append(f"{c}: positives in only {len(sectors)} sectors")
    for s in SECTORS:
        if sum(r["sector"] == s for r in recs) < per_sector:
            errors.append(f"sector {s}: fewer than {per_sector} drafts")
    for p in PLATFORMS:
        if sum(r["platform"] == p for r in recs) < per_platform:
            errors.append(f"platform {p}: fewer than {per_platform} drafts")
    if sum(len(r["labels"]) >= 2 for r in recs) < multi_label:
        errors.append(f"fewer than {multi_label} multi-label drafts")
    if sum(len(r["text"]) >= 1000 for r in recs) < long_drafts:
        errors.append(f"fewer than {long_drafts} drafts of >= 1,000 characters")


def check_exam(path: Path, profile: SetProfile, earlier: list[Path],
               counts: Callable[[list[dict], list[str]], None]) -> int:
    """A later held-out set's whole self-check: `run_checks`, the set's own `counts`, the summary table, the sets
    its newness was checked against, and the report (the exit code)."""
    recs = load(path)
    errors: list[str] = []
    run_checks(recs, path.read_text(encoding="utf-8"), errors, profile, earlier)
    counts(recs, errors)
    print(render(recs))
    print("\nNewness checked against: " + ", ".join(str(p.relative_to(path.parent.parent)) for p in earlier))
    return report(errors)


def report(errors: list[str]) -> int:
    """Print the problems found (or that there were none); the exit code."""
    for e in errors:
        print("FAIL", e)
    print(f"{len(errors)} problem(s)" if errors else "OK: all checks pass")
    return 1 if errors else 0


def check_counts(recs: list[dict], errors: list[str]) -> None:
    kinds = collections.Counter(r["kind"] for r in recs)
    n = len(recs)
    if not 200 <= n <= 240:
        errors.append(f"{n} drafts (want about 220)")
    if not 0.28 <= kinds["clean_tricky"] / n <= 0.40:
        errors.append(f"clean_tricky share {kinds['clean_tricky'] / n:.0%} (want about a third)")
    if kinds["evasion"] < 35:
        errors.append(f"only {kinds['evasion']} evasions (need >= 35)")
    for c in CATEGORIES:
        v = sum(1 for r in recs if r["kind"] == "violation" and c in r["labels"])
        e = sum(1 for r in recs if r["kind"] == "evasion" and c in r["labels"])
        if v < 10 or e < 4:
            errors.append(f"{c}: {v} violations, {e} evasions (need >= 10 and >= 4)")
    check_spread(recs, errors, per_sector=20, per_platform=25, multi_label=12)


def main() -> int:
    raw = HELDOUT.read_text(encoding="utf-8")
    recs = load(HELDOUT)
    errors: list[str] = []
    run_checks(recs, raw, errors, PROFILE)
    check_counts(recs, errors)
    print(render(recs))
    return report(errors)


if __name__ == "__main__":
    sys.exit(main())
