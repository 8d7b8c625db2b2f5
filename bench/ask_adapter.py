"""Fit the ask ranker's query adapter (policy_core/ask/adapter.py) and say how far it carries over.

Run: .venv/bin/python bench/ask_adapter.py [--write]     (then bench/ask_fit.py --write: the fused score's
weights were fitted on the shipped adapter's cosines)

Training data: in-scope questions over thirteen policies (TRAIN): the shipped default policy, Harbourside City
Council's, the University of Kingsmere's, Redfern Logistics', Alder Valley Hospitals', Quayside Bank's, Brightwater
Home & Garden's, Lanternhouse Trust's, Marlow Academies Trust's, Castleford Fire and Rescue Service's, Tarnside
Water's, Skyport's (an airport) and Fernhill Homes' (a housing association) (the last eleven written by helpers
from the policy text alone, two each in sessions 6 and 7, four in session 8, one in session 9, two in session 10,
each in its
own style: Alder's Part groupings and numbered sections, Quayside's terse must / must-not lists without summaries,
Brightwater's FAQ headings ("Can I say where I work?"), Lanternhouse's short numbered sections of formal prose,
Marlow's and Castleford's terse numbered sections of one or two sentences, Tarnside's under numbered parts,
Skyport's prose under unnumbered parts, Fernhill's question headings and do / don't lists). Several
policies, not one: the adapter should learn how questions map onto policy wording in general, not onto one
policy's. Every section is represented by its vectors as the index holds them (whole section, title,
summary, each sentence); a question's score for a section is its best cosine among them.
The adapter `q + U (V^T q)` (rank RANK, renormalised) is fitted so the right section's texts win a softmax
(temperature TAU) over every text of the question's own policy, with an L2 penalty on U and V (Adam, full batch,
STEPS steps; numpy only).

How well it carries over, by ranking by meaning alone (best cosine per section), before -> after, on questions
left out of the fit:
- other policies left out: each policy but the default one ranked by an adapter fitted without its questions
  (a policy it never saw: what an organisation importing its own policy gets), pooled;
- default new left out: fitted without default_policy_questions_new.yaml, ranked on it (same policy, new
  phrasings).
The penalty is the one with the best mean of those four figures. Northwind (tests/ask/data/northwind_policy.md)
is printed for information only: it is the unseen policy the bench reports, so nothing is chosen by it. The
Northwind `*_v3.yaml` to `*_v7.yaml` sets and every `*_v8.yaml` and `*_v9.yaml` set (the exams) are never read
here. `--write` stores the adapter (fitted on all of TRAIN) in policy_core/ask/data/adapter.json.

Session 7 (2026-11-25) added default_policy_questions_train2.yaml (268 situational questions) and Alder and
Quayside: meaning alone, Northwind dev+new 0.816/0.987 -> 0.842/0.987; other policies left out 0.691/0.876 (three
policies) -> 0.691/0.880 (five); penalty 0.01 both times. It sits at the grid's low end, so 0.001 and 0.003 were
tried too: other policies left out 0.627/0.834 and 0.664/0.851, worse (the optimum is inside the grid). TAU 12 and
30 at penalty 0.01, left out (other policies; default new): 0.697/0.868, 0.860/0.947 and 0.703/0.870,
0.860/0.965, against TAU 20's 0.691/0.880, 0.860/0.982: 20 stays.

Tried on 2026-11-25 and not kept: rank 8, 16 or 64 (left-out figures within 0.01 of rank 32's), and a second tilt
of the policy's texts fitted jointly (Harbour left out 0.656 -> 0.656-0.662: nothing to pay a changed index for).
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
HARBOUR = ASK / "data/harbour_policy.md"
KINGSMERE = ASK / "data/kingsmere_policy.md"  # a university
REDFERN = ASK / "data/redfern_policy.md"  # a haulage and warehousing firm
ALDER = ASK / "data/alder_policy.md"  # a hospital trust
QUAYSIDE = ASK / "data/quayside_policy.md"  # a bank
BRIGHTWATER = ASK / "data/brightwater_policy.md"  # a DIY and garden retailer (FAQ-style headings)
LANTERNHOUSE = ASK / "data/lanternhouse_policy.md"  # a homelessness charity (short numbered prose sections)
MARLOW = ASK / "data/marlow_policy.md"  # a school trust (terse numbered sections of one or two sentences)
CASTLEFORD = ASK / "data/castleford_policy.md"  # a fire and rescue service (terse numbered sections)
TARNSIDE = ASK / "data/tarnside_policy.md"  # a water utility (terse numbered sections under numbered parts)
SKYPORT = ASK / "data/skyport_policy.md"  # a regional airport (prose sections under unnumbered parts)
FERNHILL = ASK / "data/fernhill_policy.md"  # a housing association (question headings, do / don't lists, prose)
# (policy, question file); ask_fit.py fits the fused score on the same files
# (the default v3/v4 sets, written blind by another hand, were exams once; worn by repeated looks, they are training
# data since 2026-11-25: their phrasing is the most unlike the other default files; v5, the exam measured once in
# session 5, joined them when v6 was written, and v6, the exam of sessions 6 and 7 (two looks, misses never read),
# joined them in session 8 when v7 became the exam; v7 (two looks, misses never read) joined them in session 9 when
# v8 became the exam. The default policy's figures are all in-sample since; default_policy_questions_v8.yaml is
# its honest figure.)
TRAIN = [(DEFAULT_POLICY_PATH, ASK / "default_policy_questions.yaml"),
         (DEFAULT_POLICY_PATH, ASK / "default_policy_questions_new.yaml"),
         (DEFAULT_POLICY_PATH, ASK / "default_policy_questions_train.yaml"),
         (DEFAULT_POLICY_PATH, ASK / "default_policy_questions_v3.yaml"),
         (DEFAULT_POLICY_PATH, ASK / "default_policy_questions_v4.yaml"),
         (DEFAULT_POLICY_PATH, ASK / "default_policy_questions_v5.yaml"),
         (DEFAULT_POLICY_PATH, ASK / "default_policy_questions_train2.yaml"),
         (DEFAULT_POLICY_PATH, ASK / "default_policy_questions_v6.yaml"),
         (DEFAULT_POLICY_PATH, ASK / "default_policy_questions_v7.yaml"),
         (HARBOUR, ASK / "harbour_questions_train.yaml"),
         (KINGSMERE, ASK / "kingsmere_questions_train.yaml"),
         (REDFERN, ASK / "redfern_questions_train.yaml"),
         (ALDER, ASK / "alder_questions_train.yaml"),
         (QUAYSIDE, ASK / "quayside_questions_train.yaml"),
         (BRIGHTWATER, ASK / "brightwater_questions_train.yaml"),
         (LANTERNHOUSE, ASK / "lanternhouse_questions_train.yaml"),
         (MARLOW, ASK / "marlow_questions_train.yaml"),
         (CASTLEFORD, ASK / "castleford_questions_train.yaml"),
         (TARNSIDE, ASK / "tarnside_questions_train.yaml"),
         (SKYPORT, ASK / "skyport_questions_train.yaml"),
         (FERNHILL, ASK / "fernhill_questions_train.yaml")]
# the policies other than the default one: each is left out in turn (the figure for a policy never trained on)
OTHERS = tuple(dict.fromkeys(policy for policy, _ in TRAIN if policy != DEFAULT_POLICY_PATH))
NORTHWIND_SETS = [ASK / "northwind_questions.yaml", ASK / "northwind_questions_new.yaml"]  # printed, never fitted
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


def fit(groups: list[tuple[Policy, np.ndarray, np.ndarray]], penalty: float, weights: str) -> QueryAdapter:
    """U, V minimising the mean softmax loss of the right section's texts plus penalty * (|U|^2 + |V|^2) / 2.

    `groups`: (policy, question vectors, right sections) per policy; each question's softmax runs over the texts
    of its own policy, and the loss is the mean over every question of every policy."""
    groups = [g for g in groups if len(g[1])]
    n = sum(len(q) for _, q, _ in groups)
    positives = [(policy.owner[None, :] == right[:, None]).astype(np.float64) for policy, _, right in groups]
    rng = np.random.default_rng(0)
    dim = groups[0][1].shape[1]
    params = [rng.normal(0, 1e-3, (dim, RANK)), rng.normal(0, 1e-3, (dim, RANK))]
    moments = [(np.zeros((dim, RANK)), np.zeros((dim, RANK))) for _ in params]
    for step in range(1, STEPS + 1):
        u, v = params
        grads = [penalty * u, penalty * v]
        for (policy, q, _), positive in zip(groups, positives, strict=True):
            texts = policy.texts
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
            grads[0] += grad_z.T @ low / n
            grads[1] += q.T @ (grad_z @ u) / n
        for w, g, (m, s) in zip(params, grads, moments, strict=True):  # Adam
            m *= 0.9
            m += 0.1 * g
            s *= 0.999
            s += 0.001 * g * g
            w -= LEARNING_RATE * (m / (1 - 0.9 ** step)) / (np.sqrt(s / (1 - 0.999 ** step)) + 1e-8)
    return QueryAdapter(params[0].astype(np.float32), params[1].astype(np.float32), weights)


class Training:
    """Every training question of every policy in TRAIN, as untilted vectors, grouped by policy and by file, so an
    adapter can be fitted without any one file (bench/ask_fit.py's held-out adapters, the penalty's check here)."""

    def __init__(self) -> None:
        self.policies: dict[Path, Policy] = {}
        self.files: dict[Path, tuple[Path, np.ndarray, np.ndarray]] = {}
        for policy_path, path in TRAIN:
            if policy_path not in self.policies:
                self.policies[policy_path] = Policy(policy_path)
            q, right = self.policies[policy_path].questions([path])
            self.files[path] = (policy_path, q, right)

    def groups(self, without: set[Path] | frozenset[Path] = frozenset()) -> list[tuple[Policy, np.ndarray, np.ndarray]]:
        out = []
        for policy_path, policy in self.policies.items():
            parts = [(q, r) for path, (pp, q, r) in self.files.items() if pp == policy_path and path not in without]
            if parts:
                out.append((policy, np.vstack([q for q, _ in parts]), np.concatenate([r for _, r in parts])))
        return out

    def fit(self, penalty: float, without: set[Path] | frozenset[Path] = frozenset()) -> QueryAdapter:
        weights = next(iter(self.policies.values())).encoder.fingerprint.split("-", 1)[0]
        return fit(self.groups(without), penalty, weights)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", action="store_true", help=f"store the adapter in {ADAPTER_FILE.relative_to(ROOT)}")
    args = ap.parse_args()
    training = Training()
    northwind = Policy(NORTHWIND)
    new_file = next(path for _, path in TRAIN if path.name == "default_policy_questions_new.yaml")
    other_files = {policy: {path for pp, path in TRAIN if pp == policy} for policy in OTHERS}
    default = training.policies[DEFAULT_POLICY_PATH]
    _, q_new, right_new = training.files[new_file]
    q_nw, right_nw = northwind.questions(NORTHWIND_SETS)
    n = sum(len(q) for _, q, _ in training.groups())
    print(f"{n} training questions over {len(training.policies)} policies; ranking by meaning alone, top-1 / top-3")

    def others_left_out(penalty: float | None) -> tuple[float, float]:
        """Each other policy ranked by an adapter fitted without its questions (None: no adapter), pooled."""
        hits = np.zeros(2)
        total = 0
        for policy, files in other_files.items():
            q = np.vstack([training.files[f][1] for f in files])
            right = np.concatenate([training.files[f][2] for f in files])
            adapter = None if penalty is None else training.fit(penalty, files)
            hits += np.array(training.policies[policy].accuracy(q, right, adapter)) * len(q)
            total += len(q)
        return float(hits[0] / total), float(hits[1] / total)

    def figures(left_out: tuple[float, float], new: tuple[float, float], nw: tuple[float, float]) -> str:
        return (f"other policies left out {left_out[0]:.3f} / {left_out[1]:.3f}   default new left out "
                f"{new[0]:.3f} / {new[1]:.3f}   (Northwind dev+new, not chosen by: {nw[0]:.3f} / {nw[1]:.3f})")

    print("  no adapter:       " + figures(others_left_out(None), default.accuracy(q_new, right_new),
                                             northwind.accuracy(q_nw, right_nw)))
    results = []
    for penalty in PENALTIES:
        adapter = training.fit(penalty)
        left_out = others_left_out(penalty)
        new = default.accuracy(q_new, right_new, training.fit(penalty, {new_file}))
        nw = northwind.accuracy(q_nw, right_nw, adapter)
        results.append((left_out, new, penalty, adapter, nw))
        print(f"  penalty {penalty:<6}   " + figures(left_out, new, nw))
    # the best mean of the four left-out figures (top-1 and top-3 on the other policies and on the default new
    # questions), then the stronger penalty
    left_out, new, penalty, adapter, nw = max(results, key=lambda r: (sum(r[0]) + sum(r[1]), r[2]))
    print(f"chosen: penalty {penalty} (best mean of top-1 and top-3 left out, then the larger)")
    if args.write:
        data = {"about": "The ask ranker's query adapter (policy_core/ask/adapter.py), written by "
                         "bench/ask_adapter.py --write.",
                "fitted_on": [path.relative_to(ROOT).as_posix() for _, path in TRAIN], "questions": n,
                "penalty": penalty, "tau": TAU, "steps": STEPS, "fitted": dt.date.today().isoformat(),
                "meaning_only_top1_top3": {"other_policies_left_out": [round(x, 3) for x in left_out],
                                           "default_new_left_out": [round(x, 3) for x in new],
                                           "northwind_dev_new_not_fitted": [round(x, 3) for x in nw]},
                **adapter.to_json()}
        ADAPTER_FILE.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {ADAPTER_FILE.relative_to(ROOT)} ({ADAPTER_FILE.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
