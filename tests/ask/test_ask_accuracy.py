"""Issue 6 targets on every question set: top-1 >= 0.9, top-3 >= 0.97, and no out-of-scope question answered
confidently. Speed is measured in bench/ask.py, not here.

Each set runs twice: words only (`lexical`, what every install does) and with the optional re-ranking by
meaning (`semantic`, the default when the model package is installed; skipped otherwise). Northwind is the policy
never trained on: the query adapter and the fused score are fitted on the default policy's first seven sets (and its
training files) and on twelve other policies' training questions (Harbour, Kingsmere, Redfern, Alder, Quayside,
Brightwater, Lanternhouse, Marlow, Castleford, Tarnside, Skyport, Fernhill; bench/ask_adapter.py, bench/ask_fit.py),
never on a Northwind question, so its sets are out of sample (v3 to v9 written by someone who never saw or ran the
engine). The default policy's figures are in-sample since 2026-11-25 (its v3 to v7 sets became training data); the
v8 sets (both policies; the exam of session 9) and the v9 sets (the exam of session 10) are never trained on.
Where a set does not reach a target yet, that case is marked xfail(strict=True) with the figures, so the assertion
stays at the target and the marker must be removed (strict) the day it passes. Do not lower TARGET_* to make a set
pass.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from policy_core.ask import PolicyIndex, answer_question, parse_markdown
from policy_core.ask.semantic import available
from policy_store.policy import DEFAULT_POLICY_PATH

HERE = Path(__file__).parent
NORTHWIND = HERE / "data" / "northwind_policy.md"
TARGET_TOP1, TARGET_TOP3 = 0.9, 0.97
NOT_YET = pytest.mark.xfail(strict=True, reason="below target on this set (see bench/ask.py)")
NEEDS_MODEL = pytest.mark.skipif(not available(), reason="semantic model not installed (see pyproject.toml, Makefile)")

POLICIES = {"default": DEFAULT_POLICY_PATH, "northwind": NORTHWIND}
FILES = {"default": "default_policy_questions.yaml", "northwind": "northwind_questions.yaml",
         "default-new": "default_policy_questions_new.yaml", "northwind-new": "northwind_questions_new.yaml",
         "default-v3": "default_policy_questions_v3.yaml", "northwind-v3": "northwind_questions_v3.yaml",
         "default-v4": "default_policy_questions_v4.yaml", "northwind-v4": "northwind_questions_v4.yaml",
         "default-v5": "default_policy_questions_v5.yaml", "northwind-v5": "northwind_questions_v5.yaml",
         "default-v6": "default_policy_questions_v6.yaml", "northwind-v6": "northwind_questions_v6.yaml",
         "default-v7": "default_policy_questions_v7.yaml", "northwind-v7": "northwind_questions_v7.yaml",
         "default-v8": "default_policy_questions_v8.yaml", "northwind-v8": "northwind_questions_v8.yaml",
         "default-v9": "default_policy_questions_v9.yaml", "northwind-v9": "northwind_questions_v9.yaml"}
# (set, mode) pairs below target, per test; figures (top-1 / top-3) from `.venv/bin/python bench/ask.py`.
# Northwind semantic passed at 0.900/0.975 while the fused score was fitted on Northwind's first two sets; fitted
# without any Northwind question (2026-11-25) it was 0.900/0.950 there and 0.917/0.972 on northwind-new; with the
# adapter and fused score refitted on two more training policies (Alder, Quayside) and a second default training
# set (session 7) it is 0.900/0.975 and passes again, still without a Northwind question; refitted with two more
# (Brightwater, Lanternhouse) and the default v6 set (session 8, 33d09a1) it was 0.900/0.950 (one question), and
# with two terse policies more (Marlow, Castleford; 98483e0) 0.900/0.975: it passes again; refitted with Tarnside
# and the default v7 set (session 9) it reads 0.900/0.950 again (one question under top-3).
# The default policy's v3 to v6 sets are training data (in-sample since 2026-11-25).
RANKING_NOT_YET = {("northwind", "semantic"),  # 0.900/0.950 (session 9; lexical 0.925/0.975 passes)
                   ("default-new", "lexical"),  # 0.684/0.877
                   ("northwind-new", "lexical"),  # 0.778/0.944 (semantic 0.972/0.972 passes)
                   ("default-v3", "lexical"),  # 0.640/0.781 (semantic 0.974/1.000, in-sample)
                   ("northwind-v3", "lexical"), ("northwind-v3", "semantic"),  # 0.519/0.685, 0.704/0.907
                   ("default-v4", "lexical"),  # 0.622/0.766 (semantic 0.910/0.991, in-sample)
                   ("northwind-v4", "lexical"), ("northwind-v4", "semantic"),  # 0.617/0.733, 0.800/0.917
                   ("default-v5", "lexical"),  # 0.632/0.803 (in-sample since session 6)
                   # semantic 0.923/0.991 until the session-10 refit (Skyport, Fernhill), 0.880/0.991 since: in-sample
                   ("default-v5", "semantic"),
                   ("northwind-v5", "lexical"), ("northwind-v5", "semantic"),  # 0.750/0.833, 0.750/0.933
                   ("default-v6", "lexical"),  # 0.628/0.796 (semantic 0.920/1.000, in-sample)
                   ("northwind-v6", "lexical"), ("northwind-v6", "semantic"),  # 0.661/0.864, 0.814/0.966
                   # the exam of session 8, never trained on for Northwind (second look at 98483e0; the first, at
                   # 33d09a1, read default semantic 0.912/0.976, which met the targets, and Northwind 0.786/0.929);
                   # the default v7 set is training data since session 9
                   ("default-v7", "lexical"),  # 0.720/0.840 (semantic 0.952/1.000, in-sample since session 9)
                   ("northwind-v7", "lexical"), ("northwind-v7", "semantic"),  # 0.657/0.757, 0.786/0.943
                   # the exam, never trained on (first look, 2026-11-25, session 9): semantic meets the targets on
                   # both (default 0.928/0.992, Northwind 0.918/0.986); words only does not
                   # second look (session 10, after the refit with Skyport and Fernhill): semantic default 0.944/0.992,
                   # Northwind 0.918/0.986, still meeting the targets; words only 0.680/0.832, 0.685/0.863
                   ("default-v8", "lexical"), ("northwind-v8", "lexical"),
                   # the exam of session 10 (first look at the same commit): default semantic 0.912/0.984 meets the
                   # targets, Northwind semantic 0.853/0.973 does not (top-1); words only 0.704/0.824, 0.627/0.853
                   ("default-v9", "lexical"), ("northwind-v9", "lexical"), ("northwind-v9", "semantic")}
# (set, mode) pairs where an out-of-scope question still comes out confident (bench/ask.py): none since 2026-11-25
CONFIDENT_OOS_NOT_YET: set[tuple[str, str]] = set()


def cases(not_yet: set[tuple[str, str]]) -> list[Any]:
    out = []
    for name, questions in FILES.items():
        policy = POLICIES[name.split("-")[0]]
        for mode in ("lexical", "semantic"):
            marks = [NEEDS_MODEL] if mode == "semantic" else []
            if (name, mode) in not_yet:
                marks.append(NOT_YET)
            out.append(pytest.param(policy, questions, mode, id=f"{name}-{mode}", marks=marks))
    return out


@cache
def index_for(policy: Path, mode: str) -> PolicyIndex:
    sections = parse_markdown(policy.read_text(encoding="utf-8"), source=policy.name).sections
    return PolicyIndex(sections, semantic="on" if mode == "semantic" else "off")


def load(name: str) -> dict[str, Any]:
    return dict(yaml.safe_load((HERE / name).read_text(encoding="utf-8")))


@pytest.mark.parametrize(("policy", "questions", "mode"), cases(RANKING_NOT_YET))
def test_ranking_meets_the_targets(policy: Path, questions: str, mode: str) -> None:
    index, data = index_for(policy, mode), load(questions)
    assert (index.semantic is not None) == (mode == "semantic")
    ranked = [([c.id for c in answer_question(index, q["q"]).citations], q["id"]) for q in data["questions"]]
    top1 = sum(ids[:1] == [want] for ids, want in ranked) / len(ranked)
    top3 = sum(want in ids[:3] for ids, want in ranked) / len(ranked)
    misses = [(q["q"], ids[:3]) for q, (ids, _) in zip(data["questions"], ranked, strict=True) if q["id"] not in ids]
    assert top1 >= TARGET_TOP1 and top3 >= TARGET_TOP3, f"top-1 {top1:.3f} top-3 {top3:.3f}; not in top 3: {misses}"


@pytest.mark.parametrize(("policy", "questions", "mode"), cases(CONFIDENT_OOS_NOT_YET))
def test_out_of_scope_is_never_confident(policy: Path, questions: str, mode: str) -> None:
    index, data = index_for(policy, mode), load(questions)
    assert len(data["out_of_scope"]) >= 10
    confident = [q["q"] for q in data["out_of_scope"] if answer_question(index, q["q"]).confident]
    assert confident == []
