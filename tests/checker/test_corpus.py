"""Corpus regression gate: per-category precision/recall and the clean-draft flag rate.

The corpus (tests/checker/corpus.jsonl) is written independently of the rules; the targets come from the issue:
every category >= 0.95 precision and recall, <= 3% of clean drafts flagged. The same targets are asserted on the
later sets: tests/checker/heldout to heldout8 (retired exams: worn by measurement and by tuning the rules on their
misses; the learned model trains on them, so in-sample) and tests/checker/heldout9 (the exam: never tuned on,
measured rarely; wired in at its first look). Where a
set is below target, the case is xfail(strict=True) with its figures, so the target stays put and the marker must
go the day it passes.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from policy_core.checker import Checker

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "checker" / "corpus.jsonl"
NOT_YET = pytest.mark.xfail(strict=True, reason="below target on this set (bench/checker.py --corpus ...)")
SETS = [
    pytest.param(CORPUS, 400, id="corpus"),
    # Retired exams, in-sample for the model since 2026-11-25 (bench/checker_sets.py, tp/fp/fn per category).
    # heldout: pii recall 36/38, confidential 33/34 precise, disclaimer 26/27 both ways
    pytest.param(ROOT / "tests/checker/heldout/heldout.jsonl", 300, id="heldout", marks=NOT_YET),
    # heldout2: disclaimer recall 16/21, promotion and hostile 1 false alarm each
    pytest.param(ROOT / "tests/checker/heldout2/heldout2.jsonl", 200, id="heldout2", marks=NOT_YET),
    # heldout3: confidential 26 right, 4 false alarms; disclaimer recall 18/22; clean flagged 5/86
    pytest.param(ROOT / "tests/checker/heldout3/heldout3.jsonl", 200, id="heldout3", marks=NOT_YET),
    # heldout4: pii recall 26/28, confidential 28 right, 3 false alarms; clean flagged 1/72
    pytest.param(ROOT / "tests/checker/heldout4/heldout4.jsonl", 200, id="heldout4", marks=NOT_YET),
    # heldout5: pii 28/1/1, confidential 29 right, 2 false alarms, disclaimer 22/1/1; clean flagged 0/73
    pytest.param(ROOT / "tests/checker/heldout5/heldout5.jsonl", 200, id="heldout5", marks=NOT_YET),
    # heldout6 (the session-5 exam; training data, and a little tuned on, since session 6): meets the targets
    pytest.param(ROOT / "tests/checker/heldout6/heldout6.jsonl", 200, id="heldout6"),
    # heldout7 (the session-6 exam; training data and tuned on since session 7), at 1abac17: phi 47/2/0,
    # confidential 48/2/0, hostile 45/3/0 (tp/fp/fn); clean flagged 3/94
    pytest.param(ROOT / "tests/checker/heldout7/heldout7.jsonl", 400, id="heldout7", marks=NOT_YET),
    # heldout8 (the exam of sessions 7 and 8, three looks, its README logs them; training data, fitted and tuned on
    # since session 9): meets the targets in sample
    pytest.param(ROOT / "tests/checker/heldout8/heldout8.jsonl", 400, id="heldout8"),
    # the exam (2026-11-25; its README logs each look), first look, session 9: pii 1.000/0.919, phi 0.923/0.878,
    # confidential 0.814/0.833, promotion 0.973/1.000, financial_promise 0.974/0.950, secret 1.000/0.889,
    # hostile 0.900/0.878, disclaimer 0.927/0.950; clean flagged 11/128 (8.6%)
    pytest.param(ROOT / "tests/checker/heldout9/heldout9.jsonl", 400, id="heldout9", marks=NOT_YET),
]


def _bench():  # bench/checker.py is a script, not a package
    spec = importlib.util.spec_from_file_location("bench_checker", ROOT / "bench" / "checker.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("path", "size"), SETS)
def test_corpus_targets(checker: Checker, path: Path, size: int) -> None:
    bench = _bench()
    corpus = bench.load_corpus(path)
    assert len(corpus) >= size
    result = bench.accuracy(checker, corpus)
    failing = {c: m for c, m in result["categories"].items() if m["precision"] < 0.95 or m["recall"] < 0.95}
    detail = "\n".join(f"{m['id']}: want {m['want']} found {m['found']}" for m in result["misses"][:30])
    assert not failing, f"{failing}\n{detail}"
    assert result["clean_flag_rate"] <= 0.03, detail


def test_hostile_inputs_are_linear(checker: Checker) -> None:
    """Guard against catastrophic backtracking; the 20 ms target itself is measured by the bench.

    The bound here is loose (200 ms) so a busy CI machine does not make it flaky: an exponential
    or quadratic pattern takes seconds on these 4,000-character inputs.
    """
    bench = _bench()
    name, worst = bench.hostile(checker)
    assert worst < 200, f"{name}: {worst:.1f} ms"
