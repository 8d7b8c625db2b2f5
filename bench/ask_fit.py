"""Fit the ask ranker's fused score (policy_core/ask/fusion.py) and check that it carries over to unseen sets.

Run: .venv/bin/python bench/ask_fit.py [--write]

Training data: the question files over the default policy and over twelve other policies (Harbourside City
Council's, Kingsmere's, Redfern's, Alder's, Quayside's, Brightwater's, Lanternhouse's, Marlow's, Castleford's,
Tarnside's, Skyport's, Fernhill's;
TRAIN, the same files as the query adapter's: bench/ask_adapter.py; the right section of each in-scope question).
Northwind is not among them: it is the policy the bench reports as unseen (an organisation importing its own
policy has no questions to train on), so neither the adapter nor these weights ever see a Northwind question.
Northwind's `*_v3.yaml` to `*_v7.yaml` and every `*_v8.yaml` and `*_v9.yaml` set (the exams) are never read
here (the default v3 to v7 sets are training data since 2026-11-25: bench/ask_adapter.py says why).
With the query adapter, each file is read with an adapter fitted without it (for the other policies, one file
each: an adapter that never saw that policy), so the cosines the weights are fitted on are as good as a
new question's, not better.
For each question every candidate section gets its features; a linear model is fitted so the right section wins a
softmax over the candidates (Newton's method on the L2-penalised log loss: a dozen weights, a thousand questions,
converges in a few steps).

How well it carries over is measured by leaving each question set out in turn: fit on the others, rank the
one left out (another policy's file left out is the figure for a policy never trained on). The penalty is
picked by that figure (the largest whose mean top-1 and top-3 are within TIE of the best), and the final weights
are fitted on all sets.
`--write` stores them in policy_core/ask/data/fusion.json with the figures and the date, so the file says how
it was made.

Tried on 2026-11-25 and not kept, each refitted this way and judged on Harbour left out and on Northwind's four
sets (190 questions, never fitted): each moved Northwind top-1 by at most 3 questions, up on one set and down on
another (noise), so none is in: headings without their outline number ("2.1 Who may post" -> "Who may post") for
the title vectors and title words; the question's cosines z-scored or scaled to the best candidate's per question
(alone or added); cosines of the untilted question as extra features; adapters for the fit's features fitted
without the question's whole policy instead of its file; Harbour's questions weighed 2x/3x; BM25 title weight 1,
2 or 5 (3 now), best-sentence share 0.5 (0.25 now), 20 BM25 candidates (12 now); the query adapter at rank 8, 16
or 64 (32 now; bench/ask_adapter.py's left-out figures were flat); and a "transfer" feature (the right sections of
the question's nearest labelled questions over other policies, as a prototype vector, cosine to each candidate):
Harbour left out 0.791 -> 0.807, Northwind no better (0.805 -> 0.795-0.811). Northwind has no "In short:" lines
(both training policies have one per section), so its summary cosine is its title's: a section's first sentence as
the stand-in, or fitting on copies of the training policies without summaries too, moved nothing beyond noise.

Tried on 2026-11-25 (session 10) and not kept: context from the policy's outline, for the terse numbered policies
whose one- or two-sentence sections say little on their own. Each section got the title of the heading it sits
under ("5. Customers" above "5.2 Complaints"; the document's title for a top-level section, so a flat policy's
candidates all get the same value and its ranking cannot change), and as extra features, with the shipped adapter
and the held-out adapters as above: the question's cosine to that parent title; to the mean vector of the sections
under the same heading; to "parent: title" as one text (added, or in place of title_cos); the mean cosine to the
previous and next sections; the best cosine to another section under the same heading; and the share of the
question's words in the parent title, or in the title and parent title together (in both modes). Left out, with
meaning, penalty 0.3 (chosen by the same rule for every variant): none moved the mean top-1 from 0.815 (0.814 to
0.816) or the terse four's (Lanternhouse 0.621, Marlow 0.660, Castleford 0.734, Tarnside 0.751; at most 2
questions either way, e.g. "parent: title" added: Tarnside 0.762, all six added: Lanternhouse 0.626, Tarnside
0.751), nor the default files' mean (0.868; 0.867 to 0.870); penalties 0.1 and 1.0 gave the same picture. Words
only, penalty 3: mean 0.655 with and without. Why: of the terse policies' left-out misses, 69-81% go to a section
under another heading, but on those the parent title's cosine favours the right section in only 40-50% of them
(Tarnside 16 of 36) and the heading group's mean vector in 17-43%: part titles ("Customers", "Conduct",
"Information") are too broad to tell which part a question belongs to when the section text itself did not.
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
from policy_core.ask.adapter import ADAPTER_FILE, QueryAdapter, shipped_adapter  # noqa: E402
from policy_core.ask.answer import confidence_features  # noqa: E402
from policy_core.ask.fusion import CONFIDENCE_FEATURES, FEATURES, WEIGHTS_FILE, Fusion, Mode  # noqa: E402
from policy_core.ask.index import Candidates  # noqa: E402
from policy_core.ask.semantic import available  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
import ask_adapter  # noqa: E402  (bench/ask_adapter.py: the query adapter's fit, reused for held-out adapters)

TRAIN = ask_adapter.TRAIN
PENALTIES = (0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
# Left-out means closer than this are a tie (one question in 200): the penalty curve is flat from 0.001 to 0.3, and
# picking its noisy top chose 0.001, whose large weights push the top candidate's probability to 1.0 for in-scope
# and out-of-scope questions alike, leaving the confidence model less to go on (left out: 1 of 187 out-of-scope
# questions confident at 0.001, none at 0.3).
TIE = 0.005


class Question:
    """One question: its candidates' feature rows and which row is right (-1: not a candidate, or out of scope).

    `found` and `index` keep the candidates themselves, so the confidence model's features can be read off the
    ranking that trial weights give (PolicyIndex.rank) without embedding the question again."""

    def __init__(self, x: np.ndarray, right: int, found: Candidates | None = None, index: PolicyIndex | None = None,
                 in_scope: bool = True) -> None:
        self.x = x
        self.right = right
        self.found = found
        self.index = index
        self.in_scope = in_scope


def held_out_adapters() -> dict[Path, QueryAdapter]:
    """For each question file the query adapter was fitted on, an adapter fitted the same way without it.

    Why: the shipped adapter has seen those questions, so their cosines with it are better than a new question's
    will be; fusion weights fitted on them would trust the cosines too much."""
    shipped = shipped_adapter()
    if shipped is None:
        return {}
    penalty = float(json.loads(ADAPTER_FILE.read_text(encoding="utf-8"))["penalty"])
    training = ask_adapter.Training()
    return {path: training.fit(penalty, {path}) for _, path in ask_adapter.TRAIN}


def collect(mode: Mode) -> tuple[dict[str, list[Question]], dict[str, list[Question]]]:
    """Feature rows of every training question, by question file: in-scope, and out-of-scope (no right row)."""
    names = FEATURES[mode]
    out: dict[str, list[Question]] = {}
    outside: dict[str, list[Question]] = {}
    indexes: dict[Path, PolicyIndex] = {}
    adapters = held_out_adapters() if mode == "semantic" else {}
    for policy, path in TRAIN:
        if policy not in indexes:
            doc = parse_markdown(policy.read_text(encoding="utf-8"), source=policy.name)
            indexes[policy] = PolicyIndex(doc.sections, semantic="on" if mode == "semantic" else "off")
        index = indexes[policy]
        if index.semantic is not None and path in adapters:
            index.semantic.adapter = adapters[path]
        elif index.semantic is not None:
            index.semantic.adapter = shipped_adapter()
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        rows, oos = [], []
        for item in [*data["questions"], *data.get("out_of_scope", [])]:
            found = index.candidates(item["q"])
            cands = found.candidates
            x = np.array([[c.features[n] for n in names] for c in cands], dtype=np.float64).reshape(-1, len(names))
            ids = [index.sections[c.section].id for c in cands]
            if "id" in item:
                rows.append(Question(x, ids.index(item["id"]) if item["id"] in ids else -1, found, index))
            else:
                oos.append(Question(x, -1, found, index, in_scope=False))
        out[path.name] = rows
        outside[path.name] = oos
    return out, outside


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

# The confidence model (fusion.Confidence): a logistic regression over the top hit's features with "the right
# section came first" as the target, then a threshold on its log-odds: the lowest that stays OOS_MARGIN above
# every out-of-scope training question and leaves at most WRONG_SHARE of the confident in-scope answers wrong.
# OOS_MARGIN is the smallest of 0, 0.25, 0.5, 0.75, 1.0 with which no out-of-scope question of a set left out of
# the fit came out confident, in either mode. With the four development sets (67 out-of-scope questions) that was
# 1.0; with the training set added (2026-11-25, 127 of them) it is 0.5: words only, 0 and 0.25 left 1 of 108
# confident; with meaning, none came out confident at any margin. Checked again with Harbour's and the default
# v3/v4 sets in and Northwind's out (2026-11-25, 187 of them): at 0.5 none of the left-out sets' are confident in
# either mode.
CONFIDENCE_PENALTY = 0.1
WRONG_SHARE = 0.03
OOS_MARGIN = 0.5
# Out-of-scope rows weigh this much in the logistic fit (in-scope rows 1): there are ~5x fewer of them, and the
# threshold is set by the highest-scoring one, so the fit should push them down rather than fit the in-scope rows
# a little better. Chosen on the sets left out (2026-11-25, session 6; 1,375 in-scope and 264 out-of-scope
# questions, semantic): weight 1 -> 128 right answers confident, 2 wrong, 0 out-of-scope; 3 -> 173, 3, 0;
# 10 -> 192, 3, 1 (words only: 117/0/0 -> 123/1/0 -> 120/1/0). Margin 0 or 0.25 at weight 1 left one
# out-of-scope question confident.
OOS_WEIGHT = 3.0


def confidence_rows(questions: list[Question], weights: np.ndarray, mode: Mode) -> tuple[np.ndarray, np.ndarray]:
    """(features, right-first) for each question, ranked by the given fusion weights."""
    model = Fusion(FEATURES[mode], tuple(float(v) for v in weights))
    xs, ys = [], []
    for q in questions:
        assert q.found is not None and q.index is not None
        ranking = q.index.rank(q.found, model, k=3)
        if not ranking.hits or ranking.informative == 0:
            continue  # never confident, whatever the model says (answer.is_confident)
        f = confidence_features(ranking.hits, ranking.informative)
        xs.append([f[n] for n in CONFIDENCE_FEATURES])
        right = q.index.sections[q.found.candidates[q.right].section].id if q.right >= 0 else None
        ys.append(1.0 if ranking.hits[0].section.id == right else 0.0)
    return np.array(xs, dtype=np.float64).reshape(-1, len(CONFIDENCE_FEATURES)), np.array(ys)


def fit_confidence(x: np.ndarray, y: np.ndarray, outside: np.ndarray) -> tuple[np.ndarray, float, float]:
    """(weights, bias, threshold): L2-penalised logistic regression by Newton's method (bias not penalised),
    threshold as described above. `outside` flags the out-of-scope rows."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    reg = CONFIDENCE_PENALTY * np.diag([*np.ones(x.shape[1]), 0.0])
    weight = np.where(outside, OOS_WEIGHT, 1.0)
    w = np.zeros(xb.shape[1])
    for _ in range(100):
        p = 1 / (1 + np.exp(-(xb @ w)))
        grad = xb.T @ (weight * (p - y)) + reg @ w
        hess = (xb * (weight * p * (1 - p))[:, None]).T @ xb + reg
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.abs(step).max()) < 1e-9:
            break
    s = xb @ w
    inside = ~outside
    floor = float(s[outside].max()) + OOS_MARGIN if outside.any() else -np.inf
    threshold = float(s.max()) + 1e-6  # nothing confident, unless a lower threshold keeps wrong answers rare
    for t in sorted({floor, *(float(v) for v in s[inside] if v >= floor)}):
        chosen = inside & (s >= t)
        if chosen.any() and (1 - y[chosen]).sum() <= WRONG_SHARE * chosen.sum():
            threshold = t
            break
    return w[:-1], float(w[-1]), threshold


def confident_counts(x: np.ndarray, y: np.ndarray, outside: np.ndarray, w: np.ndarray, bias: float,
                     threshold: float) -> tuple[int, int, int, int, int]:
    """(right and confident, wrong and confident, right answers, out-of-scope confident, out-of-scope)."""
    c = x @ w + bias >= threshold
    inside = ~outside
    return (int((c & inside & (y == 1)).sum()), int((c & inside & (y == 0)).sum()), int((inside & (y == 1)).sum()),
            int((c & outside).sum()), int(outside.sum()))


def stacked(rows: list[tuple[np.ndarray, np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return (np.vstack([r[0] for r in rows]), np.concatenate([r[1] for r in rows]),
            np.concatenate([r[2] for r in rows]).astype(bool))


def confidence_data(sets: dict[str, list[Question]], outside: dict[str, list[Question]], names: list[str],
                    weights: np.ndarray, mode: Mode) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rows = []
    for name in names:
        xi, yi = confidence_rows(sets[name], weights, mode)
        xo, yo = confidence_rows(outside[name], weights, mode)
        rows.append((np.vstack([xi, xo]), np.concatenate([yi, yo]), np.r_[np.zeros(len(yi)), np.ones(len(yo))]))
    return stacked(rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", action="store_true", help=f"store the weights in {WEIGHTS_FILE.relative_to(ROOT)}")
    args = ap.parse_args()
    modes: list[Mode] = ["lexical", "semantic"] if available() else ["lexical"]
    stored: dict[str, Any] = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8")) if WEIGHTS_FILE.exists() else {}
    for mode in modes:
        names = FEATURES[mode]
        sets, outside = collect(mode)
        recall = {n: sum(q.right >= 0 for q in qs) / len(qs) for n, qs in sets.items()}
        print(f"== {mode}: {len(names)} features; right section among the candidates: "
              + ", ".join(f"{n} {r:.3f}" for n, r in recall.items()))
        tried: list[tuple[float, float, float, dict[str, tuple[float, float]]]] = []
        for penalty in PENALTIES:
            cv = cross_check(sets, penalty, len(names))
            mean1 = float(np.mean([v[0] for v in cv.values()]))
            mean3 = float(np.mean([v[1] for v in cv.values()]))
            print(f"  penalty {penalty:<5}  left-out top-1/top-3: "
                  + "  ".join(f"{n.removesuffix('.yaml')} {a:.3f}/{b:.3f}" for n, (a, b) in cv.items())
                  + f"  | mean {mean1:.3f}/{mean3:.3f}")
            tried.append((mean1, mean3, penalty, cv))
        top1, top3 = max(t[0] for t in tried), max(t[1] for t in tried)
        # the largest penalty whose left-out figures are within TIE of the best: smaller weights, softer probabilities
        _, _, penalty, cv = max((t for t in tried if t[0] >= top1 - TIE and t[1] >= top3 - TIE), key=lambda t: t[2])
        everything = [q for qs in sets.values() for q in qs]
        w = fit(everything, penalty, len(names))
        fitted = {n: evaluate(qs, w) for n, qs in sets.items()}
        print(f"  chosen penalty {penalty}; weights: "
              + ", ".join(f"{n} {v:+.3f}" for n, v in zip(names, w, strict=True)))
        print("  fitted on all, in-sample top-1/top-3: "
              + "  ".join(f"{n.removesuffix('.yaml')} {a:.3f}/{b:.3f}" for n, (a, b) in fitted.items()))
        # the confidence model, checked the same way: each set judged by a fusion + confidence fitted without it
        left_out: dict[str, list[int]] = {}
        for held in sets:
            others = [n for n in sets if n != held]
            w_cv = fit([q for n in others for q in sets[n]], penalty, len(names))
            cw, cb, ct = fit_confidence(*confidence_data(sets, outside, others, w_cv, mode))
            left_out[held] = list(confident_counts(*confidence_data(sets, outside, [held], w_cv, mode), cw, cb, ct))
        everything_c = confidence_data(sets, outside, list(sets), w, mode)
        cw, cb, ct = fit_confidence(*everything_c)
        a, b, c, d, e = confident_counts(*everything_c, cw, cb, ct)
        print(f"  confidence fitted on all, in-sample: {a}/{b}/{c} | {d}/{e}")
        total = np.sum(list(left_out.values()), axis=0)
        print("  confidence, sets left out (right & confident / wrong & confident / right | out-of-scope confident / "
              "out-of-scope): " + "  ".join(f"{n.removesuffix('.yaml')} {a}/{b}/{c} | {d}/{e}"
                                            for n, (a, b, c, d, e) in left_out.items())
              + f"  | all {total[0]}/{total[1]}/{total[2]} | {total[3]}/{total[4]}")
        print("  confidence weights: "
              + ", ".join(f"{n} {v:+.3f}" for n, v in zip(CONFIDENCE_FEATURES, cw, strict=True))
              + f", bias {cb:+.3f}, threshold {ct:+.3f}")
        stored[mode] = {
            "weights": {n: round(float(v), 6) for n, v in zip(names, w, strict=True)},
            "penalty": penalty,
            "fitted_on": [p.relative_to(ROOT).as_posix() for _, p in TRAIN],
            "left_out_top1_top3": {n: [round(a, 3), round(b, 3)] for n, (a, b) in cv.items()},
            "confidence": {
                "weights": {n: round(float(v), 6) for n, v in zip(CONFIDENCE_FEATURES, cw, strict=True)},
                "bias": round(cb, 6),
                "threshold": round(ct, 6),
                "penalty": CONFIDENCE_PENALTY,
                "wrong_share": WRONG_SHARE,
                "left_out_right_wrong_of_oos_of": left_out,
            },
            "fitted": dt.date.today().isoformat(),
        }
    if args.write:
        stored["about"] = ("Fused-score weights for policy_core/ask/fusion.py, written by bench/ask_fit.py --write. "
                           "left_out_top1_top3: each set ranked by weights fitted on the other sets; "
                           "confidence.left_out_right_wrong_of_oos_of: each set judged by a ranker and confidence "
                           "model fitted on the other sets: [right and confident, wrong and confident, right answers, "
                           "out-of-scope confident, out-of-scope questions].")
        WEIGHTS_FILE.parent.mkdir(exist_ok=True)
        WEIGHTS_FILE.write_text(json.dumps(stored, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
