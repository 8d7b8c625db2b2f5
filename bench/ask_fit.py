"""Fit the ask ranker's fused score (policy_core/ask/fusion.py) and check that it carries over to unseen sets.

Run: .venv/bin/python bench/ask_fit.py [--write]

Training data: the development question sets (TRAIN below; the right section of each in-scope question). The
`*_v3.yaml` sets are the final exam: they are never read here. For each question every candidate section gets
its features; a linear model is fitted so the right section wins a softmax over the candidates (Newton's method
on the L2-penalised log loss: a dozen weights, a few hundred questions, converges in a few steps).

How well it carries over is measured by leaving each question set out in turn: fit on the other three, rank the
one left out. The penalty is picked by that figure (mean top-1, then top-3, then the larger penalty), and the
final weights are fitted on all four sets. `--write` stores them in policy_core/ask/data/fusion.json with the
figures and the date, so the file says how it was made.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from policy_core.ask import PolicyIndex, parse_markdown  # noqa: E402
from policy_core.ask.fusion import FEATURES, WEIGHTS_FILE, Mode  # noqa: E402
from policy_core.ask.semantic import available  # noqa: E402
from policy_store.policy import DEFAULT_POLICY_PATH  # noqa: E402

NORTHWIND = ROOT / "tests/ask/data/northwind_policy.md"
TRAIN = [
    (DEFAULT_POLICY_PATH, ROOT / "tests/ask/default_policy_questions.yaml"),
    (DEFAULT_POLICY_PATH, ROOT / "tests/ask/default_policy_questions_new.yaml"),
    (NORTHWIND, ROOT / "tests/ask/northwind_questions.yaml"),
    (NORTHWIND, ROOT / "tests/ask/northwind_questions_new.yaml"),
]
PENALTIES = (0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)


class Question:
    """One in-scope question: its candidates' feature rows and which row is right (-1: not a candidate)."""

    def __init__(self, x: np.ndarray, right: int) -> None:
        self.x = x
        self.right = right


def collect(mode: Mode) -> dict[str, list[Question]]:
    """Feature rows of every training question, by question file."""
    names = FEATURES[mode]
    out: dict[str, list[Question]] = {}
    indexes: dict[Path, PolicyIndex] = {}
    for policy, path in TRAIN:
        if policy not in indexes:
            doc = parse_markdown(policy.read_text(encoding="utf-8"), source=policy.name)
            indexes[policy] = PolicyIndex(doc.sections, semantic="on" if mode == "semantic" else "off")
        index = indexes[policy]
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        rows = []
        for item in data["questions"]:
            cands = index.candidates(item["q"]).candidates
            x = np.array([[c.features[n] for n in names] for c in cands], dtype=np.float64)
            ids = [index.sections[c.section].id for c in cands]
            rows.append(Question(x, ids.index(item["id"]) if item["id"] in ids else -1))
        out[path.name] = rows
    return out


def loss(questions: list[Question], w: np.ndarray, penalty: float) -> float:
    total = penalty * float(w @ w)
    for q in questions:
        s = q.x @ w
        top = s.max()
        total += top + np.log(np.exp(s - top).sum()) - s[q.right]
    return total


def fit(questions: list[Question], penalty: float, dims: int) -> np.ndarray:
    """Weights minimising the softmax log loss of the right candidate + penalty * |w|^2.

    Newton's method with step halving (the loss is convex; a full Newton step can overshoot far from the
    optimum, which without the halving sent small penalties to nonsense weights)."""
    w = np.zeros(dims)
    usable = [q for q in questions if q.right >= 0]
    current = loss(usable, w, penalty)
    for _ in range(100):
        grad = 2 * penalty * w
        hess = 2 * penalty * np.eye(dims)
        for q in usable:
            s = q.x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            mean = p @ q.x
            grad += mean - q.x[q.right]
            centred = q.x - mean
            hess += centred.T @ (centred * p[:, None])
        step = np.linalg.lstsq(hess, grad, rcond=None)[0]
        t = 1.0
        while t > 1e-6:
            trial = w - t * step
            value = loss(usable, trial, penalty)
            if value <= current:
                break
            t /= 2
        else:
            break
        w, improved = trial, current - value
        current = value
        if improved < 1e-10:
            break
    return w


def evaluate(questions: list[Question], w: np.ndarray) -> tuple[float, float]:
    """Top-1 and top-3 accuracy; a question whose right section is no candidate counts as a miss."""
    top1 = top3 = 0
    for q in questions:
        if q.right < 0:
            continue
        s = q.x @ w
        rank = int((s > s[q.right]).sum())  # ties go to the right section only if nothing beats it
        top1 += rank == 0
        top3 += rank < 3
    return top1 / len(questions), top3 / len(questions)


def cross_check(sets: dict[str, list[Question]], penalty: float, dims: int) -> dict[str, tuple[float, float]]:
    """Each set ranked by weights fitted on the others."""
    out = {}
    for name, held in sets.items():
        train = [q for other, qs in sets.items() if other != name for q in qs]
        out[name] = evaluate(held, fit(train, penalty, dims))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", action="store_true", help=f"store the weights in {WEIGHTS_FILE.relative_to(ROOT)}")
    args = ap.parse_args()
    modes: list[Mode] = ["lexical", "semantic"] if available() else ["lexical"]
    stored: dict[str, Any] = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8")) if WEIGHTS_FILE.exists() else {}
    for mode in modes:
        names = FEATURES[mode]
        sets = collect(mode)
        recall = {n: sum(q.right >= 0 for q in qs) / len(qs) for n, qs in sets.items()}
        print(f"== {mode}: {len(names)} features; right section among the candidates: "
              + ", ".join(f"{n} {r:.3f}" for n, r in recall.items()))
        best: tuple[tuple[float, float, float], float, dict[str, tuple[float, float]]] | None = None
        for penalty in PENALTIES:
            cv = cross_check(sets, penalty, len(names))
            mean1 = float(np.mean([v[0] for v in cv.values()]))
            mean3 = float(np.mean([v[1] for v in cv.values()]))
            print(f"  penalty {penalty:<5}  left-out top-1/top-3: "
                  + "  ".join(f"{n.removesuffix('.yaml')} {a:.3f}/{b:.3f}" for n, (a, b) in cv.items())
                  + f"  | mean {mean1:.3f}/{mean3:.3f}")
            key = (mean1, mean3, penalty)
            if best is None or key > best[0]:
                best = (key, penalty, cv)
        assert best is not None
        _, penalty, cv = best
        everything = [q for qs in sets.values() for q in qs]
        w = fit(everything, penalty, len(names))
        fitted = {n: evaluate(qs, w) for n, qs in sets.items()}
        print(f"  chosen penalty {penalty}; weights: "
              + ", ".join(f"{n} {v:+.3f}" for n, v in zip(names, w, strict=True)))
        print("  fitted on all, in-sample top-1/top-3: "
              + "  ".join(f"{n.removesuffix('.yaml')} {a:.3f}/{b:.3f}" for n, (a, b) in fitted.items()))
        stored[mode] = {
            "weights": {n: round(float(v), 6) for n, v in zip(names, w, strict=True)},
            "penalty": penalty,
            "fitted_on": [p.relative_to(ROOT).as_posix() for _, p in TRAIN],
            "left_out_top1_top3": {n: [round(a, 3), round(b, 3)] for n, (a, b) in cv.items()},
            "fitted": dt.date.today().isoformat(),
        }
    if args.write:
        stored["about"] = ("Fused-score weights for policy_core/ask/fusion.py, written by bench/ask_fit.py --write. "
                           "left_out_top1_top3: each set ranked by weights fitted on the other sets.")
        WEIGHTS_FILE.parent.mkdir(exist_ok=True)
        WEIGHTS_FILE.write_text(json.dumps(stored, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
