"""Corpus regression gate: per-category precision/recall and the clean-draft flag rate.

The corpus (tests/checker/corpus.jsonl) is written independently of the rules; the targets come from the issue:
every category >= 0.95 precision and recall, <= 3% of clean drafts flagged. The same targets are asserted on the
later sets: tests/checker/heldout and heldout2 (the rules were tuned on them and the learned model trains on them:
in-sample), tests/checker/heldout3 and heldout4 (never tuned on; worn: measured four and three times) and
tests/checker/heldout5 (the exam now: never tuned on, measured once). Where a set is below target, the case is
xfail(strict=True) with its figures, so the target stays put and the marker must go the day it passes.
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
    # pii recall 0.947, confidential precision 0.943 (the learned model is trained on this set: in-sample)
    pytest.param(ROOT / "tests/checker/heldout/heldout.jsonl", 300, id="heldout", marks=NOT_YET),
    # pii recall 0.952, promotion precision 0.864, disclaimer recall 0.810 (in-sample for the model, as above)
    pytest.param(ROOT / "tests/checker/heldout2/heldout2.jsonl", 200, id="heldout2", marks=NOT_YET),
    # precision/recall: pii 0.960/0.960, phi 0.950/0.792, confidential 0.786/0.846, promotion 0.955/0.913,
    # financial_promise 0.882/0.714, secret 1.000/0.792, hostile 0.880/0.917, disclaimer 0.944/0.773;
    # clean flagged 9/86 (10.5%)
    pytest.param(ROOT / "tests/checker/heldout3/heldout3.jsonl", 200, id="heldout3", marks=NOT_YET),
    # precision/recall: pii 1.000/0.929, phi 0.958/0.852, confidential 0.806/0.893, promotion 0.871/1.000,
    # financial_promise 0.929/1.000, secret 1.000/0.840, hostile 0.923/0.923, disclaimer 0.958/0.885;
    # clean flagged 8/72 (11.1%)
    pytest.param(ROOT / "tests/checker/heldout4/heldout4.jsonl", 200, id="heldout4", marks=NOT_YET),
    # precision/recall: pii 0.929/0.897, phi 0.885/0.821, confidential 0.875/0.966, promotion 1.000/0.963,
    # financial_promise 0.923/0.923, secret 1.000/0.821, hostile 0.839/0.929, disclaimer 0.875/0.609;
    # clean flagged 7/73 (9.6%)
    pytest.param(ROOT / "tests/checker/heldout5/heldout5.jsonl", 200, id="heldout5", marks=NOT_YET),
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
