"""Fit the checker's learned second opinion (policy_core/checker/learned.py) and say how well it carries over.

Run: .venv/bin/python bench/checker_fit.py [--write]

Training data: the labelled corpus and the first held-out set (tests/checker/corpus.jsonl and
tests/checker/heldout/heldout.jsonl). tests/checker/heldout2 is the final exam: it is never read here.

Model: the draft's words and word pairs (binary TF-IDF: smoothed idf, l2 norm; terms in at least
MIN_DF training drafts), one L2-penalised logistic regression per category with classes weighted to balance.
The regression is solved by Newton's method in the span of the training drafts (n drafts << d terms, and the
optimum of an L2-penalised linear model lies in that span), so numpy is all it needs.

Threshold per category: from 5-fold cross-validation on the training drafts, the log-odds above which at most
1 - PRECISION of what the model flags is wrong, taking the one that flags the most. `--write` stores vocabulary,
weights, thresholds and the cross-validated figures in policy_core/checker/data/learned.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from policy_core.checker import Checker  # noqa: E402
from policy_core.checker.learned import LEARNED_CATEGORIES, MODEL_FILE, TermModel, terms  # noqa: E402

TRAIN = [ROOT / "tests/checker/corpus.jsonl", ROOT / "tests/checker/heldout/heldout.jsonl"]
CATEGORIES = LEARNED_CATEGORIES
MIN_DF = 2
C = 4.0  # inverse penalty (as in scikit-learn's LogisticRegression)
PRECISION = 0.98
FOLDS = 5
NEVER = 1e9  # the threshold of a category the model cannot flag precisely enough


def load(paths: list[Path]) -> list[dict]:
    return [json.loads(line) for p in paths for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


def vectorise(texts: list[str], vocab: dict[str, int] | None = None,
              idf: np.ndarray | None = None) -> tuple[np.ndarray, dict[str, int], np.ndarray]:
    """Rows of binary TF-IDF values (dense: a thousand drafts, a few thousand terms), with the vocabulary and idf."""
    docs = [terms(t) for t in texts]
    if vocab is None or idf is None:
        df: dict[str, int] = {}
        for d in docs:
            for t in set(d):
                df[t] = df.get(t, 0) + 1
        vocab = {t: i for i, t in enumerate(sorted(t for t, n in df.items() if n >= MIN_DF))}
        n = len(docs)
        idf = np.array([np.log((1 + n) / (1 + df[t])) + 1 for t in sorted(vocab, key=vocab.__getitem__)])
    x = np.zeros((len(docs), len(vocab)))
    for r, d in enumerate(docs):
        for t in d:
            j = vocab.get(t)
            if j is not None:
                x[r, j] = 1.0  # binary: a term counts once
    x *= idf
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    x /= np.where(norms > 0, norms, 1)
    return x, vocab, idf


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """(weights, bias) minimising 0.5 |w|^2 + C * sum_i s_i log(1 + exp(-y_i (w.x_i + b))), y in {-1, +1},
    s_i balancing the classes. Newton's method on w = X^T a (the kernel form), bias unpenalised."""
    n = len(y)
    pos = (y > 0).sum()
    s = np.where(y > 0, n / (2 * max(pos, 1)), n / (2 * max(n - pos, 1)))
    k = x @ x.T
    a = np.zeros(n)
    b = 0.0

    def objective(a: np.ndarray, b: float) -> float:
        z = k @ a + b
        return float(0.5 * a @ k @ a + C * (s * np.logaddexp(0, -y * z)).sum())

    current = objective(a, b)
    for _ in range(50):
        z = k @ a + b
        p = 1 / (1 + np.exp(y * z))  # sigma(-y z)
        r = -C * s * y * p  # d loss / d z
        d = C * s * p * (1 - p)
        grad = np.concatenate([k @ a + k @ r, [r.sum()]])
        kd = k * d  # K D
        hess = np.empty((n + 1, n + 1))
        hess[:n, :n] = k + kd @ k
        hess[:n, n] = hess[n, :n] = kd.sum(axis=1)
        hess[n, n] = d.sum()
        step = np.linalg.solve(hess + 1e-9 * np.eye(n + 1), grad)
        t = 1.0
        while t > 1e-8:
            trial_a, trial_b = a - t * step[:n], b - t * step[n]
            value = objective(trial_a, trial_b)
            if value <= current:
                break
            t /= 2
        else:
            break
        a, b, improved, current = trial_a, trial_b, current - value, value
        if improved < 1e-9 * max(1.0, abs(current)):
            break
    return x.T @ a, float(b)


def folds(labels: np.ndarray, seed: int = 0) -> np.ndarray:
    """A fold number per draft, each class spread evenly over the folds (stratified, seeded)."""
    rng = random.Random(seed)
    out = np.zeros(len(labels), dtype=int)
    for cls in (False, True):
        idx = [i for i in range(len(labels)) if bool(labels[i]) == cls]
        rng.shuffle(idx)
        for j, i in enumerate(idx):
            out[i] = j % FOLDS
    return out


def threshold(scores: np.ndarray, labels: np.ndarray) -> tuple[float, float, float]:
    """(threshold, precision, recall): the lowest log-odds cut whose flags are >= PRECISION right."""
    best = (NEVER, 1.0, 0.0)
    order = np.argsort(-scores)
    tp = 0
    for rank, i in enumerate(order, 1):
        tp += bool(labels[i])
        if rank < len(order) and scores[order[rank]] == scores[i]:
            continue  # ties are flagged together
        precision = tp / rank
        if precision >= PRECISION:
            best = (float(scores[i]), precision, tp / max(int(labels.sum()), 1))
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", action="store_true", help=f"store the model in {MODEL_FILE.relative_to(ROOT)}")
    args = ap.parse_args()
    drafts = load(TRAIN)
    # exactly what the checker's recognizer reads: the word view, the demo organisation's names masked
    checker = Checker.load()
    texts = [checker.model_text(d["text"]) for d in drafts]
    x, vocab, idf = vectorise(texts)
    known = np.array([len(terms(t) & vocab.keys()) for t in texts])
    min_terms = int(np.percentile(known, 1))  # shorter drafts get no judgement (learned.TermModel.log_odds)
    print(f"{len(drafts)} training drafts, {len(vocab)} terms (in >= {MIN_DF} drafts); drafts with fewer than "
          f"{min_terms} known terms (the shortest 1%) are left to the rules")
    weights, biases, thresholds, figures = [], [], [], {}
    for cat in CATEGORIES:
        labels = np.array([cat in d["labels"] for d in drafts])
        y = np.where(labels, 1.0, -1.0)
        cv = np.zeros(len(y))
        fold = folds(labels)
        for f in range(FOLDS):
            test = fold == f
            w, b = fit(x[~test], y[~test])
            cv[test] = x[test] @ w + b
        cv[known < min_terms] = -np.inf  # as at run time: no judgement
        t, p, r = threshold(cv, labels)
        w, b = fit(x, y)
        weights.append(w)
        biases.append(b)
        thresholds.append(t)
        figures[cat] = {"positives": int(labels.sum()), "cv_precision": round(p, 3), "cv_recall": round(r, 3)}
        print(f"  {cat:18s} {int(labels.sum()):4d} positives  threshold {t:+.3f}  cross-validated precision "
              f"{p:.3f} recall {r:.3f}")
    w_all = np.stack(weights, axis=1)
    model = TermModel(CATEGORIES, {t: (round(float(idf[j]), 6), *(round(float(v), 6) for v in w_all[j]))
                                   for t, j in vocab.items()},
                      tuple(round(b, 6) for b in biases), tuple(round(t, 6) for t in thresholds), min_terms)
    if args.write:
        data = {"about": "The checker's learned second opinion (policy_core/checker/learned.py), written by "
                         "bench/checker_fit.py --write; cv: 5-fold cross-validation on the training drafts.",
                "fitted_on": [p.relative_to(ROOT).as_posix() for p in TRAIN], "C": C, "min_df": MIN_DF,
                "precision_target": PRECISION, "cv": figures, "fitted": dt.date.today().isoformat(),
                **model.to_json()}
        MODEL_FILE.parent.mkdir(exist_ok=True)
        MODEL_FILE.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_FILE.relative_to(ROOT)} ({MODEL_FILE.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
