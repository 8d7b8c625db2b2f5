"""Every labelled draft set at once, and what a change did to each draft: the check before a rule change.

Run from the repo root:

    .venv/bin/python bench/checker_sets.py --save /tmp/before.json     # counts per set, misses kept
    ... change a rule ...
    .venv/bin/python bench/checker_sets.py --diff /tmp/before.json     # counts, and every draft that changed

Why: a rule change is judged by what it does on every set together (a phrase that fixes one draft can break
three elsewhere), and the per-set tables of bench/checker.py --accuracy do not say which drafts moved. Each
changed draft is printed "+" (its found categories are now nearer its labels) or "-" (further).

Sets: the corpus, the training sets and the retired held-out sets. The exam (EXAM, heldout9 now) is left out
unless --exam is given: it is measured once, with bench/checker.py, when a session's tuning is over.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from checker import accuracy, load_corpus  # noqa: E402  (bench/checker.py)
from checker_fit import TRAIN  # noqa: E402  (bench/checker_fit.py)

from policy_core.checker import CATEGORIES, Checker  # noqa: E402

# Every labelled set but the exam is the learned model's training data (bench/checker_fit.py TRAIN): the same list,
# named by file ("corpus", "heldout2", "train4", ...).
SETS = {p.stem: p for p in TRAIN}
EXAM = {"heldout9": ROOT / "tests" / "checker" / "heldout9" / "heldout9.jsonl"}


def run(checker: Checker, sets: dict[str, Path], rules_only: bool = False) -> dict[str, dict]:
    """Per set: bench/checker.py's accuracy figures (per-category counts, clean drafts flagged, misses)."""
    out = {}
    for name, path in sets.items():
        if path.exists():
            out[name] = accuracy(checker, load_corpus(path), rules_only=rules_only)
    return out


def table(results: dict[str, dict]) -> None:
    """One line per set: clean drafts flagged, then per category tp/fp/fn; a total line."""
    total = {c: [0, 0, 0] for c in CATEGORIES}
    for name, r in results.items():
        cells = []
        for c in CATEGORIES:
            k = r["categories"][c]
            cells.append(f"{c[:4]} {k['tp']}/{k['fp']}/{k['fn']}")
            total[c] = [a + b for a, b in zip(total[c], (k["tp"], k["fp"], k["fn"]), strict=True)]
        print(f"{name:9s} clean {r['clean_flagged']:>2}/{r['clean']:<3}  " + "  ".join(cells))
    print("total     " + " " * 12 + "  ".join(f"{c[:4]} {t[0]}/{t[1]}/{t[2]}" for c, t in total.items()))


def diff(before: dict[str, dict], after: dict[str, dict]) -> None:
    """Every draft whose found categories changed, "+" when nearer its labels, "-" when further."""
    for name, r in after.items():
        if name not in before:
            print(f"  {name}: not in the saved run, nothing to compare")
            continue
        old = {m["id"]: m for m in before[name]["misses"]}
        new = {m["id"]: m for m in r["misses"]}
        for draft_id in sorted(old.keys() | new.keys()):
            o, n = old.get(draft_id), new.get(draft_id)
            if o is not None and n is not None and o["found"] == n["found"]:
                continue
            ref = n or o
            assert ref is not None
            want = set(ref["want"])
            was = set(o["found"]) if o else want
            now = set(n["found"]) if n else want
            sign = "+" if len(now ^ want) < len(was ^ want) else "-"
            print(f"{sign} {name} {draft_id} {sorted(was)} -> {sorted(now)} want {sorted(want)} | "
                  f"{ref['text'][:120]!r}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--save", type=Path, help="write the figures and misses here (JSON)")
    ap.add_argument("--diff", type=Path, help="print every draft that changed since this saved run")
    ap.add_argument("--exam", action="store_true",
                    help=f"include the exam ({', '.join(EXAM)}): only when tuning is over")
    ap.add_argument("--rules-only", action="store_true",
                    help="leave the learned model's own findings out (a rule change can hide behind the model: "
                         "save and diff with the same setting)")
    args = ap.parse_args()
    sets = {**SETS, **(EXAM if args.exam else {})}
    results = run(Checker.load(), sets, rules_only=args.rules_only)
    table(results)
    if args.diff:
        diff(json.loads(args.diff.read_text(encoding="utf-8")), results)
    if args.save:
        args.save.write_text(json.dumps(results), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
