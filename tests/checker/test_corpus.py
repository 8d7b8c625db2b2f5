"""Corpus regression gate: per-category precision/recall and the clean-draft flag rate.

The corpus (tests/checker/corpus.jsonl) is written independently of the rules; the targets
come from the issue: every category >= 0.95 precision and recall, <= 3% of clean drafts flagged.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from policy_core.checker import Checker

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "checker" / "corpus.jsonl"


def _bench():  # bench/checker.py is a script, not a package
    spec = importlib.util.spec_from_file_location("bench_checker", ROOT / "bench" / "checker.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not CORPUS.exists(), reason="tests/checker/corpus.jsonl not present")
def test_corpus_targets(checker: Checker) -> None:
    bench = _bench()
    corpus = bench.load_corpus(CORPUS)
    assert len(corpus) >= 400
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
