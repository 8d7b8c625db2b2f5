"""Every shipped rule's own examples: the drafts it must flag and the drafts it must pass."""

from __future__ import annotations

from policy_core.checker import Checker
from policy_core.checker.examples import run_examples


def test_every_rule_example(checker: Checker) -> None:
    count, misses = run_examples(checker)
    assert count > 150
    assert not misses, "\n".join(m.describe() for m in misses)


def test_every_rule_has_flag_and_pass_examples(checker: Checker) -> None:
    assert all(r.examples.flag for r in checker.rules)
    missing = [r.id for r in checker.rules if not r.examples.pass_]
    assert not missing, missing
