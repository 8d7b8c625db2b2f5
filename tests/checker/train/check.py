"""Self-check for tests/checker/train/train.jsonl (reads the JSONL, not the draft modules).

    .venv/bin/python -m tests.checker.train.check      (from the repo root)

Training data must be right and must be new. Right: the held-out sets' schema, number and token checks
(tests/checker/heldout/check.py, with heldout2's profile of credential words and undone hyphens), where a
plain `clean` draft (a kind only this set has) is held to the same rules as a `clean_tricky` one; every
evasion disguised (heldout2's check). New: heldout2's newness check against every earlier labelled set,
the exam (heldout3) included, so that training on this set can never inflate a figure measured on them:
no draft shares half or more of its distinct words with an earlier draft, and no number or token is reused.
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

from ..heldout.check import SetProfile, load, render
from ..heldout2.check import CREDENTIAL_WORDS, report, run_checks

HERE = Path(__file__).resolve().parent
TRAIN = HERE / "train.jsonl"
CHECKER = HERE.parent
EARLIER_SETS = [
    CHECKER / "corpus.jsonl",
    CHECKER / "heldout" / "heldout.jsonl",
    CHECKER / "heldout2" / "heldout2.jsonl",
    CHECKER / "heldout3" / "heldout3.jsonl",
]
PROFILE = SetProfile(TRAIN, "t", CREDENTIAL_WORDS, undo_hyphens=True)
# Every labelled draft set, in the order they were written: a new set's newness is checked against all the others.
LABELLED_SETS = [
    CHECKER / "corpus.jsonl",
    *(CHECKER / f"heldout{n}" / f"heldout{n}.jsonl" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9)),
    *(CHECKER / f"train{n}" / f"train{n}.jsonl" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)),
    CHECKER / "train12" / "train12.jsonl",
    CHECKER / "train13" / "train13.jsonl",
    CHECKER / "heldout10" / "heldout10.jsonl",
]


def other_sets(jsonl: Path) -> list[Path]:
    """Every labelled set but ``jsonl`` whose file exists (sets written side by side check each other once both
    exist)."""
    return [p for p in LABELLED_SETS if p != jsonl and p.exists()]


MIN_LEN, MAX_LEN = 40, 1300


def check_lengths(recs: list[dict], errors: list[str], lo: int = MIN_LEN, hi: int = MAX_LEN) -> None:
    """The brief's range (40 to about 1,200 characters), tighter than the schema's 2,000; a set whose brief
    names other bounds passes them."""
    for r in recs:
        if not lo <= len(r["text"]) <= hi:
            errors.append(f"{r['id']}: length {len(r['text'])} outside {lo}..{hi}")


def check_training_set(jsonl: Path, profile: SetProfile, earlier: list[Path]) -> int:
    """The whole self-check of a training set (this one, or a later one such as tests/checker/train2 with
    its own file, id letter and list of earlier sets); prints the counts and problems, returns the exit code."""
    raw = jsonl.read_text(encoding="utf-8")
    recs = load(jsonl)
    errors: list[str] = []
    # a plain `clean` draft (a kind only this set has) is held to the same rules as a `clean_tricky` one
    as_tricky = [dict(r, kind="clean_tricky") if r.get("kind") == "clean" else r for r in recs]
    run_checks(as_tricky, raw, errors, profile, earlier)
    check_lengths(recs, errors)
    print(render(recs))
    print("\nKinds: " + ", ".join(f"{k} {n}" for k, n in sorted(collections.Counter(r["kind"] for r in recs).items())))
    return report(errors)


def check_against_others(jsonl: Path, profile: SetProfile) -> int:
    """A later training set's self-check with newness against every other labelled set (other_sets): names
    those sets, runs check_training_set and returns its exit code (train4 onwards)."""
    sets = other_sets(jsonl)
    print("Newness checked against: " + ", ".join(str(p.relative_to(CHECKER)) for p in sets))
    return check_training_set(jsonl, profile, sets)


def main() -> int:
    return check_training_set(TRAIN, PROFILE, EARLIER_SETS)


if __name__ == "__main__":
    sys.exit(main())
