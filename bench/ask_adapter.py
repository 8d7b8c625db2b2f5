"""Fit the ask ranker's query adapter (policy_core/ask/adapter.py) and say how far it carries over.

Run: .venv/bin/python bench/ask_adapter.py [--write]     (then bench/ask_fit.py --write: the fused score's
weights were fitted on untilted cosines)

Training data: in-scope questions over the shipped default policy only (TRAIN). Every section is represented by
its vectors as the index holds them (whole section, title, summary, each sentence); a question's score for a
section is its best cosine among them. The adapter `q + U (V^T q)` (rank RANK, renormalised) is fitted so the right
section's texts win a softmax (temperature TAU) over every text of the policy, with an L2 penalty on U and V
(Adam, full batch, STEPS steps; numpy only).

How well it carries over, by ranking by meaning alone (best cosine per section), before -> after:
- Northwind (tests/ask/data/northwind_policy.md): a policy the adapter never saw, with its two development
  question sets. This is what an organisation importing its own policy gets.
- default, new questions: fitted without default_policy_questions_new.yaml, ranked on it (same policy, new
  phrasings).
The penalty is the one with the best mean of those four figures.
The `*_v3.yaml` and `*_v4.yaml` sets are the exams: never read here. `--write` stores the adapter in
policy_core/ask/data/adapter.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from policy_core.ask import PolicyIndex, parse_markdown  # noqa: E402
from policy_core.ask.adapter import ADAPTER_FILE, QueryAdapter  # noqa: E402
from policy_core.ask.index import _repaired_text  # noqa: E402
from policy_store.policy import DEFAULT_POLICY_PATH  # noqa: E402

ASK = ROOT / "tests/ask"
NORTHWIND = ASK / "data/northwind_policy.md"
TRAIN = [ASK / "default_policy_questions.yaml", ASK / "default_policy_questions_new.yaml",
         ASK / "default_policy_questions_train.yaml"]
UNSEEN = [ASK / "northwind_questions.yaml", ASK / "northwind_questions_new.yaml"]
RANK = 32
TAU = 20.0  # softmax temperature on cosines
STEPS = 300
LEARNING_RATE = 0.01
PENALTIES = (0.01, 0.03, 0.1, 0.3)


class Policy:
    """A policy's texts as vectors (each with the section it belongs to) and questions as untilted vectors."""

    def __init__(self, path: Path) -> None:
        doc = parse_markdown(path.read_text(encoding="utf-8"), source=path.name)
        self.index = PolicyIndex(doc.sections, semantic="on")
        sem = self.index.semantic
        assert sem is not None, "the semantic model is not installed (make test installs it)"
        self.encoder = sem.encoder
        texts, owner = [], []
        for si in range(len(doc.sections)):
            start, end = sem.sentence_ranges[si]
            rows = [sem.sections[si], sem.titles[si], sem.summaries[si], *sem.sentences[start:end]]
            texts.extend(rows)
            owner.extend([si] * len(rows))
        self.texts = np.array(texts, dtype=np.float64)
        self.owner = np.array(owner)
        self.ids = [s.id for s in doc.sections]

    def questions(self, paths: list[Path]) -> tuple[np.ndarray, np.ndarray]:
        """(question vectors, right section) of every in-scope question in `paths`, read as the index reads them
        (typos repaired), before any adapter."""
        vecs, right = [], []
        for path in paths:
            if not path.exists():
                continue
            for item in yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]:
                _, repaired = self.index.query_terms(item["q"])
                vecs.append(self.encoder.encode([_repaired_text(item["q"], repaired)])[0])
                right.append(self.ids.index(item["id"]))
        return np.array(vecs, dtype=np.float64), np.array(right)

    def accuracy(self, q: np.ndarray, right: np.ndarray, adapter: QueryAdapter | None = None) -> tuple[float, float]:
        """Top-1 and top-3 of ranking by meaning alone (each section's best cosine)."""
        if adapter is not None:
            q = np.array([adapter(v) for v in q])
        sims = q @ self.texts.T
        best = np.full((len(q), len(self.ids)), -9.0)
        for si in range(len(self.ids)):
            best[:, si] = sims[:, self.owner == si].max(axis=1)
        order = np.argsort(-best, axis=1, kind="stable")
        return float((order[:, 0] == right).mean()), float((order[:, :3] == right[:, None]).any(axis=1).mean())


def fit(policy: Policy, q: np.ndarray, right: np.ndarray, penalty: float, weights: str) -> QueryAdapter:
    """U, V minimising the mean softmax loss of the right section's texts plus penalty * (|U|^2 + |V|^2) / 2."""
    texts = policy.texts
    positive = (policy.owner[None, :] == right[:, None]).astype(np.float64)
    rng = np.random.default_rng(0)
    dim = q.shape[1]
    params = [rng.normal(0, 1e-3, (dim, RANK)), rng.normal(0, 1e-3, (dim, RANK))]
    moments = [(np.zeros((dim, RANK)), np.zeros((dim, RANK))) for _ in params]
    for step in range(1, STEPS + 1):
        u, v = params
        low = q @ v
        z = q + low @ u.T
        norm = np.linalg.norm(z, axis=1, keepdims=True)
        unit = z / norm
        logits = TAU * unit @ texts.T
        logits -= logits.max(axis=1, keepdims=True)
        e = np.exp(logits)
        p_all = e / e.sum(axis=1, keepdims=True)
        p_pos = e * positive / (e * positive).sum(axis=1, keepdims=True)
        grad_unit = TAU * (p_all - p_pos) @ texts
        grad_z = (grad_unit - unit * (unit * grad_unit).sum(axis=1, keepdims=True)) / norm
        grads = [grad_z.T @ low / len(q) + penalty * u, q.T @ (grad_z @ u) / len(q) + penalty * v]
        for w, g, (m, s) in zip(params, grads, moments, strict=True):  # Adam
            m *= 0.9
            m += 0.1 * g
            s *= 0.999
            s += 0.001 * g * g
            w -= LEARNING_RATE * (m / (1 - 0.9 ** step)) / (np.sqrt(s / (1 - 0.999 ** step)) + 1e-8)
    return QueryAdapter(params[0].astype(np.float32), params[1].astype(np.float32), weights)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", action="store_true", help=f"store the adapter in {ADAPTER_FILE.relative_to(ROOT)}")
    args = ap.parse_args()
    default, northwind = Policy(DEFAULT_POLICY_PATH), Policy(NORTHWIND)
    weights = default.encoder.fingerprint.split("-", 1)[0]
    q, right = default.questions(TRAIN)
    q_nw, right_nw = northwind.questions(UNSEEN)
    q_dev, right_dev = default.questions([p for p in TRAIN if not p.name.endswith("_new.yaml")])
    q_new, right_new = default.questions([p for p in TRAIN if p.name.endswith("_new.yaml")])
    print(f"{len(q)} training questions over the default policy; ranking by meaning alone, top-1 / top-3")
    (nw1, nw3), (new1, new3) = northwind.accuracy(q_nw, right_nw), default.accuracy(q_new, right_new)
    print(f"  no adapter:       Northwind {nw1:.3f} / {nw3:.3f}   default new {new1:.3f} / {new3:.3f}")
    results = []
    for penalty in PENALTIES:
        adapter = fit(default, q, right, penalty, weights)
        nw = northwind.accuracy(q_nw, right_nw, adapter)
        new = default.accuracy(q_new, right_new, fit(default, q_dev, right_dev, penalty, weights))
        results.append((nw, penalty, adapter, new))
        print(f"  penalty {penalty:<6}   Northwind {nw[0]:.3f} / {nw[1]:.3f}   default new {new[0]:.3f} / {new[1]:.3f}")
    # the best mean of the four figures (top-1 and top-3 on Northwind and on the left-out default questions), then
    # the stronger penalty
    nw, penalty, adapter, new = max(results, key=lambda r: (sum(r[0]) + sum(r[3]), r[1]))
    print(f"chosen: penalty {penalty} (best mean of top-1 and top-3 on Northwind and default new, then the larger)")
    if args.write:
        data = {"about": "The ask ranker's query adapter (policy_core/ask/adapter.py), written by "
                         "bench/ask_adapter.py --write.",
                "fitted_on": [p.relative_to(ROOT).as_posix() for p in TRAIN if p.exists()], "questions": len(q),
                "penalty": penalty, "tau": TAU, "steps": STEPS, "fitted": dt.date.today().isoformat(),
                "meaning_only_top1_top3": {"northwind": [round(x, 3) for x in nw],
                                           "default_new_left_out": [round(x, 3) for x in new]},
                **adapter.to_json()}
        ADAPTER_FILE.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {ADAPTER_FILE.relative_to(ROOT)} ({ADAPTER_FILE.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
