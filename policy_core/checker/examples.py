"""Run every rule's own examples: the rulebook's built-in regression test.

Why: a rule ships with drafts it must flag and drafts it must pass. ``policybot rules test``
and the test suite run them, so a rule edit that stops catching its own examples (or starts
flagging its own counter-examples) fails loudly with the rule id and the example.
"""

from __future__ import annotations

from dataclasses import dataclass

from .engine import Checker
from .rulebook import Rule, expand_example


@dataclass(frozen=True, slots=True)
class ExampleMiss:
    rule: str
    expected: str  # "flag" or "pass"
    text: str

    def describe(self) -> str:
        verb = "did not flag" if self.expected == "flag" else "flagged"
        return f"{self.rule}: {verb} its {self.expected} example: {self.text!r}"


def example_sector(rule: Rule) -> str | None:
    """The sector an example is checked in: the rule's own sector, or all for general rules."""
    return None if "general" in rule.sectors else rule.sectors[0]


def run_examples(checker: Checker) -> tuple[int, list[ExampleMiss]]:
    """Check every example of every loaded rule. Returns (examples run, misses)."""
    misses: list[ExampleMiss] = []
    count = 0
    for rule in checker.rules:
        sector = example_sector(rule)
        for raw in rule.examples.flag:
            text = expand_example(raw, checker.org)
            count += 1
            if rule.id not in checker.fired_rules(text, sector):
                misses.append(ExampleMiss(rule.id, "flag", text))
        for raw in rule.examples.pass_:
            text = expand_example(raw, checker.org)
            count += 1
            if rule.id in checker.fired_rules(text, sector):
                misses.append(ExampleMiss(rule.id, "pass", text))
    return count, misses
